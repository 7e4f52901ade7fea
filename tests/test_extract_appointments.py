"""Appointments (X任…, 调任, 兼任), titles held in a body whose name holds the title's unit, and verbs that
are not names (sentences written for these tests)."""

from __future__ import annotations

from extracting import posts

from kg.extract import Extractor
from kg.model import Article, EntityType


def test_new_posts_after_ren_are_the_persons(extractor: Extractor) -> None:
    text = ("原宜春市科技局局长严卫东任宜春市委常委、宜春高新区党工委书记；"
            "原宜春高新区管委会副主任葛思雨任宜春高新区党工委副书记、管委会主任。")
    assert posts(extractor, text) == [
        ("严卫东", "党工委书记", "宜春高新技术产业开发区"),
        ("严卫东", "局长", "宜春市科学技术局"),
        ("严卫东", "市委常委", "宜春市委"),
        ("葛思雨", "党工委副书记", "宜春高新技术产业开发区"),
        ("葛思雨", "管委会主任", "宜春高新技术产业开发区"),
        ("葛思雨", "管委会副主任", "宜春高新技术产业开发区"),
    ]


def test_a_name_before_ren_with_no_title_and_a_concurrent_post(extractor: Extractor) -> None:
    text = "会议宣布，鲁明远任宜春市副市长，兼任宜春经开区党工委书记。"
    assert posts(extractor, text) == [
        ("鲁明远", "党工委书记", "宜春经济技术开发区"),
        ("鲁明远", "副市长", "宜春市人民政府"),
    ]


def test_transferred_to_a_peoples_congress_standing_committee(extractor: Extractor) -> None:
    text = "原芜湖高新区党工委书记柏庆林调任芜湖市人大常委会副主任。"
    assert ("柏庆林", "副主任", "芜湖市人民代表大会常务委员会") in posts(extractor, text)


def test_title_after_a_body_that_holds_its_unit(extractor: Extractor) -> None:
    assert posts(extractor, "芜湖市人大常委会副主任柏庆林出席。") == [
        ("柏庆林", "副主任", "芜湖市人民代表大会常务委员会")]


def test_ren_in_other_words_makes_no_post(extractor: Extractor) -> None:
    text = "严卫东任职以来，完成了多项任务。他担任过多项职务。"
    assert posts(extractor, text) == []


def test_a_verb_with_its_particle_is_not_a_name(extractor: Extractor) -> None:
    mentions, _ = extractor(Article(id="a", source="t", text="省人社厅有关负责人宣读了任免决定。"))
    assert [m.text for m in mentions if m.cls is EntityType.PERSON] == []


def test_appointed_as_gives_each_named_person_the_titles_after_wei(extractor: Extractor) -> None:
    text = "市委研究决定，任命鲁明远为芜湖高新区党工委书记，柏庆林为芜湖高新区管委会副主任。"
    assert posts(extractor, text) == [
        ("柏庆林", "管委会副主任", "芜湖高新技术产业开发区"),
        ("鲁明远", "党工委书记", "芜湖高新技术产业开发区"),
    ]


def test_a_name_with_tongzhi_before_the_verb_holds_the_titles(extractor: Extractor) -> None:
    text = "经研究，葛思雨同志担任宜春高新区党工委副书记、管委会主任。"
    assert posts(extractor, text) == [
        ("葛思雨", "党工委副书记", "宜春高新技术产业开发区"),
        ("葛思雨", "管委会主任", "宜春高新技术产业开发区"),
    ]


def test_wei_after_words_that_are_no_name_makes_no_post(extractor: Extractor) -> None:
    for text in ("该公司被认定为高新技术企业，提名为候选单位。", "市政府决定授予该企业为示范企业。",
                 "任命为高新区管委会主任。"):
        assert posts(extractor, text) == []
        mentions, _ = extractor(Article(id="a", source="t", text=text))
        assert [m.text for m in mentions if m.cls is EntityType.PERSON] == []
