"""Tables of projects: a header row naming the columns, then one project a row.

A web page's ``<table>`` reaches the extractor as a pipe table (``| 项目名称 | 投资方 | 投资额 | 落户园区 |``,
a ``|---|`` line under the header); a text may print one with the columns apart by spaces. The header's
labels say which column holds the project, its investor, its amount and its zone, and a unit in the
amount's label (投资额（亿元）) applies to the bare numbers below it. Everything here reads the text only:
spans of cells, in the article's offsets (a row is one line, so one sentence of the article).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kg.compiled import regex
from kg.extract import amounts
from kg.extract.doc import Doc
from kg.extract.registry import mention_extractor
from kg.extract.text import compact
from kg.model import EntityType, Mention


class Role(StrEnum):
    """What a column of a table of projects holds."""

    PROJECT = "project"
    INVESTOR = "investor"
    AMOUNT = "amount"
    ZONE = "zone"


# The labels of a header's columns, by role (a label is the whole cell, its unit aside)
LABELS: dict[Role, str] = {
    Role.PROJECT: r"(?:签约|重点|重大|拟建|在建|新建)?项目(?:名称|名)?",
    Role.INVESTOR: r"(?:投资|签约|建设|项目|实施|承建|业主)(?:方|主体|单位|企业|商)|企业(?:名称)?|公司名称"
                   r"|签约方|项目业主|投资人",
    Role.AMOUNT: r"(?:计划|协议|预计|拟|项目)?(?:总投资额?|投资总额|投资额|投资金额|投资规模|投资)",
    Role.ZONE: r"落户(?:园区|平台|载体|区域|地点?)|落地(?:园区|平台)|所在(?:园区|平台|地区?|区域)|所属园区"
               r"|入驻园区|承接(?:园区|平台)|(?:项目)?选址|(?:建设|项目|实施)地点|项目地址|园区",
}
# Columns a table of projects also has, which hold nothing read here
OTHER_LABELS = (r"序号|编号|(?:主要)?建设(?:内容|规模)|(?:主要)?(?:内容|产品)|备注|(?:产业)?类别|类型"
                r"|(?:所属)?(?:行业|产业)|签约(?:时间|日期|形式)|(?:建设)?(?:进度|周期|年限)|开工时间")
# A unit after a label: 投资额（亿元）, 总投资(万元), 投资额/亿元, 投资额（单位：亿元）
UNIT = r"\s*(?:[（(/]\s*(?:单位\s*[:：]\s*)?(?P<unit>万亿|亿|万)?\s*(?:元|人民币)?\s*[)）]?)?"
HEADER_CELL = regex("(?:" + "|".join(f"(?P<{role.value}>{label})" for role, label in LABELS.items())
                    + f"|{OTHER_LABELS}){UNIT}")
# A header printed as text: its labels apart by spaces (or by nothing, after a closing bracket)
TEXT_HEADER_CELL = regex(r"\s*(?:" + "|".join(f"(?P<{role.value}>{label})" for role, label in LABELS.items())
                         + f"|{OTHER_LABELS}){UNIT}(?:(?<=[)）])|(?=\\s|$))")
SEPARATOR = regex(r"\s*:?-{2,}:?\s*")  # a cell of the line under a pipe table's header
CELL_SPACE = regex(r"[ \t\u3000]+")
# A figure glued to a name in a text row (cleaning drops the space between a CJK name and a digit):
# 公司6500万元, 15高新区, 1新能源…项目
GLUED_FIGURE = regex(r"(?<![\d.])\d[\d.,]*(?:万亿|亿|万)?(?:元|人民币)?(?![\d.,])")
BARE_NUMBER = regex(r"\d[\d,]*(?:\.\d+)?")
#: A text holds a table of projects only if it holds one of these (a cheap gate before any scan)
GATES = ("|", "项目")


@dataclass(frozen=True)
class Header:
    """The roles of a header's columns (None for a column read for nothing) and the amount's unit."""

    roles: tuple[Role | None, ...]
    unit: str = ""  # 亿, 万 or "" (yuan): what a bare number in the amount column counts


@dataclass(frozen=True)
class Row:
    """One row of a table of projects: its line and the span of each labelled cell (stripped)."""

    start: int
    end: int
    cells: tuple[tuple[Role, int, int], ...]
    unit: str = ""

    def cell(self, role: Role) -> tuple[int, int] | None:
        return next(((start, end) for r, start, end in self.cells if r is role), None)


def header_of(cells: Sequence[str]) -> Header | None:
    """The header a row of cells makes: each cell a label (its unit in brackets), the project's among them
    and at least one other role; None for any other row."""
    roles: list[Role | None] = []
    unit = ""
    for cell in cells:
        match = HEADER_CELL.fullmatch(cell.strip())
        if match is None:
            return None
        role = next((r for r in Role if match[r.value] is not None), None)
        if role is not None and role in roles:
            return None
        roles.append(role)
        if role is Role.AMOUNT:
            unit = match["unit"] or ""
    if Role.PROJECT not in roles or sum(r is not None for r in roles) < 2:
        return None
    return Header(tuple(roles), unit)


def cell_yuan(text: str, unit: str = "") -> str | None:
    """A cell's amount in yuan: a written amount (15亿元, 6800万元), or a bare number counted in the
    header's unit (15 under 投资额（亿元）). None for anything else (a range, 约…, another currency)."""
    text = text.strip()
    money = amounts.AMOUNT.fullmatch(text)
    if money is not None:
        return amounts.yuan_of(money)
    if BARE_NUMBER.fullmatch(text) is None:
        return None
    number = amounts.parse_number(text)
    if number is None or (not unit and number < Decimal(10000)):  # a bare number in yuan: too small
        return None
    return amounts.plain(number * amounts.UNITS[unit])


