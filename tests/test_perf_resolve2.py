"""Resolution's fast paths of the merges and of an entity's order give what the straightforward forms give,
on real mentions (the examples)."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from kg import pipeline
from kg import resolve as resolution
from kg.model import BuildResult, EntityType
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def built() -> BuildResult:
    return pipeline.build([str(EXAMPLES)])


@pytest.fixture(scope="module")
def grouped(built: BuildResult) -> resolution.Resolution:
    parts = resolution.Resolution()
    parts.add(built.mentions, built.relations)
    return parts


def _pieces_indexed(cores: list[str], bare: dict[str, set[str]], cls: EntityType) -> dict[str, set[str]]:
    """The straightforward form of ``_Pieces``: every leading (or trailing) piece of every bare form of at
    least ``_MIN_PARTIAL`` characters → the cores with it."""
    found: dict[str, set[str]] = defaultdict(set)
    for core in cores:
        for form in bare[core]:
            for size in range(resolution._MIN_PARTIAL, len(form) + 1):
                if cls in resolution._PREFIX_OK:
                    found[form[:size]].add(core)
                if cls in resolution._SUFFIX_OK:
                    found[form[-size:]].add(core)
    return found


def test_pieces_found_by_bisection_are_those_indexed(grouped: resolution.Resolution) -> None:
    namer, by_cls = grouped.namer, defaultdict(list)
    for cls, core in grouped.groups:
        by_cls[cls].append(core)
    asked = 0
    for cls in (*resolution._PREFIX_OK, *resolution._SUFFIX_OK, EntityType.PROJECT):
        cores = by_cls[cls]
        bare = {core: namer.bare_forms(cls, core, []) for core in cores}
        pieces = resolution._Pieces(resolution._holders(cores, bare), cls)
        indexed = _pieces_indexed(cores, bare, cls)
        # every core and every piece of one, both ways round, and some pieces no form has
        asked_for = {piece for core in cores for size in range(3, len(core) + 1)
                     for piece in (core[:size], core[-size:])}
        for piece in asked_for | {"不存在的名字", "有限公"}:
            assert set(pieces.holders_of(piece)) == indexed.get(piece, set()), (cls, piece)
            asked += 1
    assert asked > 300


def test_items_in_reading_order_are_the_sorted_items(grouped: resolution.Resolution) -> None:
    assert grouped.spots_distinct
    shuffled = random.Random(7)
    for items in grouped.groups.values():
        assert resolution._in_reading_order(items) == sorted(items)
        backwards = items[::-1]  # each article's items out of order: the fallback
        assert resolution._in_reading_order(backwards) == sorted(items)
        mixed = shuffled.sample(items, len(items))
        assert resolution._in_reading_order(mixed) == sorted(items)
