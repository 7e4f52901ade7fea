"""Small text helpers the extractors share."""

from __future__ import annotations

import random
import re

import pytest

from kg.extract import Extractor
from kg.extract.text import (
    EVENT_PIECE,
    NAME_PIECE,
    compact,
    edge_without_tokens,
    is_cjk,
    left_edge,
    walk_tokens_left,
)
from kg.model import Article


@pytest.mark.parametrize(("text", "expected"), [
    ("高新区", True), ("一", True), ("\u9fff", True), ("", False), ("高新区A", False), ("高 新", False),
    ("（高）", False), ("\u3400", False), ("\ua000", False), ("１２", False), ("12", False),
])
def test_is_cjk_means_only_unified_ideographs(text: str, expected: bool) -> None:
    assert is_cjk(text) is expected
    assert is_cjk(text) is (bool(text) and all("\u4e00" <= c <= "\u9fff" for c in text))


TEXTS = ["近日，合肥高新区与中新苏州工业园区签约。", "落户株洲高新区（天元）光电产业园项目",
         "今年以来，南宁高新区", "高新区", "，，",
         "2024光谷科技创新大会，武汉东湖新技术开发区内的A-3.5产业园区\r\n建设"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("max_len", "floor"), [(12, 0), (4, 0), (40, 3)])
def test_edge_without_tokens_agrees_with_the_token_walk(full: Extractor, text: str, max_len: int,
                                                       floor: int) -> None:
    doc = full.doc(Article(id="a", source="s", text=text))
    stops = frozenset({"近日", "落户", "今年以来", "与", "内的", "建设"})
    answered = 0
    for piece in (NAME_PIECE, EVENT_PIECE):
        for pos in range(floor, len(doc.text) + 1):
            edge = edge_without_tokens(doc.text, pos, stops=stops, max_len=max_len, piece=piece, floor=floor)
            walked = walk_tokens_left(doc, pos, stops=stops, max_len=max_len, piece=piece, floor=floor)
            assert edge is None or edge == walked, (pos, piece.pattern)
            assert left_edge(doc, pos, stops=stops, max_len=max_len, piece=piece, floor=floor) == walked
            answered += edge is not None
    assert answered or floor  # past a floor the runs may all reach it


def test_edge_without_tokens_leaves_runs_with_a_stop_word_or_past_max_len_to_the_tokens() -> None:
    assert edge_without_tokens("，合肥高新区", 3, stops=frozenset({"近日"}), max_len=12) == 1
    assert edge_without_tokens("近日合肥", 4, stops=frozenset({"近日"}), max_len=12) is None
    assert edge_without_tokens("，合肥高新区", 6, stops=frozenset(), max_len=3) is None
    assert edge_without_tokens("-合肥", 3, stops=frozenset(), max_len=12) is None  # a block crosses the start
    assert edge_without_tokens("合肥", 2, stops=[], max_len=12) == 0  # an unhashable collection of stops
    assert edge_without_tokens("以来，合肥", 5, stops=frozenset({"以来"}), max_len=12) == 3  # before the run
    assert edge_without_tokens("以来，合肥", 5, stops=frozenset({"来，合"}), max_len=12) is None  # into it
    assert edge_without_tokens("以来，合肥", 5, stops=["来，合", "合"], max_len=12) is None


def test_no_park_suffix_ends_with_a_bracket(full: Extractor) -> None:
    """``parks`` tests the text after a match before ``strip_brackets``, which then keeps the match's end."""
    assert not [w for w in full.lexicon.words("zone", "park_suffixes") if not w or w[-1] in "（(）)"]


def test_compact_drops_what_the_whitespace_pattern_drops() -> None:
    spaces = re.compile(r"\s+")
    for text in ("", "高新区", " 株洲\u3000高新区\n管委会\t", "A\u00a0B\u2028C\x1cD\x85", "\r\n"):
        assert compact(text) == spaces.sub("", text)


def test_edge_without_tokens_agrees_with_the_token_walk_on_random_texts(full: Extractor) -> None:
    rng = random.Random(5)
    pieces = ("近日", "合肥", "高新区", "与", "，", "（", "）", "A-3", "内的", "建设", "产业园", "“", "”",
              "12", " ", "今年以来", "落户", "光电")
    stops = frozenset({"近日", "落户", "今年以来", "与", "内的", "建设", "年以"})
    for _ in range(150):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        doc = full.doc(Article(id="a", source="s", text=text))
        for pos in range(len(doc.text) + 1):
            for piece in (NAME_PIECE, EVENT_PIECE):
                max_len, floor = rng.choice([(12, 0), (4, 0), (6, 2)])
                kwargs = {"stops": stops, "max_len": max_len, "piece": piece, "floor": floor}
                edge = edge_without_tokens(doc.text, pos, **kwargs)
                walked = walk_tokens_left(doc, pos, **kwargs)
                assert edge is None or edge == walked, (text, pos, piece.pattern)
