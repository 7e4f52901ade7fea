"""Industry lists of the holdout9 round: 以A和B、C为主攻方向, two zones in one sentence
(X重点发展A和B，Y则聚焦C、D) with fields the vocabulary does not know, and 以A及B、C和D四大主导产业为支撑
(及 inside an item) — sentences written for these tests (other places and fields)."""

from __future__ import annotations

from extracting import pairs

from kg.extract import Extractor
from kg.model import RelationKind

RK = RelationKind


def test_a_list_of_fields_a_zone_takes_as_its_main_directions(full: Extractor) -> None:
    text = "嘉兴经开区管委会主任说，经开区将以光伏和储能装备、汽车电子为主攻方向，打造长三角制造高地。"
    found = pairs(full, text, RK.INDUSTRY)
    assert ("嘉兴经开区", "汽车电子") in found


def test_two_zones_of_one_sentence_each_take_their_own_unknown_fields(full: Extractor) -> None:
    text = "东营经济技术开发区重点发展盐化工新材料和港口物流，广饶经济开发区则聚焦盐碱地农业和现代种业。"
    found = pairs(full, text, RK.INDUSTRY)
    assert {("东营经济技术开发区", "盐化工新材料"), ("东营经济技术开发区", "港口物流")} <= found
    assert ("广饶经济开发区", "盐碱地农业") in found
    assert ("东营经济技术开发区", "现代种业") not in found


def test_unknown_words_after_a_verb_that_is_no_field_verb_are_no_fields(full: Extractor) -> None:
    text = "东营经济技术开发区将围绕产业链和创新链，推动园区高质量发展。"
    assert pairs(full, text, RK.INDUSTRY) == set()


def test_a_counted_list_after_yi_keeps_an_item_joined_by_ji(full: Extractor) -> None:
    text = "今年，芜湖经开区坚持以智能网联汽车及关键零部件、工业机器人和新型显示三大主导产业为支撑。"
    found = pairs(full, text, RK.INDUSTRY)
    assert {("芜湖经开区", "智能网联汽车及关键零部件"), ("芜湖经开区", "工业机器人"),
            ("芜湖经开区", "新型显示")} <= found


def test_work_a_zone_focuses_on_is_no_field(full: Extractor) -> None:
    for text in ("今年，东营经济技术开发区聚焦项目建设和招商引资，全力冲刺全年目标。",
                 "东营经济技术开发区将重点发展营商环境和服务保障。",
                 "东营经济技术开发区聚焦企业需求和群众关切，优化审批流程。"):
        assert pairs(full, text, RK.INDUSTRY) == set(), text
