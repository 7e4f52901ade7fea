"""The fast paths of ``kg.extract.doc`` and ``kg.extract.text`` against the plain forms they replace."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest

from kg.extract import Extractor
from kg.extract.doc import Tokens, _split_sentences, sentences
from kg.model import Article

ROOT = Path(__file__).resolve().parents[1]


def test_sentences_scan_is_the_split_and_strip_on_every_short_text() -> None:
    """``SENTENCE``'s one scan against the pieces split at SENTENCE_END and stripped, on every text of up to
    six characters over terminators, a closing quote, spaces (newlines among them) and other characters."""
    alphabet = ("a", " ", "\n", "\r", "。", "!", "”", "\u3000")
    for length in range(7):
        for chars in itertools.product(alphabet, repeat=length):
            text = "".join(chars)
            assert sentences(text) == _split_sentences(text), repr(text)


def _real_texts() -> list[str]:
    """The examples and the evaluation sets' files, whole (their markup read as text too)."""
    paths = [path for folder in ("examples", "eval/*") for suffix in ("txt", "html", "jsonl")
             for path in sorted(ROOT.glob(f"{folder}/*.{suffix}"))]
    assert paths
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


def test_sentences_scan_is_the_split_and_strip_on_real_texts() -> None:
    for text in _real_texts():
        assert sentences(text) == _split_sentences(text)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_blocks_found_from_a_position_give_jiebas_tokens(extractor: Extractor) -> None:
    """``Tokens`` finds the block holding a position from that position alone (a match forwards, one on the
    text reversed): asked in any order, on real texts cut into articles, its tokens are jieba's."""
    rng = random.Random(7)
    texts = [extractor.doc(article).text for text in _real_texts()[:40]
             for article in _articles(text)]
    for text in texts + ["", "高新区", "\r\n园区A-3\r\n", "AI+制造；\r\r\n签约5.2亿元"]:
        expected = tuple(extractor.tokenizer.tokenize(text))
        covering = {pos: token for token in expected for pos in range(token[1], token[2])}
        starts = {a for _, a, _ in expected} | ({len(text)} if text else set())
        positions = list(range(-2, len(text) + 3))
        rng.shuffle(positions)
        lazy = Tokens(text, extractor.tokenizer)
        assert [lazy.at(pos) for pos in positions] == [covering.get(pos) for pos in positions]
        lazy = Tokens(text, extractor.tokenizer)
        assert [pos in lazy for pos in positions] == [pos in starts for pos in positions]
        assert lazy.all() == expected


def _articles(text: str) -> list[Article]:
    return [Article(id=str(i), source="t", text=part) for i, part in enumerate(text.split("\n\n")) if part]


def test_whitespace_class_is_str_isspace() -> None:
    """``SENTENCE`` reads ``\\s`` where ``str.strip`` reads ``str.isspace``: the same characters."""
    space = re.compile(r"\s")
    assert all((space.match(chr(c)) is not None) == chr(c).isspace() for c in range(0x110000))
