"""The fast paths of the triples of a build (``kg.facts``) give what the straightforward forms give."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from kg.facts import _decimal_literal, decimal_lexical


def _decimal_lexical_by_decimal(value: str) -> str | None:
    """``decimal_lexical`` without its fast path: every value through ``Decimal``."""
    try:
        number = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    text = format(number.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


AMOUNTS = ["0", "00", "7", "10", "012", "18600000000", "12000000000", "100000000000000000000000000",
           "1" * 28, "1" * 29, "9" * 40, "1.86E+10", "500000000.00", "12.50", "3,200,000", " 42 ", "-5",
           "٣٢", "３２", "abc", "", "NaN", "Infinity"]


@pytest.mark.parametrize("value", AMOUNTS)
def test_decimal_lexical_is_that_of_decimal(value: str) -> None:
    assert decimal_lexical(value) == _decimal_lexical_by_decimal(value)


def _attributes(literal: Literal) -> tuple:
    """Everything a ``Literal`` holds: its type, lexical form, slots and what rdflib derives from them."""
    slots = tuple((name, getattr(literal, name)) for name in Literal.__slots__)
    return (type(literal), str(literal), slots, type(literal.value), literal.n3(), hash(literal),
            literal.ill_typed, type(literal.datatype))


@pytest.mark.parametrize("value", [a for a in AMOUNTS if decimal_lexical(a) is not None])
def test_decimal_literal_is_rdflib_literal(value: str) -> None:
    lexical = decimal_lexical(value)
    expected = Literal(lexical, datatype=XSD.decimal, normalize=False)
    assert _attributes(_decimal_literal(lexical)) == _attributes(expected)
    assert _decimal_literal(lexical) == expected
