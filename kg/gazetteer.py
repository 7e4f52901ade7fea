"""Gazetteers of public facts (areas, zones, government bodies, vocabularies), shipped as package data.

The data live in ``kg/data`` as small UTF-8 text files (TSV with a header row; ``#`` starts a
comment line), one file per list, sorted so that a reviewer can read a diff:

- ``areas.tsv``: ``name short level parent`` — province-, prefecture- and county-level divisions;
- ``zones.tsv``: ``name kind city province aliases`` — zones on the national lists;
- ``bodies.tsv``: ``name aliases parent level`` — national government bodies of fixed name;
- ``departments.tsv``: ``short full`` — department forms (``发改委`` ↔ ``发展和改革委员会``);
- ``industries.txt``: ``name [generic]`` — industry and technology fields;
- ``titles.txt``: ``title kind`` — official and corporate titles (party/government/company/academic/other);
- ``surnames.txt``: ``surname [mark]`` — surnames, ``ambiguous`` when they often start ordinary words.

Nothing is read at import: :func:`default` loads the packaged data once, on first use.

Area lookup by a bare short name: a full-name match always wins; among short-name matches a
prefecture-level city wins over a province, and a province over a county (``吉林`` → 吉林市, since
news writes ``吉林省`` for the province and a bare ``吉林`` before a zone name is the city); when two
areas of the best level share the name, the one in a central city (a municipality, a provincial capital
or a sub-provincial city: ``CENTRAL_CITIES``) wins when only one is (``南山区`` → 深圳's), and otherwise
the lookup is ambiguous and returns ``None`` (``鼓楼区`` of 南京 and 福州): use
:meth:`Gazetteer.areas_named` to see every candidate.

Municipalities (北京市, 上海市, 天津市, 重庆市) are province-level areas; :meth:`Gazetteer.city_of`
returns the municipality itself for a place inside one, and a zone in a municipality has the
municipality as both its city and its province.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.compiled import regex

LOGGER = logging.getLogger(__name__)

LEVELS = ("province", "city", "county")
ZONE_KINDS = ("hightech", "etdz", "new_area", "ftz", "demo", "bonded", "other")
TITLE_KINDS = ("party", "government", "company", "academic", "other")

# Preference among short-name matches of different levels (lower wins); see the module docstring.
_SHORT_RANK = {"city": 0, "province": 1, "county": 2}

#: The cities news means first when several cities have a district of that name (public facts): the four
#: municipalities, the capitals of the provinces and autonomous regions, and the other sub-provincial
#: cities. 南山区 is 深圳's, 普陀区 Shanghai's; 鼓楼区 (南京 and 福州, both capitals) stays ambiguous.
CENTRAL_CITIES = frozenset("""
    北京市 天津市 上海市 重庆市
    石家庄市 太原市 呼和浩特市 沈阳市 长春市 哈尔滨市 南京市 杭州市 合肥市 福州市 南昌市 济南市 郑州市
    武汉市 长沙市 广州市 南宁市 海口市 成都市 贵阳市 昆明市 拉萨市 西安市 兰州市 西宁市 银川市
    乌鲁木齐市
    深圳市 大连市 青岛市 宁波市 厦门市
""".split())


@dataclass(frozen=True)
class Area:
    """An administrative division."""

    name: str  # full name: 湖南省, 衡阳市, 新疆维吾尔自治区, 浦东新区, 昆山市
    short: str  # the form news uses without the suffix: 湖南, 衡阳, 新疆, 浦东, 昆山
    level: str  # "province" | "city" | "county"
    parent: str | None  # full name of the parent area (city → province, county → city)


@dataclass(frozen=True)
class ZoneEntry:
    """A zone on a national list."""

    name: str  # official full name: 衡阳高新技术产业开发区, 苏州工业园区
    aliases: tuple[str, ...]  # forms news uses: 衡阳高新区, 衡阳国家高新区 (typed + generated)
    kind: str  # one of ZONE_KINDS
    city: str | None  # full city name (a municipality for zones inside one)
    province: str | None


@dataclass(frozen=True)
class BodyEntry:
    """A government body of fixed name."""

    name: str  # the name news uses as canonical: 科学技术部
    aliases: tuple[str, ...]  # 科技部
    parent: str | None  # 科技部火炬高技术产业开发中心 → 科学技术部
    level: str  # "national" | ...


_SPACES = regex(r"\s+")


def normalise(name: str) -> str:
    """The form names are compared in: NFKC (full-width brackets → half-width), no whitespace."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", name))


# ---------------------------------------------------------------------------------------------
# Reading the files


