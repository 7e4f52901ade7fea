"""Zones, industry lists, part_of, programmes and events: the holdout8 round's zone causes (sentences
written for these tests, with other places, fields and people than the set's).
"""

from __future__ import annotations

from extracting import run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def canonical_pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    """The arguments of each relation of a kind, by canonical name (the name the graph labels)."""
    _, relations = run(extractor, text)
    return {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind}


def zone_names(extractor: Extractor, text: str) -> dict[str, str]:
    """Each zone mention's text and its canonical name."""
    mentions, _ = run(extractor, text)
    return {m.text: m.canonical or m.text for m in mentions if m.cls is ET.ZONE}


# ------------------------------------------------------------ a zone named after the zone it lies in

def test_a_bonded_zone_named_after_its_new_area_is_a_zone_and_part_of_it(full: Extractor) -> None:
    text = ("6月18日，贵安新区上半年重点项目集中开工活动在贵安新区综合保税区举行。"
            "贵安新区将重点发展电子信息和大数据，新区综合保税区重点发展保税研发、跨境电商和保税维修。"
            "一批数据中心项目选址新区综合保税区南侧。")
    names = zone_names(full, text)
    assert names["贵安新区综合保税区"] == "贵安新区综合保税区"
    assert names["新区综合保税区"] == "贵安新区综合保税区"
    assert ("贵安新区综合保税区", "贵安新区") in canonical_pairs(full, text, RK.PART_OF)
    fields = canonical_pairs(full, text, RK.INDUSTRY)
    assert {("贵安新区综合保税区", "跨境电商"), ("贵安新区", "大数据")} <= fields
    assert ("贵安新区", "跨境电商") not in fields


def test_a_bonded_zone_named_after_a_city_zone_is_in_its_city(full: Extractor) -> None:
    text = "当天，南京江北新区综合保税区迎来首批入区企业。"
    assert ("南京江北新区综合保税区", "南京市") in canonical_pairs(full, text, RK.LOCATED_IN)


# -------------------------------------------------------- a provincial zone with a verb glued before it

def test_a_zone_name_after_a_glued_verb_starts_at_its_place(full: Extractor) -> None:
    text = ("毛集经济开发区为省级开发区，2018年由原毛集实验区整建制转为功能区，现称淮南毛集经济开发区。"
            "毛集经开区主攻绿色食品和新型建材。")
    names = zone_names(full, text)
    assert names["淮南毛集经济开发区"] == "淮南毛集经济开发区"
    assert names["毛集经济开发区"] == "淮南毛集经济开发区"
    assert names["毛集经开区"] == "淮南毛集经济开发区"  # X经济开发区 written X经开区
    assert ("淮南毛集经济开发区", "绿色食品") in canonical_pairs(full, text, RK.INDUSTRY)


def test_a_former_name_in_brackets_is_no_zone_of_its_own(full: Extractor) -> None:
    text = "衢州高新区（原衢江经济开发区）2013年经国务院批准升级为国家高新区。"
    assert "衢江经济开发区" not in zone_names(full, text)


# ------------------------------------------------------------------ industries: the zone of each list

def test_a_second_zones_list_after_ze_belongs_to_that_zone(full: Extractor) -> None:
    text = ("南昌高新区以航空制造和电子信息为主导产业，南昌经开区则重点发展汽车零部件、新材料和生物医药。")
    fields = canonical_pairs(full, text, RK.INDUSTRY)
    assert {("南昌经济技术开发区", "汽车零部件"), ("南昌经济技术开发区", "生物医药")} <= fields
    assert ("南昌高新技术产业开发区", "生物医药") not in fields


# ------------------------------------------------------------------------- generic phrases, no parks

def test_a_field_park_said_of_a_park_is_no_name(full: Extractor) -> None:
    text = ("项目落户岳阳经开区临港园区。"
            "临港园区是岳阳经开区的新材料产业园，以化工新材料和电子化学品为主导产业。")
    names = zone_names(full, text)
    assert "新材料产业园" not in names
    assert "临港园区" in names


