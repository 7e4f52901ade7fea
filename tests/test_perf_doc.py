"""The fast paths of ``kg.extract.doc`` and ``kg.extract.text`` against the plain forms they replace."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from kg.extract.doc import _split_sentences, sentences

ROOT = Path(__file__).resolve().parents[1]


def test_sentences_scan_is_the_split_and_strip_on_every_short_text() -> None:
    """``SENTENCE``'s one scan against the pieces split at SENTENCE_END and stripped, on every text of up to
    six characters over terminators, a closing quote, spaces (newlines among them) and other characters."""
    alphabet = ("a", " ", "\n", "\r", "。", "!", "”", "\u3000")
    for length in range(7):
        for chars in itertools.product(alphabet, repeat=length):
            text = "".join(chars)
            assert sentences(text) == _split_sentences(text), repr(text)


def test_sentences_scan_is_the_split_and_strip_on_real_texts() -> None:
    """The same on the examples and the evaluation sets' files, whole (their markup read as text too)."""
    paths = [path for folder in ("examples", "eval/*") for suffix in ("txt", "html", "jsonl")
             for path in ROOT.glob(f"{folder}/*.{suffix}")]
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert sentences(text) == _split_sentences(text), path


def test_whitespace_class_is_str_isspace() -> None:
    """``SENTENCE`` reads ``\\s`` where ``str.strip`` reads ``str.isspace``: the same characters."""
    space = re.compile(r"\s")
    assert all((space.match(chr(c)) is not None) == chr(c).isspace() for c in range(0x110000))
