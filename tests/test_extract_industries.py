"""Industry lists: triggers, lists before the trigger, named clusters, quantifiers and compound names.

Sentences written for these tests (other zones, other fields).
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article, RelationKind


def industries(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    _, relations = extractor(Article(id="a", source="t", text=text))
    out = []
    for r in relations:
        if r.kind is RelationKind.INDUSTRY:
            args = dict(r.args)
            out.append((args["zone"].text, args["industry"].canonical or args["industry"].text))
    return set(out)


@pytest.mark.parametrize("trigger", ["重点培育", "着力培育", "加快培育", "培育壮大", "做大做强", "前瞻布局"])
def test_trigger_family(extractor: Extractor, trigger: str) -> None:
    text = f"芜湖高新区{trigger}机器人、通用航空和新能源汽车产业，今年产值增长一成。"
    assert industries(extractor, text) == {("芜湖高新区", "机器人"), ("芜湖高新区", "新能源汽车"),
                                           ("芜湖高新区", "通用航空")}


def test_chained_verbs_after_a_trigger_are_not_part_of_the_first_item(extractor: Extractor) -> None:
    text = "株洲高新区加快培育发展轨道交通装备和航空动力产业。"
    assert industries(extractor, text) == {("株洲高新区", "航空动力"), ("株洲高新区", "轨道交通装备")}


def test_list_before_the_trigger(extractor: Extractor) -> None:
    text = "洛阳高新区以新材料、机器人和智能装备为主导产业，打造先进制造业高地。"
    assert industries(extractor, text) == {("洛阳高新区", "机器人"), ("洛阳高新区", "新材料"),
                                           ("洛阳高新区", "智能装备")}


@pytest.mark.parametrize("kind", ["首位产业", "主导产业", "两大支柱产业"])
def test_as_leading_industry(extractor: Extractor, kind: str) -> None:
    text = f"攀枝花钒钛高新区坚持把钒钛新材料作为{kind}，加快打造千亿级钒钛产业集群。"
    # the quantifier is dropped from the cluster: 钒钛, never 千亿级钒钛
    assert industries(extractor, text) == {("攀枝花钒钛高新区", "钒钛新材料"), ("攀枝花钒钛高新区", "钒钛")}


def test_known_field_as_the_lead(extractor: Extractor) -> None:
    text = "潍坊高新区以人工智能为引领，推动传统产业转型。"
    assert industries(extractor, text) == {("潍坊高新区", "人工智能")}
    assert industries(extractor, "潍坊高新区以项目建设为核心，推动各项工作。") == set()


def test_named_clusters_belong_to_the_zone_before_them(extractor: Extractor) -> None:
    text = "合肥高新区量子信息产业集群、芜湖高新区智能网联汽车产业集群等8个集群入选。"
    assert industries(extractor, text) == {("合肥高新区", "量子信息"), ("芜湖高新区", "智能网联汽车")}


def test_quantifier_before_the_closer_is_dropped(extractor: Extractor) -> None:
    text = "近年来，长沙高新区聚焦工程机械、北斗导航两大地标产业，持续招大引强。"
    assert industries(extractor, text) == {("长沙高新区", "北斗导航"), ("长沙高新区", "工程机械")}


def test_known_compound_name_is_kept_whole(extractor: Extractor) -> None:
    text = "南昌高新区重点发展航空制造、软件和信息服务、中医药产业。"
    assert industries(extractor, text) == {("南昌高新区", "中医药"), ("南昌高新区", "航空制造"),
                                           ("南昌高新区", "软件和信息服务")}
