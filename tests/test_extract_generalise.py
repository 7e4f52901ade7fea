"""Rules that generalise beyond the dev page: full-width text, subsidiaries, parks, company left edges,
investors by reference (sentences written for these tests)."""

from __future__ import annotations

import pytest
from extracting import found, pairs, run

from kg.extract import Extractor
from kg.extract.doc import fold_width
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


# ------------------------------------------------------------------------------------ full width

def test_width_folding_keeps_the_length_and_folds_only_digits_letters_and_decimal_points() -> None:
    text = "总投资１２．５亿元，建设ＡＩ平台。（一）"
    folded = fold_width(text)
    assert len(folded) == len(text)
    assert folded == "总投资12.5亿元，建设AI平台。（一）"
    assert fold_width("第一章．概述") == "第一章．概述"  # a point not between digits stays


def test_a_full_width_amount_is_read_whole(full: Extractor) -> None:
    text = "青岚智联科技有限公司车规级传感器产业化项目总投资３８．６亿元。"
    assert ("车规级传感器产业化项目", "3860000000") in pairs(full, text, RK.AMOUNT)


def test_a_project_name_keeps_its_full_width_latin_prefix(full: Extractor) -> None:
    text = "会上，栖霞智芯科技有限公司签约落户，其中，栖霞智芯６G光模块研发中心项目总投资１８亿元。"
    projects = found(full, text, ET.PROJECT)
    assert any(p.endswith("6G光模块研发中心项目") for p in projects), projects
    assert any(r[-1] == "1800000000" for r in pairs(full, text, RK.AMOUNT))


# ------------------------------------------------------------------------- company left edges

@pytest.mark.parametrize(("text", "company"), [
    ("签约项目分三类：一是青州澜海精工机械有限公司投资的数控机床项目。", "青州澜海精工机械有限公司"),
    ("三是黔东云栖数据服务有限公司投资建设的算力中心项目开工。", "黔东云栖数据服务有限公司"),
    ("其二，赣南恒瑞稀土材料有限公司扩建永磁材料项目。", "赣南恒瑞稀土材料有限公司"),
    ("首先，闽西华拓电子科技有限公司宣布增资。", "闽西华拓电子科技有限公司"),
])
def test_a_list_marker_is_never_part_of_a_company_name(full: Extractor, text: str, company: str) -> None:
    assert company in found(full, text, ET.COMPANY)
    assert not any(c.startswith(("一是", "三是", "其二", "首先")) for c in found(full, text, ET.COMPANY))


# ------------------------------------------------------------------------------- subsidiaries

@pytest.mark.parametrize(("text", "child", "parent"), [
    ("江汉恒通新材料股份有限公司（以下简称“恒通新材”）全资子公司荆门恒通膜材料有限公司投资建设的薄膜项目开工。",
     "荆门恒通膜材料有限公司", "江汉恒通新材料股份有限公司"),
    ("宁州澜石新材料有限公司另一家子公司宁州澜石光电有限公司同日签约。", "宁州澜石光电有限公司",
     "宁州澜石新材料有限公司"),
    ("山东泰禾精工机械有限公司年产减速机项目投产。泰禾精工是瑞士麦森传动集团在华设立的全资子公司。",
     "泰禾精工", "瑞士麦森传动集团"),
    ("黔南盛远化工有限公司落户园区，该公司是贵州磐石能源集团有限公司的控股子公司。", "黔南盛远化工有限公司",
     "贵州磐石能源集团有限公司"),
])
def test_stated_subsidiaries(full: Extractor, text: str, child: str, parent: str) -> None:
    _, relations = run(full, text)
    named = {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is RK.SUBORG}
    canonical = {tuple(m.text for _, m in r.args) for r in relations if r.kind is RK.SUBORG}
    assert (child, parent) in named | canonical


@pytest.mark.parametrize(("text", "child", "parent"), [
    ("青岛海纳智能科技有限公司为青岛海纳控股集团有限公司全资子公司。", "青岛海纳智能科技有限公司",
     "青岛海纳控股集团有限公司"),
    ("泉州恒安精密有限公司系福建恒安集团有限公司控股子公司。", "泉州恒安精密有限公司",
     "福建恒安集团有限公司"),
    ("安徽华菱汽车有限公司是华菱星马汽车（集团）股份有限公司旗下企业。", "安徽华菱汽车有限公司",
     "华菱星马汽车（集团）股份有限公司"),
    ("苏州纳芯微电子股份有限公司在苏州工业园区设立的全资子公司苏州纳芯传感科技有限公司正式投产。",
     "苏州纳芯传感科技有限公司", "苏州纳芯微电子股份有限公司"),
])
def test_subsidiaries_stated_with_wei_xi_or_a_place_of_setting_up(full: Extractor, text: str, child: str,
                                                                   parent: str) -> None:
    assert pairs(full, text, RK.SUBORG) == {(child, parent)}
    assert set(found(full, text, ET.COMPANY)) == {child, parent}  # 系/控股子公司 are no part of a name


