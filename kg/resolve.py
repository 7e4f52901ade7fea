"""Resolution: the mentions of all articles of a build → one ``Entity`` per real thing.

Each mention gets a *core*: its name in a normal form of its class (NFKC, no spaces or quotes, plus the
class rules below). Mentions with the same class and core are one group, and the core is the group's
**key** (the IRI is ``kg.iri.mint(cls, key)``), so the key of a name never depends on which other
articles are in the batch:

- Zone: ``（…）`` qualifiers dropped, ``管委会``/``党工委`` dropped (a zone's committee is the zone),
  ``国家高新技术产业开发区``/``高新技术产业开发区``/``国家高新区`` → ``高新区``,
  ``经济技术开发区`` → ``经开区``,
  ``X市高新区`` → ``X高新区``; a zone on the gazetteer's national list keys on its official name's core.
- Company / Organization: legal suffixes dropped (``股份有限公司``, ``集团有限公司``, ``有限公司``, ``集团``,
  ``控股``…): 江岸澜图集团有限公司, 江岸澜图集团 and 江岸澜图 share the key ``江岸澜图``.
- GovernmentBody: ``发展和改革委员会``/``发展改革委`` → ``发改委`` (gazetteer department forms),
  ``中共``/``中华人民共和国`` dropped, ``人民政府`` → ``政府``, a place prefix written in full
  (广西发改委 → 广西壮族自治区发改委); a body on the gazetteer keys on its gazetteer name
  (科技部 → 科学技术部).
- Project: trailing ``项目`` and list punctuation dropped. Industry: trailing ``产业``/``行业`` dropped.
- AdministrativeArea: the gazetteer's full name (株洲 → 株洲市), else the name without a trailing ``市``.
- Agreement: never merged across articles (the key holds the article id).

Then a group whose core is a *short form* of exactly one other group of the same class is merged
into it (and takes its key): equal to the other's place-less form (星汉云数据 ↔
南宁星汉云数据有限公司; zones: 吴中经开区 ↔ 苏州吴中经开区), a prefix of it
(companies: 锐驰动力 → 湖南锐驰动力科技有限公司), a suffix of it
(bodies: 科技厅 → 广西壮族自治区科技厅; policies and events), a ``（…）`` qualifier or a
part of an ``X暨Y`` event name. When two or more groups could take it, it stays on its own.
Only these short-form merges make a key depend on the batch (锐驰动力 alone keys on 锐驰动力).

References (该项目, 该区, 全区, a bare 高新区…) are linked to the nearest preceding named mention of
the same class in the same article (or the only one); they never become labels.

``rdfs:label`` is the longest form the text gives (for areas: the gazetteer's full name);
``skos:altLabel`` every other form seen, and the extractor's or gazetteer's canonical name.
"""

from __future__ import annotations

import functools
import logging
import operator
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain, compress, islice

from kg import gazetteer as gaz
from kg.collector import no_cyclic_collection
from kg.compiled import regex
from kg.model import Article, Entity, EntityType, Mention, Relation, RelationKind, Resolved

LOGGER = logging.getLogger(__name__)

# The entity and relation kinds as plain class attributes (the members themselves), as the extractors
# read them: an Enum class's attribute goes through its metaclass's lookup hook (~900 instructions a read
# under callgrind, against ~170), and resolution reads them in loops over every relation, name and group
ET = type("ET", (), dict(EntityType.__members__))
RK = type("RK", (), dict(RelationKind.__members__))
QUOTES = "“”‘’\"'「」『』《》〈〉【】"
_QUOTE_TABLE = {ord(c): None for c in QUOTES}

LEGAL_SUFFIXES = ("集团股份有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司",
                  "集团公司", "股份公司", "集团", "控股", "股份")
ZONE_FORMS = (
    ("国家高新技术产业开发区", "高新区"), ("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"),
    ("国家高新区", "高新区"), ("国家级经济技术开发区", "经开区"), ("经济技术开发区", "经开区"),
    ("国家级经开区", "经开区"),
)
ZONE_COMMITTEES = ("党工委管委会", "管理委员会", "管委会", "党工委", "管委")
ZONE_ENDINGS = ("高新区", "经开区", "开发区", "新区", "园区", "示范区", "保税区", "自贸区", "片区", "产业园",
                "科技园", "工业园", "科学城", "试验区", "先行区", "实验区", "合作区", "先导区")
BODY_FORMS = (("发展和改革委员会", "发改委"), ("发展改革委员会", "发改委"), ("发展改革委", "发改委"),
              ("人民政府", "政府"))
BODY_PREFIXES = ("中华人民共和国", "中国共产党", "中共")

