"""Companies, projects, amounts, zones, parks, industries, events and programmes as real news writes them
(the holdout6 round; sentences written for these tests, with other places and companies)."""

from __future__ import annotations

import pytest
from extracting import found, pairs

from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind
from kg.resolve import resolve

ET = EntityType
RK = RelationKind


# ---------------------------------------------------------------------------------- companies

@pytest.mark.parametrize(("text", "company", "wrong"), [
    ("美国企业泰瑞森精密仪器集团在芜湖高新区投资建设传感器项目。", "泰瑞森精密仪器集团",
     "美国企业泰瑞森精密仪器集团"),
    ("行业龙头企业江淮恒力液压有限公司与合肥高新区签约。", "江淮恒力液压有限公司",
     "行业龙头企业江淮恒力液压有限公司"),
])
def test_a_country_or_kind_word_before_a_company_is_not_part_of_its_name(full: Extractor, text: str,
                                                                           company: str, wrong: str) -> None:
    companies = found(full, text, ET.COMPANY)
    assert company in companies
    assert wrong not in companies


def test_a_foreign_firm_without_a_legal_suffix_is_a_company_before_its_latin_name(full: Extractor) -> None:
    text = "苏州工业园区管委会与瑞典企业维斯塔动力（Vesta Power AB）签署合作备忘录。"
    assert "维斯塔动力" in found(full, text, ET.COMPANY)
    assert any("维斯塔动力" in p for p in pairs(full, text, RK.AGREEMENT)), pairs(full, text, RK.AGREEMENT)


def test_a_foreign_firm_without_a_legal_suffix_invests_in_its_project(full: Extractor) -> None:
    text = "今年5月，丹麦企业诺德风能（Nordvind A/S）投资3000万美元建设的叶片检测中心项目已在江阴高新区投产。"
    assert "诺德风能" in found(full, text, ET.COMPANY)
    assert ("叶片检测中心项目", "诺德风能") in pairs(full, text, RK.INVESTOR)


@pytest.mark.parametrize("text", [
    "德国企业家代表团参观了园区，美国企业普遍看好当地市场。",
    "近年来，德国企业在华投资持续增长，日本企业也加大了布局力度。",
    "由法国企业投资建设的研发中心今年投用。",
])
def test_a_country_word_inside_a_clause_gives_no_firm(full: Extractor, text: str) -> None:
    assert found(full, text, ET.COMPANY) == []


def test_a_subsidiary_after_its_parents_latin_name_and_zai_hua_is_a_suborg(full: Extractor) -> None:
    text = ("法国企业欧博莱照明集团（Aubelle Lighting）在华全资子公司欧博莱照明（常州）有限公司"
            "与常州高新区签订投资协议。")
    assert ("欧博莱照明（常州）有限公司", "欧博莱照明集团") in pairs(full, text, RK.SUBORG)


def test_a_parents_short_form_before_konggu_zigongsi_is_no_company_and_owns_the_next(full: Extractor) -> None:
    text = ("甘肃祁连新材料集团股份有限公司投资建设的铝箔项目在兰州新区开工。"
            "项目建成后由祁连新材料控股子公司祁连铝箔（兰州）有限责任公司负责运营。")
    companies = found(full, text, ET.COMPANY)
    assert not any(c.endswith("子公司") for c in companies), companies
    assert ("祁连铝箔（兰州）有限责任公司", "祁连新材料") in pairs(full, text, RK.SUBORG)


@pytest.mark.parametrize(("text", "company"), [
    ("会上，岳阳高新区与晶华微电子有限公司签约。", "晶华微电子有限公司"),  # jieba: 区|与晶|华…
    ("会上，岳阳市人民政府与晶华微电子有限公司签署战略合作协议。", "晶华微电子有限公司"),
    ("论坛期间，株洲高新区和湘江动力电池（长沙）有限公司签订投资协议。", "湘江动力电池（长沙）有限公司"),
])
def test_a_zone_or_body_joined_to_a_company_by_a_conjunction_is_no_part_of_its_name(
        full: Extractor, text: str, company: str) -> None:
    companies = found(full, text, ET.COMPANY)
    assert company in companies, companies
    assert not any("区" in c or "政府" in c for c in companies), companies