def test_a_company_that_is_not_said_to_be_a_subsidiary_has_no_parent(full: Extractor) -> None:
    text = "黔南盛远化工有限公司与贵州磐石能源集团有限公司的子公司签约。"
    assert not pairs(full, text, RK.SUBORG)


# ------------------------------------------------------------------------------------- parks

def test_a_park_after_the_bare_kind_of_the_articles_zone_is_part_of_it(full: Extractor) -> None:
    text = ("南宁高新区举行招商推介会。广西桂芯数据科技有限公司将在高新区人工智能产业园投资建设算力中心项目。"
            "位于高新区内的南宁北斗导航产业园已集聚企业30家。南宁高新区管委会表示将加大支持。")
    found_pairs = pairs(full, text, RK.PART_OF)
    assert ("人工智能产业园", "南宁高新区") in found_pairs
    assert ("南宁北斗导航产业园", "南宁高新区") in found_pairs
    zones = {p[1] for p in pairs(full, text, RK.PROJECT_ZONE) if p[0] == "算力中心项目"}
    assert zones == {"人工智能产业园", "南宁高新区"}


def test_a_park_after_another_citys_zone_is_not_the_articles(full: Extractor) -> None:
    text = "南宁高新区举行招商推介会。南宁高新区还与柳州高新区签约。柳州高新区汽车产业园负责人出席。"
    assert ("汽车产业园", "南宁高新区") not in pairs(full, text, RK.PART_OF)


def test_a_named_zone_written_again_without_its_city_is_a_zone_and_its_park_is_part_of_it(
        full: Extractor) -> None:
    text = "威海火炬高新区举行签约活动。威海火炬高新区管委会主任出席。项目将落户火炬高新区东海科技城。"
    mentions, relations = run(full, text)
    short = [m for m in mentions if m.cls is ET.ZONE and m.text == "火炬高新区"]
    assert short and short[0].canonical == next(m.canonical for m in mentions if m.text == "威海火炬高新区")
    assert ("东海科技城", "火炬高新区") in pairs(full, text, RK.PART_OF)


def test_a_result_clause_before_a_generic_company_is_no_company(full: Extractor) -> None:
    text = "负责人表示，将把滨江基地建成公司全球最大的封装基地。"
    assert not found(full, text, ET.COMPANY)


# ---------------------------------------------------------------------------- ministry units

def test_a_ministrys_bureau_is_a_body_of_its_own_part_of_the_ministry_and_holds_the_title(
        full: Extractor) -> None:
    text = "工业和信息化部运行监测协调局局长孟庆华表示，将加强监测。"
    assert "工业和信息化部运行监测协调局" in found(full, text, ET.GOVERNMENT_BODY)
    assert ("工业和信息化部运行监测协调局", "工业和信息化部") in pairs(full, text, RK.SUBORG)
    assert ("孟庆华", "局长", "工业和信息化部运行监测协调局") in pairs(full, text, RK.POST)


def test_a_verb_after_a_ministry_is_no_unit(full: Extractor) -> None:
    text = "工业和信息化部近日印发通知，支持数据中心建设。"
    assert found(full, text, ET.GOVERNMENT_BODY) == ["工业和信息化部"]


# ---------------------------------------------------------------------------- investors by reference

def test_a_foreign_investor_without_a_legal_suffix_invests_in_the_project(full: Extractor) -> None:
    text = "签约项目中，一是本地企业增资扩产；二是德国博瑞资本投资的精密轴承研发中心项目，总投资5000万欧元。"
    assert "德国博瑞资本" in found(full, text, ET.COMPANY)
    assert ("精密轴承研发中心项目", "德国博瑞资本") in pairs(full, text, RK.INVESTOR)


def test_a_country_inside_a_clause_is_no_investor(full: Extractor) -> None:
    text = "园区对标美国硅谷投资的创新生态项目正在规划。"
    assert not found(full, text, ET.COMPANY)


