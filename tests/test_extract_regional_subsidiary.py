"""A company's regional subsidiary (X（城市）有限公司) is its own entity, a sub-organisation of X (sentences
written for these tests)."""

from __future__ import annotations

from extracting import pairs

from kg import resolve
from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind

ET = EntityType
RK = RelationKind

TEXT = ("德国弗兰克精密与苏州工业园区签署合作协议。根据协议，弗兰克精密将投资2亿欧元建设研发中心，"
        "由其新设立的弗兰克精密（苏州）有限公司负责运营。")


def test_the_regional_subsidiary_is_a_suborg_of_its_parent(full: Extractor) -> None:
    assert ("弗兰克精密（苏州）有限公司", "弗兰克精密") in pairs(full, TEXT, RK.SUBORG)


def test_the_parent_and_its_regional_subsidiary_stay_two_entities(full: Extractor) -> None:
    article = Article(id="a", source="t", text=TEXT)
    mentions, relations = full(article)
    labels = {e.label for e in resolve.resolve([article], mentions, relations) if e.cls is ET.COMPANY}
    assert {"弗兰克精密", "弗兰克精密（苏州）有限公司"} <= labels


def test_a_place_in_brackets_inside_a_name_is_no_subsidiary(full: Extractor) -> None:
    text = "闽铁海运（福建）物流有限公司在福州新区投资建设港口物流中心项目，闽铁海运将负责运营。"
    assert pairs(full, text, RK.SUBORG) == set()