def test_a_latin_name_between_a_firm_and_its_project_is_the_firms_own(full: Extractor) -> None:
    text = ("去年，芬兰企业北极光电（Arctic Photonics Oy Ltd）投资1200万美元建设的激光测距模组项目"
            "在无锡高新区投产。")
    assert ("激光测距模组项目", "北极光电") in pairs(full, text, RK.INVESTOR)


# ----------------------------------------------------------------------------------- projects

@pytest.mark.parametrize(("text", "project"), [
    ("华芯半导体将投资12亿元建设Mini LED背光模组项目。", "Mini LED背光模组项目"),
    ("龙溪铜业有限公司投资2亿元建设的8微米电解铜箔项目已开工。", "8微米电解铜箔项目"),
    ("恒光电子有限公司投资40亿元建设的12英寸晶圆制造项目落户滁州高新区。", "12英寸晶圆制造项目"),
])
def test_a_project_name_may_open_with_latin_words_or_a_measure(full: Extractor, text: str,
                                                              project: str) -> None:
    projects = found(full, text, ET.PROJECT)
    assert project in projects, projects


def test_a_round_of_projects_signed_together_is_no_project(full: Extractor) -> None:
    text = "9日，九江经开区在赛城湖工业园举办新能源产业项目集中签约活动，5个项目现场签约。"
    assert not any(p.endswith("产业项目") for p in found(full, text, ET.PROJECT))


# -------------------------------------------------------------------------------------- parks

PARKS = "据介绍，龙泉工业园区与白沙工业园区、石门产业园区和生物医药产业园区共同构成郴州高新区“一区四园”格局。"


def test_parks_listed_as_the_parts_a_zone_is_made_of_are_parks_of_it(full: Extractor) -> None:
    zones = found(full, PARKS, ET.ZONE)
    for park in ("龙泉工业园区", "白沙工业园区", "石门产业园区", "生物医药产业园区"):
        assert park in zones, zones
        assert (park, "郴州高新区") in pairs(full, PARKS, RK.PART_OF)


def test_a_park_of_a_zone_in_another_city_is_not_placed_in_the_district_it_is_named_like(
        full: Extractor) -> None:
    located = pairs(full, PARKS, RK.LOCATED_IN)
    assert not any(pair[0] == "龙泉工业园区" for pair in located), located


def test_a_list_that_is_not_all_parks_gives_no_parks(full: Extractor) -> None:
    text = "园区企业与高校、科研院所和龙泉工业园区共同组成产业联盟。"
    assert "高校" not in found(full, text, ET.ZONE)
    assert pairs(full, text, RK.PART_OF) == set()


def test_a_park_of_a_zone_in_another_city_gets_no_city_from_the_gazetteer(full: Extractor) -> None:
    article = Article(id="a", source="t", text=PARKS)
    mentions, relations = full(article)
    located = {e.label: dict(e.attrs).get("located_in") for e in resolve([article], mentions, relations)
               if e.cls is ET.ZONE}
    assert located["龙泉工业园区"] is None, located
    assert "郴州市" in located.values(), located


def test_a_park_named_after_a_district_of_its_zones_city_keeps_its_place(full: Extractor) -> None:
    text = "据介绍，北湖工业园区与白沙工业园区共同构成郴州高新区“一区两园”格局。"
    article = Article(id="a", source="t", text=text)
    mentions, relations = full(article)
    located = {e.label: dict(e.attrs).get("located_in") for e in resolve([article], mentions, relations)
               if e.cls is ET.ZONE}
    assert located["北湖工业园区"] == "郴州市", located


# ------------------------------------------------------------------------------- industries

def test_industries_after_a_merged_zone_belong_to_the_zone_before_yi(full: Extractor) -> None:
    text = ("2019年，原湘潭经济技术开发区整体并入湘潭高新区，整合后的湘潭高新区以电子信息、装备制造和"
            "生物医药为主导产业。")
    industries = pairs(full, text, RK.INDUSTRY)
    assert ("湘潭高新区", "电子信息") in industries, industries
    assert not any(zone == "湘潭经济技术开发区" for zone, _ in industries), industries


