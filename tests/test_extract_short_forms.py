"""A zone's administration before a title, a department by its short form, and words that are no
industry or event (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind


def run(extractor: Extractor, text: str):
    return extractor(Article(id="a", source="t", text=text))


def facts(extractor: Extractor, text: str, kind: RelationKind) -> list[tuple[str, ...]]:
    _, relations = run(extractor, text)
    return sorted(tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind)


@pytest.mark.parametrize("organ", ["管理局", "管理委员会"])
def test_title_at_a_zones_administration_is_at_the_zone(extractor: Extractor, organ: str) -> None:
    text = f"宁波保税区{organ}副局长何建东介绍，保税区将重点发展跨境电商。"
    assert [(p, o) for p, _, o in facts(extractor, text, RelationKind.POST)] == [("何建东", "宁波保税区")]


def test_short_department_is_the_one_province_of_the_story(extractor: Extractor) -> None:
    text = ("安徽省科技厅有关负责人介绍，合肥高新区和芜湖高新区入选。"
            "下一步，省科技厅将出台《安徽省高新区高质量发展行动方案》。")
    assert facts(extractor, text, RelationKind.ISSUED_BY) == [
        ("安徽省高新区高质量发展行动方案", "安徽省科学技术厅")]


def test_short_department_needs_a_single_province(extractor: Extractor) -> None:
    text = "安徽省与江西省签署合作协议。省科技厅将出台《高新区协同发展行动方案》。"
    assert facts(extractor, text, RelationKind.ISSUED_BY) == []


def test_short_department_never_inside_a_word(extractor: Extractor) -> None:
    mentions, _ = run(extractor, "合肥市推进智慧城市政府服务平台建设。")
    assert [m.text for m in mentions if m.cls is EntityType.GOVERNMENT_BODY] == []


def test_a_time_word_is_no_industry(extractor: Extractor) -> None:
    text = "宜春高新区已形成锂电新能源、生物医药两大主导产业，今年两大产业产值有望突破300亿元。"
    assert facts(extractor, text, RelationKind.INDUSTRY) == [
        ("宜春高新技术产业开发区", "生物医药"), ("宜春高新技术产业开发区", "锂电新能源")]


def test_a_meeting_named_by_its_attendees_is_no_event(extractor: Extractor) -> None:
    mentions, _ = run(extractor, "日前，宜春市召开全市领导干部会议。宜春高新区举行第三届锂电产业发展论坛。")
    assert [m.text for m in mentions if m.cls is EntityType.EVENT] == ["第三届锂电产业发展论坛"]
