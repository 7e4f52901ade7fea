"""The shared work of the extractors: word sets built once, scans and derived facts kept per article, the
bisected overlap check of ``longest_wins`` and the mentions-by-start index of the relation extractors."""

from __future__ import annotations

import random
import re

import pytest

from kg.extract import Extractor, facts, names
from kg.extract.settle import PRIORITY, longest_wins
from kg.model import Article, EntityType, Mention

ET = EntityType


@pytest.fixture(scope="module")
def plain() -> Extractor:
    return Extractor(tokenize=False)


def test_word_sets_are_built_once_per_list(plain: Extractor) -> None:
    doc = plain.doc(Article(id="a", source="t", text="文本"))
    stops = names._stop_words(doc, "实施")
    assert stops == names._stops(doc, "实施")
    assert names._stop_words(doc, "实施") is stops
    assert names._word_set(("a", "b"), ("c",)) == frozenset("abc")
    assert names._longest_first_suffixes(("公司", "有限公司", "司")) == ("有限公司", "公司", "司")
    assert names._project_stop_words(("及", "和")) == (frozenset(names.PROJECT_STOPS) | {"和"})


def test_a_scan_is_the_patterns_matches_found_once_per_article(plain: Extractor) -> None:
    text = "湘潭高新区党工委书记王明远、管委会主任李晓红调研。株洲市委常委、副市长张力出席。"
    doc = plain.doc(Article(id="a", source="t", text=text))
    titles = names._scan(doc, "title")
    assert [m.span() for m in titles] == [m.span() for m in doc.lexicon.patterns["title"].finditer(text)]
    assert names._scan(doc, "title") is titles
    assert names.company_spans(doc) is names.company_spans(doc)


def test_longest_word_is_the_longest_written_there(plain: Extractor) -> None:
    doc = plain.doc(Article(id="a", source="t", text=""))
    words = names._person_words(doc)
    assert "陪同" in words.after_cjk and "（" in words.after and "（" not in words.after_cjk
    assert names._longest_word("李庆陪同调研", 2, words.after_cjk) == 2
    assert names._longest_word("李庆陪同调研", 3, words.after_cjk) == 1  # 同
    assert names._longest_word("李庆陪同了", 4, words.after_cjk) == 0
    assert names._longest_word("一行人", 0, ("一", "一行")) == 2
    assert names._longest_word("abc", 0, ()) == 0
    every = "".join(words.after_cjk)  # every word, and the words their joins spell
    for text in ("李庆陪同调研", "李庆陪同了", "王明表示", "王明陪同", "陪", "说", "李庆在会上说", every):
        for pos in range(len(text) + 1):
            assert words.longest_after(text, pos) == names._longest_word(text, pos, words.after_cjk)


def _overlap_free_by_scanning(mentions: list[Mention]) -> list[Mention]:
    """``longest_wins`` as it was written first: every candidate checked against every span taken."""
    rank = {cls: i for i, cls in enumerate(PRIORITY)}
    ordered = sorted(set(mentions), key=lambda m: (-(m.end - m.start), rank.get(m.cls, len(rank)), m.start,
                                                  m.cls.value, m.text, m.canonical or ""))
    taken: list[tuple[int, int]] = []
    kept: list[Mention] = []
    for m in ordered:
        if m.end <= m.start or any(m.start < end and start < m.end for start, end in taken):
            continue
        taken.append((m.start, m.end))
        kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end, m.cls.value))


def test_longest_wins_keeps_what_a_scan_of_every_taken_span_keeps() -> None:
    rng = random.Random(7)
    classes = list(PRIORITY)
    for _ in range(300):
        mentions = []
        for _ in range(rng.randint(0, 25)):
            start = rng.randint(0, 40)
            end = start + rng.randint(-1, 8)
            mentions.append(Mention(text=f"m{start}-{end}", cls=rng.choice(classes), start=start, end=end))
        assert longest_wins(mentions) == _overlap_free_by_scanning(mentions)


def _mention(start: int, end: int, cls: EntityType = ET.ZONE) -> Mention:
    return Mention(text="x" * (end - start), cls=cls, start=start, end=end, article="a")