def _rows(lines: Iterable[str], *, source: str) -> Iterator[list[str]]:
    """Tab-separated rows after the header row; blank lines and ``#`` comments skipped."""
    header_seen = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not cells[0]:
            raise ValueError(f"{source}:{number}: empty first column")
        yield cells


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _split_aliases(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"[,，]", text) if part.strip())


def parse_areas(lines: Iterable[str], *, source: str = "areas.tsv") -> tuple[Area, ...]:
    areas = []
    for cells in _rows(lines, source=source):
        level = _cell(cells, 2)
        if level not in LEVELS:
            raise ValueError(f"{source}: {cells[0]}: unknown level {level!r}")
        short, parent = _cell(cells, 1) or cells[0], _cell(cells, 3) or None
        areas.append(Area(name=cells[0], short=short, level=level, parent=parent))
    return tuple(areas)


# Standard alias forms derived from an official name: (suffix of the name, derived suffixes).
_ALIAS_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("国家高新技术产业开发区", ("高新区", "国家高新区", "高新技术产业开发区")),
    ("高新技术产业开发区", ("高新区", "国家高新区", "国家高新技术产业开发区")),
    ("国家级经济技术开发区", ("经开区", "经济技术开发区", "国家级经开区")),
    ("经济技术开发区", ("经开区", "国家级经济技术开发区", "国家级经开区")),
    ("国家自主创新示范区", ("自创区", "自主创新示范区")),
    ("综合保税区", ("综保区",)),
)
_FTZ = regex(r"^中国\((?P<place>[^)]+)\)自由贸易试验区(?P<rest>.*)$")


def generated_aliases(name: str) -> tuple[str, ...]:
    """The standard short forms of an official zone name (never the name itself).

    ``衡阳高新技术产业开发区`` → 衡阳高新区, 衡阳国家高新区, 衡阳国家高新技术产业开发区;
    ``X经济技术开发区`` → X经开区, X国家级经济技术开发区, X国家级经开区;
    ``中国（湖南）自由贸易试验区长沙片区`` → 湖南自贸区长沙片区, 湖南自由贸易试验区长沙片区, …
    """
    norm = normalise(name)
    out: list[str] = []
    for suffix, derived in _ALIAS_RULES:
        if norm.endswith(suffix) and len(norm) > len(suffix):
            place = norm[: -len(suffix)]
            out.extend(place + tail for tail in derived)
            break
    match = _FTZ.match(norm)
    if match:
        place, rest = match["place"], match["rest"]
        out.extend(f"{place}{form}{rest}" for form in ("自由贸易试验区", "自贸试验区", "自贸区"))
        out.append(f"中国{place}自由贸易试验区{rest}")
    seen = {norm}
    unique = []
    for alias in out:
        if alias not in seen:
            seen.add(alias)
            unique.append(alias)
    return tuple(unique)


# Words between a zone's city and its kind that name a trade or a site rather than a place: the zone
# without its city (医药高新区, 临港经开区) would name no zone in particular
_GENERIC_QUALIFIERS = frozenset(("医药", "汽车", "化学工业", "石化", "临港", "临空", "临空港", "高新",
                                 "工业园", "滨海", "沿海", "沿江", "空港", "港口", "新区"))
# The kinds a zone named <city><place><kind> may drop its city from (葛店经济技术开发区)
_CITY_LESS_KINDS = ("国家高新技术产业开发区", "高新技术产业开发区", "国家级经济技术开发区", "经济技术开发区")


def city_less_aliases(name: str, city: str, places: Mapping[str, frozenset[str]] | None = None
                      ) -> tuple[str, ...]:
    """The forms of a zone named after a place inside its city without the city: 鄂州葛店经济技术开发区 →
    葛店经济技术开发区, 葛店经开区, … (none when the words left name a trade or a site, 医药, 临港, or open
    with a place of another city, ``places`` mapping a place's names to the cities it lies in: 大连长兴岛…
    would read as 湖州's 长兴县, 宁波杭州湾… as 杭州)."""
    norm, short = normalise(name), city.removesuffix("市")
    if not short or not norm.startswith(short):
        return ()
    suffix = next((s for s in _CITY_LESS_KINDS if norm.endswith(s)), None)
    rest = norm[len(short):-len(suffix)] if suffix is not None else ""
    if len(rest) < 2 or rest in _GENERIC_QUALIFIERS:
        return ()
    if places and any(city not in places.get(rest[:end], (city,)) for end in range(2, len(rest) + 1)):
        return ()
    bare = rest + suffix
    return (bare, *generated_aliases(bare))