# Words that point at a thing named elsewhere in the article (GUIDELINES: 双方, 该项目, 该区).
REFERENCES: dict[EntityType, frozenset[str]] = {
    ET.ZONE: frozenset({"该区", "全区", "本区", "我区", "区内", "辖区", "园区", "该园区", "高新区", "开发区",
                        "新区", "经开区", "示范区", "该高新区", "国家高新区", "该开发区"}),
    ET.PROJECT: frozenset({"该项目", "项目", "本项目", "此项目", "上述项目", "这个项目"}),
    ET.COMPANY: frozenset({"该公司", "公司", "该企业", "企业", "该集团", "集团", "本公司"}),
    ET.AGREEMENT: frozenset({"协议", "该协议", "此协议", "合同", "该合同"}),
    ET.POLICY: frozenset({"该政策", "政策", "该方案", "方案", "该计划"}),
}
NEVER = frozenset({"双方", "三方", "各方", "我们", "他们", "其"})

# Where a short form may sit inside the full form, per class (exact matches of place-less forms
# are allowed for every class listed in _BARE).
_PREFIX_OK = {ET.COMPANY, ET.ORGANIZATION}
_SUFFIX_OK = {ET.GOVERNMENT_BODY, ET.POLICY, ET.EVENT}
_MIN_PARTIAL = 3
# What may stand between a place and a zone designation without naming a zone (X市工业园区, X综合保税区).
_BARE_ZONE_WORDS = frozenset({"工业", "产业", "科技", "国家", "省级", "国家级", "经济", "综合", "保税",
                              "高新", "自由贸易", "自主创新", "经济技术", "高新技术"})


_SPACES = regex(r"\s+")
_PARENS = regex(r"\([^()]*\)")
_PAREN_TEXTS = regex(r"\(([^()]+)\)")
_REGIONAL = regex(r"(.{3,})\(([^()]{2,4})\)")  # X(天津): a company's regional subsidiary, its core


@functools.lru_cache(maxsize=1 << 16)
def nfkc(text: str) -> str:
    """NFKC, no whitespace, no quotes or book-title marks (memoised: names recur across mentions)."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).translate(_QUOTE_TABLE)


@functools.lru_cache(maxsize=8)
def _body_forms(dept_suffixes: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """(long, short) forms of body names, the gazetteer's departments included, longest first."""
    forms = list(BODY_FORMS) + [(nfkc(full), nfkc(short)) for short, full in dept_suffixes]
    return tuple(sorted(forms, key=lambda f: -len(f[0])))


def strip_legal(name: str) -> str:
    """江岸澜图集团有限公司 → 江岸澜图; 启明星控股股份有限公司 → 启明星 (never below 2 characters)."""
    changed = True
    while changed:
        changed = False
        for suffix in LEGAL_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                name, changed = name[: -len(suffix)], True
                break
    return name


def _strip_parens(name: str) -> str:
    return _PARENS.sub("", name)


def _parens(name: str) -> list[str]:
    return _PAREN_TEXTS.findall(name)


