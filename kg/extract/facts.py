"""Relation extractors: ``(doc, mentions) -> Iterable[Relation]`` over the settled mentions of one article.

Each reads positions and the words between mentions; every relation carries its evidence sentence.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from kg.compiled import regex
from kg.extract import amounts, names, tables
from kg.extract.doc import UNSEEN, Doc
from kg.extract.lexicon import Anchor, finditer_near
from kg.extract.names import after_note, park_lists, place_matches, short_forms
from kg.extract.registry import relation_extractor
from kg.extract.text import compact, find_all
from kg.gazetteer import Area, Gazetteer
from kg.model import EntityType, Mention, Relation, RelationKind

T = TypeVar("T")

# The entity and relation kinds as plain class attributes (the members themselves): an Enum class's
# attribute goes through its metaclass's lookup hook, several times slower in Python 3.11 than a plain
# class's, and the extractors read these kinds in nearly every filter over an article's mentions
ET = type("ET", (), dict(EntityType.__members__))
RK = type("RK", (), dict(RelationKind.__members__))
ORGS = (ET.ZONE, ET.COMPANY, ET.GOVERNMENT_BODY, ET.ORGANIZATION)
PARTIES = ORGS  # who may be a party to an agreement or build a project: any organisation
ZONE_ORGANS = ("管委会", "党工委", "工委", "纪工委", "区委", "区政府")
PLACE_COMMITTEES = ("市委", "省委", "县委", "区委", "州委")
# A zone's own administration written between the zone and a title: X综合保税区管理局|局长
ZONE_ORGAN_BEFORE = regex(r"(?:管理局|管理委员会|管委会|党工委|工委|管理办公室|管理处)$")
REGION_HEAD = regex(r"(?:常务)?副?代?主席")  # an autonomous region's head (自治区主席)
GOVERNMENT_HEAD = regex(r"(?:常务)?副?代?(?:省长|市长|县长|州长|区长|旗长|盟长)")
COMPANY_REF = regex(r"(?:(?:该|本)?(?:公司|集团)|该企业|这家企业)$")
AGGREGATE = regex(r"\d+\s*[个家]|[两几多数一二三四五六七八九十]+个|等项目"
                  r"|共|合计|累计|总计|产值|营收|销售")
INVEST = regex(r"(?:总投资|计划投资|投资总额|总投资额|投资额|投资)(?:金额|额)?"
               r"(?:约|达到|达|超过|超|逾|近|为|共|合计)?\s*")
ISSUE = regex(r"制定|印发|发布|出台|下发|颁布|确定|公布|批复|认定|设立|组织|启动|推出|批准|联合|授予"
              r"|列入|列为|评为|命名")
SELECTED = regex(r"(?:确定|认定|批准|列为)(?=[^，。；]{2,20}为)|入选|榜上有名|获批|被列入|列入|纳入"
                 r"|被列为|被认定为|被确定为|认定为|确定为|成功申报|获评|跻身|入围"
                 r"|[获被](?=[^，。；“”]{0,20}?授予)")  # X获B授予“P”称号: the issuer between
# A clause that goes on with the subject of the one before: ，同时公布…, 并印发…, ，确定…
SAME_ISSUER = regex(r"[》”]?[，、]?(?:同时|并且|并|还|另外|正式|同步|一并)?"
                    r"(?:制定|印发|发布|出台|下发|颁布|确定|公布|认定|批准|命名)")
# 确定A、B、C为…: the list between the verb and 为
LISTED_AS = regex(r"([^，。；：为]{2,80})为(?!了|主|核心|重点|引领|龙头)")
SIGN = regex(r"签约|签字|签署|签订|签下")
# ``A拟投资6亿元，在Z建设P``: a company's investment, then the clause that builds with it
INVESTS_THEN = regex(r"(?:拟|将|计划|预计|共|总)?(?:在[^，。；]{2,24}?)?"
                     r"(?:总投资|投资|出资)[^，。；]{0,16}[，,]")
# (A将在Z投资8亿港元，建设P: the place of the investment between the verb's adverb and the verb)
INVEST_THEN_BUILD = regex(r"(?:并|将|拟|计划|用于|主要用于)?(?:在[^，。；]{2,24}?)?(?:投资)?"
                          r"(?:建设|新建|兴建|打造|扩建|实施)")
# A clause whose subject is a reference to the company just named: 企业在Z投资12亿元建设的P, 该公司将…
REFERENCE_SUBJECT = regex(r"(?:该|本|这家)?(?:公司|企业|集团)(?:在|将|拟|计划|已|还|也|正|于|今年|目前"
                          r"|投资|新建|建设|扩建|规划)")
SENTENCE_OPENER = regex(r"(?:同时|此外|另外|据悉|据了解|据介绍|目前|今年|下一步)[，,]?")
# A count of projects (首批12个项目, 8个重大项目) that a later 其中 lists from
TALLY = regex(r"[\d一二三四五六七八九十两几多]+\s*[个项](?:重大|重点|产业|招商|签约)?项目")
# ``该项目由X投资建设``: a project built by the company named before the verb
PROJECT_REF = regex(r"(?:(?<=[，。；：\n])|^)(?:据了解|据介绍|目前|其中)?[，,]?"
                    r"(?P<ref>(?:该|本|此|这个)?项目)"
                    r"(?=由|总投资|计划投资|投资总额|预计总投资|[，,]?(?:计划|预计)?总投资)",
                         re.MULTILINE)
# Where PROJECT_REF can match (see ``project_refs``): a match is at most 3 + 1 + 2 characters of opener,
# comma and 该/这个 and then 项目, and its lookahead reads at most 1 + 2 + 3 characters after that
PROJECT_REF_NEAR = Anchor(regex("项目"), before=6, after=6)
BUILT_BY = regex(r"(?P<by>由)[^，。；]{2,60}")
BUILD_VERB = regex(r"\s*(?:负责|独资|全资|控股|合资|共同|出资)?"
                   r"(?:投资建设|投资兴建|投资新建|建设运营|开发建设|投资|建设|承建|兴建)")
# ``…是<zone>的核心区``: the zones before it are parts of that zone (named, or a 示范区/自贸区 named earlier)
CORE_PART = r"(?:核心区|核心园区|核心区域|主体区域|主阵地|重要组成部分|组成部分|先行区)"
CORE_OF = regex(r"(?:是|为|作为|成为)"
                r"(?P<parent>[\u4e00-\u9fff（）]{0,24}?(?:示范区|自创区|自贸区|试验区|新区|片区))的?"
                     + CORE_PART)
# no CORE_OF match in a text without one of these words (each word of CORE_PART holds one of them), which
# plain substring searches find faster than the alternation would
CORE_PART_WORDS = ("核心", "主体区域", "主阵地", "组成部分", "先行区")
# Between a zone and a park of it: X高新区内的Y园, X高新区下辖的Y园
PARK_GAPS = ("内的", "境内的", "辖区内的", "内", "下辖的", "所属的", "管辖的", "旗下的", "下辖", "所属")
# The article's zone named by its kind alone before a park: 高新区|X产业园, 位于经开区内的|X园, 园区内的|Y园
BARE_ZONE_BEFORE = regex(r"(?:^|(?<![\u4e00-\u9fff])|(?<=[在于入至到将把由与和及、])|(?<=落户)|(?<=入驻)"
                         r"|(?<=进驻)|(?<=落地)|(?<=位于)|(?<=地处)|(?<=坐落于))"
                         r"(?:高新区|经开区|开发区|综保区|新区|自贸区)"
                         r"(?:内的|境内的|辖区内的|内|下辖的|所属的|管辖的|旗下的)?$"
                         r"|(?:^|(?<![\u4e00-\u9fff])|(?<=[，。；、]))园区(?:内的|境内的|内)$"
                         r"|(?:位于|地处|坐落于|坐落在)(?:高新区|经开区|开发区|综保区|新区|自贸区)的$")
# ``X新区要依托位于新区内的Y``: a zone sited in a zone named by its kind alone (the one of that kind named
# before it)
SITED_IN_KIND = regex(r"(?:位于|地处|坐落于|坐落在)(?P<kind>高新区|经开区|开发区|综保区|新区|自贸区)"
                      r"(?:内|境内)?的$")
# ``X产业园已在北区建成``: a park built in a part of the article's zone named by its side alone (南区, 北园)
BUILT_IN_PART = regex(r"(?:已|已经|将|正|也|还)?在(?:[东南西北中]区|[东南西北中]园|主园区|核心区)"
                      r"(?:建成|落成|开园|投运|投用|开工|落户|揭牌)")
# ``A在B揭牌``: a park opened, unveiled or settled in a zone
OPENED_IN = regex(r"(?:正式|隆重|顺利)?(?:揭牌|挂牌|开园|落户|落地|成立|启用|开工|奠基|授牌|启动运营)")
# ``X…，其子公司Y``: Y is a subsidiary of the company just named
# (also 集团旗下另一家子公司Y: the group just named)
ITS_SUBSIDIARY = regex(r"(?:其|该?集团(?:旗下|下属)的?(?:另)?(?:一家)?)(?:全资|控股)?"
                       r"(?:子公司|控股子公司|全资子公司|下属企业|下属公司|旗下企业|旗下公司)\s*$")
# Between a parent and its subsidiary: A旗下的B, A全资子公司B, A下属企业B
# (also after its short form in brackets: A（以下简称“A'”）全资子公司B; and A另一家子公司B)
# (and after its Latin name in brackets, with 在华: A（Latin）在华全资子公司B)
OWNED = regex(r"\s*(?:[”\"]?[）)]|[（(](?:以下简称|以下称|下称|简称)[^（）()]{1,20}[）)]"
              r"|[（(][A-Za-z][^（）()\n]{0,60}[）)])?\s*"
              r"(?:在[^，。；、]{2,12}?(?:投资设立|设立|成立|组建)的|在华|在中国|在国内)?"
              r"(?:旗下|下属|所属|控股|全资|投资设立)?(?:的)?(?:另)?(?:一家)?"
              r"(?:全资|控股)?(?:子公司|企业|公司)?\s*")
# ``B是A在华设立的全资子公司``, ``该公司为A的控股子公司``: B (or the company just named) is A's subsidiary
IS_SUBSIDIARY_OF = regex(r"(?:在华|在中国|在国内|在[\u4e00-\u9fff]{1,8}?)?(?:投资)?"
                         r"(?:设立|成立|组建|创办|注册)?的?(?:一家)?(?:全资|控股)?"
                         r"(?:子公司|下属企业|下属公司|旗下企业|旗下公司)")
IS_OF = regex(r"(?:该公司|该企业|公司|企业|其)$")
# A word of ownership, which every gap ``OWNED`` keeps holds
OWNERSHIP = regex(r"旗下|下属|所属|子公司|全资|控股")
OWNERSHIP_WORDS = ("旗下", "下属", "所属", "子公司", "全资", "控股")  # OWNERSHIP's words


def _relation(doc: Doc, kind: RelationKind, args: Sequence[tuple[str, Mention]], at: int,
              value: str | None = None) -> Relation:
    start, end = doc.sentence_at(at)
    return Relation(kind, tuple(args), doc.article.id, start, end, value)  # by position: cheaper


def _key(m: Mention) -> str:
    return m.canonical or compact(m.text)


def _between(doc: Doc, left: Mention, right: Mention) -> str:
    return doc.text[left.end:right.start]


def _per_mentions(doc: Doc, key: str, mentions: Sequence[Mention],
                  compute: Callable[[Doc, Sequence[Mention]], T]) -> T:
    """``compute(doc, mentions)`` once per article and list of mentions: the relation extractors all read
    the same settled list (the one object the Extractor passes each of them), so what several of them
    derive from it (the article's zone, its posts, mentions by position) is derived once. Another list
    (or a test's) gets its own result."""
    found: dict[int, tuple[Sequence[Mention], T]] = doc.memo(key, _new_table)
    slot = found.get(id(mentions))
    if slot is None or slot[0] is not mentions:
        slot = found[id(mentions)] = (mentions, compute(doc, mentions))
    return slot[1]


@dataclass(frozen=True)
class ByStart:
    """Mentions sorted by start (stable: equal starts keep their order) and their starts, for bisecting."""

    ordered: list[Mention]
    starts: list[int]

    def starting(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start at ``lo`` … ``hi`` (both included), in order."""
        return self.ordered[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]

    def within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions inside ``lo`` … ``hi`` (``lo <= start`` and ``end <= hi``), in order."""
        return [m for m in self.starting(lo, hi) if m.end <= hi]

    def inside(self, lo: int, hi: int, *classes: EntityType) -> list[Mention]:
        """``_in(self.ordered, lo, hi, *classes)``, read from the mentions that start in ``lo`` … ``hi``
        (not a scan of the whole article)."""
        return _in(self.starting(lo, hi), lo, hi, *classes)


def by_start(doc: Doc, mentions: Sequence[Mention]) -> ByStart:
    """``mentions`` sorted by start, with the starts (computed once per article for the settled list)."""
    return _per_mentions(doc, "facts:by_start", mentions, _by_start)


def _by_start(_: Doc, items: Sequence[Mention]) -> ByStart:
    ordered = sorted(items, key=_start)
    return ByStart(ordered=ordered, starts=[m.start for m in ordered])


_start = operator.attrgetter("start")


def _in(mentions: Sequence[Mention], start: int, end: int, *classes: EntityType) -> list[Mention]:
    return [m for m in mentions if start <= m.start and m.end <= end and (not classes or m.cls in classes)]


def major(doc: Doc, zone: Mention) -> bool:
    """A zone named after its place or on the gazetteer (not a park inside one); decided once per mention
    and article (the relation extractors ask it of the same zones many times)."""
    known: dict[tuple[int, int, str], bool] = doc.memo("facts:major", _new_table)
    key = (zone.start, zone.end, zone.text)
    found = known.get(key)
    if found is None:
        found = known[key] = _zone_at(doc, zone.start, zone.end) is not None or \
            doc.lexicon.gazetteer.zone(compact(zone.text)) is not None or \
            FTZ_AREA_OF.search(zone.canonical or "") is not None or \
            _feature_zone(doc, compact(zone.text))  # 红河片区 of …自由贸易试验区红河片区; X湾新区
    return found


def _feature_zone(doc: Doc, name: str) -> bool:
    """Whether ``name`` is a zone named after a bay, port, lake… and its kind alone (台州湾新区,
    洋山港保税区): named as a place is, not a park inside a zone."""
    feature = names.FEATURE_PLACE.match(name)
    return feature is not None and name[feature.end():] in names.zone_suffixes(doc) and \
        names.feature_name(name, 0, feature.end())


# A free trade zone's area by its full name (the canonical of its short form 红河片区)
FTZ_AREA_OF = regex(r"(?:自由贸易试验区|自贸试验区|自贸区)[\u4e00-\u9fff]{2,10}片区$")


def _zone_at(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """``<place><zone suffix>`` matched at ``start`` within ``start`` … ``end``, once per span and article."""
    known: dict[tuple[int, int], re.Match[str] | None] = doc.memo("facts:zone_at", _new_table)
    key = (start, end)
    match = known.get(key, UNSEEN)  # most spans are asked about once: no KeyError raised for them
    if match is UNSEEN:
        match = known[key] = doc.lexicon.patterns["zone"].match(doc.text, start, end) or \
            _led_zone_at(doc, start, end)
    return match


def _led_zone_at(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """``<place><zone suffix>`` after a bilateral park's two-country lead (中泰|崇左产业园区): the zone is
    named after that place all the same."""
    if doc.text[start:start + 1] != "中" or names.BILATERAL.match(doc.text, start, end) is None:
        return None
    return doc.lexicon.patterns["zone"].match(doc.text, start + 2, end)


def _new_table(_: Doc) -> dict[Any, Any]:
    """An empty per-article table (``Doc.memo`` makes it on an article's first call, not on every call)."""
    return {}


def dominant_zone(doc: Doc, mentions: Sequence[Mention]) -> Mention | None:
    """The zone an article is about: the most mentioned named zone (first mention), if any."""
    return _per_mentions(doc, "facts:dominant_zone", mentions, _dominant_zone)


def _tally(zones: Iterable[Mention]) -> tuple[dict[str, int], dict[str, Mention]]:
    """How often each zone (by key) is mentioned, in the order of first mentions, and its first mention."""
    counts: dict[str, int] = {}  # a Counter's counts, in the same order (a key's first mention)
    first: dict[str, Mention] = {}
    for m in zones:
        key = _key(m)
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
            first[key] = m
    return counts, first


def _dominant_zone(doc: Doc, mentions: Sequence[Mention]) -> Mention | None:
    former = former_zones(doc, mentions)
    if former:
        formed = formed_zones(doc, mentions)
        zones = (m for m in mentions if m.cls is ET.ZONE and (major(doc, m) or _key(m) in formed)
                 and _key(m) not in former)
    else:  # (most articles: nothing formed, nothing former) the major zones, no key made twice for nothing
        zones = (m for m in mentions if m.cls is ET.ZONE and major(doc, m))
    counts, first = _tally(zones)
    if not counts:
        return None
    best = max(counts.values())
    leaders = [k for k, c in counts.items() if c == best]
    if len(leaders) > 1 and best < 2:
        return None
    return min((first[k] for k in leaders), key=lambda m: m.start)


# ``X新区由原A和B整合设立``, ``…并托管原C``: zones a new one was formed from or took over (the story is
# about the new zone; A, B and C are former zones), and ``…合并组建新的X``: the new zone named after the verb
FORMED_FROM = regex(r"由原?(?P<list>[^，。；：\n]{4,80}?)(?:整合|合并|优化整合|重组|撤并)"
                    r"(?:设立|组建|成立|而成|形成|为)(?:新的|了)?"
                    r"|(?:整合|合并|托管|撤并)(?:了)?原(?P<taken>[^，。；：\n]{4,60})")
MERGING_WORDS = ("整合", "合并", "托管", "重组", "撤并")


def former_zones(doc: Doc, mentions: Sequence[Mention]) -> frozenset[str]:
    """The keys of the zones the article says a new zone was formed from or took over (由原A和B整合设立,
    托管原C), and of any zone written after 原 in such an article: never the zone the article is about (nor
    one named as the new zone after the verb: 合并组建新的X)."""
    text = doc.text
    if "原" not in text or not any(word in text for word in MERGING_WORDS):
        return frozenset()
    spans = _formation_spans(doc)
    if not spans:
        return frozenset()
    zones = [m for m in mentions if m.cls is ET.ZONE]
    new = {_key(m) for m in zones if any(m.start == after for _, _, after in spans)}
    return frozenset(_key(m) for m in zones if _key(m) not in new and (
        any(lo <= m.start and m.end <= hi for lo, hi, _ in spans) or text[m.start - 1:m.start] == "原"))


def _formation_spans(doc: Doc) -> list[tuple[int, int, int]]:
    """The spans of the former zones' lists in ``FORMED_FROM`` matches and where each match ends (the new
    zone's name when it is written after the verb), once per article."""
    return doc.memo("facts:formation_spans", lambda d: [
        (*(m.span("list") if m["list"] else m.span("taken")), m.end() if m["list"] else -1)
        for m in FORMED_FROM.finditer(d.text)])


def formed_zones(doc: Doc, mentions: Sequence[Mention]) -> frozenset[str]:
    """The keys of the zones formed from former ones: the zone named right after the verb, else the last
    zone, not a former one, named in the 80 characters before each ``FORMED_FROM`` list (X新区揭牌成立，新区
    整合原A; X新区由原A和B整合设立)."""
    former = former_zones(doc, mentions)
    zones = [m for m in by_start(doc, mentions).ordered if m.cls is ET.ZONE and _key(m) not in former]
    out = set()
    for lo, _, after in _formation_spans(doc):
        named = [m for m in zones if m.start == after]
        before = named or [m for m in zones if lo - 80 <= m.start and m.end <= lo]
        if before:
            out.add(_key(before[-1]))
    return frozenset(out)


def zone_near(doc: Doc, mentions: Sequence[Mention], pos: int) -> Mention | None:
    """The zone a clause at ``pos`` is about: the sentence's first named zone before it, else the article's.
    """
    start, _ = doc.sentence_at(pos)
    before = [m for m in by_start(doc, mentions).within(start, pos) if m.cls is ET.ZONE and major(doc, m)]
    if before:
        return min(before, key=lambda m: m.start)
    return dominant_zone(doc, mentions)


# ------------------------------------------------------------------------------------------- posts

@dataclass(frozen=True)
class Post:
    person: Mention
    title: Mention
    org: Mention | None


def posts(doc: Doc, mentions: Sequence[Mention]) -> list[Post]:
    """(person, title, org) for every title chain ending in a name, one per title (read by the posts and
    the agreements: found once per article)."""
    return _per_mentions(doc, "facts:posts", mentions, _posts)


def _posts(doc: Doc, mentions: Sequence[Mention]) -> list[Post]:
    out: list[Post] = []
    ordered = by_start(doc, mentions).ordered  # the article's one sort (read, never changed)
    by_end = {m.end: m for m in ordered if m.cls in ORGS}
    index = {id(m): i for i, m in enumerate(ordered)}
    retracted = [m.span(1) for m in RETRACTED.finditer(doc.text)] if "应为" in doc.text else []
    for person in (m for m in ordered if m.cls is ET.PERSON):
        if any(start <= person.start < end for start, end in retracted):
            continue  # 更正：…“X管委会主任Y”应为“…”: the words the correction withdraws hold no post
        chain: list[Mention] = []
        i = index[id(person)] - 1
        pos = person.start
        while i >= 0:
            m = ordered[i]
            if m.cls is ET.TITLE and (m.end == pos - 1 and doc.text[m.end] == "、" if chain else
                                      pos in (m.end, after_note(doc.text, m.end)) or  # 副主任（挂职）X
                                      pos == m.end + 1 and names.speaker_gap(doc, m.end)):  # 书记　X
                chain.insert(0, m)
                pos = m.start
                i -= 1
                continue
            break
        if not chain and doc.text[person.end:person.end + 1] in "（(":
            close = doc.text.find("）", person.end)
            close = close if close >= 0 else doc.text.find(")", person.end)
            inner = [m for m in ordered if person.end < m.start and m.end <= close]
            titles = [m for m in inner if m.cls is ET.TITLE]
            if titles:
                chain = titles
                pos = titles[0].start
        if not chain:
            continue
        widened = _unit_title(doc, by_end, chain[0])
        if widened is not None:  # 厦门大学|科技处处长: the unit's title, held in the university
            chain[0], pos = widened, widened.start
        org = _post_org(doc, mentions, ordered, by_end, chain, pos)
        lead = _org_lead(doc, org, pos)
        if lead is None and doc.text[pos - 1:pos] == "，" and chain[0].text.startswith(ZONE_ORGANS):
            # X高新区党工委书记，管委会主任Y: the organ is that zone's, and the chains before are Y's too
            earlier = _chain_ending(doc, ordered, index, pos - 1)
            zone = _post_org(doc, mentions, ordered, by_end, earlier, earlier[0].start) if earlier else None
            if zone is not None and zone.cls is ET.ZONE:
                org, lead = zone, pos
        out += _chain_posts(doc, person, chain, org)
        while lead is not None and doc.text[lead - 1:lead] in ("，", "、"):
            # 株洲市委常委、副市长，株洲高新区党工委书记X: the chain before the organisation is his too (never
            # across a sentence end: the organisation must be written right before the chain)
            earlier = _chain_ending(doc, ordered, index, lead - 1)
            if not earlier:
                break
            org = _post_org(doc, mentions, ordered, by_end, earlier, earlier[0].start)
            out += _chain_posts(doc, person, earlier, org)
            lead = _org_lead(doc, org, earlier[0].start)
    return _not_withdrawn(doc, out + _appointments(doc, mentions, ordered, by_end) +
                          _held_by_later(doc, mentions, ordered, by_end))


def _titles_before(doc: Doc, word: str) -> list[Mention]:
    """A title written right before each ``word`` (董事长|由), as a title mention (the people extractor
    keeps only titles before a name)."""
    text = doc.text
    return [Mention(text=t.group(), cls=ET.TITLE, start=t.start(), end=t.end(), article=doc.article.id)
            for t in names.title_matches(doc) if text.startswith(word, t.end())]


# A title held by a name written later in its clause: 董事长由…X兼任, 总经理由X担任
HELD_BY = ("兼任", "担任")


def _held_by_later(doc: Doc, mentions: Sequence[Mention], ordered: Sequence[Mention],
                   by_end: Mapping[int, Mention]) -> list[Post]:
    """``<org><title>由…X兼任`` (Y集团董事长由开发区管委会副主任X兼任): X holds the title too, at the
    organisation written before it."""
    text = doc.text
    if "由" not in text or not any(word in text for word in HELD_BY):
        return []
    out: list[Post] = []
    for title in _titles_before(doc, "由"):
        ends = (text.find(c, title.end) for c in "，。；\n")
        clause_end = min((p for p in ends if p >= 0), default=len(text))
        person = next((m for m in ordered if m.cls is ET.PERSON and title.end < m.start
                       and m.end <= clause_end and text.startswith(HELD_BY, m.end)), None)
        if person is not None and person.start - title.end <= 40:
            out += _chain_posts(doc, person, [title], _post_org(doc, mentions, ordered, by_end, [title],
                                                                  title.start))
    return out


CORRECTED = regex(r"“([^“”]{2,60})”\s*(?:有误|系笔误|错误|不准确)?[，,]?\s*应为\s*“([^“”]{2,60})”")


def _not_withdrawn(doc: Doc, found: list[Post]) -> list[Post]:
    """The posts but those a correction withdraws anywhere in the article: “X管委会副主任Y”应为“X管委会主任Y”
    withdraws Y's 管委会副主任 (a title and name in the wrong words, not in the right ones)."""
    if "应为" not in doc.text:
        return found
    pairs = [(compact(m[1]), compact(m[2])) for m in CORRECTED.finditer(doc.text)]
    out: list[Post] = []
    for post in found:
        wrong_right = next(((wrong, right) for wrong, right in pairs
                            if _names_post(doc, wrong, post) and not _names_post(doc, right, post)), None)
        if wrong_right is None:
            out.append(post)
            continue
        corrected = _corrected_title(doc, wrong_right[1], post)
        if corrected:  # “广汉市市长X”应为“广汉市副市长X”: the printed post, with the right title
            out.append(replace(post, title=replace(post.title, text=corrected, canonical=corrected)))
    return out


def _corrected_title(doc: Doc, words: str, post: Post) -> str | None:
    """The title a correction's right words give the holder of a withdrawn ``post`` (the title written right
    before the name, when the organisation is the same: “X市副市长Y” for “X市市长Y”)."""
    name = compact(post.person.text)
    titles = [m for m in doc.lexicon.patterns["title"].finditer(words) if words.startswith(name, m.end())]
    if len(titles) != 1:
        return None
    return titles[0].group()


def _names_post(doc: Doc, words: str, post: Post) -> bool:
    """Whether a correction's quoted words name ``post``: its title right before its holder's name, the title
    whole (“副市长蒋红” names no 市长)."""
    title, name = compact(post.title.text), compact(post.person.text)
    if title + name not in words:
        return False
    longer = (compact(m.group()) for m in doc.lexicon.patterns["title"].finditer(words)
              if words.startswith(name, m.end()))
    return not any(len(found) > len(title) and found.endswith(title) for found in longer)


# A correction's withdrawn words: “X管委会主任Y”应为“X管委会副主任Y” (the quote before 应为 was printed wrong)
# (also “…”有误，应为“…”, “…”系笔误，应为“…”)
RETRACTED = regex(r"“([^“”]{2,60})”\s*(?:有误|系笔误|错误|不准确)?[，,]?\s*应为")


# The bare kind of the article's zone written before its organs' titles (市委常委、高新区党工委书记X)
# What stands between a sentence's subject and its development verb (Z将重点发展, Z今后要着力培育)
SUBJECT_THEN = regex(r"\s*(?:今后|未来|下一步|近年来|目前)?(?:则|还|也|仍)?(?:将|要|将要|会|正|已|在)?"
                     r"(?:继续|进一步|持续|全力|加快)?")
SUBJECT_KINDS = "(?:高新区|开发区|经开区|新区|园区)"  # the bare kinds of a zone that opens a clause
BARE_ZONE_KIND = regex(f"{SUBJECT_KINDS}$")


def _org_lead(doc: Doc, org: Mention | None, pos: int) -> int | None:
    """Where the organisation written right before a title chain at ``pos`` starts (X高新区|党工委书记, or a
    bare 高新区 standing for the zone); None when the chain's organisation was not written there."""
    if org is None:
        return None
    if org.start < pos and org.end in (pos, pos - 1):
        return org.start
    bare = BARE_ZONE_KIND.search(doc.text, max(0, pos - 3), pos)
    return bare.start() if bare is not None and org.cls is ET.ZONE else None


def _appointments(doc: Doc, mentions: Sequence[Mention], ordered: Sequence[Mention],
                  by_end: dict[int, Mention]) -> list[Post]:
    """Posts after 任/调任/出任…: each title at the body written before it; a 管委会/党工委 title after
    、 at the zone of the title before it (X任A高新区党工委副书记、管委会主任)."""
    people = {m.start: m for m in ordered if m.cls is ET.PERSON}
    out: list[Post] = []
    previous: tuple[str, Mention | None] = ("", None)
    for title in (m for m in ordered if m.cls is ET.TITLE):
        holder = dict(title.attrs).get("holder")
        person = people.get(int(holder)) if holder is not None else None
        if person is None:
            continue
        own = by_end.get(title.start)
        joined = previous[0] == holder and doc.text[title.start - 1:title.start] == "、"
        last = previous[1] if joined else None
        organ = title.text.startswith(ZONE_ORGANS)
        if own is None and last is not None and (last.cls is ET.ZONE or not organ):
            org = last
        else:
            org = _post_org(doc, mentions, ordered, by_end, [title], title.start)
        if organ and own is None and last is None and not _organ_named(doc, title.start):
            org = _sentence_zone(doc, mentions, title.start) or org
        out += _chain_posts(doc, person, [title], org)
        previous = (holder, org)
    return out


def _organ_named(doc: Doc, pos: int) -> bool:
    """Whether a zone's organ title at ``pos`` is written after its zone (X的管委会主任, X管理局|局长)."""
    return doc.text[pos - 1:pos] == "的" or \
        ZONE_ORGAN_BEFORE.search(doc.text, max(0, pos - 6), pos) is not None


def _sentence_zone(doc: Doc, mentions: Sequence[Mention], pos: int) -> Mention | None:
    """The zone of a notice's bare ``X任管委会主任``: the sentence's first zone before it, by any name
    (X边境经济合作区党工委书记由A兼任，B任管委会主任), not a park, never one written after 原 (原Y开发区
    管委会主任C任…: the former zone, not the one C now serves); None when the sentence names none."""
    start, _ = doc.sentence_at(pos)
    parks = tuple(doc.lexicon.words("zone", "park_suffixes"))
    return next((m for m in by_start(doc, mentions).within(start, pos) if m.cls is ET.ZONE
                 and doc.text[m.start - 1:m.start] != "原" and not m.text.endswith(parks)), None)


def _chain_ending(doc: Doc, ordered: Sequence[Mention], index: dict[int, int], end: int) -> list[Mention]:
    """The title chain (titles joined by 、) that ends at ``end`` (or before a note there: 副主任（兼）)."""
    last = next((m for m in ordered if m.cls is ET.TITLE and m.end <= end
                 and (m.end == end or after_note(doc.text, m.end) == end)), None)
    if last is None:
        return []
    chain = [last]
    i = index[id(last)] - 1
    while i >= 0 and ordered[i].cls is ET.TITLE and ordered[i].end == chain[0].start - 1 and \
            doc.text[ordered[i].end] == "、":
        chain.insert(0, ordered[i])
        i -= 1
    return chain


def _post_org(doc: Doc, mentions: Sequence[Mention], ordered: Sequence[Mention], by_end: dict[int, Mention],
              chain: Sequence[Mention], pos: int) -> Mention | None:
    """The organisation a title chain starting at ``pos`` is held in."""
    org = by_end.get(pos)
    if org is None and doc.text[pos - 1:pos] == "的":
        org = by_end.get(pos - 1)
    organ = ZONE_ORGAN_BEFORE.search(doc.text, max(0, pos - 6), pos)
    if org is None and organ is not None:  # X综合保税区管理局|局长: the zone's own administration
        zone = by_end.get(organ.start())
        org = zone if zone is not None and zone.cls is ET.ZONE else None
    if org is None and chain[0].text.startswith(ZONE_ORGANS):
        org = zone_near(doc, mentions, pos)
    if org is None:  # 芜湖市副市长: the city (its government, for the titles that have one)
        org = next((m for m in ordered if m.cls is ET.AREA and m.end == pos), None)
    if org is None and doc.text[pos - 1:pos] == "，" and pos - 1 in by_end:
        # 在北辰新材，董事长、总经理X: the company the clause opens in
        named = by_end[pos - 1]
        org = named if named.cls is ET.COMPANY and doc.text[named.start - 1:named.start] == "在" else None
    if org is None and COMPANY_REF.search(doc.text, max(0, pos - 4), pos):
        # 在青禾药业，公司董事长X: the company just named
        start, _ = doc.sentence_at(pos)
        earlier = [m for m in ordered if m.cls is ET.COMPANY and m.end <= pos and m.start >= start - 120]
        org = earlier[-1] if earlier else None
    if org is None:
        org = _bare_unit_body(doc, ordered, chain[0], pos)
    return org


# An internal unit written between a university, institute or company and a title (厦门大学|科技处|处长):
# the post is the unit's title (科技处处长), held in the organisation
UNIT_BEFORE_TITLE = regex(r"[\u4e00-\u9fff]{1,5}(?:处|科|室|部)")


def _unit_title(doc: Doc, by_end: dict[int, Mention], title: Mention) -> Mention | None:
    """``title`` widened over an internal unit written right after an organisation or company, if any."""
    for start in range(max(0, title.start - 6), title.start - 1):
        org = by_end.get(start)
        if org is not None and org.cls in (ET.ORGANIZATION, ET.COMPANY) and \
                UNIT_BEFORE_TITLE.fullmatch(doc.text, start, title.start):
            return Mention(text=doc.text[start:title.end], cls=ET.TITLE, start=start, end=title.end,
                           article=title.article, canonical=title.canonical, attrs=title.attrs)
    return None


# A title opening with its body's bare name: 省政府副秘书长, 市委常委 (the place is the story's own)
BARE_UNITS = ("省政府", "省委", "市政府", "市委")
# A province's or city's head written without the place (，副省长X一天内走访…, 市长X作政府工作报告)
BARE_HEAD = regex(r"(?:常务)?副?代?(?P<level>省|市)长")


def _story_area(doc: Doc, level: str) -> str | None:
    """The one province (or city) an article names (in areas, zones, bodies; a city stands for its province).
    """
    gaz = doc.lexicon.gazetteer
    named = [a for m in place_matches(doc) if (a := gaz.area(m.group())) is not None]  # the article's scan
    found = sorted({a.name for a in named if a.level == level})
    if not found and level == "province":
        found = sorted({a.parent for a in named if a.level == "city" and a.parent})
    return found[0] if len(found) == 1 else None


def _bare_unit_body(doc: Doc, ordered: Sequence[Mention], title: Mention, pos: int) -> Mention | None:
    """省政府副秘书长张斌, 市委常委、常务副市长X: the body of the article's one province or city."""
    unit = next((u for u in BARE_UNITS if title.text.startswith(u)), None)
    head = BARE_HEAD.fullmatch(title.text)
    if unit is None and head is not None:  # ，副省长X / ，市长X作…: the head of the story's province or city
        unit = head["level"] + "政府"
    if unit is None or title.start != pos or (pos > 0 and doc.text[pos - 1] not in "，、。；：（(\n 　"):
        return None
    area = _story_area(doc, "province" if unit[0] == "省" else "city")
    if area is None:
        return None
    body = area + ("人民政府" if unit.endswith("政府") else "委")
    end = title.end if head is not None and not title.text.startswith(BARE_UNITS) else pos + len(unit)
    return Mention(text=body, cls=ET.GOVERNMENT_BODY, start=pos, end=end, article=doc.article.id,
                   canonical=body, attrs=(("implied", "1"),))


def _chain_posts(doc: Doc, person: Mention, chain: Sequence[Mention], org: Mention | None) -> list[Post]:
    out: list[Post] = []
    committee = org is not None and org.cls is ET.GOVERNMENT_BODY and \
        compact(org.text).endswith(PLACE_COMMITTEES)
    for title in chain:
        held = org
        if committee and org is not None and title.start == org.end:  # 洛阳市委|常委 → 市委常委
            title = replace(title, text=doc.text[org.end - 2:title.end], start=org.end - 2)
        if org is not None and title.start == org.start < org.end < title.end and \
                doc.text[org.start:org.end].endswith("政府"):  # 省政府|副秘书长: the title after the body
            title = replace(title, text=doc.text[org.end:title.end], start=org.end)
        if org is not None and (org.cls is ET.AREA or committee):
            head = GOVERNMENT_HEAD.fullmatch(title.text) or (  # 广西壮族自治区副主席: the region's government
                REGION_HEAD.fullmatch(title.text) and org.cls is ET.AREA and _key(org).endswith("自治区"))
            held = _government(doc, org) if head else \
                (org if committee else _party_committee(doc, org, title))
        out.append(Post(person=person, title=title, org=held))
    return out


def _party_committee(doc: Doc, area: Mention, title: Mention) -> Mention | None:
    """The party committee of an area written as ``<area>党委`` before its title (昌吉回族自治州党委常委,
    内蒙古自治区党委常委): the committee's post, not the government's."""
    if area.end == title.start and title.text.startswith("州委") and _key(area).endswith("自治州"):
        body = compact(doc.text[area.start:area.end]).removesuffix("州") + "州委"  # 楚雄州委常委: as printed
        return Mention(text=body, cls=ET.GOVERNMENT_BODY, start=area.start, end=title.start + 2,
                       article=doc.article.id, canonical=body, attrs=(("implied", "1"),))
    if area.end != title.start or not title.text.startswith("党委"):
        return None
    body = _key(area) + "党委"
    return Mention(text=body, cls=ET.GOVERNMENT_BODY, start=area.start, end=title.start + 2,
                   article=doc.article.id, canonical=body, attrs=(("implied", "1"),))


def _government(doc: Doc, org: Mention) -> Mention | None:
    """The people's government of the area an area or a party committee (株洲市委) stands for."""
    name = _key(org)
    gaz = doc.lexicon.gazetteer
    if org.cls is ET.GOVERNMENT_BODY:  # 株洲市委 → 株洲市; 汇川区委 → 汇川区 (a district has no shorter name)
        name = name.removeprefix("中共")
        area = gaz.area(name[:-1]) or gaz.area(name[:-2])
    else:
        area = gaz.area(name)
    if area is None:
        return None
    body = area.name + "人民政府"
    printed = body  # 楚雄州副州长: 楚雄州人民政府 as news writes it, beside the full name
    if area.name.endswith("自治州") and not compact(org.text).startswith(area.name):
        printed = area.short.removesuffix("州") + "州人民政府"
    return Mention(text=printed, cls=ET.GOVERNMENT_BODY, start=org.start, end=org.end, article=doc.article.id,
                   canonical=body, attrs=(("implied", "1"),))


@relation_extractor("posts")
def post_relations(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    for post in posts(doc, mentions):
        if post.org is None:
            continue
        yield _relation(doc, RK.POST, (("person", post.person), ("title", post.title), ("org", post.org)),
                        post.title.start)


# ------------------------------------------------------------------------------------------ places

@relation_extractor("locations")
def locations(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """A zone is in the city its name starts with (衡阳高新区 → 衡阳市); a stated city is in its province."""
    gaz = doc.lexicon.gazetteer
    seen: set[str] = set()
    area_mentions = {m.canonical: m for m in mentions if m.cls is ET.AREA}
    parent_cities: dict[str, set[str]] | None = None  # found when a county-led zone needs them
    for zone in (m for m in mentions if m.cls is ET.ZONE):
        if _key(zone) in seen:  # placed already
            continue
        span = _zone_place(doc, zone)
        if span is None:
            span = _leading_zone_place(doc, mentions, zone)
        if span is None:
            continue
        seen.add(_key(zone))
        name = doc.text[span[0]:span[1]]
        city, area, province = place_facts(gaz, name)
        if area is None or city is None:
            continue
        if area.level == "county":
            parent_cities = _parent_cities(doc, mentions) if parent_cities is None else parent_cities
            if parent_cities.get(_key(zone), {city.name}) != {city.name}:
                continue  # a park of a zone in another city: named after a local place, not that district
        role = "zone"
        where = city.name if area.level != "county" else area.name
        if compact(zone.text) in (area.name, where):  # 浦东新区 names a district: the zone is in its city
            if city.name == area.name:
                continue
            where = city.name
        place = Mention(text=name, cls=ET.AREA, start=span[0], end=span[1], article=doc.article.id,
                        canonical=where)
        yield _relation(doc, RK.LOCATED_IN, ((role, zone), ("area", place)), zone.start)
        stated = area_mentions.get(province.name) if province is not None else None
        if stated is not None and province is not None and province.name != city.name:
            yield _relation(doc, RK.LOCATED_IN, (("area", place), ("area", stated)), zone.start)
    yield from _places_stated(doc, mentions, seen)


# ``X先行区位于琼海市``, ``X开发区位于Y自治州州府Z市``: the place stated right after a zone's name
SITED_VERB = regex(r"位于|地处|坐落于|坐落在")
CLAUSE_END = regex(r"[，,。；;！？\n]")


def _places_stated(doc: Doc, mentions: Sequence[Mention], placed: Collection[str]) -> Iterator[Relation]:
    """Places of the zones no name placed (``placed``: their keys): the city or county written in the
    clause after ``<zone>位于`` (the last one there), else the place a zone's or park's name opens with
    (格尔木工业园: in 格尔木市), and the province a zone's name opens with (海南X先行区: in 海南省)."""
    gaz = doc.lexicon.gazetteer
    zones = [m for m in mentions if m.cls is ET.ZONE and _key(m) not in placed]
    if not zones:
        return
    areas = [m for m in mentions if m.cls is ET.AREA]
    done: set[tuple[str, str]] = set()
    sited = {_key(z) for z in zones if SITED_VERB.match(doc.text, z.end)}
    parents: dict[str, set[str]] | None = None  # the cities of each park's zones, when first needed
    for zone in zones:
        verb = SITED_VERB.match(doc.text, zone.end)
        place: Mention | None = None
        if verb is not None:
            end = CLAUSE_END.search(doc.text, verb.end())
            stop = end.start() if end is not None else len(doc.text)
            within = [a for a in areas if verb.end() <= a.start and a.end <= stop
                      and (gaz.area(_key(a)) or gaz.area(a.text)) is not None
                      and (gaz.area(_key(a)) or gaz.area(a.text)).level in ("city", "county")]
            place = within[-1] if within else None
        opening = _opening_place(doc, zone)
        if opening is not None and not _led_by_purpose_zone(doc, zone):
            parents = _parent_cities(doc, mentions) if parents is None else parents
            city = place_facts(gaz, opening.text)[0]  # 大同X产业园, a park of a 大同 zone: in 大同市
            opening = opening if city is not None and city.name in parents.get(_key(zone), ()) else None
        if opening is not None and (place is not None or _key(zone) in sited) and \
                gaz.area(_key(opening)).level != "province":
            opening = None  # 位于 names the zone's own place
        for where in (place, opening):
            if where is not None and (_key(zone), _key(where)) not in done:
                done.add((_key(zone), _key(where)))
                yield _relation(doc, RK.LOCATED_IN, (("zone", zone), ("area", where)), zone.start)


def _led_by_purpose_zone(doc: Doc, zone: Mention) -> bool:
    """Whether a zone is a purpose zone (X先行区, Y试验区) or a park named after one (Y试验区|Z工业园): the
    places their names open with are theirs (a park of another zone may be named after a place it is not
    in)."""
    kinds = names.kind_zone_canonicals(doc)
    return _key(zone) in kinds.values() or any(_key(zone).startswith(k) for k in kinds.values())


# A zone's branch or area named by its place and this word alone (X分区, Y片区, Z分园)
BRANCH_WORDS = ("分区", "片区", "分园")


def _opening_place(doc: Doc, zone: Mention) -> Mention | None:
    """The city, county or province a zone's printed name opens with (its longest place name), as an area."""
    gaz = doc.lexicon.gazetteer
    match = doc.lexicon.patterns["place"].match(doc.text, zone.start, zone.end)
    if match is None or doc.text[match.end()] in "·•・‧、与和及":
        return None
    if match.end() >= zone.end - 2 and not doc.text.startswith(BRANCH_WORDS, match.end(), zone.end):
        return None  # (a branch named by its place alone: 嘉兴分区, 三山片区)
    area = gaz.area(match.group())
    if area is None:
        return None
    return Mention(text=match.group(), cls=ET.AREA, start=match.start(), end=match.end(),
                   article=doc.article.id, canonical=area.name)


def _zone_place(doc: Doc, zone: Mention) -> tuple[int, int] | None:
    """The span of the place a zone's name starts with, if any."""
    match = _zone_at(doc, zone.start, zone.end)
    return match.span("place") if match is not None else _suffixed_place(doc, zone)


def _leading_zone_place(doc: Doc, mentions: Sequence[Mention], park: Mention) -> tuple[int, int] | None:
    """The place of the zone a park is written right after and named with (X高新区|Y园区: in X's place)."""
    ordered = by_start(doc, mentions).ordered
    zone = next((m for m in ordered if m.cls is ET.ZONE and m.end == park.start), None)
    if zone is None or not (park.canonical or "").startswith(compact(zone.text)):
        return None
    if major(doc, zone):
        return _zone_place(doc, zone)
    return _suffixed_place(doc, zone)  # X经济开发区|Y产业园: a zone off the gazetteer, named after its place


def _parent_cities(doc: Doc, mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """The cities of the zones each park is part of (a park's key → its parents' cities)."""
    if not any(m.cls is ET.ZONE for m in mentions):
        return {}
    out: dict[str, set[str]] = {}
    for relation in part_of(doc, mentions):
        args = dict(relation.args)
        span = _zone_place(doc, args["parent"])
        city = place_facts(doc.lexicon.gazetteer, doc.text[span[0]:span[1]])[0] if span is not None else None
        if city is not None:
            out.setdefault(_key(args["child"]), set()).add(city.name)
    return out


_PLACE_FACTS: dict[int, tuple[Gazetteer, dict[str, tuple[Area | None, Area | None, Area | None]]]] = {}


def place_facts(gaz: Gazetteer, name: str) -> tuple[Area | None, Area | None, Area | None]:
    """(city, area, province of the city) of a place name in ``gaz``: ``city_of``, ``area`` and
    ``province_of(city.name)``, looked up once per gazetteer and name (zones name the same few places in
    article after article; gazetteer facts, not results of an article)."""
    slot = _PLACE_FACTS.get(id(gaz))
    if slot is None or slot[0] is not gaz:  # the gazetteer is kept in its slot, so its id is not reused
        slot = _PLACE_FACTS[id(gaz)] = (gaz, {})
    known = slot[1]
    found = known.get(name)
    if found is None:
        city = gaz.city_of(name)
        found = known[name] = (city, gaz.area(name), gaz.province_of(city.name) if city is not None else None)
    return found


def _suffixed_place(doc: Doc, zone: Mention) -> tuple[int, int] | None:
    """The place a zone named by a designation suffix starts with (X高新技术产业园区, X经济开发区)."""
    if not compact(zone.text).endswith(doc.lexicon.words("zone", "named_suffixes")):
        return None
    place = doc.lexicon.patterns["place"].match(doc.text, zone.start, zone.end)
    if place is not None:  # 山东X高新技术产业开发区: X, a place of the province written first
        inner = doc.lexicon.patterns["place"].match(doc.text, place.end(), zone.end)
        place = inner if inner is not None and _in_province(doc, inner.group(), place.group()) else place
    return place.span() if place is not None else None


def _in_province(doc: Doc, name: str, province: str) -> bool:
    """Whether the place ``name`` lies in the province ``province`` (not a municipality's district)."""
    gaz = doc.lexicon.gazetteer
    outer = gaz.area(province)
    if outer is None or outer.level != "province":
        return False
    city = place_facts(gaz, name)[0]
    return city is not None and city.name != outer.name and gaz.province_of(city.name) == outer


# 位于|X的Y园: a verb of place right before the zone (three characters at most, and $ also matches before a
# final newline: so searched in the four characters before it, not the whole text before it)
SITED_IN = regex(r"(?:位于|地处|坐落于|坐落在|地处于)$")


@relation_extractor("part_of")
def part_of(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """A park written right after its zone (X高新区Y科创谷) is part of it."""
    if not any(m.cls is ET.ZONE for m in mentions):  # every part and whole here is a zone
        return
    ordered = by_start(doc, mentions).ordered
    for left, right in zip(ordered, ordered[1:], strict=False):
        if left.cls is ET.ZONE and right.cls is ET.ZONE and left.end == right.start and \
                _zone_at(doc, right.start, right.end) is None:
            yield _relation(doc, RK.PART_OF, (("child", right), ("parent", left)), right.start)
    zones = [m for m in ordered if m.cls is ET.ZONE]
    for left, right in zip(zones, zones[1:], strict=False):  # 位于X的Y园, X内的Y园, 位于X新区的Y高新区
        gap = doc.text[left.end:right.start]
        sited = gap in PARK_GAPS or (gap == "的" and SITED_IN.search(doc.text, max(0, left.start - 4),
                                                                   left.start))
        if sited and (not major(doc, right) or _new_area(doc, left)):  # the text's test first: the cheapest
            yield _relation(doc, RK.PART_OF, (("child", right), ("parent", left)), right.start)
    main = dominant_zone(doc, mentions)
    for park in (m for m in zones if main is not None and not major(doc, m) and _key(m) != _key(main)):
        if BARE_ZONE_BEFORE.search(doc.text, max(0, park.start - 12), park.start) and \
                not any(m.end == park.start for m in zones):  # 高新区云计算产业园, 位于高新区内的X产业园
            yield _relation(doc, RK.PART_OF, (("child", park), ("parent", main)), park.start)
        elif BUILT_IN_PART.match(doc.text, park.end):  # X产业园已在北区建成: in a part of the zone
            yield _relation(doc, RK.PART_OF, (("child", park), ("parent", main)), park.start)
    for zone in zones:  # X新区要依托位于新区内的Y综合保税区: Y lies in the zone of that kind named before it
        sited = SITED_IN_KIND.search(doc.text, max(0, zone.start - 10), zone.start)
        if sited is not None:
            s_start, _ = doc.sentence_at(zone.start)
            kin = [m for m in zones if s_start <= m.start and m.end <= sited.start()
                   and compact(m.text).endswith(sited["kind"]) and _key(m) != _key(zone)]
            if kin:
                yield _relation(doc, RK.PART_OF, (("child", zone), ("parent", kin[-1])), zone.start)
    for left, right in zip(zones, zones[1:], strict=False):  # A在B揭牌/落户/开园: the park A is in the zone B
        if not major(doc, left) and major(doc, right) and _key(left) != _key(right) and \
                doc.text[left.end:right.start] == "在" and OPENED_IN.match(doc.text, right.end):
            yield _relation(doc, RK.PART_OF, (("child", left), ("parent", right)), left.start)
    for items, whole in park_lists(doc):  # A与B、C和D共同构成X“一区四园”: each park is part of X
        parent = next((m for m in zones if (m.start, m.end) == whole), None)
        for child in (m for m in zones if parent is not None and (m.start, m.end) in items):
            if _key(child) != _key(parent):
                yield _relation(doc, RK.PART_OF, (("child", child), ("parent", parent)), child.start)
    yield from _stated_parts(doc, zones)
    yield from _zone_led_parts(doc, zones)
    yield from _sited_parks(doc, zones)
    yield from _sited_subject_parts(doc, zones)
    yield from _merged_area_parts(doc, zones)
    yield from _defined_park_parts(doc, zones)
    core_of = CORE_OF.finditer(doc.text) if any(word in doc.text for word in CORE_PART_WORDS) else ()
    for match in core_of:  # X、Y两个高新区是示范区的核心区
        s_start, _ = doc.sentence_at(match.start())
        clause = max(s_start, max(doc.text.rfind(c, s_start, match.start()) for c in "，；：") + 1)
        children = _unique([m for m in zones if clause <= m.start and m.end <= match.start()])
        named = [m for m in zones if m.start == match.start("parent") and m.end == match.end("parent")]
        earlier = [m for m in zones if m.end <= clause and compact(m.text).endswith(match["parent"])]
        parent = named[0] if named else (earlier[-1] if earlier else None)
        if parent is None:
            continue
        for child in children:
            if _key(child) != _key(parent):
                yield _relation(doc, RK.PART_OF, (("child", child), ("parent", parent)), child.start)


def _defined_park_parts(doc: Doc, zones: Sequence[Mention]) -> Iterator[Relation]:
    """``Y园是高新区的核心园区``, ``Y园是X经开区的重要园区之一``: the park Y is part of the zone named after
    是 (by its name, or by its bare kind: the last zone of that kind named before)."""
    text = doc.text
    if "园是" not in text and "园为" not in text and "园系" not in text and "园作为" not in text:
        return
    for match in names.DEFINED_PARK.finditer(text):
        child = next((m for m in zones if (m.start, m.end) == match.span("name")), None)
        if child is None:
            continue
        parent = next((m for m in zones if (m.start, m.end) == match.span("zone")), None)
        kind = match["zone"] if match["zone"] in BARE_KINDS else None
        if parent is None and kind is not None:
            parent = _last_of_kind(doc, [m for m in zones if m.end <= match.start()], kind) or \
                _last_of_kind(doc, zones, kind)
        if parent is not None and _key(parent) != _key(child):
            yield _relation(doc, RK.PART_OF, (("child", child), ("parent", parent)), child.start)


# ``Y园是经开区内…的载体``, ``Y园是X高新区内的…``: the park is inside the zone named (or of the kind
# named) after 是
IS_VERB = regex(r"是|为|系|位于")
INSIDE = regex(r"内|境内|辖区内|范围内")
BARE_KIND = regex(r"高新区|经开区|开发区|综保区|新区|自贸区|片区")
# ``X片区…实施范围…，其中包括Y综合保税区…``: an area stated to hold another zone
HOLDS = regex(r"(?:面积|范围)[^。；]*?[，,]\s*其中(?:包括|包含|涵盖|含)?$")
# The long forms a bare kind stands for (经开区: X经济技术开发区)
BARE_KINDS = {
    "高新区": ("高新区", "高新技术产业开发区"), "经开区": ("经开区", "经济技术开发区", "经济开发区"),
    "开发区": ("开发区",), "综保区": ("综保区", "综合保税区"), "新区": ("新区",),
    "自贸区": ("自贸区", "自由贸易试验区"), "片区": ("片区",),
}


def _last_of_kind(doc: Doc, earlier: Sequence[Mention], kind: str) -> Mention | None:
    """The last named zone among ``earlier`` of the bare ``kind`` (高新区: X高新区 or X高新技术产业开发区)."""
    forms = BARE_KINDS[kind]
    return next((m for m in reversed(earlier) if major(doc, m) and compact(m.text).endswith(forms)), None)


def _only_of_kind(doc: Doc, mentions: Sequence[Mention], forms: tuple[str, ...]) -> Mention | None:
    """The first mention of the one named zone of the article whose name ends with one of ``forms`` (None
    when it names none or several): 与园区管委会签订 in an article naming X产业园区 and Y保税港区 alike."""
    found = {_key(m): m for m in reversed(mentions) if m.cls is ET.ZONE and major(doc, m)
             and (compact(m.text).endswith(forms) or (m.canonical or "").endswith(forms))}
    return next(iter(found.values())) if len(found) == 1 else None


def _new_area(doc: Doc, zone: Mention) -> bool:
    """Whether a zone is a 国家级新区 on the gazetteer (a zone other zones lie in: 位于滨海新区的X高新区)."""
    entry = doc.lexicon.gazetteer.zone(compact(zone.canonical or zone.text))
    return entry is not None and entry.kind == "new_area"


# ``Y产业园，园区位于高新区X片区``: the park just named lies in the zone named (or of the kind named) after
SITED_AFTER = regex(r"[，,]\s*(?:该|这个)?(?:园区|产业园|基地)?(?:位于|地处|坐落于|坐落在)")


def _sited_parks(doc: Doc, zones: Sequence[Mention]) -> Iterator[Relation]:
    """A park whose next clause says where it lies: in the named zone after 位于, or in the last zone
    named before it of the bare kind written there (园区位于高新区…)."""
    for index, park in enumerate(zones):
        sited = SITED_AFTER.match(doc.text, park.end)
        if sited is None or major(doc, park):
            continue
        after = zones[index + 1:index + 2]
        named = next((m for m in after if m.start == sited.end() and major(doc, m)), None)
        bare = BARE_KIND.match(doc.text, sited.end()) if named is None else None
        parent = named if bare is None else _last_of_kind(doc, zones[:index], bare.group())
        if parent is not None and _key(parent) != _key(park):
            yield _relation(doc, RK.PART_OF, (("child", park), ("parent", parent)), park.start)


# ``Y分区成立于…，是…，位于X经开区内``: a later clause of the sentence a park opens says where it lies
SITED_LATER = regex(r"[，,]\s*(?:该|这个)?(?:园区|分区|片区)?(?:位于|地处|坐落于|坐落在)")


def _sited_subject_parts(doc: Doc, zones: Sequence[Mention]) -> Iterator[Relation]:
    """A park (not a major zone) opening its sentence lies in the zone a later clause of that sentence
    places it in (``，位于X经开区内``): the sentence's subject is the park, whatever clauses come between
    (成立于…，是…园区), alone or after the zone it is named with (X高新区Y分区); only when no other zone is
    named between the park and that clause."""
    text = doc.text
    if "位于" not in text and "地处" not in text and "坐落" not in text:
        return
    for index, park in enumerate(zones):
        s_start, s_end = doc.sentence_at(park.start)
        opens = park.start == s_start or \
            any(m.start == s_start and m.end == park.start for m in zones[:index])
        if not opens or major(doc, park) or SITED_AFTER.match(text, park.end):
            continue  # (X高新区|Y分区 opens it too; right after the park: _sited_parks' case)
        sited = SITED_LATER.search(text, park.end, s_end)
        if sited is None:
            continue
        between = [m for m in zones[index + 1:] if m.start < sited.start() and _key(m) != _key(park)]
        parent = next((m for m in zones[index + 1:] if m.start == sited.end()), None)
        if not between and parent is not None and INSIDE.match(text, parent.end) \
                and _key(parent) != _key(park):
            yield _relation(doc, RK.PART_OF, (("child", park), ("parent", parent)), park.start)


def _merged_area_parts(doc: Doc, zones: Sequence[Mention]) -> Iterator[Relation]:
    """A former zone kept as an area of the zone it merged into (``…统一使用“X”名称，原A开发区作为其B片区
    管理``) is part of that zone: the last other zone named before 原 in the sentence (其)."""
    text = doc.text
    if "片区" not in text or "原" not in text:  # every MERGED_AREA match holds both
        return
    for match in names.MERGED_AREA.finditer(text):
        child = next((m for m in zones if m.start == match.start("old")), None)
        if child is None:
            continue
        s_start, _ = doc.sentence_at(match.start())
        earlier = [m for m in zones
                   if s_start <= m.start and m.end <= match.start() and _key(m) != _key(child)]
        if earlier:
            yield _relation(doc, RK.PART_OF, (("child", child), ("parent", earlier[-1])), child.start)


def _zone_led_parts(doc: Doc, zones: Sequence[Mention]) -> Iterator[Relation]:
    """A zone named after the zone it lies in (X新区综合保税区: ``ZONE_LED_SUFFIXES``) is part of it.

    Such a zone's name ends with one of those suffixes: in a text holding none, there is none."""
    led = names.ZONE_LED_SUFFIXES
    if not any(suffix in doc.text for suffix in led):
        return
    wholes = {(start, end) for start, end, _ in names.zone_spans(doc)}
    for zone in zones:
        suffix = next((s for s in led if doc.text.endswith(s, zone.start, zone.end)), None)
        inner = zone.end - len(suffix) if suffix is not None else zone.start
        if inner > zone.start and (zone.start, inner) in wholes:
            parent = names.zone_mention(doc, zone.start, inner)
            if _key(parent) != _key(zone):
                yield _relation(doc, RK.PART_OF, (("child", zone), ("parent", parent)), zone.start)


def _stated_parts(doc: Doc, zones: Sequence[Mention]) -> Iterator[Relation]:
    """Parts stated in words: ``Y园是经开区内…`` (Y in the zone of that kind named last before it),
    ``Y园是X高新区内的…`` (in X), ``X片区…实施范围…，其中包括Y`` (Y in X, the sentence's first zone).

    Every ``HOLDS`` match holds 其中: in a text without it that last form is not looked for.
    """
    text = doc.text
    holds = "其中" in text
    for index, park in enumerate(zones):
        verb = IS_VERB.match(text, park.end)
        if verb is not None and not major(doc, park):
            named = next((m for m in zones[index + 1:index + 2] if m.start == verb.end()), None)
            bare = BARE_KIND.match(text, verb.end()) if named is None else None
            parent = None
            if named is not None and INSIDE.match(text, named.end):
                parent = named
            elif bare is not None and INSIDE.match(text, bare.end()):
                parent = _last_of_kind(doc, zones[:index], bare.group())
            if parent is not None and _key(parent) != _key(park):
                yield _relation(doc, RK.PART_OF, (("child", park), ("parent", parent)), park.start)
        if not holds:  # no HOLDS match in the text
            continue
        s_start, _ = doc.sentence_at(park.start)
        held = HOLDS.search(text, s_start, park.start)
        named = {_key(m): m for m in zones[:index] if m.start >= s_start and held and m.end <= held.start()}
        if held is not None and len(named) == 1 and _key(park) not in named:  # one zone, the area's subject
            yield _relation(doc, RK.PART_OF, (("child", park), ("parent", next(iter(named.values())))),
                            park.start)


def owned(doc: Doc, mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(child, parent) for ``A旗下的B``, ``A全资子公司B``, ``A下属B``: B is part of A."""
    return _per_mentions(doc, "facts:owned", mentions, _owned)


def _owned(doc: Doc, mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    if not _owns(doc):  # no gap between two names holds a word of ownership
        return []
    ordered = sorted((m for m in mentions if m.cls in (ET.COMPANY, ET.ORGANIZATION)), key=lambda m: m.start)
    return [(right, left) for left, right in zip(ordered, ordered[1:], strict=False)
            if OWNERSHIP.search(doc.text, left.end, right.start)  # the cheaper test first
            and OWNED.fullmatch(doc.text, left.end, right.start)]


def _owns(doc: Doc) -> bool:
    """Whether the article holds a word of ownership (``OWNERSHIP``) anywhere, once per article.

    Every phrase the subsidiary patterns find holds one: a gap ``OWNED`` keeps is first tested with
    ``OWNERSHIP`` itself, and ``IS_SUBSIDIARY_OF`` and ``ITS_SUBSIDIARY`` each end with 子公司, 下属… or
    旗下…, which are its words. ``OWNERSHIP`` is a plain alternation of words, so a match in a part of
    the text is a match in the whole text: without one, none of those patterns can match.
    """
    return doc.memo("facts:owns", _ownership_word)


def _ownership_word(doc: Doc) -> bool:
    return any(word in doc.text for word in OWNERSHIP_WORDS)  # as OWNERSHIP.search, by plain substring tests


# A zone's word for itself before 的 or a descriptor: 新区国有平台公司Y, 开发区的平台公司Y
BARE_ZONE_WORD = regex(r"(?:高新区|经开区|开发区|新区|园区|综保区)的?$")


def platform_firms(doc: Doc, mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(firm, zone) for a zone's state-owned platform firm named after what it is (X国有平台公司Y有限公司,
    X的投资平台公司Y, 开发区国有平台公司Y: the article's zone): the firm is part of the zone."""
    if "平台" not in doc.text and "国企" not in doc.text and "国有企业" not in doc.text:
        return []
    text = doc.text
    zones = {m.end: m for m in mentions if m.cls is ET.ZONE}
    out: list[tuple[Mention, Mention]] = []
    for firm in (m for m in mentions if m.cls is ET.COMPANY):
        descriptor = next((d for d in names.PLATFORM.finditer(text, max(0, firm.start - 12), firm.start)
                           if d.end() == firm.start), None)
        if descriptor is None:
            continue
        at = descriptor.start() - (text[descriptor.start() - 1:descriptor.start()] == "的")
        zone = zones.get(at)
        bare = BARE_ZONE_WORD.search(text, max(0, descriptor.start() - 4), descriptor.start()) \
            if zone is None else None
        if bare is not None:
            zone = _zone_of_kind(doc, mentions, bare.group().rstrip("的")) or dominant_zone(doc, mentions)
        if zone is not None:
            out.append((firm, zone))
    return out


def _zone_of_kind(doc: Doc, mentions: Sequence[Mention], kind: str) -> Mention | None:
    """The most mentioned zone of the article named with ``kind`` at its end (新区 of 台州湾新区: a
    story's bare 新区 is that zone, not the 开发区 it was formed from), its first mention; else None."""
    counts, first = _tally(m for m in mentions if m.cls is ET.ZONE and
                           (name := m.canonical or m.text).endswith(kind) and len(name) > len(kind) + 1)
    return first[max(counts, key=counts.__getitem__)] if counts else None


def stated_subsidiaries(doc: Doc, companies: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(child, parent) for ``B是A（在华设立）的全资子公司`` and ``该公司是A的全资子公司`` (the company named
    just before)."""
    out: list[tuple[Mention, Mention]] = []
    if not _owns(doc):  # every IS_SUBSIDIARY_OF match holds a word of ownership
        return out
    ordered = sorted(companies, key=lambda m: m.start)
    for index, parent in enumerate(ordered):
        if not IS_SUBSIDIARY_OF.match(doc.text, parent.end):
            continue
        verb = parent.start - 1
        if verb < 0 or doc.text[verb] not in "是为系":
            continue
        child = next((m for m in ordered[:index] if m.end == verb), None)
        ref = IS_OF.search(doc.text, max(0, verb - 3), verb)
        if child is None and ref is not None:  # 该公司是A的全资子公司: the company named before
            s_start, _ = doc.sentence_at(ref.start())
            earlier = [m for m in ordered[:index] if m.end <= ref.start() and m.start >= s_start - 150
                       and _key(m) != _key(parent)]
            child = earlier[-1] if earlier else None
        if child is not None and _key(child) != _key(parent):
            out.append((child, parent))
    return out


@relation_extractor("suborgs")
def suborgs(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """Gazetteer parents of bodies (科技部火炬中心 → 科技部) and a company's regional or branch company."""
    gaz = doc.lexicon.gazetteer
    seen: set[tuple[str, str]] = set()
    bodies = [m for m in mentions if m.cls is ET.GOVERNMENT_BODY]
    for child in bodies:
        entry = gaz.body(child.canonical or child.text)
        unit_of = dict(child.attrs).get("parent")
        if unit_of is not None:  # X部中小企业局: the ministry written in its name
            entry = replace(gaz.body(unit_of), parent=unit_of) if gaz.body(unit_of) else None
        if entry is None or entry.parent is None:
            continue
        parent_entry = gaz.body(entry.parent)
        forms = (entry.parent, *(parent_entry.aliases if parent_entry else ()))
        parent = next((m for m in bodies if m.canonical == entry.parent), None)
        if parent is None:
            form = next((f for f in sorted(forms, key=len, reverse=True) if child.text.startswith(f)), None)
            if form is None:
                continue
            parent = Mention(text=form, cls=ET.GOVERNMENT_BODY, start=child.start,
                             end=child.start + len(form), article=doc.article.id, canonical=entry.parent)
        if (_key(child), _key(parent)) not in seen:
            seen.add((_key(child), _key(parent)))
            yield _relation(doc, RK.SUBORG, (("child", child), ("parent", parent)), child.start)
    companies = [m for m in mentions if m.cls is ET.COMPANY]
    for child, parent in owned(doc, mentions):
        if (_key(child), _key(parent)) not in seen:
            seen.add((_key(child), _key(parent)))
            yield _relation(doc, RK.SUBORG, (("child", child), ("parent", parent)), parent.start)
    for child, parent in platform_firms(doc, mentions):
        if (_key(child), _key(parent)) not in seen:
            seen.add((_key(child), _key(parent)))
            yield _relation(doc, RK.SUBORG, (("child", child), ("parent", parent)), child.start)
    for child, parent in stated_subsidiaries(doc, companies):
        if (_key(child), _key(parent)) not in seen:
            seen.add((_key(child), _key(parent)))
            yield _relation(doc, RK.SUBORG, (("child", child), ("parent", parent)), parent.start)
    for child in companies if _owns(doc) else ():  # X…，其子公司Y (a phrase with a word of ownership)
        its = ITS_SUBSIDIARY.search(doc.text, max(0, child.start - 14), child.start)
        if not its:
            continue
        s_start, _ = doc.sentence_at(child.start)
        earlier = [m for m in companies if m.end <= child.start - 3 and m.start >= s_start - 150
                   and _key(m) != _key(child)]
        if "集团" in its.group():  # 集团旗下另一家子公司Y: the group named before
            earlier = [m for m in earlier if "集团" in _key(m)] or earlier
        if earlier and (_key(child), _key(earlier[-1])) not in seen:
            seen.add((_key(child), _key(earlier[-1])))
            yield _relation(doc, RK.SUBORG, (("child", child), ("parent", earlier[-1])), child.start)
    for child in companies if _owns(doc) and "我" in doc.text else ():  # (a company head's) 我们的全资子公司Y
        if WE_SUBSIDIARY.search(doc.text, max(0, child.start - 14), child.start):
            parent = _speaker_company(doc, mentions, child.start)
            if parent is not None and (_key(child), _key(parent)) not in seen and _key(child) != _key(parent):
                seen.add((_key(child), _key(parent)))
                yield _relation(doc, RK.SUBORG, (("child", child), ("parent", parent)), child.start)
    sides: dict[str, Mention] | None = None  # 甲方：X / 乙方：Y lines of a contract, found when needed
    for child in companies if _owns(doc) and "方" in doc.text else ():  # 乙方…设立全资子公司Y
        by_side = SIDE_SUBSIDIARY.search(doc.text, max(0, child.start - 30), child.start)
        if by_side is None:
            continue
        sides = _contract_sides(doc, companies) if sides is None else sides
        parent = sides.get(by_side["side"])
        if parent is not None and (_key(child), _key(parent)) not in seen and _key(child) != _key(parent):
            seen.add((_key(child), _key(parent)))
            yield _relation(doc, RK.SUBORG, (("child", child), ("parent", parent)), child.start)
    fulls = {m.canonical: m for m in companies if m.canonical and m.canonical == compact(m.text)}
    for child in companies:  # X集团有限公司Y研究院, 该公司设有Y研究院: the institute's owner
        owner = fulls.get(dict(child.attrs).get("owner", ""))
        if owner is not None and (_key(child), _key(owner)) not in seen:
            seen.add((_key(child), _key(owner)))
            yield _relation(doc, RK.SUBORG, (("child", child), ("parent", owner)), child.start)
    branch = ("区域公司", "分公司", "子公司")
    parent_cores: dict[str, list[str]] = {}  # a parent's short forms, found once
    for child_name, child in sorted(fulls.items()):
        for parent_name, parent in sorted(fulls.items()):
            if parent_name == child_name or parent_name.endswith(branch) or len(parent_name) < 4:
                continue
            cores = parent_cores.get(parent_name)
            if cores is None:
                cores = parent_cores[parent_name] = short_forms(doc, parent_name, min_len=2)
            rests = [child_name[len(c):] for c in (*cores, parent_name)
                     if child_name.startswith(c) and len(child_name) > len(c) + 2]
            places = doc.lexicon.patterns["place"]  # (X（天津）有限公司 of X: the place in brackets)
            if any(r.endswith(branch) or r.endswith("公司") and places.match(r.lstrip("（(")) for r in rests):
                if (child_name, parent_name) not in seen:
                    seen.add((child_name, parent_name))
                    yield _relation(doc, RK.SUBORG, (("child", child), ("parent", parent)), child.start)


# A subsidiary named in the first person, in a company head's words: 我们的全资子公司Y, 我公司下属企业Y
WE_SUBSIDIARY = regex(r"(?:我们|我们公司|我公司|我们集团|我集团)的?(?:全资|控股)?"
                      r"(?:子公司|下属企业|下属公司|旗下企业|旗下公司)\s*$")
# An interview's answer line: A：…, 答：… (the one interviewed speaks)
ANSWER_OPENER = regex(r"\s*(?:[AaＡ]|答)\s*[:：]")
# Titles that head a company (the one whose 我们 is the company)
COMPANY_HEAD = regex(r"董事长|总经理|总裁|首席执行官|CEO|创始人|负责人")


def _speaker_company(doc: Doc, mentions: Sequence[Mention], pos: int) -> Mention | None:
    """The company whose head says 我们 at ``pos``: in a quote (X董事长Y说：“…), or in an answer line
    (A：…, 答：…, Y：…) of an interview with one company's head; else None."""
    text = doc.text
    line = text.rfind("\n", 0, pos) + 1
    heads = [p for p in posts(doc, mentions) if p.org is not None and p.org.cls is ET.COMPANY
             and COMPANY_HEAD.search(p.title.text)]
    opened = text.rfind("“", line, pos)
    named = ANSWER_LINE.match(text, line, pos)
    if opened >= 0 and "”" not in text[opened:pos] and SPEAKER_VERB.search(text, max(0, opened - 3), opened):
        heads = [p for p in heads if opened - 4 <= p.person.end <= opened]  # X董事长Y说：“我们的…
    elif named is not None:  # Y：我们的…
        heads = [p for p in heads if (p.person.canonical or compact(p.person.text)) == named[1]]
    elif not ANSWER_OPENER.match(text, line, pos):
        return None
    companies = _unique([p.org for p in heads])
    return companies[0] if len(companies) == 1 else None


# A contract's side setting up a subsidiary (乙方在甲方辖区内设立全资子公司Y), and the lines naming the sides
SIDE_SUBSIDIARY = regex(r"(?P<side>[甲乙丙丁]方)[^，。；]{0,20}?(?:设立|成立|组建|注册|新设)"
                        r"(?:一家|一个)?(?:全资|控股)?子公司\s*$")
SIDE_LINE = regex(r"^\s*(?P<side>[甲乙丙丁]方)[:：]\s*", re.M)


def _contract_sides(doc: Doc, companies: Sequence[Mention]) -> dict[str, Mention]:
    """The company each side of a contract is, from its ``乙方：X`` line."""
    out: dict[str, Mention] = {}
    for line in SIDE_LINE.finditer(doc.text):
        named = next((m for m in companies if m.start == line.end()), None)
        if named is not None:
            out.setdefault(line["side"], named)
    return out


# -------------------------------------------------------------------------------------- industries

@relation_extractor("industries")
def industries(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """Each industry of a development list belongs to the zone its sentence is about.

    An industry written right after a zone (合肥高新区量子信息产业集群) is that zone's.
    """
    zone_ends = {m.end: m for m in mentions if m.cls is ET.ZONE}
    for industry in (m for m in mentions if m.cls is ET.INDUSTRY):
        zone = zone_ends.get(industry.start) or _row_zone(doc, mentions, industry) or \
            _clause_subject(doc, mentions, industry) or \
            _trigger_subject(doc, mentions, industry) or _leading_subject(doc, mentions, industry) or \
            _reported_subject(doc, mentions, industry) or _opening_subject(doc, mentions, industry) or \
            _pointed_subject(doc, mentions, industry) or _sited_subject(doc, mentions, industry) or \
            zone_near(doc, mentions, industry.start)
        if zone is None:
            continue
        zone = park_named_after(doc, mentions, zone)
        yield _relation(doc, RK.INDUSTRY, (("zone", zone), ("industry", industry)), industry.start)


CLAUSE_BREAK = regex(r"[，。；,;！？]")


def _row_zone(doc: Doc, mentions: Sequence[Mention], item: Mention) -> Mention | None:
    """The zone in the next cell of a table row whose name cell is the item (``row``: a base and the zone
    it rests on)."""
    if ("row", "1") not in item.attrs:
        return None
    line_end = doc.text.find("\n", item.end)
    line_end = len(doc.text) if line_end < 0 else line_end
    return next((m for m in by_start(doc, mentions).within(item.end, line_end) if m.cls is ET.ZONE), None)


def _sited_subject(doc: Doc, mentions: Sequence[Mention], item: Mention) -> Mention | None:
    """The zone whose place the item's sentence states before it (X经济开发区位于Y市，以A为主导产业): the
    subject of the clauses after 位于, when no other zone is named between."""
    start, _ = doc.sentence_at(item.start)
    zones = [m for m in by_start(doc, mentions).within(start, item.start) if m.cls is ET.ZONE]
    sited = [z for z in zones if SITED_VERB.match(doc.text, z.end)]
    if not sited or any(z.start > sited[-1].start and _key(z) != _key(sited[-1]) for z in zones):
        return None
    return sited[-1]


def _opening_subject(doc: Doc, mentions: Sequence[Mention], item: Mention) -> Mention | None:
    """The zone that opens the item's sentence, parks and suffixed zones too (Y园区是Z的…，以A为主导产业;
    X经济开发区是省级开发区，已形成A和B两大产业): the subject of its later clauses."""
    start, _ = doc.sentence_at(item.start)
    first = next((m for m in by_start(doc, mentions).within(start, item.start) if m.cls is ET.ZONE), None)
    return first if first is not None and not doc.text[start:first.start].strip() else None


# A sentence about the place the one before ended at: ``…来到X经济开发区。这里是省级开发区，重点发展A``
POINTING_OPENER = regex(r"(?:这里|此地|该区|该开发区|该园区)(?:是|为|已|将|现|目前|主要|重点|着力|则)")


def _pointed_subject(doc: Doc, mentions: Sequence[Mention], item: Mention) -> Mention | None:
    """The zone that ends the sentence before the item's when the item's opens by pointing at it (这里是…,
    该区…): the place just reached, not the article's main zone."""
    start, _ = doc.sentence_at(item.start)
    if not POINTING_OPENER.match(doc.text, start) or start == 0:
        return None
    before, _ = doc.sentence_at(start - 1)
    zones = [m for m in by_start(doc, mentions).within(before, start) if m.cls is ET.ZONE]
    last = max(zones, key=lambda m: m.end) if zones else None
    return last if last is not None and not doc.text[last.end:start].strip("。！；\n ") else None


def park_named_after(doc: Doc, mentions: Sequence[Mention], zone: Mention) -> Mention:
    """The park whose name ``zone`` opens (X高新区|Y产业园位于…，重点发展…, X新区|Y产业园入选…): the park is
    what the clause is about; else ``zone`` itself."""
    by_pos = by_start(doc, mentions)
    return next((m for m in by_pos.starting(zone.end, zone.end) if m.cls is ET.ZONE and m.end > m.start
                 and not major(doc, m)), zone)


def _trigger_subject(doc: Doc, mentions: Sequence[Mention], item: Mention) -> Mention | None:
    """The zone written right before the development verb whose list holds ``item`` (``Z将重点发展A、B``):
    the sentence's subject, over a zone named in an earlier sentence or elsewhere in this one."""
    s_start, _ = doc.sentence_at(item.start)
    trigger = doc.lexicon.patterns["industry_trigger"]
    zones = sorted((m for m in by_start(doc, mentions).within(s_start, item.start) if m.cls is ET.ZONE),
                   key=lambda m: m.start, reverse=True)
    for zone in zones:
        gap = doc.text[zone.end:item.start]
        if CLAUSE_BREAK.search(gap):
            continue
        if any(trigger.match(doc.text, at, item.start) for at in _subject_then_ends(doc, zone.end)
               if at < item.start):
            return zone
    return None


def _subject_then_ends(doc: Doc, pos: int) -> list[int]:
    """The positions ``at`` in ``pos`` … ``pos + 9`` where ``SUBJECT_THEN`` fullmatches ``text[pos:at]``, in
    order: found once per article and zone end (every item of a list asks about the same zones)."""
    known: dict[int, list[int]] = doc.memo("facts:subject_then", _new_table)
    ends = known.get(pos)
    if ends is None:
        ends = known[pos] = [at for at in range(pos, min(pos + 10, len(doc.text)))
                             if SUBJECT_THEN.fullmatch(doc.text, pos, at)]
    return ends


def _leading_subject(doc: Doc, mentions: Sequence[Mention], item: Mention) -> Mention | None:
    """The zone written right before the 以/把 whose list holds ``item`` in its clause (``原A并入B，整合后的B
    以X、Y为主导产业``: B's industries, not those of a zone named earlier in the sentence)."""
    s_start, _ = doc.sentence_at(item.start)
    clause = max(s_start, max(doc.text.rfind(c, s_start, item.start) for c in "，；：,") + 1)
    zones = sorted((m for m in by_start(doc, mentions).within(clause, item.start) if m.cls is ET.ZONE),
                   key=lambda m: m.start, reverse=True)
    for zone in zones:
        for at in range(zone.end, min(zone.end + 12, item.start)):
            if doc.text[at] in "以把" and SUBJECT_THEN.fullmatch(doc.text, zone.end, at):
                # A与B以X为重点: a joint subject, left to the sentence's first zone
                return None if zone.start > 0 and doc.text[zone.start - 1] in "与和及同、" else zone
    return None


# What a speaker said, opened by a zone: ``X主任李某在致辞中说，Z将…，重点发展A、B``
REPORTED = regex(r"(?:说|表示|介绍|指出|强调|透露)[，,：:]\s*[“\"]?")


def _reported_subject(doc: Doc, mentions: Sequence[Mention], item: Mention) -> Mention | None:
    """The zone that opens the words a speaker is reported to have said, in the item's sentence (not the
    zone named in the speaker's title before the verb of saying)."""
    s_start, _ = doc.sentence_at(item.start)
    said = [m.end() for m in REPORTED.finditer(doc.text, s_start, item.start)]
    if not said:
        return None
    return next((m for m in by_start(doc, mentions).starting(said[-1], said[-1])
                 if m.cls is ET.ZONE and m.end <= item.start), None)


def _clause_subject(doc: Doc, mentions: Sequence[Mention], item: Mention) -> Mention | None:
    """The zone its own clause is about (``A以X入选，B以Y入选``): the last zone of the clause before ``item``,
    for mentions marked so."""
    if ("subject", "clause") not in item.attrs:
        return None
    s_start, _ = doc.sentence_at(item.start)
    clause = max(s_start, max(doc.text.rfind(c, s_start, item.start) for c in "，；：,") + 1)
    zones = [m for m in mentions if m.cls is ET.ZONE and clause <= m.start and m.end <= item.start]
    return max(zones, key=lambda m: m.start) if zones else None


# ---------------------------------------------------------------------------------------- projects

# A company's Latin name in brackets after it (not a gap between the company and its project)
LATIN_AFTER_NAME = regex(r"[（(][A-Za-z][^（）()\n]{0,60}[）)]")
# Words that join two names (an owner before a project only when none stands between them)
JOINED_GAP = regex(r"[与和同及、，]")


@relation_extractor("projects")
def projects(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """Investors (the company before a project), zones and the project's own total investment."""
    if "项目" not in doc.text and not any(m.cls is ET.PROJECT for m in mentions):
        return  # no project named, and none referred to (该项目由…)
    index = by_start(doc, mentions)
    ordered = index.ordered
    companies = [m for m in ordered if m.cls is ET.COMPANY]
    main_zone = dominant_zone(doc, mentions)
    valued: set[str] = set()
    forms: dict[str, list[str]] = {}  # a company's short forms, found once
    corrected = _corrected_amounts(doc)

    def forms_of(key: str) -> list[str]:
        if key not in forms:
            forms[key] = short_forms(doc, key)
        return forms[key]

    rows = tables.table_rows(doc)
    tabled = _zoned_by_rows(index, rows)
    for project in (m for m in ordered if m.cls is ET.PROJECT):
        row = tables.row_at(rows, project.start, project.end) if rows else None
        if row is not None:  # a row of a table with a header: its cells, nothing around them
            yield from _row_relations(doc, index, project, row, main_zone, valued, corrected)
            continue
        s_start, s_end = doc.sentence_at(project.start)
        before = [m for m in index.within(s_start, project.start) if m.cls in PARTIES]
        investor, row_value = _table_row(doc, index, project)
        owners = [m for m in before if m.cls is ET.COMPANY]
        between = owners and any(m.cls is ET.PROJECT
                                 for m in index.starting(owners[-1].end, project.start - 1))
        if owners and not between and investor is None:
            gap = doc.text[owners[-1].end:project.start]
            latin = LATIN_AFTER_NAME.match(gap)  # X（Latin name）投资…建设的P: the Latin name is X's own
            gap = gap[latin.end():] if latin is not None else gap
            if len(gap) <= 30 and not JOINED_GAP.search(gap):
                investor = owners[-1]
        if investor is None:
            name = compact(project.text)
            investor = next((c for c in companies if len(_key(c)) >= 2 and name.startswith(
                (compact(c.text), *forms_of(_key(c))))), None)
        if investor is None:
            investor = _subject_investor(doc, ordered, project, s_start)
        if investor is None:
            investor = _speaker_investor(doc, ordered, project)
        if investor is not None:
            yield _relation(doc, RK.INVESTOR, (("project", project), ("company", investor)), project.start)
        else:
            for builder in _co_builders(doc, ordered, project, s_start):
                yield _relation(doc, RK.INVESTOR, (("project", project), ("company", builder)), project.start)
        zones = [m for m in index.within(s_start, s_end) if m.cls is ET.ZONE
                 and not (m.start >= project.start and m.end <= project.end)]
        zones = [m for m in zones if not _means_zone(doc, m, s_start)] or zones  # 依托Y, 建设P: not P's site
        zones = [m for m in zones if not _listed_beside(doc, m, project)] or zones  # 观摩了Y产业园、P项目
        zone = min(zones, key=lambda z: abs(z.start - project.start)) if zones else \
            None if _key(project) in tabled else \
            (_tally_zone(doc, ordered, s_start) or _visited_zone(doc, ordered, s_start)
             or main_zone or _paragraph_zone(doc, ordered, s_start))  # (a table's zone is stated)
        for place in _project_zones(doc, ordered, project, zone, s_start):
            yield _relation(doc, RK.PROJECT_ZONE, (("project", project), ("zone", place)), project.start)
        value = row_value or _amount_after(doc, ordered, project, s_end)
        value = corrected.get(value, value)  # a correction's figure for the printed one
        if value is not None:
            valued.add(_key(project))
            yield _relation(doc, RK.AMOUNT, (("project", project),), project.start, value=value)
    yield from _built_by(doc, ordered, valued, corrected)
    yield from _project_said_later(doc, ordered)


def _row_relations(doc: Doc, index: ByStart, project: Mention, row: tables.Row, main_zone: Mention | None,
                   valued: set[str], corrected: Mapping[str, str]) -> Iterator[Relation]:
    """The investors, zone and amount of a project in a table's row: the companies of its investor cell,
    the zones of its zone cell (the article's zone when the table has no such column, or the cell names
    none) and the amount of its amount cell, a bare number counted in the header's unit."""
    for company in _cell_companies(doc, index, row.cell(tables.Role.INVESTOR)):
        yield _relation(doc, RK.INVESTOR, (("project", project), ("company", company)), project.start)
    zones = _cell_mentions(index, row.cell(tables.Role.ZONE), ET.ZONE) or ([main_zone] if main_zone else [])
    for zone in zones:
        for place in _project_zones(doc, index.ordered, project, zone, row.start):
            yield _relation(doc, RK.PROJECT_ZONE, (("project", project), ("zone", place)), project.start)
    cell = row.cell(tables.Role.AMOUNT)
    value = tables.cell_yuan(doc.text[cell[0]:cell[1]], row.unit) if cell is not None else None
    value = corrected.get(value, value) if value is not None else None
    if value is not None:
        valued.add(_key(project))
        yield _relation(doc, RK.AMOUNT, (("project", project),), project.start, value=value)


def _cell_mentions(index: ByStart, cell: tuple[int, int] | None, cls: EntityType) -> list[Mention]:
    """The mentions of a class in a cell, outermost only (a company, not the short form inside it)."""
    if cell is None:
        return []
    found = index.inside(cell[0], cell[1], cls)
    return [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end
                                        and (o.start, o.end) != (m.start, m.end) for o in found)]


CELL_WORDS = (ET.INDUSTRY, ET.AREA)  # names a company's short name may hold (储能, 芜湖)
PRIVATE_INVESTOR = ("自然人", "个人")


def _cell_companies(doc: Doc, index: ByStart, cell: tuple[int, int] | None) -> list[Mention]:
    """The companies of an investor cell: those found in it, else the names it holds (a short name no
    other rule knows: the header says it is an investor), when no other name (a person, a body) but an
    industry or a place overlaps the cell."""
    found = _cell_mentions(index, cell, ET.COMPANY)
    if found or cell is None or any(m.cls not in CELL_WORDS and m.start < cell[1] and cell[0] < m.end
                                    for m in index.starting(max(0, cell[0] - 40), cell[1])):
        return found
    text = doc.text
    spans = tables.names_in(text, *cell, apart=True)
    if not all(b - a >= 4 and not text.startswith(PRIVATE_INVESTOR, a) for a, b in spans):
        return []  # a name of two or three characters (a person's, as likely as a firm's), a private person
    return [Mention(text[a:b], ET.COMPANY, a, b, doc.article.id, compact(text[a:b])) for a, b in spans]


def _zoned_by_rows(index: ByStart, rows: Sequence[tables.Row]) -> set[str]:
    """The keys of the projects a table's row places in a zone (no other sentence guesses their zone)."""
    out: set[str] = set()
    for row in rows:
        cell, zone = row.cell(tables.Role.PROJECT), row.cell(tables.Role.ZONE)
        if cell is not None and zone is not None and _cell_mentions(index, zone, ET.ZONE):
            out.update(_key(m) for m in _cell_mentions(index, cell, ET.PROJECT))
    return out


# A correction of a figure: “总投资十八亿元”有误，应为“总投资十六亿元” (the printed amount is replaced)
CORRECTED = regex(r"“(?P<old>[^“”]{1,40})”[^“”。]{0,8}?应(?:为|是|改为)“(?P<new>[^“”]{1,40})”")


def _corrected_amounts(doc: Doc) -> dict[str, str]:
    """The amounts a correction in the article replaces (printed value → corrected value, in yuan)."""
    out: dict[str, str] = {}
    for match in CORRECTED.finditer(doc.text) if "应" in doc.text else ():
        old, new = amounts.to_yuan(match["old"]), amounts.to_yuan(match["new"])
        if old is not None and new is not None:
            out[old] = new
    return out


# A row of a table of projects printed as text (项目名称 投资方 投资额, one project a line, the columns apart
# by a space; cleaning keeps one space of a run, none between a name and a figure)
CELL_GAP = regex(r"[ \t\u3000]+")
ROW_APPROX = ("", "近", "逾", "约", "超", "超过", "不低于", "不少于")


def _table_row(doc: Doc, index: ByStart, project: Mention) -> tuple[Mention | None, str | None]:
    """A project opening a line and a space after it, then the company that invests in it (the rest of the
    line up to an amount) and the amount: the row of a table of projects, with its investor and value."""
    text = doc.text
    start = text.rfind("\n", 0, project.start) + 1
    end = text.find("\n", project.end)
    end = len(text) if end < 0 else end
    label = ROW_LABEL.match(text, start, project.start)
    # 项目名称：P；投资方：X；投资额：N (P led by its company's short name too: 项目名称：X…项目)
    if label is not None and (label.end() == project.start or any(
            m.cls is ET.COMPANY and m.end == project.start
            for m in index.starting(label.end(), label.end()))):
        return _labelled_row(doc, index, project, end)
    gap = CELL_GAP.match(text, project.end, end)
    if gap is None or CELL_GAP.search(text, start, project.start) is not None:
        return None, None  # not the first cell of a row
    at = gap.end()
    investor = next((m for m in index.starting(at, at) if m.cls is ET.COMPANY), None)
    if investor is not None:
        at = investor.end
        space = CELL_GAP.match(text, at, end)
        at = space.end() if space is not None else at
    money = amounts.AMOUNT.search(text, at, end)
    if at < end and (money is None or money.end() != end or text[at:money.start()] not in ROW_APPROX):
        return None, None  # more than a company and an amount after the project
    exact = money is not None and money.start() == at  # (近20亿元, 逾5亿元: approximate, no value)
    return investor, amounts.yuan_of(money) if exact else None


# A row of projects with a label before each field, one project a line (项目名称：P；投资方：X；投资额：N)
ROW_LABEL = regex(r"(?:项目名称|项目)\s*[:：]\s*")
# (the cells apart by a mark, or by spaces only: 项目名称：P　投资方：X　投资额：N)
CELL_APART = r"(?:\s*[;；,，]\s*|[ \t\u3000]+)"
INVESTOR_CELL = regex(CELL_APART + r"(?:投资方|投资主体|投资单位|投资企业|签约企业|签约方|签约单位)"
                                   r"\s*[:：]\s*")
AMOUNT_CELL = regex(CELL_APART + r"(?:投资额|投资金额|投资总额|总投资|计划投资)\s*[:：]\s*")
# (cells apart by spaces only: a gap before the next cell's label ends a cell as well)
CELL_END = regex(r"\s*(?:[;；,，。]|$)|[ \t\u3000]+(?=[^\s:：]{2,4}[:：])")


def _labelled_row(doc: Doc, index: ByStart, project: Mention,
                  end: int) -> tuple[Mention | None, str | None]:
    """The investor and amount of a labelled row (项目名称：P；投资方：X；投资额：N): the company that
    fills the investor's field, and the amount that fills the amount's field (none when it is a range,
    approximate or in another currency)."""
    text = doc.text
    at = project.end
    investor = None
    cell = INVESTOR_CELL.match(text, at, end)
    if cell is not None:
        investor = max((m for m in index.starting(cell.end(), cell.end()) if m.cls is ET.COMPANY),
                       key=lambda m: m.end, default=None)  # the whole field (X（珠海）有限公司, not X)
        if investor is None or not CELL_END.match(text, investor.end, end):
            return None, None
        at = investor.end
    cell = AMOUNT_CELL.match(text, at, end)
    money = amounts.AMOUNT.match(text, cell.end(), end) if cell is not None else None
    exact = money is not None and CELL_END.match(text, money.end(), end) is not None
    return investor, amounts.yuan_of(money) if money is not None and exact else None


# A bare 项目 opening a clause after a project was named: 项目选址X高新区 (its zone), and a company that
# 将作为项目建设运营主体 (an investor of it: the one that builds and runs it)
SITED_AT = regex(r"(?:(?<=[，。；：\n])|^)(?:该|本)?项目(?:选址|落户|落地|建在|位于)(?:于|在)?",
                      re.MULTILINE)
AS_BUILDER = regex(r"(?:将|拟)?(?:作为|担任)(?:该|本)?项目(?:的)?(?:投资|建设|运营|实施|开发)"
                   r"[^，。；]{0,6}?主体")
# Where SITED_AT can match (see ``sited_at``): around a 项目 with one of its verbs right after it
SITED_AT_NEAR = Anchor(regex("项目(?:选址|落户|落地|建在|位于)"), before=1, after=1)


def sited_at(text: str) -> Iterator[re.Match[str]]:
    """``SITED_AT.finditer(text)``, the pattern tried only around each 项目 followed by a verb of place (it
    opens with a lookbehind or ``^``, so ``re`` would try it at every position).

    Every match holds 项目 and one of the verbs right after it (``SITED_AT_NEAR``'s pattern), opens at most
    one character (该|本) before them and ends at most one character (于|在) after them. So each match lies
    in the window of one anchor, and what the pattern reads outside the match stays as in a scan of the
    whole text: its lookbehind and ``^`` read the character before a match, which ``re`` reads before a
    window's start too (``^`` matches there only at a line start), and it has no lookahead.
    """
    return finditer_near(SITED_AT, text, SITED_AT_NEAR)


def _project_said_later(doc: Doc, ordered: Sequence[Mention]) -> Iterator[Relation]:
    """Relations of the project named last before a bare 项目: its site (项目选址X高新区) and the company
    that builds it (X将作为项目建设运营主体)."""
    text = doc.text
    if "项目" not in text:
        return
    named = [m for m in ordered if m.cls is ET.PROJECT]
    if not named:
        return
    for match in sited_at(text):
        earlier = [m for m in named if m.end <= match.start()]
        zone = next((m for m in ordered if m.cls is ET.ZONE and m.start == match.end()), None)
        if earlier and zone is not None:
            yield _relation(doc, RK.PROJECT_ZONE, (("project", earlier[-1]), ("zone", zone)), match.start())
    for match in AS_BUILDER.finditer(text) if "主体" in text else ():  # every match ends with 主体
        earlier = [m for m in named if m.end <= match.start()]
        company = next((m for m in ordered if m.cls is ET.COMPANY and m.end == match.start()), None)
        if earlier and company is not None:
            yield _relation(doc, RK.INVESTOR, (("project", earlier[-1]), ("company", company)), match.start())


def _built_by(doc: Doc, ordered: Sequence[Mention], valued: set[str],
              corrected: Mapping[str, str]) -> Iterator[Relation]:
    """``P项目由X投资建设``, ``该项目由X投资建设，总投资…``, ``该项目总投资…，由X投资建设``: X (the company
    written last before the verb: a subsidiary rather than its parent) invests. A 该项目 opening a clause
    is a reference to the project named before it and takes the amount after it, unless that project
    has its own already (``valued``: keys of projects with an amount)."""
    text = doc.text
    named = [m for m in ordered if m.cls is ET.PROJECT]
    subjects: list[tuple[Mention, bool]] = [(m, False) for m in named]
    for match in project_refs(text):
        if not any(m.start <= match.start("ref") < m.end for m in named):
            subjects.append((Mention(text=match["ref"], cls=ET.PROJECT, start=match.start("ref"),
                                     end=match.end("ref"), article=doc.article.id), True))
    for project, is_ref in sorted(subjects, key=lambda pair: pair[0].start):
        _, s_end = doc.sentence_at(project.start)
        by = next((m for m in BUILT_BY.finditer(text, project.end, s_end)
                   if m.start() == project.end or (is_ref and text[m.start() - 1] in "，,"
                                                   and not _in(named, project.end, m.start()))), None)
        who = [m for m in ordered if m.cls is ET.COMPANY and by.end("by") <= m.start
               and m.end <= by.end() and BUILD_VERB.match(text, m.end)] if by is not None else []
        if who:
            yield _relation(doc, RK.INVESTOR, (("project", project), ("company", who[-1])), project.start)
        if not is_ref:
            continue
        earlier = [m for m in named if m.end <= project.start]
        if earlier and _key(earlier[-1]) in valued:
            continue
        value = _amount_after(doc, ordered, project, s_end)
        value = corrected.get(value, value)  # (None is no key: it stays None)
        if value is not None and (who or earlier):
            yield _relation(doc, RK.AMOUNT, (("project", project),), project.start, value=value)


def project_refs(text: str) -> Iterator[re.Match[str]]:
    """``PROJECT_REF.finditer(text)``, the pattern tried only near each 项目 (it opens with a lookbehind
    or ``^``, so ``re`` would try it at every position).

    Every match ends with the 项目 of its ``ref`` group, and starts at most six characters before that
    项目 (据了解|据介绍|目前|其中, a comma, 该|本|此|这个: no 项目 among them); its lookahead reads at most
    six characters after it. So each match lies in the window of one 项目 and ``finditer_near``'s condition
    holds for what the pattern reads inside: its lookbehind and ``^`` read the character before a match,
    which ``re`` reads before a window's start too (``^`` matches there only at a line start), and no
    lookahead reaches past a window's end.
    """
    return finditer_near(PROJECT_REF, text, PROJECT_REF_NEAR)


# What a zone builds on (X新区要依托位于新区内的Y综合保税区，…建设P项目): a means, not where P is
def _listed_beside(doc: Doc, zone: Mention, project: Mention) -> bool:
    """Whether a zone is the item listed right before a project (观摩了X产业园、P项目等6个项目): a sibling
    in the list, not the project's site."""
    return zone.end <= project.start and doc.text[zone.end:project.start].strip() == "、"


MEANS_BEFORE = regex(r"(?:依托|借助|依靠|利用)[^，。；]*$")


def _means_zone(doc: Doc, zone: Mention, s_start: int) -> bool:
    """Whether ``zone`` is the object of 依托/借助… in its clause (what the subject builds on)."""
    clause = max(s_start, max(doc.text.rfind(c, s_start, zone.start) for c in "，；：,") + 1)
    return MEANS_BEFORE.search(doc.text, clause, zone.start) is not None


# A visit's stop: ``随后，X来到Z。…在A公司，X察看了P项目``: the zone the visitor reached
VISITED = regex(r"(?:来到|走进|抵达|前往|转场)$")


def _visited_zone(doc: Doc, ordered: Sequence[Mention], s_start: int) -> Mention | None:
    """The zone a visitor reached earlier in the paragraph (来到Z), for a project whose sentence names none:
    what the paragraph's later sentences describe is at that stop, not at the article's main zone."""
    p_start = doc.text.rfind("\n", 0, s_start) + 1
    reached = [m for m in ordered if m.cls is ET.ZONE and p_start <= m.start and m.end <= s_start
               and VISITED.search(doc.text, max(p_start, m.start - 2), m.start)]
    return reached[-1] if reached else None


def _paragraph_zone(doc: Doc, ordered: Sequence[Mention], s_start: int) -> Mention | None:
    """The zone that opens the paragraph (its subject: ``X高新区近年来…。由A投资建设的P项目…``), for an
    article without a main zone (two zones, a paragraph each)."""
    p_start = doc.text.rfind("\n", 0, s_start) + 1
    return next((m for m in ordered if m.cls is ET.ZONE and m.start == p_start), None)


def _tally_zone(doc: Doc, ordered: Sequence[Mention], s_start: int) -> Mention | None:
    """``X园区首批12个项目开工。…其中，A公司P项目…``: a project listed after 其中 is in the zone (the nearest
    before the count) of the tally it belongs to."""
    if not doc.text.startswith("其中", s_start):
        return None
    tallies = list(TALLY.finditer(doc.text, max(0, s_start - 300), s_start))
    if not tallies:  # …等12家企业与Z签约。其中，A的P项目…: the zone of the sentence it details
        p_start, _ = doc.sentence_at(max(0, s_start - 1))
        zones = [m for m in ordered if m.cls is ET.ZONE and p_start <= m.start and m.end <= s_start]
        return zones[-1] if p_start < s_start and zones else None
    t_start, _ = doc.sentence_at(tallies[-1].start())
    zones = [m for m in ordered if m.cls is ET.ZONE and t_start <= m.start and m.end <= tallies[-1].start()]
    return max(zones, key=lambda m: (m.end, -m.start)) if zones else None


# …了解了该公司在高新区投资建设的P项目: the company just named built it (an explicit 该/这家 reference)
REFERENCE_BUILT = regex(r"(?:该|这家)(?:公司|企业|集团)(?:在[^，。；、]{1,12}?)?(?:投资)?"
                        r"(?:建设|新建|兴建|扩建|投建)的$")


# The patterns of ``_subject_investor``, compiled once (not looked up in re's cache on every call)
COMPANY_BUILT = regex(r"(?:该|本)?(?:公司|企业|集团)(?:新建|投资|建设|计划|规划|拟建)?"
                      r"[^，。；]{0,4}的?$")
LATTER_INVESTS = regex(r"由?(?:后者|前者)(?:将|拟|计划|还将|也将|则)?(?:投资|出资|建设|新建|在)")
SIGNED_WITH = regex(r"(?:与|和|同)[^，。；]{2,30}?(?:正式|成功|现场)?(?:签约|签订|签署|签下)了?")
PARTIES_WILL = regex(r"(?:双方|三方|各方|该公司|公司|企业)?(?:将|拟|计划|还将|并将|预计|共同)")
# A visitor's look at a site (在A公司，X察看了…P项目施工现场)
VISIT_VERB = regex(r"察看|查看|考察|参观|了解|观看|走进")
THEN_INVESTS = regex(r"(?:并|将|拟|计划|并将)?总?(?:投资|出资)")  # (，总投资18亿元的P项目落户…)


def _subject_investor(doc: Doc, ordered: Sequence[Mention], project: Mention, s_start: int) -> Mention | None:
    """The company a project's clause leaves unsaid: ``A与B签约P项目``, ``A与B签订协议，将在Z建设P``,
    ``A与B签署协议，双方将共建P``, ``在A，公司新建的P项目``."""
    text = doc.text
    before = [m for m in ordered if s_start <= m.start and m.end <= project.start and m.cls in PARTIES]
    parents = {id(parent) for _, parent in owned(doc, before)}  # A旗下的B与Z签约: B invests, not A
    companies = _unique([m for m in before if m.cls is ET.COMPANY and id(m) not in parents])
    clause = max(s_start, max(text.rfind(c, s_start, project.start) for c in "，,；") + 1)
    if COMPANY_BUILT.search(text[clause:project.start]) or \
            REFERENCE_BUILT.search(text, clause, project.start) or (
            # 公司新建的P项目, 由该公司投资…建设P: the company just named
            REFERENCE_SUBJECT.match(text, clause + text.startswith("由", clause), project.start) and
            not _in(ordered, clause, project.start, ET.COMPANY)):
        named = [m for m in ordered if m.cls is ET.COMPANY and clause - 200 <= m.start and m.end <= clause]
        return named[-1] if named else None
    opener = SENTENCE_OPENER.match(text, s_start, project.start)
    if REFERENCE_SUBJECT.match(text, opener.end() if opener else s_start, project.start) and \
            not _in(ordered, s_start, project.start, ET.COMPANY):  # 公司将投资…，在Z建设P: the company before
        named = [m for m in ordered if m.cls is ET.COMPANY and s_start - 200 <= m.start and m.end <= s_start]
        return named[-1] if named else None
    latter = LATTER_INVESTS.match(text[clause:project.start])
    if latter is not None:  # A与B签约，后者将投资…建设P: the party named last (前者: first)
        parties = [m for m in before if m.end <= clause]
        pick = (parties[-1] if "后者" in latter.group() else parties[0]) if parties else None
        return pick if pick is not None and pick.cls is ET.COMPANY else None
    if len(companies) > 1:  # A…设立B有限公司，建设P: A invests, B is the firm it sets up for it
        companies = [m for m in companies
                     if not SET_UP.search(text, max(0, m.start - 8), m.start)] or companies
    if len(companies) != 1:
        return None
    company = companies[0]
    end = _name_end(text, company)  # (after the bracket closing a Chinese name after a Latin one)
    if text[company.start - 1:company.start] == "在" and text[company.end:company.end + 1] in "，," and \
            (company.start - 1 == s_start or text[company.start - 2:company.start - 1] in "，,") and \
            VISIT_VERB.search(text, company.end, project.start):
        return company  # 在A公司，X察看了总投资…的P项目施工现场: the project of the company visited
    in_clause = [m for m in before if m.start >= clause and m.cls is not ET.ZONE]
    signed = SIGNED_WITH.fullmatch(text[end:project.start])
    if signed is not None or (clause > end and not in_clause and
                              PARTIES_WILL.match(text[clause:project.start])):
        return company
    if clause > end and not in_clause and SIGN.search(text, end, clause) and \
            THEN_INVESTS.match(text[clause:project.start]):
        return company  # A与B签署协议，投资10亿元建设P项目: the company that signed invests
    if clause > end and not in_clause and SIGN.search(text, end, clause) and \
            INVEST_THEN_BUILD.match(text, clause, project.start):
        return company  # A与Z签订投资协议，在经开区建设P项目: the company that signed builds it
    if clause > end and not in_clause and INVESTS_THEN.match(text, end) and \
            INVEST_THEN_BUILD.match(text, clause, project.start):
        return company  # A拟投资6亿元，在Z建设P项目: the clause goes on with the company
    if clause > end and not in_clause and EXPANDS_THEN.match(text, end) and \
            INVEST_THEN_BUILD.match(text, clause, project.start):
        return company  # A增资扩产，新建P项目: the company that expands builds it
    if clause > end and not in_clause and SETTLES_THEN.match(text, end) and (
            THEN_INVESTS.match(text, clause, project.start)
            or INVEST_THEN_BUILD.match(text, clause, project.start)):
        return company  # A今年5月落户Z，投资2亿元建设P项目: the company that settles builds it
    return None


# The clause after two sides signed that has them build a project together (A与B签订协议，共同建设P)
CO_BUILD = regex(r"(?:双方|三方|各方)?(?:将|拟|计划|还将|并将)?(?:共同|合作|联合)(?:投资)?"
                 r"(?:建设|兴建|打造|新建|投建)|(?:双方|三方|各方)(?:将|拟|还将|并将)?共建")


def _co_builders(doc: Doc, ordered: Sequence[Mention], project: Mention, s_start: int) -> list[Mention]:
    """``A与B签订合作协议，共同建设P``: the two companies that signed, when the clause naming the project
    has them build it together (each is an investor); none otherwise."""
    text = doc.text
    clause = max(s_start, max(text.rfind(c, s_start, project.start) for c in "，,；") + 1)
    if clause == s_start or not CO_BUILD.fullmatch(text, clause, project.start):
        return []
    before = [m for m in ordered if s_start <= m.start and m.end < clause and m.cls in PARTIES]
    companies = _unique([m for m in before if m.cls is ET.COMPANY])
    if len(companies) < 2:
        return []
    first, second = companies[-2:]
    if text[first.end:second.start] not in ("与", "和", "同") or not SIGN.search(text, second.end, clause):
        return []
    return [first, second]


# A company that settles in a zone, then the clause that builds there: A(今年5月)落户Z高新区，投资…建设P
SETTLES_THEN = regex(r"[^，。；]{0,12}?(?:正式|成功)?(?:落户|落地|入驻|进驻|扎根)[^，。；]{0,24}[，,]")


# A company that puts more capital in, then the clause that builds with it: A增资扩产，新建P
EXPANDS_THEN = regex(r"(?:拟|将|计划|再次|追加)?(?:增资扩产|增资扩能|增资扩建|增资|扩产|扩能|追加投资)"
                     r"[^，。；]{0,10}[，,]")


# A firm set up by the company before it, to build the project: 设立|Y有限公司, 成立全资子公司|Y
SET_UP = regex(r"(?:设立|成立|组建|注册成立|注册设立|新设)(?:了)?(?:一家)?(?:全资|控股|独资)?(?:子公司)?$")


def _name_end(text: str, company: Mention) -> int:
    """Where a company's name ends in the clause: after the bracket closing it when it is the Chinese name
    written in brackets after its Latin name (X Materials（Y有限公司）在…), else its end."""
    if company.start > 0 and text[company.start - 1] in "（(" and text[company.end:company.end + 1] in "）)":
        return company.end + 1
    return company.end


# A quote of a company's head opened by 说/表示 and a colon, 我们 its subject: X董事长Y说：“我们将…建设P”
SPEAKER_VERB = regex(r"(?:说|表示|介绍|透露|坦言|称)[:：]$")
WE = regex(r"我们|我公司|我们公司|我们企业")


def _speaker_investor(doc: Doc, ordered: Sequence[Mention], project: Mention) -> Mention | None:
    """The company whose head says 我们 builds a project in a quote: X董事长Y说：“…我们今年将新上P项目”."""
    text = doc.text
    opened = text.rfind("“", 0, project.start)
    if opened < 0 or text.find("”", opened, project.start) >= 0 or \
            not SPEAKER_VERB.search(text, max(0, opened - 3), opened):
        return None
    last = max(text.rfind(c, opened, project.start) for c in "。！？；")  # the project's sentence
    if not WE.search(text, max(opened, last + 1), project.start):
        return None
    s_start, _ = doc.sentence_at(opened - 1)
    before = [m for m in ordered if s_start <= m.start and m.end <= opened]
    people = [m for m in before if m.cls is ET.PERSON]
    if not people or any(m.cls is ET.PERSON for m in before if m.start > people[-1].end):
        return None
    # the speaker's company: written right before his title (X董事长Y)
    company = next((m for m in reversed(before) if m.cls is ET.COMPANY and m.end <= people[-1].start), None)
    titled = company is not None and any(m.cls is ET.TITLE and m.start == company.end and
                                         m.end == people[-1].start for m in before)
    return company if titled else None


def _project_zones(doc: Doc, ordered: Sequence[Mention], project: Mention, zone: Mention | None,
                   s_start: int) -> list[Mention]:
    """The project's zone, the zone it sits in (X高新区 + its Y产业园), and a zone that is one of
    the ``双方`` who agreed to build it."""
    if zone is None:
        return []
    out = [zone]
    outer = next((m for m in ordered if m.cls is ET.ZONE and m.end == zone.start), None)
    if outer is None and not major(doc, zone):  # 位于X高新区的Y园, X高新区内的Y园: the park and its zone
        outer = next((m for m in ordered if m.cls is ET.ZONE and m.end < zone.start and major(doc, m)
                      and _sited_gap(doc, m, zone)), None)
    if outer is None and not major(doc, zone) and \
            BARE_ZONE_BEFORE.search(doc.text, max(0, zone.start - 12), zone.start):
        outer = dominant_zone(doc, ordered)  # 在高新区云计算产业园建设P: the park and the article's zone
    if outer is None and not major(doc, zone):  # Y产业园 alone, named X高新区Y产业园 before: X高新区
        outer = _named_with_zone(ordered, zone)
    if outer is not None and _key(outer) != _key(zone):
        out.append(outer)
    both = max(doc.text.rfind("双方", s_start, project.start), doc.text.rfind("三方", s_start, project.start))
    if both >= 0:
        clause = max(doc.text.rfind(c, s_start, both) for c in "，,；")
        out += [m for m in ordered if m.cls is ET.ZONE and s_start <= m.start and m.end <= clause]
    return _unique(out)


def _named_with_zone(ordered: Sequence[Mention], park: Mention) -> Mention | None:
    """The zone a park written alone was named with earlier (its canonical name X高新区Y产业园): the last
    mention of X高新区 before the park, else None."""
    canonical, name = park.canonical or "", compact(park.text)
    if canonical == name or not canonical.endswith(name):
        return None
    lead = canonical[:-len(name)]
    return next((m for m in reversed(ordered) if m.cls is ET.ZONE and m.end <= park.start and
                 compact(m.text) == lead), None)


def _sited_gap(doc: Doc, zone: Mention, park: Mention) -> bool:
    """Whether ``park`` is written as sited in ``zone`` (X高新区内的Y园, 位于X高新区的Y园)."""
    gap = doc.text[zone.end:park.start]
    return gap in PARK_GAPS or (gap == "的" and SITED_IN.search(doc.text, max(0, zone.start - 4), zone.start)
                                is not None)


# Between an investment and the project it builds: 投资25亿元|建设|P项目, 投资3亿元|在Z新建的|P
INVESTED_IN = regex(r"\s*(?:用于|来)?(?:在[^，。；、]{1,12}?)?(?:建设|新建|打造|兴建|实施|投建)?的?")


def _amount_marks(doc: Doc, ordered: Sequence[Mention]) -> tuple[dict[int, int], list[int]]:
    """What ``_amount_after`` reads of the mentions (in order of start), once per article: the start of
    the first company ending at each position, and the starts of the projects in order."""
    return _per_mentions(doc, "facts:amount_marks", ordered, _marks_of_amounts)


def _marks_of_amounts(_: Doc, items: Sequence[Mention]) -> tuple[dict[int, int], list[int]]:
    company_starts: dict[int, int] = {}
    for m in items:
        if m.cls is ET.COMPANY:
            company_starts.setdefault(m.end, m.start)
    return company_starts, [m.start for m in items if m.cls is ET.PROJECT]


# An amount in brackets right after a project: P项目（4,500万元）, P项目（总投资2亿元）
BRACKETED_AMOUNT = regex(rf"[（(]\s*(?:总投资|计划投资|投资)?(?P<amount>(?:{amounts.NUMBER})\s*"
                         r"(?:万亿|亿|万|千|百)?\s*元(?:人民币)?)\s*[）)]")


def _amount_after(doc: Doc, ordered: Sequence[Mention], project: Mention, limit: int) -> str | None:
    """The project's own total investment: an amount after it in its sentence, not a sum over projects.

    Also ``投资25亿元建设X项目``: an investment written right before the project (or before the company
    short form opening its name: 建设|云帆光电|光通信器件产业园项目).
    """
    company_starts, project_starts = _amount_marks(doc, ordered)
    head = company_starts.get(project.start, project.start)
    clause = max(doc.text.rfind(c, 0, head) for c in "，。；：") + 1
    for match in amounts.AMOUNT.finditer(doc.text, clause, head):
        if INVEST.search(doc.text[max(clause, match.start() - 8):match.start()]) and \
                INVESTED_IN.fullmatch(doc.text[match.end():head]):
            return amounts.yuan_of(match)
    if clause > 1 and doc.text[clause - 1] == "，" and \
            INVEST_THEN_BUILD.match(doc.text, clause, project.start):
        before = max(doc.text.rfind(c, 0, clause - 1) for c in "，。；：") + 1  # 拟投资6亿元，|在Z建设P
        last = list(amounts.AMOUNT.finditer(doc.text, before, clause - 1))
        if last and last[-1].end() == clause - 1 and \
                INVEST.search(doc.text, max(before, last[-1].start() - 8), last[-1].start()) and \
                not AGGREGATE.search(doc.text, before, last[-1].start()):
            return amounts.yuan_of(last[-1])
    bracketed = BRACKETED_AMOUNT.match(doc.text, project.end, limit)
    if bracketed is not None:  # P项目（4,500万元）: the project's own investment, written after it
        return amounts.yuan_of(amounts.AMOUNT.fullmatch(doc.text, *bracketed.span("amount")))
    for match in amounts.AMOUNT.finditer(doc.text, project.end, limit):
        gap = doc.text[project.end:match.start()]
        later = bisect_left(project_starts, project.end)  # the first project starting at its end or after
        if later < len(project_starts) and project_starts[later] < match.start():
            return None  # another project starts before the amount
        if AGGREGATE.search(gap) or not INVEST.search(gap[-12:]):
            return None
        return amounts.yuan_of(match)
    return None


# -------------------------------------------------------------------------------------- agreements

@relation_extractor("agreements")
def agreements(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """Who signed with whom: the parties before an agreement phrase, or the signatories and their orgs."""
    if not any(m.cls is ET.AGREEMENT for m in mentions):  # nothing signed (and no agreement to sign for)
        return
    held = posts(doc, mentions)
    org_of = _orgs_of_people(held, mentions)
    history: list[tuple[int, Relation]] = []  # every agreement so far, by position
    index = by_start(doc, mentions)
    ordered = index.ordered
    parents = {id(parent) for _, parent in owned(doc, mentions)}  # A旗下的B: B signs, not A
    title_starts = {t.start for t in ordered if t.cls is ET.TITLE}
    done_sentences: set[int] = set()
    for agreement in (m for m in ordered if m.cls is ET.AGREEMENT):
        s_start, _ = doc.sentence_at(agreement.start)
        clause_start = max(s_start, doc.text.rfind("：", s_start, agreement.start) + 1)
        attended = list(ATTENDED_CLAUSE.finditer(doc.text, clause_start, agreement.start))
        if attended:  # 峰会上，A、B出席，X与Y签订…: who attended is no side and signs nothing
            clause_start = attended[-1].end()
        people = [m for m in index.starting(clause_start, agreement.start - 1) if m.cls is ET.PERSON
                  and id(m) in org_of]
        done_sentences.add(s_start)
        if len(people) >= 2:
            orgs = _named_sides(people, held, history, org_of)  # 副区长、X管委会常务副主任A与…: X signs
            parties = list({_key(orgs[id(p)]): orgs[id(p)] for p in people}.values())
            args = [("party", p) for p in parties] + [("signatory", p) for p in people]
            history.append((agreement.start, _agreement(doc, agreement, args, history)))
            yield history[-1][1]
            continue
        found = [m for m in index.within(clause_start, agreement.start)
                 if m.cls in PARTIES and m.end not in title_starts and id(m) not in parents]
        found = _signing_parties(doc, ordered, found, clause_start, agreement.start)
        found += _bare_zone_party(doc, mentions, found, clause_start, agreement.start)
        found += _we_party(doc, held, found, clause_start, agreement.start)
        separately = SEPARATELY.search(doc.text[clause_start:agreement.start])
        each = EACH_WITH.search(doc.text, clause_start, agreement.start)
        if separately is None and each is not None:  # A与B、C分别签约; A、B等N家企业与Z签约: one per B, C
            cut = each.start("with")
            subjects = [m for m in found if m.start >= cut] if each["many"] else \
                [m for m in found if m.end <= cut]
            objects = [m for m in found if m.end <= cut] if each["many"] else \
                [m for m in found if m.start >= cut]
            if subjects and len(_unique(objects)) >= 2:
                for obj in _unique(objects):
                    args = [("party", m) for m in _unique([*subjects, obj])]
                    history.append((agreement.start, _agreement(doc, agreement, args, history)))
                    yield history[-1][1]
                continue
        if separately is not None:
            cut = clause_start + separately.start()
            subjects = [m for m in found if m.end <= cut]
            objects = [m for m in found if m.start >= cut]
            if len(_unique(subjects)) >= 2 and len(_unique(objects)) == 1:
                subjects, objects = objects, _unique(subjects)  # A、B分别与Z签订: one agreement per A, B
            for obj in objects:
                args = [("party", m) for m in _unique([*subjects, obj])]
                history.append((agreement.start, _agreement(doc, agreement, args, history)))
                yield history[-1][1]
        elif len(_unique(found)) >= 2:
            args = [("party", m) for m in _unique(found)]
            history.append((agreement.start, _agreement(doc, agreement, args, history, named_sides=True)))
            yield history[-1][1]
    held_at: dict[int, set[str]] = {}  # the organisations of each person mention's posts
    for post in held if history else ():
        if post.org is not None:
            held_at.setdefault(id(post.person), set()).add(_key(post.org))
    # 代表双方签约, 在协议上签字: signatories of the agreement before (none without an agreement before)
    # (history is in order of position: an agreement before the sentence exactly when the first one is)
    # (or in a later clause of the agreement's own sentence: A与B签订协议，…，A董事长X、B主任Y代表双方签约)
    for s_start, s_end in doc.sentences if history else ():
        begin = s_start
        if s_start in done_sentences:
            last_at = max((at for at, _ in history if s_start <= at < s_end), default=None)
            begin = doc.text.find("，", last_at, s_end) + 1 if last_at is not None else 0
            if begin == 0:
                continue
        if history[0][0] >= begin or not any(
                _signs(doc, match) for match in SIGN.finditer(doc.text, begin, s_end)):
            continue
        before = [r for at, r in history if at < begin]
        for last in reversed(before):  # the latest agreement whose parties the signers sign for
            parties = [m for role, m in last.args if role == "party"]
            keys = {_key(m) for m in parties}
            people = [m for m in _in(index.within(begin, s_end), begin, s_end, ET.PERSON)
                      if id(m) in org_of and (_key(org_of[id(m)]) in keys or not keys.isdisjoint(
                          held_at.get(id(m), ())))]  # (市委常委，X高新区党工委书记Y: any post of his)
            if len(people) >= 2:
                break
        if len(people) >= 2:
            named = [("agreement", m) for role, m in last.args if role == "agreement"]
            args = [*named, *(("party", p) for p in parties), *(("signatory", p) for p in people)]
            yield _relation(doc, RK.AGREEMENT, args, begin)
    if history and ("我和" in doc.text or "我与" in doc.text or "我同" in doc.text):
        yield from _speaker_signs(doc, index, history, org_of)


# 我和B董事长Y分别代表双方签字 in a speaker's turn (X：…): the speaker signs with Y
SPEAKER_AND = regex(r"我(?:和|与|同)")


def _speaker_signs(doc: Doc, index: ByStart, history: Sequence[tuple[int, Relation]],
                   org_of: Mapping[int, Mention]) -> Iterator[Relation]:
    """``X：…我和B董事长Y分别代表双方签字``: in a turn of an interview (a line opened by a person's name and a
    colon), the speaker and Y sign the latest agreement before whose parties Y's post is at."""
    text = doc.text
    for match in SPEAKER_AND.finditer(text):
        s_start, s_end = doc.sentence_at(match.start())
        signed = any(_signs(doc, m) for m in SIGN.finditer(text, match.end(), s_end))
        if history[0][0] >= s_start or not signed:
            continue
        line = text.rfind("\n", 0, match.start()) + 1
        speaker = next((m for m in index.starting(line, line) if m.cls is ET.PERSON
                        and text.startswith(("：", ":"), m.end)), None)
        if speaker is None:
            continue
        others = [m for m in _in(index.within(match.end(), s_end), match.end(), s_end, ET.PERSON)
                  if id(m) in org_of]
        for _, last in reversed([item for item in history if item[0] < s_start]):
            parties = [m for role, m in last.args if role == "party"]
            keys = {_key(m) for m in parties}
            signers = [m for m in others if _key(org_of[id(m)]) in keys]
            if len(signers) == 1:
                named = [("agreement", m) for role, m in last.args if role == "agreement"]
                args = [*named, *(("party", p) for p in parties),
                        ("signatory", speaker), ("signatory", signers[0])]
                yield _relation(doc, RK.AGREEMENT, args, s_start)
                break


# What a clause's parties are not: a place the first is in (位于X的Y与Z签署), what the agreement is about
# (A与B签订共建X合作协议: after the verb); and a party referred to (A与该集团签订…: the company before)
SITED_PARTY = regex(r"位于$")
SIGN_VERB = regex(r"(?:签订|签署|签下)了?")
THAT_COMPANY = regex(r"(?:与|和|同)(?P<ref>该(?P<kind>集团|公司|企业))")
# ``该集团与B签订…``: the company before as the clause's subject (a date or time may open the clause)
THAT_COMPANY_WITH = regex(r"[^。；\n]{0,14}?(?P<ref>该(?P<kind>集团|公司|企业))(?:与|和|同)")


def _signing_parties(doc: Doc, ordered: Sequence[Mention], found: list[Mention], start: int,
                     end: int) -> list[Mention]:
    """The parties of an agreement among the mentions of its clause (``found``)."""
    text = doc.text
    verbs = list(SIGN_VERB.finditer(text, start, end))
    out = [m for m in found if not (SITED_PARTY.search(text, max(start, m.start - 2), m.start)
                                    and text.startswith("的", m.end))
           and not (verbs and m.start >= verbs[-1].end())]
    ref = THAT_COMPANY.search(text, start, end) if "该" in text[start:end] else None
    subject = THAT_COMPANY_WITH.match(text, start) if ref is None and "该" in text[start:end] else None
    if ref is not None and any(m.cls is ET.COMPANY for m in out):
        ref = None
    for found_ref in (r for r in (ref, subject) if r is not None):
        earlier = [m for m in ordered if m.cls is ET.COMPANY and start - 400 <= m.start and m.end <= start]
        if found_ref["kind"] == "集团":
            earlier = [m for m in earlier if "集团" in _key(m)] or earlier
        if earlier and _key(earlier[-1]) not in {_key(m) for m in out}:
            out.append(replace(earlier[-1], start=found_ref.start("ref"), end=found_ref.end("ref"),
                               text=found_ref["ref"], canonical=_key(earlier[-1])))
    return out


# ``A与高新区签订投资协议``: the bare kind of the article's zone as the other side
BARE_ZONE_SIDE = regex(r"(?:与|和|同)(?P<zone>高新区|经开区|开发区|综保区|新区|园区)(?:管委会)?"
                       r"(?:正式|成功|现场)?(?:签约|签订|签署)")


# ``…出席，片区与A签订…``: the bare kind as the clause's subject
BARE_ZONE_SUBJECT = regex(r"(?P<zone>片区)(?:管委会)?(?:与|和|同)")


def _bare_zone_party(doc: Doc, mentions: Sequence[Mention], found: Sequence[Mention], start: int,
                     end: int) -> list[Mention]:
    """The article's zone, written by its bare kind as the one other side of a company's agreement
    (``A与高新区签订投资协议``, ``A与园区管委会签订…``), when the clause names no zone; else nothing."""
    if any(m.cls is ET.ZONE for m in found) or len(_unique(list(found))) != 1:
        return []
    side = BARE_ZONE_SIDE.search(doc.text, start, end) or BARE_ZONE_SUBJECT.match(doc.text, start, end)
    if side is None or any(m.start <= side.start("zone") < m.end for m in found):
        return []
    zone = dominant_zone(doc, mentions)
    kinds = BARE_KINDS.get(side["zone"], (side["zone"],))
    if side["zone"] == "片区":  # 片区与A签订…: the 片区 last named (an article's zone is seldom one)
        earlier = sorted((m for m in mentions if m.cls is ET.ZONE and m.end <= side.start()),
                         key=lambda m: m.start)
        zone = _last_of_kind(doc, earlier, "片区")
    elif zone is None:  # no zone the article is about: the one zone it names of the kind written
        zone = _only_of_kind(doc, mentions, kinds)
    if zone is None:
        return []
    if side["zone"] != "园区" and not any(name.endswith(kinds) for name in (compact(zone.text),
                                                                          zone.canonical or "")):
        return []  # 与高新区 in an article about an 经开区: not its zone (园区 is any zone's common word)
    return [replace(zone, start=side.start("zone"), end=side.end("zone"), text=side["zone"])]


# 我们与A签订…协议 in a zone head's words: an interview answer (周敏：…) or a quote (周敏说：“…)
WE_SIDE = regex(r"我们(?=与|和|同)")
ANSWER_LINE = regex(r"([\u4e00-\u9fff·]{2,8})[:：]")
QUOTED_BY = regex(r"([\u4e00-\u9fff·]{2,8}?)(?:说|表示|介绍)[:：]“[^”]*$")


def _we_party(doc: Doc, held: Sequence[Post], found: Sequence[Mention], start: int,
              end: int) -> list[Mention]:
    """The zone whose head speaks, as the 我们 side of a company's agreement (周敏：…我们与A签订投资协议),
    when the clause names no zone; else nothing."""
    if any(m.cls is ET.ZONE for m in found) or len(_unique(list(found))) != 1 or "我们" not in doc.text:
        return []
    side = WE_SIDE.search(doc.text, start, end)
    if side is None:
        return []
    line = doc.text.rfind("\n", 0, side.start()) + 1
    speaker = ANSWER_LINE.match(doc.text, line, side.start()) or \
        QUOTED_BY.search(doc.text, max(line, side.start() - 200), side.start())
    if speaker is None:
        return []
    zones = _unique([p.org for p in held if p.org is not None and p.org.cls is ET.ZONE and
                     (p.person.canonical or compact(p.person.text)) == speaker[1]])
    if len({_key(z) for z in zones}) != 1:
        return []
    return [replace(zones[0], start=side.start(), end=side.end(), text=side.group())]


SIGNING_SIDES = (ET.ZONE, ET.COMPANY, ET.ORGANIZATION, ET.GOVERNMENT_BODY)
SEPARATELY = regex(r"分别(?:与|和|同)")
# ``A与B、C分别签约`` (each of B, C with A), ``B、C等12家企业与A签约`` (each company with A)
EACH_WITH = regex(r"(?P<many>等\s*[\d０-９一二三四五六七八九十两几多]+\s*[家个]"
                  r"(?:企业|公司|单位|机构|项目方)?)?"
                  r"(?P<with>与|和|同)[^，。；]{2,80}?(?(many)|分别)(?:正式|集中|现场|成功)?"
                  r"(?:签约|签订|签署|签下)?[^，。；]{0,20}$")


def _named_sides(people: Sequence[Mention], held: Sequence[Post], history: Sequence[tuple[int, Relation]],
                 org_of: dict[int, Mention]) -> dict[int, Mention]:
    """The organisation each signer signs for: of his posts in the title chain, the one that is a party of
    an agreement named before (``副区长、X管委会常务副主任A与B董事长C代表双方签约`` after ``…与X签约``),
    else that of his first post."""
    orgs = {id(p): org_of[id(p)] for p in people}
    options: dict[str, list[Mention]] = {}  # by name: a name written again holds the posts written before
    for post in held:
        if post.org is not None:
            options.setdefault(_key(post.person), []).append(post.org)
    keyed = {id(p): [(_key(o), o) for o in options.get(_key(p), [])] for p in people}  # each key made once
    for _, earlier in reversed(history):
        keys = {_key(m) for role, m in earlier.args if role == "party"}
        chosen = {pid: next((o for key, o in pairs if key in keys), None) for pid, pairs in keyed.items()}
        if all(chosen.values()) and len({_key(o) for o in chosen.values() if o is not None}) >= 2:
            return {pid: o for pid, o in chosen.items() if o is not None}
    return orgs


def _orgs_of_people(held: Sequence[Post], mentions: Sequence[Mention]) -> dict[int, Mention]:
    """The organisation each person mention signs for: that of its own post, else (a name written again,
    ``许X与B公司总经理Y签署协议``) that of the posts the name held earlier — a zone before a company before
    a body, the later on a tie."""
    org_of = {id(p.person): p.org for p in held if p.org is not None}
    earlier: dict[str, list[Post]] = {}
    for post in sorted((p for p in held if p.org is not None), key=lambda p: p.title.start):
        earlier.setdefault(_key(post.person), []).append(post)
    for person in (m for m in mentions if m.cls is ET.PERSON and id(m) not in org_of):
        before = [p for p in earlier.get(_key(person), [])
                  if p.title.start < person.start and p.org is not None and p.org.cls in SIGNING_SIDES]
        if before:
            best = min(before, key=lambda p: (SIGNING_SIDES.index(p.org.cls), -p.title.start))
            org_of[id(person)] = best.org
    return org_of


CEREMONY = regex(r"仪式|活动|大会|现场|会|典礼")
# A clause of attendance ended by a comma before an agreement's clause (…副市长B出席，X与Y签订…)
ATTENDED_CLAUSE = regex(r"(?:出席|参加|见证|观摩)(?:了|活动|会议|仪式)?[，,]")
ATTENDED = regex(r"出席|参加|见证|观摩|举行")


def _signs(doc: Doc, match: re.Match[str]) -> bool:
    """A signing verb people do (代表双方签约, 在协议上签字), not a ceremony they attend (出席签约仪式)."""
    after = doc.text[match.end():match.end() + 2]
    before = doc.text[max(0, match.start() - 4):match.start()]
    return not CEREMONY.match(after) and not ATTENDED.search(before)


def _unique(items: Sequence[Mention]) -> list[Mention]:
    return list({_key(m): m for m in items}.values())


# An agreement written by a bare word, standing for one named before (the resolver's references)
BARE_AGREEMENTS = frozenset(("协议", "该协议", "此协议", "合同", "该合同"))


# A bare 协议 whose clause names its own sides, none of an earlier agreement's (A与B签署框架协议。同日，C与B
# 签订协议): a second agreement, not the one named before (the resolver links a bare 协议 by position)
OWN_AGREEMENT = ("agreement", "own")


def _agreement(doc: Doc, agreement: Mention, args: list[tuple[str, Mention]],
               history: Sequence[tuple[int, Relation]] = (), *, named_sides: bool = False) -> Relation:
    """An agreement named after its parties; a bare 签约 by an earlier agreement's parties is that one.

    ``named_sides``: the parties are the mentions of the agreement's own clause (A与B签订协议), so a bare
    协议 whose sides no earlier agreement holds is a new one (marked ``OWN_AGREEMENT``)."""
    parties = "、".join(_key(m) for role, m in args if role == "party")
    named = Mention(agreement.text, agreement.cls, agreement.start, agreement.end, agreement.article,
                    f"{parties}{agreement.text}", agreement.attrs)  # replace(), without its field walk
    if SIGN.fullmatch(agreement.text):
        keys = {_key(m) for role, m in args if role == "party"}
        for _, earlier in reversed(history):
            if {_key(m) for role, m in earlier.args if role == "party"} == keys:
                named = next((m for role, m in earlier.args if role == "agreement"), named)
                break
    elif agreement.text in BARE_AGREEMENTS:
        # A、B分别与Z签订投资协议…，B董事长X与Z主任Y签署协议: the one of those with B and Z, not the last
        keys = {_key(m) for role, m in args if role == "party"}
        for _, earlier in reversed(history):
            if keys <= {_key(m) for role, m in earlier.args if role == "party"}:
                named = next((m for role, m in earlier.args if role == "agreement"), named)
                break
        else:
            if named_sides and history:
                named = replace(named, attrs=(*named.attrs, OWN_AGREEMENT))
    return _relation(doc, RK.AGREEMENT, [("agreement", named), *args], agreement.start)


# ------------------------------------------------------------------------------------------ policies

@relation_extractor("issuers")
def issuers(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """Bodies that issued a policy: ``A、B、C联合制定的《…》``, ``X确定了…试点``, ``X“…专项资金”``."""
    ordered = by_start(doc, mentions).ordered  # the article's one sort (read, never changed)
    groups: dict[Mention, list[Mention]] = {}
    for policy in (m for m in ordered if m.cls is ET.POLICY):
        if ("from", "title") in policy.attrs:  # 广东省科学技术厅关于公布…的通知 (the title): its issuer
            for body in _title_issuer(policy, ordered):
                for issued in (policy, *_listed_before(ordered, policy), *_named_in_title(ordered, policy)):
                    yield _relation(doc, RK.ISSUED_BY, (("policy", issued), ("body", body)), policy.start)
            continue
        s_start, _ = doc.sentence_at(policy.start)
        before = [m for m in ordered if s_start <= m.start and m.end <= policy.start and m.cls in
                  (ET.GOVERNMENT_BODY, ET.COMPANY, ET.POLICY)]
        if before and before[-1] in groups and len(doc.text[before[-1].end:policy.start]) <= 80 and \
                (SAME_ISSUER.match(doc.text, before[-1].end) or
                 SELECTED_FOR.search(doc.text, before[-1].end, policy.start)):
            # A、B联合印发《…》，同时公布…试点名单; X印发《…》，确定…为…试点: the same bodies
            groups[policy] = groups[before[-1]]
            for body in groups[policy]:
                for issued in _with_programmes(doc, [policy]):
                    yield _relation(doc, RK.ISSUED_BY, (("policy", issued), ("body", body)), policy.start)
            continue
        put_on = PUT_ON.search(doc.text, s_start, policy.start)
        if put_on is not None:  # X将A列为P: X issues P, A takes part
            before = [m for m in before if m.end <= put_on.start()]
        if not before or before[-1].cls is not ET.GOVERNMENT_BODY:
            named_after = _body_said_after(doc, ordered, policy)  # 获批X，这是国家知识产权局对…的肯定
            if named_after is not None:
                groups[policy] = [named_after]
                yield _relation(doc, RK.ISSUED_BY, (("policy", policy), ("body", named_after)), policy.start)
                continue
            zone = _zone_issuer(doc, ordered, s_start, policy)
            if zone is not None:  # 西安高新区…发布《…》, X高新区管委会印发…
                groups[policy] = [zone]
                for issued in _with_programmes(doc, [policy]):
                    yield _relation(doc, RK.ISSUED_BY, (("policy", issued), ("body", zone)), policy.start)
            continue
        last = before[-1]
        gap = doc.text[last.end:policy.start]
        awarder = _awarding_body(doc, before, policy) if len(gap) > 40 else None
        if awarder is not None:  # X公布…考核结果，A位列…，并被授予“P”称号: the body opening the sentence
            groups[policy] = [awarder]
            yield _relation(doc, RK.ISSUED_BY, (("policy", policy), ("body", awarder)), policy.start)
            continue
        if len(gap) > 40 or not (ISSUE.search(gap) or compact(gap) in ("“", "《", "的“", "的《")
                                 or put_on is not None and put_on.start() == last.end
                                 or put_on is not None
                                 and WHEN.fullmatch(doc.text, last.end, put_on.start()) is not None):
            continue
        group = [last]
        for m in reversed(before[:-1]):
            joined = doc.text[m.end:group[0].start] in ("、", "和", "及", "与", "，")
            if m.cls is ET.GOVERNMENT_BODY and joined:
                group.insert(0, m)
            else:
                break
        groups[policy] = _unique(group)
        for body in groups[policy]:
            for issued in _with_programmes(doc, [policy]):
                yield _relation(doc, RK.ISSUED_BY, (("policy", issued), ("body", body)), policy.start)
    yield from _issued_by_after(doc, ordered)


# A title awarded in quotes (被授予“P”称号, 荣获“P”荣誉称号), for a body opening its sentence with a verb
# of issue
AWARDED_QUOTE = regex(rf"{names.AWARD_VERB}“$")
TITLE_AFTER = regex(r"”(?:荣誉)?称号")


def _awarding_body(doc: Doc, before: Sequence[Mention], policy: Mention) -> Mention | None:
    """The body that awards a title named far from it (X公布…考核结果，A位列第三名，并被授予“P”称号): the
    government body opening the sentence with a verb of issue (公布, 授予, 命名), which the title is the
    outcome of; a nearer body is found by the plain rule."""
    if not AWARDED_QUOTE.search(doc.text, max(0, policy.start - 6), policy.start) or \
            TITLE_AFTER.match(doc.text, policy.end) is None:
        return None
    first = before[0]
    s_start, _ = doc.sentence_at(policy.start)
    opener = WHEN.fullmatch(doc.text, s_start, first.start) is not None
    verb = WHEN.match(doc.text, first.end)
    if first.cls is ET.GOVERNMENT_BODY and opener and verb is not None and ISSUE.match(doc.text, verb.end()):
        return first
    return None


# ``《…办法》，由A、B联合印发``: the bodies named after the document, in the clause that follows it
ISSUED_AFTER = regex(r"[》”]?\s*[，,]?\s*(?:该(?:办法|文件|政策|方案)?)?(?:是|系)?由"
                     r"(?P<bodies>[^，。；]{2,80}?)"
                     r"(?:联合|共同|会同)?(?:印发|制定|发布|出台|下发|颁布|起草|修订)")


def _issued_by_after(doc: Doc, ordered: Sequence[Mention]) -> Iterator[Relation]:
    """The bodies a clause after a document says issued it (《X办法》，由A、B联合印发): each an issuer."""
    if "由" not in doc.text:
        return
    for policy in (m for m in ordered if m.cls is ET.POLICY):
        after = ISSUED_AFTER.match(doc.text, policy.end)
        if after is None:
            continue
        for body in (m for m in ordered if m.cls is ET.GOVERNMENT_BODY and after.start("bodies") <= m.start
                     and m.end <= after.end("bodies")):
            for issued in _with_programmes(doc, [policy]):
                yield _relation(doc, RK.ISSUED_BY, (("policy", issued), ("body", body)), policy.start)


# ``获批P，这是B对…的肯定``: the body named right after 这是 in the clause after a programme granted
GRANTED_BY = regex(r"[，,]\s*(?:这|此|这也)(?:是|为)")


def _body_said_after(doc: Doc, ordered: Sequence[Mention], policy: Mention) -> Mention | None:
    """The body that opens the clause after a programme a zone was granted (获批P，这是B对…的肯定)."""
    said = GRANTED_BY.match(doc.text, policy.end)
    if said is None or not SELECTED.search(doc.text, max(0, policy.start - 4), policy.start):
        return None
    return next((m for m in ordered if m.start == said.end() and m.cls is ET.GOVERNMENT_BODY), None)


def _title_issuer(notice: Mention, ordered: Sequence[Mention]) -> list[Mention]:
    """The body a title names before its notice (广东省科学技术厅关于…), as written in the body (its
    signature)."""
    issuer = dict(notice.attrs).get("issuer")
    found = [m for m in ordered if m.cls is ET.GOVERNMENT_BODY and issuer in (compact(m.text), m.canonical)]
    return found[-1:]


def _named_in_title(ordered: Sequence[Mention], notice: Mention) -> list[Mention]:
    """The programmes of the body a title notice names (关于第三批X示范基地拟认定名单的公示: 第三批X示范基地),
    documents in 《》 left out."""
    title = notice.canonical or ""
    return [m for m in ordered if m.cls is ET.POLICY and m is not notice and len(_key(m)) >= 6
            and _key(m) in title and not m.text.startswith("《")]


def _listed_before(ordered: Sequence[Mention], anchor: Mention) -> list[Mention]:
    """The programme written right before a list's 名单 (现将X试点|名单予以公布)."""
    return [m for m in ordered if m.cls is ET.POLICY and m.end == anchor.start and m is not anchor]


# The items of a list printed below its announcement: 一、X, 1. X, （一）X, (1) X
LIST_ITEM = regex(r"\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d)"
                  r"|[（(][一二三四五六七八九十\d]+[）)])")


def _items_below(doc: Doc, index: int) -> list[tuple[int, int]]:
    """The sentences after ``index`` that are numbered items, up to the first that is not."""
    out: list[tuple[int, int]] = []
    for start, end in doc.sentences[index + 1:]:
        if not LIST_ITEM.match(doc.text, start, end):
            break
        out.append((start, end))
    return out


# A zone (or its 管委会) issuing its own document: the verb right before the document, the zone the
# clause's subject
ZONE_ISSUES = regex(r"(?:正式|联合|同步|近日|日前|还|并|又|也|今年|当天|会上)?"
                    r"(?:发布|印发|出台|制定|颁布|推出)了?[《“]?$")
ZONE_SUBJECT_BEFORE = regex(r"(?:^|[，。；：\n]|会上|近日|日前|同时|此外|另外|今年|当天|\d日|[）)])\s*$")


def _zone_issuer(doc: Doc, ordered: Sequence[Mention], s_start: int, policy: Mention) -> Mention | None:
    """The zone that is the subject of the clause issuing a policy: ``西安高新区举办…大会，发布《…》``."""
    if not ZONE_ISSUES.search(doc.text, s_start, policy.start):
        return None
    before = [m for m in ordered if s_start <= m.start and m.end <= policy.start and m.cls in ORGS]
    if not before or before[-1].cls is not ET.ZONE or policy.start - before[-1].end > 40:
        return None
    zone = before[-1]
    if not ZONE_SUBJECT_BEFORE.search(doc.text, s_start, zone.start):
        return None  # 在X高新区发布…, 与X高新区…: not the subject
    gap = re.sub(r"^(?:管委会|党工委|管理委员会|管理局)", "", doc.text[zone.end:policy.start])
    # 举办…大会，发布《: the zone's next clause; not …办公室党支部制定《
    last_clause = re.split(r"[，,]", gap)[-1]
    return zone if not re.search(r"[。；]", gap) and ZONE_ISSUES.fullmatch(last_clause) else None


# X印发《…》，A、B等8家园区入选P: the programme zones are selected for in the sentence of a document is the
# document's issuers' too
SELECTED_FOR = regex(r"(?:入选|入围|被列入|列入|纳入|获批|被列为|被认定为|被确定为)了?(?:为)?“?$")
# ``X将A、B列为…示范基地``: the zones put on a designation by the body before 将
# Words of time and manner between a body and its 将 (X去年将A列入…, X日前正式将A列为…)
WHEN = regex(r"\s*(?:(?:去年|今年|前年|年初|年底|日前|近日|近期|此前|先后|已经|已|正式|还|也|又|再次"
             r"|曾|于)\s*"
             r"|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年)*[，,]?")
PUT_ON = regex(r"[将把](?P<zones>[^，。；]{2,60}?)(?:列为|列入|认定为|确定为|评为|批准为|命名为)了?“?$")


# The programme a list notice announces: 关于公布第二批X培育名单的通知 → 第二批X (the notice's programme)
NOTICE_OF_LIST = regex(r"(?:关于)?(?:公布|印发|确定|认定|命名|公示|下达|同意|批准|发布)?(?:了)?"
                       r"(?P<name>[^《》]{4,60}?)(?:培育|创建|建设|认定|拟认定|推荐|入选|评选)?"
                       r"(?P<kind>单位|园区|企业)?名单(?:的(?:通知|公告|决定|批复))?")
# A designation that is a kind of park or company itself (省级高新技术产业园区, 专精特新中小企业) keeps
# its 园区/企业
KIND_KEPT = regex(r"(?:产业|科技|工业|农业|技术|中小|民营|骨干|龙头|特色|试点)$")


def programme_of(doc: Doc, notice: Mention) -> Mention | None:
    """The programme named inside a notice that announces a list (《关于公布2019年度X试点名单的通知》: X试点):
    a Policy of its own, which the zones on the list take part in and the notice's issuers issue."""
    match = NOTICE_OF_LIST.fullmatch(doc.text, notice.start, notice.end)
    if match is None or not notice.text.startswith("关于") and not notice.text.endswith("名单"):
        return None
    start, end = match.span("name")
    if match["kind"] is not None and match.end("name") == match.start("kind") and \
            (KIND_KEPT.search(doc.text, start, end) or
             _named_with_kind(doc, notice, start, match.end("kind"))):
        end = match.end("kind")
    year = re.match(r"\d{4}\s*年度?", doc.text[start:end])
    start += year.end() if year is not None else 0
    name = compact(doc.text[start:end])
    if len(name) < 4 or name == compact(notice.text):
        return None
    return Mention(text=doc.text[start:end], cls=ET.POLICY, start=start, end=end, article=doc.article.id,
                   canonical=name)


def _named_with_kind(doc: Doc, notice: Mention, start: int, end: int) -> bool:
    """Whether the programme's name with its kind (X示范园区 of 关于公布X示范园区名单的通知) is written again
    outside the notice (常州高新区入选X示范园区): then the kind is part of the programme's name."""
    name = re.sub(r"^\d{4}\s*年度?", "", doc.text[start:end])
    return len(name) >= 6 and \
        any(not notice.start <= at.start() < notice.end for at in find_all(doc.text, name))


def _with_programmes(doc: Doc, policies: Sequence[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for policy in policies:
        out.append(policy)
        programme = programme_of(doc, policy)
        if programme is not None:
            out.append(programme)
    return out


# A list announced for the items printed below it: 现将X名单予以公布, X名单如下
LIST_ANNOUNCED = regex(r"名单(?=予以公布|公布如下|如下|予以公示)")


# A selection stated with no programme after it (…榜上有名。, …以X产业入选，): the one just announced
BARE_SELECTED = regex(r"(?:榜上有名|入选|入围|上榜|获批|被选中)(?=[，。；！,;]|$)")


def _announced_before(doc: Doc, by_pos: ByStart, index: int) -> list[Mention]:
    """Programmes of the sentence before (or the one before that) for a sentence that only says its zones
    were selected: ``X公布…示范基地名单。A、B榜上有名。``"""
    s_start, s_end = doc.sentences[index]
    if not BARE_SELECTED.search(doc.text, s_start, s_end):
        return []
    for back in range(index - 1, max(-1, index - 3), -1):
        found = _unique(by_pos.inside(*doc.sentences[back], ET.POLICY))
        if found:
            return found[-1:]
    return []


# The verbs of ``确定X为…``: the zones after them (and the list before 为) are designated
DESIGNATED = regex(r"(?:确定|认定|批准|评为|列为)(?:了)?")


# A clause opened by the bare kind of the article's zone (高新区还获批…)
BARE_SUBJECT = regex(rf"\s*{SUBJECT_KINDS}(?:还|也|已|又|先后|成功|正式)*")


# A sentence that ends announcing the list below it: …共10家园区入选，分别是：, …名单如下：
LIST_COLON = regex(r"(?:分别是|分别为|依次是|依次为|如下|包括|名单是)[：:]$")
# …or the list itself after the colon: …入选，分别是：A高新区、B高新区和C高新区 (or after 其中包括, no colon)
LIST_INLINE = regex(r"(?:分别是|分别为|依次是|依次为|如下|包括)[：:]|其中(?:包括|有)[：:]?")
# A zone's line in such a list: the zone alone, or ending 、，；。
LINE_END = regex(r"[、，；。,;]?")


def _zone_lines_below(doc: Doc, by_pos: ByStart, index: int) -> list[Mention]:
    """The zones printed one a line (numbered or not) after sentence ``index``, up to the first line that is
    not one."""
    out: list[Mention] = []
    for start, end in doc.sentences[index + 1:]:
        numbered = LIST_ITEM.match(doc.text, start, end)  # 1. A高新区, （一）A高新区
        first = numbered.end() if numbered is not None else start
        line = by_pos.inside(first, end, ET.ZONE)
        if not line or line[0].start != first or not LINE_END.fullmatch(doc.text, line[0].end, end):
            break
        out.append(line[0])
    return out


# A clause with no subject of its own before its selection verb: one that goes on (，并被授予…) or one
# opened by a reference to a zone (，该区被X认定为…)
GOES_ON = regex(r"(?:并且|并|还|也|同时|随后|后又|又)+")
ZONE_REFERENCE = regex(r"(?:该区|该园区|该开发区|该高新区|该经开区|该新区)")


def _selected_subject(doc: Doc, by_pos: ByStart, s_start: int, clause: int, trigger: int) -> list[Mention]:
    """The zone a subjectless selection clause is about: for ``A位列第三，并被授予P`` the zone opening the
    clause before (A), for ``该区被X认定为P`` the zone named last before the clause (该区 points back)."""
    if by_pos.inside(clause, trigger, ET.ZONE):
        return []
    if GOES_ON.fullmatch(doc.text, clause, trigger) is not None and clause > s_start:
        before = max(s_start, max(doc.text.rfind(c, s_start, clause - 1) for c in "，；：") + 1)
        return [z for z in by_pos.inside(before, clause, ET.ZONE)[:1] if z.start == before]
    if ZONE_REFERENCE.match(doc.text, clause) is not None:
        return by_pos.inside(0, clause, ET.ZONE)[-1:]
    return []


# ``A是P园区之一``: the zone that is the subject of 是, and the programme right before 之一
ONE_OF = regex(r"[\u4e00-\u9fff]{0,4}?之一")
IS_BEFORE = regex(r"(?:还|也|已|已经)?是")


def _one_of(doc: Doc, by_pos: ByStart, s_start: int, policy: Mention) -> list[Mention]:
    """The zone opening the clause of ``A是P园区之一`` (P a programme, 之一 right after it or its kind)."""
    if ONE_OF.match(doc.text, policy.end) is None:
        return []
    clause = max(s_start, max(doc.text.rfind(c, s_start, policy.start) for c in "，；：") + 1)
    for zone in by_pos.inside(clause, policy.start, ET.ZONE):
        verb = IS_BEFORE.match(doc.text, zone.end)
        if verb is not None and zone.start == clause and verb.end() <= policy.start:
            return [zone]
    return []


@relation_extractor("participation")
def participation(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """Zones selected for a programme: ``X等N家园区入选``, ``X榜上有名``, ``确定X为…试点``."""
    if not any(m.cls is ET.POLICY for m in mentions):  # no programme to take part in
        return
    yield from _listed_clusters(doc, mentions)
    yield from _participation(doc, mentions)


# A cluster item of a list: the zone's field, then 集群 and the item's end
def _listed_clusters(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """Zones listed with their clusters (浙江省：A高新区新材料集群，B开发区…集群；) under a cluster programme
    the article names (…特色产业集群): each zone takes part in the first such programme named before it."""
    if "集群" not in doc.text:
        return
    policies = [p for p in mentions if p.cls is ET.POLICY]
    programmes = [p for p in _with_programmes(doc, policies) if _key(p).endswith("集群")]
    if not programmes:
        return
    zone_ends = {m.end: m for m in mentions if m.cls is ET.ZONE}
    for industry in (m for m in mentions if m.cls is ET.INDUSTRY):
        zone = zone_ends.get(industry.start)
        if zone is None or not names.LISTED_CLUSTER_END.match(doc.text, industry.end) or \
                (zone.start > 0 and doc.text[zone.start - 1] not in names.LIST_ITEM_BEFORE):
            continue
        before = [p for p in programmes if p.end <= zone.start]
        if before:
            yield _relation(doc, RK.PARTICIPATES, (("zone", zone), ("policy", before[0])), zone.start)


def _participation(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Relation]:
    by_pos = by_start(doc, mentions)
    for index, (s_start, s_end) in enumerate(doc.sentences):
        policies = _unique(by_pos.inside(s_start, s_end, ET.POLICY)) or _announced_before(doc, by_pos, index)
        if not policies:
            continue
        zones: list[Mention] = []
        triggers = list(SELECTED.finditer(doc.text, s_start, s_end))
        for trigger in triggers:
            clause = max(s_start, max(doc.text.rfind(c, s_start, trigger.start()) for c in "，；：") + 1)
            zones += by_pos.inside(clause, trigger.start(), ET.ZONE)
            if BARE_SUBJECT.fullmatch(doc.text, clause, trigger.start()):  # 高新区还获批P: the article's zone
                zones += [z for z in (dominant_zone(doc, mentions),) if z is not None]
            zones += _selected_subject(doc, by_pos, s_start, clause, trigger.start())
        inline = LIST_INLINE.search(doc.text, triggers[0].end(), s_end) if triggers else None
        if inline is not None:  # …入选，分别是：A高新区、B高新区和C高新区
            zones += by_pos.inside(inline.end(), s_end, ET.ZONE)
        if triggers:  # the programme named after the trigger, else the one named before it
            later = [p for p in policies if p.start >= triggers[0].start()]
            policies = later or policies
        for match in DESIGNATED.finditer(doc.text[s_start:s_end]):
            pos = s_start + match.end()
            zones += [z for z in by_pos.inside(pos, s_end, ET.ZONE) if doc.text[z.end:z.end + 1] == "为"]
            listed = LISTED_AS.match(doc.text, pos, s_end)
            if listed is not None:  # 确定A、B、C为首批…试点单位: every zone of the list
                zones += by_pos.inside(pos, listed.end(1), ET.ZONE)
        for policy in by_pos.inside(s_start, s_end, ET.POLICY):
            put_on = PUT_ON.search(doc.text, s_start, policy.start)
            if put_on is not None:
                zones += by_pos.inside(put_on.start("zones"), put_on.end("zones"), ET.ZONE)
        for zone in _unique([park_named_after(doc, mentions, z) for z in zones]):
            for policy in _with_programmes(doc, policies):
                yield _relation(doc, RK.PARTICIPATES, (("zone", zone), ("policy", policy)), zone.start)
        for policy in by_pos.inside(s_start, s_end, ET.POLICY):  # A是P园区之一: the zone before 是
            for zone in _one_of(doc, by_pos, s_start, policy):
                yield _relation(doc, RK.PARTICIPATES, (("zone", zone), ("policy", policy)), zone.start)
        if triggers and LIST_COLON.search(doc.text, s_start, s_end):  # …入选，分别是：⏎A高新区⏎B高新区
            for zone in _zone_lines_below(doc, by_pos, index):
                for policy in _with_programmes(doc, policies):
                    yield _relation(doc, RK.PARTICIPATES, (("zone", zone), ("policy", policy)), zone.start)
        announced = LIST_ANNOUNCED.search(doc.text, s_start, s_end)
        if announced is not None:  # 现将X名单予以公布。一、A高新区…二、B高新区…: the zones of the items below
            listed = [p for p in _unique(by_pos.inside(s_start, s_end, ET.POLICY))
                      if p.end == announced.start() or p.start == announced.start()]
            for item in _items_below(doc, index):
                for zone in by_pos.inside(*item, ET.ZONE)[:1]:
                    for policy in _with_programmes(doc, listed):
                        yield _relation(doc, RK.PARTICIPATES, (("zone", zone), ("policy", policy)),
                                        zone.start)
