"""Word lists the extractors match against: the gazetteer plus ``data/lexicon.toml``, compiled once.

Nothing here runs at import: :meth:`Lexicon.load` reads the files by explicit path.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sys
import tomllib
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from kg.compiled import kept_table, read_table, write_marshal
from kg.extract.compiled import compile_all
from kg.gazetteer import Area, Gazetteer

DATA = Path(__file__).resolve().parent / "data" / "lexicon.toml"

T = TypeVar("T")
#: what ``Lexicon.words`` reads of a section the lists lack (one dict, not a new one per call)
NO_SECTION: dict[str, tuple[str, ...]] = {}


#: ``trie_pattern``'s results by (lead, the sorted words): a memo of a pure function, which
#: ``Lexicon.load`` also fills from (and saves to) a file in its cache folder (``_cached_tries``)
_TRIES: dict[tuple[bool, tuple[str, ...]], str] = {}
#: while ``_cached_tries`` runs: what ``trie_pattern`` gave, by key (what the cache file will hold)
_RECORDING: list[dict[tuple[bool, tuple[str, ...]], str]] = []


def trie_pattern(words: Iterable[str], *, lead: bool = False) -> str:
    """A regex alternation of ``words`` built as a trie, so matching stays linear and prefers longer words.

    With ``lead`` (for long lists of words of two characters or more) the matches stay the same but come
    cheaper: Python's ``re`` steps over every alternative of the trie's first branch point (hundreds, one
    per first character) at each position it tries. So the trie is tried only where a first and a second
    character of some word are written (a lookahead), and its first branch point is split into groups of
    first characters: ``[甲乙…](?:(?<=甲)…|(?<=乙)…)``, a set test per group, then the group's few branches.
    """
    unique = tuple(sorted({w for w in words if w}))
    key = (lead, unique)
    found = _TRIES.get(key)
    if found is None:
        found = _TRIES[key] = _trie_pattern(unique, lead=lead)
    for record in _RECORDING:
        record[key] = found
    return found


def _trie_pattern(unique: tuple[str, ...], *, lead: bool) -> str:
    trie: dict = {}
    for word in unique:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    if lead and all(len(w) >= 2 for w in unique):
        firsts, seconds = (_char_set(w[i] for w in unique) for i in (0, 1))
        return f"(?=[{firsts}][{seconds}])(?:{_grouped_first_chars(trie)})"
    return _trie_regex(trie)


def _grouped_first_chars(trie: dict, size: int = 48) -> str:
    """The trie's top two levels as groups of ``size`` first characters, each branching on the second
    character written: ``[甲乙…](?:东(?:(?<=甲东)rest|(?<=乙东)rest)|西(?:(?<=甲西)rest)|…)|[丙丁…]…``.

    ``re`` tests a branch that starts with a character set or a literal without entering it, so a
    position costs one set test per group, one character comparison per second character of its group,
    and lookbehinds only for the pairs whose second character is written there. Branching on the first
    character alone (``[甲乙](?:(?<=甲)rest|(?<=乙)rest)``, groups of 16) entered a lookbehind per first
    character of the group: the scans of the place, zone and industry tries cost a third more. Every
    word has two characters or more (``lead``), so no word ends after the first. Exactly one group
    holds a first character and exactly one lookbehind a pair, so the words matched and their order of
    preference are those of the plain trie.
    """
    chars = sorted(trie)
    groups = []
    for at in range(0, len(chars), size):
        group = chars[at:at + size]
        groups.append(f"[{_char_set(group)}](?:{_second_chars(trie, group)})")
    return "|".join(groups)


def _second_chars(trie: dict, group: Sequence[str]) -> str:
    """``东(?:(?<=甲东)rest|(?<=乙东)rest)|西(?:(?<=甲西)rest)``: a group's branches after its first
    character, one per second character, each choosing its first character by a lookbehind."""
    seconds = sorted({second for first in group for second in trie[first]})
    branches = []
    for second in seconds:
        pairs = "|".join(f"(?<={re.escape(first + second)})" + _trie_regex(trie[first][second])
                         for first in group if second in trie[first])
        branches.append(f"{re.escape(second)}(?:{pairs})")
    return "|".join(branches)


def _char_set(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in sorted(set(chars)))


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


class Anchor(NamedTuple):
    """Where a pattern can match: within ``before`` characters before and ``after`` characters after a
    match of ``pattern`` (a zone suffix, a department word), which is far cheaper to find."""

    pattern: re.Pattern[str]
    before: int
    after: int


def finditer_near(pattern: re.Pattern[str], text: str, anchor: Anchor) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, but the pattern is only tried near its anchor.

    Valid when every match of ``pattern`` lies within ``anchor.before`` characters before and
    ``anchor.after`` characters after some match of ``anchor.pattern``, and ``pattern`` has no negative
    lookaround, no lookbehind reaching before the match, no ``^``, ``$`` or ``\\b`` (a lead trie's lookahead
    and lookbehinds only read characters of the match): then a match never crosses a window's edge, no
    match exists between windows, and cutting the text at a window's end changes no match inside it. A
    place-led pattern tries a trie of thousands of names at every position; its anchor is found in a
    fraction of that time.
    """
    size = len(text)
    start = end = -1  # the current window, grown while anchors overlap it
    for found in anchor.pattern.finditer(text):
        low, high = max(0, found.start() - anchor.before), min(size, found.end() + anchor.after)
        if low <= end:
            end = max(end, high)
            continue
        if end >= 0:
            yield from pattern.finditer(text, start, end)
        start, end = low, high
    if end >= 0:
        yield from pattern.finditer(text, start, end)