@dataclass(frozen=True)
class Namer:
    """Class-specific normal forms, with the gazetteer's knowledge (or none)."""

    gazetteer: gaz.Gazetteer | None = None

    # -- places ---------------------------------------------------------------------------

    def area(self, name: str) -> gaz.Area | None:
        return self.gazetteer.area(name) if self.gazetteer else None

    def place_prefix(self, name: str, *, rest: int = 2) -> tuple[str, gaz.Area | None]:
        """The longest leading place name (province/city/county, full or short) and its area."""
        if not self.gazetteer:
            return "", None
        for size in range(min(9, len(name) - rest), 1, -1):
            area = self.gazetteer.area(name[:size])
            if area is not None:
                return name[:size], area
        return "", None

    # -- cores ----------------------------------------------------------------------------

    def core(self, cls: EntityType, name: str) -> str:
        s = nfkc(name)
        if cls is ET.ZONE:
            return self.zone_core(s)
        if cls in (ET.COMPANY, ET.ORGANIZATION):
            return strip_legal(s)
        if cls is ET.GOVERNMENT_BODY:
            return self.body_core(s)
        if cls is ET.PROJECT:
            s = re.sub(r"[、·,，]", "", s)
            return s[:-2] if len(s) > 3 and s.endswith("项目") else s
        if cls is ET.INDUSTRY:
            for suffix in ("产业", "行业"):
                if len(s) > len(suffix) + 1 and s.endswith(suffix):
                    return s[: -len(suffix)]
            return s
        if cls is ET.AREA:
            area = self.area(s)
            if area is not None:
                return area.name
            return s[:-1] if len(s) > 2 and s.endswith("市") else s
        if cls in (ET.POLICY, ET.EVENT):
            return re.sub(r"[、·]", "", s)
        return s

    def zone_core(self, s: str) -> str:
        entry = self.gazetteer.zone(s) if self.gazetteer else None
        if entry is None and self.gazetteer:
            entry = self.gazetteer.zone(_strip_parens(s))
        if entry is not None:
            s = nfkc(entry.name)
        s = _strip_parens(s)
        for committee in ZONE_COMMITTEES:
            if s.endswith(committee) and len(s) > len(committee) + 2:
                s = s[: -len(committee)]
                break
        for long, short in ZONE_FORMS:
            if s.endswith(long) and len(s) > len(long):
                s = s[: -len(long)] + short
                break
        match = re.match(r"^(.{2,})市(高新区|经开区)$", s)
        if match:
            s = match[1] + match[2]
        return s

    def body_core(self, s: str) -> str:
        entry = self.gazetteer.body(s) if self.gazetteer else None
        if entry is not None:
            return nfkc(entry.name)
        for prefix in BODY_PREFIXES:
            if s.startswith(prefix) and len(s) > len(prefix) + 1:
                s = s[len(prefix):]
                break
        for long, short in _body_forms(tuple(self.gazetteer.dept_suffixes) if self.gazetteer else ()):
            if long != short and s.endswith(long):
                s = s[: -len(long)] + short
                break
        entry = self.gazetteer.body(s) if self.gazetteer else None
        if entry is not None:
            return nfkc(entry.name)
        prefix, area = self.place_prefix(s)
        if area is not None and prefix != nfkc(area.name):
            s = nfkc(area.name) + s[len(prefix):]
        return s

    def is_zone_committee(self, name: str) -> bool:
        """X高新区管委会 / X高新区党工委: the zone itself."""
        s = _strip_parens(nfkc(name))
        for committee in ZONE_COMMITTEES:
            if s.endswith(committee):
                rest = s[: -len(committee)]
                return len(rest) > 2 and rest.endswith(ZONE_ENDINGS)
        return False

    def regional_parent(self, core: str) -> str | None:
        """X of a company's regional subsidiary X(<place>) (the core of X(天津)有限公司), else None."""
        match = _REGIONAL.fullmatch(core)
        return match[1] if match is not None and self.area(match[2]) is not None else None

    def bare_forms(self, cls: EntityType, core: str, zone_names: Sequence[str]) -> set[str]:
        """Other forms a shorter mention of the same thing may take (place, zone or year dropped)."""
        out = {core}
        if cls is ET.COMPANY:
            prefix, _ = self.place_prefix(core, rest=3)
            if prefix:
                out.add(core[len(prefix):])
            if self.regional_parent(core) is not None:  # X(天津)有限公司: a subsidiary, never X itself
                return out
            out |= {_strip_parens(f) for f in set(out)}
        elif cls is ET.ZONE:  # 唐山曹妃甸经开区 ↔ 曹妃甸经开区: the city before a named zone may be left out
            prefix, area = self.place_prefix(core, rest=4)
            rest = core[len(prefix):]
            ending = next((e for e in sorted(ZONE_ENDINGS, key=len, reverse=True) if rest.endswith(e)), None)
            if area is not None and ending is not None and len(rest) - len(ending) >= 2 and \
                    rest[: -len(ending)] not in _BARE_ZONE_WORDS and rest[0] not in "省市县区":
                out.add(rest)
            out |= _development_zone_forms(core)
        elif cls in (ET.PROJECT, ET.EVENT, ET.POLICY):
            s = re.sub(r"^\d{4}年?度?", "", core) if cls is ET.EVENT else core
            out.add(s)
            for zone in zone_names:
                if s.startswith(zone) and len(s) - len(zone) >= 2:
                    out.add(s[len(zone):])
            prefix, _ = self.place_prefix(s, rest=3)
            if prefix:
                out.add(s[len(prefix):])
            if cls is ET.EVENT:
                out |= {part for part in s.split("暨") if len(part) >= 2}
        return out - {""}


def _development_zone_forms(core: str) -> set[str]:
    """X开发区, the short form of an economic development zone (X经开区, X经济开发区): X of two to six
    characters, a proper name (no level or generic word)."""
    for ending in ("经开区", "经济开发区"):
        head = core[: -len(ending)] if core.endswith(ending) else ""
        if 2 <= len(head) <= 6 and head not in _BARE_ZONE_WORDS and not head.endswith(("国家级", "省级")):
            return {head + "开发区"}
    return set()


# ---------------------------------------------------------------------------------------------
# Grouping


def _display(text: str) -> str:
    """A label form: trimmed, enclosing quotes/book-title marks dropped."""
    s = text.strip()
    while len(s) > 2 and s[0] in "《“\"「『" and s[-1] in "》”\"」』":
        s = s[1:-1].strip()
    return s


def _is_reference(mention: Mention) -> bool:
    text = nfkc(mention.text)
    return text in NEVER or text in REFERENCES.get(mention.cls, frozenset())


def _trusted(mention: Mention, cls: EntityType) -> bool:
    """Whether a reference's canonical name can stand for it (an agreement's 协议 is linked by position,
    unless its clause named sides of its own that no agreement before held: ``("agreement", "own")``)."""
    return bool(mention.canonical) and (cls is not ET.AGREEMENT or ("agreement", "own") in mention.attrs)