def cities_of_places(areas: Iterable[Area]) -> dict[str, frozenset[str]]:
    """Each city's and county's full and short name → the cities it lies in (a county: its parent's)."""
    out: dict[str, set[str]] = {}
    for area in areas:
        city = area.name if area.level == "city" else area.parent if area.level == "county" else None
        if city is not None:
            for key in (normalise(area.name), normalise(area.short)):
                out.setdefault(key, set()).add(city)
    return {key: frozenset(found) for key, found in out.items()}


def parse_zones(lines: Iterable[str], *, source: str = "zones.tsv",
                areas: Iterable[Area] = ()) -> tuple[ZoneEntry, ...]:
    zones = []
    places = cities_of_places(areas)
    for cells in _rows(lines, source=source):
        kind = _cell(cells, 1)
        if kind not in ZONE_KINDS:
            raise ValueError(f"{source}: {cells[0]}: unknown kind {kind!r}")
        typed = tuple(normalise(alias) for alias in _split_aliases(_cell(cells, 4)))
        aliases = []
        derived = generated_aliases(cells[0]) + city_less_aliases(cells[0], _cell(cells, 2), places)
        for alias in typed + derived:
            if alias != normalise(cells[0]) and alias not in aliases:
                aliases.append(alias)
        zones.append(
            ZoneEntry(
                name=cells[0],
                aliases=tuple(aliases),
                kind=kind,
                city=_cell(cells, 2) or None,
                province=_cell(cells, 3) or None,
            )
        )
    return tuple(zones)


def parse_bodies(lines: Iterable[str], *, source: str = "bodies.tsv") -> tuple[BodyEntry, ...]:
    return tuple(
        BodyEntry(
            name=cells[0],
            aliases=_split_aliases(_cell(cells, 1)),
            parent=_cell(cells, 2) or None,
            level=_cell(cells, 3) or "national",
        )
        for cells in _rows(lines, source=source)
    )


def parse_pairs(lines: Iterable[str], *, source: str) -> tuple[tuple[str, str], ...]:
    return tuple((cells[0], _cell(cells, 1) or cells[0]) for cells in _rows(lines, source=source))


# ---------------------------------------------------------------------------------------------
# The gazetteer