#: at most this many tries in the cache file (a lexicon asks for about twenty)
KEPT_TRIES = 100


@contextlib.contextmanager
def _cached_tries(folder: Path | None) -> Iterator[None]:
    """``trie_pattern``'s results for a lexicon kept between runs in ``folder`` (None: not kept).

    Building the tries of thousands of place, zone and industry names is most of ``Lexicon.load`` (a
    quarter of a second in every process). A trie's text depends only on its words and on this module's
    code, so the file is named after this module's bytes and the Python version, and keyed by the words:
    a changed list or a changed builder is simply not found, and built. The file keeps the tries the last
    load asked for and, up to ``KEPT_TRIES`` in all, those kept before (two lexicons loaded in turn, as
    tests and side-by-side builds of two versions do, then do not rebuild each other's).
    """
    if folder is None:
        yield
        return
    path = folder / f"tries-{_builder_digest()}.marshal"
    stored = read_table(path)
    _TRIES.update(stored)
    record: dict[tuple[bool, tuple[str, ...]], str] = {}
    _RECORDING.append(record)
    try:
        yield
    finally:
        _RECORDING.remove(record)
    kept = kept_table(record, stored, KEPT_TRIES)
    if kept != stored:
        write_marshal(path, kept)


def _builder_digest() -> str:
    """A key for the code that builds tries (this module) and the ``re.escape`` it calls (Python's)."""
    return hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).hexdigest()[:24]


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(w for w in words if w), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Lexicon:
    """Every list and compiled pattern the extractors use."""

    gazetteer: Gazetteer
    lists: dict[str, dict[str, tuple[str, ...]]]
    area_names: dict[str, str] = field(default_factory=dict)  # any area form -> full name
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # cheaper ways to the same matches (see ``finditer``): an anchor to scan near, or a gate that matches
    # wherever the pattern does (no gate match: no match at all)
    anchors: dict[str, Anchor] = field(default_factory=dict)
    gates: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # values derived from the lists once per process (sorted suffixes, stop sets, lookups): see ``once``
    derived: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, *, gazetteer: Gazetteer, path: Path = DATA, cache: Path | None = None) -> Lexicon:
        """The lexicon of ``path`` over ``gazetteer``; its patterns compiled once per machine when
        ``cache`` names a folder for them (see ``kg.extract.compiled``), every time otherwise."""
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        lists = {section: {key: tuple(values) for key, values in body.items()}
                 for section, body in raw.items()}
        areas: dict[str, str] = {}
        for area in gazetteer.areas:
            for form in (area.short, area.name):
                found = gazetteer.area(form)
                if found is not None and len(form) >= 2:
                    areas[form] = found.name
        lex = cls(gazetteer=gazetteer, lists=lists, area_names=areas)
        with _cached_tries(cache):
            lex.patterns.update(compile_all(_sources(lex), cache))
            lex.anchors.update(_anchors(lex))
            lex.gates.update(_gates(lex))
        return lex

    def finditer(self, key: str, text: str) -> Iterator[re.Match[str]]:
        """``patterns[key].finditer(text)``: the same matches, found near the pattern's anchor when it has
        one, and none at all when its gate finds nothing."""
        pattern = self.patterns[key]
        gate = self.gates.get(key)
        if gate is not None and gate.search(text) is None:
            return iter(())
        anchor = self.anchors.get(key)
        return pattern.finditer(text) if anchor is None else finditer_near(pattern, text, anchor)

    def once(self, key: Any, compute: Callable[[], T]) -> T:
        """``compute()``, computed once per lexicon under ``key`` (values derived from the lists only)."""
        try:
            return self.derived[key]
        except KeyError:
            value = self.derived[key] = compute()
            return value

    def area(self, name: str) -> Area | None:
        """``gazetteer.area(name)``, looked up once per name (the same places come back in every article)."""
        cache = self.once("area", dict)
        try:
            return cache[name]
        except KeyError:
            found = cache[name] = self.gazetteer.area(name)
            return found

    def words(self, section: str, key: str) -> tuple[str, ...]:
        return self.lists.get(section, NO_SECTION).get(key, ())

    @property
    def surnames(self) -> frozenset[str]:
        return frozenset(self.gazetteer.surnames)

    def departments(self) -> tuple[str, ...]:
        forms = [*self.words("body", "departments")]
        for short, full in self.gazetteer.dept_suffixes:
            forms += [short, full]
        return _longest_first(forms)

    def full_department(self, dept: str) -> str:
        """The full form of a department's short form (发改委 → 发展和改革委员会); any other word as it is."""
        return self.once("full_departments", self._full_departments).get(dept, dept)

    def _full_departments(self) -> dict[str, str]:
        fulls: dict[str, str] = {}
        for short, full in self.gazetteer.dept_suffixes:
            fulls.setdefault(short, full)  # the first pair of a short form wins
        return fulls


