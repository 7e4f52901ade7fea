"""Zone merging in resolution: a zone written with and without its city (sentences written here)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article, EntityType
from kg.resolve import resolve

ET = EntityType


@pytest.fixture(scope="module")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    return Extractor(cache_dir=tmp_path_factory.mktemp("jieba"))


def zone_labels(extractor: Extractor, text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article(id="a", source="t", text=text)
    mentions, relations = extractor(article)
    return [(e.label, e.alt_labels) for e in resolve([article], mentions, relations) if e.cls is ET.ZONE]


def test_zone_with_and_without_its_city_is_one_zone(extractor: Extractor) -> None:
    text = ("苏州吴中经济技术开发区获评省级示范园区。会上，吴中经济技术开发区介绍了经验。")
    zones = zone_labels(extractor, text)
    assert len(zones) == 1
    assert zones[0][0] == "苏州吴中经济技术开发区"
    assert "吴中经济技术开发区" in zones[0][1]


def test_zones_of_two_cities_stay_apart(extractor: Extractor) -> None:
    text = "长沙高新区与株洲高新区签署合作协议。"
    assert len(zone_labels(extractor, text)) == 2
