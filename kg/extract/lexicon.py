"""Word lists the extractors match against: the gazetteer plus ``data/lexicon.toml``, compiled once.

Nothing here runs at import: :meth:`Lexicon.load` reads the files by explicit path.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.gazetteer import Gazetteer

DATA = Path(__file__).resolve().parent / "data" / "lexicon.toml"


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` built as a trie, so matching stays linear and prefers longer words."""
    trie: dict = {}
    for word in sorted({w for w in words if w}):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(w for w in words if w), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Lexicon:
    """Every list and compiled pattern the extractors use."""

    gazetteer: Gazetteer
    lists: dict[str, dict[str, tuple[str, ...]]]
    area_names: dict[str, str] = field(default_factory=dict)  # any area form -> full name
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, *, gazetteer: Gazetteer, path: Path = DATA) -> Lexicon:
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
        lex.patterns.update(_compile(lex))
        return lex

    def words(self, section: str, key: str) -> tuple[str, ...]:
        return self.lists.get(section, {}).get(key, ())

    @property
    def surnames(self) -> frozenset[str]:
        return frozenset(self.gazetteer.surnames)

    def departments(self) -> tuple[str, ...]:
        forms = [*self.words("body", "departments")]
        for short, full in self.gazetteer.dept_suffixes:
            forms += [short, full]
        return _longest_first(forms)

    def full_department(self, dept: str) -> str:
        for short, full in self.gazetteer.dept_suffixes:
            if dept == short:
                return full
        return dept


def _compile(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    g = lex.gazetteer
    places = trie_pattern(lex.area_names)
    zone_names = trie_pattern([z.name for z in g.zones] + [a for z in g.zones for a in z.aliases])
    body_names = trie_pattern([b.name for b in g.bodies] + [a for b in g.bodies for a in b.aliases])
    zone_suffix = trie_pattern(lex.words("zone", "suffixes"))
    depts = trie_pattern(lex.departments())
    cores = trie_pattern(lex.words("title", "cores"))
    units = trie_pattern(lex.words("title", "units"))
    sub_ends = trie_pattern(lex.words("title", "subunit_ends"))
    title = rf"(?:{units})?(?:常务)?副?(?:{cores})"
    agreement = trie_pattern(lex.words("agreement", "pattern_prefixes"))
    return {
        "agreement": re.compile(rf"(?:{agreement})+(?:协议书|协议|备忘录)"
                                r"|(?<=签订|签署|达成)(?:协议书|协议)"),
        "place": re.compile(places),
        "zone_name": re.compile(zone_names),
        "body_name": re.compile(body_names),
        # 衡阳高新区, 衡阳国家高新区, 杭州高新区（滨江）
        "zone": re.compile(rf"(?P<place>{places})(?:市|县|区)?(?:国家级|国家|省级)?(?P<suffix>{zone_suffix})"
                           r"(?P<paren>[（(][\u4e00-\u9fff]{2,6}[）)])?"),
        "park": re.compile(trie_pattern(lex.words("zone", "park_suffixes"))),
        "zone_suffix": re.compile(zone_suffix),
        "named_zone_suffix": re.compile(trie_pattern(lex.words("zone", "named_suffixes"))),
        # 长沙、株洲两个国家高新区: one zone per place of the list
        "place_list_zone": re.compile(rf"(?P<list>(?:{places})(?:[、和及与](?:{places}))+)"
                                      r"(?:[两三四五六七八九十\d]+个)?(?:国家级|国家|省级)?(?P<suffix>高新区|经开区|经济技术开发区|综合保税区)"),
        "dept": re.compile(rf"(?P<place>{places})(?P<level>省|市|县|区|自治区)?(?P<dept>{depts})"),
        # 省工信厅, 市政府: a department of the story's own province or city
        "short_dept": re.compile(rf"(?<![全各外])(?P<level>省|市)(?P<dept>{depts})"),
        "title": re.compile(title),
        # a sub-unit written between an organisation and a title: 科技部火炬中心|基金审理处|处长
        "subunit_before": re.compile(r"(?:部|中心|局|委|厅|公司|集团|院)"
                                     rf"([\u4e00-\u9fff]{{2,7}}?(?:{sub_ends}))$"),
        "company_suffix": re.compile(trie_pattern(lex.words("company", "suffixes"))),
        "org_suffix": re.compile(trie_pattern(lex.words("org", "suffixes"))),
        "industry": re.compile(trie_pattern(g.industries)),
        "event_suffix": re.compile(trie_pattern(lex.words("event", "suffixes"))),
        "industry_trigger": re.compile(trie_pattern(lex.words("industry", "triggers"))),
    }
