"""Mention extractors, one family per test, on sentences written for these tests (news style)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor, names
from kg.extract.settle import longest_wins
from kg.model import Article, EntityType, Mention

ET = EntityType


@pytest.fixture(scope="module")
def plain() -> Extractor:
    """No jieba: one token per character, so these tests do not depend on jieba's dictionary."""
    return Extractor(tokenize=False)


def found(extractor: Extractor, text: str, cls: EntityType) -> list[str]:
    mentions, _ = extractor(Article(id="a", source="t", text=text))
    return [m.text for m in mentions if m.cls is cls]


def canon(extractor: Extractor, text: str, cls: EntityType) -> list[tuple[str, str | None]]:
    mentions, _ = extractor(Article(id="a", source="t", text=text))
    return [(m.text, m.canonical) for m in mentions if m.cls is cls]


def test_zones_keep_qualifier_and_get_full_names(plain: Extractor) -> None:
    text = "泸州高新区（龙马潭区）与芜湖国家高新区签署合作备忘录，全国高新区排名中绵阳高新区进位明显。"
    zones = canon(plain, text, ET.ZONE)
    assert zones[0][0] == "泸州高新区（龙马潭区）"
    assert ("芜湖国家高新区", plain.lexicon.gazetteer.zone("芜湖高新区").name) in zones
    assert [z for z, _ in zones] == ["泸州高新区（龙马潭区）", "芜湖国家高新区", "绵阳高新区"]


def test_zone_never_bare(plain: Extractor) -> None:
    assert found(plain, "该区将推动园区和高新区建设，全国高新区数量持续增加。", ET.ZONE) == []


def test_parks_by_suffix(full: Extractor) -> None:
    text = "以星河软件园、临港智造产业园等特色园区为载体，吸引企业入驻。"
    assert found(full, text, ET.ZONE) == ["星河软件园", "临港智造产业园"]


def test_bodies_place_department_and_gazetteer(plain: Extractor) -> None:
    text = "四川省发改委、商务部和德阳市委联合召开会议，市委、市政府高度重视。"
    bodies = canon(plain, text, ET.GOVERNMENT_BODY)
    assert [b for b, _ in bodies] == ["四川省发改委", "商务部", "德阳市委"]
    assert bodies[0][1] == "四川省发展和改革委员会"


def test_companies_full_short_and_before_quoted_project(full: Extractor) -> None:
    text = ("芜湖高新区与安徽岚山新材料股份有限公司签约。今年已引进星禾智造“新能源电机生产基地”、"
            "云桥集团“智慧物流产业园”等12个项目。岚山新材料表示将追加投资。")
    companies = canon(full, text, ET.COMPANY)
    assert ("安徽岚山新材料股份有限公司", "安徽岚山新材料股份有限公司") in companies
    assert ("星禾智造", "星禾智造") in companies
    assert ("云桥集团", "云桥集团") in companies
    assert ("岚山新材料", "安徽岚山新材料股份有限公司") in companies
    assert found(full, "该公司和龙头企业集团都很重视。", ET.COMPANY) == []


def test_short_forms_strip_suffix_and_place(plain: Extractor) -> None:
    doc = plain.doc(Article(id="a", source="t", text=""))
    assert names.short_forms(doc, "湖南锐泽动力科技有限公司")[:2] == ["湖南锐泽动力科技", "锐泽动力科技"]
    assert "锐泽动力" in names.short_forms(doc, "湖南锐泽动力科技有限公司")
    assert "澜图集团" in names.short_forms(doc, "澜图集团有限公司")


def test_compound_titles_split_and_names_whole(plain: Extractor) -> None:
    text = "泉州高新区党工委副书记、管委会主任顾明远表示，要抓好项目。顾明远说，服务要到位。"
    assert found(plain, text, ET.TITLE) == ["党工委副书记", "管委会主任"]
    assert found(plain, text, ET.PERSON) == ["顾明远", "顾明远"]


def test_three_titles_and_two_character_names(plain: Extractor) -> None:
    text = "温州高新区区委常委、管委会副主任、副区长蒋涛与星禾智造总经理覃晓签订协议。"
    assert found(plain, text, ET.TITLE) == ["区委常委", "管委会副主任", "副区长", "总经理"]
    assert found(plain, text, ET.PERSON) == ["蒋涛", "覃晓"]


def test_reporters_in_bylines_are_not_people(plain: Extractor) -> None:
    text = "（记者张晓琳）近日，襄阳高新区召开会议。 ▶ 李思远"
    assert found(plain, text, ET.PERSON) == []


