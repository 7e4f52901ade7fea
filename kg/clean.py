"""Clean OCR'd text: join hard-wrapped printed lines back into paragraphs, keeping an offset map.

A newspaper page arrives with a hard line break every 15–25 characters (often with a blank line
between printed lines), even inside words and names (乌鲁木⏎⏎齐). ``source_lines`` reads the
printed lines with their offsets, ``paragraphs`` groups them (a line clearly shorter than the
column that ends in sentence punctuation ends a paragraph), and ``join`` / ``concat`` build the
cleaned text as a ``Piece``: the text plus ``Span``s mapping cleaned positions to source offsets.
OCR spaces between CJK characters and digits ("总投资 186 亿元") are dropped; spaces between
Latin words are kept.
"""

from __future__ import annotations

import bisect
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from kg.compiled import regex
from kg.lazy import cached_attribute
from kg.model import Span

TERMINAL = "。！？!?…"
CLOSERS = "”’」』）)》"
_SPACE = regex(r"[ \t\u00a0\u3000]+")
_WHITESPACE = regex(r"\s+")  # str.isspace()
_IDEOGRAPHS = regex("[\u3400-\u4dbf\u4e00-\u9fff]+")  # every one East Asian Wide
_ASCII = regex("[\x00-\x7f]+")  # every one narrow
CJK_CHARS = regex("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")  # is_cjk


@dataclass(frozen=True)
class SourceLine:
    """One non-blank printed line: its stripped text, where it starts in the source, its number."""

    text: str
    start: int  # offset of text[0] in the source document
    number: int  # 1-based line number in the source document
    blank_before: bool = False  # a blank line separates it from the previous printed line
    goes_on: bool = False  # it goes on with the sentence of the line before, broken at a page's foot

    @cached_attribute
    def width(self) -> int:
        """The printed width (``display_width``), asked for many times per line on a page: kept once found
        (``kg.lazy.cached_attribute``: the line's fields stay quick to read)."""
        return display_width(self.text)

    @property
    def offsets(self) -> tuple[int, ...]:
        return tuple(range(self.start, self.start + len(self.text)))


@dataclass(frozen=True)
class Piece:
    """Cleaned text with the source offset of every character (``spans`` compress the map)."""

    text: str
    spans: tuple[Span, ...] = ()

    @property
    def offsets(self) -> tuple[int, ...]:
        out: list[int] = []
        for span in self.spans:
            out += range(span.source_start, span.source_start + span.length)
        return tuple(out)


def display_width(text: str) -> int:
    """Printed width in half-width cells: CJK characters and full-width punctuation count 2.

    Every character counts one, wide ones one more: ideographs (all wide) are counted by regex and ASCII
    (all narrow) removed by regex, so only the other characters, a few in Chinese text, are looked up.
    """
    rest = _IDEOGRAPHS.sub("", text)
    others = _ASCII.sub("", rest)
    wide = sum(unicodedata.east_asian_width(ch) in "WFA" for ch in others)
    return len(text) + (len(text) - len(rest)) + wide


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0002fa1f"


def cjk_ratio(text: str) -> float:
    """The share of CJK characters (``is_cjk``) among the non-space ones (counted in C, by regex)."""
    letters = len(text) - count_matches(_WHITESPACE, text)
    return count_matches(CJK_CHARS, text) / letters if letters else 0.0


