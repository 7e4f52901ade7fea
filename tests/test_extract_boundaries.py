"""Boundaries of companies, projects and zones, and the relations read from them (sentences written here)."""

from __future__ import annotations

import pytest
from extracting import found, pairs, run

from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind

ET = EntityType
RK = RelationKind


# ------------------------------------------------------------------------------------- projects

def test_project_stops_at_company_suffix_and_company_invests(full: Extractor) -> None:
    text = "常德顺航新材料有限公司高强度碳纤维复合材料项目总投资8.5亿元，预计年底投产。"
    assert found(full, text, ET.PROJECT) == ["高强度碳纤维复合材料项目"]
    assert found(full, text, ET.COMPANY) == ["常德顺航新材料有限公司"]
    assert ("高强度碳纤维复合材料项目", "常德顺航新材料有限公司") in pairs(full, text, RK.INVESTOR)


def test_project_stops_at_expansion_verbs(full: Extractor) -> None:
    text = "另外，星湾精工（苏州）有限公司增资扩建精密轴承生产线项目，新增投资6000万元。"
    assert found(full, text, ET.PROJECT) == ["精密轴承生产线项目"]
    text = "双方将在芜湖高新区共建新能源汽车检测中心项目，项目总投资约3亿元。"
    assert found(full, text, ET.PROJECT) == ["新能源汽车检测中心项目"]


def test_project_stops_at_zone_suffix(full: Extractor) -> None:
    text = "北岭物流有限公司在盐田综合保税区冷链仓储中心项目上追加投资。"
    assert "冷链仓储中心项目" in found(full, text, ET.PROJECT)


@pytest.mark.parametrize("text", [
    "今年全区新开工亿元以上项目23个，完成投资56亿元。",
    "入选企业将优先获得省级科技计划项目支持。",
    "该区共有在建重点项目41个，续建项目12个。",
])
def test_generic_projects_are_not_projects(full: Extractor, text: str) -> None:
    assert found(full, text, ET.PROJECT) == []


def test_built_site_without_project_word(full: Extractor) -> None:
    text = "瀚川智能装备有限公司将在株洲高新区投资建设轨道交通装备智能制造基地，总投资约9亿元。"
    assert found(full, text, ET.PROJECT) == ["轨道交通装备智能制造基地"]
    assert ("轨道交通装备智能制造基地", "瀚川智能装备有限公司") in pairs(full, text, RK.INVESTOR)


def test_built_site_needs_an_investment_and_a_name(full: Extractor) -> None:
    assert found(full, "该区将建设具有全国影响力的创新中心。", ET.PROJECT) == []
    assert found(full, "支持高新区建设全国重要的新材料产业基地，打造千亿级集群。", ET.PROJECT) == []


# ------------------------------------------------------------------------------------ companies

def test_company_with_trade_word_before_suffix(full: Extractor) -> None:
    text = "澳门恒泰国际投资有限公司在珠海高新区投资建设跨境电商产业园项目。"
    assert "澳门恒泰国际投资有限公司" in found(full, text, ET.COMPANY)


def test_visit_verbs_end_a_company_name(full: Extractor) -> None:
    text = "调研组一行先后来到湖南岳麓光电股份有限公司、长沙星沙精机有限公司，察看生产线。"
    assert found(full, text, ET.COMPANY)[:2] == ["湖南岳麓光电股份有限公司", "长沙星沙精机有限公司"]


# ---------------------------------------------------------------------------------------- zones

def test_zones_off_the_gazetteer_by_designation_suffix(full: Extractor) -> None:
    text = "湖南浏阳河经济开发区、福州江阴综合保税区等园区入选，宁波梅山保税港区也榜上有名。"
    assert found(full, text, ET.ZONE) == ["湖南浏阳河经济开发区", "福州江阴综合保税区", "宁波梅山保税港区"]


@pytest.mark.parametrize("text", [
    "全省经济开发区营业收入增长8%。",
    "湖南省经济开发区发展报告发布。",
    "推动省级经济开发区和各类工业园区提质升级。",
])
def test_designation_without_a_place_and_name_is_no_zone(full: Extractor, text: str) -> None:
    assert found(full, text, ET.ZONE) == []


