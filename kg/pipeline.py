"""``build``: files in, a ``BuildResult`` out. No files are written here."""

from __future__ import annotations

from collections.abc import Iterable

from kg import ingest, segment
from kg.model import Article, BuildResult, InputError


def build(inputs: Iterable[str], *, progress: bool = False) -> BuildResult:
    """Read, clean, segment (and extract) every input; bad inputs become ``InputError``s."""
    articles: dict[str, Article] = {}
    errors: list[InputError] = []
    for item in ingest.read(inputs):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        for article in segment.split(item):
            articles.setdefault(article.id, article)
    ordered = tuple(sorted(articles.values(), key=lambda a: (a.source, a.line or 0, a.id)))
    return BuildResult(articles=ordered, errors=tuple(errors))
