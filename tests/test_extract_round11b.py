"""The holdout11 round's company, investor, zone, park, industry and project causes (q11b): sentences
written for these tests, with other places, fields and firms than the set's."""

from __future__ import annotations

from extracting import found, pairs, run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def canonical_pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    _, relations = run(extractor, text)
    return {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind}


# ------------------------------------------------- a Latin name with spaces, its Chinese name in brackets

def test_a_latin_name_with_spaces_and_its_bracketed_chinese_name_are_one_company(
        extractor: Extractor) -> None:
    text = ("今年5月，德国企业Blue Harbor Optics（蓝港光学有限公司）在高新区光电产业园投资5000万美元，"
            "建设激光镜片研发中心。")
    mentions, _ = run(extractor, text)
    firms = {m.text: m.canonical for m in mentions if m.cls is ET.COMPANY}
    assert firms == {"Blue Harbor Optics": "蓝港光学有限公司", "蓝港光学有限公司": "蓝港光学有限公司"}
    assert ("激光镜片研发中心", "蓝港光学有限公司") in pairs(extractor, text, RK.INVESTOR)


def test_a_latin_name_ending_in_inc_keeps_its_dot(extractor: Extractor) -> None:
    text = "美国Osprey Robotics Inc.（鱼鹰机器人公司）与苏州工业园区签订投资协议。"
    assert "Osprey Robotics Inc." in found(extractor, text, ET.COMPANY)


def test_a_latin_phrase_before_a_bracketed_word_that_is_no_company_is_no_company(
        extractor: Extractor) -> None:
    text = "高新区正在建设Smart Valley（智慧谷）创新街区，吸引科技企业入驻。"
    assert not found(extractor, text, ET.COMPANY)


# ------------------------------------------------------------------- investors of projects, more forms

def test_a_row_with_its_cells_apart_by_spaces_gives_its_investor(extractor: Extractor) -> None:
    text = ("项目名称：智能仓储机器人项目　投资方：杭州云擎智能装备有限公司　投资额：12亿元\n"
            "项目名称：锂电隔膜项目 投资方：江苏恒膜新材料科技有限公司 投资额：8亿元人民币\n")
    investors = pairs(extractor, text, RK.INVESTOR)
    assert investors == {("智能仓储机器人项目", "杭州云擎智能装备有限公司"),
                         ("锂电隔膜项目", "江苏恒膜新材料科技有限公司")}
    assert ("智能仓储机器人项目", "1200000000") in pairs(extractor, text, RK.AMOUNT)


def test_a_company_that_sets_up_a_subsidiary_invests_in_what_it_builds(extractor: Extractor) -> None:
    text = ("9月2日，美国Osprey Robotics Inc.（鱼鹰机器人公司）与苏州工业园区签订投资协议，"
            "在园区设立鱼鹰机器人（苏州）有限公司，注册资本1000万美元，建设协作机器人研发生产基地，"
            "项目总投资3.6亿元。")
    investors = canonical_pairs(extractor, text, RK.INVESTOR)
    assert ("协作机器人研发生产基地", "鱼鹰机器人公司") in investors


def test_a_company_that_expands_builds_the_new_project(extractor: Extractor) -> None:
    text = "台资企业鼎盛精密电子（昆山）有限公司增资扩产，新建高频连接器项目，投资近5亿元。"
    assert ("高频连接器项目", "鼎盛精密电子（昆山）有限公司") in pairs(extractor, text, RK.INVESTOR)
