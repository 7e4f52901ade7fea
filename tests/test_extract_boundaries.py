"""Boundaries of companies, projects and zones, and the relations read from them (sentences written here)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article, EntityType, Mention, Relation, RelationKind

ET = EntityType
RK = RelationKind


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    return Extractor(cache_dir=tmp_path_factory.mktemp("jieba"))


def run(extractor: Extractor, text: str) -> tuple[list[Mention], list[Relation]]:
    return extractor(Article(id="a", source="t", text=text))


def found(extractor: Extractor, text: str, cls: EntityType) -> list[str]:
    mentions, _ = run(extractor, text)
    return [m.text for m in mentions if m.cls is cls]


def pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    _, relations = run(extractor, text)
    return {tuple(m.text for _, m in r.args) for r in relations if r.kind is kind}


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