def _distinct_mentions(mentions: Sequence[Mention], relations: Sequence[Relation]
                       ) -> tuple[list[Mention], list[tuple], bool]:
    """Every mention, listed or a relation's argument, once (the first of equal ones), titles left out;
    and, side by side, each one's fields (``_identity``: article, start, end, class
    value, text, canonical, attrs), read once here: later passes read these tuples, made one after the
    other, instead of the attributes of mentions scattered over memory; and whether no two of them share
    a spot (article, start, end: see ``_entity``).

    A relation's arguments are mostly the very objects listed among the mentions: those are dropped by
    identity first. Equal mentions are then found by the tuple of their fields (made in C), not by
    ``Mention.__hash__`` (a Python call per object).
    """
    arguments = list(map(_MENTION, chain.from_iterable(map(_ARGS, relations))))
    objects = dict(zip(map(id, mentions), mentions))
    objects.update(zip(map(id, arguments), arguments))  # a known object keeps its place (and is itself)
    found = list(objects.values())
    rows = list(map(_identity, found))
    # equal mentions share a spot (article, start, end: no text hashed), and then are found by their fields
    spots_distinct = len(set(map(_SPOT, rows))) == len(rows)
    if not spots_distinct and len(dict.fromkeys(rows)) < len(rows):
        first = dict(zip(reversed(rows), reversed(found)))
        rows = list(dict.fromkeys(rows))
        found = list(map(first.__getitem__, rows))
    keep = [cls != _TITLE and text.strip() for text, cls in map(_TEXT_CLASS, rows)]
    return list(compress(found, keep)), list(compress(rows, keep)), spots_distinct


_ARGS, _MENTION = operator.attrgetter("args"), operator.itemgetter(1)
# What makes two mentions equal: their fields, in the order of ``_sort_key`` first. The class is the member
# itself: a StrEnum hashes, compares and orders as its value, in C (``str``'s slots come first in its MRO).
_identity = operator.attrgetter("article", "start", "end", "cls", "text", "canonical", "attrs")
_TEXT_CLASS, _CLASS_TEXT = operator.itemgetter(4, 3), operator.itemgetter(3, 4)
_SPOT = operator.itemgetter(0, 1, 2)  # article, start, end
_TITLE = ET.TITLE._value_


def _classify(namer: Namer, mentions: Sequence[Mention], rows: Sequence[tuple] | None = None,
              kinds: dict[tuple[EntityType, str], tuple[EntityType, bool]] | None = None,
              ) -> tuple[list[tuple[Mention, EntityType]], list[tuple[Mention, EntityType]], set[int]]:
    """The mentions with their effective class, split: ``named`` (not a reference, or one whose
    canonical name can stand for it), ``refs`` (the other references, linked by position) and the ids
    of every reference. The class and the reference test are computed once per distinct (class, text)
    (names recur): ``_effective_cls(...)`` and ``_is_reference(...)``, kept in ``kinds`` when given (for
    the next mentions of a batch fed in parts: ``Resolution``).

    ``rows``: the mentions' ``_identity`` tuples, if made already.
    """
    pairs = list(map(_CLASS_TEXT, map(_identity, mentions) if rows is None else rows))
    kinds = {} if kinds is None else kinds
    new = dict(zip(pairs, mentions))  # a mention of each (class, text)
    for pair in new.keys() - kinds.keys():
        mention = new[pair]
        kinds[pair] = (_effective_cls(namer, mention), _is_reference(mention))
    typed = list(map(kinds.__getitem__, pairs))
    if not any(map(_SECOND, map(kinds.__getitem__, new))):  # no reference: every mention is named
        return list(zip(mentions, map(_FIRST, typed))), [], set()
    named: list[tuple[Mention, EntityType]] = []
    refs: list[tuple[Mention, EntityType]] = []
    ref_ids: set[int] = set()
    for mention, (cls, ref) in zip(mentions, typed):
        if not ref:
            named.append((mention, cls))
        else:
            ref_ids.add(id(mention))
            (named if _trusted(mention, cls) else refs).append((mention, cls))
    return named, refs, ref_ids


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


def _effective_cls(namer: Namer, mention: Mention) -> EntityType:
    if mention.cls in (ET.GOVERNMENT_BODY, ET.ORGANIZATION) and namer.is_zone_committee(mention.text):
        return ET.ZONE
    return mention.cls


# A mention's place in reading order: (article, start, end, cls, text); a StrEnum orders as its value.
_sort_key = operator.attrgetter("article", "start", "end", "cls", "text")


def _antecedents(named: Sequence[tuple[Mention, EntityType]],
                 refs: Sequence[tuple[Mention, EntityType]]) -> list[tuple[Mention, Mention]]:
    """(reference, the nearest preceding named mention of its class in its article, or the only one)."""
    if not refs:
        return []
    by_article: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention, cls in named:
        by_article[(mention.article, cls._value_)].append(mention)
    out: list[tuple[Mention, Mention]] = []
    sorted_keys: set[tuple[str, str]] = set()  # only the candidates of some reference are sorted
    for ref, cls in refs:
        key = (ref.article, cls._value_)
        candidates = by_article.get(key)
        if not candidates:
            continue
        if key not in sorted_keys:
            candidates.sort(key=_sort_key)
            sorted_keys.add(key)
        start = ref.start
        before = next((m for m in reversed(candidates) if m.end <= start), None)
        if before is not None:
            out.append((ref, before))
        elif len({nfkc(m.text) for m in candidates}) == 1:
            out.append((ref, candidates[0]))
    return out


