"""``build``: files in, a ``BuildResult`` out. No files are written here."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from tqdm import tqdm

from kg import ingest, resolve, segment
from kg.extract import Extractor
from kg.model import Article, BuildResult, InputError, Mention, Relation


def build(inputs: Iterable[str], *, progress: bool = False) -> BuildResult:
    """Read, clean, segment, extract and resolve every input; bad inputs become ``InputError``s."""
    articles: dict[str, Article] = {}
    errors: list[InputError] = []
    for item in ingest.read(inputs):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        for article in segment.split(item):
            articles.setdefault(article.id, article)
    ordered = tuple(sorted(articles.values(), key=lambda a: (a.source, a.line or 0, a.id)))

    extractor = Extractor()
    mentions: list[Mention] = []
    relations: list[Relation] = []
    # tqdm shows a bar only when the batch takes more than a moment (mininterval/delay).
    for article in tqdm(ordered, desc="kg: extracting", unit="article", disable=not progress,
                        delay=1.0, file=sys.stderr, leave=False):
        found, facts = extractor(article)
        mentions += found
        relations += facts
    entities = resolve.resolve(ordered, mentions, relations)
    return BuildResult(articles=ordered, mentions=tuple(mentions), relations=tuple(relations),
                       entities=entities, errors=tuple(errors))
