"""Posts at city and party bodies, party-group titles and 公司 titles (sentences written for these tests)."""

from __future__ import annotations

from extracting import posts

from kg.extract import Extractor


def test_city_committee_member_keeps_the_committee(extractor: Extractor) -> None:
    text = "洛阳市委常委、洛阳高新区党工委书记岑志远主持会议。"
    assert posts(extractor, text) == [
        ("岑志远", "党工委书记", "洛阳高新技术产业开发区"),
        ("岑志远", "市委常委", "洛阳市委"),
    ]


def test_vice_mayor_is_a_post_at_the_city_government(extractor: Extractor) -> None:
    assert posts(extractor, "芜湖市副市长柯文静出席签约仪式。") == [("柯文静", "副市长", "芜湖市人民政府")]


def test_committee_and_government_titles_before_a_zone_title(extractor: Extractor) -> None:
    text = "株洲市委常委、副市长，株洲高新区党工委书记邝明辉出席并致辞。"
    assert posts(extractor, text) == [
        ("邝明辉", "党工委书记", "株洲高新技术产业开发区"),
        ("邝明辉", "副市长", "株洲市人民政府"),
        ("邝明辉", "市委常委", "株洲市委"),
    ]


def test_party_group_member_and_deputy_head_of_a_department(extractor: Extractor) -> None:
    text = "江西省科技厅党组成员、副厅长舒立平作动员讲话。"
    assert posts(extractor, text) == [
        ("舒立平", "党组成员", "江西省科学技术厅"),
        ("舒立平", "副厅长", "江西省科学技术厅"),
    ]


def test_company_title_goes_to_the_company_just_named(extractor: Extractor) -> None:
    text = "记者走访了湖北青禾药业股份有限公司。在青禾药业，公司董事长、总经理郑怀远介绍了新厂房。"
    assert posts(extractor, text) == [
        ("郑怀远", "总经理", "湖北青禾药业股份有限公司"),
        ("郑怀远", "董事长", "湖北青禾药业股份有限公司"),
    ]


def test_a_zone_deputy_head_stays_at_the_zone(extractor: Extractor) -> None:
    text = "株洲高新区副区长钟以恒介绍了园区情况。"
    assert posts(extractor, text) == [("钟以恒", "副区长", "株洲高新技术产业开发区")]


def test_a_city_government_title_stays_with_the_government(extractor: Extractor) -> None:
    assert posts(extractor, "株洲市政府副秘书长王海波主持会议。") == [("王海波", "副秘书长", "株洲市政府")]


def test_provincial_committee_and_government_titles(extractor: Extractor) -> None:
    assert posts(extractor, "湖南省委常委、副省长何立新出席。") == [
        ("何立新", "副省长", "湖南省人民政府"),
        ("何立新", "省委常委", "湖南省委"),
    ]


def test_a_unit_between_a_university_and_a_title_is_part_of_the_title(extractor: Extractor) -> None:
    text = "南昌高新区管委会副主任叶振华与南昌大学科技处处长严书宁代表双方签约。"
    assert ("严书宁", "科技处处长", "南昌大学") in posts(extractor, text)
    assert not [p for p in posts(extractor, text) if p[0] == "严书宁" and p[1] == "处长"]


def test_titles_after_in_company_comma_are_held_in_that_company(extractor: Extractor) -> None:
    text = ("考察组来到江西锐锋新材料股份有限公司（以下简称“锐锋新材”）。"
            "在锐锋新材，董事长、总经理李明川介绍了项目进展。")
    held = {(person, title) for person, title, org in posts(extractor, text)
            if org.startswith(("锐锋新材", "江西锐锋"))}
    assert held == {("李明川", "董事长"), ("李明川", "总经理")}
    assert posts(extractor, "在会上，董事长李明川介绍了进展。") == []


def test_district_head_after_the_district_committee_title(extractor: Extractor) -> None:
    # a district named only in full (宝山区, 东营区: no shorter form): 宝山区委 → 宝山区, its government
    text = "上海市委常委、宝山区委书记，宝山工业园区党工委书记陆远航，宝山区委副书记、区长戴秋实出席活动。"
    assert ("戴秋实", "区长", "宝山区人民政府") in posts(extractor, text)
    assert ("戴秋实", "区委副书记", "宝山区委") in posts(extractor, text)
    text = "东营高新区党工委副书记、管委会副主任，东营区委常委、副区长沈佩兰主持座谈会。"
    assert ("沈佩兰", "副区长", "东营区人民政府") in posts(extractor, text)
    text = "西安高新区党工委副书记、管委会副主任，雁塔区委常委、副区长沈佩兰主持座谈会。"
    assert ("沈佩兰", "副区长", "雁塔区人民政府") in posts(extractor, text)


def test_a_region_department_by_its_short_form(extractor: Extractor) -> None:
    text = "论坛由宁夏回族自治区科学技术厅主办。自治区科技厅副厅长马建功出席并致辞。"
    assert posts(extractor, text) == [("马建功", "副厅长", "宁夏回族自治区科学技术厅")]
    # no region in the story: 自治区科技厅 is nobody's
    assert posts(extractor, "论坛由江西省科学技术厅主办。自治区科技厅副厅长马建功出席。") == []


def test_a_foreign_group_by_its_short_name_and_a_regional_title(extractor: Extractor) -> None:
    text = ("长沙高新区与德国海林精密仪器集团签署投资协议。长沙高新区管委会副主任谢平与海林精密"
            "大中华区总经理安娜·施密特代表双方签约。")
    assert ("安娜·施密特", "大中华区总经理", "德国海林精密仪器集团") in posts(extractor, text)


def test_a_listed_company_by_its_two_characters_and_gufen(extractor: Extractor) -> None:
    text = ("湖南岳晟智能装备股份有限公司投资12亿元建设智能产线项目。"
            "长沙高新区管委会副主任谢平与岳晟股份董事长龙启明代表双方签约。")
    assert ("龙启明", "董事长", "湖南岳晟智能装备股份有限公司") in posts(extractor, text)


def test_a_correction_withdraws_the_post_it_quotes(extractor: Extractor) -> None:
    text = ("更正：本报5月3日第四版《两区联合招商》一文中，“芜湖高新区管委会主任钱慧敏”"
            "应为“芜湖高新区管委会副主任钱慧敏”。特此更正。")
    assert posts(extractor, text) == [("钱慧敏", "管委会副主任", "芜湖高新技术产业开发区")]
