"""The holdout13 round on zones, parks, industries and programmes (a park named 园 alone, a new zone formed
from former ones, a programme's whole name, a subject before a fund, three leading fields after 我们以):
sentences written for these tests, with other places, zones and firms than the set's."""

from __future__ import annotations

from extracting import found, pairs, posts

from kg.extract import Extractor, facts, names
from kg.model import Article, EntityType, RelationKind

ET = EntityType
RK = RelationKind


# ------------------------------------------------------------------------------------------ parks

def test_a_park_named_yuan_alone_defined_as_the_zones_core_park(extractor: Extractor) -> None:
    text = "据介绍，漳州高新区重点发展电子信息和新材料产业，蓝田园是高新区的核心园区。"
    assert "蓝田园" in found(extractor, text, ET.ZONE)
    assert ("蓝田园", "漳州高新区") in pairs(extractor, text, RK.PART_OF)


def test_a_park_defined_as_an_important_park_of_a_development_zone(extractor: Extractor) -> None:
    text = "芜湖经开区重点发展汽车产业，凤鸣园是经开区的重要园区之一。项目签约仪式在凤鸣园举行。"
    zones = found(extractor, text, ET.ZONE)
    assert zones.count("凤鸣园") == 2  # written again: the same park
    assert ("凤鸣园", "芜湖经开区") in pairs(extractor, text, RK.PART_OF)


def test_a_park_word_after_a_pronoun_is_no_park(extractor: Extractor) -> None:
    text = "芜湖经开区重点发展汽车产业，该园是经开区的重要园区之一。"
    assert found(extractor, text, ET.ZONE) == ["芜湖经开区"]


def test_defined_park_gate() -> None:
    """Every DEFINED_PARK match holds one of the words its scans test first."""
    for sentence in ("金湖园是高新区的核心园区", "北湖园为开发区重要组成部分", "东山园作为经开区的主体区域",
                     "西溪园系新区的特色板块"):
        match = names.DEFINED_PARK.search(sentence)
        assert match is not None
        assert any(word in sentence for word in ("园是", "园为", "园系", "园作为"))


# ------------------------------------------------------------------------------- reorganised zones

def test_a_new_area_formed_from_former_zones_holds_the_posts_fields_and_projects(
        extractor: Extractor) -> None:
    text = ("本报讯 日前，南通江海新区正式挂牌。江海新区由原南通经济技术开发区和南通滨江产业园整合设立。\n"
            "新区党工委副书记、管委会主任（主持工作）陈立新表示，新区将重点发展新能源、高端纺织产业。"
            "当天签约的氢能装备产业园项目总投资20亿元，落户新区。")
    assert ("陈立新", "党工委副书记", "南通江海新区") in posts(extractor, text)
    assert ("陈立新", "管委会主任", "南通江海新区") in posts(extractor, text)
    assert ("南通江海新区", "新能源") in pairs(extractor, text, RK.INDUSTRY)
    assert ("氢能装备产业园项目", "南通江海新区") in pairs(extractor, text, RK.PROJECT_ZONE)
    assert "南通经济技术开发区" in found(extractor, text, ET.ZONE)  # the former zone stays an entity


def test_a_new_area_that_took_over_former_zones_is_the_story_zone(extractor: Extractor) -> None:
    text = ("本报讯 日前，洛阳伊滨新区揭牌成立，新区整合原洛阳高新技术产业开发区和原伊川产业集聚区。"
            "新区党工委副书记、管委会副主任（主持工作）赵宏伟表示，将重点发展轴承、机器人产业。")
    assert ("赵宏伟", "管委会副主任", "洛阳伊滨新区") in posts(extractor, text)
    industries = pairs(extractor, text, RK.INDUSTRY)
    assert ("洛阳伊滨新区", "轴承") in industries
    assert not any(zone == "洛阳高新技术产业开发区" for zone, _ in industries)


def test_a_zone_merged_anew_under_a_former_ones_name_is_still_the_story_zone(extractor: Extractor) -> None:
    text = ("三年前，由原宜昌国家高新区和宜昌临港物流园区合并组建新的宜昌高新区。宜昌高新区党工委书记"
            "周明辉说，合并后形成了光电子信息、生物医药两大主导产业。")
    # the post's zone by the gazetteer's name
    assert ("周明辉", "党工委书记", "宜昌高新技术产业开发区") in posts(extractor, text)
    fields = {zone for zone, field in pairs(extractor, text, RK.INDUSTRY) if field == "生物医药"}
    assert fields == {"宜昌高新区"}


def test_former_zones_need_a_merger(extractor: Extractor) -> None:
    doc = extractor.doc(Article(id="a", source="t", text="原宜昌高新区管委会主任李明出席。"))
    assert facts.former_zones(doc, []) == frozenset()


# ------------------------------------------------------------------------------------- programmes

def test_a_listed_programme_keeps_its_kind_when_written_whole_again(extractor: Extractor) -> None:
    text = ("日前，江苏省科学技术厅、江苏省知识产权局联合印发"
            "《关于公布2020年度江苏省知识产权示范园区名单的通知》，常州高新区等4家园区入选江苏省知识产权示范园区。")
    policies = found(extractor, text, ET.POLICY)
    assert "江苏省知识产权示范" not in policies
    issued = pairs(extractor, text, RK.ISSUED_BY)
    assert ("江苏省知识产权示范园区", "江苏省科学技术厅") in issued
    assert ("江苏省知识产权示范园区", "江苏省知识产权局") in issued
    assert ("常州高新区", "江苏省知识产权示范园区") in pairs(extractor, text, RK.PARTICIPATES)


def test_a_fund_sought_by_a_subject_keeps_neither_subject_nor_verb(extractor: Extractor) -> None:
    text = "下一步，我委将积极争取自治区新材料产业发展专项资金，支持园区建设。"
    assert found(extractor, text, ET.POLICY) == ["自治区新材料产业发展专项资金"]


def test_a_region_department_puts_a_zone_on_a_designation(extractor: Extractor) -> None:
    text = "2020年，石河子经开区被自治区工业和信息化厅列入自治区新型工业化产业示范基地。"
    assert ("自治区新型工业化产业示范基地", "自治区工业和信息化厅") in pairs(extractor, text, RK.ISSUED_BY)


# ------------------------------------------------------------------------------------- industries

def test_three_leading_fields_after_we_take(extractor: Extractor) -> None:
    text = "王立军介绍：我们以生物制造、高端装备、数字创意为三大主导产业，今年新引进项目12个。"
    assert sorted(found(extractor, text, ET.INDUSTRY)) == ["数字创意", "生物制造", "高端装备"]


def test_a_bulletin_grows_three_leading_fields_for_its_zone(extractor: Extractor) -> None:
    text = ("1—6月，湘潭经济技术开发区实现工业总产值300亿元。"
            "园区持续壮大汽车及零部件、智能装备、电子信息三大主导产业。")
    industries = pairs(extractor, text, RK.INDUSTRY)
    assert {("湘潭经济技术开发区", f) for f in ("汽车及零部件", "智能装备", "电子信息")} <= industries
