"""Projects, their amounts and investors, parks and zone merging (sentences written for these tests)."""

from __future__ import annotations

import pytest
from extracting import found, pairs, run

from kg import resolve
from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind

ET = EntityType
RK = RelationKind


# ------------------------------------------------------------------------------------- names

@pytest.mark.parametrize(("text", "name"), [
    ("宜宾锂能材料有限公司年产2.5万吨正极材料项目本月试产。", "年产2.5万吨正极材料项目"),
    ("沧州澜海化工有限公司年产0.8万吨电子级双氧水项目已完成环评。", "年产0.8万吨电子级双氧水项目"),
])
def test_a_decimal_inside_a_project_name_keeps_its_left_edge(full: Extractor, text: str, name: str) -> None:
    assert found(full, text, ET.PROJECT) == [name]


@pytest.mark.parametrize("text", [
    "九江市副市长程远航宣布项目开工。",
    "芜湖高新区管委会主任许国梁宣布项目正式投产。",
    "镇江新区党工委书记陆文彬宣布项目签约。",
])
def test_an_official_announcing_is_no_project(full: Extractor, text: str) -> None:
    assert found(full, text, ET.PROJECT) == []
    assert found(full, text, ET.PERSON)


@pytest.mark.parametrize("text", [
    "今年以来，柳州高新区已引进新能源领域项目9个，总投资86亿元。",
    "绵阳经开区电子信息产业园首批15个项目集中开工，总投资72亿元。",
    "会上，嘉兴经开区第二批8个项目签约，总投资40亿元。",
])
def test_aggregate_projects_are_no_projects(full: Extractor, text: str) -> None:
    assert found(full, text, ET.PROJECT) == []
    assert pairs(full, text, RK.AMOUNT) == set()


# ----------------------------------------------------------------------------------- amounts

@pytest.mark.parametrize(("text", "project", "value"), [
    ("安徽岚桥新材料有限公司总投资18亿元的年产3万吨锂电隔膜项目已于5月投产。", "年产3万吨锂电隔膜项目",
     "1800000000"),
    ("其中，广西海汇物流有限公司投资2.6亿元建设的冷链物流中心项目已投入运营。", "冷链物流中心项目",
     "260000000"),
    ("湖北楚天精工有限公司计划投资5亿元的精密铸件项目年内开工。", "精密铸件项目", "500000000"),
])
def test_amount_written_before_the_project(full: Extractor, text: str, project: str, value: str) -> None:
    company = found(full, text, ET.COMPANY)[0]
    assert pairs(full, text, RK.AMOUNT) == {(project, value)}
    assert pairs(full, text, RK.INVESTOR) == {(project, company)}


# --------------------------------------------------------------------------------- investors

def test_passive_project_built_by_a_subsidiary(full: Extractor) -> None:
    text = ("5月8日，江西赣锋新材股份有限公司年产10万吨磷酸铁锂项目在宜春经开区开工。"
            "该项目由赣锋新材全资子公司宜春赣锋锂业科技有限公司投资建设，总投资36.5亿元，分三期实施。")
    mentions, relations = run(full, text)
    investors = {(r.args[0][1].text, r.args[1][1].text) for r in relations if r.kind is RK.INVESTOR}
    assert ("该项目", "宜春赣锋锂业科技有限公司") in investors
    amounts = {(r.args[0][1].text, r.value) for r in relations if r.kind is RK.AMOUNT}
    assert ("该项目", "3650000000") in amounts


def test_passive_project_resolves_to_the_project_named_before() -> None:
    from kg.resolve import resolve
    extractor = Extractor()
    text = ("3月2日，福建闽越电池科技股份有限公司年产8GWh动力电池项目在宁德高新区开工。"
            "该项目由闽越电池控股子公司宁德闽越储能有限公司投资建设，总投资52亿元。")
    article = Article(id="a", source="t", text=text)
    mentions, relations = extractor(article)
    entities = resolve([article], mentions, relations)
    projects = [e for e in entities if e.cls is ET.PROJECT]
    assert [p.label for p in projects] == ["年产8GWh动力电池项目"]


def test_company_signing_then_investing_is_the_investor(full: Extractor) -> None:
    text = "当天，苏州云启数据科技有限公司与苏州工业园区签署协议，投资12亿元建设算力调度中心项目。"
    assert pairs(full, text, RK.INVESTOR) == {("算力调度中心项目", "苏州云启数据科技有限公司")}
    assert pairs(full, text, RK.AMOUNT) == {("算力调度中心项目", "1200000000")}


def test_named_project_built_by_a_company(full: Extractor) -> None:
    text = "目前，智能网联测试场项目由重庆驰岳科技有限公司投资建设，计划投资7亿元。"
    assert ("智能网联测试场项目", "重庆驰岳科技有限公司") in pairs(full, text, RK.INVESTOR)


# ------------------------------------------------------------------------------------- parks