def test_enterprise_as_the_subject_of_a_clause_is_the_company_just_named(full: Extractor) -> None:
    text = ("调研组来到江西赣锋新能科技有限公司，察看生产车间。赣锋新能总经理刘建平介绍，"
            "企业在新余高新区投资8亿元建设的固态电池隔膜项目已投产。")
    _, relations = run(full, text)
    investors = {(dict(r.args)["project"].text, dict(r.args)["company"].canonical) for r in relations
                 if r.kind is RK.INVESTOR}
    assert investors == {("固态电池隔膜项目", "江西赣锋新能科技有限公司")}


def test_a_subsidiary_that_signs_and_then_builds_is_the_investor(full: Extractor) -> None:
    text = ("同日，川岳重工集团有限公司旗下的绵阳川岳储能科技有限公司与绵阳经开区签订投资协议，"
            "在经开区建设年产2万套储能变流器项目，总投资6.5亿元。")
    assert pairs(full, text, RK.INVESTOR) == {("年产2万套储能变流器项目", "绵阳川岳储能科技有限公司")}


def test_a_project_listed_after_qizhong_is_in_the_zone_of_the_sentence_it_details(full: Extractor) -> None:
    text = ("长沙高新区是湘江新区的核心区。湘江新区多次举办活动，湘江新区管委会出席。"
            "会上，湖南星瀚光电科技有限公司等８家企业与长沙高新区签约。其中，星瀚光电激光雷达研发总部项目总投资１５亿元。")
    zones = {z for p, z in pairs(full, text, RK.PROJECT_ZONE) if p.endswith("激光雷达研发总部项目")}
    assert zones == {"长沙高新区"}


def test_each_zone_of_a_list_of_full_names_is_located_in_its_county(full: Extractor) -> None:
    text = "湖南省政府批复设立常宁高新技术产业园区、祁东高新技术产业园区、耒阳高新技术产业园区。"
    located = {(z, a) for z, a in pairs(full, text, RK.LOCATED_IN)}
    assert {("常宁高新技术产业园区", "常宁"), ("祁东高新技术产业园区", "祁东"),
            ("耒阳高新技术产业园区", "耒阳")} <= located


def test_a_town_park_inside_the_articles_zone_is_part_of_it(full: Extractor) -> None:
    text = "杭州高新区内的物联网小镇已集聚企业200家。位于高新区的白马湖小镇正在建设。杭州高新区将继续招商。"
    assert {("物联网小镇", "杭州高新区"), ("白马湖小镇", "杭州高新区")} <= pairs(full, text, RK.PART_OF)
    assert "特色小镇" not in found(full, "杭州高新区将打造一批特色小镇。", ET.ZONE)


def test_a_declared_short_name_is_the_company_wherever_it_is_written(full: Extractor) -> None:
    text = ("江汉恒通新材料股份有限公司（以下简称“恒通新材”）全资子公司荆门恒通膜材料有限公司"
            "投资建设的薄膜项目开工。恒通新材董事长王立强出席。")
    mentions, _ = run(full, text)
    shorts = [m for m in mentions if m.cls is ET.COMPANY and m.text == "恒通新材"]
    assert len(shorts) == 2 and {m.canonical for m in shorts} == {"江汉恒通新材料股份有限公司"}
    assert ("王立强", "董事长", "恒通新材") in pairs(full, text, RK.POST)


def test_zones_named_by_place_and_name_before_a_short_designation(full: Extractor) -> None:
    text = "台州湾新区、温州湾新区、金华新兴产业集聚区入选。杭州将建设新区。"
    zones = found(full, text, ET.ZONE)
    assert zones == ["台州湾新区", "温州湾新区", "金华新兴产业集聚区"]
    assert ("金华新兴产业集聚区", "金华") in pairs(full, text, RK.LOCATED_IN)


def test_a_park_after_a_verb_and_the_bare_kind_is_part_of_the_articles_zone(full: Extractor) -> None:
    text = "株洲高新区举办推介会。株洲高新区管委会介绍，项目落户高新区新马工业园。"
    assert ("新马工业园", "株洲高新区") in pairs(full, text, RK.PART_OF)


@pytest.mark.parametrize("sentence", [
    "公司将投资3亿元，在麓谷建设激光雷达产业化项目。",
    "据悉，该企业还将在园区新建激光雷达产业化项目。",
])
def test_a_sentence_about_the_company_just_named_gives_it_its_project(full: Extractor, sentence: str) -> None:
    text = "长沙高新区签约湖南星联科技有限公司。" + sentence
    assert pairs(full, text, RK.INVESTOR) == {("激光雷达产业化项目", "湖南星联科技有限公司")}


