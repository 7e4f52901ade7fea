"""``kg.iri``: keys are normalised (NFKC, no whitespace, lower case) and minted IRIs are plain URIRefs."""

from __future__ import annotations

import re
import unicodedata

import pytest
from rdflib import URIRef

from kg.iri import ID_BASE, iri_base, mint, minted_iri, normalise_key


def slow_normalise_key(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).lower()


@pytest.mark.parametrize("name", [
    "株洲高新区", "ＡＢＣ　高新区", "Zone A", "a\tb\nc", "ABC|def|123", "x\x1cy", "x\x7fy", "https://w3id.org/X|Y",
    "", " ", "ﬁ", "Ⅻ", "e\u0301", "\u00a0nbsp", "tab\x0bv"])
def test_normalise_key_is_nfkc_without_whitespace_lower_case(name: str) -> None:
    assert normalise_key(name) == slow_normalise_key(name)


def test_every_ascii_character_is_normalised_as_before() -> None:
    for code in range(128):
        name = f"Ab{chr(code)}Cd"
        assert normalise_key(name) == slow_normalise_key(name), code


def test_minted_iris_are_equal_urirefs() -> None:
    iri = mint("Zone", "株洲高新区")
    assert type(iri) is URIRef
    assert iri.startswith(f"{ID_BASE}zone/")
    assert iri == URIRef(str(iri)) and hash(iri) == hash(URIRef(str(iri)))
    assert minted_iri(str(iri)).n3() == URIRef(str(iri)).n3()
    assert mint("Zone", "株洲 高新区") == iri  # the key is normalised


def test_iri_base_is_what_mint_puts_before_the_hash() -> None:
    for kind in ("evidence", "Zone", "GovernmentBody", "post", "?!"):
        iri = mint(kind, "甲")
        assert iri.startswith(iri_base(kind)) and len(iri) == len(iri_base(kind)) + 16


def test_keys_drop_the_whitespace_a_regular_expression_would() -> None:
    import re
    import sys
    import unicodedata

    from kg.iri import normalise_key

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]
    assert spaces == [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    for space in spaces:
        for name in (f"高新{space}区", f"{space}Zone A{space}{space}", f"a{space}b", f"东湖 高新区{space}"):
            folded = unicodedata.normalize("NFKC", name) if not name.isascii() else name
            assert normalise_key(name) == re.sub(r"\s+", "", folded).lower()
