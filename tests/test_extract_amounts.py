"""The amount normaliser: money in news Chinese → yuan as a plain decimal string."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.amounts import chinese_number, plain, to_yuan


@pytest.mark.parametrize(("text", "yuan"), [
    ("总投资186亿元", "18600000000"),
    ("总投资 186 亿元", "18600000000"),  # OCR spaces
    ("5,000万元", "50000000"),
    ("5，000万元", "50000000"),
    ("1.2万亿元", "1200000000000"),
    ("18.5亿元", "1850000000"),
    ("721.25亿元", "72125000000"),
    ("5 亿元", "500000000"),
    ("3000万元人民币", "30000000"),
    ("人民币8000元", "8000"),
    ("800元", "800"),
    ("一百八十六亿元", "18600000000"),
    ("两亿元", "200000000"),
    ("十二亿元", "1200000000"),
    ("3.5万元", "35000"),
    ("投资3000万美元", None),
    ("年产值超过50亿", None),
])
def test_to_yuan(text: str, yuan: str | None) -> None:
    assert to_yuan(text) == yuan


def test_chinese_numbers() -> None:
    assert chinese_number("三百零五") == Decimal(305)
    assert chinese_number("十") == Decimal(10)
    assert chinese_number("二点五") == Decimal("2.5")
    assert chinese_number("三X") is None


def test_plain_has_no_exponent() -> None:
    assert plain(Decimal("1.86E+10")) == "18600000000"
    assert plain(Decimal("18.50")) == "18.5"


@pytest.mark.parametrize(("text", "yuan"), [
    ("总投资七亿三千万元", "730000000"),
    ("计划投资2亿4000万元", "240000000"),
    ("投资十二亿零五百万元", "1205000000"),
    ("投资3亿元和5000万元", "300000000"),  # two amounts: the first one only
])
def test_an_amount_in_yi_and_wan_is_one_amount(text: str, yuan: str) -> None:
    assert to_yuan(text) == yuan
