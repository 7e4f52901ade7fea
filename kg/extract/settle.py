"""Settling overlaps between extractors' mentions: one function, injected into the Extractor."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from kg.model import EntityType, Mention

# On a tie in length the earlier class wins (a quoted park after a company is a project, not a zone).
PRIORITY: tuple[EntityType, ...] = (
    EntityType.PROJECT, EntityType.EVENT, EntityType.POLICY, EntityType.COMPANY, EntityType.GOVERNMENT_BODY,
    EntityType.ZONE, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.TITLE, EntityType.INDUSTRY,
    EntityType.AGREEMENT, EntityType.AREA,
)


def longest_wins(mentions: Iterable[Mention], *, priority: Sequence[EntityType] = PRIORITY) -> list[Mention]:
    """Non-overlapping mentions: the longest span wins, class priority on ties, then the earlier start.

    The spans taken so far never overlap, so they stay sorted by start (and by end): a candidate overlaps
    one of them exactly when the last span starting before its end reaches past its start (one bisect).
    A second copy of a mention (equal fields) overlaps the first, so it is dropped without hashing every
    candidate into a set: the first copy is taken or the span that beat it beats the copy too.
    """
    rank = {cls: i for i, cls in enumerate(priority)}.get
    last = len(priority)
    candidates = list(mentions)
    # the keys made in one comprehension (no function call per candidate); the index after the key keeps
    # the sort stable and never lets two mentions be compared
    keyed = sorted(zip([(-(m.end - m.start), rank(m.cls, last), m.start, m.cls, m.text, m.canonical or "")
                        for m in candidates], range(len(candidates)), candidates))  # StrEnum: by value
    starts: list[int] = []  # the taken spans' starts and ends, in order
    ends: list[int] = []
    kept: list[Mention] = []  # the taken mentions, in the same order (by start: no two share one)
    for _, _, mention in keyed:
        start, end = mention.start, mention.end
        if end <= start:
            continue
        index = bisect_left(starts, end)  # the taken spans before it start below ``index``
        if index and ends[index - 1] > start:
            continue
        starts.insert(index, start)
        ends.insert(index, end)
        kept.insert(index, mention)
    return kept
