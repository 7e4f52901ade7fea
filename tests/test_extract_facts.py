"""Relation extractors on articles written for these tests (news style, invented names)."""

from __future__ import annotations

from pathlib import Path

from kg.extract import Extractor
from kg.model import Article, Relation, RelationKind

RK = RelationKind
FIXTURE = Path(__file__).parent / "fixtures" / "extract" / "mianyang.txt"


def facts(extractor: Extractor, text: str, kind: RelationKind) -> list[tuple]:
    _, relations = extractor(Article(id="a", source="t", text=text))
    return [tuple((role, m.text) for role, m in r.args) + ((r.value,) if r.value else ())
            for r in relations if r.kind is kind]


def relations(extractor: Extractor, text: str) -> list[Relation]:
    return extractor(Article(id="a", source="t", text=text))[1]


def test_posts_one_per_title(extractor: Extractor) -> None:
    text = "泉州高新区党工委副书记、管委会主任顾明远与福建岚桥电子有限公司总经理蒋涛会谈。"
    assert sorted(facts(extractor, text, RK.POST)) == [
        (("person", "蒋涛"), ("title", "总经理"), ("org", "福建岚桥电子有限公司")),
        (("person", "顾明远"), ("title", "党工委副书记"), ("org", "泉州高新区")),
        (("person", "顾明远"), ("title", "管委会主任"), ("org", "泉州高新区")),
    ]


def test_post_under_a_sub_unit(extractor: Extractor) -> None:
    text = "商务部外资司综合处处长韩立新介绍了情况。"
    assert facts(extractor, text, RK.POST) == [(("person", "韩立新"), ("title", "外资司综合处处长"),
                                                ("org", "商务部"))]


def test_fixture_article(extractor: Extractor) -> None:
    raw = FIXTURE.read_text(encoding="utf-8").split("\n\n", 1)[1]
    text = raw.replace("\n\n", "\n").strip()
    found = relations(extractor, text)
    kinds = {r.kind for r in found}
    assert {RK.POST, RK.INVESTOR, RK.PROJECT_ZONE, RK.AMOUNT, RK.AGREEMENT, RK.INDUSTRY,
            RK.LOCATED_IN} <= kinds
    amount = [r for r in found if r.kind is RK.AMOUNT]
    assert [(r.args[0][1].text, r.value) for r in amount] == [
        ("新型储能电池生产基地项目", "4200000000")]  # 青岚智能 opening the name is its investor's short form
    investor = [r for r in found if r.kind is RK.INVESTOR]
    assert [(r.args[1][1].text, r.args[1][1].canonical) for r in investor] == [
        ("青岚智能", "四川青岚智能装备有限公司")]
    signed = [r for r in found if r.kind is RK.AGREEMENT and any(role == "signatory" for role, _ in r.args)]
    signatories = [sorted(m.text for role, m in r.args if role == "signatory") for r in signed]
    assert signatories == [["梁振宇", "邓慧敏"]]
    industries = sorted(m.text for r in found if r.kind is RK.INDUSTRY
                        for role, m in r.args if role == "industry")
    assert industries == ["新能源汽车", "电子信息", "高端装备"]
    for r in found:  # evidence is a sentence holding an argument
        assert text[r.evidence_start:r.evidence_end].strip()
        assert any(r.evidence_start <= m.start and m.end <= r.evidence_end for _, m in r.args)


def test_aggregate_amount_is_not_a_projects(extractor: Extractor) -> None:
    text = "温州高新区已引进星禾智造“新能源电机生产基地”、云桥集团“智慧物流产业园”等32个项目，总投资260亿元。"
    assert facts(extractor, text, RK.AMOUNT) == []
    assert sorted(facts(extractor, text, RK.INVESTOR)) == [
        (("project", "新能源电机生产基地"), ("company", "星禾智造")),
        (("project", "智慧物流产业园"), ("company", "云桥集团")),
    ]


def test_agreement_parties_separately(extractor: Extractor) -> None:
    text = "芜湖高新区分别与安徽岚山新材料有限公司、芜湖云桥物流有限公司签订合作协议。"
    parties = [tuple(m.text for role, m in args[1:]) for args in
               [r.args for r in relations(extractor, text) if r.kind is RK.AGREEMENT]]
    assert sorted(parties) == [("芜湖高新区", "安徽岚山新材料有限公司"),
                               ("芜湖高新区", "芜湖云桥物流有限公司")]


def test_issuers_and_participation(extractor: Extractor) -> None:
    text = ("国家发展和改革委员会、商务部联合印发《关于支持园区开放发展的指导意见》。"
            "四川省科技厅近日确定了20家园区为四川省首批数字化转型示范试点，绵阳高新区榜上有名。")
    assert sorted(facts(extractor, text, RK.ISSUED_BY)) == [
        (("policy", "关于支持园区开放发展的指导意见"), ("body", "商务部")),
        (("policy", "关于支持园区开放发展的指导意见"), ("body", "国家发展和改革委员会")),
        (("policy", "四川省首批数字化转型示范试点"), ("body", "四川省科技厅")),
    ]
    assert facts(extractor, text, RK.PARTICIPATES) == [
        (("zone", "绵阳高新区"), ("policy", "四川省首批数字化转型示范试点"))]


def test_located_in_from_the_zone_name(extractor: Extractor) -> None:
    found = relations(extractor, "襄阳高新区召开大会。")
    located = [r for r in found if r.kind is RK.LOCATED_IN]
    assert [(r.args[0][1].text, r.args[1][1].text, r.args[1][1].canonical) for r in located] == [
        ("襄阳高新区", "襄阳", "襄阳市")]


def test_suborg_of_a_regional_company(extractor: Extractor) -> None:
    text = "澜图集团有限公司旗下的澜图西南区域公司总经理覃晓表示将加大投入，澜图集团有限公司将提供支持。"
    assert facts(extractor, text, RK.SUBORG) == [
        (("child", "澜图西南区域公司"), ("parent", "澜图集团有限公司"))]


def test_output_is_deterministic(extractor: Extractor) -> None:
    raw = FIXTURE.read_text(encoding="utf-8")
    article = Article(id="a", source="t", text=raw)
    assert extractor(article) == extractor(article)