def test_enterprises_in_general_invest_in_nothing(full: Extractor) -> None:
    text = "长沙高新区签约湖南星联科技有限公司。园区企业在麓谷建设激光雷达产业化项目。"
    assert not pairs(full, text, RK.INVESTOR)


def test_a_project_name_may_open_with_a_full_width_latin_word(full: Extractor) -> None:
    text = "南昌华芯光电有限公司ＭｉｎｉＬＥＤ显示模组项目总投资１，２００万元。"
    assert pairs(full, text, RK.AMOUNT) == {("MiniLED显示模组项目", "12000000")}
    assert pairs(full, text, RK.INVESTOR) == {("MiniLED显示模组项目", "南昌华芯光电有限公司")}


def test_a_report_of_a_signing_round_with_a_declared_short_name_a_subsidiary_and_a_foreign_investor(
        full: Extractor) -> None:
    text = ("４月１８日，太原高新区重大项目集中签约仪式举行。"
            "其中，山西晋芯半导体科技股份有限公司（以下简称“晋芯科技”）全资子公司太原晋芯光电有限公司投资建设的高速光芯片产业化项目总投资１８亿元；"
            "荷兰飞腾资本投资的功率器件封测项目总投资５亿美元。位于高新区内的汾河软件城已集聚企业３００余家。")
    assert pairs(full, text, RK.INVESTOR) == {("高速光芯片产业化项目", "太原晋芯光电有限公司"),
                                              ("功率器件封测项目", "荷兰飞腾资本")}
    assert ("高速光芯片产业化项目", "1800000000") in pairs(full, text, RK.AMOUNT)
    assert ("太原晋芯光电有限公司", "晋芯科技") in pairs(full, text, RK.SUBORG)
    assert ("汾河软件城", "太原高新区") in pairs(full, text, RK.PART_OF)


def test_a_title_after_a_national_body_with_a_unit_on_the_gazetteer_is_held_there(full: Extractor) -> None:
    text = "科技部火炬中心主任林海川出席。"
    assert ("林海川", "主任", "科技部火炬中心") in pairs(full, text, RK.POST)


def test_ministry_units_before_a_verb_are_bodies(full: Extractor) -> None:
    text = "财政部经济建设司、工业和信息化部运行监测协调局联合印发通知。"
    assert {("财政部经济建设司", "财政部"), ("工业和信息化部运行监测协调局", "工业和信息化部")} <= \
        pairs(full, text, RK.SUBORG)


@pytest.mark.parametrize("reference", ["该企业", "这家企业", "公司"])
def test_a_title_after_a_reference_to_the_company_just_named_is_held_there(full: Extractor,
                                                                         reference: str) -> None:
    text = f"调研组走进湖南星联科技有限公司，{reference}董事长刘建国介绍了研发情况。"
    assert pairs(full, text, RK.POST) == {("刘建国", "董事长", "湖南星联科技有限公司")}


def test_generic_companies_in_a_sentence_are_no_companies(full: Extractor) -> None:
    text = "项目投产后将带动公司营收增长。园区帮助初创公司成长，吸引头部企业落户。"
    assert not found(full, text, ET.COMPANY)


def test_a_kind_of_company_before_a_name_is_not_part_of_it(full: Extractor) -> None:
    text = "省属国有企业湘江投资集团参与投资，北京华宇信息服务有限公司签约。"
    assert found(full, text, ET.COMPANY) == ["湘江投资集团", "北京华宇信息服务有限公司"]


@pytest.mark.parametrize("gap", ["下辖的", "所属的", "内的"])
def test_a_park_under_a_named_zone_is_part_of_it(full: Extractor, gap: str) -> None:
    text = f"柳州高新区{gap}汽车零部件产业园新引进企业１２家。"
    assert pairs(full, text, RK.PART_OF) == {("汽车零部件产业园", "柳州高新区")}


def test_a_one_character_county_inside_a_word_is_no_place(full: Extractor) -> None:
    """范县, 高县, 成县, 索县 are counties, but 示范县, 提高县级, 形成县域, 探索县域 name none of them."""
    text = "该县获评示范县，提高县级统筹能力，形成县域特色，探索县域经济新路。"
    assert found(full, text, ET.AREA) == []
    text = "范县人民政府与企业签约，歙县经济开发区新引进项目3个，索县地处藏北。"
    assert {"歙县", "索县"} <= set(found(full, text, ET.AREA))
    assert "歙县经济开发区" in found(full, text, ET.ZONE)