def test_bilateral_city_and_valley_parks(full: Extractor) -> None:
    text = "成都高新区与中德太仓生态城签约，武汉生物医药谷也派员参会。"
    zones = found(full, text, ET.ZONE)
    assert "中德太仓生态城" in zones and "武汉生物医药谷" in zones


# ---------------------------------------------------------------------------------------- names

def test_person_name_does_not_swallow_a_speech_verb(full: Extractor) -> None:
    assert found(full, "星汉科技董事长蒋岚说，新工厂将于明年投产。", ET.PERSON) == ["蒋岚"]
    assert found(full, "副区长王志强调研了三家企业。", ET.PERSON) == ["王志强"]


def test_short_company_name_ends_at_a_word_boundary(full: Extractor) -> None:
    text = "浙江蓝湾新能源科技有限公司落户高新区。蓝湾新能源董事长许晨阳表示，将追加投资。"
    companies = found(full, text, ET.COMPANY)
    assert "蓝湾新能源" in companies and "蓝湾新能" not in companies
    assert ("许晨阳", "董事长", "蓝湾新能源") in pairs(full, text, RK.POST)


# ------------------------------------------------------------------------ suborgs and agreements

def test_subsidiary_under_parent_is_suborg_and_not_a_party(full: Extractor) -> None:
    text = ("株洲高新区与深圳鹏程控股集团有限公司旗下的鹏程新材料（株洲）有限公司签订投资协议。"
            "株洲高新区管委会副主任柳青山与鹏程新材料（株洲）有限公司总经理秦望舒签约。")
    assert ("鹏程新材料（株洲）有限公司", "深圳鹏程控股集团有限公司") in pairs(full, text, RK.SUBORG)
    _, relations = run(full, text)
    agreements = [r for r in relations if r.kind is RK.AGREEMENT]
    assert agreements
    for relation in agreements:
        parties = {m.text for role, m in relation.args if role == "party"}
        assert "深圳鹏程控股集团有限公司" not in parties
    signed = {m.text for r in agreements for role, m in r.args if role == "signatory"}
    assert signed == {"柳青山", "秦望舒"}


def test_wholly_owned_subsidiary(full: Extractor) -> None:
    text = "长沙岳麓智能科技有限公司全资子公司湘江芯材有限公司落户宁乡经开区。"
    assert ("湘江芯材有限公司", "长沙岳麓智能科技有限公司") in pairs(full, text, RK.SUBORG)


def test_attendees_are_not_signatories(full: Extractor) -> None:
    text = ("株洲高新区管委会与湖南星驰动力有限公司签订投资协议。"
            "株洲高新区党工委书记罗安平，株洲高新区管委会主任戴文博出席签约仪式。")
    _, relations = run(full, text)
    signed = {m.text for r in relations if r.kind is RK.AGREEMENT
              for role, m in r.args if role == "signatory"}
    assert signed == set()


def test_signatories_go_to_the_agreement_before_them(full: Extractor) -> None:
    text = ("芜湖高新区与安徽工程大学签署战略合作协议。"
            "芜湖高新区管委会副主任唐宁与安徽工程大学副校长许砚代表双方签约。"
            "皖江智控有限公司与芜湖高新区管委会签订投资协议。")
    _, relations = run(full, text)
    signed = {(m.text, tuple(sorted(p.text for role2, p in r.args if role2 == "party")))
              for r in relations if r.kind is RK.AGREEMENT for role, m in r.args if role == "signatory"}
    assert {name for name, _ in signed} == {"唐宁", "许砚"}
    assert all(parties == ("安徽工程大学", "芜湖高新区") for _, parties in signed)


def test_signed_with_is_an_agreement_and_the_company_invests(full: Extractor) -> None:
    text = "会上，浙江澜舟储能科技有限公司与嘉兴经开区签约储能电池系统集成项目，总投资约15亿元。"
    _, relations = run(full, text)
    parties = [{m.text for role, m in r.args if role == "party"} for r in relations if r.kind is RK.AGREEMENT]
    assert {"浙江澜舟储能科技有限公司", "嘉兴经开区"} in parties
    assert ("储能电池系统集成项目", "浙江澜舟储能科技有限公司") in pairs(full, text, RK.INVESTOR)


