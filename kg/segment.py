"""Split documents into articles: an OCR'd page into its stories, anything else into one article.

A page holds several articles printed in columns, with hard line breaks (see ``kg.clean``).
An article starts at a dateline (本报讯, 本报X月X日讯, 新华社…电, （记者…）), after a ``▶ 王蓓``
byline (which belongs to the story after it), after a row of 2–4 names (which belongs to the story
before it), or where the column width changes between paragraphs (stories are set in columns of
different widths). Headlines printed together after the last article are matched back to the
articles by the words they share (zone names, amounts, key terms); a ``▶`` byline among them goes
to the article of the headline next to it when that article has no byline of its own.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import add

from kg import gazetteer
from kg.clean import (
    Piece,
    SourceLine,
    clean_lines,
    clean_text,
    column_width,
    concat,
    ends_paragraph,
    ends_sentence,
    is_hard_wrapped,
    join,
    local_widths,
    nfkc,
    page_lines,
    paragraph_column,
    paragraphs,
)
from kg.compiled import regex
from kg.ids import digest
from kg.model import Article, DocKind, Document
from kg.traditional import simplify

LOGGER = logging.getLogger(__name__)

_HAN = "\u3400-\u9fff"
# a name of two to four characters, or one with a middle dot (Uyghur, Kazakh, Tibetan: 热依拉·买买提)
_NAME = f"(?:[{_HAN}]{{2,4}}|[{_HAN}]{{1,8}}[·•・‧][{_HAN}]{{1,8}})"
_NAME_RE = regex(_NAME)
_DOTS = frozenset("·•・‧")
_NAME_SEPARATORS = regex(r"[\s、,，;；:：/]+")
_GAP = r"[ \t\u3000、,，]+"
# Characters that occur in words and headlines but hardly ever in Chinese names. Never a common surname
# or given-name character (高, 项, 家, 国, 建, 中, 新, 华, 明, 和, 为, 进, 展, 大, 月, 业…).
_NOT_NAME = set("的了是在与及对把将被等区市省县镇村会局部厅委园发创科技产经济企公年日"
                "工作目合推设招商投资开班召举办签约入选试点议")
_BYLINE_MARK = "▶►▷➤■●◆"
_BYLINE_RE = regex(f"^[{_BYLINE_MARK}]\\s*(.+)$")
_NAME_ROW_RE = regex(f"^[{_HAN}]{{2,3}}(?:[ \\t\\u3000]+[{_HAN}]{{2,3}}){{1,3}}$")
# A bare 文, 图 or 摄 is a role only standing apart from a name (王蓓 摄, 文 王蓓), never inside one
# (肖文斌); only 摄 closes a name it is glued to (王蓓摄): a name may end in 文 or 图 (通讯员 袁书文）).
_ROLE_RE = regex(
    r"本报记者|特约记者|见习记者|实习生|通讯员|记者|摄影|文/图|文／图|文/|文／|图/|图／"
    f"|(?<![{_HAN}])[摄文图]|摄(?![{_HAN}])"
)
_DATELINE_RE = regex(
    r"^(?:本报讯|本报[^\s，。、]{0,14}?(?:讯|电)|(?:新华社|中新社|中新网|人民网|央广网|新华网)"
    r"[^\s，。、]{0,16}?电|[（(](?:本报)?记者[^）)]{1,24}[）)])"
)
_STRONG_DATELINE_RE = regex(
    r"^(?:本报讯|本报[^\s，。、]{0,14}?(?:讯|电)|(?:新华社|中新社|中新网|人民网)[^\s，。、]{0,16}?电)"
)
_FURNITURE_RE = regex(r"^[（(【\[]?(?:完|责任编辑|编辑|校对|审核|来源)[：:）)】\]]")
# A dateline a byline may follow: 本报讯, 本报X月X日讯, a wire's 新华社北京3月5日电 (a space may come between)
_BYLINE_AFTER = (r"(?:(?:本报讯|本报[^\s，。、（(]{0,14}?(?:讯|电)"
                 r"|(?:新华社|中新社|中新网|人民网|央广网|新华网)[^\s，。、（(]{0,16}?电)\s*)?")
_BODY_BYLINE_RES = (
    regex(r"[（(]\s*((?:本报|特约|见习)?记者[^）)]{2,30})[）)]"),
    regex(f"^{_BYLINE_AFTER}[（(]\\s*({_NAME}(?:{_GAP}{_NAME}){{0,3}})\\s*[）)]"),
    regex(f"^{_BYLINE_AFTER}((?:本报记者|记者|通讯员|文[/／]|文/图|文／图)\\s*{_NAME}"
          f"(?:(?:{_GAP}|{_GAP}?(?:通讯员|记者)\\s*){_NAME}){{0,3}})(?=[\\s，,。]|报道|$)"),
)
_TRAILING_BYLINE_RE = regex(f"[（(]\\s*({_NAME}(?:{_GAP}{_NAME}){{0,3}})\\s*[）)]$")
# A line that is only a bracketed byline with roles: （记者 邬小燕 通讯员 高建）, （本报记者 王晓林）
_BYLINE_LINE_RE = regex(f"^[（(]\\s*((?:(?:本报|特约|见习)?记者|通讯员|实习生)\\s*{_NAME}"
                        f"(?:(?:{_GAP}|{_GAP}?(?:(?:本报|特约|见习)?记者|通讯员|实习生)\\s*){_NAME}){{0,5}})"
                        f"\\s*[）)]$")
_BYLINE_ONLY_RE = regex(r"^(?:本报记者|特约记者|记者|通讯员|文[/／]|文/图|文／图)")
_WEB_META_RE = regex(r"^(?:来源|发布时间|发布日期|时间|作者|编辑|责任编辑|浏览次数|字号)[：:]")


def names_in(text: str) -> tuple[str, ...]:
    """The personal names in a byline (``本报记者 王晓林 通讯员 李明`` → 王晓林, 李明)."""
    text = _ROLE_RE.sub(" ", nfkc(text))
    out: list[str] = []
    for token in _NAME_SEPARATORS.split(text):
        # a dotted name is a transliteration, its characters any (热合曼·买买提)
        if _NAME_RE.fullmatch(token) and (not _NOT_NAME & set(token) or _DOTS & set(token)) and \
                token not in out:
            out.append(token)
    return tuple(out)


def byline_names(text: str) -> tuple[str, ...]:
    """Names of a ``▶ 王蓓`` byline line, or ``()`` when the line is not one."""
    match = _BYLINE_RE.match(text.strip())
    if not match:
        return ()
    rest = match.group(1)
    names = names_in(rest)
    leftover = re.sub(r"[\s、,，/／:：]", "", _ROLE_RE.sub("", rest))
    return names if names and len(leftover) == sum(map(len, names)) else ()


def name_row(text: str) -> tuple[str, ...]:
    """Names of a row of 2–4 personal names separated by spaces (``石珊 谢小青 陈炜``), else ``()``; a
    two-character name may be spaced out to the width of three (``谭  静    罗明远``)."""
    text = text.strip()
    if not _NAME_ROW_RE.match(text):
        text = _spaced_names(text)
        if not _NAME_ROW_RE.match(text):
            return ()
    names = tuple(text.split())
    plain = [not _NOT_NAME & set(n) for n in names]
    if all(plain):
        return names
    # a Mongolian given name holds 日 (X日娜, Y日朗): beside a plain name, a three-character name with 日
    # in the middle only
    return names if any(plain) and all(ok or (len(n) == 3 and n[1] in _TRANSLIT
                                              and not _NOT_NAME & {n[0], n[2]})
                                       for ok, n in zip(plain, names, strict=True)) else ()


_TRANSLIT = frozenset("日")  # a character of _NOT_NAME that Mongolian names are often written with


_SPACED_NAME_RE = regex(f"(?<![{_HAN}])([{_HAN}])[ \t\u3000]+([{_HAN}])(?![{_HAN}])")


def _spaced_names(text: str) -> str:
    """A row with each spaced-out two-character name (``谭  静``, a surname first) closed up."""
    if not re.fullmatch(f"[{_HAN} \t\u3000]+", text):
        return text
    surnames = gazetteer.default().surnames
    return _SPACED_NAME_RE.sub(lambda m: m[1] + m[2] if m[1] in surnames else m[0], text)


def body_creators(text: str) -> tuple[str, ...]:
    """Bylines printed in the body: （记者王晓林）, （王艳）, 本报记者 X, 文/X, 通讯员 X, a closing （X）."""
    printed = text[:80]
    head = simplify(printed)  # 【本報訊】（記者 X） read as 【本报讯】（记者 X）
    out: list[str] = []
    for pattern in _BODY_BYLINE_RES:
        for match in pattern.finditer(head):
            out += [n for n in _printed_names(match.group(1), printed[match.start(1):match.end(1)])
                    if n not in out]
        if out:
            break
    tail = _TRAILING_BYLINE_RE.search(text.rstrip()[-30:])
    if tail:
        out += [n for n in names_in(tail.group(1)) if n not in out]
    return tuple(out)


def _printed_names(shadow: str, printed: str) -> list[str]:
    """The names in a byline read on its simplified shadow, each as printed (the same offsets)."""
    if shadow == printed:
        return list(names_in(shadow))
    out = []
    for name in names_in(shadow):
        at = shadow.find(name)
        out.append(printed[at:at + len(name)] if at >= 0 else name)
    return out


def is_dateline(text: str) -> bool:
    return bool(_DATELINE_RE.match(text))


# ---------------------------------------------------------------- single articles


def article_id(text: str) -> str:
    """A stable id from the body alone (NFKC, no whitespace): the same story printed twice is one article."""
    return digest("".join(nfkc(text).split()))  # str.split() splits where \s matches


def _make_article(doc: Document, body: Piece, *, titles: Sequence[str] = (), creators: Sequence[str] = (),
                  line: int | None = None) -> Article:
    return Article(
        id=article_id(body.text), source=doc.source, text=body.text, titles=tuple(t for t in titles if t),
        creators=tuple(dict.fromkeys(creators)), date=doc.date, url=doc.url, outlet=doc.outlet,
        spans=body.spans, line=line if line is not None else doc.line,
    )


def _story_body(lines: Sequence[SourceLine]) -> Piece:
    """A story's body: hard-wrapped lines joined into paragraphs, else each line a paragraph."""
    if is_hard_wrapped(lines):
        return concat(join(group) for group in paragraphs(lines))
    return clean_lines(lines)


