"""A title chain with a note inside (副主任（兼）、X局副局长), and a firm named with its Latin name in
brackets (X科技（Latin name）) (sentences written for these tests)."""

from __future__ import annotations

from extracting import found, pairs, posts

from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind

ET = EntityType
RK = RelationKind


def test_a_note_inside_a_title_chain_keeps_the_chain(full: Extractor) -> None:
    text = "签约仪式上，南沙新区片区管委会副主任（兼）、广州市商务局副局长郑明辉致辞。"
    held = {(title, org) for person, title, org in posts(full, text) if person == "郑明辉"}
    assert ("副局长", "广州市商务局") in held
    assert any(title == "管委会副主任" for title, _ in held)


def test_a_firm_with_its_latin_name_is_a_company(full: Extractor) -> None:
    text = ("5月10日，星途智能（Startrail Robotics）工业视觉项目落户合肥高新区。"
            "星途智能亚太区总裁林思远与合肥高新区管委会签署投资协议。")
    assert "星途智能" in found(full, text, ET.COMPANY)
    assert ("林思远", "亚太区总裁", "星途智能") in posts(full, text)
    assert ("工业视觉项目", "星途智能") in pairs(full, text, RK.INVESTOR)


def test_a_person_or_zone_with_a_latin_name_is_no_company(full: Extractor) -> None:
    text = "苏州工业园区（Suzhou Industrial Park）与约翰·史密斯（John Smith）见面。"
    assert found(full, text, ET.COMPANY) == []


def test_a_foreign_firm_with_its_latin_name_starts_after_its_country(full: Extractor) -> None:
    text = "苏州工业园区12日与德国博瑞精密（Borex Precision）签署合作备忘录，博瑞精密将在园区建设研发中心。"
    assert set(found(full, text, ET.COMPANY)) == {"博瑞精密"}


def test_a_group_contracted_after_its_full_name_and_by_it(full: Extractor) -> None:
    text = ("我们和宜昌高新产业发展投资（集团）有限公司合作，由高发集团投资运营光电子产业园，"
            "园区位于高新区白洋片区。")
    mentions, _ = full(Article(id="a", source="t", text=text))
    companies = {(m.text, m.canonical) for m in mentions if m.cls is ET.COMPANY}
    assert ("高发集团", "宜昌高新产业发展投资（集团）有限公司") in companies