def test_mentions_by_start_slice_like_the_filters_they_replace(plain: Extractor) -> None:
    doc = plain.doc(Article(id="a", source="t", text="x" * 60))
    rng = random.Random(3)
    mentions = []
    for _ in range(40):
        start = rng.randint(0, 50)
        mentions.append(_mention(start, start + rng.randint(1, 6), rng.choice((ET.ZONE, ET.POLICY, ET.AREA))))
    index = facts.by_start(doc, mentions)
    assert index.ordered == sorted(mentions, key=lambda m: m.start)
    for lo, hi in [(0, 60), (5, 20), (10, 10), (30, 12), (47, 59)]:
        ordered = sorted(mentions, key=lambda m: m.start)
        assert index.starting(lo, hi) == [m for m in ordered if lo <= m.start <= hi]
        assert index.within(lo, hi) == [m for m in ordered if lo <= m.start and m.end <= hi]
        for classes in [(), (ET.ZONE,), (ET.POLICY, ET.AREA)]:
            assert index.inside(lo, hi, *classes) == facts._in(ordered, lo, hi, *classes)


def test_derived_facts_are_kept_per_list_of_mentions(plain: Extractor) -> None:
    doc = plain.doc(Article(id="a", source="t", text="x" * 20))
    calls: list[int] = []

    def count(_: object, items: list[Mention]) -> int:
        calls.append(1)
        return len(items)

    first = [_mention(0, 2)]
    second = [_mention(0, 2), _mention(4, 6)]
    assert facts._per_mentions(doc, "k", first, count) == 1
    assert facts._per_mentions(doc, "k", first, count) == 1
    assert facts._per_mentions(doc, "k", second, count) == 2
    assert len(calls) == 2


def test_major_is_decided_once_per_zone(plain: Extractor) -> None:
    text = "湘潭高新区的智造谷产业园"
    doc = plain.doc(Article(id="a", source="t", text=text))
    zone = Mention(text="湘潭高新区", cls=ET.ZONE, start=0, end=5, article="a")
    park = Mention(text="智造谷产业园", cls=ET.ZONE, start=6, end=12, article="a")
    assert facts.major(doc, zone) and not facts.major(doc, park)
    assert facts.major(doc, zone) and not facts.major(doc, park)
    assert facts._zone_at(doc, 0, 5) is facts._zone_at(doc, 0, 5)


def test_shared_zone_and_dept_scans_are_the_patterns_matches_once(plain: Extractor) -> None:
    """``zone_spans``: (start, end of the name, end of the match) of ``zone_name``, then ``zone``;
    ``dept_matches``: the dept pattern's matches (every extractor that reads them shares one scan)."""
    text = "合肥高新区量子信息产业集群与杭州高新区（滨江）合作，合肥市科技局、洛阳市委出席。"
    doc = plain.doc(Article(id="a", source="t", text=text))
    patterns = doc.lexicon.patterns
    expected = [(m.start(), m.end(), m.end()) for m in patterns["zone_name"].finditer(text)] + \
        [(m.start(), m.end("suffix"), m.end()) for m in patterns["zone"].finditer(text)]
    assert list(names.zone_spans(doc)) == expected and expected
    assert doc.shared["names.zone_scan"] is names.zone_spans(doc)
    depts = names.dept_matches(doc)
    assert [m.span() for m in depts] == [m.span() for m in patterns["dept"].finditer(text)] and depts
    assert doc.shared["names.dept_scan"] is depts


def test_kept_and_distinct_in_order_are_the_sorted_sets_they_replace() -> None:
    """The same objects (of equal ones, the one a set keeps) in the same order of keys as sorting a set."""
    from kg.extract import _kept, _order, _relation_orders, distinct_in_order, kept_in_order, relation_order
    from kg.model import Relation, RelationKind

    rng = random.Random(11)
    classes = list(PRIORITY)
    for round_ in range(400):
        candidates = [Mention(text=f"m{s}", cls=rng.choice(classes), start=s, end=s + rng.randint(1, 6),
                              article="a", canonical=rng.choice([None, "c"]))
                      for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 20)))]
        # a settle that keeps overlaps (every fifth round) takes the path that sorts a set
        settled = candidates if round_ % 5 == 0 else longest_wins(candidates)
        pool = list(settled)
        for m in settled[:4]:  # equal copies, a copy with other attrs (its key ties), an agreement there
            pool += [Mention(m.text, m.cls, m.start, m.end, m.article, m.canonical, m.attrs),
                     Mention(m.text, m.cls, m.start, m.end, m.article, m.canonical, (("k", "v"),)),
                     Mention(m.text, ET.AGREEMENT, m.start, m.end, m.article)]
        pool += [Mention(text="n", cls=rng.choice(classes), start=rng.randint(0, 40), end=45, article="a")
                 for _ in range(3)]
        relations = []
        for _ in range(rng.randint(0, 12)):
            args = tuple((rng.choice(["a", "b"]), rng.choice(pool)) for _ in range(rng.randint(1, 3))) \
                if pool else ()
            relation = Relation(rng.choice(list(RelationKind)[:3]), args, "a", rng.randint(0, 2), 9,
                                rng.choice([None, "v"]))
            relations += [relation] * rng.randint(1, 2)
            if rng.random() < 0.3:  # an equal relation, another object
                relations.append(Relation(relation.kind, relation.args, "a", relation.evidence_start, 9,
                                          relation.value))
        expected = sorted(_kept(settled, relations), key=_order)
        got = kept_in_order(settled, relations)
        assert [_order(m) for m in got] == [_order(m) for m in expected]
        assert {id(m) for m in got} == {id(m) for m in expected}
        assert _relation_orders(relations) == [relation_order(r) for r in relations]
        expected_relations = sorted(set(relations), key=relation_order)
        got_relations = distinct_in_order(relations)
        assert [relation_order(r) for r in got_relations] == [relation_order(r) for r in expected_relations]
        assert {id(r) for r in got_relations} == {id(r) for r in expected_relations}


