"""The zone an industry list belongs to: the subject written right before the development verb (sentences
written for these tests)."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article, RelationKind


def industries(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    _, relations = extractor(Article(id="a", source="t", text=text))
    pairs = [(zone, industry) for r in relations if r.kind is RelationKind.INDUSTRY
             for (_, zone), (_, industry) in [r.args]]
    return sorted((zone.text, industry.canonical or industry.text) for zone, industry in pairs)


def test_a_park_before_the_verb_wins_over_the_zone_of_an_earlier_sentence(extractor: Extractor) -> None:
    text = ("南湖科学城是东湖国家自主创新示范区的核心区。会上，多家企业集中签约。"
            "据了解，南湖科学城将重点发展光芯片、工业软件和生物医药产业。")
    assert industries(extractor, text) == [
        ("南湖科学城", "光芯片"), ("南湖科学城", "工业软件"), ("南湖科学城", "生物医药")]


def test_the_subject_after_a_comma_wins_over_a_zone_earlier_in_the_sentence(extractor: Extractor) -> None:
    text = "在东湖国家自主创新示范区，南湖科学城今后要加快发展光芯片和工业软件。"
    assert industries(extractor, text) == [("南湖科学城", "光芯片"), ("南湖科学城", "工业软件")]


def test_without_a_subject_before_the_verb_the_sentence_zone_stays(extractor: Extractor) -> None:
    text = "东湖高新区近年来围绕光芯片、工业软件，引进项目三十余个。"
    assert industries(extractor, text) == [
        ("东湖高新区", "光芯片"), ("东湖高新区", "工业软件")]
