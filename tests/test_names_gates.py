"""The cheap tests names.py makes before a left edge (which may cut tokens): they pass over only what
cannot be found."""

from __future__ import annotations

import re

from kg.extract import Extractor
from kg.extract.doc import Doc
from kg.extract.names import (
    PROJECT_PIECE,
    _is_suffixed_zone,
    _new_zone_start,
    _piece_before,
    _stops,
    _suffixed_zone_before,
    _word_end,
    _zone_stops,
    suffixed_zone_ends,
    suffixed_zones,
)
from kg.extract.text import EVENT_PIECE, NAME_PIECE, compact, left_edge
from kg.model import Article


def _suffixed_zone_starts(doc: Doc, places: re.Pattern[str], match: re.Match[str]) -> list[int]:
    """The definition ``_new_zone_start`` is checked against (every start, none passed over): the
    starts (at most 12 characters before ``match``, ``left_edge``'s reach) from which
    ``_is_suffixed_zone`` takes a zone ending with ``match``: a place starts there, or a bilateral lead
    before one."""
    text, pos = doc.text, match.start()
    low = max(0, pos - 12)
    out = []
    place = places.search(text, low, pos)
    while place is not None:  # every position a place starts at (its match ending by pos)
        at = place.start()
        out += [start for start in (at - 2, at)
                if start >= low and _is_suffixed_zone(doc, places, start, match)]
        place = places.search(text, at + 1, pos)
    return out


TEXTS = ["近日，合肥高新区与中新苏州工业园区签约。", "落户株洲高新区（天元）光电产业园项目",
         "今年以来，南宁高新区", "高新区", "，，", "，聚焦高新区，四川省高新技术产业园区和宁夏银川经开区",
         "2024光谷科技创新大会，武汉东湖新技术开发区内的A-3.5产业园区\r\n建设",
         "该项目建成后，年产1.5万吨项目"]


def _doc(full: Extractor, text: str) -> Doc:
    return full.doc(Article(id="a", source="s", text=text))


def test_piece_before_bounds_what_left_edge_can_find(full: Extractor) -> None:
    stops = frozenset({"与", "落户", "该", "今年以来"})
    for text in TEXTS:
        doc = _doc(full, text)
        for piece in (NAME_PIECE, PROJECT_PIECE, EVENT_PIECE):
            for pos in range(len(doc.text) + 1):
                edge = left_edge(doc, pos, stops=stops, max_len=24, piece=piece)
                for size in (1, 2, 4, 8):
                    if not _piece_before(doc.text, pos, size, piece):
                        assert pos - edge < size, (text, pos, size)
    assert _piece_before("，合肥高新区", 6, 5, NAME_PIECE)
    assert not _piece_before("，合肥高新区", 6, 6, NAME_PIECE)
    assert not _piece_before("合肥", 2, 3, NAME_PIECE)  # before the text's start
    assert not _piece_before("年产1.5万吨", 7, 4, NAME_PIECE)  # the point is no name character
    assert _piece_before("年产1.5万吨", 7, 4, PROJECT_PIECE)  # but is one of a project's


def test_suffixed_zone_starts_are_every_start_that_names_a_zone(full: Extractor) -> None:
    places = full.lexicon.patterns["place"]
    found = 0
    for text in TEXTS:
        doc = _doc(full, text)
        for match in full.lexicon.patterns["named_zone_suffix"].finditer(doc.text):
            starts = _suffixed_zone_starts(doc, places, match)
            for start in range(max(0, match.start() - 12), match.start() + 1):  # left_edge's reach
                assert _is_suffixed_zone(doc, places, start, match) is (start in starts), (text, start)
            found += len(starts)
    assert found
    doc = _doc(full, "，合肥高新区，聚焦高新区")
    suffixes = list(full.lexicon.patterns["named_zone_suffix"].finditer(doc.text))
    assert _suffixed_zone_starts(doc, places, suffixes[0]) == [1]
    assert _suffixed_zone_starts(doc, places, suffixes[1]) == []  # no place before it


