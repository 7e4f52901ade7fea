"""A company's contraction before a title (X海工总经理): its characters spell the core of one company named
in full in the article, in order (sentences written for these tests)."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article, RelationKind

TWO = "日前，副市长一行走进威海白鲸海洋工程装备有限公司、山东恒远生物科技股份有限公司调研。"


def posts(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    _, relations = extractor(Article(id="a", source="t", text=text))
    return sorted(tuple(m.canonical or m.text for _, m in r.args) for r in relations
                  if r.kind is RelationKind.POST)


def test_a_contraction_before_a_title_is_the_company_it_spells(extractor: Extractor) -> None:
    text = TWO + "白鲸海工总经理贺振东介绍，公司已实现批量交付。"
    assert posts(extractor, text) == [("贺振东", "总经理", "威海白鲸海洋工程装备有限公司")]


def test_a_contraction_must_open_with_the_cores_first_character(extractor: Extractor) -> None:
    text = TWO + "鲸海工总经理贺振东介绍，公司已实现批量交付。"
    assert [org for _, _, org in posts(extractor, text)] != ["威海白鲸海洋工程装备有限公司"]


def test_a_contraction_two_companies_spell_is_neither(extractor: Extractor) -> None:
    text = ("威海白鲸海洋工程装备有限公司与青岛白鲸海上工程服务有限公司签约。"
            "白鲸海工总经理贺振东介绍，双方将共建平台。")
    assert [org for _, _, org in posts(extractor, text)] == []
