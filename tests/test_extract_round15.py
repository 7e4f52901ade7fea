"""A company's agreement with ``园区管委会``: the common word for any zone, written for the article's zone
as the other side (``A与园区管委会签订…协议``), and its signatories in the sentence after: sentences written
for these tests."""

from __future__ import annotations

from extracting import agreements

from kg.extract import Extractor

SIGNED = ("本报讯 11月3日，南宁高新区举行重点项目签约仪式。南宁高新区管委会主任王建平介绍了园区情况。"
          "广东恒达食品有限公司（以下简称恒达公司）与园区管委会签订投资合作协议，将投资3亿元建设恒达食品加工"
          "产业园。王建平与恒达公司董事长李振华分别代表双方在协议上签字。")


def test_the_park_committee_is_the_article_zone_signing_with_the_company(extractor: Extractor) -> None:
    [(parties, signers)] = agreements(extractor, SIGNED)
    assert parties == {"南宁高新区", "广东恒达食品有限公司"}
    assert signers == {"王建平", "李振华"}


def test_a_development_zone_article_signs_through_its_park_committee_too(extractor: Extractor) -> None:
    text = SIGNED.replace("南宁高新区", "宜昌经济技术开发区")
    [(parties, _)] = agreements(extractor, text)
    assert parties == {"宜昌经济技术开发区", "广东恒达食品有限公司"}


def test_no_zone_in_the_article_leaves_the_park_committee_unnamed(extractor: Extractor) -> None:
    text = ("广东恒达食品有限公司与园区管委会签订投资合作协议，将投资3亿元建设恒达食品加工产业园。")
    assert all("南宁高新区" not in parties for parties, _ in agreements(extractor, text))
    assert all(len(parties) < 2 for parties, _ in agreements(extractor, text))


# ------------------------------------------------------------------ no zone the article is about

TWO_ZONES = ("本报讯 苏州工业园区和张家港保税港区近日在上海联合举办投资推介会。签约项目中，"
             "广东恒达食品有限公司与园区管委会签订投资合作协议，将投资3亿元建设恒达食品加工产业园。")


def test_the_park_committee_is_the_one_zone_named_a_park_when_none_leads(extractor: Extractor) -> None:
    [(parties, _)] = agreements(extractor, TWO_ZONES)
    assert parties == {"苏州工业园区", "广东恒达食品有限公司"}


def test_two_parks_named_alike_leave_the_committee_unnamed(extractor: Extractor) -> None:
    text = TWO_ZONES.replace("张家港保税港区", "中马钦州产业园区")
    assert all(len(parties) < 2 for parties, _ in agreements(extractor, text))
