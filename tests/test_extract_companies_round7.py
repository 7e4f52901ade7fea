"""Companies, their investments and their short names as real news writes them (the holdout7 round;
sentences written for these tests, with other places and companies)."""

from __future__ import annotations

import pytest
from extracting import found, pairs

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


# ---------------------------------------------------------------------------------- companies

@pytest.mark.parametrize(("text", "company"), [
    ("日本丸和精工株式会社在苏州工业园区投资建设精密模具项目。", "日本丸和精工株式会社"),
    ("韩国大成化学株式会社投资2亿美元建设电解液项目。", "韩国大成化学株式会社"),
])
def test_a_kabushiki_kaisha_is_a_company(full: Extractor, text: str, company: str) -> None:
    assert company in found(full, text, ET.COMPANY)


def test_a_he_inside_a_name_after_one_character_is_the_names(full: Extractor) -> None:
    # 永和 / 丸和: a side of one character is no party of a 和
    text = "日本丸和精工株式会社通过其全资子公司丸和精工（苏州）有限公司投资5000万美元建设精密模具项目。"
    companies = found(full, text, ET.COMPANY)
    assert "丸和精工（苏州）有限公司" in companies
    assert "精工（苏州）有限公司" not in companies
    assert ("丸和精工（苏州）有限公司", "日本丸和精工株式会社") in pairs(full, text, RK.SUBORG)
    assert ("精密模具项目", "丸和精工（苏州）有限公司") in pairs(full, text, RK.INVESTOR)


@pytest.mark.parametrize("text", [
    "苏州高新区与江苏恒远新材料有限公司和苏州博华电子有限公司签约。",
    "他和苏州博华电子有限公司负责人进行了交流。",
    "区委书记并和苏州博华电子有限公司负责人座谈。",
])
def test_a_he_joining_parties_still_ends_a_name(full: Extractor, text: str) -> None:
    assert "苏州博华电子有限公司" in found(full, text, ET.COMPANY)


@pytest.mark.parametrize("verb", ["获评", "荣获", "被评为"])
def test_an_honour_won_in_quotes_is_no_company_and_no_project(full: Extractor, verb: str) -> None:
    text = f"常州高新区以新能源产业入选，{verb}“国家新型工业化产业示范基地”。"
    assert found(full, text, ET.COMPANY) == []
    assert found(full, text, ET.PROJECT) == []
    assert not pairs(full, text, RK.INVESTOR)


def test_a_company_before_its_quoted_project_still_is_one(full: Extractor) -> None:
    text = "常州恒瑞新能源有限公司“年产十万吨正极材料项目”在常州高新区开工。"
    assert "常州恒瑞新能源有限公司" in found(full, text, ET.COMPANY)


def test_a_firm_listed_beside_a_named_one_by_its_short_name(full: Extractor) -> None:
    text = ("龙头企业湖北楚岳重工股份有限公司去年产值突破百亿元。园区内集聚了楚岳重工、汉川液压、"
            "鄂江精工等30余家企业。")
    companies = found(full, text, ET.COMPANY)
    assert "汉川液压" in companies
    assert "鄂江精工" in companies


@pytest.mark.parametrize("text", [
    "园区内集聚了汉川液压、鄂江精工等30余家企业。",  # no firm of the list named: nothing to go by
    "湖北楚岳重工股份有限公司落户孝感。园区引进新能源、新材料、楚岳重工等企业。",  # industries: no firms
])
def test_a_list_of_words_before_deng_qiye_is_not_firms(full: Extractor, text: str) -> None:
    companies = found(full, text, ET.COMPANY)
    assert "汉川液压" not in companies
    assert "新能源" not in companies and "新材料" not in companies


# ---------------------------------------------------------------------------------- investors

def test_three_parties_will_push_a_project_its_company_invests(full: Extractor) -> None:
    text = ("5月6日，九江高新技术产业开发区、九江经济技术开发区与江西庐峰锂业有限公司签署战略合作框架协议，"
            "三方将共同推进总投资三十亿元的锂电池材料产业园项目。")
    assert ("锂电池材料产业园项目", "江西庐峰锂业有限公司") in pairs(full, text, RK.INVESTOR)
    zones = {z for p, z in pairs(full, text, RK.PROJECT_ZONE) if p == "锂电池材料产业园项目"}
    assert zones == {"九江高新技术产业开发区", "九江经济技术开发区"}


def test_a_bare_project_sited_in_a_zone_and_a_subsidiary_as_its_builder(full: Extractor) -> None:
    text = ("江西庐峰锂业有限公司与九江经开区签约锂电池材料产业园项目。根据协议，项目选址九江高新区，"
            "主要建设正极材料生产线。其全资子公司九江庐峰新能源有限公司将作为项目建设运营主体。")
    assert ("锂电池材料产业园项目", "九江高新区") in pairs(full, text, RK.PROJECT_ZONE)
    assert ("锂电池材料产业园项目", "九江庐峰新能源有限公司") in pairs(full, text, RK.INVESTOR)


def test_a_site_and_a_builder_need_a_project_named_before(full: Extractor) -> None:
    text = "根据规划，项目选址九江高新区。九江庐峰新能源有限公司将作为项目建设运营主体。"
    assert not pairs(full, text, RK.PROJECT_ZONE)
    assert not pairs(full, text, RK.INVESTOR)


def test_entrepreneurs_listed_are_no_firms(full: Extractor) -> None:
    text = "湖北楚岳重工股份有限公司落户孝感。楚岳重工、汪振华等企业家出席座谈会。"
    assert "汪振华" not in found(full, text, ET.COMPANY)


def test_a_kabushiki_kaisha_investing_in_a_park_invests_in_its_project(full: Extractor) -> None:
    text = "其中，韩国大成化学株式会社投资2亿美元，在中韩（烟台）产业园建设高性能电解液生产项目。"
    assert ("高性能电解液生产项目", "韩国大成化学株式会社") in pairs(full, text, RK.INVESTOR)


def test_a_foreign_group_by_its_short_name_invests(full: Extractor) -> None:
    text = ("烟台高新区与瑞士维森医疗器械集团签署投资协议。根据协议，维森医疗将投资1.5亿美元，"
            "在烟台高新区建设高端医疗器械生产基地。")
    assert ("高端医疗器械生产基地", "维森医疗") in pairs(full, text, RK.INVESTOR)  # the group's short form
    assert "维森医疗" in found(full, text, ET.COMPANY)
