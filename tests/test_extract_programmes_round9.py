"""Programmes named in quotes before their kind (“X”试点, “X”示范园区), funds set up under their name, and the
zones taking part (是…之一, a list one zone a line) — sentences written for these tests (other provinces,
bodies and zones)."""

from __future__ import annotations

from test_extract_programmes import run

from kg.extract import Extractor


def test_a_quoted_pilot_after_its_batch_is_issued_and_joined_by_the_zones_listed_one_a_line(
        extractor: Extractor) -> None:
    text = ("四川省科学技术厅日前印发《关于开展“科技金融对接”试点工作的通知》，"
            "确定首批“科技金融对接”试点国家高新区，共3家园区入选，分别是：\n绵阳高新区\n四川自贡高新技术产业开发区\n乐山高新区\n"
            "试点园区要在两年内建成科技金融服务平台。")
    policies, issued, joined = run(extractor, text)
    assert "“科技金融对接”试点" in policies
    assert ("“科技金融对接”试点", "四川省科学技术厅") in issued
    assert {("绵阳高新区", "“科技金融对接”试点"), ("四川自贡高新技术产业开发区", "“科技金融对接”试点"),
            ("乐山高新区", "“科技金融对接”试点")} <= joined


def test_a_zone_said_to_be_one_of_a_quoted_pilots_parks_takes_part(extractor: Extractor) -> None:
    text = ("座谈会上，市科技局负责人表示，襄阳高新区是科技部“企业创新积分”试点园区之一，"
            "今年将扩大积分贷规模。")
    policies, _, joined = run(extractor, text)
    assert "“企业创新积分”试点" in policies
    assert joined == {("襄阳高新区", "“企业创新积分”试点")}


def test_a_quoted_designation_of_a_first_batch_is_a_programme(extractor: Extractor) -> None:
    text = "今年6月，宜昌高新区入选湖北省经济和信息化厅公布的首批“数字化车间”示范园区。"
    policies, issued, joined = run(extractor, text)
    assert "“数字化车间”示范园区" in policies
    assert ("“数字化车间”示范园区", "湖北省经济和信息化厅") in issued
    assert ("宜昌高新区", "“数字化车间”示范园区") in joined


def test_a_quoted_slogan_pilot_nobody_is_selected_for_is_no_programme(extractor: Extractor) -> None:
    text = "近年来，宜昌高新区深入推进“拿地即开工”试点，项目审批时间压缩一半。"
    policies, _, joined = run(extractor, text)
    assert not any("拿地即开工" in p for p in policies)
    assert joined == set()


def test_a_fund_set_up_under_its_name_is_a_policy(extractor: Extractor) -> None:
    text = "第四条，设立芜湖高新区天使投资基金，首期规模2亿元，重点投向初创期科技企业。"
    policies, _, _ = run(extractor, text)
    assert "芜湖高新区天使投资基金" in policies


def test_a_fund_without_a_name_of_its_own_is_none(extractor: Extractor) -> None:
    for text in ("高新区将设立规模10亿元的产业基金，支持企业发展。",
                 "高新区联合银行设立产业投资基金，撬动社会资本。"):
        policies, _, _ = run(extractor, text)
        assert not any(p.endswith("基金") for p in policies), text


def test_a_fund_of_a_kind_without_its_place_is_no_policy(extractor: Extractor) -> None:
    policies, _, _ = run(extractor, "高新区将设立创业投资引导基金，重点支持种子期企业。")
    assert not any(p.endswith("基金") for p in policies)


def test_zones_listed_one_a_line_with_numbers_take_part(extractor: Extractor) -> None:
    text = ("日前，河南省科学技术厅确定首批“科技金融对接”试点园区，共2家园区入选，分别是：\n"
            "1.洛阳高新区\n2.河南新乡高新技术产业开发区\n各试点园区要加快建立工作机制。")
    _, _, joined = run(extractor, text)
    pilot = "“科技金融对接”试点"
    assert {("洛阳高新区", pilot), ("河南新乡高新技术产业开发区", pilot)} <= joined


def test_zones_listed_after_the_colon_in_the_same_sentence_take_part(extractor: Extractor) -> None:
    text = ("省科技厅近日印发通知，确定第三批“科技金融对接”试点国家高新区，共3家园区入选，"
            "分别是：绵阳高新区、乐山高新区和德阳高新区。")
    _, _, joined = run(extractor, text)
    pilot = "“科技金融对接”试点"
    assert {("绵阳高新区", pilot), ("乐山高新区", pilot), ("德阳高新区", pilot)} <= joined


def test_a_quoted_designation_keeps_its_level_and_may_be_a_pilot_area(extractor: Extractor) -> None:
    policies, _, joined = run(extractor, "襄阳高新区还是国家“双创”示范基地之一。")
    assert "国家“双创”示范基地" in policies and joined == {("襄阳高新区", "国家“双创”示范基地")}
    policies, _, joined = run(extractor, "宜昌高新区成功入选第二批“5G+工业互联网”融合应用先导区。")
    assert joined == {("宜昌高新区", "“5G+工业互联网”融合应用先导区")}
