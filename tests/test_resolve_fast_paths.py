"""Resolution's fast paths give what the straightforward forms give, on real mentions (the examples)."""

from __future__ import annotations

import pytest

from kg import pipeline
from kg import resolve as resolution
from kg.model import BuildResult
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def built() -> BuildResult:
    return pipeline.build([str(EXAMPLES)])


def test_items_with_distinct_spots_sort_as_tuples_in_the_order_of_the_sort_key(built: BuildResult) -> None:
    found, rows, spots_distinct = resolution._distinct_mentions(built.mentions, built.relations)
    assert spots_distinct and len(found) > 100
    items = resolution._items(found, rows)
    by_key = sorted(items, key=resolution._ITEM_ORDER)
    assert sorted(items) == by_key and sorted(items[::-1]) == by_key
    assert list(map(resolution._ITEM_MENTION, by_key)) == sorted(found, key=resolution._sort_key)


def test_entities_are_the_same_with_the_sort_by_key(built: BuildResult,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fast = resolution.resolve(built.articles, built.mentions, built.relations)
    entity = resolution._entity

    def by_key(*args: object) -> object:
        return entity(*args[:5], False)  # type: ignore[arg-type]

    monkeypatch.setattr(resolution, "_entity", by_key)
    slow = resolution.resolve(built.articles, built.mentions, built.relations)
    assert fast == slow and len(fast) > 50
    assert all(list(map(id, a.mentions)) == list(map(id, b.mentions)) for a, b in zip(fast, slow))
