"""Extraction: an article in, mentions and relations out (placeholder until the extraction issue)."""

from __future__ import annotations

from kg.model import Article, Mention, Relation


class Extractor:
    """Loads dictionaries and gazetteers once (in the constructor), then extracts article by article."""

    def __init__(self) -> None:
        pass

    def __call__(self, article: Article) -> tuple[list[Mention], list[Relation]]:
        return [], []
