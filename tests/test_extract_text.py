"""Small text helpers the extractors share."""

from __future__ import annotations

import pytest

from kg.extract.text import is_cjk


@pytest.mark.parametrize(("text", "expected"), [
    ("高新区", True), ("一", True), ("\u9fff", True), ("", False), ("高新区A", False), ("高 新", False),
    ("（高）", False), ("\u3400", False), ("\ua000", False), ("１２", False), ("12", False),
])
def test_is_cjk_means_only_unified_ideographs(text: str, expected: bool) -> None:
    assert is_cjk(text) is expected
    assert is_cjk(text) is (bool(text) and all("\u4e00" <= c <= "\u9fff" for c in text))