# A zone's own district in brackets after its suffix: 杭州高新区（滨江）; at most PAREN_LEN characters.
PAREN = r"[（(][\u4e00-\u9fff]{2,6}[）)]"
PAREN_LEN = 8
LEVEL = r"(?:市|县|区)?(?:国家级|国家|省级)?"  # between a place and a zone suffix: at most 4 characters
LEVEL_LEN = 4
DEPT_LEVEL_LEN = 3  # between a place and a department (省|市|县|区|自治区): at most 3 characters
LIST_SEP = "[、和及与]"
LIST_TAIL = (r"(?:[两三四五六七八九十\d]+个)?(?:国家级|国家|省级)"
             r"?(?P<suffix>高新区|经开区|经济技术开发区|综合保税区)")


def _sources(lex: Lexicon) -> dict[str, str]:
    """The text of each pattern the extractors match with (``Lexicon.patterns``)."""
    g = lex.gazetteer
    places = trie_pattern(lex.area_names, lead=True)
    zone_names = trie_pattern([z.name for z in g.zones] + [a for z in g.zones for a in z.aliases], lead=True)
    body_names = trie_pattern([b.name for b in g.bodies] + [a for b in g.bodies for a in b.aliases])
    zone_suffix = trie_pattern(lex.words("zone", "suffixes"))
    depts = trie_pattern(lex.departments())
    cores = trie_pattern(lex.words("title", "cores"))
    units = trie_pattern(lex.words("title", "units"))
    sub_ends = trie_pattern(lex.words("title", "subunit_ends"))
    # a title starts with a unit's, 常务's, 副's or a core's first character: tested before the optional parts
    title_firsts = "".join(sorted({w[0] for w in (*lex.words("title", "units"), *lex.words("title", "cores"))}
                                  | {"常", "副", "代"}))
    # an acting post (管委会代主任, 代区长, 代理主任): 代 not closing a word (现代, 时代, 一代, 替代…)
    acting = r"(?:(?<![现时年世近古当替取交后历换迭一二三四五六七八九十])代理?)?"
    title = rf"(?=[{re.escape(title_firsts)}])(?:{units})?(?:常务)?副?{acting}(?:{cores})"
    agreement = trie_pattern(lex.words("agreement", "pattern_prefixes"))
    agreement_firsts = _char_set(w[0] for w in lex.words("agreement", "pattern_prefixes") if w)
    return {
        # led by its possible first characters (a set test), as it opens with a lookbehind
        "agreement": (rf"(?=[{agreement_firsts}协])(?:(?:{agreement})+(?:协议书|协议|备忘录)"
                      r"|(?<=签订|签署|达成)(?:协议书|协议))"),
        "place": places,
        "zone_name": zone_names,
        "body_name": body_names,
        # 衡阳高新区, 衡阳国家高新区, 杭州高新区（滨江）
        "zone": rf"(?P<place>{places}){LEVEL}(?P<suffix>{zone_suffix})(?P<paren>{PAREN})?",
        "park": trie_pattern(lex.words("zone", "park_suffixes")),
        "zone_suffix": zone_suffix,
        "named_zone_suffix": trie_pattern(lex.words("zone", "named_suffixes")),
        # 长沙、株洲两个国家高新区: one zone per place of the list
        "place_list_zone": rf"(?P<list>(?:{places})(?:{LIST_SEP}(?:{places}))+){LIST_TAIL}",
        "dept": rf"(?P<place>{places})(?P<level>省|市|县|区|自治区)?(?P<dept>{depts})",
        # 省工信厅, 市政府, 自治区科技厅: a department of the story's own province (or region) or city
        "short_dept": rf"(?=[省市自])(?<![全各外])(?P<level>省|市|自治区)(?P<dept>{depts})",
        "title": title,
        # a sub-unit written between an organisation and a title: 科技部火炬中心|基金审理处|处长
        "subunit_before": (r"(?:部|中心|局|委|厅|公司|集团|院)"
                           rf"([\u4e00-\u9fff]{{2,7}}?(?:{sub_ends}))$"),
        "company_suffix": trie_pattern(lex.words("company", "suffixes")),
        "org_suffix": trie_pattern(lex.words("org", "suffixes")),
        "industry": trie_pattern(g.industries, lead=True),
        "event_suffix": trie_pattern(lex.words("event", "suffixes")),
        "industry_trigger": trie_pattern(lex.words("industry", "triggers")),
    }


