"""The counting helpers of kg.clean (regex-based) agree with their per-character definitions."""

from __future__ import annotations

import pytest
from clean_reference import from_offsets, normalise_spaces

from kg.clean import cjk_ratio, is_cjk

TEXTS = ("", "   ", "高新区", "总投资 186 亿元", "ABC 公司\u3000成立于 2020 年。", "𠀀𠀁 a\u00a0b\tc\n",
         "（记者 王晓林）　本报讯", "Hi-Tech Zone 高新区 12 家")


@pytest.mark.parametrize("text", TEXTS)
def test_cjk_ratio_counts_cjk_among_non_spaces(text: str) -> None:
    letters = [ch for ch in text if not ch.isspace()]
    expected = sum(map(is_cjk, letters)) / len(letters) if letters else 0.0
    assert cjk_ratio(text) == expected


def test_normalise_spaces_keeps_offsets_of_kept_characters() -> None:
    text = "总投资 186 亿元，  Hi  Tech\u3000园区"
    cleaned, offsets = normalise_spaces(text, list(range(100, 100 + len(text))))
    assert cleaned == "总投资186亿元，Hi Tech 园区"  # a space stays between Latin and CJK
    assert len(offsets) == len(cleaned)
    assert all(text[o - 100] == c or (c == " " and text[o - 100].isspace()) for o, c in zip(offsets, cleaned))


def test_from_offsets_cuts_spans_where_the_map_jumps() -> None:
    piece = from_offsets("abcdef", [0, 1, 2, 10, 11, 20])
    assert [(s.start, s.source_start, s.length) for s in piece.spans] == [(0, 0, 3), (3, 10, 2), (5, 20, 1)]
    assert piece.offsets == (0, 1, 2, 10, 11, 20)
    assert from_offsets("", []).spans == ()