def count_matches(pattern: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` a one-character-class ``pattern`` (with ``+``) matches."""
    return len(text) - len(pattern.sub("", text))


# Compatibility characters common in Chinese news (full-width forms, the ideographic space, the ellipsis),
# each with its compatibility decomposition (NFKD): what ``nfkc`` replaces before its quick check.
_COMPAT_RE = regex("[\u2026\u3000\uff01-\uffee]")
_COMPAT = {ch: unicodedata.normalize("NFKD", ch)
           for ch in ("\u2026", "\u3000", *map(chr, range(0xFF01, 0xFFEF)))}


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, about four times faster on Chinese news.

    Replacing a character by its NFKD leaves the NFKD of the whole text as it was, hence its NFKC too; once
    the full-width forms are replaced, a Chinese text is usually NFKC already, which ``is_normalized`` finds
    by a quick check, where ``normalize`` would decompose and recompose every character.
    """
    if not text.isascii():
        replaced = _COMPAT_RE.sub(lambda match: _COMPAT[match[0]], text)
        if unicodedata.is_normalized("NFKC", replaced):
            return replaced
    return unicodedata.normalize("NFKC", text)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation (。！？…), possibly followed by closing quotes."""
    body = text.rstrip().rstrip(CLOSERS)  # no regex search, which would try every position
    return bool(body) and body[-1] in TERMINAL


def source_lines(text: str) -> list[SourceLine]:
    """The non-blank lines of ``text``, stripped, with their offsets and line numbers."""
    out: list[SourceLine] = []
    pos = 0
    blank = False
    for number, raw in enumerate(text.splitlines(keepends=True), start=1):
        stripped = raw.strip()  # the line break is whitespace too
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(SourceLine(stripped, pos + lead, number, blank and bool(out)))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return out


def _is_digit(ch: str) -> bool:
    return ch.isascii() and ch.isdigit()


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _drop_space(before: str, after: str) -> bool:
    """Whether OCR whitespace between ``before`` and ``after`` should go (CJK next to a digit)."""
    # (CJK or full-width punctuation) next to a digit, or full-width punctuation on either side; the
    # punctuation next to a digit is covered by the last two tests, which come last as the dearest
    return (_is_digit(after) and is_cjk(before)) or (_is_digit(before) and is_cjk(after)) or (
        _is_fullwidth_punct(before) or _is_fullwidth_punct(after))


def _is_fullwidth_punct(ch: str) -> bool:
    return not is_cjk(ch) and unicodedata.category(ch)[0] == "P" and unicodedata.east_asian_width(ch) in "WFA"


def has_space(text: str) -> bool:
    """Whether ``text`` holds a character of ``_SPACE`` (four scans in C beat one by the regex engine)."""
    return " " in text or "\u3000" in text or "\t" in text or "\u00a0" in text


def _space_edits(text: str) -> Iterator[tuple[int, int, str]]:
    """Each whitespace run ``text[i:j]`` with what replaces it: one space, or nothing."""
    for match in _SPACE.finditer(text):  # runs are maximal: the character before one is never a space
        i, j = match.span()
        before = text[i - 1] if i > 0 else ""
        after = text[j] if j < len(text) else ""
        yield i, j, " " if before and after and not _drop_space(before, after) else ""


def _normalised(text: str, start: int) -> tuple[str, list[tuple[int, int]]]:
    """A text whose i-th character comes from source offset ``start + i`` with its whitespace runs
    collapsed to one space (or dropped between CJK and digits, next to CJK punctuation: ``_space_edits``),
    and the offsets of what is kept as runs ``(source start, length)``."""
    if not has_space(text):  # the usual case
        return text, [(start, len(text))] if text else []
    parts: list[str] = []
    runs: list[tuple[int, int]] = []
    pos = 0
    for i, j, space in _space_edits(text):
        if i > pos:
            parts.append(text[pos:i])
            runs.append((start + pos, i - pos))
        if space:
            parts.append(space)
            runs.append((start + i, 1))
        pos = j
    if pos < len(text):
        parts.append(text[pos:])
        runs.append((start + pos, len(text) - pos))
    return "".join(parts), runs


def _glue(left: str, right: str) -> str:
    """What to put between two joined printed lines: a space between Latin words, else nothing."""
    if left and right and _is_latin(left[-1]) and _is_latin(right[0]):
        return " "
    return ""


_ACRONYM_END = regex(r"(?<![ A-Za-z])[A-Z]+$")  # a capital run after Chinese ends a line: …揭牌。H
_ACRONYM_START = regex(r"[A-Z]+(?![ A-Za-z])")  # a capital run before Chinese opens one: BAE公司


def _split_acronym(left: str, right: str) -> bool:
    """Whether a line break cuts a run of capitals set in Chinese text (…揭牌。H⏎BAE公司…): a fixed-width
    layout breaks anywhere, so the run is one abbreviation, not two words (English wraps at spaces)."""
    start = _ACRONYM_START.match(right)
    return start is not None and start.end() < len(right) and \
        _ACRONYM_END.search(left) is not None and len(left) > len(_ACRONYM_END.search(left).group())


def join(lines: Sequence[SourceLine]) -> Piece:
    """Join the printed lines of one paragraph into one cleaned line.

    Spaces are normalised line by line: the lines are stripped, so no whitespace run crosses a line
    break, and the glue between two Latin words is a space that ``_space_edits`` keeps.
    """
    parts: list[str] = []
    runs: list[tuple[int, int]] = []
    last = ""  # the last printed character so far
    before = ""  # the last printed line so far
    for line in lines:
        if not line.text:
            continue
        if _glue(last, line.text) and not _split_acronym(before, line.text):
            parts.append(" ")
            runs.append((runs[-1][0] + runs[-1][1], 1))  # the line's last character is never a space
        text, line_runs = _normalised(line.text, line.start)
        parts.append(text)
        runs += line_runs
        last = line.text[-1]
        before = line.text
    return from_runs("".join(parts), runs)


def clean_lines(lines: Sequence[SourceLine]) -> Piece:
    """Each printed line a paragraph of its own: ``concat`` of the ``clean_line``s, built in one go."""
    parts: list[str] = []
    runs: list[tuple[int, int]] = []
    for line in lines:
        text, line_runs = _normalised(line.text, line.start)
        if not text:
            continue
        if parts and line.goes_on:  # a sentence broken at a page's foot: one paragraph
            if _glue(parts[-1][-1], text):
                parts.append(" ")
                runs.append((runs[-1][0] + runs[-1][1], 1))
        elif parts:
            parts.append("\n")
            runs.append((runs[-1][0] + runs[-1][1], 1))  # the line break maps to the end of the line before
        parts.append(text)
        runs += line_runs
    return from_runs("".join(parts), runs)


def concat(pieces: Iterable[Piece], *, sep: str = "\n") -> Piece:
    """Pieces one after another with ``sep`` between them (``sep`` maps to the end of the previous piece)."""
    text: list[str] = []
    runs: list[tuple[int, int]] = []
    for piece in pieces:
        if not piece.text:
            continue
        if text and sep:
            text.append(sep)
            runs += [(runs[-1][0] + runs[-1][1], 1)] * len(sep)
        text.append(piece.text)
        runs += [(span.source_start, span.length) for span in piece.spans]
    return from_runs("".join(text), runs)


def from_runs(text: str, runs: Iterable[tuple[int, int]]) -> Piece:
    """A ``Piece`` for ``text`` whose offsets are given as runs ``(source start, length)``: runs that
    continue one another merge into one span, so no offset per character is ever built."""
    spans: list[Span] = []
    start = source = length = 0
    for run_source, run_length in runs:
        if not run_length:
            continue
        if length and source + length == run_source:
            length += run_length
            continue
        if length:
            spans.append(Span(start=start, source_start=source, length=length))
            start += length
        source, length = run_source, run_length
    if length:
        spans.append(Span(start=start, source_start=source, length=length))
    if start + length != len(text):
        raise ValueError("one offset per character is needed")
    return Piece(text=text, spans=tuple(spans))


def column_width(widths: Sequence[int]) -> float | None:
    """The width of a full printed line among ``widths``: the upper quartile, robust to short lines."""
    if not widths:
        return None
    ordered = sorted(widths)
    return float(ordered[(3 * len(ordered)) // 4])


def local_widths(lines: Sequence[SourceLine], *, window: int = 6) -> list[float]:
    """For each line, the column width of the lines before it (pages mix columns of several widths).

    The lines before a line are in its column unless a new story started just before it; with fewer
    than three lines before it, the lines after it count too.
    """
    widths = [line.width for line in lines]
    out: list[float] = []
    for i in range(len(lines)):
        around = widths[max(0, i - window): i]
        if len(around) < 3:
            around += widths[i + 1: i + 1 + window]
        out.append(column_width(around) or float(widths[i]))
    return out


def ends_paragraph(line: SourceLine, column: float, *, slack: float = 0.86) -> bool:
    """A printed line clearly shorter than its column that ends a sentence ends a paragraph."""
    return ends_sentence(line.text) and line.width < slack * column


def paragraphs(lines: Sequence[SourceLine], *,
               columns: Sequence[float] | None = None) -> list[list[SourceLine]]:
    """Group hard-wrapped printed lines into paragraphs."""
    columns = list(columns) if columns is not None else local_widths(lines)
    out: list[list[SourceLine]] = []
    current: list[SourceLine] = []
    for line, column in zip(lines, columns, strict=True):
        current.append(line)
        if ends_paragraph(line, column):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def paragraph_column(lines: Sequence[SourceLine]) -> float | None:
    """The column width of one paragraph, from its inner lines (the first is indented, the last short)."""
    inner = [line.width for line in lines[1:-1]]
    return statistics.median(inner) if inner else None


def clean(text: str) -> Piece:
    """Join a whole hard-wrapped text into paragraphs separated by ``\\n``."""
    lines = source_lines(text)
    return concat(join(group) for group in paragraphs(lines))


def clean_line(line: SourceLine) -> Piece:
    """One printed line on its own, spaces normalised."""
    return join([line])


def clean_text(line: SourceLine) -> str:
    """``clean_line(line).text``: the text alone, no offset map built."""
    return _normalised(line.text, line.start)[0]


def is_hard_wrapped(lines: Sequence[SourceLine]) -> bool:
    """Whether printed lines were broken at a fixed width (an OCR'd page) rather than at paragraph ends."""
    return hard_wrapped([line.text for line in lines])


def hard_wrapped(texts: Sequence[str]) -> bool:
    """``is_hard_wrapped`` from the lines' stripped texts alone (no ``SourceLine`` needed): at least six
    lines, four in five at most 40 characters long, at most one in ten more than twice the upper quartile's
    length (a paragraph), and half of them not ending a sentence."""
    if len(texts) < 6:
        return False
    lengths = sorted(map(len, texts))
    if lengths[(4 * len(lengths)) // 5] > 40:
        return False  # paragraphs, not printed lines: no need to look at their ends
    if 10 * sum(length > 2 * lengths[(3 * len(lengths)) // 4] for length in lengths) > len(lengths):
        return False  # paragraphs with a list one item a line (…分别是：⏎A高新区⏎B高新区): no line is wrapped
    open_ended = sum(not ends_sentence(text) for text in texts) / len(texts)
    return open_ended >= 0.5


# ---------------------------------------------------------------- page furniture

# A page footer or page number printed on a line of its own: 第 1 页 共 2 页, 第3页/共5页, 共2页 第1页,
# 第 4 页, - 3 -, — 12 —, Page 2 of 5
_PAGE_NUMBER_RE = regex(
    r"第\s*\d{1,4}\s*页(?:\s*[,，/／|｜]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，/／|｜]?\s*第\s*\d{1,4}\s*页"
    r"|[-－—–]{1,2}\s*\d{1,4}\s*[-－—–]{1,2}"
    r"|(?i:page)\s*\d{1,4}(?:\s*(?i:of)\s*\d{1,4})?"
)
# A bare ``3 / 5`` counts as a page number only where the text marks its pages with form feeds
_PAGE_FRACTION_RE = regex(r"\d{1,4}\s*/\s*\d{1,4}")
_WORDS = regex(r"[\w#]")  # the characters of a line that are not punctuation
_RUNNING_MAX = 60  # a running header or footer is one short line
_NEAR = 2  # how many printed lines from a page break a running header or footer may stand


def is_page_number(text: str, *, form_feeds: bool = False) -> bool:
    """Whether a printed line is only a page footer or page number (第 1 页 共 2 页, - 3 -, Page 2 of 5)."""
    text = text.strip()
    return bool(_PAGE_NUMBER_RE.fullmatch(text) or (form_feeds and _PAGE_FRACTION_RE.fullmatch(text)))


def _running_key(text: str) -> str:
    """A line compared across pages: spaces gone, digits alike (a header may carry the page's number)."""
    return re.sub(r"\d+", "#", _WHITESPACE.sub("", nfkc(text)))


def _page_bounds(text: str, lines: Sequence[SourceLine]) -> list[float]:
    """Where the pages of ``text`` end, as line numbers: a form feed's (on a line of its own, or ending a
    page's last line: half a line after it) and a page number line's."""
    if "\f" not in text and not any(map(is_page_number, (line.text for line in lines))):
        return []
    feeds = {number + 0.5 * bool(raw.strip()) for number, raw in enumerate(text.splitlines(keepends=True), 1)
             if "\f" in raw}
    numbers = {line.number for line in lines if is_page_number(line.text, form_feeds=bool(feeds))}
    return sorted(feeds | numbers)


def page_furniture(text: str, lines: Sequence[SourceLine]) -> frozenset[int]:
    """The numbers of the lines of ``lines`` (``source_lines(text)``) that are page furniture: page
    footers and page numbers, and running headers or footers (the same short line next to two or more
    page breaks, a page break being a form feed or a page number line). None on a text without pages."""
    bounds = _page_bounds(text, lines)
    breaks = set(bounds)
    numbers = {line.number for line in lines if line.number in breaks}
    if not bounds:
        return frozenset()
    kept = [line for line in lines if line.number not in numbers]
    pages = [bisect.bisect(bounds, line.number) for line in kept]  # a page between two breaks
    sizes = Counter(pages)
    seen: Counter[int] = Counter()
    places: dict[str, list[tuple[bool, bool]]] = {}  # per line: (at a page's edge, at a page break)
    for line, page in zip(kept, pages, strict=True):
        since = seen[page]
        seen[page] += 1
        until = sizes[page] - since - 1
        key = _running_key(line.text)
        if len(line.text) > _RUNNING_MAX or len(_WORDS.findall(key)) < 4:
            continue
        top, foot = since < _NEAR, until < _NEAR
        at_break = (top and page > 0) or (foot and page < len(bounds))
        places.setdefault(key, []).append((top or foot, at_break))
    running = {key for key, marks in places.items()
               if len(marks) >= 2 and all(edge for edge, _ in marks) and any(brk for _, brk in marks)}
    return frozenset(numbers | {line.number for line in kept if _running_key(line.text) in running})


def without_furniture(text: str, lines: Sequence[SourceLine]) -> list[SourceLine]:
    """``lines`` without the page furniture, the pages read as one text: the first line of a page takes
    the blank-line style of the text, and goes on with a sentence broken at the foot of the page before."""
    furniture = page_furniture(text, lines)
    if not furniture:
        return list(lines)
    bounds = _page_bounds(text, lines)
    blank_style = 2 * sum(line.blank_before for line in lines) >= len(lines)
    out: list[SourceLine] = []
    blank = False  # a blank line before or after the furniture just dropped
    for line in lines:
        if line.number in furniture:
            blank = blank or line.blank_before
            continue
        if not out:
            line = SourceLine(line.text, line.start, line.number)
        elif any(out[-1].number < bound < line.number for bound in bounds):  # the next page
            line = SourceLine(line.text, line.start, line.number, blank_style, _broken(out[-1].text))
        elif blank:  # a running header at the top of the first page, then a blank line
            line = SourceLine(line.text, line.start, line.number, True)
        blank = False
        out.append(line)
    return out


_BROKEN_MIN = 16  # a line this long that ends with no sentence's end is a sentence cut by the page's foot


def _broken(text: str) -> bool:
    """Whether a page's last line breaks off a sentence (not a short heading ending with no punctuation)."""
    return len(text) >= _BROKEN_MIN and not ends_sentence(text) and text[-1] not in "：:"


def page_lines(text: str) -> list[SourceLine]:
    """``source_lines`` of a text with its page furniture removed (``without_furniture``)."""
    return without_furniture(text, source_lines(text))
