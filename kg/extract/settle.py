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

    The candidates are sorted as plain ints, not as tuples of keys: (minus the length, the class's rank,
    the start) written in mixed radix, times the count, plus the candidate's index (``_sort_keys``). Ints
    that share a key are candidates of one span and rank, next to each other in the order: the first of
    them is taken or not, and every other one overlaps it, so only which one stands for the span remains
    (the least by class, text and canonical form, then the earliest: ``_tie_order``), which a tuple key
    would have ordered first. So a second copy of a mention (equal fields) is dropped without hashing every
    candidate into a set.
    """
    rank = {cls: i for i, cls in enumerate(priority)}.get
    last = len(priority)
    candidates = list(mentions)
    if not candidates:
        return []
    count = len(candidates)
    # each field read once per candidate: a mention's attribute costs several times a list's item
    at = [m.start for m in candidates]
    to = [m.end for m in candidates]
    ranks = [rank(m.cls, last) for m in candidates]
    starts: list[int] = []  # the taken spans' starts and ends, in order
    ends: list[int] = []
    kept: list[Mention] = []  # the taken mentions, in the same order (by start: no two share one)
    last_key, placed = None, -1  # the key of the last span met, and where its mention was taken (or -1)
    for value in _sort_keys(at, to, ranks, last):
        key, index = divmod(value, count)
        if key == last_key:  # the same span and rank as the one before: it stands for the span if less
            if placed >= 0 and _tie_order(candidates[index]) < _tie_order(kept[placed]):
                kept[placed] = candidates[index]
            continue
        last_key, placed = key, -1
        start, end = at[index], to[index]
        if end <= start:
            continue
        place = bisect_left(starts, end)  # the taken spans before it start below ``place``
        if place and ends[place - 1] > start:
            continue
        starts.insert(place, start)
        ends.insert(place, end)
        kept.insert(place, candidates[index])
        placed = place
    return kept


def _sort_keys(at: Sequence[int], to: Sequence[int], ranks: Sequence[int], last: int) -> list[int]:
    """The candidates' order as sorted ints: ``(-(end - start), rank, start)`` in mixed radix (the start
    counted from the least one, below the span of starts; the rank at most ``last``), times the count,
    plus the index. Ints compare in one step where the tuples they stand for compare item by item."""
    count = len(at)
    low = min(at)
    span = max(at) - low + 1
    radix = last + 1
    return sorted([(((s - e) * radix + r) * span + s - low) * count + i
                   for i, s, e, r in zip(range(count), at, to, ranks, strict=True)])


def _tie_order(m: Mention) -> tuple:
    """The order of the candidates of one span and rank (a StrEnum orders as its value)."""
    return (m.cls, m.text, m.canonical or "")
