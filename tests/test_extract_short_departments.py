"""A body written only as 省科技厅: the department of the province of the cities the story names, also
after a preposition jieba glues to 省 (sentences written for these tests)."""

from __future__ import annotations

from extracting import run

from kg.extract import Extractor
from kg.model import EntityType


def bodies(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    mentions, _ = run(extractor, text)
    return [(m.text, m.canonical or m.text) for m in mentions if m.cls is EntityType.GOVERNMENT_BODY]


def test_the_province_of_the_one_city_named(extractor: Extractor) -> None:
    assert bodies(extractor, "株洲高新区入选省科技厅公布的名单。") == [("省科技厅", "湖南省科学技术厅")]


def test_a_preposition_glued_to_the_province(extractor: Extractor) -> None:
    assert bodies(extractor, "由省科技厅下派挂职的株洲高新区管委会副主任杨帆介绍了情况。") == [
        ("省科技厅", "湖南省科学技术厅")]
    assert bodies(extractor, "经省发改委批准，株洲高新区扩区。") == [("省发改委", "湖南省发展和改革委员会")]


def test_cities_of_two_provinces_name_no_province(extractor: Extractor) -> None:
    assert bodies(extractor, "株洲高新区和南昌高新区入选省科技厅公布的名单。") == []


def test_shi_inside_a_word_is_no_city_body(extractor: Extractor) -> None:
    assert bodies(extractor, "株洲的城市政府很好。") == []