class _Union:
    def __init__(self) -> None:
        self.parent: dict[tuple, tuple] = {}

    def find(self, x: tuple) -> tuple:
        while self.parent.get(x, x) != x:
            x = self.parent[x]
        return x

    def union(self, child: tuple, target: tuple) -> None:
        self.parent[self.find(child)] = self.find(target)


def _holders(cores: Sequence[str], bare: dict[str, set[str]]) -> dict[str, list[str]]:
    """``form`` → the cores with ``form`` among their bare forms: which cores can take a short name, as
    dict lookups instead of a scan of every pair of cores."""
    found: dict[str, list[str]] = defaultdict(list)
    for core in cores:
        for form in bare[core]:
            found[form].append(core)
    return found


class _Pieces:
    """The cores with a bare form starting (companies, organisations) or ending (bodies, policies, events)
    with a piece of at least ``_MIN_PARTIAL`` characters (none for the other classes).

    The forms are sorted (read backwards for suffixes), so those starting with a piece are one run, found
    by bisection: indexing every leading or trailing piece of every form instead (as 1-tuples, apart from
    the forms) made and hashed ten times as many strings as there are forms, for the few pieces asked.
    """

    __slots__ = ("holders", "backwards", "forms")

    def __init__(self, holders: Mapping[str, list[str]], cls: EntityType) -> None:
        self.holders = holders  # ``_holders``
        self.backwards = cls in _SUFFIX_OK
        self.forms = sorted(form[::-1] for form in holders) if self.backwards else \
            sorted(holders) if cls in _PREFIX_OK else []

    def holders_of(self, piece: str) -> list[str]:
        """The cores with a bare form starting (or ending) with ``piece`` (a core once per such form)."""
        key = piece[::-1] if self.backwards else piece
        forms, holders, out = self.forms, self.holders, []
        for at in range(bisect_left(forms, key), len(forms)):
            form = forms[at]
            if not form.startswith(key):
                break
            out += holders[form[::-1] if self.backwards else form]
        return out


def _merge_short_forms(namer: Namer, groups: dict[tuple[EntityType, str], list[tuple]],
                       zone_names: Sequence[str]) -> _Union:
    """Merge each group that is a short form of exactly one other group of its class (``groups``: the
    ``_items`` of each group's mentions)."""
    uf = _Union()
    by_cls: dict[EntityType, list[str]] = defaultdict(list)
    for cls, core in groups:
        by_cls[cls].append(core)
    for cls, cores in sorted(by_cls.items(), key=lambda kv: kv[0].value):
        if cls in (ET.PERSON, ET.AGREEMENT, ET.INDUSTRY, ET.AREA):
            continue
        bare = {core: namer.bare_forms(cls, core, zone_names) for core in cores}
        if cls is ET.ZONE:  # a zone's （district） qualifier names the zone too
            for core in cores:
                bare[core] |= {p for name in set(map(_item_name, groups[(cls, core)]))
                               for p in _parens(nfkc(name)) if len(p) >= 2}
        holders = _holders(cores, bare)
        pieces = _Pieces(holders, cls)
        # longest first, so that a chain (a → b → c) settles on the longest form (shortest first here, and
        # between equal lengths the last in order: the cores are distinct, and the sorts stable)
        for short in sorted(sorted(cores, reverse=True), key=len):
            exact = {c for c in holders.get(short, ()) if c != short and len(c) >= len(short)}
            partial: set[str] = set()
            if not exact and len(short) >= _MIN_PARTIAL:
                longer = [c for c in pieces.holders_of(short) if len(c) > len(short)]
                if longer and _written_short(cls, groups[(cls, short)]):  # only then: it reads every name
                    partial = {c for c in longer
                               if not (cls is ET.COMPANY and namer.regional_parent(c) == short)}
            if not exact and not partial:
                continue
            targets = {uf.find((cls, c)) for c in (exact or partial)} - {uf.find((cls, short))}
            if len(targets) == 1:
                uf.union((cls, short), targets.pop())
            elif len(targets) > 1:
                LOGGER.debug("not merging %s %s: %d candidates", cls.value, short, len(targets))
    return uf


def _written_short(cls: EntityType, items: Sequence[tuple]) -> bool:
    """Whether a group's names (``_items``) may be a prefix of another's: not a company's or organisation's
    written with its legal suffix (X集团有限公司: a full name, never a prefix of another)."""
    if cls not in _PREFIX_OK:
        return True
    names = {item[5] or item[4] for item in items}  # ``_item_name`` of each, inline: groups run to thousands
    return all(strip_legal(nfkc(name)) == nfkc(name) for name in names)


# ---------------------------------------------------------------------------------------------
# Entities


def resolve(articles: Sequence[Article], mentions: Sequence[Mention], relations: Sequence[Relation],
            *, gazetteer: gaz.Gazetteer | None | bool = True) -> tuple[Entity, ...]:
    """One ``Entity`` per real thing, sorted by (class, key); each lists the mentions linked to it.

    ``gazetteer``: ``True`` for the packaged one, ``None``/``False`` for none, or a ``Gazetteer``.
    """
    resolution = Resolution(gazetteer=gazetteer)
    resolution.add(mentions, relations)
    return resolution.entities(relations)