@dataclass(frozen=True)
class Gazetteer:
    """All lists, with lookups by full name, short name or alias (compared after NFKC)."""

    areas: tuple[Area, ...]
    zones: tuple[ZoneEntry, ...]
    bodies: tuple[BodyEntry, ...]
    industries: tuple[str, ...]
    titles: tuple[str, ...]
    surnames: tuple[str, ...]
    dept_suffixes: tuple[tuple[str, str], ...]  # (short, full): (发改委, 发展和改革委员会)
    generic_industries: tuple[str, ...] = ()  # umbrellas such as 高新技术产业, 战略性新兴产业
    title_kinds: tuple[tuple[str, str], ...] = ()  # (title, kind)
    ambiguous_surnames: tuple[str, ...] = ()  # surnames that often start ordinary words or names
    _area_full: dict[str, Area] = field(default_factory=dict, repr=False, compare=False)
    _area_all: dict[str, tuple[Area, ...]] = field(default_factory=dict, repr=False, compare=False)
    _zone_index: dict[str, ZoneEntry] = field(default_factory=dict, repr=False, compare=False)
    _body_index: dict[str, BodyEntry] = field(default_factory=dict, repr=False, compare=False)
    _title_index: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # name → ``area(name)``: resolution asks for the same places over and over (see ``area``)
    _area_memo: dict[str, Area | None] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        area_full: dict[str, list[Area]] = {}
        area_all: dict[str, list[Area]] = {}
        for area in self.areas:
            area_full.setdefault(normalise(area.name), []).append(area)
            for key in dict.fromkeys((normalise(area.name), normalise(area.short))):
                area_all.setdefault(key, []).append(area)
        # A full name shared by several areas (鼓楼区) is not a unique full-name match.
        self._area_full.update({key: found[0] for key, found in area_full.items() if len(found) == 1})
        self._area_all.update({key: tuple(found) for key, found in area_all.items()})
        self._zone_index.update(_index(self.zones, what="zone"))
        self._body_index.update(_index(self.bodies, what="body"))
        self._title_index.update(self.title_kinds)

    # -- loading ------------------------------------------------------------------------------

    @classmethod
    def load(cls, folder: Path | None = None) -> Gazetteer:
        """Read the lists from ``folder`` (default: the package's ``kg/data``)."""
        root = resources.files("kg") / "data" if folder is None else folder

        def lines(name: str) -> list[str]:
            return (root / name).read_text(encoding="utf-8-sig").splitlines()

        industry_rows = parse_pairs(lines("industries.txt"), source="industries.txt")
        title_rows = parse_pairs(lines("titles.txt"), source="titles.txt")
        surname_rows = parse_pairs(lines("surnames.txt"), source="surnames.txt")
        areas = parse_areas(lines("areas.tsv"))
        return cls(
            areas=areas,
            zones=parse_zones(lines("zones.tsv"), areas=areas),
            bodies=parse_bodies(lines("bodies.tsv")),
            industries=tuple(name for name, _ in industry_rows),
            titles=tuple(name for name, _ in title_rows),
            surnames=tuple(name for name, _ in surname_rows),
            dept_suffixes=parse_pairs(lines("departments.tsv"), source="departments.tsv"),
            generic_industries=tuple(name for name, mark in industry_rows if mark == "generic"),
            title_kinds=tuple((name, kind if kind != name else "other") for name, kind in title_rows),
            ambiguous_surnames=tuple(name for name, mark in surname_rows if mark == "ambiguous"),
        )

    # -- lookups ------------------------------------------------------------------------------

    def areas_named(self, name: str) -> tuple[Area, ...]:
        """Every area whose full or short name is ``name``, in file order."""
        return self._area_all.get(normalise(name), ())

    def area(self, name: str) -> Area | None:
        """The area of that full or short name (full name preferred; see the module docstring).

        Memoised by name (a fact of the gazetteer, the same for every article): resolution looks up
        every leading run of 2 to 9 characters of each name.
        """
        try:
            return self._area_memo[name]
        except KeyError:
            area = self._area_memo[name] = self._find_area(name)
            return area

    def _find_area(self, name: str) -> Area | None:
        key = normalise(name)
        if key in self._area_full:
            return self._area_full[key]
        found = self._area_all.get(key, ())
        if not found:
            return None
        best = min(_SHORT_RANK[area.level] for area in found)
        top = [area for area in found if _SHORT_RANK[area.level] == best]
        if len(top) > 1:  # 南山区 of 深圳 and of 鹤岗: the one in a central city, if only one is
            top = [area for area in top if area.parent in CENTRAL_CITIES]
        return top[0] if len(top) == 1 else None

    def zone(self, name: str) -> ZoneEntry | None:
        """The zone of that official name or alias."""
        return self._zone_index.get(normalise(name))

    def body(self, name: str) -> BodyEntry | None:
        """The national body of that name or alias."""
        return self._body_index.get(normalise(name))

    def city_of(self, place: str) -> Area | None:
        """The prefecture-level city of a city or county (full or short name).

        A municipality (or a district of one) gives the municipality; a province or an unknown or
        ambiguous place gives ``None``.
        """
        area = self.area(place)
        for _ in range(4):
            if area is None or area.level != "county":
                break
            area = self._area_full.get(normalise(area.parent)) if area.parent else None
        if area is None:
            return None
        if area.level == "city" or area.name in MUNICIPALITIES:
            return area
        return None

    def province_of(self, place: str) -> Area | None:
        """The province-level division a place (province, city or county) lies in."""
        area = self.area(place)
        for _ in range(4):
            if area is None or area.level == "province":
                break
            area = self._area_full.get(normalise(area.parent)) if area.parent else None
        return area

    def is_generic_industry(self, name: str) -> bool:
        return name in self.generic_industries

    def title_kind(self, title: str) -> str | None:
        return self._title_index.get(title)


MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def _index(entries: Iterable[ZoneEntry | BodyEntry], *, what: str) -> dict[str, ZoneEntry | BodyEntry]:
    """Name and alias → entry; an alias claimed by two entries is dropped (names always win)."""
    entries = tuple(entries)
    index: dict[str, ZoneEntry | BodyEntry] = {}
    for entry in entries:
        key = normalise(entry.name)
        if key in index:
            raise ValueError(f"duplicate {what} name {entry.name}")
        index[key] = entry
    claims: dict[str, list[ZoneEntry | BodyEntry]] = {}
    for entry in entries:
        for alias in entry.aliases:
            key = normalise(alias)
            if key not in index:
                claims.setdefault(key, []).append(entry)
    for key, owners in claims.items():
        if len({owner.name for owner in owners}) == 1:
            index[key] = owners[0]
        else:
            LOGGER.debug("%s alias %s is ambiguous: %s", what, key, sorted(o.name for o in owners))
    return index


@functools.lru_cache(maxsize=1)
def default() -> Gazetteer:
    """The packaged gazetteer, loaded on first use and cached."""
    return Gazetteer.load()
