"""Mention extractors: each is ``(doc) -> Iterable[Mention]`` over patterns, suffixes and list structure."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from itertools import chain

from kg.compiled import regex
from kg.extract.doc import Doc
from kg.extract.registry import mention_extractor
from kg.extract.text import EVENT_PIECE, compact, find_all, is_cjk, left_edge, strip_brackets
from kg.gazetteer import BodyEntry
from kg.model import EntityType, Mention

PAREN_PLACE = regex(r"[（(]([\u4e00-\u9fff]{2,6}?(?:新区|区|县|市|镇|片区))[）)]")
# What every bracketed form opens with: where the text does not, a bracket's pattern is not tried at all
OPENING_BRACKETS = ("（", "(")
SHORT_PAREN = regex(r"[（(]([\u4e00-\u9fff]{2,3})[）)]")
QUOTED = regex(r"“([^“”\n]{2,40})”")
BOOK = regex(r"《([^《》\n]{2,80})》")
ABOUT = regex(r"关于[^，。；《》“”\n]{2,60}?的"
              r"(?:实施方案|指导意见|实施意见|通知|意见|方案|决定|办法|批复|规定)")
NUMERAL_START = regex(r"^[\d一二三四五六七八九十两几多数百千万]+[个家项批大类]")
QUANT_TAIL = regex(
    r"(?:等)?(?:[一二三四五六七八九十两几多\d]+[大个项类条])?(?:[千百万]亿级|万亿级|[千百]亿|超[千百]亿)?"
    r"(?:世界级|国家级|省级)?(?:主导|支柱|特色|优势|战略性新兴|新兴|潜力|重点|先导|未来|地标性?|标志性|首位|核心"
    r"|龙头|引领性)?(?:产业集群|产业链|集群|产业)?(?:之一)?$")
# Every character a QUANT_TAIL match can hold, besides digits (``\d``: ``str.isdecimal``)
QUANT_TAIL_CHARS = frozenset("等一二三四五六七八九十两几多大个项类条千百万亿级超世界国家省"
                             "主导支柱特色优势战略性新兴潜力重点先导未来地标志首位核心龙头引领产业集群链之一")


def quant_tail(raw: str) -> re.Match[str]:
    """``QUANT_TAIL.search(raw)``, started where a match can start: not before the run of its characters
    that ends ``raw`` (before a final newline, where ``$`` also matches). Every match runs on to that end
    and holds only those characters, so none starts before the run; the search would try (and fail at)
    every position before it."""
    end = len(raw) - 1 if raw.endswith("\n") else len(raw)
    start = end
    while start > 0 and (raw[start - 1] in QUANT_TAIL_CHARS or raw[start - 1].isdecimal()):
        start -= 1
    return QUANT_TAIL.search(raw, start)  # type: ignore[return-value]  (all optional: it always matches)


# Quantifiers written before an item (千亿级钒钛产业集群, 两大…): never part of an industry's name.
QUANT_HEAD = regex(r"(?:[一二三四五六七八九十两几多\d]+[大个项类]|[千百万]亿级|万亿级|超?[千百]亿"
                   r"|世界级|国家级|省级)+")
# The characters a QUANT_HEAD match can open with, besides digits (``\d``: ``str.isdecimal``): an item
# opening otherwise has no quantifier before it (most items), and the pattern is not tried
QUANT_HEAD_FIRST = frozenset("一二三四五六七八九十两几多千百万超世国省")
QUOTE_QUANT = regex(r"“[^“”]*”")
LIST_CLOSER = regex(
    r"等?(?:[一二三四五六七八九十两几多\d]+[大个类])(?:[千百万]亿级|万亿级)?(?:世界级)?"
    r"(?:主导|支柱|特色|优势|战略性新兴|新兴|潜力|重点|地标性?|标志性|首位|核心)?(?:产业集群|产业)"
    r"|等?[一二三四五六七八九十两几多\d]+条(?:重点|主导|特色|优势)?产业链"  # A、B和C三条产业链
    r"|等(?:[千百万]亿级|万亿级)?(?:产业集群|集群)")
# Every match of LIST_CLOSER holds a match of this (its first branch from [大个类] on, its second as is), a
# pattern without LIST_CLOSER's costly optional lead (等? and a numeral run, tried at every character):
# no match here, none there (the whole-text scan of ``industry_lists`` tests it first)
CLOSER_GATE = regex(r"条(?:重点|主导|特色|优势)?产业链|[大个类](?:[千百万]亿级|万亿级)?(?:世界级)?"
                    r"(?:主导|支柱|特色|优势|战略性新兴|新兴|潜力|重点|地标性?|标志性|首位|核心)?(?:产业集群|产业)"
                    r"|等(?:[千百万]亿级|万亿级)?(?:产业集群|集群)")
LEADING_KINDS = (r"(?:[一二三四五六七八九十两\d]+大)?"
                 r"(?:主导|支柱|特色|优势|重点|首位|核心|龙头|地标|先导|战略性)(?:的(?:现代)?)?产业")
# 把钒钛新材料作为首位产业, 以新材料、机器人…为主导产业
AS_LEADING = regex(rf"把([^，。；“”把]{{2,60}}?)作为{LEADING_KINDS}"
                   rf"|以([^，。；“”以]{{2,60}}?)为{LEADING_KINDS}")
# What every match of AS_LEADING ends with (作为 ends with 为): a search led by 为, which the whole-text scan
# (a lazy run of up to sixty characters tried after every 以 and 把) is gated by
LEADING_AS = regex(rf"为{LEADING_KINDS}")
# 以大数据为引领, 发挥生物医药主导产业优势: single fields, kept only when the vocabulary knows them
AS_LEAD_FIELD = regex(r"以([^，。；“”以]{2,12}?)为(?:引领|核心|龙头|主攻方向|主攻|重点|特色|先导|主导"
                      r"|主(?=[，。；]|$))"  # 枞阳分园以精细化工为主
                      r"|发挥([^，。；“”]{2,12}?)(?:主导|支柱|特色|优势|首位)?产业(?:集群)?优势")
# 以A和B、C为主攻方向: a list of fields a zone leads with (kept when one of them is known)
# What every match of AS_LEAD_FIELD holds after its field (为 and a role, or 产业…优势): its scan's gate
LEAD_ROLE = regex(r"为(?:引领|核心|龙头|主|重点|特色|先导)|产业(?:集群)?优势")
AS_LEAD_FIELDS = regex(r"以([^，。；“”以]{4,40}?[、和及与][^，。；“”以]{2,20}?)为"
                       r"(?:主攻方向|重点方向|主攻|发展方向|主导方向|重点|引领|主导)")
def _zone_opens_sentence(doc: Doc, pos: int) -> bool:
    """Whether the sentence holding ``pos`` opens with a zone's name followed by 要/将… (its subject)."""
    s_start, _ = doc.sentence_at(pos)
    return ZONE_WILL.match(doc.text, s_start) is not None


ZONE_WILL = regex(r"[\u4e00-\u9fff（）]{2,16}?(?:新区|高新区|开发区|经开区|园区|片区|综合保税区|综保区)"
                  r"(?:今年|明年|下一步)?(?:要|将|应|需)")
# ``Z要依托Y，发展A和B，加快…``: a clause of a bare 发展 and two or more fields (one of them known)
BARE_DEVELOP = regex(r"(?<=[，；])发展([^，。；：“”、]{2,12}"
                     r"(?:[、和及与][^，。；：“”、和及与]{2,12}){1,5})"
                     r"(?=[，。；])")
# What every match of BARE_DEVELOP opens with (its lookbehind and 发展): plain searches gate its scan, which
# tries the lookbehind at every character
DEVELOP_AFTER_BREAK = ("，发展", "；发展")
# 以航空装备产业集群入选, 凭借X产业获批: the field a zone was selected for (its subject's industry)
BY_FIELD = regex(r"(?:以|凭借|凭|依托)([^，。；：、“”以]{2,20}?)(?:产业集群|产业|集群|产业基地)"
                 r"(?:成功|顺利|再次|首次)?(?:入选|获批|获评|上榜|入围|获得认定|被认定|被评为)")
# ``坚持A、B、C和D四业并举``: a list closed by how many fields it names, opened by the policy verb
FIELDS_TOGETHER = regex(r"(?:坚持|推动|推进|实施|促进)(?P<list>[^，。；：“”]{4,60}?)"
                        r"(?:[两三四五六七八九十]|多)业(?:并举|并进|齐发|联动|协同)")
# ``X是全国首批光伏产业集聚区之一``: a designation naming the field the zone clusters
CLUSTER_DESIGNATION = regex(r"(?:是|为|成为|获批|获评|入选)(?:全国|全省|国家级|省级|国家|省)?"
                            r"(?:首批|第[一二三四五六七八九十\d]+批)?(?:国家级|省级|国家|省)?"
                            r"(?P<field>[\u4e00-\u9fff]{2,8}?)产业集聚区")
# Times that stand where an item would (…两大主导产业，去年两大产业产值…): never an industry
TIME_WORD = regex(r"(?:去年|今年|前年|明年|全年|当年|上半年|下半年|近年来?|近几年|目前|当前|同期|此前"
                  r"|其中|届时"
                  r"|[一二三四]季度|前[一二三四五六七八九十\d]+个?月|[\d一二三四五六七八九十]+年(?:以来)?)")
# Verbs that may follow a trigger before its list (加快培育发展…, 重点打造壮大…).
TRIGGER_TAIL = regex(r"发展|壮大|建设|形成|一批|了(?![，。；、])")
# A zone's named cluster: 合肥高新区量子信息产业集群
CLUSTER_AFTER = regex(r"([\u4e00-\u9fff]{2,12}?)产业集群")
# A cluster's kind written between its industry and 产业集群 (健康医药|创新型|产业集群): not the industry
CLUSTER_KIND = regex(r"(?:创新型|特色|先进|优势|战略性新兴|新兴|现代化?|世界级|国家级|省级)+$")
NOT_CLUSTER_START = regex(r"^(?:将|要|已|正|把|在|以|对|为|的|是|和|与|及|也|还|共|再"
                          r"|新(?=增|建|添|上|开|引|打造|培育|形成|布局))")  # not 新能源, 新材料
LIST_OPENERS = regex(r"(?:形成了|形成|已形成|打造了|打造|培育了|培育|发展|聚焦|布局|依托|围绕|立足|瞄准"
                     r"|涵盖|覆盖|涉及|包括|包含"  # (12个项目…，涵盖A、B和C三大主导产业)
                     r"|抓好|推动|以及|(?<=区)以|把|将|了|有)")  # (X高新区以A、B三大产业为主导)
ZH = "\u4e00-\u9fff"
YEARS_AFTER = regex(r"[（(](?:\d{4}\s*[—–\-－~～至到]+\s*\d{4}年?|\d{4}年?(?:修订|版)?)[）)]$")
LEADING_YEAR = regex(r"\d{4}年度?")
# 列为/认定为/确定为/评为/批准为/命名为 + a designation ending its clause (…示范基地, …试点)
DESIGNATED_AS = regex(r"(?:列为|列入|认定为|确定为|评为|批准为|命名为|授予|入选|入围"
                      r"|获批(?:建设|创建)?)了?“?"
                      r"(?P<name>[^，。；：、“”《》\s]{4,30}?)”?(?=[，。；！,;]|$|称号|荣誉|行列)",
                           re.MULTILINE)
# Words every match of DESIGNATED_AS (of BY_FIELD) holds, one of its verbs: with none of them in the text,
# a few plain substring searches stand for a whole-text scan that tries its lead at every character
DESIGNATING_WORDS = ("列为", "列入", "认定为", "确定为", "评为", "批准为", "命名为", "授予", "入选", "入围",
                     "获批")
