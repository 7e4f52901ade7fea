"""Agreements: a party referred to (与该集团签订), a place the first party is in (位于X的Y与Z签署), what the
agreement is about (签订共建X合作协议), signatories whose first post is elsewhere (sentences written for these
tests)."""

from __future__ import annotations

from extracting import pairs, run

from kg.extract import Extractor
from kg.model import RelationKind

RK = RelationKind


def agreements(full: Extractor, text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(parties, signatories) of each agreement, parties by canonical name."""
    _, relations = run(full, text)
    out = []
    for r in relations:
        if r.kind is RK.AGREEMENT:
            parties = frozenset(m.canonical or m.text for role, m in r.args if role == "party")
            signers = frozenset(m.text for role, m in r.args if role == "signatory")
            out.append((parties, signers))
    return out


def test_that_group_is_the_company_named_before(full: Extractor) -> None:
    text = ("据介绍，数据中心项目由贵州黔云数据科技集团有限公司投资建设。签约现场，"
            "贵安新区管委会还与该集团签订了战略合作框架协议，贵安新区管委会副主任杨志平与贵州黔云数据科技集团有限公司董事长石磊分别代表双方"
            "在协议上签字。")
    found = agreements(full, text)
    assert found
    assert all("贵州黔云数据科技集团有限公司" in parties and len(parties) == 2 for parties, _ in found)
    assert frozenset({"杨志平", "石磊"}) in {signers for _, signers in found}


def test_the_place_a_party_is_in_is_no_party(full: Extractor) -> None:
    text = "位于浦东新区的张江高新区12日与上海微联半导体有限公司签署合作备忘录。"
    [(parties, _)] = agreements(full, text)
    assert len(parties) == 2 and "上海微联半导体有限公司" in parties
    assert not any("浦东" in p for p in parties)


def test_what_an_agreement_is_about_is_no_party(full: Extractor) -> None:
    text = "5月6日，宁波高新区与象山县人民政府签订共建象山智能制造产业园合作协议。"
    [(parties, _)] = agreements(full, text)
    assert len(parties) == 2 and "象山县人民政府" in parties


def test_a_signatory_whose_first_post_is_in_another_body(full: Extractor) -> None:
    text = ("苏州工业园区12日与英国博远精密（Boyuan Precision）签署合作备忘录。\n"
            "苏州市委常委，苏州工业园区党工委书记、管委会主任沈立新与博远精密全球副总裁张涛代表双方签署备忘录。")
    assert frozenset({"沈立新", "张涛"}) in {signers for _, signers in agreements(full, text)}


def test_the_company_that_signed_invests_in_the_project_of_the_next_clause(full: Extractor) -> None:
    text = ("9日，盘锦高新区管委会与辽宁华瑞精细化工股份有限公司签订投资协议，总投资十二亿元的年产8万吨"
            "环氧树脂项目落户盘锦高新区。")
    assert ("年产8万吨环氧树脂项目", "辽宁华瑞精细化工股份有限公司") in pairs(full, text, RK.INVESTOR)
