"""Settling overlaps between extractors' mentions: one function, injected into the Extractor."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kg.model import EntityType, Mention

# On a tie in length the earlier class wins (a quoted park after a company is a project, not a zone).
PRIORITY: tuple[EntityType, ...] = (
    EntityType.PROJECT, EntityType.EVENT, EntityType.POLICY, EntityType.COMPANY, EntityType.GOVERNMENT_BODY,
    EntityType.ZONE, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.TITLE, EntityType.INDUSTRY,
    EntityType.AGREEMENT, EntityType.AREA,
)


def longest_wins(mentions: Iterable[Mention], *, priority: Sequence[EntityType] = PRIORITY) -> list[Mention]:
    """Non-overlapping mentions: the longest span wins, class priority on ties, then the earlier start."""
    rank = {cls: i for i, cls in enumerate(priority)}
    ordered = sorted(set(mentions), key=lambda m: (-(m.end - m.start), rank.get(m.cls, len(rank)), m.start,
                                                  m.cls.value, m.text, m.canonical or ""))
    taken: list[tuple[int, int]] = []
    kept: list[Mention] = []
    for mention in ordered:
        if mention.end <= mention.start:
            continue
        if any(mention.start < end and start < mention.end for start, end in taken):
            continue
        taken.append((mention.start, mention.end))
        kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end, m.cls.value))
