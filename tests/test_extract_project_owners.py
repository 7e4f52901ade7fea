"""A project name opening with the short form of a company named in the article: the short form is the
company (and the investor), the rest is the project (sentences written for these tests)."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind


def run(extractor: Extractor, text: str):
    return extractor(Article(id="a", source="t", text=text))


def named(extractor: Extractor, text: str, cls: EntityType) -> list[tuple[str, str]]:
    mentions, _ = run(extractor, text)
    return [(m.text, m.canonical or m.text) for m in mentions if m.cls is cls]


def facts(extractor: Extractor, text: str, kind: RelationKind) -> list[tuple]:
    _, relations = run(extractor, text)
    return sorted(tuple(m.canonical or m.text for _, m in r.args) + ((r.value,) if r.value else ())
                  for r in relations if r.kind is kind)


def test_the_core_of_a_company_opening_a_project_is_the_company(extractor: Extractor) -> None:
    text = ("日前，岳阳高新区与湖南青石动能科技有限公司签订投资协议，青石动能氢燃料电池电堆生产基地项目落户"
            "岳阳高新区，项目总投资18亿元。")
    project = "氢燃料电池电堆生产基地项目"
    assert named(extractor, text, EntityType.PROJECT) == [(project, project)]
    assert ("青石动能", "湖南青石动能科技有限公司") in named(extractor, text, EntityType.COMPANY)
    assert facts(extractor, text, RelationKind.INVESTOR) == [(project, "湖南青石动能科技有限公司")]
    assert facts(extractor, text, RelationKind.AMOUNT) == [(project, "1800000000")]


def test_latin_letters_after_the_short_form_stay_with_the_project(extractor: Extractor) -> None:
    text = "上海云栖未来AI科技有限公司等8家企业集中签约。其中，云栖未来AI算力中心项目总投资9亿元。"
    assert named(extractor, text, EntityType.PROJECT) == [("AI算力中心项目", "AI算力中心项目")]
    assert facts(extractor, text, RelationKind.INVESTOR) == [("AI算力中心项目", "上海云栖未来AI科技有限公司")]


def test_an_investment_before_the_short_form_is_the_projects(extractor: Extractor) -> None:
    text = "成都蓝弧光电科技股份有限公司将投资16亿元建设蓝弧光电激光器件产业园项目。"
    assert named(extractor, text, EntityType.PROJECT) == [("激光器件产业园项目", "激光器件产业园项目")]
    assert facts(extractor, text, RelationKind.AMOUNT) == [("激光器件产业园项目", "1600000000")]
    assert named(extractor, text, EntityType.ZONE) == []


def test_a_project_of_no_named_company_keeps_its_name(extractor: Extractor) -> None:
    text = "岳阳高新区与湖南青石动能科技有限公司签约。青山动能电池回收项目同日开工。"
    assert named(extractor, text, EntityType.PROJECT) == [("青山动能电池回收项目", "青山动能电池回收项目")]


def test_two_companies_of_one_core_leave_the_project_whole(extractor: Extractor) -> None:
    text = ("湖南青石动能科技有限公司、江西青石动能科技有限公司出席。青石动能储能电站项目总投资3亿元。")
    assert named(extractor, text, EntityType.PROJECT) == [("青石动能储能电站项目", "青石动能储能电站项目")]
