"""The per-article working view the extractors read: text, one jieba pass, sentences, the lexicon."""

from __future__ import annotations

import bisect
import functools
import logging
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from math import log
from pathlib import Path
from typing import Any, TypeVar

import jieba

from kg.extract.lexicon import Lexicon
from kg.model import Article

T = TypeVar("T")

SENTENCE_END = re.compile(r"[。！？；!?;\n]+[”’」』]?")
CJK = re.compile(r"[\u4e00-\u9fff]")
# Full-width digits and Latin letters (１２亿元, ５G, ＩＣ) read as their ASCII forms, one character for one
# so that offsets stay those of the article; a full-width point only between digits (１２．５).
WIDE = str.maketrans({chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                         *range(0xFF41, 0xFF5B))})
WIDE_POINT = re.compile(r"(?<=[0-9０-９])．(?=[0-9０-９])")


def fold_width(text: str) -> str:
    """``１２．５亿元`` → ``12.5亿元``: ASCII digits, letters and decimal points, the length unchanged."""
    return WIDE_POINT.sub(".", text).translate(WIDE)


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans: split after 。！？； and newlines (a closing quote stays with its sentence)."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        if text[start:end].strip():
            out.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        out.append(_trim(text, start, len(text)))
    return tuple(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Tokenizer(jieba.Tokenizer):
    """jieba's tokenizer with its two inner loops (``get_DAG``, ``calc``) tightened: the same segments.

    The word scores ``log(freq or 1) - log(total)`` are computed once per word (the same floats jieba
    computes on every call) and forgotten when a word is added or the dictionary changes.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._scores: dict[str, float] = {}
        self._scores_total: float | None = None

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        self._scores.clear()
        super().add_word(word, freq, tag)

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:  # noqa: N802  (jieba's name)
        self.check_initialized()
        freq = self.FREQ
        dag = {}
        n = len(sentence)
        for k in range(n):
            ends = []
            i = k
            frag = sentence[k]
            while i < n and frag in freq:
                if freq[frag]:
                    ends.append(i)
                i += 1
                frag = sentence[k:i + 1]
            dag[k] = ends or [k]
        return dag

    def calc(self, sentence: str, DAG: dict[int, list[int]],  # noqa: N803  (jieba's name)
             route: dict[int, tuple[float, int]]) -> None:
        n = len(sentence)
        route[n] = (0, 0)
        logtotal = log(self.total)
        scores = self._scores
        if self._scores_total != self.total or len(scores) > 1_000_000:
            scores.clear()
            self._scores_total = self.total
        freq = self.FREQ
        for idx in range(n - 1, -1, -1):
            best = None
            for x in DAG[idx]:
                word = sentence[idx:x + 1]
                score = scores.get(word)
                if score is None:
                    score = scores[word] = log(freq.get(word) or 1) - logtotal
                candidate = (score + route[x + 1][0], x)
                if best is None or candidate > best:  # the first best, as max() picks
                    best = candidate
            route[idx] = best


def make_tokenizer(lexicon: Lexicon, *, cache_dir: Path | None = None) -> jieba.Tokenizer:
    """An own jieba tokenizer (never the module globals) that knows zone suffixes, titles and industries."""
    tokenizer = Tokenizer()
    folder = cache_dir or Path(tempfile.gettempdir()) / "kg-jieba"
    os.makedirs(folder, exist_ok=True)
    tokenizer.tmp_dir = str(folder)
    log = logging.getLogger("jieba")  # jieba announces its dictionary load at DEBUG on its own handler
    level = log.level
    log.setLevel(logging.WARNING)
    try:
        tokenizer.initialize()
    finally:
        log.setLevel(level)
    words = [*lexicon.words("zone", "suffixes"), *lexicon.words("title", "units"),
             *lexicon.words("title", "cores"), *lexicon.gazetteer.titles, *lexicon.gazetteer.industries]
    for word in sorted(set(words)):
        if len(word) >= 2:
            tokenizer.add_word(word, freq=2000)
    return tokenizer


@dataclass(frozen=True)
class Doc:
    """One article ready for the extractors."""

    article: Article
    text: str
    tokens: tuple[tuple[str, int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    lexicon: Lexicon
    token_starts: frozenset[int]
    token_of: tuple[int, ...] = ()  # character position -> index of the token covering it
    # results several extractors share (one scan of a pattern per article): see ``memo``
    shared: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def memo(self, key: str, compute: Callable[[Doc], T]) -> T:
        """``compute(self)``, computed once per article under ``key`` (the extractors' shared scans)."""
        try:
            return self.shared[key]
        except KeyError:
            value = self.shared[key] = compute(self)
            return value

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @classmethod
    def make(cls, article: Article, *, lexicon: Lexicon, tokenizer: jieba.Tokenizer | None) -> Doc:
        text = fold_width(article.text)
        tokens = tuple(tokenizer.tokenize(text)) if tokenizer is not None else ()
        if not tokens:  # no tokenizer: one token per character
            tokens = tuple((c, i, i + 1) for i, c in enumerate(text))
        starts = frozenset(s for _, s, _ in tokens) | frozenset(e for _, _, e in tokens)
        token_of = [0] * len(text)
        for index, (_, a, b) in enumerate(tokens):
            token_of[a:b] = [index] * (b - a)
        return cls(article=article, text=text, tokens=tokens, sentences=sentences(text), lexicon=lexicon,
                   token_starts=starts, token_of=tuple(token_of))

    def token_index_at(self, pos: int) -> int | None:
        """Index of the token covering character ``pos``."""
        if 0 <= pos < len(self.token_of):
            return self.token_of[pos]
        return None

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence holding position ``pos`` (or the whole text when none does)."""
        index = bisect.bisect_right(self.sentence_starts, pos) - 1
        if 0 <= index < len(self.sentences):
            start, end = self.sentences[index]
            if start <= pos <= end:
                return start, end
        return 0, len(self.text)