def test_a_field_park_after_a_place_verb_keeps_its_name(full: Extractor) -> None:
    text = "双方将在位于襄阳高新区的新材料产业园共建研发中心。"
    assert "新材料产业园" in zone_names(full, text)


def test_a_verb_or_an_enclave_before_a_park_is_no_part_of_its_name(full: Extractor) -> None:
    text = ("遂宁高新区与射洪市人民政府签订共建飞地产业园合作协议。"
            "明年高新区将加快氢能装备产业园规划建设。")
    names = zone_names(full, text)
    assert "飞地产业园" not in names
    assert "氢能装备产业园" in names and "加快氢能装备产业园" not in names


def test_a_zone_opening_its_sentence_takes_the_list_of_a_later_clause(full: Extractor) -> None:
    text = ("盘锦高新区以石化装备和新材料为主导产业，近年来用地日趋紧张。"
            "大洼经济开发区是省级开发区，已形成船舶配套和粮油加工两大产业，土地资源较为充裕。")
    fields = canonical_pairs(full, text, RK.INDUSTRY)
    assert {("大洼经济开发区", "船舶配套"), ("大洼经济开发区", "粮油加工")} <= fields
    assert not any(zone.startswith("盘锦") and field == "粮油加工" for zone, field in fields)


def test_a_park_named_with_its_zone_and_written_again_alone_is_the_same_park(full: Extractor) -> None:
    text = ("项目落户东营经开区港城园区。港城园区是东营经开区的化工园区，以石油化工和化工新材料为主导产业。")
    mentions, _ = run(full, text)
    assert {m.canonical for m in mentions if m.text == "港城园区"} == {"东营经开区港城园区"}
    fields = canonical_pairs(full, text, RK.INDUSTRY)
    assert ("东营经开区港城园区", "化工新材料") in fields
    assert ("东营经济技术开发区", "化工新材料") not in fields


def test_a_park_named_with_its_zone_lies_in_the_zones_city(full: Extractor) -> None:
    text = "总投资八亿元的聚酰胺项目落户东营经开区港城园区。"
    assert ("东营经开区港城园区", "东营市") in canonical_pairs(full, text, RK.LOCATED_IN)


def industry_names(extractor: Extractor, text: str) -> set[str]:
    mentions, _ = run(extractor, text)
    return {m.canonical or m.text for m in mentions if m.cls is ET.INDUSTRY}


def test_a_list_after_zhuahao_and_a_material_with_its_alloys(full: Extractor) -> None:
    text = "宝鸡高新区今年将抓好钛材料、镁及镁合金两个产业集群建设。"
    names = industry_names(full, text)
    assert {"钛材料", "镁及镁合金"} <= names
    assert not any(name.startswith("抓好") for name in names) and "镁合金" not in names


def test_a_counted_slogan_in_quotes_is_no_industry(full: Extractor) -> None:
    text = "丽水经开区以半导体为首位产业，同时培育精密制造、健康医药和时尚产业，形成“一主三特”四大产业集群。"
    names = industry_names(full, text)
    assert "一主三特" not in names
    assert {"半导体", "精密制造"} <= names


def test_a_field_said_to_lead_in_an_interview_answer(full: Extractor) -> None:
    text = ("记者：园区今年的亮点是什么？\n"
            "周明远：前三季度，全区营业收入增长9.1%。生物医药是我们的首位产业，占工业总量的一半。")
    assert "生物医药" in industry_names(full, text)


def test_a_list_after_tongbu_fazhan(full: Extractor) -> None:
    text = "宜宾三江新区以动力电池为首位产业，同步发展智能终端和轨道交通，产业集聚效应初步显现。"
    fields = canonical_pairs(full, text, RK.INDUSTRY)
    assert {("宜宾三江新区", "智能终端"), ("宜宾三江新区", "轨道交通")} <= fields


# -------------------------------------------------------------------------------------- programmes

