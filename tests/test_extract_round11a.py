"""The holdout11 round's people and posts causes (q11a): sentences written for these tests, with other
places and people than the set's."""

from __future__ import annotations

from extracting import found, pairs, posts, run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind

# ------------------------------------------------ a cadre's profile in a 任前公示 (现任 held, 拟任 not yet)

NOTICE = ("根据《党政领导干部选拔任用工作条例》有关规定，现将拟提拔任用的干部情况予以公示：\n"
          "赵卫东，男，汉族，1974年5月生，大学学历，现任宜宾市科学技术局副局长，拟任宜宾三江新区党工委委员、"
          "管委会副主任。\n"
          "孙雅琴，女，彝族，1981年2月生，研究生学历，现任宜宾市翠屏区人民政府副区长，拟任宜宾三江新区管委会副主任"
          "（挂职两年）。\n"
          "公示期为2022年6月6日至6月12日。\n中共宜宾市委组织部\n2022年6月5日")


def test_a_profile_line_holds_the_posts_after_xianren(extractor: Extractor) -> None:
    held = posts(extractor, NOTICE)
    assert ("赵卫东", "副局长", "宜宾市科学技术局") in held
    assert ("孙雅琴", "副区长", "翠屏区人民政府") in held


def test_the_posts_after_niren_are_not_held_yet(extractor: Extractor) -> None:
    held = posts(extractor, NOTICE)
    assert {person for person, _, _ in held} == {"赵卫东", "孙雅琴"}
    assert not any(title.endswith("管委会副主任") or title == "党工委委员" for _, title, _ in held)


def test_the_profiles_people_and_the_notices_issuer(extractor: Extractor) -> None:
    mentions, _ = run(extractor, NOTICE)
    people = {m.text for m in mentions if m.cls is ET.PERSON}
    assert {"赵卫东", "孙雅琴"} <= people
    bodies = {m.canonical or m.text for m in mentions if m.cls is ET.GOVERNMENT_BODY}
    assert any(body.endswith("宜宾市委组织部") or body.endswith("宜宾市委员会组织部") for body in bodies)


def test_a_profile_without_xianren_holds_no_post(extractor: Extractor) -> None:
    text = "钱立新，男，汉族，1980年9月生，大学学历，拟任宜宾三江新区管委会副主任。"
    assert posts(extractor, text) == []


# ------------------------------------------------ 任命X（女，满族）为…: a note between the name and 为

def test_a_note_between_the_appointees_name_and_wei_keeps_the_post(extractor: Extractor) -> None:
    text = ("经市人民政府研究决定：\n任命刘海峰为承德高新技术产业开发区管理委员会主任；\n"
            "任命关淑芬（女，满族）为承德高新技术产业开发区管理委员会副主任（挂职，时间两年）；\n"
            "免去郑国强的承德高新技术产业开发区管理委员会主任职务。")
    held = posts(extractor, text)
    assert ("关淑芬", "副主任", "承德高新技术产业开发区") in held
    assert ("刘海峰", "主任", "承德高新技术产业开发区") in held
    people = found(extractor, text, ET.PERSON)
    assert "关淑芬" in people and not any("（" in name or "女" in name for name in people)


def test_a_note_before_wei_after_a_comma(extractor: Extractor) -> None:
    text = "会议决定，任命韩晓东为承德高新区管委会主任，任命白玉（女）为承德高新区管委会副主任。"
    held = {(person, title) for person, title, _ in posts(extractor, text)}
    assert ("白玉", "管委会副主任") in held or ("白玉", "副主任") in held


# ------------------------------------------------ a correction line: the right post replaces the printed one

SIGNED = ("本报讯 5月9日，绵阳高新区与江油市人民政府签署战略合作框架协议。"
          "绵阳高新区管委会副主任陶嘉与江油市市长卢思源代表双方签约。\n"
          "更正：本报5月10日刊发的本文中，“江油市市长卢思源”有误，应为“江油市副市长卢思源”，特此更正。")


def test_a_corrected_post_replaces_the_printed_one(extractor: Extractor) -> None:
    held = {(person, title) for person, title, _ in posts(extractor, SIGNED)}
    assert ("卢思源", "副市长") in held
    assert ("卢思源", "市长") not in held


def test_the_corrected_holder_still_signs(extractor: Extractor) -> None:
    signed = {args[-1] for args in pairs(extractor, SIGNED, RK.AGREEMENT)} | {
        name for args in pairs(extractor, SIGNED, RK.AGREEMENT) for name in args}
    assert {"陶嘉", "卢思源"} <= signed


def test_a_correction_of_another_title_leaves_a_longer_one(extractor: Extractor) -> None:
    text = ("江油市副市长卢思源出席活动。\n"
            "更正：昨日本报“江油市副市长卢思源”有误，应为“江油市常务副市长卢思源”，特此更正。")
    held = {(person, title) for person, title, _ in posts(extractor, text)}
    assert ("卢思源", "常务副市长") in held
    assert ("卢思源", "副市长") not in held


# ------------------------------------------------ a government's press office (市政府新闻办)

def test_the_citys_press_office_and_its_deputy_director(extractor: Extractor) -> None:
    text = ("6月2日，宜宾市人民政府新闻办公室举行新闻发布会。市政府新闻办副主任韦佳主持发布会，"
            "宜宾三江新区党工委书记彭远出席并答记者问。")
    mentions, _ = run(extractor, text)
    bodies = {m.canonical or m.text for m in mentions if m.cls is ET.GOVERNMENT_BODY}
    assert "宜宾市人民政府新闻办公室" in bodies
    assert ("韦佳", "副主任", "宜宾市人民政府新闻办公室") in posts(extractor, text)