def test_new_zone_start_is_a_start_not_known(full: Extractor) -> None:
    places = full.lexicon.patterns["place"]
    for text in TEXTS:
        doc = _doc(full, text)
        for match in full.lexicon.patterns["named_zone_suffix"].finditer(doc.text):
            starts = _suffixed_zone_starts(doc, places, match)
            spans = [(start, match.end()) for start in starts]
            for known in (set(), set(spans[:1]), set(spans[1:]), set(spans), {(0, match.end())}):
                expected = not all((start, match.end()) in known for start in starts)
                assert _new_zone_start(doc, places, match, known) is expected, (text, match.start(), known)
    doc = _doc(full, "，中新苏州工业园区")  # two starts: 中新苏州… and 苏州…
    match = next(full.lexicon.patterns["named_zone_suffix"].finditer(doc.text))
    assert _suffixed_zone_starts(doc, places, match) == [1, 3]
    assert _new_zone_start(doc, places, match, {(1, match.end())})
    assert not _new_zone_start(doc, places, match, {(1, match.end()), (3, match.end())})


def test_suffixed_zones_pass_over_only_known_spans(full: Extractor) -> None:
    for text in TEXTS:
        every = [(m.start, m.end) for m in suffixed_zones(_doc(full, text))]
        for known in (set(), set(every[::2]), set(every)):
            left = [(m.start, m.end) for m in suffixed_zones(_doc(full, text), known)]
            assert set(every) - known <= set(left) <= set(every), text


def _word_end_by_tokens(doc: Doc, start: int, end: int, full: str) -> int:
    """``_word_end`` as it was: the token at ``end`` asked about first."""
    if end in doc.token_starts:
        return end
    token = doc.token_at(end)
    if token is None:
        return end
    return token[2] if compact(doc.text[start:token[2]]) in full else end


def test_word_end_answers_as_the_tokens_do(full: Extractor) -> None:
    text = "湖南锐驰动力科技有限公司与锐驰动力新能源签约，锐驰动力科技 有限公司，锐驰动"
    fulls = ("湖南锐驰动力科技有限公司", "锐驰动力科技有限公司", "锐驰动力新能源有限公司")
    for form in ("锐驰动力", "锐驰", "锐驰动力科技", "锐驰动"):
        for full_name in fulls:
            at = text.find(form)
            while at >= 0:
                doc = _doc(full, text)
                expected = _word_end_by_tokens(_doc(full, text), at, at + len(form), full_name)
                assert _word_end(doc, at, at + len(form), full_name) == expected, (form, full_name, at)
                at = text.find(form, at + 1)


def test_zone_stops_are_the_stops_with_the_zone_suffixes(full: Extractor) -> None:
    doc = _doc(full, "高新区")
    suffixes = (*full.lexicon.words("zone", "suffixes"), *full.lexicon.words("zone", "kind_suffixes"))
    assert _zone_stops(doc) == _stops(doc, *suffixes)
    assert _zone_stops(doc, "运营", "特色") == _stops(doc, *suffixes, "运营", "特色")
    assert _zone_stops(doc) is _zone_stops(doc)  # built once


CLUSTER_TEXTS = ["四川省：遂宁经济技术开发区锂电材料集群，德阳经济开发区清洁能源装备产业集群；",
                 "江西省：南昌小蓝经济技术开发区汽车零部件集群。",
                 "湖南省：岳阳绿色化工高新技术产业开发区（云溪）精细化工集群；",
                 "该区聚焦锂电材料集群发展，遂宁经济技术开发区今年新签约项目12个。",
                 "遂宁经济技术开发区与德阳经济开发区签约。",
                 "项目落户长沙经济技术开发区（星沙）汽车产业园。",
                 "南京江宁经济技术开发区（江宁）智能制造产业园开园。"]


def test_suffixed_zone_ends_hold_every_end_of_a_suffixed_zone(full: Extractor) -> None:
    """Parks and lists of clusters read the zones named off the gazetteer only where one may end: every
    such zone's end (after a bracketed district too) must be among ``suffixed_zone_ends``."""
    bracketed = 0
    for text in CLUSTER_TEXTS + TEXTS:
        doc = _doc(full, text)
        ends = suffixed_zone_ends(doc)
        for zone in suffixed_zones(doc):
            assert zone.end in ends, (text, zone.text)
            bracketed += doc.text[zone.end - 1] in "）)"
    assert bracketed


def test_suffixed_zones_before_some_ends_are_the_full_map_cut_to_them(full: Extractor) -> None:
    """Asked for some ends only, the map of suffixed zones' ends to starts reads only their suffixes, and
    is the full map cut to those ends."""
    seen = 0
    for text in CLUSTER_TEXTS + TEXTS:
        whole = _suffixed_zone_before(_doc(full, text))
        for end in sorted(suffixed_zone_ends(_doc(full, text))) + [0, 5]:
            cut = _suffixed_zone_before(_doc(full, text), (end,))
            assert cut == {k: v for k, v in whole.items() if k == end}, (text, end)
            seen += bool(cut)
    assert seen