def test_a_closer_in_mid_clause_ends_the_industry_list(full: Extractor) -> None:
    text = "刘明表示，高新区将围绕先进材料、精细化工和节能环保三大主导产业精准招商。"
    industries = found(full, text, ET.INDUSTRY)
    assert "节能环保" in industries, industries
    assert not any("招商" in i for i in industries), industries


@pytest.mark.parametrize("lead", ["依托", "围绕", "立足"])
def test_a_verb_leading_a_closed_industry_list_is_no_part_of_its_first_item(full: Extractor,
                                                                            lead: str) -> None:
    text = f"铜梁高新区负责人表示，该区将{lead}智能制造、新材料和电子信息三大主导产业，加快培育创新主体。"
    industries = found(full, text, ET.INDUSTRY)
    assert "智能制造" in industries, industries
    assert not any(i.startswith(lead) for i in industries), industries


def test_items_after_a_closer_stay_in_the_list(full: Extractor) -> None:
    text = "会议明确了培育发展光电信息、新材料、现代物流“三大主导产业”和节能环保“一个潜力产业”的发展方向。"
    industries = found(full, text, ET.INDUSTRY)
    assert "节能环保" in industries, industries


# -------------------------------------------------------------------------------------- zones

def test_a_bonded_zone_written_again_without_its_city_is_the_same_zone(full: Extractor) -> None:
    text = ("推介会在贵阳龙洞堡综合保税区举行。会上，贵州黔中精密仪器有限公司与龙洞堡综合保税区签订投资协议，"
            "在综保区内建设医疗器械生产项目。")
    agreements = pairs(full, text, RK.AGREEMENT)
    assert any("龙洞堡综合保税区" in a for a in agreements), agreements
    assert ("医疗器械生产项目", "龙洞堡综合保税区") in pairs(full, text, RK.PROJECT_ZONE)


# --------------------------------------------------------------------------------- programmes

def test_a_pilot_named_with_a_quoted_part_is_a_programme_its_zones_join(full: Extractor) -> None:
    text = ("今年3月，四川省科学技术厅印发《关于开展“一园一特色”创新示范试点工作的通知》，"
            "绵阳高新区、德阳高新区等4家高新区入选“一园一特色”创新示范试点。")
    policies = found(full, text, ET.POLICY)
    assert "“一园一特色”创新示范试点" in policies, policies
    joined = pairs(full, text, RK.PARTICIPATES)
    assert ("绵阳高新区", "“一园一特色”创新示范试点") in joined, joined
    assert ("德阳高新区", "“一园一特色”创新示范试点") in joined, joined


def test_a_quotation_closing_a_clause_is_no_part_of_a_pilot(full: Extractor) -> None:
    text = "会议提出“加快创新”。试点名单将于下月公布。"
    assert not any("加快创新" in p for p in found(full, text, ET.POLICY))


# ------------------------------------------------------------------------------------- events

@pytest.mark.parametrize(("text", "event"), [
    ("5月18日，嘉兴市氢能与储能产业重点项目观摩会在嘉兴经开区举行。", "嘉兴市氢能与储能产业重点项目观摩会"),
    ("6月2日，福建省海洋与渔业科技成果对接会在福州高新区举行。", "福建省海洋与渔业科技成果对接会"),
])
def test_an_event_named_after_its_city_keeps_a_yu_inside_its_name(full: Extractor, text: str,
                                                                  event: str) -> None:
    assert event in found(full, text, ET.EVENT)


def test_a_party_before_yu_is_no_part_of_an_event(full: Extractor) -> None:
    text = "会上，园区企业与高校院所产学研对接会同步举行。"
    assert not any(e.startswith("园区企业") for e in found(full, text, ET.EVENT))


# ------------------------------------------------------------------------------------ amounts

@pytest.mark.parametrize(("text", "value"), [
    ("此外，江西赣锋精工有限公司年产50万套新能源电机项目（6,800万元）等4个项目也在现场签约。", "68000000"),
    ("签约项目包括吉安鑫源光电有限公司背光模组项目（总投资3.2亿元）。", "320000000"),
])
def test_an_amount_in_brackets_after_a_project_is_its_investment(full: Extractor, text: str,
                                                                value: str) -> None:
    assert any(pair[-1] == value for pair in pairs(full, text, RK.AMOUNT)), pairs(full, text, RK.AMOUNT)