def test_park_named_after_its_zone_is_a_zone_and_part_of_it(full: Extractor) -> None:
    text = ("9月3日，宁夏银川经开区新材料园区首批9个项目集中开工，总投资41亿元。"
            "其中，宁夏贺兰化工有限公司年产3万吨电子化学品项目总投资6.2亿元。")
    mentions, relations = run(full, text)
    parks = [m for m in mentions if m.cls is ET.ZONE and m.text == "新材料园区"]
    assert parks and parks[0].canonical == "银川经开区新材料园区"
    assert pairs(full, text, RK.PART_OF) == {("新材料园区", "银川经开区")}
    zones = pairs(full, text, RK.PROJECT_ZONE)
    assert ("年产3万吨电子化学品项目", "新材料园区") in zones


@pytest.mark.parametrize("text", ["长沙高新区产业园区建设加快推进。", "株洲高新区各园区主要负责人参加会议。"])
def test_category_after_a_zone_is_no_park(full: Extractor, text: str) -> None:
    assert [m for m in found(full, text, ET.ZONE) if m.endswith("园区")] == []


@pytest.mark.parametrize("verb", ["揭牌", "正式开园", "落户"])
def test_park_unveiled_in_a_zone_is_part_of_it(full: Extractor, verb: str) -> None:
    text = f"10月9日，光谷智能传感产业园在武汉东湖新技术开发区{verb}。"
    assert pairs(full, text, RK.PART_OF) == {("光谷智能传感产业园", "武汉东湖新技术开发区")}


# ----------------------------------------------------------------------------- organisations

def test_its_subsidiary_is_a_suborg_of_the_company_just_named(full: Extractor) -> None:
    text = "一季度，襄阳汉江重工股份有限公司营收增长21%，其子公司襄阳汉江液压科技有限公司新建的生产线已投产。"
    assert pairs(full, text, RK.SUBORG) == {("襄阳汉江液压科技有限公司", "襄阳汉江重工股份有限公司")}


def test_zone_named_after_its_district_is_not_located_in_itself(full: Extractor) -> None:
    text = "浦东新区副区长韩立新出席活动。"
    places = {m.canonical for r in run(full, text)[1] if r.kind is RK.LOCATED_IN for role, m in r.args
              if role == "area"}
    assert "浦东新区" not in places


@pytest.mark.parametrize("text", ["苏州吴中经济技术开发区获评省级示范园区。",
                                  "合肥高新区建设了多个特色园区。", "西安高新区内的园区均已通电。"])
def test_a_clause_after_a_zone_is_no_park(full: Extractor, text: str) -> None:
    assert [m for m in found(full, text, ET.ZONE) if m.endswith("园区")] == []


def test_project_reference_with_amount_then_builder(full: Extractor) -> None:
    text = ("芜湖经开区新能源汽车零部件产业园项目开工。据了解，该项目总投资15亿元，"
            "由安徽瑞迈智能装备有限公司投资建设。")
    assert pairs(full, text, RK.AMOUNT) == {("该项目", "1500000000")}
    assert pairs(full, text, RK.INVESTOR) == {("该项目", "安徽瑞迈智能装备有限公司")}


def test_project_reference_never_doubles_an_amount(full: Extractor) -> None:
    text = "嘉善高新区光学膜材料项目总投资8亿元。该项目总投资中设备投资5亿元。"
    assert pairs(full, text, RK.AMOUNT) == {("光学膜材料项目", "800000000")}


def test_company_investing_then_building_in_the_next_clause(full: Extractor) -> None:
    text = "江西铜鑫材料有限公司拟投资6.8亿元，在鹰潭高新区建设年产10万吨铜箔项目。"
    assert pairs(full, text, RK.AMOUNT) == {("年产10万吨铜箔项目", "680000000")}
    assert pairs(full, text, RK.INVESTOR) == {("年产10万吨铜箔项目", "江西铜鑫材料有限公司")}


def test_the_latter_invests(full: Extractor) -> None:
    text = "宜昌高新区与湖北三峡云谷科技有限公司签约，后者将投资20亿元建设算力中心项目。"
    assert pairs(full, text, RK.INVESTOR) == {("算力中心项目", "湖北三峡云谷科技有限公司")}


def test_a_project_named_after_its_zone_keeps_the_printed_name_and_the_zone(full: Extractor) -> None:
    """郴州高新区电子信息产业园项目: the project is in the zone, and its fullest name is the printed one."""
    text = "郴州高新区电子信息产业园项目总投资15亿元。该项目由郴州高新产业投资有限公司建设。"
    article = Article(id="a", source="t", text=text)
    mentions, relations = full(article)
    assert ("电子信息产业园项目", "郴州高新区") in pairs(full, text, RK.PROJECT_ZONE)
    [project] = [e for e in resolve.resolve([article], mentions, relations) if e.cls is ET.PROJECT]
    assert project.label == "郴州高新区电子信息产业园项目"
    assert "电子信息产业园项目" in project.alt_labels