# A listed company's announcement header (证券代码：300001　证券简称：X　公告编号：2024-001) and the
# announcement's title line under the company's name (关于…的公告)
_SECURITIES_HEADER_RE = regex(r"^(?:证券|股票)代码[：:]\s*\w+.{0,40}(?:简称|公告编号)")
_ANNOUNCEMENT_TITLE_RE = regex(r"^[^。；！？]{4,60}(?:公告|提示性公告|报告书?)$")


def _single(doc: Document, *, title_from_text: bool) -> list[Article]:
    """One article: a story file (title line, blank line, body), a JSON line, a web page or a PDF."""
    lines = page_lines(doc.text)
    titles = [doc.title] if doc.title else []
    if title_from_text and not titles and len(lines) > 2 and _SECURITIES_HEADER_RE.match(lines[0].text):
        lines = lines[1:]  # a listed company's 证券代码…公告编号 header: no headline of its own
        if not lines[1].blank_before and _ANNOUNCEMENT_TITLE_RE.match(lines[1].text) and \
                _looks_like_title(lines[0]):  # the company's name, then 关于…的公告: one headline
            titles.append(clean_text(lines[0]) + clean_text(lines[1]))
            lines = lines[2:]
    if title_from_text and not titles and len(lines) > 1 and _looks_like_title(lines[0]) \
            and (lines[1].blank_before or not is_hard_wrapped(lines)):
        titles.append(clean_text(lines[0]))
        lines = lines[1:]
    if titles and len(lines) > 1 and not lines[0].blank_before and _SUBTITLE_RE.match(lines[0].text) and \
            _looks_like_title(lines[0]):  # the headline's subtitle (——访…) under it
        titles += heading_titles([clean_text(lines[0])])
        lines = lines[1:]
    creators: list[str] = []
    kept: list[SourceLine] = []
    for line in lines:
        names = byline_names(line.text) or name_row(line.text) or _byline_only(line.text) or \
            _bracketed_byline(line.text) or outlet_byline(line.text)
        if names:
            creators += names
        elif doc.kind is DocKind.HTML and _DATED_META_RE.match(line.text):
            creators += _meta_authors(line.text)  # 2018-10-12 08:35　来源：X　作者：Y: Y is the byline
        elif not _FURNITURE_RE.match(line.text) and not (
                doc.kind is DocKind.HTML and _WEB_META_RE.match(line.text)):
            kept.append(line)
    if titles and kept and clean_text(kept[0]) == titles[0]:
        kept = kept[1:]  # the headline repeated at the top of the body
    body = _story_body(kept)
    if not body.text:
        return []
    creators += body_creators(body.text)
    line = kept[0].number if doc.kind is DocKind.STORY else None
    return [_make_article(doc, body, titles=titles, creators=creators, line=line)]