SELECTION_WORDS = ("入选", "获批", "获评", "上榜", "入围", "认定", "被评为")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` occurs in ``text`` (a gate: plain substring searches, no pattern)."""
    return any(word in text for word in words)
# A ranking, not a programme: 入选全国十佳营商环境园区, 百强园区, 最具活力园区
RANKING = regex(r"[十百千\d]+[佳强优]|最佳|最具|最美|排行|榜单|前[十百\d]+")
GENERIC_DESIGNATIONS = ("重点", "全国重点", "一批", "首批重点", "其", "该", "本")
# Verbs right after a name that a name never swallows (X说, X表示, X指出).
SPEECH_VERBS = ("说", "表示", "指出", "介绍", "强调", "认为", "透露", "坦言", "告诉", "谈到", "提出", "宣布",
                "致辞", "讲话", "主持", "回答")
# ``A与B签约`` with no agreement named: the verb stands for the agreement (not 签约仪式, not 签约项目32个).
SIGNED_WITH = regex(r"(?:与|和|同)[^，。；：与和同]{2,40}?(?:正式|成功|现场|集中)?(?P<verb>签约|签下)"
                    r"(?!仪式|活动|大会|现场|典礼|会|项目\s*\d|了?\s*\d)")
# A bilateral park's lead before its place name (中新天津生态城, 中德沈阳高端装备制造产业园).
BILATERAL = regex(r"中[新德法韩日以俄意瑞欧美澳荷英芬丹马白泰哈越老柬巴]")
# Trade words that are stop words elsewhere but part of a company's name before its legal suffix.
TRADE_WORDS = ("投资管理", "投资控股", "投资发展", "投资", "建设", "发展", "开发", "实业", "控股")
# Verbs that end a project name on its left (…增资扩建智能传动部件项目, 双方共建…中心项目).
PROJECT_VERBS = ("扩建", "增资扩建", "改扩建", "续建", "共建", "兴建", "筹建", "合建", "开建", "增资", "新上",
                 "上马", "承建", "建成", "竣工", "投产", "动工", "开工建设", "签约", "引进", "引入", "来到")
# Projects only by category, never by name: 亿元以上项目, 省级科技计划项目, 重点项目, 在建项目.
GENERIC_PROJECT = regex(r"^(?:省级|市级|区级|县级|国家级|各级|各类|重大|重点|在建|续建|新建|新开工"
                        r"|签约|招商|产业化|建设|合作|入园|入驻|落地|储备)|[亿万]元|以上$|以下$|计划$|类$"
                             # by quantity, time or size only: 更多加工贸易项目, 两年来入园项目, 承接大项目
                        r"|^(?:更多|一批|一些|众多|诸多|大批|其他|其它|这些)|年来|以来|(?:^|[^重])大$"
                             # the kind of projects a park takes in: (重点)承接电池材料项目
                        r"|^承接"
                             # aggregates: 首批12个项目, 第二批项目, 储能领域项目
                        r"|首批|第[一二三四五六七八九十\d]+批|批次|[\d一二三四五六七八九十两几多]+\s*个"
                        r"|领域$|方面$|行业$")
# A count after 项目 (储能领域项目14个): a tally of projects, not a project.
PROJECT_COUNT = regex(r"\s*[\d一二三四五六七八九十两几多]+\s*[个项]")
# A project name starts with a Chinese character, a Latin word (MiniLED…, Micro LED…) or a digit before one
# (5G…), or a measure (6微米…, 12英寸…, 8.5代…), and holds a Chinese character
MEASURE_UNITS = r"(?:微米|纳米|英寸|寸|代|兆瓦|千瓦|吉瓦|万千瓦|万吨|千吨|吨|[GMk]Wh?|nm|μm|um)"
PROJECT_START = regex(rf"(?:[{ZH}]|[A-Za-z]+(?: ?[A-Za-z0-9]+)*[{ZH}]|\d+[A-Za-z]+[A-Za-z0-9]*[{ZH}]"
                     rf"|\d+(?:\.\d+)?{MEASURE_UNITS}[{ZH}])")
# A Latin word before a space and the Latin word a project name starts with (Micro|LED…, Mini|LED…)
LATIN_WORD_BEFORE = regex(r"[A-Za-z][A-Za-z0-9]* $")
# Project names may hold a decimal (年产1.5万吨…项目); a point that is not between digits ends the name.
PROJECT_PIECE = regex(r"[\u4e00-\u9fff0-9A-Za-z（）()·.．]+")
STRAY_POINT = regex(r".*(?:^|[^\d０-９])[.．]|.*[.．](?![\d０-９])")
# A park written after its zone: 兰州新区|精细化工园区 (not a bare category: 产业园区, 各园区).
PARK_AFTER_ZONE = regex(r"([\u4e00-\u9fff]{2,10}?)园区")
GENERIC_PARKS = frozenset({"产业", "工业", "科技", "特色", "重点", "其他", "专业", "相关", "各类", "多个",
                           "下辖", "所属", "内各", "核心", "功能", "主要", "全部", "现有"})
# Words that make ``<zone>…园区`` a clause or a designation, not a park's name (获评省级示范园区, 建设…园区).
NOT_PARK_NAME = regex(r"^[各全该其等和与及的是在将已向对把由以为被]"
                      r"|级|示范|获|评|选|成为|建设|打造|的|了|和|与|等|内")
# ``(投资)建设X基地/中心`` ending the clause: a built site named as a project.
BUILT_SITE = regex(r"(?:投资建设|投资兴建|投资新建|建设|新建|兴建|共建|扩建)"
                   r"(?P<name>[\u4e00-\u9fff（）()A-Za-z0-9]{4,30}?"
                   r"(?:产业化基地|生产基地|研发基地|制造基地|基地|研发中心|数据中心|中心|产业园|总部))"
                   r"(?=[，。；,;]|$)")
GENERIC_SITE_STARTS = ("全国", "全省", "全市", "国家", "世界", "国际", "具有", "一流", "重要", "区域", "综合",
                       "示范", "一批", "一个", "多个", "若干", "高水平", "高标准", "现代化")


def _mention(doc: Doc, start: int, end: int, cls: EntityType, *, canonical: str | None = None,
             attrs: tuple[tuple[str, str], ...] = ()) -> Mention:
    return Mention(doc.text[start:end], cls, start, end, doc.article.id, canonical, attrs)  # by position


def _stops(doc: Doc, *extra: str) -> frozenset[str]:
    return frozenset(doc.lexicon.words("boundary", "stops")) | frozenset(extra)


# ----------------------------------------------------------------------------------------- zones

def _stops_once(doc: Doc, *extra: str) -> frozenset[str]:
    """``_stops(doc, *extra)``, built once per lexicon (the extractors ask for it on every article)."""
    return doc.lexicon.once(("names.stops", extra), lambda: _stops(doc, *extra))


def _zone_stops(doc: Doc, *more: str) -> frozenset[str]:
    """``_stops_once(doc, *zone suffixes, *zone kind suffixes, *more)``, looked up by ``more`` alone (not by
    a key holding every suffix, hashed and compared again on each call)."""
    return doc.lexicon.once(("names.zone_stops", more), lambda: _stops_once(
        doc, *doc.lexicon.words("zone", "suffixes"), *doc.lexicon.words("zone", "kind_suffixes"), *more))


def zone_canonical(doc: Doc, text: str) -> str | None:
    """The gazetteer's full name of a zone, or a standard full form built from its place and suffix."""
    cache = doc.lexicon.once("names.zone_canonical", dict)
    try:
        return cache[text]
    except KeyError:
        found = cache[text] = _zone_canonical(doc, text)
        return found


def _zone_canonical(doc: Doc, text: str) -> str | None:
    gaz = doc.lexicon.gazetteer
    base = PAREN_PLACE.sub("", compact(text))
    entry = gaz.zone(base)
    if entry is not None:
        return entry.name
    match = doc.lexicon.patterns["zone"].fullmatch(base)
    if match is None:
        lead = BILATERAL.match(base)  # 中泰崇左产业园区: the lead, then the zone's standard form
        rest = _zone_canonical(doc, base[2:]) if lead is not None else None
        return base[:2] + rest if rest is not None else None
    area = gaz.area(match["place"])
    place = area.short if area is not None else match["place"]
    suffix = match["suffix"]
    if suffix in ("高新区", "国家高新区", "高新技术产业开发区", "国家高新技术产业开发区"):
        return place + "高新技术产业开发区"
    if suffix in ("经开区", "经济技术开发区", "国家级经济技术开发区"):
        return place + "经济技术开发区"
    if suffix in ("综保区", "综合保税区"):
        return place + "综合保税区"
    return place + suffix


def zone_mention(doc: Doc, start: int, end: int) -> Mention:
    """The zone named at ``start:end`` (with its bracketed district): made once per article and span, as
    the gazetteer's names, the ``<place><suffix>`` names and the suffixed names often find the same one."""
    made = doc.memo("names.zone_mentions", lambda _: {})
    key = (start, end)
    mention = made.get(key)
    if mention is None:
        mention = made[key] = _makezone_mention(doc, start, end)
    return mention


def _makezone_mention(doc: Doc, start: int, end: int) -> Mention:
    paren = None
    if doc.text.startswith(("（", "("), end):  # what each of the three bracketed forms opens with
        paren = PAREN_PLACE.match(doc.text, end) or _district_paren(doc, end) or _park_paren(doc, end)
    attrs: tuple[tuple[str, str], ...] = ()
    base = doc.text[start:end]
    if paren is not None and paren.group(1).startswith("原"):  # X经开区（原Y园区）: a former name
        return _mention(doc, start, paren.end(), EntityType.ZONE, canonical=zone_canonical(doc, base),
                        attrs=(("alias", paren.group(1)[1:]),))
    if paren is not None:
        attrs = (("alias", doc.text[start:end]), ("alias", paren.group(1)))
        end = paren.end()
    text = doc.text[start:end]
    canonical = zone_canonical(doc, base)
    if paren is not None and canonical is not None:
        attrs += (("official", canonical),)
        canonical = compact(text).replace("(", "（").replace(")", "）")
    return _mention(doc, start, end, EntityType.ZONE, canonical=canonical, attrs=attrs)


PAREN_NAME = regex(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")


def _park_paren(doc: Doc, pos: int) -> re.Match[str] | None:
    """A zone's second name in brackets after it: X国家高新区（Y科技城）, one zone by two names."""
    paren = PAREN_NAME.match(doc.text, pos)
    if paren is None:
        return None
    suffixes = doc.lexicon.once("names.park_paren_suffixes", lambda: tuple(doc.lexicon.words(
        "zone", "park_suffixes")))
    name = paren.group(1)
    return paren if name.endswith(suffixes) and len(name) - 3 >= 2 else None


def _district_paren(doc: Doc, pos: int) -> re.Match[str] | None:
    """A district written without 区 after a zone's name: X高新区（江宁） when 江宁区 is a known district."""
    match = SHORT_PAREN.match(doc.text, pos)
    if match is None or not any(doc.lexicon.gazetteer.area(match.group(1) + level) for level in "区县"):
        return None
    return match


# Words ending in 中 that may stand before a country's character (其中, 集中, 当中…): no bilateral lead
NOT_BILATERAL_BEFORE = frozenset("其集之当空心期途手家城市园区县省国高初正居适射看选命击")


def _bilateral_start(text: str, start: int) -> int:
    """The start of a ``<place><suffix>`` zone with the two countries' lead before its place taken in
    (中泰|崇左产业园区, 中白|明斯克…): a bilateral park is named with its lead, never without."""
    if start < 2 or text[start - 2] != "中" or BILATERAL.match(text, start - 2, start) is None:
        return start
    return start if start > 2 and text[start - 3] in NOT_BILATERAL_BEFORE else start - 2


def zone_spans(doc: Doc) -> tuple[tuple[int, int, int], ...]:
    """The zones written in the article: ``(start, end of the name, end of the match)`` for each match of
    ``zone_name`` (the gazetteer's names), then of ``zone`` (``<place><suffix>``, whose match runs on over
    a bracketed district: 杭州高新区（滨江）). Scanned once per article for the three extractors that read it.
    """
    return doc.memo("names.zone_scan", _scan_zones)


def _scan_zones(doc: Doc) -> tuple[tuple[int, int, int], ...]:
    named = [(m.start(), m.end(), m.end()) for m in doc.lexicon.patterns["zone_name"].finditer(doc.text)]
    formed = [(_bilateral_start(doc.text, m.start()), m.end("suffix"), m.end())
              for m in doc.lexicon.finditer("zone", doc.text)]
    known = [(a, b) for a, b, _ in named + formed]
    kinds = [(a, b, b) for a, b, _ in doc.memo("names.kind_zones", lambda d: kind_zone_spans(d, known))]
    return tuple(named + formed + kinds)


# A zone's own organs written after its name or its bare kind (X先行区管理局, 试验区管委会)
KIND_ORGANS = "(?:管理委员会|管委会|党工委|工委|管理局)"
# What a purpose zone's name never holds (a clause, a designation or a category: 获批建设…示范区, 国家级…)
NOT_KIND_NAME = regex(r"[的等和与及各是为在将把对从向被了着]|全[国省市区县]|国家级|省级|市级|一批|首批"
                      r"|第[一二三四五六七八九十\d]+批|获批|批准|创建|建设|打造|申报|争创|入选|成为|认定|命名|列为"
                      r"|设立|设置|推进|推动|加快|开展|示范|试点")
NOT_KIND_OPENER = regex(r"(?:国家|国际|全国|全省|全市|中国|[省市县区该本这其新各一两首多])")
KIND_BEFORE_FTZ = ("自由贸易", "自贸")
# Two countries and a place in brackets opening a zone's name: 中韩（长春）, 中德（沈阳）
BILATERAL_PLACE = regex(r"中[\u4e00-\u9fff]{1,2}[（(](?P<place>[\u4e00-\u9fff]{2,6})[）)]"
                        r"(?P<rest>[\u4e00-\u9fff]{2,16})")


def kind_zone_spans(doc: Doc, known: Collection[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Zones named by their purpose and kind (``kind_suffixes``: X国际医疗旅游先行区, Y循环经济试验区):
    ``(start, end, kind)`` of each, spans in ``known`` left out.

    The name before the kind (found from the tokens, at most 20 characters) holds no clause word nor a
    designation (获批, 国家级…); it opens with a place (or a bay, lake…), or the zone has its own organs
    in the text (the name or its bare kind before 管委会/党工委/管理局), so that 打造…示范区 is no zone.
    """
    kinds = doc.lexicon.words("zone", "kind_suffixes")
    text = doc.text
    if not any(k in text for k in kinds):
        return []
    pattern = doc.lexicon.once("names.kind_pattern",
                               lambda: regex("|".join(sorted(kinds, key=len, reverse=True))))
    stops = _zone_stops(doc)
    places = doc.lexicon.patterns["place"]
    ends = {b for _, b in known}
    out: list[tuple[int, int, str]] = []
    for match in pattern.finditer(text):
        pos, end = match.span()
        if end in ends or text.endswith(KIND_BEFORE_FTZ, 0, pos):
            continue
        start = left_edge(doc, pos, stops=stops, max_len=20)
        lead = BILATERAL_PLACE.fullmatch(text, start, pos)
        if lead is not None:  # 中韩（长春）国际合作示范区: two countries, a place in brackets, the purpose
            if places.fullmatch(lead["place"]) is not None and not NOT_KIND_NAME.search(lead["rest"]):
                out.append((start, end, match.group()))
            continue
        head = text[start:pos]
        if len(head) < 2 or not is_cjk(head) or NOT_KIND_NAME.search(head) or NOT_KIND_OPENER.match(head):
            continue
        named = places.match(text, start, pos) is not None or _feature_start(text, start, pos) == start
        if named or _organised(text, head, match.group()):
            out.append((start, end, match.group()))
    return out


def _organised(text: str, head: str, kind: str) -> bool:
    """Whether a zone ``head + kind`` has its own organs in ``text``: its name, or its kind alone (not
    after another name), right before 管委会/党工委/管理局."""
    return re.search(rf"(?:^|[^\u4e00-\u9fff]|{re.escape(head)}){kind}{KIND_ORGANS}", text) is not None


# The forms a bracket after a zone's name declares: X经济技术开发区（英文简称ABC，以下简称X开发区）
ZONE_BRACKET = regex(r"[（(](?P<inner>[^（）()\n]{4,60})[）)]")
DECLARED_FORM = regex(r"(?:英文简称|英文缩写|以下简称|以下称|下称|简称)(?:为)?[:：]?\s*[“\"「]?"
                      r"(?P<alias>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)[”\"」]?(?=[，,；;、]|$)")


def declared_zone_forms(doc: Doc) -> dict[str, str]:
    """Each short form a bracket declares right after a zone's name, mapped to that zone's canonical name
    (金华开发区 and JETDZ of X经济技术开发区（英文简称JETDZ，以下简称金华开发区）)."""
    return doc.memo("names.declared_zone_forms", _declared_zone_forms)


def _declared_zone_forms(doc: Doc) -> dict[str, str]:
    text = doc.text
    if "简称" not in text and "下称" not in text:
        return {}
    out: dict[str, str] = {}
    for start, end, _ in zone_spans(doc):
        bracket = ZONE_BRACKET.match(text, end)
        if bracket is None:
            continue
        canonical = zone_mention(doc, start, end).canonical or compact(text[start:end])
        for part in re.split(r"[，,；;]", bracket["inner"]):
            declared = DECLARED_FORM.match(part.strip())
            if declared is not None and declared["alias"] != canonical:
                out.setdefault(declared["alias"], canonical)
    return out


def _declared_canonical(doc: Doc, mention: Mention) -> Mention:
    """``mention`` with the canonical name of the zone that declared its form, if a bracket declared it."""
    forms = declared_zone_forms(doc)  # (made once per article: most have none)
    canonical = forms.get(compact(mention.text)) if forms else None
    if canonical is not None and canonical != mention.canonical:
        return Mention(mention.text, mention.cls, mention.start, mention.end, mention.article, canonical,
                       (("alias", mention.text),))
    return mention


def declared_latin_zone_forms(doc: Doc) -> Iterator[Mention]:
    """A Latin short form a bracket declares for a zone (英文简称JETDZ), wherever written: the zone."""
    for alias, canonical in declared_zone_forms(doc).items():
        if alias.isascii():
            for at in find_all(doc.text, alias):
                yield _mention(doc, at.start(), at.end(), EntityType.ZONE, canonical=canonical,
                               attrs=(("alias", alias),))


def _kind_canonical(doc: Doc, mention: Mention) -> Mention:
    """``mention`` with its purpose zone's canonical name (a short form's, the full name), if it names one."""
    if "names.kind_zones" not in doc.shared or not doc.shared["names.kind_zones"]:
        return mention
    canonical = kind_zone_canonicals(doc).get(mention.text)
    if canonical is None or canonical == mention.text:
        return mention
    return Mention(mention.text, mention.cls, mention.start, mention.end, mention.article, canonical,
                   (("alias", mention.text),))


def kind_zone_canonicals(doc: Doc) -> dict[str, str]:
    """Each purpose zone's name mapped to its canonical name: the longest name of its kind in the article
    when the name is written inside it, character by character (博鳌乐城先行区, 乐城先行区 of
    海南博鳌乐城国际医疗旅游先行区: short forms), else the name itself."""
    return doc.memo("names.kind_canonicals", _kind_zone_canonicals)


def _kind_zone_canonicals(doc: Doc) -> dict[str, str]:
    zone_spans(doc)  # makes the kind zones
    names = {compact(doc.text[a:b]): kind for a, b, kind in doc.memo("names.kind_zones", kind_zone_spans)}
    out: dict[str, str] = {}
    for name, kind in names.items():
        longest = max((n for n, k in names.items() if k == kind), key=lambda n: (len(n), n))
        out[name] = longest if _written_inside(name, longest) else name
    return out


def _written_inside(short: str, full: str) -> bool:
    """Whether the characters of ``short`` are written in ``full`` in order (an abbreviation of it)."""
    chars = iter(full)
    return all(char in chars for char in short)


# A purpose zone's bare kind standing for it: after a clause start or a preposition (在先行区, 。试验区管委会)
KIND_REFERENCE_BEFORE = "在于入至到将把由与和及、是"


def kind_zone_references(doc: Doc) -> Iterator[Mention]:
    """The bare kind of the one purpose zone of its kind in the article (先行区, 试验区), written alone
    after a clause start or a preposition: that zone."""
    named = [(a, b) for a, b, _ in zone_spans(doc) if b - a > 3]
    if not named or not doc.shared["names.kind_zones"]:  # (zone_spans made them: most articles have none)
        return
    text = doc.text
    canonicals = kind_zone_canonicals(doc)
    for kind in sorted({kind for _, _, kind in doc.memo("names.kind_zones", kind_zone_spans)}):
        names = {name for name in canonicals if name.endswith(kind)}
        if len({canonicals[name] for name in names}) != 1:
            continue
        canonical = canonicals[next(iter(names))]
        for at in find_all(text, kind):
            before = text[at.start() - 1:at.start()]
            if any(a <= at.start() < b for a, b in named) or \
                    (is_cjk(before) and before not in KIND_REFERENCE_BEFORE):
                continue
            yield _mention(doc, at.start(), at.end(), EntityType.ZONE, canonical=canonical,
                           attrs=(("alias", kind),))


@mention_extractor("zones")
def zones(doc: Doc) -> Iterator[Mention]:
    """Zones on the gazetteer, ``<place><zone suffix>`` names, and parks ending in a park suffix."""
    never = doc.lexicon.once("names.zone_never", lambda: frozenset(doc.lexicon.words("zone", "never")))
    text = doc.text
    named: set[tuple[int, int]] = set()
    spans = zone_spans(doc)
    # a purpose zone's or a declared form's canonical name: asked for only in an article with either (few:
    # both lookups give the mention back unchanged without them)
    renamed = bool(doc.shared["names.kind_zones"]) or bool(declared_zone_forms(doc))
    for start, end, match_end in spans:
        if start == match_end or text[start:match_end] in never:
            continue
        if start > 0 and text[start - 1] == "全":  # 全国高新区, 全省开发区
            continue
        named.add((start, end))
        mention = zone_mention(doc, start, end)
        yield _declared_canonical(doc, _kind_canonical(doc, mention)) if renamed else mention
    yield from kind_zone_references(doc)
    yield from declared_latin_zone_forms(doc)
    yield from parks(doc)
    yield from zone_parks(doc)
    yield from defined_parks(doc)
    yield from listed_parks(doc)
    suffixed = list(suffixed_zones(doc, named))
    yield from suffixed
    yield from listed_zones(doc)
    yield from zone_short_forms(doc, [(m.start, m.end) for m in suffixed])
    yield from merged_areas(doc)


# ``原A经济开发区作为其B片区管理``: a zone merged into another lives on as one of its areas (片区)
MERGED_AREA = regex(r"原(?P<old>[\u4e00-\u9fff]{2,12}?(?:经济技术开发区|经济开发区|高新技术产业开发区"
                    r"|高新区|经开区|开发区|工业园区|产业园区|新区))(?:作为|改为|改设为|设为|成为|转为)(?:其|该区的?|新区的?)?"
                    r"(?P<area>[\u4e00-\u9fff]{2,4}?片区)")


def merged_areas(doc: Doc) -> Iterator[Mention]:
    """A former zone kept as an area of the zone it merged into (``原A经济开发区作为其B片区管理``): the former
    zone (after 原) and its area, wherever the text names the area (B片区重点发展…, 与B片区签订…), are one
    zone, by the former zone's name."""
    text = doc.text
    if "片区" not in text or "原" not in text:  # every MERGED_AREA match holds both
        return
    for match in MERGED_AREA.finditer(text):
        old = compact(match["old"])
        canonical = zone_canonical(doc, old) or old
        yield _mention(doc, match.start("old"), match.end("old"), EntityType.ZONE, canonical=canonical)
        for at in find_all(text, match["area"]):
            yield _mention(doc, at.start(), at.end(), EntityType.ZONE, canonical=canonical,
                           attrs=(("alias", match["area"]),))


def zone_short_forms(doc: Doc, suffixed: Sequence[tuple[int, int]] = ()) -> Iterator[Mention]:
    """A named zone written again without its place (厦门X高新区 … X高新区, 重庆X综合保税区 … X综合保税区):
    the same zone.

    Only a name with its own part between the place and the suffix (X, two to six characters) has one;
    a form written right after a place name is another city's zone. ``suffixed``: the spans of zones
    named off the gazetteer by a designation suffix (``suffixed_zones``), whose short forms count too.
    """
    text = doc.text
    places = doc.lexicon.patterns["place"]
    cache = doc.lexicon.once("names.short_form", dict)
    forms: dict[str, str] = {}
    for start, _, match_end in (*zone_spans(doc), *((a, b, b) for a, b in suffixed)):
        full = compact(text[start:match_end])
        try:
            form = cache[full]
        except KeyError:
            form = cache[full] = _short_form(doc, full)
        if form is not None:
            forms.setdefault(*form)
        # X新区综合保税区 written again as 新区综合保税区: the zone's own kind before the suffix
        led = next((s for s in ZONE_LED_SUFFIXES if full.endswith(s)), None) \
            if full.endswith(ZONE_LED_SUFFIXES) else None  # (one test first: most names end with none)
        if led is None or _zone_before(doc).get(match_end - len(led)) != start:
            continue  # no zone-led name: the name before the suffix is no zone of the article
        kind = next((s for s in zone_suffixes(doc) if full[:-len(led)].endswith(s)), None)
        if kind is not None and len(full) > len(kind) + len(led):
            forms.setdefault(kind + led, zone_canonical(doc, full) or full)
    for rest, canonical in list(forms.items()):  # X经济开发区 is written X经开区 too
        head = rest[:rest.rindex("经济")] if rest.endswith(("经济开发区", "经济技术开发区")) else ""
        if head:
            forms.setdefault(head + "经开区", canonical)
    for rest, canonical in sorted(forms.items()):
        for match in find_all(text, rest):
            before = text[max(0, match.start() - 8):match.start()]
            if any(before.endswith(p.group()) for p in places.finditer(before)) or before.endswith("全"):
                continue
            yield _mention(doc, match.start(), match.end(), EntityType.ZONE, canonical=canonical,
                           attrs=(("alias", rest),))


NOT_SHORT_MIDDLE = regex(r"级|国家|省|市")
# A free trade zone's area (片区) named after its zone: written again by the area's own name alone
FTZ_AREA = regex(r"(?:中国[（(][\u4e00-\u9fff]{2,8}[）)]|[\u4e00-\u9fff]{2,8}?)"
                 r"(?:自由贸易试验区|自贸试验区|自贸区)(?P<area>(?P<name>[\u4e00-\u9fff]{2,8}?)新?片区)")


def zone_suffixes(doc: Doc) -> tuple[str, ...]:
    """The zone suffixes, longest first (the table ``_short_form`` reads)."""
    return doc.lexicon.once("names.zone_suffixes", lambda: tuple(
        sorted(doc.lexicon.words("zone", "suffixes"), key=len, reverse=True)))


def _short_form(doc: Doc, full: str) -> tuple[str, str] | None:
    """``(short form, canonical)`` of a zone's full name (厦门X高新区 → X高新区), or None when it has none."""
    area = FTZ_AREA.fullmatch(full)  # 中国（云南）自由贸易试验区红河片区 … 红河片区
    if area is not None and not NOT_SHORT_MIDDLE.search(area["name"]):
        return area["area"], zone_canonical(doc, full) or full
    place = doc.lexicon.patterns["place"].match(full)
    if place is None:
        return None
    suffixes = doc.lexicon.once("names.zone_suffixes", lambda: tuple(
        sorted(doc.lexicon.words("zone", "suffixes"), key=len, reverse=True)))
    rest = full[place.end():]
    rest = rest[1:] if rest[:1] in "省市县区" else rest
    suffix = next((s for s in suffixes if rest.endswith(s)), None)
    middle = rest[:-len(suffix)] if suffix else ""
    if suffix is None or not 2 <= len(middle) <= 6 or not is_cjk(middle) or NOT_SHORT_MIDDLE.search(middle):
        return None
    return rest, zone_canonical(doc, full) or full


def zone_parks(doc: Doc) -> Iterator[Mention]:
    """``<zone><name>园区`` (X新区精细化工园区, X高新区光电产业园区): a park of the zone, written after it.

    The park's canonical name holds its zone's; the part after the zone is what the text calls it later.
    """
    text = doc.text
    if "园区" not in text:  # what every such park ends with (PARK_AFTER_ZONE's literal)
        return
    stops = _zone_stops(doc)
    ends = _every_zone_end(doc)
    named: dict[str, str] = {}
    for end, start in sorted(ends.items()):
        # (its 园区 after two to ten characters of name: the pattern is tried only where one is)
        park = PARK_AFTER_ZONE.match(text, end) if text.find("园区", end + 2, end + 12) >= 0 else None
        if park is None or park.group(1) in GENERIC_PARKS or NOT_PARK_NAME.search(park.group(1)):
            continue
        if left_edge(doc, park.end(1), stops=stops, max_len=10, floor=end) != end:
            continue
        named.setdefault(park.group(), compact(text[start:park.end()]))
        yield _mention(doc, end, park.end(), EntityType.ZONE, canonical=compact(text[start:park.end()]))
    for own, canonical in named.items():  # written again on its own (Y园区是…): the same park
        for at in find_all(text, own):
            head = at.end() - 2  # the name before 园区 starts where the text does, not inside a longer word
            if at.start() not in ends and left_edge(doc, head, stops=stops, max_len=10) == at.start():
                yield _mention(doc, at.start(), at.end(), EntityType.ZONE, canonical=canonical)


# ``Y园是高新区的核心园区``: a park named by its place and 园 alone, defined as a part of a zone (named or
# by its bare kind) after 是
DEFINED_PARK = regex(r"(?:^|(?<=[，。；：\n]))(?P<name>[\u4e00-\u9fff]{2,4}园)(?:是|为|系|作为)"
                     r"(?P<zone>[\u4e00-\u9fff]{0,16}?(?:高新区|经开区|开发区|新区|综保区|自贸区|园区))的?"
                     r"(?:核心|重要|主要|主体|特色)?(?:园区|区域|片区|组成部分|核心区|板块|承载区)")
DEFINED_PARK_OPENERS = tuple("该本全各其这此每一两三四五")
# 园 that names no park of a zone: a public garden, a kindergarten, a cemetery, a zoo (莲花公园, 阳光幼儿园)
NOT_PARK_GARDENS = ("公园", "花园", "幼儿园", "陵园", "动物园", "植物园", "游乐园", "果园", "菜园", "校园",
                    "家园")


def defined_parks(doc: Doc) -> Iterator[Mention]:
    """A park named ``Y园`` where the text defines it as a zone's park (``Y园是高新区的核心园区``), and the
    same name written elsewhere in the text."""
    text = doc.text
    if "园是" not in text and "园为" not in text and "园系" not in text and "园作为" not in text:
        return
    defined = {m["name"] for m in DEFINED_PARK.finditer(text)
               if not m["name"].startswith(DEFINED_PARK_OPENERS) and not m["name"].endswith(NOT_PARK_GARDENS)}
    for name in sorted(defined):
        for at in find_all(text, name):
            if text[at.end():at.end() + 1] != "区":  # Y园区 is another name
                yield _mention(doc, at.start(), at.end(), EntityType.ZONE)


# ``A与B、C和D共同构成X“一区四园”``: parks listed as the parts a zone is made of
MADE_OF = regex(r"(?:共同)?(?:构成|组成)了?")
PARK_ITEM_SEP = regex(r"与|和|及|、")


def park_lists(doc: Doc) -> list[tuple[list[tuple[int, int]], tuple[int, int]]]:
    """``A与B、C和D（共同）构成|组成X``, where every item is a park or zone by its suffix and a zone X is
    written right after the verb: (the items' spans, X's span)."""
    return doc.memo("names:park_lists", _park_lists)


def _park_lists(doc: Doc) -> list[tuple[list[tuple[int, int]], tuple[int, int]]]:
    text = doc.text
    if "构成" not in text and "组成" not in text:
        return _kind_park_lists(doc)
    suffixes = doc.lexicon.once("names.park_list_suffixes", lambda: tuple(sorted(
        {*doc.lexicon.words("zone", "suffixes"), *doc.lexicon.words("zone", "park_suffixes")},
        key=len, reverse=True)))
    wholes = {start: end for start, end, _ in zone_spans(doc)}
    out = []
    for verb in MADE_OF.finditer(text):
        parent = wholes.get(verb.end())
        if parent is None:
            continue
        begin = max(text.rfind(c, 0, verb.start()) for c in "，。；：！？\n") + 1
        items, at = [], begin
        for sep in [*PARK_ITEM_SEP.finditer(text, begin, verb.start()), None]:
            end = sep.start() if sep is not None else verb.start()
            items.append((at, end))
            at = sep.end() if sep is not None else at
        if len(items) < 2 or not all(_park_item(text, a, b, suffixes) for a, b in items):
            continue
        out.append((items, (verb.end(), parent)))
    return out + _kind_park_lists(doc)


# ``X高新区实行“一区多园”管理模式，包括A主园区、B科技工业园和C科技工业园``: the parks a zone of several is
# made of, listed after 包括 (or 分别是, 即) in the clause after its kind
MANY_PARKS = regex(r"[“\"]?一区[两三四五六七八九十多\d]+园[”\"]?")
PARKS_LISTED = regex(r"[^。；;！？\n]{0,12}?(?:[，,]\s*)?(?:包括|包含|分别是|分别为|即)[：:]?")
LIST_CLAUSE_END = regex(r"[，,。；;！？\n]|$")
# …where a part may be named by its main area or 园区 (X主园区, Y片区)
LISTED_PART_SUFFIXES = ("主园区", "园区", "片区")


def _kind_park_lists(doc: Doc) -> list[tuple[list[tuple[int, int]], tuple[int, int]]]:
    text = doc.text
    out: list[tuple[list[tuple[int, int]], tuple[int, int]]] = []
    for kind in MANY_PARKS.finditer(text) if "一区" in text else ():
        listed = PARKS_LISTED.match(text, kind.end())
        s_start, _ = doc.sentence_at(kind.start())
        wholes = [(a, b) for a, b, _ in zone_spans(doc) if s_start <= a and b <= kind.start()]
        items = _listed_parks(doc, listed.end()) if listed is not None and wholes else None
        if items is not None:
            out.append((items, max(wholes, key=lambda span: span[1])))
    if not any(verb in text for verb in ("辖", "包括", "包含", "涵盖")):
        return out
    for a, b, _ in zone_spans(doc):  # X高新区下辖A园区、B工业园和C科技园（三个园区）
        holds = ZONE_HOLDS.match(text, b)
        items = _listed_parks(doc, holds.end()) if holds is not None else None
        if items is not None:
            out.append((items, (a, b)))
    return out


# A zone followed by the parks it holds: X高新区(管委会)下辖|包括A、B和C
ZONE_HOLDS = regex(r"(?:管委会)?(?:目前|现|现已|共|共计)?(?:下辖|辖|包括|包含|涵盖)了?[：:]?")
# The count closing such a list (…和C等三个园区)
PARKS_COUNTED = regex(r"等?[两三四五六七八九十\d]+(?:个|大)(?:园区|片区|园)$")


def _listed_parks(doc: Doc, begin: int) -> list[tuple[int, int]] | None:
    """The items of a list of two or more parks from ``begin`` to its clause's end, each a park by its
    suffix (园区, 主园区 and 片区 too), else None."""
    text = doc.text
    suffixes = doc.lexicon.once("names.kind_park_list_suffixes", lambda: tuple(sorted(
        {*doc.lexicon.words("zone", "suffixes"), *doc.lexicon.words("zone", "park_suffixes"),
         *LISTED_PART_SUFFIXES}, key=len, reverse=True)))
    close = LIST_CLAUSE_END.search(text, begin)
    stop = close.start() if close is not None else len(text)
    counted = PARKS_COUNTED.search(text, begin, stop)
    stop = counted.start() if counted is not None else stop
    items, at = [], begin
    for sep in [*PARK_ITEM_SEP.finditer(text, begin, stop), None]:
        end = sep.start() if sep is not None else stop
        items.append((at, end))
        at = sep.end() if sep is not None else at
    return items if len(items) >= 2 and all(_park_item(text, a, b, suffixes) for a, b in items) else None


def _park_item(text: str, start: int, end: int, suffixes: tuple[str, ...]) -> bool:
    """A park or zone by its suffix, with two to eight Chinese characters of name before it."""
    suffix = next((s for s in suffixes if text.endswith(s, start, end)), None)
    name = text[start:end - len(suffix)] if suffix is not None else ""
    return 2 <= len(name) <= 8 and is_cjk(name) and not NOT_PARK_NAME.search(name)


def listed_parks(doc: Doc) -> Iterator[Mention]:
    """Each park of ``A与B、C和D共同构成X“一区四园”``."""
    for items, _ in park_lists(doc):
        for start, end in items:
            yield _mention(doc, start, end, EntityType.ZONE, canonical=compact(doc.text[start:end]))


def listed_zones(doc: Doc) -> Iterator[Mention]:
    """``长沙、株洲两个国家高新区``: each place of the list names its own zone (canonical: its full name)."""
    places = doc.lexicon.patterns["place"]
    for match in doc.lexicon.finditer("place_list_zone", doc.text):
        for place in places.finditer(doc.text, match.start("list"), match.end("list")):
            name = place.group() + match["suffix"]
            canonical = zone_canonical(doc, name) or name
            yield _mention(doc, place.start(), place.end(), EntityType.ZONE, canonical=canonical,
                           attrs=(("alias", name), ("form", "elided")))


NOT_ZONE_MIDDLE = regex(r"级|国家|全|各|等|和|与")
# A zone named after a bay, port, lake, island or river rather than an administrative division, with no
# place before it: X湾北岸经济开发区, Y港新区, Z湖高新区 (two or three characters before the feature word,
# so 临港/滨海/沿江 alone, words of a category, are not names; an optional shore or part after it).
FEATURE_PLACE = regex(r"(?![沿临滨环])[\u4e00-\u9fff]{2,3}[湾港湖岛江河海山](?:[东南西北][岸部])?")


def suffixed_zones(doc: Doc, known: Collection[tuple[int, int]] = ()) -> Iterator[Mention]:
    """Zones off the gazetteer by a designation suffix: ``<place><name><经济开发区|综合保税区…>``.

    The name must start with a known place (or a bilateral ``中新``/``中德`` before the place) and hold at
    most six characters between the place and the suffix, so that a clause is never taken for a name.
    A suffix whose every possible zone is a span in ``known`` (zones already yielded: the same mention) is
    passed over without its left edge (no tokens cut). Each suffix's zone is found once per article
    (``_suffixed_zone_of``), whoever asks first.
    """
    places = doc.lexicon.patterns["place"]
    for index, match in enumerate(_suffix_matches(doc)):
        led = _zone_before(doc).get(match.start()) if match.group() in ZONE_LED_SUFFIXES else None
        if led is not None:  # X新区|综合保税区: named after the zone it is in (its suffix stops left_edge)
            if (led, match.end()) not in known:
                yield zone_mention(doc, led, match.end())
            continue
        if known and not _new_zone_start(doc, places, match, known):
            continue  # nothing new whatever the left edge: spare left_edge (and cutting the block)
        zone = _suffixed_zone_of(doc, index)
        if zone is not None:
            yield zone


def _suffix_matches(doc: Doc) -> tuple[re.Match[str], ...]:
    """The designation suffixes of the text (``named_zone_suffix``), in order."""
    return doc.memo("names.suffix_matches",
                    lambda d: tuple(d.lexicon.patterns["named_zone_suffix"].finditer(d.text)))


def _suffixed_zone_of(doc: Doc, index: int) -> Mention | None:
    """The zone named off the gazetteer that ends with the ``index``-th suffix, if any (found once)."""
    found = doc.memo("names.suffixed_of", lambda _: {})
    if index not in found:
        found[index] = _find_suffixed_zone(doc, _suffix_matches(doc)[index])
    return found[index]


def _find_suffixed_zone(doc: Doc, match: re.Match[str]) -> Mention | None:
    pos, end = match.span()
    led = _zone_before(doc).get(pos) if match.group() in ZONE_LED_SUFFIXES else None
    if led is not None:
        return zone_mention(doc, led, end)
    places = doc.lexicon.patterns["place"]
    if not _new_zone_start(doc, places, match, ()):
        return None  # no zone whatever the left edge: spare left_edge (and cutting the block)
    start = left_edge(doc, pos, stops=_zone_stops(doc), max_len=12)
    if not _is_suffixed_zone(doc, places, start, match):
        start = _inner_place_start(doc, places, start, match)  # 现称|芜湖X经济开发区
    return zone_mention(doc, start, end) if start is not None else None


# Designations of a zone often named after the zone it lies in (X新区综合保税区, X高新区出口加工区)
ZONE_LED_SUFFIXES = ("综合保税区", "保税港区", "保税物流园区", "出口加工区")


def _inner_place_start(doc: Doc, places: re.Pattern[str], start: int, match: re.Match[str]) -> int | None:
    """The start of a suffixed zone inside a run left_edge took whole (现称|芜湖X经济开发区: a verb glued to
    the name): the leftmost place opening a token in the run from which the rest is a zone, else None; never
    after 原 (（原Y经济开发区）: a former name of the zone before it, not a zone of its own)."""
    starts = doc.token_starts
    place = places.search(doc.text, start + 1, match.start())
    while place is not None:
        at = place.start()
        if at > 0 and doc.text[at - 1] == "原":
            return None
        if at in starts and _is_suffixed_zone(doc, places, at, match):
            return at
        place = places.search(doc.text, at + 1, match.start())
    feature = _feature_start(doc.text, start + 1, match.start())  # 来到|X湾北岸经济开发区
    if feature is not None and feature in starts and doc.text[feature - 1] != "原":
        return feature
    return None


# The last character of every ``FEATURE_PLACE`` name: its feature word, or the 岸/部 of a shore or part after
# it. A name ending otherwise is none, whatever its start: no start is tried (most suffixes follow none).
FEATURE_LAST = frozenset("湾港湖岛江河海山岸部")


def _feature_start(text: str, low: int, pos: int) -> int | None:
    """The leftmost start in ``low:pos`` from which the rest is a ``FEATURE_PLACE`` name, else None."""
    if pos <= 0 or text[pos - 1] not in FEATURE_LAST:
        return None
    for at in range(max(low, pos - 6), pos - 2):
        if feature_name(text, at, pos):
            return at
    return None


def feature_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a ``FEATURE_PLACE`` name (not 全省各港, 本市沿江: a category)."""
    return FEATURE_PLACE.fullmatch(text, start, end) is not None and \
        not NOT_ZONE_MIDDLE.search(text, start, end) and not re.search(r"[省市县本该这]", text[start:end])


def _new_zone_start(doc: Doc, places: re.Pattern[str], match: re.Match[str],
                    known: Collection[tuple[int, int]]) -> bool:
    """Whether a zone ending with ``match`` would make a span not in ``known``: some start at most 12
    characters before ``match`` (``left_edge``'s reach) where a place starts, or a bilateral lead before
    one, from which ``_is_suffixed_zone`` takes a zone, and whose span is new. A known span is passed over
    before the zone test (the costly part), and the search ends at the first new one."""
    text, pos, end = doc.text, match.start(), match.end()
    low = max(0, pos - 12)
    place = places.search(text, low, pos)
    while place is not None:  # every position a place starts at (its match ending by pos)
        at = place.start()
        if any(start >= low and (start, end) not in known and _is_suffixed_zone(doc, places, start, match)
               for start in (at - 2, at)):
            return True
        place = places.search(text, at + 1, pos)
    feature = _feature_start(text, low, pos)  # X湾北岸经济开发区: no place opens the name
    return feature is not None and (feature, end) not in known


def _is_suffixed_zone(doc: Doc, places: re.Pattern[str], start: int, match: re.Match[str]) -> bool:
    """Whether ``text[start:match.end()]`` is a zone named by its designation suffix (``match``)."""
    text = doc.text
    lead = BILATERAL.match(text, start, match.start())
    place = places.match(text, lead.end() if lead else start, match.start())
    if place is None:  # X湾北岸经济开发区, Y港新区: named after a bay, port or lake, no place before it
        pos = match.start()
        return lead is None and 0 < pos and text[pos - 1] in FEATURE_LAST and feature_name(text, start, pos)
    middle = text[place.end():match.start()]
    middle = middle[1:] if middle[:1] in "省市县区" else middle
    if middle and match.group() in ("新区", "高新区", "经开区") and \
            places.match(text, match.start() - len(middle), match.start()):
        return False  # 宁夏|银川经开区: the zone is named after the inner place
    if len(middle) > 6 or (middle and not is_cjk(middle)) or NOT_ZONE_MIDDLE.search(middle):
        return False
    area = doc.lexicon.area(place.group())
    # 四川省高新技术产业园区: a category
    return bool(middle) or (area is not None and area.level != "province")


GENERIC_PARK_PREFIXES = frozenset({"特色", "专业", "各类", "一批", "现代", "产业", "科技", "创新", "国际",
                                   "飞地"})
HAS_ZH = regex(f"[{ZH}]")
# X是Z的|化工产业园: a kind of park said of X (its field + 产业园), not a park's name
DESCRIBED_AS = regex(r"(?:是|为|系)[^，。；：是为]{0,20}的$")


# A park's rank, not its name: 打造世界级X产业基地, 建成国家级Y产业园
RANKED_PARK_OPENERS = ("世界级", "国家级", "省级", "市级", "全国", "全省", "全球", "国际一流", "一流",
                       "国内领先", "具有")


def parks(doc: Doc) -> Iterator[Mention]:
    stops = _zone_stops(doc, "运营", "特色", "各类", "一批", "专业", "加快", "加速", "推进", "抓好", "谋划",
                        "下辖", "包括", "包含", "涵盖")
    generic = GENERIC_PARK_PREFIXES
    text = doc.text
    found: list[Mention] = []
    branches: set[str] = set()  # the names of the branches (X分区) written after their zones so far
    for match in doc.lexicon.patterns["park"].finditer(text):
        end = match.end()  # strip_brackets keeps it: no park suffix ends with a bracket
        if end < len(text) and text[end] in "区":  # 产业园区 is a suffix of a longer name
            continue
        if text.startswith("项目", end):  # X光通信器件产业园项目: a project's name, not a park
            continue
        start = left_edge(doc, match.start(), stops=stops, max_len=12)
        start, end = strip_brackets(text, start, end)
        prefix = text[start:match.start()]
        if len(prefix) < 2 or prefix in generic or NUMERAL_START.match(prefix) or not HAS_ZH.search(prefix) \
                or prefix.startswith(RANKED_PARK_OPENERS):
            continue
        if DESCRIBED_AS.search(text, max(0, start - 24), start) and prefix in doc.lexicon.once(
                "names.industry_set", lambda: frozenset(doc.lexicon.gazetteer.industries)):
            continue
        zone = _zone_before(doc).get(start)  # X高新区|Y产业园: the park's name holds its zone's
        if zone is None:  # X经济开发区|Y产业园
            zone = _suffixed_zone_before(doc, (start,)).get(start)
        if not _branch_named(doc, match, prefix, zone, branches):
            continue
        canonical = compact(doc.text[start if zone is None else zone:end])  # (a zone may open the text)
        found.append(_mention(doc, start, end, EntityType.ZONE, canonical=canonical))
    yield from _led_parks_again(text, found)


# A zone's branch: named after its site, and only a name when written after its zone or by a place
BRANCH_SUFFIX = "分区"


def _branch_named(doc: Doc, match: re.Match[str], prefix: str, zone: int | None, branches: set[str]) -> bool:
    """Whether a park ending with ``match`` may be named: any park but a branch (X分区), which is one right
    after its zone (张江高新区|嘉兴分区), by a place alone (嘉兴分区) or as a branch so named before; not a
    word of planning (功能分区, 管控分区)."""
    if match.group() != BRANCH_SUFFIX:
        return True
    if zone is not None:
        branches.add(prefix)
        return True
    return prefix in branches or doc.lexicon.patterns["place"].fullmatch(prefix) is not None


def suffixed_zone_ends(doc: Doc) -> frozenset[int]:
    """Every place a zone named off the gazetteer by a designation suffix (``suffixed_zones``) may end: right
    after a suffix, or after the bracket that follows one (``zone_mention`` takes a bracketed district or
    second name in: a bracket of two to eight Han characters). A superset, found by one scan: a test on
    it spares finding those zones (their left edges) where none can end."""
    return frozenset(chain.from_iterable(_possible_ends(doc, match) for match in _suffix_matches(doc)))


def _possible_ends(doc: Doc, match: re.Match[str]) -> tuple[int, ...]:
    """Where the zone ending with the suffix ``match`` may end: at the suffix, or after a bracket after it."""
    end = match.end()
    if doc.text.startswith(("（", "("), end):
        close = BRACKET_CLOSE.search(doc.text, end + 1, end + 11)
        if close is not None:
            return end, close.end()
    return (end,)


BRACKET_CLOSE = regex(r"[）)]")


def _suffixed_zone_before(doc: Doc, ends: Collection[int] | None = None) -> dict[int, int]:
    """The end of each zone named off the gazetteer by a designation suffix (X经济开发区), mapped to its
    start: a park written right after one is named with it in front, as after a zone of the gazetteer.
    With ``ends``, only the zones ending at one of them (only their suffixes are read)."""
    out: dict[int, int] = {}
    for index, match in enumerate(_suffix_matches(doc)):
        if ends is not None and not any(end in ends for end in _possible_ends(doc, match)):
            continue
        zone = _suffixed_zone_of(doc, index)
        if zone is not None and (ends is None or zone.end in ends):
            out[zone.end] = zone.start
    return out


def _led_parks_again(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Parks as found, a park written alone (Y产业园) after the one zone-led park it names (X高新区|Y产业园,
    canonical X高新区Y产业园) taking that park's canonical name: the same park written again. A park right
    after a zone's name (区|Y产业园) is that zone's, whatever it was named."""
    led: dict[str, list[Mention]] = {}
    for m in found:
        if m.canonical is not None and m.canonical != m.text and m.canonical.endswith(m.text):
            led.setdefault(m.text, []).append(m)
    out = []
    for m in found:
        first = led.get(m.text, ())
        if m.canonical == m.text and len({p.canonical for p in first}) == 1 and first[0].start < m.start \
                and text[m.start - 1:m.start] != "区":
            m = Mention(m.text, m.cls, m.start, m.end, m.article, first[0].canonical, m.attrs)
        out.append(m)
    return out


def _zone_before(doc: Doc) -> dict[int, int]:
    """The end of each named zone in the article (after its bracketed district), mapped to its start:
    a park written right after one is named with it in front (贵阳高新区|软件产业园 is 贵阳高新区软件产业园,
    another zone's 软件产业园 another park)."""
    def compute(_: Doc) -> dict[int, int]:
        never = doc.lexicon.once("names.zone_never", lambda: frozenset(doc.lexicon.words("zone", "never")))
        return _zone_ends(doc, never=never)
    return doc.memo("names.zone_before", compute)


def _zone_ends(doc: Doc, *, never: Collection[str] = ()) -> dict[int, int]:
    """The end of each zone of ``zone_spans`` (after its bracketed district) mapped to the earliest start of
    a zone ending there; zones whose text is in ``never`` left out."""
    ends: dict[int, int] = {}
    for start, end, match_end in zone_spans(doc):
        if never and doc.text[start:match_end] in never:
            continue
        paren = PAREN_PLACE.match(doc.text, end) if doc.text.startswith(OPENING_BRACKETS, end) else None
        end = paren.end() if paren is not None else end
        ends[end] = min(ends.get(end, start), start)
    return ends


def _every_zone_end(doc: Doc) -> dict[int, int]:
    """``_zone_ends(doc)`` (no zone left out), made once per article for the parks and the clusters after
    a zone."""
    return doc.memo("names.zone_ends", _zone_ends)


# ----------------------------------------------------------------------------------------- areas

def place_matches(doc: Doc) -> tuple[re.Match[str], ...]:
    """Every match of ``place`` in the article, scanned once for ``areas`` and ``short_bodies``."""
    return doc.memo("names.place_scan", lambda d: tuple(d.lexicon.patterns["place"].finditer(d.text)))


def dept_matches(doc: Doc) -> tuple[re.Match[str], ...]:
    """Every ``<place><department>`` match in the article, scanned once for bodies and short_bodies."""
    return doc.memo("names.dept_scan", lambda d: tuple(d.lexicon.finditer("dept", d.text)))


@mention_extractor("areas")
def areas(doc: Doc) -> Iterator[Mention]:
    """Provinces, cities and counties by full or short name (canonical: the full name)."""
    names = doc.lexicon.area_names
    for match in place_matches(doc):
        text = match.group()
        full = names.get(text)
        if full is None:
            continue
        end = match.end()
        if text != full and doc.text.startswith(full[len(text):], end) and full.startswith(text):
            end += len(full) - len(text)
        if len(text) == 2 and text == full and match.start() not in doc.token_starts:
            continue  # a one-character county inside a word: 示范|县, 提高|县级, 形成|县域 (范县, 高县, 成县)
        yield _mention(doc, match.start(), end, EntityType.AREA, canonical=full)


# ------------------------------------------------------------------------------------------ bodies

@mention_extractor("bodies")
def bodies(doc: Doc) -> Iterator[Mention]:
    """National bodies on the gazetteer and ``<place><department>`` bodies (湖南省发改委, 郑州市委)."""
    gaz = doc.lexicon.gazetteer
    for match, entry, unit in national_bodies(doc):
        yield _mention(doc, match.start(), match.end(), EntityType.GOVERNMENT_BODY, canonical=entry.name)
        if unit is not None and gaz.body(doc.text[match.start():unit]) is None:
            yield _mention(doc, match.start(), unit, EntityType.GOVERNMENT_BODY,
                           canonical=entry.name + doc.text[match.end():unit], attrs=(("parent", entry.name),))
    for match in dept_matches(doc):
        start = match.start()
        if start >= 2 and doc.text[start - 2:start] == "中共":
            start -= 2
        yield _mention(doc, start, match.end(), EntityType.GOVERNMENT_BODY,
                       canonical=_body_canonical(doc, match))
    yield from short_bodies(doc)
    for match in CORPS_DIVISION.finditer(doc.text) if "兵团第" in doc.text else ():
        yield _mention(doc, match.start(), match.end(), EntityType.GOVERNMENT_BODY,
                       canonical=f"新疆生产建设兵团第{match['number']}师")
    yield from subdistricts(doc)


# A sub-district named before its organs (X街道党工委书记, Y街道办事处主任): a body posts are held in
SUBDISTRICT_ORGAN = regex(r"街道(?=党工委|党委|办事处|人大工委)")
NOT_IN_SUBDISTRICT = regex(r"[的、和与及在等为是将对了各该本全两个]")
# Verbs a tokenizer may join to a sub-district's name (兼任|杜店街道党工委书记, 托管|X街道)
SUBDISTRICT_LEAD = regex(r"兼任|担任|出任|托管|管辖|包括|涵盖|覆盖|辖")


def subdistricts(doc: Doc) -> Iterator[Mention]:
    """A sub-district (街道) written with its organs after it: 宋家庄街道党工委书记 → the body 宋家庄街道 (its
    name two to four characters from a word start, no particle or conjunction in it)."""
    text = doc.text
    for match in SUBDISTRICT_ORGAN.finditer(text) if "街道" in text else ():
        pos, end = match.span()
        start = next((pos - n for n in (4, 3, 2) if pos - n >= 0 and pos - n in doc.token_starts
                      and is_cjk(text[pos - n:pos]) and not NOT_IN_SUBDISTRICT.search(text, pos - n, pos)),
                     None)
        lead = SUBDISTRICT_LEAD.match(text, start, pos) if start is not None else None
        start = lead.end() if lead is not None and pos - lead.end() >= 2 else start
        if start is not None:  # (X街道办事处主任: the office is the sub-district's, named with it)
            office = end + 3 if text.startswith("办事处", end) else end
            yield _mention(doc, start, office, EntityType.GOVERNMENT_BODY, canonical=text[start:end])


# A division of the 新疆生产建设兵团, a body of its own (兵团第八师副师长): 第一师 … 第十四师
CORPS_DIVISION = regex(r"(?:新疆生产建设)?兵团第(?P<number>[一二三四五六七八九十]{1,3})师(?!范)")


# 科技部门, 商务部门, 财政部门: a kind of department anywhere, not the ministry (科技部, 商务部)
WORD_AFTER_BODY = regex(r"门")


def _inside_word(doc: Doc, match: re.Match[str]) -> bool:
    """Whether a national body's short name is the head of a longer word (地市科技部门), or a two-character
    one (中办, 国办) is cut across by the words around it (集中办理: 集中|办理)."""
    starts = doc.token_starts
    if len(match.group()) == 2 and not (match.start() in starts and match.end() in starts):
        return True
    return match.group().endswith("部") and WORD_AFTER_BODY.match(doc.text, match.end()) is not None


# A ministry's own bureau, department or centre written after it (X部中小企业局, X委高技术司)
MINISTRY_UNIT = regex(r"[\u4e00-\u9fff]{2,8}?(?:局|司|中心|办公室)")
NOT_UNIT = regex(r"[的了和与及在将对为是等于把被向从]|印发|发布|联合|近日|日前|今年|召开|举办|组织|公布"
                 r"|出台|下发|制定|会同|牵头|认定|确定|批准|支持|推动|指导")


UNIT_AFTER = regex(r"[，。、；：）（]|(?:有关|相关)?负责人|等|联合|会同|印发|发布|召开|举办|组织"
                   r"|表示|指出|介绍|认为|透露|强调")


def _ministry_unit(doc: Doc, pos: int) -> int | None:
    """End of the sub-unit written right after a national body at ``pos`` (its name, then a title,
    punctuation or 负责人), or None."""
    match = MINISTRY_UNIT.match(doc.text, pos)
    if match is None or NOT_UNIT.search(match.group()):
        return None
    after = doc.text[match.end():match.end() + 6]
    if doc.lexicon.patterns["title"].match(doc.text, match.end()) or (
            UNIT_AFTER.match(after) and match.end() in doc.token_starts):  # the tokens asked last
        return match.end()
    return None


def national_bodies(doc: Doc) -> tuple[tuple[re.Match[str], BodyEntry, int | None], ...]:
    """The national bodies on the gazetteer written in the article (not the head of a longer word), each with
    its entry and the end of a sub-unit written after it (None without one): scanned once per article for
    ``bodies`` and the bodies titles are held in."""
    return doc.memo("names.national_bodies", _national_bodies)


def _national_bodies(doc: Doc) -> tuple[tuple[re.Match[str], BodyEntry, int | None], ...]:
    out = []
    for match in doc.lexicon.patterns["body_name"].finditer(doc.text):
        entry = doc.lexicon.gazetteer.body(match.group())
        if entry is None or _inside_word(doc, match):
            continue
        out.append((match, entry, _ministry_unit(doc, match.end())))
    return tuple(out)


def _ministry_unit_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Spans of national bodies on the gazetteer (科技部火炬中心), with a sub-unit written after one."""
    return tuple((match.start(), unit if unit is not None else match.end())
                 for match, _, unit in national_bodies(doc))


# Not departments by a short form: the committee and the government themselves (市委、市政府 stay generic)
SHORT_DEPT_NEVER = frozenset(("委", "委员会", "政府", "人民政府", "市委", "省委", "县委", "区委", "政协",
                              "人大常委会"))


def short_bodies(doc: Doc) -> Iterator[Mention]:
    """``省工信厅``, ``市政府``: a department of the one province (or city) the story names."""
    shorts = tuple(doc.lexicon.patterns["short_dept"].finditer(doc.text))
    if not shorts:
        return
    full_ends = {m.end() for m in dept_matches(doc)}
    own: dict[str, set[str]] = {"省": set(), "市": set()}
    counties: set[str] = set()
    for name in {match.group() for match in place_matches(doc)}:
        area = doc.lexicon.area(name)
        if area is not None and area.level in ("province", "city"):
            own["省" if area.level == "province" else "市"].add(area.name)
        elif area is not None and area.level == "county":
            counties.add(area.name)
    if not own["省"]:  # 温州…省科技厅: the province of the cities (else of the counties) the story names
        provinces = (doc.lexicon.gazetteer.province_of(place) for place in own["市"] or counties)
        own["省"] = {p.name for p in provinces if p is not None}
    for match in shorts:
        names = own["省" if match["level"] == "自治区" else match["level"]]
        if match["level"] == "自治区":  # 自治区科技厅: the story's province, when it is a region
            names = {name for name in names if name.endswith("自治区")}
        if match.end() in full_ends or len(names) != 1 or match["dept"] in SHORT_DEPT_NEVER or \
                not _short_dept_start(doc, match.start()):  # 城市政府: 市 inside a word
            continue
        area = next(iter(names))
        canonical = area + doc.lexicon.full_department(match["dept"])
        yield _mention(doc, match.start(), match.end(), EntityType.GOVERNMENT_BODY, canonical=canonical)


# Words jieba glues to the 省/市 of a short department (由省|科技厅, 受省|工信厅, 经市|发改委)
GLUED_TO_LEVEL = "由受经向与和及在从对据将把被为给同跟"


def _short_dept_start(doc: Doc, pos: int) -> bool:
    """Whether a short department (省科技厅) starts a word at ``pos``: a token starts there, or a
    preposition glued to its 省/市 (由省|科技厅) ends the token there."""
    return pos in doc.token_starts or (pos + 1 in doc.token_starts and pos > 0 and
                                       doc.text[pos - 1] in GLUED_TO_LEVEL and
                                       (pos - 1) in doc.token_starts)


def _body_canonical(doc: Doc, match: re.Match[str]) -> str:
    if match["dept"] in ("委", "市委", "省委", "县委", "区委", "政府"):
        return compact(match.group())
    area = doc.lexicon.area(match["place"])
    full = area.name if area is not None else match["place"] + (match["level"] or "")
    rest = doc.text[match.start("place"):match.end()]
    rest = rest[len(full):] if rest.startswith(full) else doc.text[match.start("dept"):match.end()]
    return full + doc.lexicon.full_department(rest)


# ------------------------------------------------------------------------------- organisations

@mention_extractor("organisations")
def organisations(doc: Doc) -> Iterator[Mention]:
    """Associations, chambers, universities and institutes by their suffix; a company's institute
    (X集团有限公司Y研究院, 该公司…设有Y研究院) is a company of its own, its owner kept as ``owner``."""
    stops = _stops_once(doc)
    for match in doc.lexicon.patterns["org_suffix"].finditer(doc.text):
        start = left_edge(doc, match.start(), stops=stops, max_len=14)
        start, end = strip_brackets(doc.text, start, match.end())
        if match.start() - start < 2:
            continue
        owned = _company_institute(doc, start, match) if match.group().endswith(INSTITUTES) else None
        if owned is not None:
            start, owner = owned
            yield _mention(doc, start, end, EntityType.COMPANY, canonical=compact(doc.text[start:end]),
                           attrs=(("owner", owner),))
            continue
        yield _mention(doc, start, end, EntityType.ORGANIZATION, canonical=compact(doc.text[start:end]))


INSTITUTES = ("研究院", "研究所")
# An institute set up by the company the clause is about: 该公司在X设有Y研究院, 该集团设立Y研究院
SET_UP = regex(r"(?:设有|设立|成立|组建|建有|建立|新建)了?")
COMPANY_SUBJECT = regex(r"(?:该|本|这家)(?:公司|集团|企业)")


def _company_institute(doc: Doc, start: int, match: re.Match[str]) -> tuple[int, str] | None:
    """(start, owner's full name) of an institute run by a company: named with the company's full name in
    front (X集团有限公司Y研究院) or a short name of a company named in full before (X研究院), or set up by the
    company a clause opened with 该公司 refers to (the company opening its sentence or the one before, else
    the last company named in full before it)."""
    text = doc.text
    spans = company_spans(doc)
    for a, b in spans:  # X集团有限公司|Y研究院: the company's name opens the institute's
        if a <= start < b and match.start() - b >= 2:
            return a, compact(text[a:b])
    clause = max(text.rfind(c, 0, match.start()) for c in "，。；：！？\n") + 1
    verbs = list(SET_UP.finditer(text, max(clause, start - 20), match.start()))
    head = verbs[-1].end() if verbs else start
    for a, b in spans:  # X公司|Y研究院 by the company's short name, named in full before (X动力研究院)
        full = _renamed(text, a, spans) or compact(text[a:b])  # (a former name's company: A原名B)
        if b <= head and any(text.startswith(form, head) and match.start() - head >= len(form)
                             for form in short_forms(doc, full)):
            return head, full
    if not verbs or not COMPANY_SUBJECT.match(text, clause) or match.start() - verbs[-1].end() < 2:
        return None
    owners = [(a, b) for a, b in spans if b <= clause and clause - b <= 200]
    if not owners:
        return None
    s_start, _ = doc.sentence_at(clause)  # the company opening that sentence or the one before: its subject
    s_start = doc.sentence_at(max(0, s_start - 1))[0] if s_start >= clause - 1 else s_start
    a, b = next(((a, b) for a, b in owners if a == s_start), owners[-1])
    return verbs[-1].end(), _renamed(text, a, spans) or compact(text[a:b])


# ---------------------------------------------------------------------------------------- companies

def company_spans(doc: Doc) -> list[tuple[int, int]]:
    """Full company names: a legal or group suffix and a left edge found from tokens and stop words."""
    return doc.memo("names:company_spans", _company_spans)


def _company_spans(doc: Doc) -> list[tuple[int, int]]:
    stops = _stop_words(doc)
    generic = _word_set(doc.lexicon.words("company", "generic"))
    out: list[tuple[int, int]] = []
    for match in doc.lexicon.patterns["company_suffix"].finditer(doc.text):
        edge = match.start()
        trade = next((w for w in TRADE_WORDS
                      if doc.text.endswith(w, 0, edge) and edge - len(w) in doc.token_starts), None) \
            if doc.text.endswith(TRADE_WORDS, 0, edge) else None  # (most names: none of them)
        if trade is not None:  # 恒泰国际投资有限公司: a trade word before the suffix is part of the name
            edge -= len(trade)
        start = _across_trade_words(doc, left_edge(doc, edge, stops=stops, max_len=24), stops)
        if start == edge and trade is not None:
            continue
        start, end = strip_brackets(doc.text, start, match.end())
        owner = doc.text.rfind("子公司", start, match.start())
        if owner >= 0:  # 另一家子公司Y有限公司 (tokens 一家子|公司): Y starts after 子公司
            start = owner + 3
        inner = LIMITED.search(doc.text, start, match.start())
        if inner is not None and match.group() not in BRANCHES:  # A有限公司系B集团控股子公司: no name
            start = max(m.end() for m in LIMITED.finditer(doc.text, start, match.start()))
        start = _past_glued_word(doc, start, match.start())
        start = _past_descriptor(doc, start, match.start())
        start = _past_joined_party(doc, start, match.start())
        start = _across_inner_he(doc, start, stops)
        if doc.text.startswith("由", start) and match.start() - start >= 3:  # ，由X集团投资运营: 由X a token
            start += 1
        start = _past_former_name(doc.text, start, match.start())
        start = _past_latin_name(doc.text, start, match.start())
        start = _past_platform(doc.text, start, match.start())
        if _is_platform_word(doc.text, start, end):  # 发挥平台公司作用: what a firm is, no name
            continue
        if _declares_short(doc.text, start, match.start()):  # X（以下简称Y集团）: Y集团 is X's alias
            continue
        core = compact(doc.text[start:match.start()])
        if len(core) < 2 or core in generic or NUMERAL_START.match(core) or core[0] in "该本这其各" or \
                core.endswith("企业") or (core[0] in GLUED_BEFORE and core[1] in "该本这其各"):  # 由该公司
            continue
        if match.group() == "子公司" and core.endswith(OWNER_WORDS):  # A控股子公司B: who owns B, no name
            continue
        if match.group() in ("集团", "银行", "公司") and len(core) < 2:
            continue
        out.append((start, end))
    return out


# A bracket declaring a short form: （以下简称, (简称, （下称
DECLARING_BRACKET = regex(r"[（(]\s*(?:以下简称|以下称|下称|简称)")


def _declares_short(text: str, start: int, end: int) -> bool:
    """Whether a company name found back from its suffix runs over a bracket declaring a short form
    (X集团（以下简称Y集团）, （以下简称Y集团）): the short form is an alias of the name before the bracket
    (``DECLARED_SHORT``), never a name of its own nor part of one."""
    return "称" in text[start:end] and DECLARING_BRACKET.search(text, start, end) is not None


# What a zone's state-owned firm is called before its name: X区国有平台公司|Y集团有限公司, 区属国企|Y公司
PLATFORM = regex(r"(?:区属|市属|县属|省属)?(?:国有|国资)?(?:投融资|投资|融资|建设|运营|产业)?"
                 r"平台(?:公司|企业)|(?:区属|市属|县属|省属)国(?:有企业|企)")


def _past_platform(text: str, start: int, end: int) -> int:
    """A name's start moved past what the firm is, written before it (新区国有平台公司|Y集团有限公司),
    when two or more characters of name are left."""
    if "平台" not in text[start:end] and "国企" not in text[start:end] and "国有企业" not in text[start:end]:
        return start
    last = None
    for last in PLATFORM.finditer(text, start, end):
        pass
    return last.end() if last is not None and end - last.end() >= 2 else start


def _is_platform_word(text: str, start: int, end: int) -> bool:
    """Whether a span ends with a word for what a firm is (…平台公司): 二要发挥平台公司作用 names no firm."""
    return text.endswith(("平台公司", "平台企业"), start, end) and \
        any(m.end() == end for m in PLATFORM.finditer(text, max(start, end - 12), end))


# A firm's Latin name, words apart by spaces, right before its Chinese name in brackets:
# Northwind Cell Materials（北风电池材料有限公司）, Kestrel Photonics Inc.（凯斯特光电公司）
LATIN_FIRM = regex(r"[A-Za-z][A-Za-z0-9&'.,\-]*(?: [A-Za-z0-9&'.,\-]+)*(?=[（(])")


def _past_latin_name(text: str, start: int, end: int) -> int:
    """A name's start moved past a Latin name and the bracket opening the Chinese name after it
    (Cell Materials（|北风电池材料有限公司): the Chinese name is the span's."""
    found = LATIN_FIRM.match(text, start, end)
    if found is None or found.end() >= end or text[found.end()] not in "（(" or end - found.end() < 3:
        return start
    return found.end() + 1


def latin_firm_names(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """A company named in Latin with its Chinese name in brackets right after (X Y Materials（Z有限公司）):
    the Latin name's span and the Chinese name's (a full company name), one company."""
    text = doc.text
    out: list[tuple[int, int, int, int]] = []
    for start, end in spans:
        if start < 2 or text[start - 1] not in "（(" or text[end:end + 1] not in ("）", ")"):
            continue
        before = re.search(r"[A-Za-z][A-Za-z0-9&'.,\- ]*[A-Za-z0-9.]$", text[max(0, start - 61):start - 1])
        if before is None or not re.search("[A-Za-z]{2}", before.group()):
            continue
        out.append((start - 1 - len(before.group()), start - 1, start, end))
    return out


# Words of a renaming written right before a company's name (A原名B有限公司, 更名为B集团): not the name's
FORMER_NAME = regex("原名(?:为|是)?|曾用名|更名为|改名为|前身(?:为|是)")


def _past_former_name(text: str, start: int, end: int) -> int:
    """A name's start moved past a renaming word glued before it (原名|B有限公司), two characters or more
    of name left."""
    found = FORMER_NAME.match(text, start, end)
    return found.end() if found is not None and end - found.end() >= 2 else start


def _renamed(text: str, start: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """A former name's company: the one named right before it, ``A原名B`` (B another name of A)."""
    head = text.rfind("原名", max(0, start - 3), start)
    if head < 0 or FORMER_NAME.match(text, head, start) is None or \
            FORMER_NAME.match(text, head, start).end() != start:
        return None
    return next((compact(text[a:b]) for a, b in spans if b == head), None)


# Trade words that stop a left edge as verbs (X投资Y公司) but sit inside state platforms' names
# (襄阳市国有资产投资经营集团, 株洲市城市建设发展集团, 芜湖市建设投资有限公司)
INNER_TRADE_WORDS = ("投资建设", "投资", "建设")
GOVERNMENT_ENDS = ("政府", "管委会", "委员会", "党工委", "局", "厅", "委", "办", "部", "高新区", "开发区",
                   "园区")


def _across_inner_he(doc: Doc, start: int, stops: frozenset[str]) -> int:
    """A company name's start moved left across a 和 that stopped it, when what is before the 和 is one
    character on its own (子公司永和精工（厦门）有限公司, 日本永和精工株式会社): a side of one character
    is no party, the 和 is the name's (三和, 永和, 天和), with a country written right before it."""
    text = doc.text
    if start < 2 or text[start - 1] != "和" or start - 1 not in doc.token_starts or \
            start - 2 not in doc.token_starts or not is_cjk(text[start - 2]):
        return start
    head = start - 2
    if text[head] in stops or text[head] in "我你他她它并又也还都省市县区镇乡村":  # 他和X公司, 省和市X公司
        return start
    before = doc.token_at(head - 1) if head > 0 else None
    if before is None or not is_cjk(before[0]) or before[0] in stops:
        return head
    if before[0] in doc.lexicon.words("company", "foreign_places"):
        return before[1]
    return start


def _across_trade_words(doc: Doc, start: int, stops: frozenset[str]) -> int:
    """A company name's start moved left across a trade word that stopped it, when what is before the
    word is a run of name characters led by a place name (襄阳市国有资产|投资|经营集团)."""
    text = doc.text
    places = doc.lexicon.patterns["place"]
    for _ in range(2):
        word = next((w for w in INNER_TRADE_WORDS if text.endswith(w, 0, start)), None)
        if word is None or places.match(text, start) is not None:  # 株洲市投资|湖南X公司: a name of its own
            return start
        before = start - len(word)
        if before not in doc.token_starts:
            return start
        head = _past_platform(text, left_edge(doc, before, stops=stops, max_len=16), before)  # (平台公司|X…)
        if head >= before or places.match(text, head) is None or text.endswith(GOVERNMENT_ENDS, head, before):
            return start  # 深圳市政府|投资|X有限公司: the government invests
        start = head
    return start


# Prepositions jieba may glue to a name's first characters (由楚峰|集团): never a name's first character when
# the rest of the name is written elsewhere without them
GLUED_BEFORE = "由与和同向对把被将在从为"


def _past_glued_word(doc: Doc, start: int, end: int) -> int:
    """A name's start moved past a preposition glued to it (由X集团) when X is written elsewhere without
    it."""
    for at in range(start, end - 2):  # 由X集团, 项目由X集团 (jieba: 项目|由X)
        head = doc.text[at]
        rest = doc.text[at + 1:end]
        if head not in GLUED_BEFORE or not is_cjk(rest):
            continue
        if any(doc.text[m.start() - 1:m.start()] != head for m in find_all(doc.text, rest)):
            return at + 1
    return start


# A descriptor news writes before a company's name, ending in 企业/公司: 德国企业X集团, 行业龙头企业X公司
DESCRIPTOR_KINDS = r"(?:知名|龙头|外资|独资|中外合资|中外合作|合资|港资|台资|世界500强|500强|跨国)"


def _countries(doc: Doc) -> str:
    """The lexicon's foreign places as one alternation, longest first."""
    return _alternation(doc.lexicon.words("company", "foreign_places"))


@functools.lru_cache(maxsize=4)
def _alternation(words: tuple[str, ...]) -> str:
    """``words`` as one regex alternation, longest first (made once per word list, not per article)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@functools.lru_cache(maxsize=4)
def _compiled_descriptor(countries: str) -> re.Pattern[str]:
    return re.compile(rf"(?:(?:{countries})(?:行业)?{DESCRIPTOR_KINDS}?|(?:行业)?{DESCRIPTOR_KINDS})"
                      r"(?:企业|公司)")


def _past_descriptor(doc: Doc, start: int, end: int) -> int:
    """A name's start moved past a descriptor before it (德国企业|X集团, 行业龙头企业|X有限公司) when two or
    more characters of name are left."""
    descriptor = doc.lexicon.once("names.descriptor", lambda: _compiled_descriptor(_countries(doc)))
    found = descriptor.match(doc.text, start, end)
    return found.end() if found is not None and end - found.end() >= 2 else start


# A government side glued before a company by 与/和/同 (X高新区与Y有限公司, X管委会和Y集团)
JOINED_PARTY = regex(r"(?:高新区|开发区|经开区|新区|园区|管委会|政府|委员会|党工委)(?:与|和|同)")


def _past_joined_party(doc: Doc, start: int, end: int) -> int:
    """A name's start moved past a zone or government body and the 与/和/同 joining it to the company."""
    last = None
    for last in JOINED_PARTY.finditer(doc.text, start, end):
        pass
    return last.end() if last is not None and end - last.end() >= 2 else start


# A company named without a legal suffix after a country word and 企业/公司: 新加坡企业X（Latin name）, or
# 新加坡企业X before the verb of its clause (X: a whole run of two to ten Chinese characters)
FIRM_VERBS = ("投资", "签署", "签订", "签约", "与", "在", "将", "拟", "计划", "落户", "入驻", "出资", "建设")
# What follows <country>企业 when no firm is named: 企业家, 企业在华投资, 企业也…, 企业投资建设的…
NOT_FIRM_START = regex("家|们|在|与|和|及|同|将|也|还|已|均|都|正|等|的|对|向|为|纷纷|持续|加大|代表"
                       "|普遍|来|到|赴|" + "|".join(FIRM_VERBS))  # 欢迎德国企业来淮投资: come to a place
LATIN_NAME = regex(r"[（(][A-Za-z][^（）()\n]{1,60}[）)]")
BRACKETED_LATIN = regex(r"[（(][A-Za-z]")  # how every LATIN_NAME starts: its gate


# Trade words a company's name ends with when it is written without its legal suffix
FIRM_TRADES = ("科技", "技术", "智能", "智控", "电子", "机器人", "集团", "汽车", "能源", "材料", "医药",
               "制药", "生物", "软件", "网络", "通信", "半导体", "数据", "信息", "光电", "动力", "控股",
               "实业", "精密")


JOINING = "与和及同由、"


def latin_named_firms(doc: Doc, fulls: Collection[str]) -> list[str]:
    """Names of firms written with their Latin name in brackets (极联科技（GLink Technologies）): four to ten
    Chinese characters (after a country, if any) ending with a trade word, and not the short form of a
    company named in full."""
    text = doc.text
    if "（" not in text and "(" not in text:
        return []
    abroad = tuple(doc.lexicon.words("company", "foreign_places"))
    out: list[str] = []
    for latin in LATIN_NAME.finditer(text) if BRACKETED_LATIN.search(text) else ():  # (its first characters)
        run = re.search(f"[{ZH}]{{4,12}}$", text[max(0, latin.start() - 12):latin.start()])
        if run is None:
            continue
        # the name starts after a country, a joining word or no Chinese at all (the last such start)
        starts = [at for at in range(latin.start() - len(run.group()), latin.start() - 3)
                  if at in doc.token_starts and (at == 0 or not is_cjk(text[at - 1]) or
                                                 text[at - 1] in JOINING or text.endswith(abroad, 0, at)
                                                 or text.endswith(("企业", "公司"), 0, at))]  # 新加坡企业X
        name = text[starts[-1]:latin.start()] if starts else ""
        if not 4 <= len(name) <= 10 or not name.endswith(FIRM_TRADES) or \
                any(full.startswith(name) or full.endswith(name) for full in fulls):
            continue
        out.append(name)
    return sorted(set(out))


def foreign_firms(doc: Doc) -> list[tuple[int, int]]:
    """``<country>企业X``: the span of X when it is followed by its Latin name in brackets or by a verb."""
    text = doc.text
    if "企业" not in text and "公司" not in text:
        return []
    out: list[tuple[int, int]] = []
    for match in _compiled_foreign_firm(_countries(doc)).finditer(text):
        start = match.end()
        run = re.match(f"[{ZH}]{{2,10}}", text[start:start + 10])
        if run is None:
            continue
        end = start + run.end()
        if LATIN_NAME.match(text, end) is None:  # no Latin name: the name ends where a verb starts
            end = next((at for at in range(start + 2, end) if text.startswith(FIRM_VERBS, at)
                        and at in doc.token_starts), -1)
            if end < 0:
                continue
        if NOT_FIRM_START.match(text, start, end) or start not in doc.token_starts or \
                text.endswith(tuple(doc.lexicon.words("company", "suffixes")), start, end):
            continue  # a clause about such firms (德国企业在华投资), or a legal name (a company span already)
        out.append((start, end))
    return out


@functools.lru_cache(maxsize=4)
def _compiled_foreign_firm(countries: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{countries}){DESCRIPTOR_KINDS}?(?:企业|公司)")


# Words of ownership before 子公司 (A控股子公司B, A全资子公司B): the A before them is a parent, not a name
OWNER_WORDS = ("控股", "全资", "独资", "参股")


# A complete legal name inside a longer one ends a name (except before a branch: X有限公司上海分公司).
LIMITED = regex(r"有限责任公司|有限公司")
BRANCHES = ("分公司", "区域公司")


# Word sets and per-article scans the extractors below share: built once (per word list, per article)
# instead of on every call.

@functools.lru_cache(maxsize=64)
def _word_set(words: tuple[str, ...], extra: tuple[str, ...] = ()) -> frozenset[str]:
    """``words`` and ``extra`` as one set (the lexicon's lists are tuples; the set is built once per list)."""
    return frozenset(words) | frozenset(extra)


def _stop_words(doc: Doc, *extra: str) -> frozenset[str]:
    """What ``_stops`` returns (the boundary stop words and ``extra``), built once per word list."""
    return _word_set(doc.lexicon.words("boundary", "stops"), extra)


@functools.lru_cache(maxsize=16)
def _longest_first_suffixes(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """``sorted(suffixes, key=len, reverse=True)``, computed once per list."""
    return tuple(sorted(suffixes, key=len, reverse=True))


def title_matches(doc: Doc) -> tuple[re.Match[str], ...]:
    """Every title the lexicon's pattern finds in the article (scanned once per article)."""
    return _scan(doc, "title")


def _scan(doc: Doc, name: str) -> tuple[re.Match[str], ...]:
    """Every match of the lexicon's pattern ``name`` in the article, scanned once per article."""
    return doc.memo(f"scan:{name}", lambda d: tuple(d.lexicon.finditer(name, d.text)))


def quoted_project_companies(doc: Doc) -> list[tuple[int, int, int, int]]:
    """``<company>“<project>”``: (company start, company end, project start, project end)."""
    return doc.memo("names:quoted_project_companies", _quoted_project_companies)


# A verb of an honour or a selection right before a quotation (获评“X示范基地”, 被评为“X中心”): what is
# quoted is a designation the zone is given, and the words before it are no company
AWARDED = regex(r"(?:获评|荣获|获得|获批|获授|入选|入围|评为|认定为|列为|确定为|命名为|授予|成为)"
                r"了?(?:为)?$")


# A goal quoted after an aiming verb or before 目标 (瞄准“千亿园区”目标, 争创“X示范基地”)
AIMED = regex(r"(?:瞄准|争创|冲刺|剑指|迈向|朝着|向着|创建)$")
AIM_WORDS = ("目标", "称号", "定位", "愿景")
# The words declaring a short form right before its quotation (以下简称“本项目”, 简称：“X”)
DECLARING = regex(r"(?:以下简称|以下称|下称|简称)[:：]?$")


def _quoted_project_companies(doc: Doc) -> list[tuple[int, int, int, int]]:
    if "“" not in doc.text:
        return []
    stops = _stop_words(doc)
    suffixes = tuple(doc.lexicon.words("project", "suffixes"))
    zone_suffixes = tuple(doc.lexicon.words("zone", "suffixes"))
    out = []
    for match in QUOTED.finditer(doc.text):
        inner = match.group(1)
        if not compact(inner).endswith(suffixes):
            continue
        end = match.start()
        start = left_edge(doc, end, stops=stops, max_len=16)
        start, end = strip_brackets(doc.text, start, end)
        name = compact(doc.text[start:end])
        if len(name) < 2 or name.endswith(zone_suffixes) or doc.lexicon.gazetteer.area(name) is not None:
            continue
        if AWARDED.search(doc.text, max(0, match.start() - 6), match.start()) or \
                AIMED.search(doc.text, max(0, match.start() - 6), match.start()) or \
                doc.text.startswith(AIM_WORDS, match.end()):
            continue  # 获评“X示范基地”, 瞄准“千亿园区”目标: a designation or a goal, not a company's project
        if DECLARING.search(doc.text, max(0, match.start() - 6), match.start()):
            continue  # X项目（以下简称“本项目”）: a short form declared for a name, no company before it
        out.append((start, end, match.start(1), match.end(1)))
    return out


# A short name declared after a full one: X有限公司（以下简称“Y”）, （简称：Y）
DECLARED_SHORT = regex(r"[（(](?:以下简称|以下称|下称|简称)[:：]?\s*[“\"「]?"
                       r"(?P<alias>[\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"」]?[）)]")
# A Latin abbreviation in brackets right after a company's full name: X有限公司（ABC）
BRACKETED_ABBREVIATION = regex(r"[（(](?P<alias>[A-Z][A-Z0-9&]{1,9})[）)]")
# A foreign investor named without a legal suffix: <country>X投资(建设)的…项目 (X: two to eight characters)
INVESTS_IN_PROJECT = regex(r"(?:投资|出资)(?:建设|兴建|新建)?的[^，。；]{2,40}?项目")
INVESTED_BY = regex(r"资(?:建设|兴建|新建)?的")  # in every match of INVESTS_IN_PROJECT: its gate


def foreign_investors(doc: Doc) -> list[tuple[int, int]]:
    """``<country>X投资的P项目`` at the start of a clause (or after 是/由/、): the span of <country>X."""
    text = doc.text
    out: list[tuple[int, int]] = []
    countries = doc.lexicon.words("company", "foreign_places")
    for match in INVESTS_IN_PROJECT.finditer(text) if INVESTED_BY.search(text) else ():
        for start in range(max(0, match.start() - 12), match.start() - 3):
            if not text.startswith(countries, start) or not is_cjk(text[start:match.start()]):
                continue
            if start > 0 and text[start - 1] not in "，。；：、\n（(“由是与和及":  # 三是|X, 由|X
                continue
            if match.start() - start >= 4 and match.start() in doc.token_starts:
                out.append((start, match.start()))
            break
    return out


def short_forms(doc: Doc, full: str, *, min_len: int = 3) -> list[str]:
    """Contractions news uses after a company's full name: without the legal suffix, place or trade."""
    forms: list[str] = []
    core = full
    shares = False
    for suffix in _longest_first_suffixes(doc.lexicon.words("company", "suffixes")):
        if core.endswith(suffix) and len(core) > len(suffix) + 1:
            core = core[: -len(suffix)]
            if suffix.startswith("集团") and suffix != "集团":
                forms.append(core + "集团")
            shares = suffix.endswith("股份有限公司")
            break
    forms.append(core)
    place = doc.lexicon.patterns["place"].match(core)
    if place is not None and len(core) - place.end() >= 2:
        core = core[place.end():]
        core = core[1:] if core[:1] in "省市县区" and len(core) > 3 else core
        forms.append(core)
    abroad = next((c for c in doc.lexicon.words("company", "foreign_places") if core.startswith(c)), "")
    if abroad and len(core) - len(abroad) >= 3:  # 德国博朗精密机械集团 → 博朗精密机械, 博朗精密
        core = core[len(abroad):]
        forms.append(core)
    if len(core) >= 6:
        forms.append(core[:4])
    if shares and len(core) >= 4:  # 湖南湘岳精密制造股份有限公司 → 湘岳股份 (the listed firm's short name)
        forms.append(core[:2] + "股份")
    return [f for f in dict.fromkeys(forms) if len(f) >= min_len and f != full and is_cjk(f)]


@mention_extractor("companies")
def companies(doc: Doc) -> Iterator[Mention]:
    """Companies by full name, before a quoted project, and their later short forms; then the others of a
    list of firms holding one of them."""
    named = list(_named_companies(doc))
    yield from named
    yield from listed_firms(doc, named)


# A list of firms closed by 等…企业: 鲁岳重工、华岳液压等40余家企业 (items of two to eight characters)
FIRM_LIST = regex(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+"
                  r"(?=等(?:[\d一二三四五六七八九十百几多]+[余多]?家)?(?:龙头|骨干|重点|知名)?(?:企业|公司)(?!家))")


def listed_firms(doc: Doc, named: Sequence[Mention]) -> Iterator[Mention]:
    """The items of a list of firms (A、B等N家企业) beside one named company (a short form, 鲁岳重工):
    each is a firm by its short name (华岳液压). An item that is an industry, a place or a zone is none."""
    if not named or "、" not in doc.text or "等" not in doc.text:  # no list, or none closed by 等
        return
    spans = {(m.start, m.end) for m in named}
    ends = {m.end: m.start for m in named}
    for match in FIRM_LIST.finditer(doc.text):
        items, pos = [], match.start()
        for word in match.group().split("、"):
            items.append((pos, pos + len(word)))
            pos += len(word) + 1
        first_end = items[0][1]
        if first_end in ends and ends[first_end] >= items[0][0]:  # 如鲁岳重工: the name inside the run
            items[0] = (ends[first_end], first_end)
        if not any(item in spans for item in items):
            continue
        for start, end in items:
            word = doc.text[start:end]
            if (start, end) in spans or not 3 <= len(word) <= 6 or start not in doc.token_starts or \
                    doc.lexicon.area(word) is not None or \
                    doc.lexicon.patterns["industry"].fullmatch(word) or \
                    doc.lexicon.patterns["zone_suffix"].search(word):
                continue
            yield _mention(doc, start, end, EntityType.COMPANY, canonical=word)


def _named_companies(doc: Doc) -> Iterator[Mention]:
    fulls: dict[str, str] = {}
    declared: dict[str, str] = {}  # X有限公司（以下简称“Y”）: every later Y is X
    generic = _word_set(doc.lexicon.words("company", "generic"))
    spans = company_spans(doc)
    for start, end in spans:
        alias = DECLARED_SHORT.match(doc.text, end)
        if alias is not None and alias["alias"] not in generic and alias["alias"][0] not in "该本这其":
            declared.setdefault(alias["alias"], compact(doc.text[start:end]))
        abbreviation = BRACKETED_ABBREVIATION.match(doc.text, end)
        if abbreviation is not None:  # X有限公司（ABC）: ABC and ABC公司 later are X
            declared.setdefault(abbreviation["alias"], compact(doc.text[start:end]))
            declared.setdefault(abbreviation["alias"] + "公司", compact(doc.text[start:end]))
    groups = [compact(doc.text[a:b]) for a, b in spans if LIMITED.search(doc.text, a, b) and "集团" in
              doc.text[a:b]]
    for start, end in spans:
        name = compact(doc.text[start:end])
        fulls.setdefault(name, name)
        # a declared short form with a suffix of its own (以下简称“X集团”) is the full name wherever written
        canonical = declared.get(name) or _group_of(doc, name, spans) or \
            _contracted_group(doc, name, groups) or _renamed(doc.text, start, spans) or name
        yield _mention(doc, start, end, EntityType.COMPANY, canonical=canonical)
    for alias, name in sorted(declared.items()):
        for match in find_all(doc.text, alias):
            yield _mention(doc, match.start(), match.end(), EntityType.COMPANY, canonical=name)
    for start, end, zh_start, zh_end in latin_firm_names(doc, spans):  # X Materials（Y有限公司）: Y's
        name = compact(doc.text[zh_start:zh_end])
        yield _mention(doc, start, end, EntityType.COMPANY, canonical=declared.get(name, name))
    for start, end, _, _ in quoted_project_companies(doc):
        name = compact(doc.text[start:end])
        yield _mention(doc, start, end, EntityType.COMPANY, canonical=fulls.get(name, name))
    for start, end in foreign_investors(doc):
        yield _mention(doc, start, end, EntityType.COMPANY, canonical=compact(doc.text[start:end]))
    for start, end in foreign_firms(doc):
        yield _mention(doc, start, end, EntityType.COMPANY, canonical=compact(doc.text[start:end]))
    for name in latin_named_firms(doc, fulls):  # X科技（GLink Technologies）: X wherever written
        for match in find_all(doc.text, name):
            yield _mention(doc, match.start(), match.end(), EntityType.COMPANY, canonical=name)
    zone_ends = zone_suffixes(doc)
    for full in sorted(fulls):
        parent = _regional_parent(doc, full)
        if parent is not None:  # X（天津）有限公司: X written alone is the parent, a company of its own
            for match in find_all(doc.text, parent):
                if not doc.text.startswith(full, match.start()):
                    yield _mention(doc, match.start(), match.end(), EntityType.COMPANY, canonical=parent)
            continue
        for form in short_forms(doc, full):
            for match in find_all(doc.text, form):
                end = _word_end(doc, match.start(), match.end(), full)
                if doc.text.endswith(zone_ends, match.start(), end):
                    continue  # X经开区Y集团 … X经开|区, 经开区|城: a zone's name, not the firm's
                yield _mention(doc, match.start(), end, EntityType.COMPANY, canonical=full)
    for start, end, full in contracted_before_titles(doc, sorted(fulls)):
        yield _mention(doc, start, end, EntityType.COMPANY, canonical=full)


# A company's regional subsidiary: the parent's name, a place in brackets, the legal suffix
# (X（天津）有限公司)
REGIONAL = regex(rf"(?P<parent>[{ZH}]{{3,12}})[（(](?P<place>[{ZH}]{{2,4}})[）)]"
                 r"(?:有限责任公司|有限公司)")


def _regional_parent(doc: Doc, full: str) -> str | None:
    """The parent of a regional subsidiary named X（<place>）有限公司: X, when written on its own too."""
    match = REGIONAL.fullmatch(full)
    if match is None or doc.lexicon.area(match["place"]) is None:
        return None
    parent = match["parent"]
    # X written alone before the subsidiary is first named: the parent (X written only after it: its short
    # name, X微电子(城市)有限公司…X微电子总经理)
    first = doc.text.find(full)
    alone = any(not doc.text.startswith(full, m.start()) for m in find_all(doc.text, parent)
                if first < 0 or m.start() < first)
    return parent if alone and not parent.endswith(tuple(doc.lexicon.words("company", "suffixes"))) else None


def _contracted_group(doc: Doc, name: str, groups: Sequence[str]) -> str | None:
    """The one group named in full (X（集团）有限公司) that a short ``…集团`` contracts, its characters in
    order in the group's core (科发集团 of 绵阳科技城发展投资（集团）有限公司), else None."""
    if not name.endswith("集团") or len(name) > 6 or LIMITED.search(name):
        return None
    fits = {g for g in groups if g != name and _spelled_in(name[:-2], company_core(doc, g))}
    return fits.pop() if len(fits) == 1 else None


def _spelled_in(short: str, core: str) -> bool:
    """``short``'s characters appear in ``core`` in order (蓝鲸海工 in 蓝鲸海洋工程装备)."""
    rest = iter(core)
    return all(c in rest for c in short)


def contracted_before_titles(doc: Doc, fulls: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """A contraction written before a title (X海工总经理): three or more Chinese characters, a whole run of
    words, spelling in order the core of exactly one company named in full in the article and opening with
    its first character. (start, end, full name)."""
    titles = _scan(doc, "title")
    if not fulls or not titles:  # no company to contract, or no title to contract one before
        return
    cores = [(company_core(doc, full), full) for full in fulls]
    firsts = {core[:1] for core, _ in cores}  # a contraction opens with its core's first character
    text = doc.text
    starts = doc.token_starts
    for match in titles:
        end = match.start()
        for start in range(max(0, end - 8), end - 2):
            if text[start] not in firsts:  # no core fits
                continue
            name = text[start:end]
            if not is_cjk(name):
                continue
            # the tokens are asked about only where a contraction fits (cutting a block costs far more)
            fits = [full for core, full in cores if core[:1] == name[0] and _spelled_in(name, core)]
            if fits and start in starts:
                if end in starts and len(fits) == 1 and not name.endswith(zone_suffixes(doc)):
                    # (经开区|党工委副书记: a zone's organ, though a firm's core opens with the zone's kind)
                    yield start, end, fits[0]
                break


def _group_of(doc: Doc, name: str, spans: Sequence[tuple[int, int]]) -> str | None:
    """``X集团`` written for the one full legal name whose core (after its place) starts with X: 华禹集团 for
    河南华禹重工集团有限公司."""
    if not name.endswith("集团") or len(name) < 4:
        return None
    core = name[:-2]
    fuller = {compact(doc.text[a:b]) for a, b in spans}
    fuller = {full for full in fuller if full != name and full.endswith(name) and not LIMITED.search(full)}
    if len(fuller) == 1:  # 德国X集团 named too: X集团 is that group, not a subsidiary sharing its core
        return fuller.pop()
    places = doc.lexicon.patterns["place"]
    found = set()
    for start, end in spans:
        full = compact(doc.text[start:end])
        if full == name or not LIMITED.search(full):
            continue
        place = places.match(full)
        rest = full[place.end():] if place is not None else full
        rest = rest[1:] if place is not None and rest[:1] in "省市县区" else rest
        if rest.startswith(core) or full.startswith(core):
            found.add(full)
    groups = {full for full in found if "集团" in full}  # the group itself, not a subsidiary sharing its core
    found = groups if len(found) > 1 and groups else found
    return next(iter(found)) if len(found) == 1 else None


def _word_end(doc: Doc, start: int, end: int, full: str) -> int:
    """A short form cut inside a word ends at that word's end while it still spells the full name (X新能 →
    X新能源)."""
    if end < len(doc.text) and not doc.text[end].isspace() and doc.text[start:end + 1] not in full:
        return end  # no longer run from start spells the name: the word's end is not needed (no tokens)
    if end in doc.token_starts:
        return end
    token = doc.token_at(end)
    if token is None:
        return end
    word_end = token[2]
    return word_end if compact(doc.text[start:word_end]) in full else end


# ------------------------------------------------------------------------------- people & titles

def person_name(doc: Doc, pos: int, *, known: frozenset[str] = frozenset()) -> int:
    """Length of a person's name starting at ``pos`` (0 when there is none)."""
    text = doc.text
    words = _person_words(doc)
    surnames = words.surnames
    after = words.after
    not_names = words.not_names
    head = text[pos:pos + 2]
    if head in surnames and len(head) == 2:
        lengths = (4, 3)
    elif text[pos:pos + 1] in surnames:
        lengths = (3, 2)
    else:
        return 0
    if head in not_names:
        return 0
    for length in lengths:
        name = text[pos:pos + length]
        if len(name) < length or not is_cjk(name):
            continue
        if name in known:
            return length
        if name[-1] in NOT_NAME_ENDS:  # 宣读了: a verb and its particle
            continue
        if length > 2 and name[-1] == "在":  # 吴昊在接受采访时说: the name is 吴昊
            continue
        if length > 2 and text.startswith(SPEECH_VERBS, pos + length - 1) and not text.startswith(
                words.after_cjk, pos + length):  # 蒋岚说: the name is 蒋岚
            continue
        # 李庆陪同: 李庆 and 陪同, not 李庆陪 and 同
        if length > 2 and words.longest_after(text, pos + length - 1) > max(
                1, words.longest_after(text, pos + length)):
            continue
        rest = text[pos + length:]
        if not rest or rest.startswith(after):
            return length
    for length in lengths:  # no telling word after it: trust jieba's boundary
        name = text[pos:pos + length]
        if name[-1:] in NOT_NAME_ENDS or _particle_at(doc, pos + length):  # 宣读|了
            continue
        if is_cjk(name) and len(name) == length and pos + length in doc.token_starts:
            return length
    return 0


def _longest_word(text: str, pos: int, words: tuple[str, ...]) -> int:
    """The length of the longest word of ``words`` (Chinese words: ``after_cjk``) written at ``pos`` (0 for
    none)."""
    if not text.startswith(words, pos):  # most positions: none of them
        return 0
    return max(len(w) for w in words if text.startswith(w, pos))


class PersonWords:
    """The lexicon's lists ``person_name`` reads, as sets and tuples built once."""

    __slots__ = ("surnames", "after", "after_cjk", "not_names", "_after_cjk_set", "_after_cjk_lengths")

    def __init__(self, surnames: tuple[str, ...], after: tuple[str, ...], not_names: tuple[str, ...]) -> None:
        self.surnames = frozenset(surnames)
        self.after = after  # words written after a name
        self.after_cjk = tuple(w for w in after if is_cjk(w))  # those of them in Chinese characters
        self.not_names = frozenset(not_names)
        self._after_cjk_set = frozenset(self.after_cjk)
        self._after_cjk_lengths = tuple(sorted({len(w) for w in self.after_cjk}, reverse=True))

    def longest_after(self, text: str, pos: int) -> int:
        """``_longest_word(text, pos, self.after_cjk)``: one set lookup per word length (longest first)
        instead of a test of every word."""
        if not text.startswith(self.after_cjk, pos):  # most positions: none of them
            return 0
        found = self._after_cjk_set
        # the first (longest) piece that is a word; a piece cut short by the text's end is its own length
        return next(len(piece) for n in self._after_cjk_lengths if (piece := text[pos:pos + n]) in found)


def _person_words(doc: Doc) -> PersonWords:
    """The person lists of the article's lexicon, built once per lexicon (not hashed again per article)."""
    lexicon = doc.lexicon
    return lexicon.once("names.person_words", lambda: PersonWords(
        tuple(lexicon.gazetteer.surnames), lexicon.words("person", "after"),
        lexicon.words("person", "not_names")))


def _particle_at(doc: Doc, pos: int) -> bool:
    """Whether a lone aspect particle (了, 着, 过) is the token at ``pos``: what comes before is a verb."""
    token = doc.token_at(pos)
    return token is not None and token[0] in NOT_NAME_ENDS[:3] and token[1] == pos


TITLE_SEP = "、"
NOT_NAME_ENDS = "了着过的地得"
# A bracketed note after a name: 张三（副区长）
BRACKETED = regex(r"[（(]([^（）()\n]{2,40})[）)]")


# A bracketed note between a title and its holder's name: 副主任（挂职）X, 副主任（兼）X, 局长（主持工作）X
TITLE_NOTE = regex(r"[（(](?:挂职|兼|兼职|代|代理|主持工作|[正副][厅处局科县]级|援[疆藏青])[）)]")


def after_note(text: str, pos: int) -> int:
    """Where a name after a title ending at ``pos`` starts: past a bracketed note (（挂职）), if any."""
    note = TITLE_NOTE.match(text, pos) if text.startswith(("（", "("), pos) else None
    return note.end() if note is not None else pos


def speaker_gap(doc: Doc, pos: int) -> int:
    """1 when a space at ``pos`` parts a title from a name that ends its line (市委常委、X党工委书记　Y over a
    speech: the speaker), else 0."""
    if doc.text[pos:pos + 1] not in (" ", "\u3000"):
        return 0
    length = person_name(doc, pos + 1)
    return 1 if length and doc.text[pos + 1 + length:pos + 2 + length] in ("\n", "") else 0


@mention_extractor("people")
def people(doc: Doc) -> Iterator[Mention]:
    """Titles followed by a name (李明远 after 副区长), names before a bracketed title, and their repeats."""
    title_re = doc.lexicon.patterns["title"]
    names: dict[str, int] = {}
    found: list[Mention] = []
    chain: list[Mention] = []
    pending: list[Mention] = []  # 株洲市委常委、副市长，|株洲高新区党工委书记X: titles of the next name
    titles = _scan(doc, "title")
    # the bodies a title may start inside: needed only where a title is written
    committees = _committee_ends(doc) if titles else frozenset()
    bodies = _body_spans(doc) if titles else ()
    for match in titles:
        start, end = _title_bounds(doc, match, committees, bodies)
        title = _mention(doc, start, end, EntityType.TITLE)
        noted = after_note(doc.text, chain[-1].end) if chain else 0  # 副主任（兼）、X局副局长: one chain
        if chain and noted + len(TITLE_SEP) == start and doc.text[noted] == TITLE_SEP:
            chain.append(title)
        else:
            if chain:  # 洛阳市委常委、|洛阳高新区党工委书记X
                pending = chain
            chain = [title]
        end = after_note(doc.text, end)
        if end < len(doc.text) and doc.text[end] == TITLE_SEP:
            continue
        end += speaker_gap(doc, end)  # 党工委书记　X on a line of its own: a speech's speaker
        # 书记张 立新，: a stray space of OCR inside the name; 总经理由X担任: no name after the title
        length = 0 if doc.text.startswith("由", end) else \
            _dotted_name(doc, end) or _transliterated_name(doc, end) or person_name(doc, end) or \
            _transliterated_name(doc, end, shortest=3) or _spaced_name(doc, end)
        if length:
            name = compact(doc.text[end:end + length])
            names[name] = names.get(name, 0) + 1
            if pending and (_org_only(doc.text[after_note(doc.text, pending[-1].end) + 1:chain[0].start]) or
                            _next_organ(doc, pending, chain)):
                found += pending
            found += chain
            found.append(_mention(doc, end, end + length, EntityType.PERSON, canonical=name))
            pending = []
        elif doc.text[end:end + 1] == "，":  # 市委常委、X高新区党工委书记，|管委会主任Y: both chains are Y's
            pending = pending + chain if pending and _org_only(doc.text[pending[-1].end + 1:chain[0].start]) \
                else chain
        else:
            pending = []
        chain = []
    for match in BRACKETED.finditer(doc.text):
        inner = title_re.search(match.group(1))
        if inner is None or inner.end() != len(match.group(1)):
            continue
        for length in (3, 2):
            pos = match.start() - length
            if pos < 0 or not is_cjk(doc.text[pos:match.start()]):
                continue
            if pos > 0 and re.match(f"[{ZH}]", doc.text[pos - 1]) and doc.text[pos - 1] not in "与和及同由、":
                continue
            if person_name(doc, pos, known=frozenset([doc.text[pos:match.start()]])) == length:
                name = doc.text[pos:match.start()]
                names[name] = names.get(name, 0) + 1
                found.append(_mention(doc, pos, match.start(), EntityType.PERSON, canonical=name))
                break
    for title in _appointed(doc, found, committees, bodies):
        if title.cls is EntityType.PERSON:
            names[title.text] = names.get(title.text, 0) + 1
        found.append(title)
    for name in addressees(doc) if "委员：" in doc.text or "代表：" in doc.text else ():
        names[name] = names.get(name, 0) + 1  # 李某委员：opening an answer to a proposal: the member
    interview = interviewee(doc.article.titles, doc.text) if doc.article.titles else None
    if interview is not None:  # 刘某：… turns under ——访…刘某: the interviewee, wherever named
        names[interview[0]] = names.get(interview[0], 0) + 1
    yield from _held_first(found)
    for name in sorted(names):
        for match in find_all(doc.text, name):
            yield _mention(doc, match.start(), match.end(), EntityType.PERSON, canonical=name)


def _held_first(found: list[Mention]) -> list[Mention]:
    """The mentions found, but a title also found after ``X任`` (marked with its holder) only as that one:
    X任A、B，原Y主任Z… reads A、B as a chain before Z's name too, and the unmarked copy, found first, would
    win the settling and lose X's posts."""
    held = {(m.start, m.end) for m in found if m.cls is EntityType.TITLE and m.attrs and
            any(key == "holder" for key, _ in m.attrs)}
    if not held:
        return found
    return [m for m in found if not (m.cls is EntityType.TITLE and not m.attrs and (m.start, m.end) in held)]


ZONE_ORGAN_TITLES = ("管委会", "党工委", "工委")

# A letter's salutation on a line of its own: 李某委员：, 王某代表： (an answer to a member's proposal)
SALUTATION = regex(r"(?m)^([\u4e00-\u9fff]{2,4})(?:委员|代表)[：:][ \t\u3000]*$")


def addressees(doc: Doc) -> list[str]:
    """The names of the members a letter or an answer is addressed to (李某委员：on a line of its own)."""
    out = []
    for match in SALUTATION.finditer(doc.text):
        if person_name(doc, match.start(1)) == len(match[1]):
            out.append(match[1])
    return out


# An interview's subtitle (访X高新区管委会主任Y, 专访…, 对话…): the interviewee's titles and name
INTERVIEW_SUBTITLE = regex(r"^[—─―-]{0,2}(?:专访|访|对话)")
# A turn of an interview: a name and a colon opening a line (刘某：…)
TURN = regex(r"(?m)^([\u4e00-\u9fff·]{2,6})[：:]")
NOT_TURNS = frozenset({"记者", "本报记者", "主持人", "问", "答"})


def interviewee(titles: Sequence[str], text: str) -> tuple[str, str] | None:
    """(name, titles and name) of the person an interview's subtitle ends with (——访…主任Y) whose turns
    (Y：…) the text prints, the subtitle without its 访 (…主任Y); else None."""
    subtitles = [t for t in titles if INTERVIEW_SUBTITLE.match(t)]
    if not subtitles or ("：" not in text and ":" not in text):
        return None
    for match in TURN.finditer(text):
        name = match[1]
        if name in NOT_TURNS:
            continue
        subtitle = next((t for t in subtitles if t.endswith(name) and len(t) - len(name) >= 4), None)
        if subtitle is not None:
            opening = INTERVIEW_SUBTITLE.match(subtitle)
            return name, subtitle[opening.end() if opening is not None else 0:]
    return None


def _next_organ(doc: Doc, pending: Sequence[Mention], chain: Sequence[Mention]) -> bool:
    """Whether ``chain`` goes on ``pending`` after a comma with a title at another organ of the zone
    (X高新区党工委书记，管委会主任Y)."""
    return pending[-1].end + 1 == chain[0].start and doc.text[pending[-1].end] == "，" and \
        chain[0].text.startswith(ZONE_ORGAN_TITLES)


# A name of two or three characters with a stray space of OCR inside, ended by punctuation: 张 立新，
SPACED_NAME = regex(f"[{ZH}]{{1,2}} [{ZH}]{{1,2}}(?=[，、。；：（(])")


def _spaced_name(doc: Doc, pos: int) -> int:
    """Length of a name cut by one space right after a title (张 立新，), a surname before the space; 0 when
    there is none."""
    match = SPACED_NAME.match(doc.text, pos)
    if match is None or len(match.group()) > 4:
        return 0
    head = match.group().split(" ")[0]
    surnames = _person_words(doc).surnames
    return len(match.group()) if head in surnames or (len(head) == 2 and head[0] in surnames) else 0


# Characters of transliterated (Mongolian, Tibetan, Uyghur…) names: 额尔敦巴特尔, 乌兰图雅, 扎西次仁
TRANSLITERATED = regex("[阿艾爱安敖巴拜宝贝毕必布察朝其琪齐达旦德迪丁都敦多额尔法甘高格根古哈罕汗浩赫"
                       "呼华吉加嘉江金卡凯克库拉喇兰勒力丽莉林鲁伦罗玛买麦曼毛美孟蒙米敏明木穆那纳娜尼"
                       "努帕钦琴日荣若萨赛桑色沙尚什斯松苏塔坦特提图吐托娃瓦旺乌西希锡夏辛雅亚央伊依"
                       "音尤玉扎珠卓孜兹次仁措嘎门和雄热买提]{3,6}")


# A name with a middle dot (Uyghur, Tibetan, Mongolian or foreign): 阿依古丽·吐尔逊, 约翰·史密斯
DOTTED_HEAD = regex(f"[{ZH}]{{1,8}}[·•・‧](?:[{ZH}]{{1,8}}[·•・‧])*")


# The last part of a dotted name of one character, then punctuation or a word that follows names
ONE_CHARACTER_LAST = regex(f"[{ZH}](?=[，。、；：（(]|出席|表示|介绍|指出|代表|致辞|说)")


def _dotted_name(doc: Doc, pos: int) -> int:
    """Length of a name with a middle dot at ``pos``, its last part (2–8 characters) the shortest one
    followed by a word that follows names (与, 表示, ，…); 0 when there is none."""
    text = doc.text
    head = DOTTED_HEAD.match(text, pos)
    if head is None:
        return 0
    joined = re.search("[与和及同]", text[pos + 2:head.end()])
    if joined is not None:  # 副主任张立与罗兰·施密特: a name and a joining word before the dotted name
        return 0
    after = _person_words(doc).after
    if ONE_CHARACTER_LAST.match(text, head.end()):  # 罗伯特·陈出席, 汤姆·李表示: a surname of one character
        return head.end() + 1 - pos
    for end in range(head.end() + 2, min(head.end() + 8, len(text)) + 1):
        if not is_cjk(text[head.end():end]):
            break
        if end == len(text) or text.startswith(after, end):
            return end - pos
    return 0


def _transliterated_name(doc: Doc, pos: int, shortest: int = 4) -> int:
    """Length of a 4–6 character transliterated name right after a title, ended by a word that follows
    names (与, 在, 表示…); 0 when there is none (``shortest`` 3: also 其其格, tried when no Han name fits)."""
    after = tuple(doc.lexicon.words("person", "after"))
    match = TRANSLITERATED.match(doc.text, pos)
    if match is None:
        return 0
    for length in range(len(match.group()), shortest - 1, -1):
        if doc.text.startswith(after, pos + length) or pos + length == len(doc.text):
            return length
    return 0


def _title_bounds(doc: Doc, match: re.Match[str], committees: frozenset[int],
                  bodies: Collection[tuple[int, int]]) -> tuple[int, int]:
    """A title's span without the body it is held in (洛阳市委|常委, 宜春市人大常委会|副主任)."""
    start, end = _title_span(doc, match)
    unit = next((u for u in PLACE_UNITS if doc.text.startswith(u, start)), "") \
        if doc.text.startswith(PLACE_UNITS, start) else ""  # (most titles: none of them)
    if unit and start + len(unit) in committees and end - start > len(unit):
        start += len(unit)  # 洛阳市委|常委: the committee belongs to the body 洛阳市委
    inside = max((b for a, b in bodies if a < start < b < end), default=None)
    return (inside, end) if inside is not None else (start, end)


def _body_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    depts = tuple(m.span() for m in dept_matches(doc))
    return depts + _ministry_unit_spans(doc)


# X任/调任/出任…: the titles after the verb are the person's new posts (not 任务, 任职, 任命, 任期)
APPOINTED = regex(r"(?:调任|出任|担任|兼任|拟任|改任|升任|转任|任|兼)(?![务职命免期内何意用教课顾])")
NAME_BOUNDARY = "，。；：、\n （(“"
CONCURRENT = regex(r"[，、](?:并|同时|另)?(?:兼任|并任|兼)$")
CLAUSE_STOP = regex(r"[，。；;\n]")


def _appointed(doc: Doc, found: list[Mention], committees: frozenset[int],
               bodies: Collection[tuple[int, int]]) -> list[Mention]:
    """Titles of ``X任A高新区党工委书记、管委会主任`` (each marked with its holder's start), and X when no
    title before the name made it a person already."""
    text = doc.text
    known = {m.end: m for m in found if m.cls is EntityType.PERSON}
    out: list[Mention] = []
    last: Mention | None = None
    for verb in APPOINTED.finditer(text):
        at = verb.start() - 2 if text.startswith("同志", verb.start() - 2) else verb.start()  # X同志担任
        at = at - 2 if text.endswith("挂职", 0, at) else at  # X挂职任Y: a secondment, Y X's post
        ended = text.startswith("担任", verb.start()) and text.endswith("不再", 0, at)
        at = at - 2 if ended else at  # X不再担任Y: X is a person, Y a post no longer held
        person = known.get(at) or _name_before(doc, at)
        if ended:
            out += [person] if person is not None and at not in known else []
            continue
        if person is None and last is not None and CONCURRENT.search(text, 0, verb.end()) and \
                verb.start() - last.end < 40:
            person = last  # X任A，兼任B: B is X's too
        if person is None:
            continue
        titles, _ = _held_titles(doc, verb.end(), person, committees, bodies)
        if not titles:
            continue
        if verb.start() not in known and person is not last:
            out.append(person)
        last = person
        out += titles
    return out + _appointed_as(doc, known, committees, bodies) + _relieved(doc, known) + \
        _profiled(doc, known, committees, bodies)


# 免去X的…职务, X被提名为…人选: a person whose post ends or is not held yet (no post, but a person)
RELIEVED = regex(r"免去(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?的|(?P<nominee>)被(?:提名|推荐)为")


def _relieved(doc: Doc, known: Mapping[int, Mention]) -> list[Mention]:
    """The persons of ``免去X的…职务`` and ``X被提名为…``."""
    text = doc.text
    out: list[Mention] = []
    for match in RELIEVED.finditer(text) if ("免去" in text or "被" in text) else ():
        if match["name"] is None:  # X被提名为: the name written before
            person = known.get(match.start()) or _name_before(doc, match.start())
            out += [person] if person is not None and match.start() not in known else []
            continue
        start, end = match.span("name")
        name = match["name"]
        if end not in known and is_cjk(name) and name[:2] not in _person_words(doc).not_names and \
                person_name(doc, start, known=frozenset([name])) == len(name):
            out.append(_mention(doc, start, end, EntityType.PERSON, canonical=name))
    return out


def _held_titles(doc: Doc, pos: int, person: Mention, committees: frozenset[int],
                 bodies: Collection[tuple[int, int]]) -> tuple[list[Mention], int]:
    """The titles from ``pos`` to the clause's end, each marked as ``person``'s, and where the clause ends."""
    stop = CLAUSE_STOP.search(doc.text, pos)
    limit = stop.start() if stop else len(doc.text)
    holder = (("holder", str(person.start)),)
    return [_mention(doc, a, b, EntityType.TITLE, attrs=holder)
            for a, b in (_title_bounds(doc, m, committees, bodies)
                         for m in doc.lexicon.patterns["title"].finditer(doc.text, pos, limit))], limit


# 任命X为Y (、Z为W): the titles after 为 are the named person's new posts
# a name with a middle dot (阿依古丽·吐尔逊) as well as one of two to four characters
DOTTED_NAME = r"[\u4e00-\u9fff]{1,8}[·•・‧][\u4e00-\u9fff]{1,8}"
# a bracketed note may follow the name: 任命X（女，回族）为Y
PERSON_NOTE = r"(?:[（(][^（）()\n为]{1,20}[）)])?"
APPOINTED_AS = regex(rf"(?:任命|聘任|提名|推选|选举|增补|决定)(?:[\u4e00-\u9fff]{{2,4}}?|{DOTTED_NAME}?)"
                     rf"{PERSON_NOTE}(?:同志)?为")
ALSO_HOLDS = regex(r"[，、](?:并|同时)?(?:兼任|并任)")  # 任命X为A，兼任B
APPOINTING = regex(r"任命|聘任|提名|推选|选举|增补|决定")  # APPOINTED_AS's lead: its gate
NEXT_AS = regex(rf"[，、；]([\u4e00-\u9fff]{{2,4}}?|{DOTTED_NAME}?){PERSON_NOTE}(?:同志)?为")


def _appointed_as(doc: Doc, known: Mapping[int, Mention], committees: frozenset[int],
                  bodies: Collection[tuple[int, int]]) -> list[Mention]:
    """The person and titles of ``任命王明远为A高新区党工委书记``, and of each ``、李华为B`` after it."""
    text = doc.text
    not_names = _person_words(doc).not_names
    out: list[Mention] = []
    for verb in APPOINTED_AS.finditer(text) if APPOINTING.search(text) else ():
        start = verb.start() + 2
        while True:
            end = text.index("为", start)
            end_name = end - 2 if text.startswith("同志", end - 2) else end
            if text[end_name - 1] in "）)":  # 任命X（女，回族）为: the name before the note
                end_name = max(text.rfind("（", start, end_name), text.rfind("(", start, end_name))
            name = text[start:end_name]
            person = known.get(end_name)
            if person is None and (2 <= len(name) <= 4 and is_cjk(name) and name[:2] not in not_names
                                   and person_name(doc, start, known=frozenset([name])) == len(name)
                                   or re.fullmatch(DOTTED_NAME, name)):  # 任命阿依古丽·吐尔逊为
                person = _mention(doc, start, end_name, EntityType.PERSON, canonical=name)
                out.append(person)
            if person is None:
                break
            titles, limit = _held_titles(doc, end + 1, person, committees, bodies)
            if not titles:
                break
            out += titles
            also = ALSO_HOLDS.match(text, limit)  # 任命X为A，兼任B: B is X's too
            if also is not None:
                concurrent, limit = _held_titles(doc, also.end(), person, committees, bodies)
                out += concurrent
            more = NEXT_AS.match(text, limit)
            if more is None:
                break
            start = more.start(1)
    return out


# A cadre's profile in a notice (任前公示, 任职公示): 王明远，男，汉族，1975年6月生，…，现任A局副局长，拟任…
PROFILE = regex(rf"(?:^|(?<=[\n：:。；;]))\s*(?P<name>[\u4e00-\u9fff]{{2,4}}|{DOTTED_NAME})"
                r"[，,]\s*[男女][，,]")
HOLDS_NOW = regex(r"[，,]\s*现任")


def _profiled(doc: Doc, known: Mapping[int, Mention], committees: frozenset[int],
              bodies: Collection[tuple[int, int]]) -> list[Mention]:
    """The person of a profile line (``王明远，男，汉族，…``) and the titles after its ``现任`` (held now;
    those after 拟任 are not held yet)."""
    text = doc.text
    out: list[Mention] = []
    for match in PROFILE.finditer(text) if "现任" in text else ():
        start, end = match.span("name")
        name = match["name"]
        person = known.get(end)
        if person is None:
            named = re.fullmatch(DOTTED_NAME, name) or \
                person_name(doc, start, known=frozenset([name])) == len(name)
            if name[:2] in _person_words(doc).not_names or not named:
                continue
            person = _mention(doc, start, end, EntityType.PERSON, canonical=name)
            out.append(person)
        stop = text.find("。", end)
        now = HOLDS_NOW.search(text, end, stop if stop >= 0 else len(text))
        if now is not None:
            out += _held_titles(doc, now.end(), person, committees, bodies)[0]
    return out


DECIDED = ("决定", "同意", "研究决定")


def _name_before(doc: Doc, pos: int) -> Mention | None:
    """A name written right before ``pos`` at the start of a clause (，王明远任…)."""
    for length in (3, 2):
        start = pos - length
        if start < 0 or (start > 0 and doc.text[start - 1] not in NAME_BOUNDARY
                         and not doc.text.endswith(DECIDED, 0, start)):  # 决定X任…: after the decision
            continue
        name = doc.text[start:pos]
        if is_cjk(name) and person_name(doc, start, known=frozenset([name])) == length and \
                name[:2] not in _person_words(doc).not_names:
            return _mention(doc, start, pos, EntityType.PERSON, canonical=name)
    return None


PLACE_COMMITTEES = ("市委", "省委", "县委", "区委", "州委")
# 株洲市政府|副秘书长: the government is the body, the rest the title
PLACE_UNITS = (*PLACE_COMMITTEES, "市政府", "省政府", "县政府", "区政府", "州政府")
ORG_ONLY = regex(r"[\u4e00-\u9fff（）()]{2,24}")


def _committee_ends(doc: Doc) -> frozenset[int]:
    """Ends of ``<place>市委``-style bodies (洛阳市委, 中共湖南省委), where a title may follow."""
    return frozenset(m.end() for m in dept_matches(doc) if m.group().endswith(PLACE_UNITS))


def _org_only(text: str) -> bool:
    """Whether ``text`` (between a title chain and the next) can be an organisation's name alone."""
    return bool(ORG_ONLY.fullmatch(text))


def _title_span(doc: Doc, match: re.Match[str]) -> tuple[int, int]:
    """A title's span, with a sub-unit between an organisation and the title (基金审理处处长)."""
    start, end = match.span()
    sub = doc.lexicon.patterns["subunit_before"].search(doc.text[max(0, start - 12):start])
    if sub is not None and not sub.group(1).endswith("公司"):  # …集团|股份有限公司 is a legal suffix
        return start - len(sub.group(1)), end
    return start, end


# --------------------------------------------------------------------------------------- industries

def _split_items(text: str, offset: int, *, whole: Collection[str] = ()) -> list[tuple[int, int]]:
    """Items of an industry list: split on 、 和 以及; 及/与 only inside the last item of a 、-list.

    Names in ``whole`` (软件和信息技术服务, 生物医药与健康) are never split.
    """
    if not LIST_SEPARATOR.search(text):  # one item (what the splits below leave of a text without any)
        return [(offset, offset + len(text))] if text else []
    keep = tuple((offset + m.start(), offset + m.end()) for name in whole if name in text
                 for m in find_all(text, name))
    keep += tuple((offset + m.start(), offset + m.end()) for m in MATERIAL_AND_ALLOYS.finditer(text))
    items: list[tuple[int, int]] = []
    groups = _spans(text, offset, r"以及|和", keep=keep)
    for group in groups:
        parts = _spans(text, offset, "、", within=group)
        if len(parts) > 1 and group == groups[-1]:  # (A、B与C和D: 和 ends the list, B与C is one field)
            last = parts[-1]
            parts = parts[:-1] + _spans(text, offset, "及|与", within=last, keep=keep)
        items += parts
    return items


# A material and what is made of it, one field (钛及钛合金, 铝及铝合金): never split at its 及/与
MATERIAL_AND_ALLOYS = regex(r"([\u4e00-\u9fff]{1,2})[及与]\1")
# Any separator ``_split_items`` splits at (以及 holds 及)
LIST_SEPARATOR = regex("[和、及与]")


@functools.lru_cache(maxsize=16)
def _separator(sep: str) -> re.Pattern[str]:
    """``sep`` compiled once (not looked up in ``re``'s cache on every call)."""
    return re.compile(sep)


def _spans(text: str, offset: int, sep: str, *, within: tuple[int, int] | None = None,
           keep: Collection[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    lo, hi = within if within is not None else (offset, offset + len(text))
    piece = text[lo - offset:hi - offset]
    out, pos = [], lo
    for match in _separator(sep).finditer(piece):
        at = lo + match.start()
        if any(a < at < b for a, b in keep):
            continue
        out.append((pos, at))
        pos = lo + match.end()
    out.append((pos, hi))
    return [(a, b) for a, b in out if b > a]


# What a quantifier tail holds when it is no part of an item (两大|产业集群, 之一), and an item's characters
TAIL_NUMERAL = regex(r"[\d一二三四五六七八九十两几多级]")
TAIL_CLUSTER = regex("集群|之一")
TAIL_CUT = regex(r"[\d一二三四五六七八九十两几多]|集群|等|之一")
ITEM_NAME = regex(f"[{ZH}A-Za-z0-9+]+")


def _clean_item(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    text = doc.text
    while start < end and text[start] in " 　“":
        start += 1
    head = QUANT_HEAD.match(text, start, end) if start < end and (
        text[start] in QUANT_HEAD_FIRST or text[start].isdecimal()) else None
    if head is not None:  # 千亿级钒钛产业集群, 两大…
        start = head.end()
    raw = text[start:end]
    quote = QUOTE_QUANT.search(raw) if "“" in raw else None  # (its opening quote)
    if quote is not None and quote.start() > 0:
        end = start + quote.start()
        raw = text[start:end]
    tail = quant_tail(raw)
    if tail is not None and tail.group() and tail.start() < 2 and (
            TAIL_NUMERAL.search(tail.group()) or TAIL_CLUSTER.search(tail.group())):
        return None
    if tail is not None and tail.group() and tail.start() >= 2:
        cut = tail.group()
        if TAIL_CUT.search(cut):
            end = start + tail.start()
    while end > start and text[end - 1] in " 　”":
        end -= 1
    name = compact(text[start:end])
    if not 2 <= len(name) <= 14 or not ITEM_NAME.fullmatch(name) or name.startswith("等") or \
            TIME_WORD.fullmatch(name) or COUNTED_SLOGAN.fullmatch(name) or SCOPE_WORD.fullmatch(name):
        return None
    return start, end


# A scope before a count, not a field: 全省5个产业集群, 全市三大产业, 我区两大产业集群
SCOPE_WORD = regex(r"[全我本该各](?:国|省|市|区|县|州|镇|园区|园|行业)")


# A counted slogan, not a field: “一主三辅”, “一核两翼”, “双核多点”
COUNTED = r"[一二三四五六七八九十两双多\d]"
COUNTED_SLOGAN = regex(rf"{COUNTED}[\u4e00-\u9fff]{COUNTED}[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=4)
def _industry_names(industries: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The gazetteer's industries as a set, and those holding 和/及/与 (kept whole): computed once."""
    known = frozenset(industries)
    return known, tuple(name for name in known if re.search("和|及|与", name))


def _industry_names_of(doc: Doc) -> tuple[frozenset[str], tuple[str, ...]]:
    """``_industry_names`` of the article's gazetteer, looked up once per lexicon (the 412-name tuple is
    not hashed again for every article)."""
    lexicon = doc.lexicon
    return lexicon.once("names.industry_names", lambda: _industry_names(tuple(lexicon.gazetteer.industries)))


def industry_lists(doc: Doc) -> Iterator[list[tuple[int, int]]]:
    """Lists of industries: after a trigger (重点发展, 聚焦…) or before a closer (等三大产业集群).
    """
    text = doc.text
    lexicon = doc.lexicon.patterns["industry"]
    known, whole = _industry_names_of(doc)
    trigger = doc.lexicon.patterns["industry_trigger"]
    for match in trigger.finditer(text):
        begin = match.end()
        while (more := TRIGGER_TAIL.match(text, begin) or trigger.match(text, begin)) and more.end() > begin:
            begin = more.end()  # 加快培育|发展…, 培育壮大|…
        end = _clause_end(text, begin)
        closers = list(LIST_CLOSER.finditer(text, begin, end))
        closer = closers[-1] if closers else None  # A、B两大主导产业和C一个新兴产业|开展招商: the last one
        if closer is not None and closer.start() > begin and \
                not LIST_SEPARATOR.search(text, closer.end(), end) and not text.startswith("”", closer.end()):
            end = closer.end()  # …和C三大主导产业|精准招商: the list ends (not when more items follow)
        items = [c for a, b in _split_items(text[begin:end], begin, whole=whole)
                 if (c := _clean_item(doc, a, b))]
        closed = closer is not None or text.startswith("产业集群", end - 4) or \
            (len(items) > 1 and text.startswith("产业", end - 2))
        if items and (closed or any(compact(text[a:b]) in known or lexicon.fullmatch(text, a, b)
                                    for a, b in items) or _zone_led_fields(doc, match.start(), items)
                                or _fields_after_relying(doc, match.start(), items)
                                or _fields_after_leading(doc, match.start(), items)):
            yield items
    for match in AS_LEADING.finditer(text) if LEADING_AS.search(text) else ():  # 以…为 or 把…作为
        group = 1 if match.group(1) is not None else 2
        items = [c for a, b in _split_items(match.group(group), match.start(group), whole=whole)
                 if (c := _clean_item(doc, a, b))]
        if items:
            yield items
    for match in AS_LEAD_FIELD.finditer(text) if LEAD_ROLE.search(text) else ():  # 以…为 or 发挥…优势
        group = 1 if match.group(1) is not None else 2
        item = _clean_item(doc, match.start(group), match.end(group))
        if item is not None and compact(text[item[0]:item[1]]) in known:
            yield [item]
    for match in AS_LEAD_FIELDS.finditer(text):
        items = [c for a, b in _split_items(match.group(1), match.start(1), whole=whole)
                 if (c := _clean_item(doc, a, b))]
        if len(items) > 1 and (any(compact(text[a:b]) in known or lexicon.fullmatch(text, a, b)
                                   for a, b in items)
                               or _zone_led_fields(doc, match.start(), items, led=True)):
            yield items  # (Y园区则以A和B为主攻方向: a contrast clause's fields, known or not)
    bare = BARE_DEVELOP.finditer(text) if _has_any(text, DEVELOP_AFTER_BREAK) else ()  # (its first words)
    for match in bare:  # Z要依托Y，发展A和B，…
        items = [c for a, b in _split_items(match.group(1), match.start(1), whole=whole)
                 if (c := _clean_item(doc, a, b))]
        if len(items) > 1 and all(SHORT_FIELD.fullmatch(text, a, b) and b - a > 2
                                  and not NOT_FIELD_END.search(text, a, b)
                                  and not text.startswith("事业", b - 2) for a, b in items) and \
                (any(compact(text[a:b]) in known or lexicon.fullmatch(text, a, b) for a, b in items)
                 or _zone_opens_sentence(doc, match.start())):
            yield items
    yield from _named_clusters(doc, known)
    yield from _strengths(doc, known, whole)
    yield from _listed_zone_clusters(doc)
    leading = FIELD_IS_LEADING.finditer(text) if LEADING_FIELD.search(text) else ()  # (its last words)
    for match in leading:  # 电子信息是我们的首位产业: known fields opening a clause
        items = [c for a, b in _split_items(match["list"], match.start("list"), whole=whole)
                 if (c := _clean_item(doc, a, b))]
        if items and all(compact(text[a:b]) in known or lexicon.fullmatch(text, a, b) for a, b in items):
            yield items
    together = FIELDS_TOGETHER.finditer(text) if TOGETHER.search(text) else ()  # (its last words)
    for match in together:  # (not a slogan's 工业强区、科技兴区…三业并举)
        items = [c for a, b in _split_items(match["list"], match.start("list"), whole=whole)
                 if (c := _clean_item(doc, a, b))]
        if len(items) > 1 and any(compact(text[a:b]) in known or lexicon.fullmatch(text, a, b)
                                  for a, b in items):
            yield items
    for match in LIST_CLOSER.finditer(text) if CLOSER_GATE.search(text) else ():
        begin = max(text.rfind(p, 0, match.start()) for p in "，。；：\n") + 1
        openers = list(LIST_OPENERS.finditer(text, begin, match.start()))
        openers += list(doc.lexicon.patterns["industry_trigger"].finditer(text, begin, match.start()))
        openers.sort(key=lambda m: m.end())
        if openers:
            begin = openers[-1].end()
        end = match.start()
        if text[begin:end].endswith(("作为", "成为")):
            end -= 2
        if text[begin:end].startswith("以") and text[begin:end].endswith("为"):  # 以A、B为两大主导产业
            begin, end = begin + 1, end - 1
        elif text[begin:end].endswith("为") and text[begin - 1:begin] == "以":
            end -= 1
        elif text[begin:end].endswith("为") and (yi := _last_lead_yi(text, begin, end)) is not None:
            begin, end = yi, end - 1  # X坚持以A、B为三大主导产业: the list between 以 and 为
        elif not openers and text.startswith("为", match.end()):  # 坚持以A及B、C和D四大主导产业为支撑
            leads = list(LEAD_YI.finditer(text, begin, end))
            begin = leads[-1].end() if leads else begin
        items = [c for a, b in _split_items(text[begin:end], begin) if (c := _clean_item(doc, a, b))]
        if items:
            yield items


# A zone's name (its kind) right before a development verb, with the adverbs a clause's subject takes
# (X经济开发区重点发展…, Y科技城则聚焦…)
ZONE_SUBJECT_ADVERBS = "(?:管委会|管理局)?(?:今后|未来|目前)?(?:则|还|也|仍|将|要|已|正|继续|主要)*$"
SHORT_FIELD = regex(f"[{ZH}]{{2,8}}")
# What ends the object of such a verb when it is work, not a field (聚焦项目建设和招商引资, 营商环境)
NOT_FIELD_END = regex("(?:建设|招商|引资|环境|保障|需求|关切|改革|开放|创新|管理|工作|发展|升级|转型"
                      "|落地|提升|优化|攻坚|体系|机制|能力|水平|质量|效益|服务|项目|目标|任务|民生)$")
# The verbs that say a zone develops fields; 聚焦/主攻 only in a clause set against one of these
# (X重点发展A和B，Y则聚焦C、D), as their objects are often work, not fields
DEVELOP_VERBS = ("重点发展", "大力发展", "着力发展", "培育发展", "优先发展", "集中发展", "加快发展",
                 "重点培育")
CONTRAST_VERBS = ("聚焦", "主攻")


def _zone_led_fields(doc: Doc, trigger: int, items: Sequence[tuple[int, int]], *, led: bool = False) -> bool:
    """Whether a list of two or more short fields closing its clause follows a zone that is the clause's
    subject (``X经济开发区重点发展A和B，Y科技城则聚焦C、D``, ``Y片区则主攻C和D``, and with ``led`` the 以 of
    ``Y园区则以C和D为主攻方向``): fields the vocabulary may not know. A contrast clause (则) is set against
    a develop verb or the zone's 主导产业 earlier in its sentence."""
    text = doc.text
    if len(items) < 2 or not all(SHORT_FIELD.fullmatch(text, a, b) and not NOT_FIELD_END.search(text, a, b)
                                 for a, b in items):
        return False
    kinds = doc.lexicon.once("names.zone_subject_kinds", lambda: tuple(sorted(
        {*doc.lexicon.words("zone", "suffixes"), *doc.lexicon.words("zone", "park_suffixes"), "片区"},
        key=len, reverse=True)))
    subject = doc.lexicon.once("names.zone_subject_before",
                               lambda: re.compile("(?:" + "|".join(kinds) + ")" + ZONE_SUBJECT_ADVERBS))
    before = subject.search(text, max(0, trigger - 16), trigger)
    if before is None:
        return False
    if text.startswith(DEVELOP_VERBS, trigger):
        return True
    if not (led or text.startswith(CONTRAST_VERBS, trigger)) or "则" not in before.group():
        return False
    s_start, _ = doc.sentence_at(trigger)  # the clause set against: a develop verb earlier in the sentence
    return any(verb in text[s_start:before.start()] for verb in (*DEVELOP_VERBS, "主导产业"))


# A zone's clause of what it builds on, right before a develop verb: 该区将依托X产业集群，|重点培育A和B
RELYING_CLAUSE = regex(r"(?:该区|本区|我区|高新区|开发区|经开区|园区|新区)(?:将|要|还将|还要|继续|将继续)?"
                       r"依托[^，。；]{2,30}[，,]$")


def _fields_after_relying(doc: Doc, trigger: int, items: Sequence[tuple[int, int]]) -> bool:
    """Whether a list of two or more short fields after a develop verb (重点培育A和B) follows the zone's
    依托… clause (该区将依托X产业集群，): the zone is the subject of both, the fields the vocabulary may not
    know."""
    text = doc.text
    if len(items) < 2 or not text.startswith(DEVELOP_VERBS, trigger) or not all(
            SHORT_FIELD.fullmatch(text, a, b) and not NOT_FIELD_END.search(text, a, b) for a, b in items):
        return False
    return RELYING_CLAUSE.search(text, max(0, trigger - 40), trigger) is not None


# A zone's clause naming its leading industry, right before a develop verb: X以A为首位产业，|重点发展B、C和D
LEADING_CLAUSE = regex(r"以[^，。；以]{2,12}为(?:首位|主导|支柱|核心|特色|优势)产业[，,]$")


def _fields_after_leading(doc: Doc, trigger: int, items: Sequence[tuple[int, int]]) -> bool:
    """Whether a list of two or more short fields after a develop verb (重点发展A、B和C) follows the clause
    naming the subject's leading industry (以X为首位产业，): the fields of the same subject, which the
    vocabulary may not know."""
    text = doc.text
    if len(items) < 2 or not text.startswith(DEVELOP_VERBS, trigger) or not all(
            SHORT_FIELD.fullmatch(text, a, b) and not NOT_FIELD_END.search(text, a, b) for a, b in items):
        return False
    return LEADING_CLAUSE.search(text, max(0, trigger - 24), trigger) is not None


# The 以 opening a list closed by its count and then 为 (以A、B两大主导产业为支撑): not 可以, 所以, 以及…
# 发挥在A、B和C方面的优势: the fields a zone is strong in
STRENGTHS = regex(r"发挥(?:在|其|自身)?([^，。；“”]{4,40}?)(?:等)?(?:方面|领域)的?(?:产业|综合|比较)?优势")


def _strengths(doc: Doc, known: Collection[str], whole: Collection[str]) -> Iterator[list[tuple[int, int]]]:
    """Lists of fields after 发挥(在)…方面的优势, kept when the vocabulary knows one of them."""
    text = doc.text
    if "优势" not in text:
        return
    lexicon = doc.lexicon.patterns["industry"]
    for match in STRENGTHS.finditer(text):
        items = [c for a, b in _split_items(match.group(1), match.start(1), whole=whole)
                 if (c := _clean_item(doc, a, b))]
        if len(items) > 1 and any(compact(text[a:b]) in known or lexicon.fullmatch(text, a, b)
                                  for a, b in items):
            yield items


LEAD_YI = regex(r"(?<![可所加予难足得用])以(?!及|来|后|前|上|下|外|内)")


def _last_lead_yi(text: str, begin: int, end: int) -> int | None:
    """Where the text after the last leading 以 in ``begin:end`` starts, if one is there."""
    leads = list(LEAD_YI.finditer(text, begin, end))
    return leads[-1].end() if leads else None


def _named_clusters(doc: Doc, known: frozenset[str]) -> Iterator[list[tuple[int, int]]]:
    """A zone's named cluster: 合肥高新区量子信息产业集群 (the industry right after a zone's name)."""
    text = doc.text
    if "产业集群" not in text:  # what every named cluster ends with
        return
    for end in sorted(_every_zone_end(doc)):  # each zone's end, after its bracketed district
        cluster = CLUSTER_AFTER.match(text, end)
        if cluster is None or NOT_CLUSTER_START.match(cluster.group(1)):
            continue
        kind = CLUSTER_KIND.search(cluster.group(1))
        item_end = cluster.start(1) + kind.start() if kind is not None else cluster.end(1)
        item = _clean_item(doc, cluster.start(1), item_end)
        if item is None:
            continue
        name = compact(text[item[0]:item[1]])
        if name in known or not (doc.lexicon.patterns["industry_trigger"].search(name) or
                                 LIST_OPENERS.search(name)):
            yield [item]


# An item of a list of zones' clusters: ``浙江省：A高新区新材料集群，B开发区汽车零部件集群；``
CLUSTER_TAIL = r"(?:产业)?集群(?=[，；。、,;\n]|$)"
LISTED_CLUSTER = regex(r"([\u4e00-\u9fff]{2,14}?)" + CLUSTER_TAIL)
LISTED_CLUSTER_END = regex(CLUSTER_TAIL)  # where an item's cluster ends
LIST_ITEM_BEFORE = "：:，,；;、\n"


def _listed_zone_clusters(doc: Doc) -> Iterator[list[tuple[int, int]]]:
    """The field of each cluster named right after a zone that opens an item of a list (after a colon,
    a comma, a semicolon or a line start; up to the next one): the zone's industry."""
    text = doc.text
    if "集群" not in text:
        return
    before_cluster = {end for end in suffixed_zone_ends(doc) if LISTED_CLUSTER.match(text, end) is not None}
    spans = [(start, end) for start, end, _ in zone_spans(doc)] + \
        [(start, end) for end, start in _suffixed_zone_before(doc, before_cluster).items()]
    for start, end in sorted(set(spans)):
        if start > 0 and text[start - 1] not in LIST_ITEM_BEFORE:
            continue
        cluster = LISTED_CLUSTER.match(text, end)
        if cluster is None or NOT_CLUSTER_START.match(cluster.group(1)):
            continue
        kind = CLUSTER_KIND.search(cluster.group(1))  # X创新型产业集群: the field before its kind
        item = _clean_item(doc, cluster.start(1), cluster.start(1) + kind.start() if kind else cluster.end(1))
        if item is not None:
            yield [item]


# ``A是我们的首位产业``, ``A和B是全区的主导产业``: the fields a clause opens with, said to lead
FIELD_IS_LEADING = regex(r"(?:^|(?<=[，。；：\n]))(?P<list>[^，。；：“”\n]{2,20}?)(?:产业)?是"
                         r"(?:我们|我区|全区|园区|该区|本区|高新区|开发区|新区)?的?"
                         r"(?:首位|主导|支柱|龙头|第一)产业")
# The words every match of FIELD_IS_LEADING (of FIELDS_TOGETHER) ends with: found by a fast literal-led
# search, they gate the whole-text scans, whose lazy lead is tried at every character
LEADING_FIELD = regex(r"(?:首位|主导|支柱|龙头|第一)产业")
TOGETHER = regex(r"业(?:并举|并进|齐发|联动|协同)")


LIST_END = regex(r"[，。；：！？,;\n]|等(?![级])|的|为|领域|方向|方面")


def _clause_end(text: str, pos: int) -> int:
    match = LIST_END.search(text, pos)
    return match.start() if match else len(text)


def _after_zone(doc: Doc, start: int, end: int) -> int:
    """An item that opens with a zone's name (马鞍山经济技术开发区智能装备|产业集群) starts after it: the zone
    is named on its own, and the industry written right after it is that zone's."""
    for pattern in (doc.lexicon.patterns["zone"], doc.lexicon.patterns["zone_name"]):
        match = pattern.match(doc.text, start, end)
        if match is None:
            continue
        cut = match.end("suffix") if pattern is doc.lexicon.patterns["zone"] else match.end()
        paren = PAREN_PLACE.match(doc.text, cut, end)
        cut = paren.end() if paren is not None else cut
        if end - cut >= 2:
            return cut
    return start


# A table of bases named after their fields, each resting on a zone: 序号 示范基地名称 依托园区 所在市
BASE_HEADER = regex(r"^[^\n]*?(?:基地|集群)?名称\s+(?:依托|所在|承载)(?:园区|开发区|载体|平台)[^\n]*$",
                    re.MULTILINE)
ROW_CELLS = regex(r"\S+")


def _row_fields(doc: Doc) -> Iterator[Mention]:
    """The name cell of each row of a table of bases (its field) whose next cell is a zone: the zone
    develops that field (the mention is marked ``row``: its zone is the one in its row)."""
    text = doc.text
    header = BASE_HEADER.search(text) if "名称" in text else None
    if header is None:
        return
    heads = [m.group() for m in ROW_CELLS.finditer(header.group())]
    column = next(i for i, cell in enumerate(heads) if cell.endswith("名称"))
    zone_starts = {start for start, _, _ in zone_spans(doc)} | set(_suffixed_zone_before(doc).values())
    pos = header.end() + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        cells = list(ROW_CELLS.finditer(text, pos, end))
        if len(cells) != len(heads) or not cells[0].group().strip("0123456789０１２３４５６７８９"
                                                                   ).strip() == "":
            break
        field, zone = cells[column], cells[column + 1]
        if zone.start() in zone_starts and _clean_item(doc, *field.span()) == field.span():
            yield _mention(doc, field.start(), field.end(), EntityType.INDUSTRY, canonical=field.group(),
                           attrs=(("list", "1"), ("row", "1")))
        pos = end + 1


@mention_extractor("industries")
def industries(doc: Doc) -> Iterator[Mention]:
    yield from _row_fields(doc)
    for items in industry_lists(doc):
        for start, end in items:
            start = _after_zone(doc, start, end)
            name = compact(doc.text[start:end])
            canonical = name[:-2] if name.endswith("产业") and len(name) > 4 else name
            yield _mention(doc, start, end, EntityType.INDUSTRY, canonical=canonical,
                           attrs=(("list", "1"),))
    _, whole = _industry_names_of(doc)
    designations = CLUSTER_DESIGNATION.finditer(doc.text) if "产业集聚区" in doc.text else ()  # (its end)
    for match in designations:  # 全国首批光伏产业集聚区: the clause's zone's field
        item = _clean_item(doc, match.start("field"), match.end("field"))
        if item is not None and "的" not in match["field"]:  # (重点打造的X产业集聚区: a description)
            name = compact(doc.text[item[0]:item[1]])
            yield _mention(doc, item[0], item[1], EntityType.INDUSTRY, canonical=name,
                           attrs=(("list", "1"), ("subject", "clause")))
    by_field = BY_FIELD.finditer(doc.text) if _has_any(doc.text, SELECTION_WORDS) else ()  # (its last words)
    for match in by_field:  # the zone is the subject of its own clause
        for a, b in _split_items(match.group(1), match.start(1), whole=whole):  # 以新材料和工业互联网产业入选
            item = _clean_item(doc, a, b)
            if item is None:
                continue
            name = compact(doc.text[item[0]:item[1]])
            yield _mention(doc, item[0], item[1], EntityType.INDUSTRY, canonical=name,
                           attrs=(("list", "1"), ("subject", "clause")))


# -------------------------------------------------------------------------------------- policies

# Verbs and adverbs that never start a policy's name (现将X名单予以公布, 统筹用好X专项资金, 通过X专项资金)
POLICY_VERBS = ("现将", "现予", "特将", "通过", "统筹用好", "统筹使用", "统筹", "用好", "用足", "利用",
                "运用", "设立", "安排", "争取", "拨付", "给予", "获得")
LEADING_VERB = regex("(?:积极|努力|全力|大力|主动|及时)?(?:"
                     + "|".join(sorted(POLICY_VERBS, key=len, reverse=True)) + ")")
# A clause, not a name: an amount or a per-unit grant (每年给予每个平台1亿元专项资金)
FRAGMENT = regex(r"[\d.一二三四五六七八九十百千]+(?:万|亿)?元|每年|每个|每家|给予")


def _past_verbs(text: str, start: int, end: int) -> int:
    """A name's start moved past verbs written before it (left_edge may keep them when jieba joins them)."""
    while (verb := LEADING_VERB.match(text, start, end)) is not None and end - verb.end() >= 4:
        start = verb.end()
    return start


# A subject and its modal before a verb that never opens a programme's name (我委将积极争取X专项资金)
SUBJECT_VERB = regex(r"[\u4e00-\u9fff]{1,6}?(?:将|要|拟|会|还|也|正|已)(?:继续|进一步)?"
                     r"(?:积极|努力|全力|大力|主动|及时)?(?:"
                     + "|".join(sorted(POLICY_VERBS, key=len, reverse=True)) + ")")


def _past_subject(text: str, start: int, end: int) -> int:
    """A name's start moved past a subject, its modal and a verb written before it (left_edge keeps them
    when jieba joins 我委将): ``我委将积极争取X专项资金`` → X专项资金."""
    subject = SUBJECT_VERB.match(text, start, min(end, start + 16))
    return subject.end() if subject is not None and end - subject.end() >= 4 else start


# Words a programme's name (…试点, …专项资金, …名单) never starts after
PROGRAMME_STOPS = frozenset(("为", "入选", "列入", "纳入", "确定", "认定", "获批", "成为", "开展", "推进",
                             "获得", "了", "的", "是", "等", "和", "与", "及", "被", "此次", "本次", "该",
                             "家", "个", "在", "将", "共", "获", "申报", "参加", "公布", "印发", "发布",
                             "下达", "组织", "启动", *POLICY_VERBS))


def _policy_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    text = doc.text
    doc_suffixes = tuple(doc.lexicon.words("policy", "doc_suffixes"))
    programmes = tuple(doc.lexicon.words("policy", "programme_suffixes"))
    for match in BOOK.finditer(text):
        inner = YEARS_AFTER.sub("", compact(match.group(1)))  # …三年行动方案（2021—2023年）
        if inner.endswith(doc_suffixes) or inner.startswith("关于"):
            yield match.start(1), match.end(1)
    for match in ABOUT.finditer(text):
        yield match.span()
    for match in QUOTED.finditer(text):
        inner = re.sub(r"[（(][^）)]*[）)]$", "", compact(match.group(1)))
        if inner.endswith(programmes) and len(inner) >= 6:
            yield match.start(1), match.end(1)
    yield from _quoted_programmes(text)
    for match in FUND_SET_UP.finditer(text):  # 设立X高新区Y基金: a fund named with its place or zone in front
        if not match["name"].startswith(FUND_NOT_NAME) and \
                doc.lexicon.patterns["place"].match(text, match.start("name")) is not None:
            yield match.span("name")
    stops = PROGRAMME_STOPS
    for match in re.finditer(r"试点(?=名单|单位|[，。；、”）\n]|$)|专项资金", text):
        start = _past_verbs(text, left_edge(doc, match.start(), stops=stops, max_len=30), match.start())
        start = _past_subject(text, start, match.start())
        quoted = _quoted_before(text, start)  # 入选“一区一主导产业”培育试点: the quoted part is in the name
        if quoted is not None and SELECTED_FOR.search(text, max(0, quoted - 16), quoted):
            start = _past_verbs(text, left_edge(doc, quoted, stops=stops, max_len=30), quoted)
            start = quoted if start == quoted or NUMERAL_START.match(text, start) else start
        year = LEADING_YEAR.match(text, start, match.start())  # 2022年X试点 is the programme X试点
        start = year.end() if year is not None and match.start() - year.end() >= 6 else start
        name = compact(text[start:match.end()])
        if len(name) >= 8 and not NUMERAL_START.match(name) and not name.startswith(("此次", "本次", "该")) \
                and not FRAGMENT.search(name):
            yield start, match.end()
    # 公布2022年度湖北省创新型产业集群名单, 公布…示范基地名单: the designation a list names
    designations = tuple(doc.lexicon.words("policy", "list_suffixes"))
    for match in re.finditer(r"名单(?<!试点名单)", text):  # led by its literal: a fast search
        start = _past_verbs(text, left_edge(doc, match.start(), stops=stops, max_len=30), match.start())
        year = LEADING_YEAR.match(text, start, match.start())
        start = year.end() if year is not None else start
        name = compact(text[start:match.start()])
        quoted = _quoted_before(text, start)  # 第三批“X”新产业平台培育名单: a programme given in batches
        if quoted is not None and BATCH.search(text, max(0, quoted - 6), quoted):
            end = match.start() - (2 if text.endswith(CANDIDATE_WORDS, start, match.start()) else 0)
            if end - quoted >= 6:
                yield quoted, end
        elif len(name) >= 6 and name.endswith(designations) and not NUMERAL_START.match(name) and \
                not name.startswith(("此次", "本次", "该", "这")):
            yield start, match.start()
    # 拟认定以下5个园区为第三批省级X示范基地: the designation the listed zones are proposed for
    for match in DESIGNATED_BELOW.finditer(text) if "以下" in text else ():
        name = compact(match["name"])
        if len(name) >= 6 and name.endswith(designations) and not name.startswith(GENERIC_DESIGNATIONS):
            yield match.span("name")
    # 被授予“全市园区建设先进单位”称号: a title awarded to a unit (no person's 劳动模范) is a designation
    for match in AWARDED_TITLE.finditer(text) if "称号" in text else ():
        yield match.span("name")
    # 将A列为自治区大数据产业发展示范基地, 被认定为省级双创示范基地: the designation itself is a programme
    for match in DESIGNATED_AS.finditer(text) if _has_any(text, DESIGNATING_WORDS) else ():  # (its verbs)
        start, end = match.span("name")
        year = LEADING_YEAR.match(text, start, end)  # 入选2017年省级高新技术产业园区: the designation
        start = year.end() if year is not None else start
        name = compact(text[start:end])
        if len(name) >= 6 and name.endswith((*designations, "试点")) and not NUMERAL_START.match(name) and \
                not name.startswith(GENERIC_DESIGNATIONS) and not RANKING.search(name):
            yield start, end


# The verbs before a title awarded in quotes (also read by kg.extract.facts for the awarding body)
AWARD_VERB = r"(?:授予|荣获|获评|获得|获授|评为|命名为)了?"
# A title in quotes awarded to a unit (授予“X先进单位”称号, 荣获“X示范园区”荣誉称号): what a zone is given,
# so a designation; a title of people (先进个人, 劳动模范) ends otherwise and is none
AWARDED_TITLE = regex(rf"{AWARD_VERB}“(?P<name>[^“”，。；：、\n]{{4,30}}?"
                      r"(?:单位|集体|园区|开发区|示范区|基地))”(?:荣誉)?称号")
# 拟认定以下5个园区为X, 确定以下单位为X: the designation of the items listed below
DESIGNATED_BELOW = regex(r"(?:认定|确定|命名|批准|推荐|授予)以下[\d一二三四五六七八九十两]*[个家批项]?"
                         r"(?:园区|单位|开发区|基地|企业|集群|平台)?为“?"
                         r"(?P<name>[^，。；：、“”《》\s]{4,30}?)”?(?=[，。；！,;]|$|称号)")
# A batch of a programme (第三批, 首批) and what a list of candidates for it says after its name (X培育名单)
BATCH = regex(r"(?:第[一二三四五六七八九十\d]+批|首批)$")
CANDIDATE_WORDS = ("培育", "创建")
# What a zone is selected for follows (入选首批“X”试点, 被列为“X”试点), not a slogan's pilot (推进“放管服”…)
SELECTED_FOR = regex(r"(?:入选|入围|列为|列入|纳入|确定为|认定为|批准为|获批|成为)了?"
                     r"(?:首批|第[一二三四五六七八九十\d]+批|\d{4}年度?)?(?:国家级|省级|市级)?$")


# A programme named in quotes before its kind (“X”试点, “X”标杆园区, 国家“X”示范基地): the quote (and the
# level before it) with 试点, or with a designation of up to four more characters ending in 园区/基地/单位/
# 城市/示范区/先导区/试验区 (then a clause end, 之一 or 名单)
QUOTED_KIND = regex(r"(?:国家级|国家|省级|全国|全省)?“[^“”\n，。；：、]{2,16}”"
                    r"(?:试点|[\u4e00-\u9fff]{0,4}?(?:园区|基地|单位|城市|示范区|先导区|试验区)"
                    r"(?=[，。；！,;]|$|之一|名单))")
# What every match of QUOTED_KIND holds (its closing quote and the kind after it): a search led by the quote,
# which the whole-text scan of QUOTED_KIND (its optional level tried at every character) is gated by
QUOTED_KIND_GATE = regex(r"”(?:试点|[\u4e00-\u9fff]{0,4}?(?:园区|基地|单位|城市|示范区|先导区|试验区))")
# …and said to be selected for: a batch right before it (第二批“X”试点, 首批“X”标杆园区), a selection verb
# (入选“X”试点), or 之一 after it (是“X”试点园区之一); a slogan (推进“放管服”…) is none
QUOTED_SELECTED = regex(r"(?:首批|第[一二三四五六七八九十\d]+批|入选|入围|列为|列入|纳入|确定为|认定为"
                        r"|批准为|获批)了?$")
ONE_OF = regex(r"[\u4e00-\u9fff]{0,4}?之一")


# A fund set up under its name (设立X高新区科技成果转化基金，首期规模3亿元): the name ends its clause and
# opens with its place (not 设立天使投资基金, a kind of fund)
FUND_SET_UP = regex(r"(?:发起设立|设立|组建)了?(?P<name>[\u4e00-\u9fff]{6,24}?基金)"
                    r"(?=[，。；、,;（(]|$)", re.MULTILINE)
FUND_NOT_NAME = ("一支", "一只", "规模", "总规模", "首期", "专项", "产业", "各类", "相关")


def _quoted_programmes(text: str) -> Iterator[tuple[int, int]]:
    """Spans of programmes named in quotes before their kind that a zone is said to be selected for."""
    for match in QUOTED_KIND.finditer(text) if QUOTED_KIND_GATE.search(text) else ():
        if QUOTED_SELECTED.search(text, max(0, match.start() - 8), match.start()) or \
                ONE_OF.match(text, match.end()) is not None:
            yield match.span()


def _quoted_before(text: str, pos: int) -> int | None:
    """Where a quotation ending right before ``pos`` opens (“X”|培育试点), if one does (two to sixteen
    characters, no clause break inside)."""
    if pos < 4 or text[pos - 1] != "”":
        return None
    opening = text.rfind("“", max(0, pos - 18), pos - 1)
    if opening < 0 or pos - 1 - opening < 3 or CLAUSE_MARKS.search(text, opening, pos):
        return None
    return opening


CLAUSE_MARKS = regex(r"[，。；：！？\n”](?!$)")


@mention_extractor("policies")
def policies(doc: Doc) -> Iterator[Mention]:
    """Documents in 《》, 关于…的通知 titles, quoted programmes and funds, and pilots (…试点)."""
    spans = sorted(set(_policy_spans(doc)))
    names = {span: compact(doc.text[span[0]:span[1]]) for span in spans}
    for span in spans:
        name = names[span]
        container = [other for other in names.values()
                     if name in other and other != name and not other.startswith("关于")]
        canonical = max(container, key=len) if container else name
        yield _mention(doc, span[0], span[1], EntityType.POLICY, canonical=canonical)
    titled = title_notice(doc)
    if titled is not None:
        yield titled


# A notice named by the title line: 广东省科学技术厅关于公布2022年…名单的通知 (its issuer first, when written)
TITLE_NOTICE = regex(r"《?(?P<issuer>[^，。；、《》“”\s]{2,30}?)?"
                     r"(?P<notice>关于[^，。；《》“”]{2,60}?的(?:通知|公告|决定|批复|公示))》?")
# A personnel notice (关于X等同志职务任免的通知) and the lines of its body that appoint or remove
PERSONNEL_NOTICE = regex(r"任免|任职|任命|免职")
APPOINTING_LINE = regex(r"(?:^|(?<=[：:；;。]))\s*(任命|免去|聘任)", re.MULTILINE)
# Where the body announces the list the notice publishes: 现将X名单予以公布, X名单如下
LIST_ANNOUNCED = regex(r"名单(?=予以公布|公布如下|如下|印发给你们|予以公示|[（(]见附件)")


# Where a 公示 says it is given (拟认定以下N个园区为X，现予以公示): the notice's place in its body
NOTICE_GIVEN = regex(r"(?<=现)予以公示|(?<=现)予公示|(?<=特此)公示")


def title_notice(doc: Doc) -> Mention | None:
    """The notice an article's title names when its body only announces the list it publishes.

    The mention stands at the body's 名单 (``现将X名单予以公布``), its name from the title (the text form
    is not a label: ``form=elided``), with the issuer written before 关于 kept as ``issuer``.
    """
    match = TITLE_NOTICE.fullmatch(compact(doc.article.title))
    if match is None or match["notice"] in compact(doc.text):
        return None
    if "名单" not in match["notice"]:  # 关于X等同志职务任免的通知: the body's first 任命/免去 line
        appointed = APPOINTING_LINE.search(doc.text) if PERSONNEL_NOTICE.search(match["notice"]) else None
        if appointed is None:
            return None
        issuer = (("issuer", match["issuer"]),) if match["issuer"] else ()
        return _mention(doc, appointed.start(1), appointed.end(1), EntityType.POLICY,
                        canonical=match["notice"], attrs=(("form", "elided"), ("from", "title"), *issuer))
    listed = re.search(r"关于(?:公布|印发|确定|认定|命名|公示|下达|发布)?(?P<name>.{4,60}?)名单",
                       match["notice"])
    anchor = None
    if listed is not None:
        core = re.sub(r"^\d{4}年度?", "", listed["name"])
        anchor = next((m for m in re.finditer(r"名单", doc.text) if doc.text.endswith(core, 0, m.start())),
                      None)
    anchor = anchor or LIST_ANNOUNCED.search(doc.text) or NOTICE_GIVEN.search(doc.text)
    if anchor is None:
        return None
    issuer = (("issuer", match["issuer"]),) if match["issuer"] else ()
    return _mention(doc, anchor.start(), anchor.end(), EntityType.POLICY, canonical=match["notice"],
                    attrs=(("form", "elided"), ("from", "title"), *issuer))


# -------------------------------------------------------------------------------------- projects

# 项目 ending a project's name (not 项目管理, 项目库…)
# (not before 集中: X项目集中签约活动, X项目集中开工 is a round of projects, not one)
PROJECT_WORD = regex(r"项目(?!跟踪|审计|管理|资金|申报|库|化|建设运营|集中)")
# Words a project's name never starts after, besides the boundary stop words
PROJECT_STOPS = ("实施", "推进", "开工", "启动", "签下", "重大", "重点", "该", "此", *PROJECT_VERBS,
                 *SPEECH_VERBS, "宣告", "见证",
                 # 甲方负责协调项目用地, 尚需办理项目备案: 项目 a common noun after these
                 "负责", "尚需")


@functools.lru_cache(maxsize=8)
def _project_stop_words(stops: tuple[str, ...]) -> frozenset[str]:
    """The boundary stop words and ``PROJECT_STOPS``, without 及 (a project's name may hold it): built once
    per list."""
    return _word_set(stops, PROJECT_STOPS) - {"及"}


# The headline of an article cited (a correction's 本报昨日刊发的《…》一文, 《…》的报道)
CITED_ARTICLE = regex(r"(?:刊发|刊登|刊载|发表|播发|转载)的?《[^《》\n]{2,80}》"
                      r"|《[^《》\n]{2,80}》(?:一文|一稿|的?报道)")
CITING = ("刊发", "刊登", "刊载", "发表", "播发", "转载", "一文", "一稿", "报道")  # in every CITED_ARTICLE


@mention_extractor("projects")
def projects(doc: Doc) -> Iterator[Mention]:
    """Quoted projects after a company, ``建设…项目`` names, and items of ``引进A、B等N个项目`` lists."""
    text = doc.text
    for _, _, start, end in quoted_project_companies(doc):
        yield _mention(doc, start, end, EntityType.PROJECT, canonical=compact(text[start:end]))
    suffixes = tuple(doc.lexicon.words("project", "suffixes"))
    for match in QUOTED.finditer(text):
        before = text[max(0, match.start() - 12):match.start()]
        if compact(match.group(1)).endswith(suffixes) and re.search(
                r"(?:公司|集团|控股|银行|[）)])(?:规划|投资|计划)?(?:建设|投资|打造)?的?$", before):
            yield _mention(doc, match.start(1), match.end(1), EntityType.PROJECT,
                           canonical=compact(match.group(1)))
    stops = _project_stop_words(doc.lexicon.words("boundary", "stops"))
    zone_re = doc.lexicon.patterns["zone"]
    owners: tuple[tuple[str, str], ...] | None = None  # the companies' cores, once a project needs them
    cited = [m.span() for m in CITED_ARTICLE.finditer(text)] if _has_any(text, CITING) else []
    for match in PROJECT_WORD.finditer(text):
        if PROJECT_COUNT.match(text, match.end()) or not _piece_before(text, match.start(), 4, PROJECT_PIECE):
            continue  # a tally, or no room for a name of four characters (whatever the left edge)
        if any(a <= match.start() < b for a, b in cited):
            continue  # 本报刊发的《X签约Y项目》一文: the headline of an article cited, no project of its own
        start = left_edge(doc, match.start(), stops=stops, max_len=24, piece=PROJECT_PIECE)
        stray = STRAY_POINT.match(text, start, match.start())
        start = stray.end() if stray is not None else start
        while text[start:start + 1].isascii() and text[start:start + 1].isalpha():  # Micro LED显示模组项目
            latin = LATIN_WORD_BEFORE.search(text, max(0, start - 16), start)
            if latin is None or (latin.start() > 0 and text[latin.start() - 1].isascii()
                                 and text[latin.start() - 1].isalnum()):
                break
            start = latin.start()
        printed = start
        zone = zone_re.match(text, start)
        if zone is not None and zone.end() < match.start():
            start = zone.end()
            paren = PAREN_PLACE.match(text, start)
            start = paren.end() if paren else start
        after = _after_owner(doc, start, match.start())
        zoned = printed < start == after  # only the zone came off the name
        zoned = zoned or (printed == start < after and  # or a bare zone kind (综保区|冷链物流中心项目)
                          doc.lexicon.patterns["zone_suffix"].fullmatch(text, start, after) is not None)
        start, end = strip_brackets(text, after, match.end())
        owners = _owner_cores(doc) if owners is None else owners
        owner = _owner_short_form(doc, start, match.start(), owners)
        fuller: tuple[tuple[str, str], ...] = ()
        if zoned and owner is None:  # 郴州高新区电子信息产业园项目: the zone's project, named as printed
            fuller = (("fuller", compact(text[printed:end])),)  # (the fullest form)
        if owner is not None:  # 锐驰动力新能源汽车…项目 after 湖南锐驰动力科技有限公司: 锐驰动力 invests
            yield owner
            fuller = (("fuller", compact(text[start:end])),)  # the name as printed stays a name of it
            start = owner.end
        core = compact(text[start:match.start()])
        if len(core) < 4 or NUMERAL_START.match(core) or not PROJECT_START.match(core) or \
                GENERIC_PROJECT.search(core):
            continue
        yield _mention(doc, start, end, EntityType.PROJECT, canonical=compact(text[start:end]), attrs=fuller)
    yield from built_sites(doc)
    if "建设的" in text or "兴建的" in text:
        yield from sites_built_by_company(doc)
    if "投资" in text and "基地" in text:  # in every COMPANY_SITE match
        yield from company_sites(doc)
    for match in re.finditer(r"等\s*[\d一二三四五六七八九十两几多]+\s*个(?:重大|重点)?项目", text):
        begin = max(text.rfind(p, 0, match.start()) for p in "，。；：\n") + 1
        opener = list(re.finditer(r"引进了?|签约了?|落户了?|包括|有", text[begin:match.start()]))
        visited = list(VISITED_ITEMS.finditer(text, begin, match.start()))
        if opener:
            begin += opener[-1].end()
        if visited and visited[-1].end() > begin:
            begin = visited[-1].end()
        for a, b in _spans(text[begin:match.start()], begin, "、"):
            a, b = strip_brackets(text, *_trim_space(text, a, b))
            item = compact(text[a:b])
            if "“" in item or "”" in item or len(item) < 4 or not item.endswith(suffixes):
                continue
            if visited and _visited_park(doc, item):
                continue  # 观摩了X产业园、Y项目等6个项目: the park visited is a place, not a project
            yield _mention(doc, a, b, EntityType.PROJECT, canonical=item)


# A visit of sites (与会人员实地观摩了A、B项目等6个项目): the list of what was seen starts after the verb
VISITED_ITEMS = regex(r"(?:实地)?(?:观摩|参观|考察|察看|查看|调研|走访|走进)了?")


def _visited_park(doc: Doc, item: str) -> bool:
    """Whether an item of a list of sites visited is a park (X经开区光机电产业园), not a project (…项目)."""
    return not item.endswith("项目") and item.endswith(tuple(doc.lexicon.words("zone", "park_suffixes")))


def _piece_before(text: str, pos: int, size: int, piece: re.Pattern[str]) -> bool:
    """Whether the ``size`` characters before ``pos`` are all ``piece`` characters (a class repeated).

    ``left_edge(doc, pos, piece=piece)`` never moves past a character outside ``piece``, so when this is
    false every name it finds before ``pos`` (or within one) is shorter than ``size``: no tokens need be cut.
    """
    return pos >= size and piece.fullmatch(text, pos - size, pos) is not None


def company_core(doc: Doc, full: str) -> str:
    """A company's name without its legal suffix and its place (湖南锐驰动力科技有限公司 → 锐驰动力科技)."""
    core = full
    for suffix in _longest_first_suffixes(doc.lexicon.words("company", "suffixes")):
        if core.endswith(suffix) and len(core) > len(suffix) + 1:
            core = core[: -len(suffix)]
            break
    place = doc.lexicon.patterns["place"].match(core)
    if place is not None and len(core) - place.end() >= 2:
        core = core[place.end():]
        core = core[1:] if core[:1] in "省市县区" and len(core) > 3 else core
    return core


def _owner_cores(doc: Doc) -> tuple[tuple[str, str], ...]:
    """(core, full name) of every company named in full in the article, in a stable order."""
    fulls = sorted({compact(doc.text[a:b]) for a, b in company_spans(doc)})
    return tuple((company_core(doc, full), full) for full in fulls)


def _owner_short_form(doc: Doc, start: int, end: int, owners: Sequence[tuple[str, str]]) -> Mention | None:
    """A project name opening with a short form of a company named in the article: the company's core, or a
    prefix of it of two or more Chinese characters ending where a word ends (锐驰动力 of 锐驰动力科技).
    Latin letters after it (智擎未来|AI大模型…) belong to the project. The one company it fits, else None."""
    text = doc.text
    industries = doc.lexicon.patterns["industry"]
    found: dict[str, int] = {}
    for core, full in owners:
        if not text.startswith(core[:2], start, end):  # every form tried opens with these two characters
            continue
        for size in range(len(core), 1, -1):
            form = core[:size]
            if not text.startswith(form, start, end) or not is_cjk(form) or industries.fullmatch(form):
                continue
            if size < len(core) and start + size not in doc.token_starts:
                continue
            found.setdefault(full, size)
            break
    if len(found) != 1:
        return None
    (full, size), = found.items()
    rest = compact(text[start + size:end])
    if len(rest) < 4 or not PROJECT_START.match(rest) or GENERIC_PROJECT.search(rest):
        return None
    return _mention(doc, start, start + size, EntityType.COMPANY, canonical=full)


def _after_owner(doc: Doc, start: int, end: int) -> int:
    """A project starts after a company or zone written right before it (X有限公司Y项目, X综合保税区Y项目)."""
    cut = start
    zone_suffix = doc.lexicon.patterns["zone_suffix"]
    for pattern in (doc.lexicon.patterns["company_suffix"], zone_suffix):
        for match in pattern.finditer(doc.text, start, end):
            if pattern is zone_suffix and match.start() == start:
                continue  # 综保区|Y项目: a bare kind opening a name names no owner
            if match.end() < end and match.end() > cut and \
                    (doc.text[match.end()] in "（(" or match.end() in doc.token_starts):
                cut = match.end()
    if cut == start or not doc.text.startswith(OPENING_BRACKETS, cut):  # no owner, or no bracket after it
        return cut
    paren = PAREN_PLACE.match(doc.text, cut)
    return paren.end() if paren is not None else cut


def built_sites(doc: Doc) -> Iterator[Mention]:
    """``投资建设X基地，总投资…``: a site built as a project, named without 项目, with its own investment."""
    text = doc.text
    for match in BUILT_SITE.finditer(text):
        name = compact(match["name"])
        if name.startswith(GENERIC_SITE_STARTS) or "的" in name or NUMERAL_START.match(name):
            continue
        s_start, s_end = doc.sentence_at(match.start("name"))
        after = text[match.end("name"):s_end]
        before = text[max(s_start, match.start() - 16):match.start()]
        if not (re.match(r"[，,]\s*(?:项目)?(?:总投资|计划投资|投资总额|投资额|投资)", after)
                or AMOUNT_INVESTED.search(before)
                or len(name) >= 6 and _company_builds_in_zone(doc, s_start, match.start())):
            continue
        start = _after_owner(doc, match.start("name"), match.end("name"))
        yield _mention(doc, start, match.end("name"), EntityType.PROJECT,
                       canonical=compact(text[start:match.end("name")]))


# ``投资18亿元`` or ``投资十亿元`` (numerals in figures or in words) just before the verb that builds a site
AMOUNT_INVESTED = regex(r"投资[约近超逾]?(?:[\d.,，]+|[〇零一二两三四五六七八九十百千]+)\s*[万亿]")


# ``X有限公司投资建设的Y基地总投资…``: a site a company builds, named as the subject of its investment
SITE_BUILT_BY = regex(r"(?:投资建设|投资兴建|建设|兴建)的"
                      r"(?P<name>[\u4e00-\u9fff（）()A-Za-z0-9]{4,30}?(?:生产基地|研发基地|基地|研发中心|产业园|总部))"
                      r"(?=(?:项目)?(?:总投资|计划投资|投资额|投资总额))")


def sites_built_by_company(doc: Doc) -> Iterator[Mention]:
    """``X有限公司投资建设的Y基地总投资3.2亿元``: a site a company written right before builds, with its own
    investment, is a project (named without 项目). Callers test for 建设的/兴建的 first."""
    text = doc.text
    company = doc.lexicon.patterns["company_suffix"]
    for match in SITE_BUILT_BY.finditer(text):
        name = compact(match["name"])
        if name.startswith(GENERIC_SITE_STARTS) or NUMERAL_START.match(name):
            continue
        if not any(owner.end() == match.start()
                   for owner in company.finditer(text, max(0, match.start() - 8), match.start())):
            continue  # the builder is a company written right before the verb
        yield _mention(doc, match.start("name"), match.end("name"), EntityType.PROJECT, canonical=name)


# ``X有限公司Y生产基地总投资3.6亿元``: a company's production site named right after it, with its own
# investment (a project named without 项目: 生产基地, 制造基地, 研发基地, 产业化基地)
COMPANY_SITE = regex(r"(?P<name>[\u4e00-\u9fff]{4,20}?(?:生产基地|制造基地|研发基地|产业化基地))"
                     r"(?=总投资|计划投资|投资额|投资总额|预计投资|拟投资)")  # (…基地项目: a project's name)


def company_sites(doc: Doc) -> Iterator[Mention]:
    """``X有限公司Y生产基地总投资…``: a site written right after the company that builds it (no 的, no verb:
    a list of projects started), followed by its investment, is a project; its name is the part after the
    company (the company, written right before it, is its investor). Callers test for 投资 and 基地 first."""
    text = doc.text
    company = doc.lexicon.patterns["company_suffix"]
    for match in COMPANY_SITE.finditer(text):
        owner = next((o for o in company.finditer(text, max(0, match.start() - 8), match.end())
                      if match.start() <= o.end() < match.end()), None)
        if owner is None:
            continue  # no company's suffix opens the run: not a company's site
        start = owner.end()
        name = compact(text[start:match.end()])
        if len(name) < 6 or "的" in name or name.startswith(GENERIC_SITE_STARTS) or NUMERAL_START.match(name):
            continue  # (X公司投资的Y基地: another pattern's)
        yield _mention(doc, start, match.end(), EntityType.PROJECT, canonical=name)


# ``X公司将在<zone>建设Y中心``: a company's own site in a zone, named without 项目 and without an amount
BUILT_IN_ZONE = regex(r"(?:将|拟|计划|还将|也将)?在[\u4e00-\u9fff（）()]{2,24}?"
                      r"(?:区|园|城|港|基地)$")


def _company_builds_in_zone(doc: Doc, s_start: int, verb: int) -> bool:
    """Whether the clause before the verb at ``verb`` is ``<company>…（将）在<zone or park>``."""
    text = doc.text
    clause = max(s_start, max(text.rfind(c, s_start, verb) for c in "，；：,;") + 1)
    where = BUILT_IN_ZONE.search(text, clause, verb)
    return where is not None and \
        doc.lexicon.patterns["company_suffix"].search(text, clause, where.start()) is not None


def _trim_space(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# ---------------------------------------------------------------------------------------- events

# A meeting named only by who attends it (领导干部会议, 全体干部大会, 全市党员干部会议): no named event
# (also after the body they work in: 高新区|干部大会, X经开区|全体干部大会)
ATTENDEES_ONLY = regex(r"(?:[\u4e00-\u9fff]{0,8}?(?:高新区|开发区|经开区|新区|园区|管委会|党工委))?"
                       r"(?:全体|全区|全市|全县|全省|全镇|机关|中层|领导|党员|干部|职工|员工|班子|成员"
                       r"|代表|科级|处级)+")


# A course or meeting counted, not named (每年举办一期X培训班, 召开一次X座谈会): no named event
COUNTED_EVENT = regex(r"[一两二三四五几多每][期次场届批轮]")
# A company's own meetings (第三届董事会第十四次会议, 公司股东大会, 临时股东大会): no event of the guidelines
COMPANY_MEETING = regex(r"董事会|监事会|股东大会|股东会")
# What opens a named event: its year or its edition (2017…, 第二十三届…)
EVENT_OPENING = regex(r"(?:19|20)\d\d|第[一二三四五六七八九十百\d]+[届次期]")


@mention_extractor("events")
def events(doc: Doc) -> Iterator[Mention]:
    """Named meetings, conferences, fairs, training courses: a name of 4+ characters and a suffix."""
    stops = frozenset(doc.lexicon.words("event", "stops"))
    for match in doc.lexicon.patterns["event_suffix"].finditer(doc.text):
        start = left_edge(doc, match.start(), stops=stops, max_len=40, piece=EVENT_PIECE)
        if start > 0 and doc.text[start - 1] in "与和及":  # 2017X云计算与大数据产业推介会: 与 inside the name
            wider = left_edge(doc, start - 1, stops=stops, max_len=40, piece=EVENT_PIECE)
            # (also a name opening with its city or province: 温州市激光与光电产业…观摩会; with 及, which
            # joins two fields more than two parties, any place: 芜湖机器人及智能装备产业推介会)
            place = doc.lexicon.patterns["place"].match(doc.text, wider, start - 1)
            by_place = place is not None and place.end() < start - 1 and (
                doc.text[place.end() - 1] in "省市" or doc.text[place.end()] in "省市"
                or doc.text[start - 1] == "及")
            if by_place or EVENT_OPENING.match(doc.text, wider, start - 1) or _two_places(doc, wider, start):
                start = wider
        while start < match.start() and doc.text[start] in "”）)":
            start += 1
        if doc.text[start:start + 1] in "“\"" and doc.text.startswith(("”", "\""), match.end()) and \
                not re.search("[“”\"]", doc.text[start + 1:match.start()]):
            start += 1  # “2025X·Y合作对接会”: the quotes around the whole name are not part of it
        year = re.search(r"(?<=[\u4e00-\u9fff])(?:19|20)\d\d", doc.text[start:match.start()])
        if year is not None:  # a byline glued to a name starting with a year: 王超2019…培训班
            start += year.start()
        name = compact(doc.text[start:match.end()])
        core = re.sub("[“”\"]", "", doc.text[start:match.start()])
        if len(core) < 4 or name.count("“") != name.count("”") or ATTENDEES_ONLY.fullmatch(core) or \
                COUNTED_EVENT.match(core) or COMPANY_MEETING.search(name):
            continue
        if OWN_MEETING.search(core):
            continue  # 无需提交公司股东大会: the announcing company's own meeting, no named event
        parts = [p for p in name.split("暨") if p]
        attrs = tuple(("alias", p) for p in parts) if len(parts) > 1 else ()
        yield _mention(doc, start, match.end(), EntityType.EVENT, canonical=name, attrs=attrs)


def _two_places(doc: Doc, wider: int, start: int) -> bool:
    """Whether an event's name opens with two places joined by 与/和/及 (吉林省与浙江省对口合作推进会):
    the place before the joining word, whole, and another place after it are both sides of the name."""
    places = doc.lexicon.patterns["place"]
    before = places.fullmatch(doc.text, wider, start - 1)
    after = places.match(doc.text, start)
    return before is not None and after is not None and after.end() > start


# ------------------------------------------------------------------------------------ agreements

# A company's own meeting written after a bare 公司 (提交公司股东大会审议)
OWN_MEETING = regex(r"(?:提交|提请|经|由|报)公司(?:股东|董事会|监事会|职工代表)?$")


@mention_extractor("agreements")
def agreements(doc: Doc) -> Iterator[Mention]:
    """Agreement phrases: (战略合作|投资|框架|意向…)协议, 合作备忘录."""
    pattern = doc.lexicon.patterns["agreement"]
    for match in pattern.finditer(doc.text):
        yield _mention(doc, match.start(), match.end(), EntityType.AGREEMENT)
        if match.group().startswith("项目") and match.end() - match.start() > 4:
            # …研发中心项目|合作协议: the project keeps its 项目 and the agreement is what follows
            yield _mention(doc, match.start() + 2, match.end(), EntityType.AGREEMENT)
    signed = SIGNED_WITH.finditer(doc.text) if "签约" in doc.text or "签下" in doc.text else ()  # (its verb)
    for match in signed:  # A与B签约(P项目): an agreement named by its verb
        yield _mention(doc, match.start("verb"), match.end("verb"), EntityType.AGREEMENT)
