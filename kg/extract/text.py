"""Small pure helpers on text and tokens shared by the extractors."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator
from typing import NamedTuple

from kg.compiled import regex, save_regexes
from kg.extract.doc import BLOCK, Doc
from kg.extract.lexicon import trie_pattern

NAME_PIECE = regex(r"[\u4e00-\u9fff0-9A-Za-z（）()·]+")
EVENT_PIECE = regex(r"[\u4e00-\u9fff0-9A-Za-z（）()·“”\"+]+")
CJK_CHAR = regex(r"[\u4e00-\u9fff]")
CJK_RUN = regex(r"[\u4e00-\u9fff]+")
SPACES = regex(r"\s+")


def left_edge(doc: Doc, pos: int, *, stops: Collection[str], max_len: int = 20,
              piece: re.Pattern[str] = NAME_PIECE, floor: int = 0) -> int:
    """Where a name ending at ``pos`` starts: walk tokens left until punctuation, a stop word or ``max_len``.

    Without tokens (tests may build a Doc without jieba) single characters are walked instead.
    ``piece`` is a character class repeated (``[...]+``). When the run of piece characters before ``pos``
    answers on its own (``edge_without_tokens``) no block is cut.
    """
    known = edge_without_tokens(doc.text, pos, stops=stops, max_len=max_len, piece=piece, floor=floor)
    if known is not None:
        return known
    return walk_tokens_left(doc, pos, stops=stops, max_len=max_len, piece=piece, floor=floor)


def walk_tokens_left(doc: Doc, pos: int, *, stops: Collection[str], max_len: int = 20,
                     piece: re.Pattern[str] = NAME_PIECE, floor: int = 0) -> int:
    """``left_edge`` by walking jieba's tokens (cutting the blocks it reaches)."""
    text = doc.text
    token_at = doc.tokenization.at
    start = pos
    token = token_at(pos - 1)
    facts = None  # the stop words' facts, when first needed
    while token is not None:
        _, first, b = token
        a = first if first > floor else floor
        if a >= start:  # at the floor: no token further left can start later
            break
        chunk = text[a:b if b < start else start]
        if not chunk or chunk in stops or pos - a > max_len or not piece.fullmatch(chunk):
            break
        if start - a == 1:
            facts = facts or _stop_facts(stops)
            if chunk in facts.last_chars and any(text[max(0, start - k):start] in stops
                                                 for k in range(2, facts.longest + 1)):
                break  # a single character ending a stop word (always so without a tokenizer)
        start = a
        token = token_at(first - 1)  # the token before this one
    return start


def edge_without_tokens(text: str, pos: int, *, stops: Collection[str], max_len: int = 20,
                        piece: re.Pattern[str] = NAME_PIECE, floor: int = 0) -> int | None:
    """``left_edge``'s answer when no cut of the text into tokens can change it, else None.

    That is so when the run of ``piece`` characters ending at ``pos`` starts at the text's start or
    after a character jieba always makes a token of its own (outside ``doc.BLOCK``, not a piece), is at
    most ``max_len`` long, starts at or after ``floor``, and no stop word ends inside it: every token
    walked then lies in the run and passes, and the walk stops at the run's start.
    """
    run_to_end, piece_or_block = _run_patterns(piece)
    run = run_to_end.search(text, max(floor, pos - max_len), pos)  # the run ending at pos, if any
    start = pos if run is None else run.start()
    if start > 0 and (start == floor or piece_or_block.match(text, start - 1)):
        return None  # the run goes on (past the floor or the length), or a block crosses its start
    longest, stop, _ = _stop_facts(stops)
    # the stop words written from a point where one could still reach into the run, left to right (the
    # longest at each point, as the trie prefers it): any in the run or reaching into it decides
    word = stop.search(text, max(0, start - longest + 1), pos)
    while word is not None:
        if word.end() > start or word.start() >= start:
            return None
        word = stop.search(text, word.start() + 1, pos)
    return start


@functools.lru_cache(maxsize=16)
def _run_patterns(piece: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For ``piece`` (a character class repeated): a pattern that ``search(text, lo, pos)`` matches at the
    start of the run of piece characters ending at ``pos`` (or at ``lo`` when the run starts before it),
    and one that matches at a piece character or a character of ``doc.BLOCK``."""
    found = regex(f"(?>{piece.pattern})\\Z"), regex(f"(?:{piece.pattern})|(?:{BLOCK.pattern})")
    save_regexes()  # (cached as ``_frozen_stop_facts``' patterns are)
    return found


class StopFacts(NamedTuple):
    """What ``left_edge`` needs to know of a collection of stop words, computed once per collection."""

    longest: int  # the longest stop word's length (1 when there are none)
    pattern: re.Pattern[str]  # matches any stop word (the longest at a position)
    last_chars: frozenset[str]  # the last characters of the stop words of two characters or more


def _stop_facts(stops: Collection[str]) -> StopFacts:
    """The ``StopFacts`` of ``stops`` (remembered for a hashable collection)."""
    try:
        return _frozen_stop_facts(stops)
    except TypeError:  # an unhashable collection: built for this call (and its pattern not kept)
        return _build_stop_facts(stops, re.compile)


@functools.lru_cache(maxsize=64)
def _frozen_stop_facts(stops: Collection[str]) -> StopFacts:
    """The facts of a hashable collection of stop words, its pattern from ``kg.compiled.regex``'s cache.

    The extractors pass word lists of the lexicon and the code (never article text), and ``re.compile``
    parsing their tries in Python cost every extracting process about as much as extracting a dozen
    articles (as did the CJK classes of ``_run_patterns``, cached the same way). What is compiled anew is
    saved at once: the extractor saved the cache file when it loaded, before any of these was asked for.
    """
    facts = _build_stop_facts(stops, regex)
    save_regexes()
    return facts


def _build_stop_facts(stops: Collection[str], compile_: Callable[[str], re.Pattern[str]]) -> StopFacts:
    return StopFacts(max(map(len, stops), default=1), compile_(trie_pattern(stops)),
                     frozenset(word[-1] for word in stops if len(word) >= 2))


def strip_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to balanced brackets: no text before an unopened ``）``, no unclosed trailing ``（``."""
    depth = 0
    for i in range(start, end):
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            if depth == 0:
                start = i + 1
            else:
                depth -= 1
    while start < end and text[start] in "（(":  # a name never starts with a bracketed qualifier
        close = next((i for i in range(start, end) if text[i] in "）)"), None)
        start = close + 1 if close is not None else start + 1
    while end > start and text[end - 1] in "（(":
        end -= 1
    return start, end


def is_cjk(text: str) -> bool:
    """Whether ``text`` is one or more CJK unified ideographs (U+4E00 to U+9FFF) and nothing else."""
    return CJK_RUN.fullmatch(text) is not None


def compact(text: str) -> str:
    """``text`` without its whitespace: ``SPACES.sub("", text)`` (``str.split`` splits at the characters
    ``\\s`` matches, ``str.isspace``), a few times cheaper than the pattern on the short names it gets."""
    return "".join(text.split())


class Found(NamedTuple):
    """Where a literal was found; ``start()`` and ``end()`` as on a ``re.Match``."""

    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


def find_all(text: str, word: str) -> Iterator[Found]:
    """``re.finditer(re.escape(word), text)`` without compiling a pattern per word (names vary by article)."""
    if not word:
        yield from (Found(m.start(), m.end()) for m in re.finditer("", text))
        return
    at = text.find(word)
    while at >= 0:
        yield Found(at, at + len(word))
        at = text.find(word, at + len(word))