# A web page's meta line (a date and time may lead it) with its fields: 来源：X　作者：Y　发布时间：…
_DATED_META_RE = regex(r"^[\d\s\-/:：.年月日]*(?:来源|作者|发布时间|发布日期)[：:][^\n]{0,70}$")
_META_AUTHOR_RE = regex(r"(?:作者|记者)[：:]\s*(.+?)\s*(?=(?:来源|发布时间|发布日期|时间|编辑|责任编辑|"
                        r"浏览|字号|点击)[：:]|[\u3000|｜]|$)")


def _meta_authors(text: str) -> tuple[str, ...]:
    """The names of a web meta line's 作者：/记者： field (none without one)."""
    field = _META_AUTHOR_RE.search(text)
    return names_in(field.group(1)) if field else ()


def _bracketed_byline(text: str) -> tuple[str, ...]:
    """Names when the whole line is a bracketed byline with roles (``（记者 邬小燕 通讯员 高建）``)."""
    match = _BYLINE_LINE_RE.match(text.strip())
    return names_in(match.group(1)) if match else ()


def _byline_only(text: str) -> tuple[str, ...]:
    """Names when the whole line is a byline (``本报记者 王晓林 通讯员 李明``, ``文/王艳``)."""
    if not _BYLINE_ONLY_RE.match(text):
        return ()
    names = names_in(text)
    leftover = re.sub(r"[\s、,，/／:：]", "", _ROLE_RE.sub("", text))
    return names if names and len(leftover) == sum(map(len, names)) else ()