class Resolution:
    """``resolve`` fed in parts: ``add`` the mentions and relations of some whole articles at a time (no
    article's spread over two parts), then ``entities`` of all the relations: the same entities as
    ``resolve`` of them all at once.

    Grouping the mentions (their fields read, classes and references settled, names keyed and grouped) is
    most of resolution's work, and it is done per mention: ``kg.pipeline.build`` adds each run of
    articles as it is extracted, so this runs while the forked processes extract, rather than after them
    on one core. What needs every group (merging short forms, the entities, their places) waits for
    ``entities``.

    The cyclic collector is paused meanwhile: resolution's indexes and groups hold no cycles, and only the
    entities outlive it (scans of its young containers were a tenth of its time at a million characters).
    """

    def __init__(self, *, gazetteer: gaz.Gazetteer | None | bool = True) -> None:
        self.namer = Namer(gaz.default() if gazetteer is True else (gazetteer or None))
        # (class, text) → (effective class, whether a reference): ``_classify``'s, across parts
        self.kinds: dict[tuple[EntityType, str], tuple[EntityType, bool]] = {}
        # name key → its group's key, or None when its core is empty: computed once per name (names recur)
        self.slots: dict[tuple[str, str, str], tuple[EntityType, str] | None] = {}
        self.groups: dict[tuple[EntityType, str], list[tuple]] = defaultdict(list)
        self.dropped: list[tuple] = []
        self.ref_ids: set[int] = set()  # the ids of every reference (``_entity``)
        self.spots_distinct = True  # no two mentions share a spot (``_entity``)

    def add(self, mentions: Sequence[Mention], relations: Sequence[Relation]) -> None:
        """Group the mentions of some whole articles (listed, or their relations' arguments).

        The groups hold ``_items`` of the mentions (their fields read once, in tuples made one after the
        other), and the mentions are grouped in C (``list.append`` mapped over the targets): a pass in
        Python over every mention costs more than the rest of its resolution.
        """
        with no_cyclic_collection():
            self._add(mentions, relations)

    def _add(self, mentions: Sequence[Mention], relations: Sequence[Relation]) -> None:
        namer = self.namer
        found, rows, spots_distinct = _distinct_mentions(mentions, relations)
        self.spots_distinct = self.spots_distinct and spots_distinct
        named, refs, ref_ids = _classify(namer, found, rows, self.kinds)
        self.ref_ids |= ref_ids
        antecedent = _antecedents(named, refs)
        items = _items(found, rows)
        item_of = dict(zip(map(id, found), items)) if refs else {}
        named_items = items if len(named) == len(found) else [item_of[id(m)] for m, _ in named]
        classes = list(map(_SECOND, named))
        # (class value, name, article for an agreement: its group is its article's) of each named mention
        agreement = ET.AGREEMENT  # read once: a local, not an attribute, in this loop over every mention
        name_keys = [(cls._value_, canonical or text, article if cls is agreement else "")
                     for cls, (text, canonical, article) in zip(classes, map(_ITEM_NAME_FIELDS, named_items))]
        slots, groups = self.slots, self.groups
        names = dict(zip(name_keys, classes))
        for name_key in names.keys() - slots.keys():
            cls = names[name_key]
            _, name, article = name_key
            core = namer.core(cls, name)
            if cls is ET.AGREEMENT:
                core = f"{article}|{core}"
            slots[name_key] = (cls, core) if core else None
        targets = {name_key: groups[group_key] if group_key else self.dropped
                   for name_key, group_key in zip(names, map(slots.__getitem__, names))}
        deque(map(list.append, map(targets.__getitem__, name_keys), named_items), maxlen=0)
        if antecedent:
            core_of = dict(zip(map(id, map(_FIRST, named)), map(slots.__getitem__, name_keys)))
            for ref, target in antecedent:
                group_key = core_of.get(id(target))
                if group_key is not None:
                    groups[group_key].append(item_of[id(ref)])

    def entities(self, relations: Sequence[Relation]) -> tuple[Entity, ...]:
        """The entities of every part added, sorted by (class, key); ``relations``: all the parts'."""
        with no_cyclic_collection():
            return self._entities(relations)

    def _entities(self, relations: Sequence[Relation]) -> tuple[Entity, ...]:
        namer, groups = self.namer, self.groups
        zone = ET.ZONE._value_  # every named zone's name is in ``slots``: read from its distinct names
        zone_names = sorted(set(map(nfkc, {key[1] for key in self.slots if key[0] == zone}))
                            | {core for c, core in groups if c is ET.ZONE}, key=lambda z: (-len(z), z))
        uf = _merge_short_forms(namer, groups, zone_names)

        merged: dict[tuple[EntityType, str], list[tuple]] = defaultdict(list)
        for group_key, members in groups.items():
            target = uf.find(group_key)
            merged[target].extend(members)
        entities = [_entity(namer, cls, key, members, self.ref_ids, self.spots_distinct)
                    for (cls, key), members in merged.items()]
        entities = _places(namer, entities, _zone_parents(entities, relations))
        return Resolved(sorted(entities, key=lambda e: (e.cls, e.key)))


