"""Programmes named inside list notices, designations (列为/认定为…示范基地), their issuers and participants
(sentences written for these tests: other provinces, bodies and zones)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind

RK = RelationKind


def run(extractor: Extractor, text: str) -> tuple[set[str], set[tuple[str, str]], set[tuple[str, str]]]:
    mentions, relations = extractor(Article(id="a", source="t", text=text))
    policies = {m.canonical or m.text for m in mentions if m.cls is EntityType.POLICY}
    issued = {(dict(r.args)["policy"].canonical or dict(r.args)["policy"].text, dict(r.args)["body"].text)
              for r in relations if r.kind is RK.ISSUED_BY}
    joined = {(dict(r.args)["zone"].text, dict(r.args)["policy"].canonical or dict(r.args)["policy"].text)
              for r in relations if r.kind is RK.PARTICIPATES}
    return policies, issued, joined


def test_the_programme_inside_a_list_notice_is_a_policy_of_its_own(extractor: Extractor) -> None:
    text = ("近日，江西省科学技术厅印发《关于公布第三批江西省科技企业孵化器培育名单的通知》，"
            "全省9家单位入选。其中，鹰潭高新区以铜基新材料产业入选。")
    policies, issued, joined = run(extractor, text)
    assert "第三批江西省科技企业孵化器" in policies
    assert ("第三批江西省科技企业孵化器", "江西省科学技术厅") in issued
    assert ("鹰潭高新区", "第三批江西省科技企业孵化器") in joined


def test_a_pilot_list_notice_names_the_pilot(extractor: Extractor) -> None:
    text = ("日前，河南省工业和信息化厅印发《关于公布2021年度河南省智能制造试点名单的通知》，"
            "洛阳高新区、新乡高新区入选。")
    policies, issued, joined = run(extractor, text)
    assert "河南省智能制造试点" in policies  # the programme, not its year's round
    assert "2021年度河南省智能制造试点" not in policies
    assert {("洛阳高新区", "河南省智能制造试点"),
            ("新乡高新区", "河南省智能制造试点")} <= joined


def test_a_designation_after_listed_as_is_issued_by_the_body_and_joined_by_the_zone(
        extractor: Extractor) -> None:
    text = "今年3月，甘肃省工业和信息化厅将兰州高新区列为省级新材料产业发展示范基地。"
    policies, issued, joined = run(extractor, text)
    assert "省级新材料产业发展示范基地" in policies
    assert issued == {("省级新材料产业发展示范基地", "甘肃省工业和信息化厅")}
    assert joined == {("兰州高新区", "省级新材料产业发展示范基地")}


def test_a_designation_verb_without_a_programme_suffix_makes_no_policy(extractor: Extractor) -> None:
    text = "市政府将兰州高新区列为重点项目集中区域，加快推进产业升级。"
    policies, _, joined = run(extractor, text)
    assert policies == set()
    assert joined == set()


def industries(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    _, relations = extractor(Article(id="a", source="t", text=text))
    return {(dict(r.args)["zone"].text, dict(r.args)["industry"].canonical or dict(r.args)["industry"].text)
            for r in relations if r.kind is RK.INDUSTRY}


def test_clusters_named_after_their_zones_split_off_the_zone(extractor: Extractor) -> None:
    text = ("赣州经济技术开发区新能源汽车产业集群、吉安高新区电子信息产业集群等6个产业集群入选。")
    mentions, _ = extractor(Article(id="a", source="t", text=text))
    zones = {m.text for m in mentions if m.cls is EntityType.ZONE}
    assert {"赣州经济技术开发区", "吉安高新区"} <= zones
    assert industries(extractor, text) == {("赣州经济技术开发区", "新能源汽车"), ("吉安高新区", "电子信息")}


def test_a_field_selected_for_is_split_at_and(extractor: Extractor) -> None:
    text = "其中，株洲高新区以轨道交通和航空动力产业入选，湘潭高新区以智能装备产业入选。"
    assert industries(extractor, text) == {("株洲高新区", "轨道交通"), ("株洲高新区", "航空动力"),
                                           ("湘潭高新区", "智能装备")}


def test_leading_fields_of_an_industrial_system(extractor: Extractor) -> None:
    text = "近年来，绵阳高新区加快构建以电子信息、先进材料为主导的现代产业体系。"
    assert industries(extractor, text) == {("绵阳高新区", "电子信息"), ("绵阳高新区", "先进材料")}


def agreements(extractor: Extractor, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    _, relations = extractor(Article(id="a", source="t", text=text))
    out = []
    for r in relations:
        if r.kind is RK.AGREEMENT:
            parties = tuple(sorted(m.text for role, m in r.args if role == "party"))
            signers = tuple(sorted(m.text for role, m in r.args if role == "signatory"))
            out.append((parties, signers))
    return sorted(set(out))


@pytest.mark.parametrize("name", ["阎立军", "洪晓梅"])
def test_less_common_surnames_head_names_after_titles(extractor: Extractor, name: str) -> None:
    text = f"芜湖高新区管委会主任{name}与安徽青岚电子有限公司董事长张海鸥签署合作协议。"
    signers = tuple(sorted((name, "张海鸥")))
    assert agreements(extractor, text) == [(("安徽青岚电子有限公司", "芜湖高新区"), signers)]


def test_an_agreement_named_after_a_project_keeps_the_project_whole(extractor: Extractor) -> None:
    text = "会上，淄博高新区与山东润禾新材料有限公司签署碳纤维复合材料生产基地项目合作协议。"
    mentions, _ = extractor(Article(id="a", source="t", text=text))
    assert "碳纤维复合材料生产基地项目" in {m.text for m in mentions if m.cls is EntityType.PROJECT}
    assert agreements(extractor, text) == [(("山东润禾新材料有限公司", "淄博高新区"), ())]


def test_signing_separately_gives_one_agreement_per_counterparty(extractor: Extractor) -> None:
    text = ("在推介会上，包头稀土高新区与北京锐磁新材料有限公司、内蒙古北疆储能科技有限公司分别签约。"
            "包头稀土高新区管委会副主任刘建华与锐磁新材料总经理孙蕾在协议上签字。")
    assert agreements(extractor, text) == [
        (("内蒙古北疆储能科技有限公司", "包头稀土高新区"), ()),
        (("包头稀土高新区", "北京锐磁新材料有限公司"), ()),
        (("包头稀土高新区", "北京锐磁新材料有限公司"), ("刘建华", "孙蕾")),
    ]


def test_companies_signing_with_a_zone_each_sign_their_own(extractor: Extractor) -> None:
    text = ("会上，杭州青禾智能科技有限公司、杭州远帆生物医药有限公司等9家企业与杭州高新区签约。"
            "西湖区副区长、杭州高新区管委会副主任周立新与青禾智能董事长吴晓东代表双方签约。")
    assert agreements(extractor, text) == [
        (("杭州远帆生物医药有限公司", "杭州高新区"), ()),
        (("杭州青禾智能科技有限公司", "杭州高新区"), ()),
        (("杭州高新区", "青禾智能"), ("吴晓东", "周立新")),  # the short form, resolved later
    ]


@pytest.mark.parametrize("name", ["乌兰图雅", "额尔敦巴特尔", "扎西次仁"])
def test_transliterated_names_after_a_title(extractor: Extractor, name: str) -> None:
    text = f"呼和浩特经开区管委会副主任{name}表示，将加快项目建设。"
    mentions, _ = extractor(Article(id="a", source="t", text=text))
    assert {m.text for m in mentions if m.cls is EntityType.PERSON} == {name}


def test_an_event_opening_with_its_year_keeps_an_inner_and(extractor: Extractor) -> None:
    text = "在日前举行的2019银川人工智能与物联网产业对接会上，多家企业签约。"
    mentions, _ = extractor(Article(id="a", source="t", text=text))
    assert {m.text for m in mentions if m.cls is EntityType.EVENT} == {"2019银川人工智能与物联网产业对接会"}
