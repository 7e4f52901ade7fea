"""The holdout13 round's project causes (sites built after an amount in words, by a company's own
investment, by two firms together): sentences written for these tests, with other places, zones and firms
than the set's."""

from __future__ import annotations

from extracting import run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def amounts_and_investors(extractor: Extractor,
                          text: str) -> tuple[set[tuple[str, str]], set[tuple[str, ...]]]:
    """(project, yuan) of each amount and (project, company) of each investor."""
    _, relations = run(extractor, text)
    amounts = {(dict(r.args)["project"].text, r.value) for r in relations if r.kind is RK.AMOUNT}
    investors = {tuple(m.text for _, m in r.args) for r in relations if r.kind is RK.INVESTOR}
    return amounts, investors


def test_a_site_built_after_an_amount_in_words_is_a_project(extractor: Extractor) -> None:
    text = ("惠州仲恺高新区管委会与深圳远航新材料有限公司签署投资协议，后者将投资八亿元，"
            "在仲恺高新区建设高性能薄膜研发生产基地。")
    amounts, investors = amounts_and_investors(extractor, text)
    assert amounts == {("高性能薄膜研发生产基地", "800000000")}
    assert investors == {("高性能薄膜研发生产基地", "深圳远航新材料有限公司")}


def test_a_site_a_company_builds_with_its_own_investment_is_a_project(extractor: Extractor) -> None:
    text = "一季度，苏州相城城投发展集团有限公司投资建设的氢能装备检测基地总投资4.5亿元。"
    amounts, investors = amounts_and_investors(extractor, text)
    assert amounts == {("氢能装备检测基地", "450000000")}
    assert investors == {("氢能装备检测基地", "苏州相城城投发展集团有限公司")}


def test_a_site_built_by_no_company_is_no_project_of_that_form(extractor: Extractor) -> None:
    text = "一季度，区里投资建设的氢能装备检测基地总投资4.5亿元。"
    mentions, _ = run(extractor, text)
    assert not [m for m in mentions if m.cls is ET.PROJECT]


def test_two_firms_that_sign_and_build_together_both_invest(extractor: Extractor) -> None:
    text = ("昨日，开发区国有平台公司湖州南太湖新区建设发展集团有限公司与浙江远帆航空科技有限公司"
            "签订合作协议，共同建设无人机试飞基地，总投资十二亿元。")
    _, relations = run(extractor, text)
    investors = {dict(r.args)["company"].text for r in relations if r.kind is RK.INVESTOR}
    assert investors == {"湖州南太湖新区建设发展集团有限公司", "浙江远帆航空科技有限公司"}


def test_a_firm_that_signs_with_a_zone_alone_builds_alone(extractor: Extractor) -> None:
    text = "昨日，嘉兴经开区与浙江远帆航空科技有限公司签订合作协议，共同建设无人机试飞基地，总投资十二亿元。"
    _, relations = run(extractor, text)
    investors = {dict(r.args)["company"].text for r in relations if r.kind is RK.INVESTOR}
    assert investors <= {"浙江远帆航空科技有限公司"}
