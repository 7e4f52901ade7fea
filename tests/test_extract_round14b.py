"""The holdout14 round B: a zone's branch (X开发区Y分区) and a merged zone kept as an area (原A开发区作为其
B片区管理) as zones, with their parts, places, industries and projects: sentences written for these tests,
with other places, zones, firms and people than the set's."""

from __future__ import annotations

from extracting import found, pairs, run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


# ------------------------------------------------------------------ a zone's branch: X高新区Y分区

BRANCH = ("4月8日，上海张江高新技术产业开发区与嘉兴经济技术开发区签订合作协议。\n"
          "张江高新区嘉兴分区成立于2012年，是上海在浙江设立的首个合作园区，位于嘉兴经济技术开发区内，"
          "规划面积约3平方公里，主要发展集成电路、生物医药和人工智能产业。当天，上海晨曦光电有限公司与嘉兴分区"
          "签订投资协议，将投资6亿元建设晨曦激光器生产基地。")


def test_a_branch_of_a_named_zone_is_a_zone(extractor: Extractor) -> None:
    mentions, _ = run(extractor, BRANCH)
    branch = {m.canonical for m in mentions if m.cls is ET.ZONE and m.text == "嘉兴分区"}
    assert branch == {"张江高新区嘉兴分区"}


def test_a_branch_is_part_of_its_zone_and_of_the_zone_it_lies_in(extractor: Extractor) -> None:
    parts = pairs(extractor, BRANCH, RK.PART_OF)
    assert ("嘉兴分区", "张江高新区") in parts
    assert ("嘉兴分区", "嘉兴经济技术开发区") in parts  # …成立于…，是…，位于X开发区内


def test_a_branch_is_placed_in_the_city_its_name_opens_with(extractor: Extractor) -> None:
    assert ("嘉兴分区", "嘉兴") in pairs(extractor, BRANCH, RK.LOCATED_IN)


def test_a_branch_keeps_its_industries_and_project(extractor: Extractor) -> None:
    industries = pairs(extractor, BRANCH, RK.INDUSTRY)
    assert {("嘉兴分区", "集成电路"), ("嘉兴分区", "生物医药")} <= industries
    sites = pairs(extractor, BRANCH, RK.PROJECT_ZONE)
    assert ("晨曦激光器生产基地", "嘉兴分区") in sites


def test_a_common_word_before_fenqu_is_no_branch(extractor: Extractor) -> None:
    text = "嘉兴经济技术开发区按照功能分区推进规划建设，完善基础设施配套。"
    assert "功能分区" not in found(extractor, text, ET.ZONE)


def test_mainly_develops_lists_a_zones_industries(extractor: Extractor) -> None:
    text = "温州经济技术开发区成立于1992年，规划面积约20平方公里，主要发展电气装备、汽车零部件和新材料产业。"
    industries = pairs(extractor, text, RK.INDUSTRY)
    assert {("温州经济技术开发区", "电气装备"), ("温州经济技术开发区", "汽车零部件")} <= industries


# ------------------------------------------------------------------ a merged zone kept as an area (片区)

MERGER = ("经安徽省人民政府同意，芜湖经济技术开发区与芜湖三山经济开发区实施整合，整合后统一使用“芜湖经济技术"
          "开发区”名称，原芜湖三山经济开发区作为其三山片区管理。\n整合后，芜湖经济技术开发区将以汽车及零部件、"
          "电子信息为主导产业，三山片区重点发展光伏组件和新材料。挂牌当天，安徽恒远机械有限公司与三山片区签订"
          "投资协议，计划投资4亿元建设恒远智能装备制造基地。")


def test_the_former_zone_and_its_area_are_one_zone(extractor: Extractor) -> None:
    mentions, _ = run(extractor, MERGER)
    areas = {m.canonical for m in mentions if m.cls is ET.ZONE and m.text == "三山片区"}
    assert areas == {"芜湖三山经济开发区"}


def test_the_former_zone_is_part_of_the_merged_zone(extractor: Extractor) -> None:
    assert ("芜湖三山经济开发区", "芜湖经济技术开发区") in pairs(extractor, MERGER, RK.PART_OF)


def test_the_area_keeps_its_industries_agreement_and_project(extractor: Extractor) -> None:
    industries = pairs(extractor, MERGER, RK.INDUSTRY)
    assert ("三山片区", "光伏组件") in industries
    assert ("芜湖经济技术开发区", "光伏组件") not in industries
    assert ("恒远智能装备制造基地", "三山片区") in pairs(extractor, MERGER, RK.PROJECT_ZONE)


# ------------------------------------------------------------------ a company's production site without 项目

STARTED = ("4月20日，岳阳经济技术开发区举行重大项目集中开工仪式。其中，湖南振岳精密机械有限公司"
           "数控刀具生产基地总投资2.8亿元；湖南临港新材料有限公司的特种玻璃产业化项目总投资6000万元。")


def test_a_company_prefixed_production_site_is_a_project(extractor: Extractor) -> None:
    assert "数控刀具生产基地" in found(extractor, STARTED, ET.PROJECT)
    assert ("数控刀具生产基地", "湖南振岳精密机械有限公司") in pairs(extractor, STARTED, RK.INVESTOR)
    assert ("数控刀具生产基地", "岳阳经济技术开发区") in pairs(extractor, STARTED, RK.PROJECT_ZONE)
    assert ("数控刀具生产基地", "280000000") in pairs(extractor, STARTED, RK.AMOUNT)


def test_a_site_invested_in_keeps_its_project_name(extractor: Extractor) -> None:
    text = "浙江青禾纤维有限公司投资的碳纤维生产基地项目总投资9亿元，落户嘉兴经济技术开发区。"
    projects = found(extractor, text, ET.PROJECT)
    assert not [p for p in projects if p.startswith("投资的")]


# ------------------------------------------------------------ fields after the leading industry's clause

def test_fields_after_a_leading_industry_clause_are_the_zones(extractor: Extractor) -> None:
    text = ("周口经济技术开发区（以下简称周口经开区）以纺织服装为首位产业，"
            "重点发展功能面料、智能家纺和服装辅料。")
    industries = pairs(extractor, text, RK.INDUSTRY)
    assert {("周口经济技术开发区", "功能面料"), ("周口经济技术开发区", "服装辅料")} <= industries
