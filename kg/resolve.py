"""Resolution: mentions from all articles of a build → one Entity per real thing (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from kg.model import Article, Entity, Mention, Relation


def resolve(articles: Sequence[Article], mentions: Sequence[Mention],
            relations: Sequence[Relation]) -> tuple[Entity, ...]:
    return ()
