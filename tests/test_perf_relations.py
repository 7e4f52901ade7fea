"""The fast paths of settling and of the relation extractors against the straightforward forms they
replace, on real inputs (the articles of the examples and the evaluation sets) and on random ones: the same
objects come out, in the same order."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from kg import ingest, segment
from kg.extract import Extractor
from kg.extract.settle import PRIORITY, longest_wins
from kg.model import Article, EntityType, InputError, Mention

ROOT = Path(__file__).resolve().parents[1]


def _articles() -> list[Article]:
    """The articles of the examples and of the evaluation sets."""
    out: list[Article] = []
    for item in ingest.read([str(ROOT / "examples"), *map(str, sorted(ROOT.glob("eval/holdout*")))]):
        if not isinstance(item, InputError):
            out += segment.split(item)
    return out


@pytest.fixture(scope="module")
def candidates(extractor: Extractor) -> list[list[Mention]]:
    """Every article's mentions before settling (the overlapping and repeated ones of every extractor)."""
    out = []
    for article in _articles():
        doc = extractor.doc(article)
        found: list[Mention] = []
        for _, extract in extractor.mention_extractors:
            found += extract(doc)
        out.append(found)
    return out


def _longest_wins_by_tuples(mentions: Iterable[Mention],
                            priority: Sequence[EntityType] = PRIORITY) -> list[Mention]:
    """``longest_wins`` as it was before its keys were ints: the candidates sorted by tuples of their fields
    (then their index), each taken unless it overlaps one taken before."""
    from bisect import bisect_left

    rank = {cls: i for i, cls in enumerate(priority)}.get
    last = len(priority)
    items = list(mentions)
    keyed = sorted(zip([(-(m.end - m.start), rank(m.cls, last), m.start, m.cls, m.text, m.canonical or "")
                        for m in items], range(len(items)), items))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Mention] = []
    for _, _, mention in keyed:
        start, end = mention.start, mention.end
        if end <= start:
            continue
        index = bisect_left(starts, end)
        if index and ends[index - 1] > start:
            continue
        starts.insert(index, start)
        ends.insert(index, end)
        kept.insert(index, mention)
    return kept


def _same_objects(got: Sequence[object], expected: Sequence[object]) -> bool:
    return len(got) == len(expected) and all(a is b for a, b in zip(got, expected, strict=True))


def test_longest_wins_keeps_the_objects_the_tuple_keys_keep(candidates: list[list[Mention]]) -> None:
    assert sum(map(len, candidates)) > 3000  # real articles, with overlaps and repeated copies
    rng = random.Random(11)
    for found in candidates:
        for order in (found, found[::-1], rng.sample(found, len(found))):
            assert _same_objects(longest_wins(order), _longest_wins_by_tuples(order))


def test_longest_wins_ties_copies_and_odd_spans_as_the_tuple_keys_do() -> None:
    """Equal copies (the first stands for them), copies differing in text or canonical form only (the least
    stands), classes off the priority list sharing a rank, empty and reversed spans, negative starts."""
    rng = random.Random(5)
    classes = [*PRIORITY[:4], EntityType.AREA]
    for _ in range(400):
        pool: list[Mention] = []
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(-5, 30)
            end = start + rng.randint(-2, 6)
            m = Mention(text=rng.choice("ab"), cls=rng.choice(classes), start=start, end=end,
                        canonical=rng.choice((None, "", "c")))
            pool += [m] * rng.randint(1, 2)
            if rng.random() < 0.3:  # an equal copy, another object
                pool.append(Mention(m.text, m.cls, m.start, m.end, m.article, m.canonical, m.attrs))
        rng.shuffle(pool)
        for priority in (PRIORITY, PRIORITY[:3]):  # (classes off the short list share its last rank)
            expected = _longest_wins_by_tuples(pool, priority)
            assert _same_objects(longest_wins(pool, priority=priority), expected)