def _items(found: Sequence[Mention], rows: Sequence[tuple]) -> list[tuple]:
    """Each mention's ``_identity`` tuple with the mention itself last (tuples made in C)."""
    return list(map(operator.add, rows, zip(found)))


# An item's fields (``_items``): its place in reading order (``_sort_key``), its text, canonical name,
# attrs, article, the mention, and (text, canonical, article) for its name.
_ITEM_ORDER = operator.itemgetter(0, 1, 2, 3, 4)
_ITEM_TEXT, _ITEM_CANONICAL, _ITEM_ATTRS = map(operator.itemgetter, (4, 5, 6))
_ITEM_ARTICLE, _ITEM_MENTION = operator.itemgetter(0), operator.itemgetter(7)
_ITEM_NAME_FIELDS = operator.itemgetter(4, 5, 0)


def _item_name(item: tuple) -> str:
    """The name an item's mention is grouped by: its canonical name, else its text."""
    return item[5] or item[4]


def _zone_parents(entities: Sequence[Entity], relations: Sequence[Relation]) -> dict[str, list[Entity]]:
    """The zones each zone is part of (by the child's key), from the ``part_of`` relations.

    ``entities`` are ``resolve``'s: each mention is held by one entity and no two held mentions are equal,
    so an argument held by a zone is found by identity (no ``Mention`` hashed: a Python call each, for
    every zone mention); only the others are looked up by equality (``entity_index``, built if needed).
    """
    parts = [r.args for r in relations if r.kind is RK.PART_OF and len(r.args) == 2]
    if not parts:
        return {}
    zones = [e for e in entities if e.cls is ET.ZONE]
    by_object = {id(m): e for e in zones for m in e.mentions}
    by_value: dict[Mention, Entity] = {}

    def zone(mention: Mention) -> Entity | None:
        found = by_object.get(id(mention))
        if found is None:
            if not by_value:
                by_value.update(entity_index(zones))
            found = by_value.get(mention)
        return found

    out: dict[str, list[Entity]] = defaultdict(list)
    for (_, inner), (_, outer) in parts:  # (child, parent) or (park, zone): the part first
        child, parent = zone(inner), zone(outer)
        if child is not None and parent is not None and parent.key != child.key:
            out[child.key].append(parent)
    return out


def _label_order(form: str) -> tuple:
    """Longest first; between width variants the full-width form the Chinese text uses."""
    return (-len(form), unicodedata.normalize("NFKC", form) == form, form)


def _entity(namer: Namer, cls: EntityType, key: str, items: list[tuple], refs: set[int],
            spots_distinct: bool = False) -> Entity:
    """The entity of a merged group: ``items`` (``_items``) of distinct, pairwise unequal mentions.

    ``refs``: the ids of every mention that is a reference (resolved through an antecedent or not).
    ``spots_distinct``: whether no two mentions of the batch share a spot (article, start, end), the
    common case: then the items sort as tuples, in the order of ``_sort_key`` since their first three
    fields decide, with no key tuple made per mention (a third of the sort's cost).
    """
    items = _in_reading_order(items) if spots_distinct else sorted(items, key=_ITEM_ORDER)  # ``_sort_key``
    members = list(map(_ITEM_MENTION, items))
    with_attrs = list(compress(items, map(_ITEM_ATTRS, items)))  # few mentions carry attrs
    if (not refs or refs.isdisjoint(map(id, members))) and \
            not any(("form", "elided") in item[6] for item in with_attrs):
        texts = set(map(_ITEM_TEXT, items))
    else:
        texts = {item[4] for item in items if id(item[7]) not in refs and ("form", "elided") not in item[6]}
    text_forms = [_display(t) for t in texts]  # 株洲 of 长沙、株洲两个高新区 names no zone
    canonical = [_display(c) for c in set(map(_ITEM_CANONICAL, items)) - {None, ""}]
    # the name as printed when the extractor took an owner's short form off it (锐驰动力|新能源…项目)
    # and the form a traditional-character text prints (read on its simplified shadow: 駿昇 beside 骏升)
    text_forms += [_display(value) for item in with_attrs for name, value in item[6]
                   if name in ("fuller", "printed")]
    if cls is ET.AREA:
        area = namer.area(key)
        canonical += [area.name, area.short] if area else []
        forms = sorted(set(text_forms + canonical) - {""}, key=_label_order)
    else:
        forms = sorted(set(text_forms) - {""}, key=_label_order)
        forms += sorted(set(canonical) - set(forms) - {""}, key=_label_order)
    if not forms:
        forms = [key.split("|", 1)[-1]]
    label = forms[0]
    alts = tuple(sorted(set(forms[1:]) - {label}))
    articles = dict.fromkeys(map(_ITEM_ARTICLE, items))  # sorted already: the items are, article first
    articles.pop("", None)
    return Entity(key=key, cls=cls, label=label, alt_labels=alts, articles=tuple(articles),
                  mentions=tuple(members))