def test_a_programme_granted_to_the_bare_zone_and_the_body_said_after_it(full: Extractor) -> None:
    text = ("株洲高新区是湖南最早获批的国家级高新区之一。"
            "去年，高新区还获批国家知识产权示范园区，这是国家知识产权局对园区工作的肯定。")
    assert ("株洲高新技术产业开发区", "国家知识产权示范园区") in canonical_pairs(full, text, RK.PARTICIPATES)
    assert ("国家知识产权示范园区", "国家知识产权局") in canonical_pairs(full, text, RK.ISSUED_BY)


def test_a_quoted_programme_in_batches_before_a_candidate_list(full: Extractor) -> None:
    text = "今年5月，上虞经开区入选浙江省发展改革委公布的第二批“万亩千亿”新产业平台培育名单。"
    assert ("上虞经济技术开发区", "“万亩千亿”新产业平台") in canonical_pairs(full, text, RK.PARTICIPATES)
    issued = canonical_pairs(full, text, RK.ISSUED_BY)
    assert any(policy == "“万亩千亿”新产业平台" and body.startswith("浙江省发展") for policy, body in issued)


# ------------------------------------------------------------------------------------------ events

def event_names(extractor: Extractor, text: str) -> set[str]:
    mentions, _ = run(extractor, text)
    return {m.canonical or m.text for m in mentions if m.cls is ET.EVENT}


def test_a_cadres_meeting_of_the_zone_is_no_event(full: Extractor) -> None:
    assert not event_names(full, "张立新在高新区干部大会上表示，将全力抓好项目建设。")
    assert not event_names(full, "会上，宜宾三江新区全体干部大会传达了会议精神。")


def test_an_event_name_holding_ji_after_its_city(full: Extractor) -> None:
    text = "6月3日，常州新能源汽车及关键零部件产业（深圳）推介会在深圳举行。"
    assert event_names(full, text) == {"常州新能源汽车及关键零部件产业（深圳）推介会"}


# ------------------------------------------------------------------------------- bodies inside words

def body_names(extractor: Extractor, text: str) -> set[str]:
    mentions, _ = run(extractor, text)
    return {m.canonical or m.text for m in mentions if m.cls is ET.GOVERNMENT_BODY}


def test_a_two_character_abbreviation_inside_a_word_is_no_body(full: Extractor) -> None:
    assert "中共中央办公厅" not in body_names(full, "服务大厅为40家企业集中办理了开户手续。")
    assert "中共中央办公厅" in body_names(full, "日前，中办印发通知，部署相关工作。")


# ------------------------------------------------------------------------------------------ part_of

def test_a_zone_sited_in_a_new_area_is_part_of_it(full: Extractor) -> None:
    text = "位于南京江北新区的南京高新技术产业开发区昨日与一家企业签约。"
    assert ("南京高新技术产业开发区", "南京江北新区") in canonical_pairs(full, text, RK.PART_OF)


def test_two_zones_of_one_city_are_no_parts_of_each_other(full: Extractor) -> None:
    text = "位于长沙高新区的长沙经开区展厅昨日开放。"
    assert not canonical_pairs(full, text, RK.PART_OF)


def test_a_park_whose_next_clause_sites_it_in_the_bare_zone(full: Extractor) -> None:
    text = ("宜昌高新区是湖北省首批高新区之一。"
            "区里和一家国企合作，由其投资运营宜昌光电产业园，园区位于高新区白洋片区，主要承接中试项目。")
    assert ("宜昌光电产业园", "宜昌高新技术产业开发区") in canonical_pairs(full, text, RK.PART_OF)


def test_a_project_opening_with_a_bare_zone_kind_keeps_it(full: Extractor) -> None:
    text = "合肥经开区今天集中签约6个项目，综保区保税维修中心项目总投资3亿元。"
    mentions, _ = run(full, text)
    assert "综保区保税维修中心项目" in {m.text for m in mentions if m.cls is ET.PROJECT}
