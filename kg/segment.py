"""Split documents into articles (placeholder: one article per document)."""

from __future__ import annotations

from kg.iri import digest
from kg.model import Article, Document


def split(doc: Document) -> list[Article]:
    text = doc.text.strip()
    return [Article(id=digest(text), source=doc.source, text=text,
                    titles=(doc.title,) if doc.title else ())]