def test_industries_from_list_structure(plain: Extractor) -> None:
    text = ("绵阳高新区将重点发展电子信息、新能源汽车和高端装备，"
            "已形成光伏材料、智能终端等两大百亿级产业集群。"
            "要聚焦堵点、痛点、难点。")
    assert found(plain, text, ET.INDUSTRY) == ["电子信息", "新能源汽车", "高端装备", "光伏材料", "智能终端"]


def test_industry_kept_whole_inside_list(plain: Extractor) -> None:
    text = "柳州高新区培育发展汽车整车及关键零部件、工业互联网“两大主导产业”和康养与文旅“一个潜力产业”。"
    assert found(plain, text, ET.INDUSTRY) == ["汽车整车及关键零部件", "工业互联网", "康养与文旅"]


def test_policies(plain: Extractor) -> None:
    text = ("四川省科技厅印发《关于推进园区数字化转型的实施意见》，"
            "绵阳高新区入选四川省首批数字化转型示范试点，"
            "获得“2024年园区数字化转型专项资金”支持。")
    assert found(plain, text, ET.POLICY) == [
        "关于推进园区数字化转型的实施意见", "四川省首批数字化转型示范试点", "2024年园区数字化转型专项资金"]


def test_projects_quoted_bare_and_listed(full: Extractor) -> None:
    text = ("双方将共同建设温州高新区（龙湾区）智能传感器产业园项目。"
            "截至目前，温州高新区已引进星禾智造“新能源电机生产基地”、"
            "瓯江数字港创新中心等32个项目，总投资260亿元。鼓励企业实施科技项目。")
    assert found(full, text, ET.PROJECT) == [
        "智能传感器产业园项目", "新能源电机生产基地", "瓯江数字港创新中心"]


def test_events_and_their_parts(plain: Extractor) -> None:
    text = "近日，2024长江中游科技合作论坛暨新材料产业对接会在宜昌高新区举行。会议提出，专家论坛要常态化。"
    events = canon(plain, text, ET.EVENT)
    assert [e for e, _ in events] == ["2024长江中游科技合作论坛暨新材料产业对接会"]
    mentions, _ = plain(Article(id="a", source="t", text=text))
    event = next(m for m in mentions if m.cls is ET.EVENT)
    assert ("alias", "新材料产业对接会") in event.attrs


def test_longest_span_wins_then_class_priority() -> None:
    short = Mention("云桥", ET.COMPANY, 0, 2)
    long = Mention("云桥集团", ET.COMPANY, 0, 4)
    park = Mention("智慧物流产业园", ET.ZONE, 5, 12)
    project = Mention("智慧物流产业园", ET.PROJECT, 5, 12)
    assert longest_wins([short, long, park, project]) == [long, project]


@pytest.mark.parametrize(("text", "name"), [
    ("湖州市副市长王建伟来到湖州高新区，高新区管委会主任李庆陪同调研。", "李庆"),
    ("镇江高新区党工委书记许文主持会议。", "许文"),
    ("扬州高新区管委会副主任周海调研企业。", "周海"),
    ("扬州高新区管委会副主任周海涛调研企业。", "周海涛"),
])
def test_a_name_leaves_a_two_character_verb_after_it_whole(full: Extractor, text: str, name: str) -> None:
    mentions, _ = full(Article(id="a", source="t", text=text))
    people = [m.text for m in mentions if m.cls is EntityType.PERSON]
    assert people[-1] == name


@pytest.mark.parametrize(("text", "company"), [
    ("宜春市国有资产投资经营集团有限公司与高新区签约。", "宜春市国有资产投资经营集团有限公司"),
    ("由洛阳市城市建设发展集团有限公司投资建设的项目开工。", "洛阳市城市建设发展集团有限公司"),
    ("芜湖市建设投资有限公司负责人出席。", "芜湖市建设投资有限公司"),
    ("深圳市政府投资华强科技有限公司。", "华强科技有限公司"),  # the government invests
    ("株洲市投资湖南天易科技有限公司。", "湖南天易科技有限公司"),  # a name led by its own place
    ("洛阳高新区投资建设河南天易科技有限公司。", "河南天易科技有限公司"),
])
def test_a_state_platform_keeps_the_trade_words_inside_its_name(full: Extractor, text: str,
                                                                 company: str) -> None:
    assert found(full, text, ET.COMPANY) == [company]
