"""The parks of a zone of several (X高新区实行“一区多园”，包括A主园区、B科技工业园…) and a park built in a
part of the article's zone (X产业园已在北区建成) — sentences written for these tests
(other places and parks)."""

from __future__ import annotations

from extracting import run
from test_extract_zone_led_parks import canonical_pairs

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def test_the_parks_listed_after_a_zones_kind_of_several_are_its_parts(full: Extractor) -> None:
    text = ("据介绍，中山火炬高新区实行“一区多园”管理模式，包括张家边主园区、民众科技工业园和翠亨科技工业园；"
            "高新区重点发展健康医药和装备制造产业。")
    mentions, _ = run(full, text)
    zones = {m.canonical or m.text for m in mentions if m.cls is ET.ZONE}
    assert {"张家边主园区", "民众科技工业园", "翠亨科技工业园"} <= zones
    parts = {child for child, parent in canonical_pairs(full, text, RK.PART_OF) if parent.startswith("中山")}
    assert parts == {"张家边主园区", "民众科技工业园", "翠亨科技工业园"}


def test_half_width_punctuation_around_the_list(full: Extractor) -> None:
    text = '他说,中山火炬高新区实行"一区三园",即张家边主园区、民众科技工业园和翠亨科技工业园;三园错位发展。'
    parts = {child for child, _ in canonical_pairs(full, text, RK.PART_OF)}
    assert parts == {"张家边主园区", "民众科技工业园", "翠亨科技工业园"}


def test_a_list_with_an_item_that_is_no_park_makes_no_parts(full: Extractor) -> None:
    text = "中山火炬高新区实行“一区多园”，包括健康医药、装备制造和电子信息三大产业板块。"
    assert canonical_pairs(full, text, RK.PART_OF) == set()


def test_a_park_built_in_a_side_part_of_the_articles_zone_is_part_of_it(full: Extractor) -> None:
    text = ("2024年，江门高新区新引进项目40个。由广东鸿图控股集团有限公司投资建设的鸿图精密制造产业园"
            "已在东区建成，入驻企业15家。")
    pairs = canonical_pairs(full, text, RK.PART_OF)
    assert ("鸿图精密制造产业园", "江门高新技术产业开发区") in pairs


def test_the_parks_a_zone_is_said_to_hold_are_its_parts(full: Extractor) -> None:
    text = "黄石经济技术开发区下辖金山工业园、汪仁科技园和大冶湖高新园区等三个园区，总面积120平方公里。"
    mentions, _ = run(full, text)
    assert {"金山工业园", "汪仁科技园", "大冶湖高新园区"} <= {m.text for m in mentions if m.cls is ET.ZONE}
    parts = {child for child, _ in canonical_pairs(full, text, RK.PART_OF)}
    assert parts == {"金山工业园", "汪仁科技园", "大冶湖高新园区"}


def test_a_zone_holding_functions_not_parks_has_no_parts(full: Extractor) -> None:
    text = "黄石经济技术开发区包括研发设计、生产制造和仓储物流三大功能区。"
    assert canonical_pairs(full, text, RK.PART_OF) == set()