def test_ceremony_and_counts_are_not_agreements(full: Extractor) -> None:
    text = "嘉兴经开区与长三角企业集中签约仪式举行，现场签约项目28个。"
    _, relations = run(full, text)
    assert [r for r in relations if r.kind is RK.AGREEMENT] == []


# ------------------------------------------------------------------------------ project subjects

def test_investor_left_unsaid_in_the_project_clause(full: Extractor) -> None:
    text = ("江西赣锋精工有限公司与宜春经开区管委会签订投资协议，"
            "将在宜春经开区建设精密齿轮生产基地，总投资约4亿元。")
    assert ("精密齿轮生产基地", "江西赣锋精工有限公司") in pairs(full, text, RK.INVESTOR)
    text = ("九江综合保税区管委会与赣北冷链物流有限公司签署合作框架协议，"
            "双方将在九江综合保税区共建保税冷链仓储中心项目，项目总投资约2亿元。")
    assert ("保税冷链仓储中心项目", "赣北冷链物流有限公司") in pairs(full, text, RK.INVESTOR)


def test_company_reference_before_a_project(full: Extractor) -> None:
    text = "在岳阳长炼新材料有限公司，公司董事长汤振华介绍，公司新建的高端树脂项目总投资5亿元。"
    assert ("高端树脂项目", "岳阳长炼新材料有限公司") in pairs(full, text, RK.INVESTOR)


def test_project_in_a_park_inside_a_zone_is_in_both(full: Extractor) -> None:
    text = "星穹生物有限公司将在武汉东湖高新区九峰生物产业园投资建设基因药物产业化基地，总投资10亿元。"
    zones = {z for p, z in pairs(full, text, RK.PROJECT_ZONE) if p == "基因药物产业化基地"}
    assert len(zones) == 2


# --------------------------------------------------------------------------------- parks and parts

def test_park_located_in_a_zone_is_part_of_it(full: Extractor) -> None:
    text = "位于苏州工业园区的星湖生物产业园集聚了120家企业。"
    assert ("星湖生物产业园", "苏州工业园区") in pairs(full, text, RK.PART_OF)
    assert pairs(full, "苏州工业园区的企业与星湖生物产业园合作。", RK.PART_OF) == set()


def test_listed_places_name_zones_that_are_core_areas(full: Extractor) -> None:
    text = ("长株潭国家自主创新示范区于2014年获批。长沙、株洲、湘潭三个国家高新区是示范区的核心区。")
    mentions, relations = run(full, text)
    zones = {m.text: m.canonical for m in mentions if m.cls is ET.ZONE}
    assert zones["株洲"] == full.lexicon.gazetteer.zone("株洲高新区").name
    parts = {(c, p) for c, p in pairs(full, text, RK.PART_OF)}
    assert {c for c, _ in parts} == {"长沙", "株洲", "湘潭"}
    assert {p for _, p in parts} == {"长株潭国家自主创新示范区"}


def test_elided_zone_names_are_no_labels(full: Extractor) -> None:
    from kg.resolve import resolve
    article = Article(id="a", source="t", text="成都、绵阳两个国家高新区入选。成都高新区将加快建设。")
    mentions, relations = full(article)
    entities = [e for e in resolve([article], mentions, relations) if e.cls is ET.ZONE]
    labels = {e.label: e.alt_labels for e in entities}
    assert "成都高新区" in labels and "成都" not in labels["成都高新区"]
    assert all("绵阳" not in alts for alts in labels.values())


def test_zone_keeps_a_district_written_without_its_suffix(full: Extractor) -> None:
    from kg.resolve import resolve
    article = Article(id="a", source="t", text="武汉东湖高新区（洪山）发布新政。武汉东湖高新区将设立基金。")
    mentions, relations = full(article)
    zone = next(e for e in resolve([article], mentions, relations) if e.cls is ET.ZONE)
    assert zone.label == "武汉东湖高新区（洪山）"