def test_project_refs_are_the_matches_of_a_scan_of_the_whole_text() -> None:
    """``facts.project_refs`` (near each 项目) finds what ``PROJECT_REF.finditer`` finds, at a text's start,
    after a newline or a comma, with every opener, and where windows of 项目 overlap."""
    from tests.conftest import EXAMPLES

    openers = ["", "据了解", "据介绍", "目前", "其中", "另外"]
    refs = ["项目", "该项目", "这个项目", "本项目", "项目项目", "个项目"]
    tails = ["由A公司投资建设", "总投资5亿元", "，计划总投资", "，总投资", "预计总投资", "投资总额", "建设"]
    rng = random.Random(5)
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in EXAMPLES.glob("*.txt")]
    for _ in range(400):
        texts.append("".join(rng.choice(["，", "。", "\n", "；", "x", "", "项目"]) + rng.choice(openers)
                             + rng.choice(["", "，", ","]) + rng.choice(refs) + rng.choice(tails)
                             for _ in range(rng.randint(1, 4))))
    found = 0
    for text in texts:
        expected = [(m.span(), m.span("ref")) for m in facts.PROJECT_REF.finditer(text)]
        assert [(m.span(), m.span("ref")) for m in facts.project_refs(text)] == expected
        found += len(expected)
    assert found > 300  # the texts hold many references


def test_sited_at_is_the_matches_of_a_scan_of_the_whole_text() -> None:
    """``facts.sited_at`` (around each 项目 and its verb of place) finds what ``SITED_AT.finditer`` finds, at
    a text's start, after a newline or a punctuation mark, with 该/本 and 于/在, where windows overlap; and
    every match of ``AS_BUILDER`` (skipped in a text without 主体) ends with 主体."""
    from tests.conftest import EXAMPLES

    pieces = ["，", "。", "\n", "；", "：", "x", "", "该", "本", "项目", "项目", "选址", "落户", "落地",
              "建在", "位于", "于", "在", "作为", "将", "建设运营主体", "主体"]
    rng = random.Random(7)
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in EXAMPLES.glob("*.txt")]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    found = 0
    for text in texts:
        expected = [m.span() for m in facts.SITED_AT.finditer(text)]
        assert [m.span() for m in facts.sited_at(text)] == expected
        found += len(expected)
        assert all(m.group().endswith("主体") for m in facts.AS_BUILDER.finditer(text))
    assert found > 100


def test_every_stated_holding_holds_its_word() -> None:
    """``_stated_parts`` looks for ``HOLDS`` only in a text with 其中: each match of it holds the word."""
    pieces = ["面积", "范围", "实施范围", "，", ",", "。", "；", " ", "其中", "包括", "包含", "涵盖", "含",
              "x"]
    rng = random.Random(9)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(2000)]
    texts += [rng.choice(["面积", "范围"]) + "x" * rng.randint(0, 3) + rng.choice(["，", ","])
              + rng.choice(["", " "]) + rng.choice(["其中", "其"])
              + rng.choice(["包括", "包含", "涵盖", "含", ""]) for _ in range(300)]
    found = 0
    for text in texts:
        for end in range(len(text) + 1):
            match = facts.HOLDS.search(text, 0, end)
            if match is not None:
                found += 1
                assert "其中" in match.group()
    assert found > 100