# A line that is only a paper's reporter and his name: 东莞日报记者　梁婉婷, 江城晚报首席记者 X 通讯员 Y
_REPORTER = r"(?:首席|资深|特约|见习)?(?:记者|通讯员)[ \t\u3000]*"
_OUTLET = "(?:日报|晚报|晨报|时报|商报|新闻网|融媒体中心|广播电视台|电视台)"
_OUTLET_BYLINE_RE = regex(f"^[{_HAN}]{{1,10}}?{_OUTLET}"
                          f"({_REPORTER}{_NAME}(?:(?:{_GAP}|{_GAP}?{_REPORTER}){_NAME}){{0,3}})$")


def outlet_byline(text: str) -> tuple[str, ...]:
    """Names when the whole line is a paper's byline (``东莞日报记者　梁婉婷``): its outlet, then roles and
    names."""
    match = _OUTLET_BYLINE_RE.match(text.strip())
    return names_in(re.sub("首席|资深|特约|见习", " ", match.group(1))) if match else ()


def _looks_like_title(line: SourceLine) -> bool:
    return 2 <= len(line.text) <= 60 and not ends_sentence(line.text) and not is_dateline(line.text) \
        and not byline_names(line.text) and not dated_opening(line.text)


# ---------------------------------------------------------------- pages


TEXT, BYLINE, NAMES, FURNITURE = "text", "byline", "names", "furniture"


@dataclass(frozen=True)
class Unit:
    """A printed line with what it is: body text, a ▶ byline, a row of names, or page furniture."""

    kind: str
    line: SourceLine
    names: tuple[str, ...] = ()


