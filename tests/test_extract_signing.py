"""Signatories: titles after 集团 company names, and a signatory named again after his post (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article, RelationKind


def agreements(extractor: Extractor, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    _, relations = extractor(Article(id="a", source="t", text=text))
    out = []
    for r in relations:
        if r.kind is RelationKind.AGREEMENT:
            parties = tuple(sorted(m.canonical or m.text for role, m in r.args if role == "party"))
            people = tuple(sorted(m.text for role, m in r.args if role == "signatory"))
            out.append((parties, people))
    return sorted(out)


@pytest.mark.parametrize("suffix", ["集团股份有限公司", "集团有限公司", "股份有限公司"])
def test_chairman_after_a_group_company_signs_for_it(extractor: Extractor, suffix: str) -> None:
    company = f"江西赣青药业{suffix}"
    text = f"宜春高新区管委会主任严卫东与{company}董事长柏庆林代表双方签署投资协议。"
    _, relations = extractor(Article(id="a", source="t", text=text))
    held = {(dict(r.args)["person"].text, dict(r.args)["title"].text, dict(r.args)["org"].canonical)
            for r in relations if r.kind is RelationKind.POST}
    assert ("柏庆林", "董事长", company) in held
    assert agreements(extractor, text) == [
        (tuple(sorted([company, "宜春高新技术产业开发区"])), ("严卫东", "柏庆林"))]


def test_a_signatory_named_again_signs_for_the_zone_of_his_earlier_post(extractor: Extractor) -> None:
    text = ("宜春市委常委、常务副市长林国栋，宜春高新区党工委书记、管委会主任严卫东出席论坛。"
            "严卫东与江西赣青药业有限公司总经理柏庆林签署合作协议。")
    assert agreements(extractor, text) == [
        (("宜春高新技术产业开发区", "江西赣青药业有限公司"), ("严卫东", "柏庆林"))]


def test_a_name_with_no_earlier_post_makes_no_party(extractor: Extractor) -> None:
    text = "严卫东与江西赣青药业有限公司总经理柏庆林签署合作协议。"
    assert all(("严卫东" not in people) for _, people in agreements(extractor, text))


def named_agreements(extractor: Extractor, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(the agreement's canonical name, its parties, its signatories) of each agreement relation."""
    _, relations = extractor(Article(id="a", source="t", text=text))
    out = []
    for r in relations:
        if r.kind is RelationKind.AGREEMENT:
            agreement = next(m.canonical or m.text for role, m in r.args if role == "agreement")
            parties = tuple(sorted(m.canonical or m.text for role, m in r.args if role == "party"))
            people = tuple(sorted(m.text for role, m in r.args if role == "signatory"))
            out.append((agreement, parties, people))
    return sorted(out)


def test_several_firms_each_signing_with_one_zone_sign_one_agreement_each(extractor: Extractor) -> None:
    text = "湖南岳晟智能装备有限公司、德国海林精密仪器有限公司分别与长沙经开区签订投资协议。"
    assert agreements(extractor, text) == [
        (("德国海林精密仪器有限公司", "长沙经济技术开发区"), ()),
        (("湖南岳晟智能装备有限公司", "长沙经济技术开发区"), ()),
    ]


def test_a_bare_agreement_signed_later_is_the_one_with_its_parties(extractor: Extractor) -> None:
    text = ("长沙经开区与湖南岳晟智能装备有限公司、江西赣青药业有限公司分别签署投资协议。"
            "根据协议，岳晟智能将建设智能产线；赣青药业投资3亿元建设制剂项目，"
            "赣青药业董事长柏庆林与长沙经开区管委会副主任谢平签署协议。")
    signed = [a for a in named_agreements(extractor, text) if a[2]]
    assert signed == [("长沙经济技术开发区、江西赣青药业有限公司投资协议",
                       ("江西赣青药业有限公司", "长沙经济技术开发区"), ("柏庆林", "谢平"))]