def test_a_bracketed_note_after_a_project_that_is_no_amount_gives_none(full: Extractor) -> None:
    text = "江西赣锋精工有限公司新能源电机项目（一期）已开工。"
    assert pairs(full, text, RK.AMOUNT) == set()


def test_a_zone_with_a_second_name_in_brackets_is_one_zone(full: Extractor) -> None:
    text = "9月8日，峰会在嘉兴国家高新区（秀洲科技城）开幕。嘉兴高新区管委会主任出席。"
    article = Article(id="a", source="t", text=text)
    mentions, relations = full(article)
    zones = [e for e in resolve([article], mentions, relations) if e.cls is ET.ZONE]
    assert len(zones) == 1, [(z.label, z.alt_labels) for z in zones]
    assert "秀洲科技城" not in found(full, text, ET.ZONE)


def test_a_bracketed_note_after_a_zone_that_is_no_park_name_stays_out(full: Extractor) -> None:
    text = "会议在嘉兴高新区（筹）召开。"
    assert "嘉兴高新区" in found(full, text, ET.ZONE)


def test_a_project_in_a_park_sited_in_a_zone_is_in_the_zone_too(full: Extractor) -> None:
    text = "恒康药业有限公司将在位于南宁高新区的生物医药产业园建设创新药制剂项目，总投资5亿元。"
    zones = {zone for project, zone in pairs(full, text, RK.PROJECT_ZONE)}
    assert {"南宁高新区", "生物医药产业园"} <= zones, zones


# --------------------------------------------------------------------------------- agreements

def test_a_company_signing_with_the_bare_kind_of_the_articles_zone_signs_with_the_zone(
        full: Extractor) -> None:
    text = ("9日，柳州高新区举行项目签约仪式。德国企业维克多传动集团在华全资子公司维克多传动（柳州）有限公司"
            "与高新区签订投资协议，投资2000万美元建设精密减速机项目。")
    agreements = pairs(full, text, RK.AGREEMENT)
    assert any("维克多传动（柳州）有限公司" in a and "高新区" in a for a in agreements), agreements


def test_the_bare_kind_of_another_kind_of_zone_is_no_side(full: Extractor) -> None:
    text = "9日，柳州经开区举行项目签约仪式。桂中精工有限公司与高新区签订投资协议。"
    assert pairs(full, text, RK.AGREEMENT) == set()


def test_a_pilot_of_a_quoted_reform_slogan_is_no_programme(full: Extractor) -> None:
    text = "会议强调，要深入推进“放管服”改革试点。"
    assert found(full, text, ET.POLICY) == []


def test_industries_after_a_joint_subject_are_not_the_second_zones_alone(full: Extractor) -> None:
    text = "湘潭高新区与湘潭经开区以智能制造为重点，加快产业转型。"
    assert ("湘潭经开区", "智能制造") not in pairs(full, text, RK.INDUSTRY)


@pytest.mark.parametrize(("text", "first"), [
    ("郴州高新区以稀土新材料、电子信息和装备制造三大产业为主导，加快转型升级。", "稀土新材料"),
    ("会上，市长表示，郴州高新区以创新为动力，推动稀土新材料、电子信息两大产业集群发展。",
     "稀土新材料"),
])
def test_yi_after_a_zone_and_tuidong_open_a_closed_industry_list(full: Extractor, text: str,
                                                                 first: str) -> None:
    industries = found(full, text, ET.INDUSTRY)
    assert first in industries, industries
    assert not any(i.startswith(("以", "推动")) for i in industries), industries


def test_the_last_closer_of_a_clause_ends_its_list(full: Extractor) -> None:
    text = "全区将围绕先进材料、精细化工两大主导产业和节能环保一个新兴产业开展招商。"
    industries = found(full, text, ET.INDUSTRY)
    assert "节能环保" in industries, industries
    assert not any("招商" in i for i in industries), industries