@dataclass
class _Draft:
    """An article being assembled from a page (mutable only inside ``split_page``)."""

    units: list[Unit] = field(default_factory=list)
    groups: list[list[Unit]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    creators: list[str] = field(default_factory=list)
    headline_at: list[int] = field(default_factory=list)  # positions of its end-of-page headlines


# A page's masthead: the paper's or section's name, the date (and weekday), the page number
# (吉林·山西新闻　2019年5月10日　星期五　第5版, 第A05版：要闻): page furniture, never a headline
_MASTHEAD_RE = regex(r"^[^，。；！？]{0,24}?(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                     r"\s*(?:(?:星期|周)[一二三四五六日天]|[（(](?:星期|周)?[一二三四五六日天][）)])?\s*第\s*[A-Za-zＡ-Ｚ]?\s*[\d０-９一二三四五六七八九十]+\s*版"
                     r"(?:\s*[:：]?\s*[^，。；！？\s]{0,8})?\s*$")


def is_masthead(text: str) -> bool:
    """Whether a line is a page's masthead (a name, a date, 第N版), not a headline or body text."""
    return "版" in text and _MASTHEAD_RE.match(text.strip()) is not None


def classify(lines: Sequence[SourceLine]) -> list[Unit]:
    out: list[Unit] = []
    for line in lines:
        if names := byline_names(line.text) or _byline_only(line.text):  # ▶ 王蓓, 本报记者 王蓓
            out.append(Unit(BYLINE, line, names))
        elif names := name_row(line.text):
            out.append(Unit(NAMES, line, names))
        elif _FURNITURE_RE.match(line.text) or is_masthead(line.text):
            out.append(Unit(FURNITURE, line))
        else:
            out.append(Unit(TEXT, line))
    return out


def _body_end(units: Sequence[Unit], columns: dict[int, float]) -> int:
    """Where the end-of-page headlines begin: after the last line ending a sentence (and its name row).

    A line ending in ！ or ？ after a short open-ended line is a headline, not the end of a story:
    a story's lines run on at the full column width.
    """
    def body_line(i: int) -> bool:
        unit = units[i]
        if unit.kind != TEXT or not ends_sentence(unit.line.text):
            return False
        if "。" in unit.line.text[-3:] or i == 0:
            return True
        prev = units[i - 1]
        return not (prev.kind == TEXT and not ends_sentence(prev.line.text)
                    and prev.line.width < 0.8 * columns.get(prev.line.number, prev.line.width))

    last = max((i for i in range(len(units)) if body_line(i)), default=-1)
    if last < 0:
        return len(units)
    end = last + 1
    while end < len(units) and units[end].kind in (NAMES, FURNITURE):
        end += 1
    return end


def _closing_name(units: list[Unit], end: int) -> int:
    """A lone personal name right after the page's last story (its byline, before the headlines)."""
    if end < len(units) and units[end].kind == TEXT and lone_name(units[end].line.text):
        units[end] = Unit(NAMES, units[end].line, (units[end].line.text.strip(),))
        return end + 1
    return end


def lone_name(text: str) -> bool:
    """Whether a line is one personal name: two or three Han characters starting with a surname."""
    text = text.strip()
    if not re.fullmatch(f"[{_HAN}]{{2,3}}", text) or _NOT_NAME & set(text):
        return False
    surnames = gazetteer.default().surnames
    return text[:1] in surnames or text[:2] in surnames


def _blank_breaks(units: Sequence[Unit], end: int, columns: dict[int, float]) -> bool:
    """Whether the page sets a story's paragraphs without blank lines between them (a short line ending a
    sentence, then the next paragraph right below it), so that a blank line between two stretches of
    text parts two stories."""
    return any(units[i - 1].kind == TEXT and units[i].kind == TEXT and not units[i].line.blank_before
               and ends_paragraph(units[i - 1].line, columns[units[i - 1].line.number])
               for i in range(1, end))


def _starts(units: Sequence[Unit], end: int, *, blank_breaks: bool = False) -> dict[int, int]:
    """Article starts before ``end``: {first line of the article: its first body line} (indexes); with
    ``blank_breaks``, also a text line after a blank line that follows the end of a sentence."""
    starts: dict[int, int] = {0: 0}
    for i in range(end):
        unit = units[i]
        prev = units[i - 1] if i else None
        if unit.kind == NAMES:
            nxt = i + 1
            while nxt < end and units[nxt].kind != TEXT:
                nxt += 1
            if nxt < end and units[nxt].kind == TEXT and not any(
                    units[k].kind == BYLINE for k in range(i + 1, nxt)):
                starts[nxt] = nxt
            continue
        if unit.kind == BYLINE:
            if prev is None or prev.kind != BYLINE:
                starts[i] = i
            continue
        if unit.kind != TEXT:
            continue
        text = unit.line.text + (units[i + 1].line.text if i + 1 < end else "")
        after_break = prev is None or prev.kind != TEXT or ends_sentence(prev.line.text)
        if _STRONG_DATELINE_RE.match(text) or (is_dateline(text) and after_break):
            if prev is not None and prev.kind == BYLINE:
                continue  # ▶ byline, then the dateline: one start, at the byline
            starts[i] = i
        elif blank_breaks and unit.line.blank_before and prev is not None and prev.kind == TEXT and \
                ends_sentence(prev.line.text):  # 近日，… after a blank line: a story with no dateline
            starts.setdefault(i, i)
        elif after_break and _is_heading(units, i, end):
            body = i + 2 if _is_heading(units, i + 1, end) else i + 1
            if body < end and units[body].kind == TEXT:
                starts.setdefault(body, body)
    # a few headline-like lines right before a start belong to the article after them
    moved: dict[int, int] = {}
    for start, body in sorted(starts.items()):
        first = start
        if start and units[start - 1].kind == TEXT and _DATE_LINE_RE.match(units[start - 1].line.text):
            moved[first] = body  # a signature and its date close the article before: no headline
            continue
        k = start - 1
        while k >= 0 and start - k <= 3 and units[k].kind == TEXT and not ends_sentence(units[k].line.text):
            k -= 1
        if 0 < start - k <= 3 and (k < 0 or units[k].kind != TEXT or ends_sentence(units[k].line.text)) \
                and sum(len(units[j].line.text) for j in range(k + 1, start)) <= 60 and k + 1 < start:
            first = k + 1
        moved[first] = body
    return moved


# Punctuation a printed line may open with when it goes on with the sentence of the line above
_CONTINUES = "，。、；：,.;:！？!?）)》”’」』"
# A line that is only a date (a notice's date under its signature): 2021年4月19日, 2021-04-19
_DATE_LINE_RE = regex(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                      r"\s*[\d一二三四五六七八九十]{1,3}\s*日$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$")
_ENUMERATION_RE = regex(
    r"^(?:[一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、]|[■□◆◇●○★☆])"
)


# A story's first sentence: a date (and a time of day), then a comma (4月15日，… 2014年4月15日上午，…)
_DATED_OPENING_RE = regex(r"^[\s\u3000]*(?:(?:19|20)\d\d\s*年\s*)?[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日"
                          r"(?:上午|下午|晚上|晚间|早上|中午|凌晨|晚)?\s*[，,]")


def dated_opening(text: str) -> bool:
    """Whether a line opens with a date and a comma: the first sentence of a story, never its headline,
    whatever comes before it (a ▶ byline, a story with no dateline)."""
    return "日" in text[:14] and _DATED_OPENING_RE.match(text) is not None


def _is_heading(units: Sequence[Unit], i: int, end: int) -> bool:
    """A printed headline above a story: an open-ended line far narrower or wider than the column below it."""
    if i >= end or units[i].kind != TEXT:
        return False
    text = units[i].line.text
    if ends_sentence(text) or len(text) < 6 or _ENUMERATION_RE.match(text) or text[-1] in "，、；：,;:" \
            or dated_opening(text):
        return False
    if i + 1 < end and units[i + 1].kind == TEXT and units[i + 1].line.text[:1] in _CONTINUES:
        return False  # the next line opens with the punctuation the line's sentence goes on with
    if _DATE_LINE_RE.match(text) or (i + 1 < end and _DATE_LINE_RE.match(units[i + 1].line.text)):
        return False  # a notice's signature over its date, or the date
    width = units[i].line.width

    def differs(around: Sequence[Unit]) -> bool | None:
        widths: list[int] = []
        for unit in around:
            if unit.kind != TEXT:
                break
            widths.append(unit.line.width)
        column = column_width(widths) if len(widths) >= 3 else None
        return None if column is None else not 0.8 * column <= width <= 1.25 * column

    # unlike the column below it, and unlike the column above it when there is one
    above = differs(units[max(0, i - 6): i][::-1])
    return bool(differs(units[i + 2: min(end, i + 9)])) and above is not False


_SUBTITLE_RE = regex(r"^[—─―-]{1,2}(?=\S)")


def heading_titles(lines: Sequence[str]) -> list[str]:
    """The titles of a headline printed over one or more lines: the lines joined, a subtitle opening with
    a dash (——访…) a title of its own, without the dash."""
    out: list[str] = []
    for text in lines:
        subtitle = _SUBTITLE_RE.match(text)
        if subtitle or not out:
            out.append(text[subtitle.end():] if subtitle else text)
        else:
            out[-1] += text
    return [title for title in out if title]


def _split_by_width(groups: list[list[Unit]], *, ratio: float = 0.8) -> list[list[list[Unit]]]:
    """Split an article's paragraphs where the column width changes (a new story in another column)."""
    out: list[list[list[Unit]]] = [[]]
    widths: list[float] = []
    for group in groups:
        column = paragraph_column([u.line for u in group]) if all(u.kind == TEXT for u in group) else None
        if column is not None and widths:
            current = sorted(widths)[len(widths) // 2]
            if column < ratio * current or column * ratio > current:
                LOGGER.debug("new article at line %d: column %.0f after %.0f", group[0].line.number, column,
                             current)
                out.append([])
                widths = []
        out[-1].append(group)
        if column is not None:
            widths.append(column)
    return out


def _features(text: str) -> Counter[str]:
    """Character bigrams of the CJK runs, numbers and Latin words of ``text``."""
    text = nfkc(text)
    feats: Counter[str] = Counter()
    for run in re.findall(f"[{_HAN}]+", text):
        feats.update(map(add, run, run[1:]))  # its bigrams, made in C
    feats.update(re.findall(r"\d+(?:\.\d+)?|[A-Za-z]{2,}", text))
    return feats


def match_headlines(headlines: Sequence[str], bodies: Sequence[str], *,
                    floor: float = 0.3) -> list[int | None]:
    """For each headline, the index of the body it belongs to (or None), by shared weighted words.

    Each article first gets its best headline; headlines left over go to their best article (a kicker
    and a main title both belong to one story).
    """
    if not headlines:
        return []  # no need to read the bodies
    feats = [_features(b) for b in bodies]
    df: Counter[str] = Counter()
    for f in feats:
        df.update(set(f))
    n = len(bodies)

    def score_row(h: str) -> list[float]:
        """For each body, the weight of the headline's words in it over the weight of all its words
        (the headline's words and weights found once, not once per body)."""
        weights = [(f, math.log((n + 1) / df[f])) for f in _features(h) if df[f]]
        total = sum(weight for _, weight in weights)
        return [sum(weight for f, weight in weights if f in body) / total if total else 0.0 for body in feats]

    scores = [score_row(h) for h in headlines]
    out: list[int | None] = [None] * len(headlines)
    pairs = sorted(((scores[i][j], i, j) for i in range(len(headlines)) for j in range(n)),
                   key=lambda p: (-p[0], p[1], p[2]))
    titled: set[int] = set()
    for value, i, j in pairs:
        if value < floor:
            break
        if out[i] is None and j not in titled:
            out[i] = j
            titled.add(j)
    for i in range(len(headlines)):
        if out[i] is None and n:
            best = max(range(n), key=lambda j: (scores[i][j], -j))
            if scores[i][best] >= max(floor, 0.5):
                out[i] = best
    return out


def _tail_items(units: Sequence[Unit], *, blank_style: bool) -> list[tuple[str, str | tuple[str, ...]]]:
    """End-of-page units: ("headline", text) joined over wrapped lines, or ("byline", names)."""
    items: list[tuple[str, str | tuple[str, ...]]] = []
    for unit in units:
        if unit.kind in (BYLINE, NAMES):
            items.append(("byline", unit.names))
            continue
        if unit.kind == FURNITURE:
            continue
        text = clean_text(unit.line)
        if items and items[-1][0] == "headline":
            previous = str(items[-1][1])
            wrapped = blank_style and not unit.line.blank_before
            if wrapped or _unbalanced(previous):
                items[-1] = ("headline", previous + text)
                continue
        items.append(("headline", text))
    return items


def _unbalanced(text: str) -> bool:
    return any(text.count(a) > text.count(b) for a, b in ("“”", "《》", "（）", "()", "「」"))


def split_page(doc: Document) -> list[Article]:
    lines = page_lines(doc.text)
    units = classify(lines)
    text_lines = [u.line for u in units if u.kind == TEXT]
    columns = dict(zip([line.number for line in text_lines], local_widths(text_lines), strict=True))
    blank_style = sum(line.blank_before for line in lines) >= 0.5 * max(1, len(lines) - 1)
    end = _closing_name(units, _body_end(units, columns))
    starts = _starts(units, end, blank_breaks=not blank_style and _blank_breaks(units, end, columns))

    drafts: list[_Draft] = []
    bounds = sorted(starts) + [end]
    for first, stop in zip(bounds, bounds[1:], strict=False):
        body_at = starts[first]
        segment = list(units[first:stop])
        heading = [u for u in units[first:body_at] if u.kind == TEXT]
        groups = _groups([u for u in segment if u not in heading], columns)
        for n, part in enumerate(_split_by_width(groups)):
            draft = _Draft(groups=part, units=[u for group in part for u in group])
            if n == 0 and heading:
                draft.titles += heading_titles([clean_text(u.line) for u in heading])
            drafts.append(draft)

    articles_text = [_draft_body(d) for d in drafts]
    tail = _tail_items(units[end:], blank_style=blank_style)
    heads = [(k, str(v)) for k, (kind, v) in enumerate(tail) if kind == "headline"]
    owners = match_headlines([h for _, h in heads], [b.text for b in articles_text])
    owner_at: dict[int, int] = {}
    for (k, headline), owner in zip(heads, owners, strict=True):
        if owner is None:
            LOGGER.info("%s: no article for the headline %r", doc.source, headline)
            continue
        drafts[owner].titles.append(headline)
        owner_at[k] = owner
    for draft in drafts:
        for unit in draft.units:
            if unit.kind in (BYLINE, NAMES):
                draft.creators += unit.names
    for k, (kind, names) in enumerate(tail):
        if kind != "byline":
            continue
        near = [owner_at[j] for j in (k + 1, k - 1) if j in owner_at]
        free = [o for o in near if not drafts[o].creators]
        if free:
            drafts[free[0]].creators += list(names)
        else:
            LOGGER.info("%s: the byline %s belongs to no article without one", doc.source, " ".join(names))

    out: list[Article] = []
    for draft, body in zip(drafts, articles_text, strict=True):
        if not body.text:
            continue
        creators = draft.creators + list(body_creators(body.text))
        first_line = next((u.line.number for u in draft.units if u.kind == TEXT), None)
        out.append(_make_article(doc, body, titles=draft.titles, creators=creators, line=first_line))
    return out


def _groups(units: Sequence[Unit], columns: dict[int, float]) -> list[list[Unit]]:
    """Paragraphs of text lines; bylines, name rows and furniture are groups of their own."""
    out: list[list[Unit]] = []
    run: list[Unit] = []

    def flush() -> None:
        if run:
            paras = paragraphs([u.line for u in run], columns=[columns[u.line.number] for u in run])
            by_number = {u.line.number: u for u in run}
            for para in paras:
                group = [by_number[line.number] for line in para]
                if len(group) > 1 and _is_subheading(group[0].line, columns[group[0].line.number]):
                    out.append(group[:1])  # a numbered sub-heading is a paragraph of its own
                    group = group[1:]
                out.append(group)
            run.clear()

    for unit in units:
        if unit.kind == TEXT:
            run.append(unit)
        else:
            flush()
            out.append([unit])
    flush()
    return out


def _is_subheading(line: SourceLine, column: float) -> bool:
    short = line.width < 0.8 * column
    return bool(_ENUMERATION_RE.match(line.text)) and short and line.text[-1] not in "，、；：,;:。！？…"


def _draft_body(draft: _Draft) -> Piece:
    return concat(join([u.line for u in group]) for group in draft.groups if group[0].kind == TEXT)


def split(doc: Document) -> list[Article]:
    """The articles of one document (an OCR'd page gives several)."""
    if doc.kind is DocKind.PAGE:
        return split_page(doc)
    if doc.kind is DocKind.PDF and is_hard_wrapped(page_lines(doc.text)):
        return split_page(doc)
    return _single(doc, title_from_text=doc.kind in (DocKind.STORY, DocKind.PDF))
