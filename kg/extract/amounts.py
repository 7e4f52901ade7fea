"""Money amounts in news Chinese → yuan as a plain decimal string (186亿元 → "18600000000")."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kg.compiled import regex

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
          "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
# 8千万元, 5百万元: 千万 and 百万 one unit each (10^7, 10^6), never 千 read as a number before 万
UNITS = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7,
         "百万": Decimal(10) ** 6, "万": Decimal(10) ** 4, "千": Decimal(1000),
         "百": Decimal(100), "": Decimal(1)}
NUMBER = (r"\d[\d,，]*(?:\s*\d)*(?:\.\s*\d+)?"
          r"|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?")
# 九亿五千万元, 3亿5000万元: a part in 亿 and a rest (in 万) after it, one amount
AMOUNT = regex(rf"(?:(?P<high>{NUMBER})\s*亿\s*(?=[零〇一二两三四五六七八九十百千\d]))?"
               rf"(?P<number>{NUMBER})\s*(?P<unit>万亿|亿|千万|百万|万|千|百)?\s*(?P<extra>多|余)?\s*"
               r"(?P<currency>(?<![美欧日港])元(?:人民币)?|人民币)")


def chinese_number(text: str) -> Decimal | None:
    """一百八十六 → 186, 十二 → 12, 三点五 → 3.5 (whole part up to 9999)."""
    whole, _, frac = text.partition("点")
    total, digit = 0, None
    for char in whole:
        if char in DIGITS:
            digit = DIGITS[char]
        elif char in SMALL_UNITS:
            total += (digit if digit is not None else 1) * SMALL_UNITS[char]
            digit = None
        else:
            return None
    total += digit or 0
    value = Decimal(total)
    if frac:
        if any(c not in DIGITS for c in frac):
            return None
        value += Decimal("0." + "".join(str(DIGITS[c]) for c in frac))
    return value


def parse_number(text: str) -> Decimal | None:
    cleaned = re.sub(r"[\s,，]", "", text)
    if not cleaned:
        return None
    if cleaned[0].isdigit():
        try:
            return Decimal(cleaned)
        except InvalidOperation:
            return None
    return chinese_number(cleaned)


def plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 18600000000, 1850000000, 0.5."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def to_yuan(text: str) -> str | None:
    """The first amount in ``text`` in yuan (``总投资 186 亿元`` → "18600000000"), or None."""
    match = AMOUNT.search(text)
    return yuan_of(match) if match else None


def yuan_of(match: re.Match[str]) -> str | None:
    number = parse_number(match["number"])
    if number is None:
        return None
    value = number * UNITS[match["unit"] or ""]
    if match["high"]:
        high = parse_number(match["high"])
        if high is None:
            return None
        value += high * UNITS["亿"]
    return plain(value)
