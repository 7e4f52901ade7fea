"""``facts.place_facts``: a place name's city, area and province, as the gazetteer gives them."""

from __future__ import annotations

import pytest

from kg import gazetteer
from kg.extract.facts import place_facts


@pytest.mark.parametrize("name", ["衡阳", "衡阳市", "浦东新区", "上海", "湖南省", "鼓楼区", "青岚", ""])
def test_place_facts_are_the_gazetteer_lookups(name: str) -> None:
    gaz = gazetteer.default()
    city = gaz.city_of(name)
    expected = (city, gaz.area(name), gaz.province_of(city.name) if city is not None else None)
    assert place_facts(gaz, name) == expected
    assert place_facts(gaz, name) == expected  # the second answer comes from the memo


def test_place_facts_are_kept_per_gazetteer() -> None:
    gaz = gazetteer.default()
    empty = gazetteer.Gazetteer(areas=(), zones=(), bodies=(), industries=(), titles=(), surnames=(),
                                dept_suffixes=())
    assert place_facts(gaz, "衡阳")[0] is not None
    assert place_facts(empty, "衡阳") == (None, None, None)
    assert place_facts(gaz, "衡阳")[0] is not None
