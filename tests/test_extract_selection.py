"""Selections: the field a zone was selected for, and zones selected in the sentence after a programme
(sentences written for these tests)."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article, RelationKind


def facts(extractor: Extractor, text: str, kind: RelationKind) -> list[tuple[str, ...]]:
    _, relations = extractor(Article(id="a", source="t", text=text))
    return sorted(tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind)


def test_each_zone_gets_the_field_it_was_selected_for(extractor: Extractor) -> None:
    text = ("其中，合肥高新区以量子信息产业集群入选，芜湖经开区以新能源汽车产业集群入选，"
            "宣城高新区凭借光伏装备产业成功获批。")
    assert facts(extractor, text, RelationKind.INDUSTRY) == [
        ("合肥高新技术产业开发区", "量子信息"),
        ("宣城高新技术产业开发区", "光伏装备"),
        ("芜湖经济技术开发区", "新能源汽车"),
    ]


def test_zones_listed_after_an_announced_programme_take_part_in_it(extractor: Extractor) -> None:
    text = ("近日，科技部公布第五批国家创新型产业集群试点名单，全国共有30个集群入选。"
            "我省合肥高新区和芜湖经开区榜上有名。")
    assert facts(extractor, text, RelationKind.PARTICIPATES) == [
        ("合肥高新技术产业开发区", "第五批国家创新型产业集群试点"),
        ("芜湖经济技术开发区", "第五批国家创新型产业集群试点"),
    ]


def test_a_selection_with_its_own_object_is_not_the_earlier_programme(extractor: Extractor) -> None:
    text = ("近日，科技部公布第五批国家创新型产业集群试点名单，全国共有30个集群入选。"
            "合肥高新区入选全国十佳营商环境园区。")
    assert facts(extractor, text, RelationKind.PARTICIPATES) == []


def test_listed_as_after_a_plan_takes_part_in_the_plan(extractor: Extractor) -> None:
    text = ("此前，安徽省商务厅印发《安徽省跨境电子商务发展实施方案》，"
            "合肥综合保税区被列为跨境电商核心功能区。")
    assert facts(extractor, text, RelationKind.PARTICIPATES) == [
        ("合肥综合保税区", "安徽省跨境电子商务发展实施方案"),
    ]
