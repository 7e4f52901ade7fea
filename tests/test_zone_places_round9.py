"""Where zones are when their name opens with their province (浙江嘉兴经济技术开发区, 浙江南浔经济开发区,
海南X经济开发区) or names a city's science town (X科技城), and 新疆生产建设兵团 a body of the gazetteer
(sentences written here)."""

from __future__ import annotations

from extracting import found, pairs

from kg.extract import Extractor
from kg.gazetteer import default
from kg.model import Article, EntityType, Mention, RelationKind
from kg.resolve import resolve

ET = EntityType


def located(*names: str) -> dict[str, str | None]:
    text = "、".join(names) + "负责人出席会议。"
    art = Article(id="z1", source="z1.txt", text=text)
    mentions = [Mention(text=n, cls=ET.ZONE, start=text.index(n), end=text.index(n) + len(n), article="z1")
                for n in names]
    entities = resolve([art], mentions, [], gazetteer=default())
    return {e.label: dict(e.attrs).get("located_in") for e in entities if e.cls is ET.ZONE}


def test_a_national_zone_written_after_its_province_is_in_its_city() -> None:
    assert located("浙江嘉兴经济技术开发区") == {"浙江嘉兴经济技术开发区": "嘉兴市"}
    assert located("浙江省嘉兴经济技术开发区") == {"浙江省嘉兴经济技术开发区": "嘉兴市"}
    assert located("江西嘉兴经济技术开发区") == {"江西嘉兴经济技术开发区": "江西省"}  # 嘉兴 is not in 江西


def test_a_provincial_zone_named_after_a_district_is_in_the_districts_city() -> None:
    assert located("浙江南浔经济开发区") == {"浙江南浔经济开发区": "湖州市"}


def test_a_zone_named_after_its_province_and_a_local_name_is_in_the_province() -> None:
    assert located("海南老城经济开发区") == {"海南老城经济开发区": "海南省"}
    assert located("广西自贸区") == {"广西自贸区": None}  # the province's own designation: not placed


def test_a_science_town_named_after_a_city_is_in_that_city() -> None:
    assert located("成都未来科技城") == {"成都未来科技城": "成都市"}
    assert located("衡山科学城") == {"衡山科学城": None}


def test_a_zone_written_after_its_province_is_placed_in_its_city_when_extracted(full: Extractor) -> None:
    text = ("近日，浙江嘉兴经济技术开发区与天津滨海高新技术产业开发区签署合作协议，"
            "浙江南浔经济开发区也参加签约。")
    placed = pairs(full, text, RelationKind.LOCATED_IN)
    assert ("浙江嘉兴经济技术开发区", "嘉兴") in placed
    assert ("浙江南浔经济开发区", "南浔") in placed
    assert ("天津滨海高新技术产业开发区", "天津") in placed  # a municipality: no province's place after it


def test_the_production_and_construction_corps_is_a_body(full: Extractor) -> None:
    text = "记者从新疆生产建设兵团获悉，第一师阿拉尔经济技术开发区今年新引进项目30个。"
    assert "新疆生产建设兵团" in found(full, text, ET.GOVERNMENT_BODY)