def table_rows(doc: Doc) -> tuple[Row, ...]:
    """The rows of the article's tables of projects (computed once per article)."""
    return doc.memo("tables:rows", _rows_of_doc)


def _rows_of_doc(doc: Doc) -> tuple[Row, ...]:
    return rows_of(doc.text)


def rows_of(text: str) -> tuple[Row, ...]:
    """The rows of the tables of projects in ``text``: pipe tables and tables printed with spaces."""
    if not any(gate in text for gate in GATES):
        return ()
    return (*pipe_rows(text), *text_rows(text)) if "|" in text else text_rows(text)


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's span, without its line break."""
    out, start = [], 0
    for match in re.finditer(r"\n", text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return out


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip()) if piece.strip() else start + lead


def pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cells of a pipe-table line (``| a | b |``), stripped spans; None for any other line."""
    first = text.find("|", start, end)
    last = text.rfind("|", start, end)
    if first < 0 or text[start:first].strip() or last == first or text[last + 1:end].strip():
        return None
    bounds = [first, *(i for i in range(first + 1, last) if text[i] == "|"), last]
    return [_stripped(text, a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]


def pipe_rows(text: str) -> list[Row]:
    """The rows under each pipe table's header that labels a project column (rows of another width, and
    the ``|---|`` line, are passed over)."""
    out: list[Row] = []
    header: Header | None = None
    for start, end in _lines(text):
        cells = pipe_cells(text, start, end) if "|" in text[start:end] else None
        if cells is None:
            header = None  # the table ended
            continue
        if all(SEPARATOR.fullmatch(text, a, b) for a, b in cells):
            continue
        found = header_of([text[a:b] for a, b in cells])
        if found is not None:
            header = found
        elif header is not None and len(cells) == len(header.roles):
            out.append(_row(header, start, end, cells))
    return out


def _row(header: Header, start: int, end: int, cells: Sequence[tuple[int, int]]) -> Row:
    return Row(start, end, tuple((role, a, b) for role, (a, b) in zip(header.roles, cells, strict=True)
                                 if role is not None), header.unit)


def text_header(text: str, start: int, end: int) -> Header | None:
    """A header printed as text: labels apart by spaces (项目名称 投资方 投资额（亿元） 所在园区)."""
    labels, at = [], start
    while at < end:
        match = TEXT_HEADER_CELL.match(text, at, end)
        if match is None or match.end() == at:
            return None
        labels.append(match.group().strip())
        at = match.end()
    return header_of(labels) if len(labels) >= 2 else None


def text_cells(text: str, start: int, end: int, width: int) -> list[tuple[int, int]] | None:
    """The cells of a text row under a header of ``width`` columns: the pieces apart by spaces, then (if
    that gives too few) a figure glued to a name at either end of a piece split off it; None when the
    row does not come to ``width`` cells."""
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^ \t\u3000]+", text[start:end])]
    pieces = [(start + a, start + b) for a, b in pieces]
    if len(pieces) == width:
        return pieces
    split: list[tuple[int, int]] = []
    for a, b in pieces:
        cuts = [a, b]
        for match in GLUED_FIGURE.finditer(text, a, b):
            if match.start() == a or match.end() == b:  # at an end of the piece, not inside a name
                cuts += [match.start(), match.end()]
        cuts = sorted(set(cuts))
        split += [(x, y) for x, y in zip(cuts, cuts[1:], strict=False) if x < y]
    return split if len(split) == width else None


def text_rows(text: str) -> list[Row]:
    """The rows under a header printed as text, one a line, until a line of prose (with ，or 。)."""
    if "项目" not in text:
        return []
    out: list[Row] = []
    header: Header | None = None
    for start, end in _lines(text):
        line = text[start:end]
        if header is not None:
            if not line.strip() or "，" in line or "。" in line or "|" in line:
                header = None
            else:
                cells = text_cells(text, start, end, len(header.roles))
                if cells is not None:
                    out.append(_row(header, start, end, cells))
                continue
        if "项目" in line and len(line) <= 80 and "|" not in line:
            header = text_header(text, start, end)
    return out


def row_at(rows: Sequence[Row], start: int, end: int) -> Row | None:
    """The row whose project cell holds ``start`` … ``end``."""
    for row in rows:
        if row.start <= start and end <= row.end:
            cell = row.cell(Role.PROJECT)
            return row if cell is not None and cell[0] <= start and end <= cell[1] else None
    return None



# A cell naming a project or a company: CJK words, with brackets, Latin letters and digits inside
NAME_CELL = regex(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·.（）()\-]{1,39}")
# Cells that name nothing: a total, a blank kept open, a project counted
NO_NAME = regex(r"合计|小计|总计|共计|待定|暂无|其他|其它|另行|.*等\d*个|.*[个家]项目")
# Companies written in one investor cell, apart by 、 or a semicolon
COMPANY_APART = regex(r"\s*[、；;/]\s*")


@mention_extractor("tables")
def cell_projects(doc: Doc) -> Iterator[Mention]:
    """The project of each row of a table of projects that the name alone does not show (no 项目 at its
    end: 储能电池模组生产线): the header says the cell names a project."""
    text = doc.text
    for row in table_rows(doc):
        cell = row.cell(Role.PROJECT)
        if cell is not None and not text.endswith("项目", *cell):
            for start, end in names_in(text, *cell, apart=False):
                yield Mention(text[start:end], EntityType.PROJECT, start, end, doc.article.id,
                              compact(text[start:end]))


def names_in(text: str, start: int, end: int, *, apart: bool) -> list[tuple[int, int]]:
    """The spans of the names a cell holds: the cell, or (``apart``) its parts between 、 and semicolons;
    none when a part is no name (a figure, a total, a dash)."""
    bounds = [start]
    for match in COMPANY_APART.finditer(text, start, end) if apart else ():
        bounds += [match.start(), match.end()]
    bounds.append(end)
    spans = list(zip(bounds[::2], bounds[1::2], strict=True))
    if not all(NAME_CELL.fullmatch(text, a, b) and not NO_NAME.match(text, a, b) for a, b in spans):
        return []
    return spans
