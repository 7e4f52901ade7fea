"""Persons of appointment notices (免去X的…职务, X不再担任…, X被提名为…, 决定X任…), a name before 在, and a
short transliterated name after a title (sentences written for these tests)."""

from __future__ import annotations

import pytest
from extracting import found, posts

from kg.extract import Extractor
from kg.model import EntityType

ET = EntityType


@pytest.mark.parametrize(("text", "name"), [
    ("通知明确：免去孙立平的扬州经开区管委会副主任职务，另有任用。", "孙立平"),
    ("同日，周建华不再担任宿迁高新区党工委书记职务。", "周建华"),
    ("会议结束后，马晓东被提名为江都区人民政府区长人选。", "马晓东"),
])
def test_a_post_ended_or_not_yet_held_still_names_a_person(full: Extractor, text: str, name: str) -> None:
    assert name in found(full, text, ET.PERSON)
    assert [p for p in posts(full, text) if p[0] == name] == []


def test_a_decision_names_the_person_before_its_post(full: Extractor) -> None:
    text = "中共湖州市委印发通知，决定冯卫东任湖州高新区党工委副书记。"
    assert ("冯卫东", "党工委副书记", "湖州高新技术产业开发区") in posts(full, text)


def test_a_name_before_zai_keeps_its_length(full: Extractor) -> None:
    text = "欣旺电子总经理陈勇在接受采访时说，公司今年将扩大产能。"
    assert found(full, text, ET.PERSON) == ["陈勇"]


def test_a_short_transliterated_name_after_a_title(full: Extractor) -> None:
    text = "鄂尔多斯绿能科技有限公司董事长额尔敦说，项目明年投产。"
    assert ("额尔敦", "董事长", "鄂尔多斯绿能科技有限公司") in posts(full, text)
