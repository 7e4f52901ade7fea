"""The run-based builders of kg.clean (no offset per character) agree with per-character definitions."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence

import pytest
from clean_reference import from_offsets, normalise_spaces

from kg.clean import (
    Piece,
    SourceLine,
    _split_acronym,
    clean_line,
    clean_lines,
    clean_text,
    concat,
    from_runs,
    hard_wrapped,
    has_space,
    is_hard_wrapped,
    join,
    nfkc,
    source_lines,
)

# characters that exercise every rule: CJK, digits, Latin letters, full-width punctuation, OCR spaces
ALPHABET = "高新区园一二" "0123" "abXY" "，。（）：" "  \t\u3000\u00a0" "-.…"


def _offsets(line: SourceLine) -> list[int]:
    return list(range(line.start, line.start + len(line.text)))


def reference_join(lines: Sequence[SourceLine]) -> Piece:
    """``join`` with one offset per character: glue Latin words, then normalise spaces over the whole."""
    chars: list[str] = []
    offs: list[int] = []
    before = ""  # the last line with text (a capital run cut by its break is glued: _split_acronym)
    for line in lines:
        if chars and line.text and chars[-1].isascii() and chars[-1].isalpha() \
                and line.text[0].isascii() and line.text[0].isalpha() \
                and not _split_acronym(before, line.text):
            chars.append(" ")
            offs.append(offs[-1] + 1)
        chars += line.text
        offs += _offsets(line)
        before = line.text or before
    return from_offsets(*normalise_spaces("".join(chars), offs))


def reference_concat(pieces: Sequence[Piece], sep: str = "\n") -> Piece:
    text: list[str] = []
    offs: list[int] = []
    for piece in pieces:
        if piece.text:
            if text and sep:
                text.append(sep)
                offs += [offs[-1] + 1] * len(sep)
            text.append(piece.text)
            offs += piece.offsets
    return from_offsets("".join(text), offs)


def random_text(rng: random.Random) -> str:
    """A few printed lines, sometimes hard-wrapped with blank lines between them."""
    lines = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
             for _ in range(rng.randint(1, 9))]
    return rng.choice(["\n", "\n\n", "\r\n", "\n \n"]).join(lines)


@pytest.mark.parametrize("seed", range(10))
def test_join_clean_lines_and_concat_match_the_per_character_definitions(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(30):
        lines = source_lines(random_text(rng))
        assert join(lines) == reference_join(lines)
        assert clean_lines(lines) == reference_concat([reference_join([line]) for line in lines])
        pieces = [join(lines[k:k + 2]) for k in range(0, len(lines), 2)]
        for sep in ("\n", "", "\n\n"):
            assert concat(pieces, sep=sep) == reference_concat(pieces, sep)


def test_join_keeps_the_space_glued_between_latin_words_and_its_offset() -> None:
    source = "引进 Smart\nFactory 系统\n"
    piece = join(source_lines(source))
    assert piece.text == "引进 Smart Factory 系统"
    assert piece.offsets[piece.text.index(" Factory")] == source.index("\n")


def test_clean_line_normalises_spaces_with_offsets_into_the_line() -> None:
    source = "  总投资 186 亿元，Hi  Tech\u3000园区"
    piece = clean_line(source_lines(source)[0])
    assert piece.text == "总投资186亿元，Hi Tech 园区"
    assert piece == from_offsets(*normalise_spaces(source[2:], range(2, len(source))))


@pytest.mark.parametrize("runs", [[], [(5, 3)], [(5, 3), (8, 2)], [(5, 0), (9, 2), (0, 0), (11, 1), (3, 1)],
                                  [(4, 1), (4, 1), (5, 2)]])
def test_from_runs_is_from_offsets_of_the_expanded_runs(runs: list[tuple[int, int]]) -> None:
    offsets = [o for start, length in runs for o in range(start, start + length)]
    text = "x" * len(offsets)
    assert from_runs(text, runs) == from_offsets(text, offsets)


def test_from_runs_needs_one_offset_per_character() -> None:
    with pytest.raises(ValueError):
        from_runs("abc", [(0, 2)])


@pytest.mark.parametrize("seed", range(10))
def test_nfkc_is_unicode_nfkc(seed: int) -> None:
    rng = random.Random(seed)
    pool = [chr(c) for c in [*range(0x20, 0x180), *range(0x300, 0x350), *range(0x1100, 0x1180),
                             *range(0x2000, 0x2100), *range(0x3000, 0x3040), *range(0xAC00, 0xAC10),
                             *range(0xF900, 0xF910), *range(0xFF00, 0xFFF0)]] + list("高新区，。") * 40
    for _ in range(500):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert nfkc(text) == unicodedata.normalize("NFKC", text)
    assert nfkc("总投资１２０亿元，（记者　王蓓）…") == "总投资120亿元,(记者 王蓓)..."


@pytest.mark.parametrize("seed", range(10))
def test_hard_wrapped_texts_agree_with_is_hard_wrapped(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(100):
        width = rng.choice([20, 60])
        text = "\n".join("".join(rng.choice("高新区。！1a ") for _ in range(rng.randint(0, width)))
                         for _ in range(rng.randint(0, 12)))
        lines = source_lines(text)
        assert hard_wrapped([line.text for line in lines]) == is_hard_wrapped(lines)


def test_has_space_finds_what_the_space_pattern_finds() -> None:
    from kg.clean import _SPACE

    for code in range(0x3100):
        text = f"高{chr(code)}新"
        assert has_space(text) == bool(_SPACE.search(text)), hex(code)
    assert not has_space("") and has_space("a b")


def test_ends_sentence_is_the_terminal_pattern_at_the_end() -> None:
    import re

    from kg.clean import CLOSERS, TERMINAL, ends_sentence

    pattern = re.compile(f"[{TERMINAL}][{re.escape(CLOSERS)}]*$")
    rng = random.Random(3)
    pool = TERMINAL + CLOSERS + "高a1 \n\t\u3000，"
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 6)))
        assert ends_sentence(text) == bool(pattern.search(text.rstrip())), repr(text)


def test_drop_space_is_cjk_or_punctuation_next_to_a_digit_or_punctuation_on_either_side() -> None:
    from kg.clean import _drop_space, _is_digit, _is_fullwidth_punct, is_cjk

    chars = "高新1a，。（）,.《》：-A9\u3001\u2026"
    for before in chars:
        for after in chars:
            cjk_b = is_cjk(before) or _is_fullwidth_punct(before)
            cjk_a = is_cjk(after) or _is_fullwidth_punct(after)
            expected = (cjk_b and _is_digit(after)) or (_is_digit(before) and cjk_a) or (
                _is_fullwidth_punct(before) or _is_fullwidth_punct(after))
            assert _drop_space(before, after) == expected, (before, after)


def test_clean_text_is_the_text_of_clean_line() -> None:
    for line in source_lines("总投资 186 亿元\n  Hi  Tech\u3000园区 \n高新区\n"):
        assert clean_text(line) == clean_line(line).text


def test_display_width_counts_wide_characters_twice() -> None:
    from kg.clean import display_width

    rng = random.Random(5)
    pool = [chr(c) for c in [*range(0x20, 0x300), *range(0x2000, 0x2100), *range(0x3000, 0x3100),
                             *range(0x3400, 0x3410), *range(0x4DB0, 0x4E10), *range(0x9FF0, 0xA010),
                             *range(0xFF00, 0xFFF0), 0x20000, 0x2FA1F]]
    for _ in range(500):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        expected = sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)
        assert display_width(text) == expected, repr(text)