def _in_reading_order(items: list[tuple]) -> list[tuple]:
    """``sorted(items)``, for items (``_items``) no two of which share a spot.

    A group's items come article by article, each article's mostly in reading order already (the
    extractor lists them so), but the articles in no order: sorted stably by their article alone (a
    comparison of two strings, not of two tuples: a third of the cost), they are then in order unless
    some article's were not, which one pass of tuple comparisons tells (n of them, against n log n in
    the sort of the tuples); only then are the tuples sorted.
    """
    ordered = sorted(items, key=_ITEM_ARTICLE)
    if all(map(operator.lt, ordered, islice(ordered, 1, None))):
        return ordered  # strictly increasing: the one sorted arrangement of these items
    return sorted(items)


def _places(namer: Namer, entities: list[Entity], parents: Mapping[str, list[Entity]] | None = None,
            ) -> list[Entity]:
    """Where zones and areas are (gazetteer): a ``located_in`` attr on each, plus the areas not mentioned.

    A park part of a zone in another city is not placed by the district its name starts with (X工业园区 of a
    zone elsewhere, X a local place that is also a district's short name)."""
    parents = parents or {}
    if namer.gazetteer is None:
        return entities
    gz = namer.gazetteer
    known = {e.key for e in entities if e.cls is ET.AREA}
    extra: dict[str, Entity] = {}

    def area_key(area: gaz.Area) -> str:
        key = nfkc(area.name)
        if key not in known and key not in extra:
            parent = gz.area(area.parent) if area.parent else None
            attrs = (("located_in", area_key(parent)),) if parent is not None and parent != area else ()
            alts = (area.short,) if area.short != area.name else ()
            extra[key] = Entity(key=key, cls=ET.AREA, label=area.name, alt_labels=alts, attrs=attrs)
        return key

    out: list[Entity] = []
    for entity in entities:
        target: gaz.Area | None = None
        if entity.cls is ET.ZONE:
            target = _zone_area(namer, entity)
            if target is not None and entity.key in parents and _elsewhere(namer, entity, target,
                                                                           parents[entity.key]):
                target = None
        elif entity.cls is ET.AREA:
            area = gz.area(entity.key)
            target = gz.area(area.parent) if area is not None and area.parent else None
        if target is not None and nfkc(target.name) != entity.key:
            link = ("located_in", area_key(target))
            entity = replace(entity, attrs=tuple(sorted(set(entity.attrs) | {link})))
        out.append(entity)
    return out + list(extra.values())


# Zone designations whose leading place name is the zone's city (株洲高新区 → 株洲市; not 衡山科学城).
_DESIGNATIONS = ("高新区", "经开区", "开发区", "新区", "保税区", "综保区", "示范区", "自贸区", "工业园区")
# …and those whose leading place is their city only when it is a prefecture-level city (not 衡山科学城)
_CITY_DESIGNATIONS = ("科技城",)


def _zone_area(namer: Namer, zone: Entity) -> gaz.Area | None:
    """The city of a zone: the national list's, else the city its name starts with (X高新区)."""
    gz = namer.gazetteer
    assert gz is not None
    for name in (zone.label, *zone.alt_labels):
        entry = gz.zone(name) or gz.zone(_strip_parens(nfkc(name)))
        if entry is not None:  # the city only: a province is optional unless the text states it
            return gz.area(entry.city) if entry.city else None
    prefix, area = namer.place_prefix(zone.key)
    if area is not None and area.level == "province" and zone.key.endswith(_DESIGNATIONS):
        # 江苏武进经济开发区: the city of the district after the province; 海南洋浦经济开发区: the province
        # (not 广西自贸区, the province's own designation: no place between)
        rest = zone.key[len(prefix):]
        _, inner = namer.place_prefix(rest)
        city = gz.city_of(inner.name) if inner is not None else None
        if city is not None and gz.province_of(city.name) == area:
            return city
        return area if not any(rest.endswith(d) and len(rest) - len(d) < 2 for d in _DESIGNATIONS) else None
    if area is not None and area.level == "city" and zone.key.endswith(_CITY_DESIGNATIONS):
        return area  # 三亚崖州湾科技城: a city's science town
    if area is None or area.level == "province" or not zone.key.endswith(_DESIGNATIONS):
        return None
    return gz.city_of(area.name) if area.level == "county" else area


def _elsewhere(namer: Namer, zone: Entity, city: gaz.Area, parents: Sequence[Entity]) -> bool:
    """Whether ``zone``, named after a county-level place of ``city``, is part of zones all placed in
    another city."""
    _, area = namer.place_prefix(zone.key)
    if area is None or area.level != "county":
        return False
    cities = {_zone_area(namer, parent) for parent in parents}
    return None not in cities and city not in cities


def entity_index(entities: Iterable[Entity]) -> dict[Mention, Entity]:
    """Mention → the entity it was resolved to."""
    return {m: e for e in entities for m in e.mentions}