def test_split_items_without_a_separator_is_what_the_splits_give() -> None:
    """``_split_items`` answers a text without 和、及与 at once, as the splits at 以及|和, 、, 及|与 would."""
    def by_splits(text: str, offset: int, whole: tuple[str, ...]) -> list[tuple[int, int]]:
        keep = tuple((offset + m.start(), offset + m.end()) for name in whole
                     for m in names.find_all(text, name) if name in text)
        items: list[tuple[int, int]] = []
        for group in names._spans(text, offset, r"以及|和", keep=keep):
            parts = names._spans(text, offset, "、", within=group)
            if len(parts) > 1:
                parts = parts[:-1] + names._spans(text, offset, "及|与", within=parts[-1], keep=keep)
            items += parts
        return items

    whole = ("软件和信息技术服务", "生物医药与健康")
    for text in ("", "新材料", "新材料、生物医药", "新材料和软件和信息技术服务", "电子信息以及新能源",
                 "高端装备及新材料", "A、B与C", "生物医药与健康", "  ", "x"):
        for offset in (0, 7):
            assert names._split_items(text, offset, whole=whole) == by_splits(text, offset, whole)


def test_sentences_are_the_trimmed_spans_between_sentence_ends() -> None:
    """``doc.sentences`` (trimmed by ``str.strip``) against the character-by-character trim it replaced."""
    from kg.extract.doc import SENTENCE_END, sentences

    def trim(text: str, start: int, end: int) -> tuple[int, int]:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def by_characters(text: str) -> tuple[tuple[int, int], ...]:
        out, start = [], 0
        for match in SENTENCE_END.finditer(text):
            if text[start:match.end()].strip():
                out.append(trim(text, start, match.end()))
            start = match.end()
        if text[start:].strip():
            out.append(trim(text, start, len(text)))
        return tuple(out)

    rng = random.Random(13)
    pieces = ["。", "！", "？", "；", "\n", "\r\n", " ", "\u3000", "\x1c", "\u2028", "\xa0", "”", "字", "\t"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert sentences(text) == by_characters(text)


def test_quant_tail_is_the_search_of_the_whole_item() -> None:
    """``quant_tail`` (started at the run of tail characters ending the item) finds what
    ``QUANT_TAIL.search`` over the whole item finds; every character of the pattern is a tail character."""
    literal = re.sub(r"\\d|\(\?:|[()|?$\[\]+]", "", names.QUANT_TAIL.pattern)
    assert set(literal) <= names.QUANT_TAIL_CHARS
    rng = random.Random(17)
    pieces = ["等", "两大", "三个", "12项", "５类", "千亿级", "万亿级", "超百亿", "世界级", "省级", "主导",
              "战略性新兴", "地标性", "产业集群", "产业链", "集群", "产业", "之一", "新材料", "钒钛",
              "\n", " ", "级"]
    for _ in range(3000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        expected, got = names.QUANT_TAIL.search(raw), names.quant_tail(raw)
        assert (got.span(), got.group()) == (expected.span(), expected.group())


def test_every_subsidiary_phrase_holds_a_word_of_ownership(plain: Extractor) -> None:
    """``facts._owns`` gates the subsidiary patterns: each match of them holds an ``OWNERSHIP`` word, so
    an article without one has none (examples, and phrases of every kind the patterns take)."""
    from tests.conftest import EXAMPLES

    texts = [path.read_text(encoding="utf-8", errors="replace") for path in EXAMPLES.glob("*.txt")]
    texts += ["甲公司是乙集团在华设立的全资子公司。", "该公司为乙集团的控股子公司，其子公司丙公司",
              "集团旗下另一家子公司丁公司", "甲集团下属企业乙公司", "甲（以下简称“甲”）全资子公司乙",
              "甲公司与乙公司签约"]
    found = 0
    for text in texts:
        for pos in range(len(text) + 1):
            for match in (facts.IS_SUBSIDIARY_OF.match(text, pos),
                          facts.ITS_SUBSIDIARY.search(text, max(0, pos - 14), pos)):
                if match is not None:
                    found += 1
                    assert facts.OWNERSHIP.search(match.group()), (text, match)
        doc = plain.doc(Article(id="a", source="t", text=text))
        assert facts._owns(doc) is (facts.OWNERSHIP.search(text) is not None)
    assert found
    assert not facts._owns(plain.doc(Article(id="b", source="t", text="甲公司与乙公司签约")))