def _anchors(lex: Lexicon) -> dict[str, Anchor]:
    """The place-led patterns' anchors: every ``zone`` match holds a zone suffix, every ``dept`` match a
    department word, with at most a place name and a level word before it (and a bracket after a zone)."""
    place_len = max(map(len, lex.area_names), default=0)
    suffixes = lex.words("zone", "suffixes")
    depts = lex.departments()
    return {
        "zone": Anchor(re.compile(trie_pattern(suffixes)), before=place_len + LEVEL_LEN,
                       after=max(map(len, suffixes), default=0) + PAREN_LEN),
        "dept": Anchor(re.compile(trie_pattern(depts)), before=place_len + DEPT_LEVEL_LEN,
                       after=max(map(len, depts), default=0)),
    }


def _gates(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """``place_list_zone`` (a list of any length) matches only where a separator, a place and the list's
    zone suffix are written in a row (its last place): a search led by four characters. The gate reads that
    place as a run of place-name characters as long as some place's name, not as the trie of thousands of
    names (it finds a superset, and compiles in a fraction of the time)."""
    return {"place_list_zone": re.compile(rf"{LIST_SEP}{_name_run(lex.area_names)}{LIST_TAIL}")}


def _name_run(names: Collection[str]) -> str:
    """A regex for any run of the characters ``names`` are written with, as long as the shortest to the
    longest of them: wherever one of ``names`` is written, this matches."""
    if not names:
        return "(?!)"
    lengths = sorted(map(len, names))
    return f"[{_char_set(''.join(names))}]{{{lengths[0]},{lengths[-1]}}}"
