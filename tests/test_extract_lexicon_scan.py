"""The lexicon's cheaper scans (anchors, gates, values derived once) find exactly what the plain ones do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import gazetteer as gazetteer_module
from kg.extract.lexicon import Anchor, Lexicon, _name_run, finditer_near, trie_pattern

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load(gazetteer=gazetteer_module.default())


def spans(matches) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_finditer_near_finds_the_same_matches() -> None:
    pattern = re.compile(r"(?:东|东海|海)(?:国家)?(?:港|港区)(?:（[一-龥]{2}）)?")
    anchor = Anchor(re.compile("港区|港"), before=4, after=4)
    text = "东海港区（北仑）与海港合作，东港、东海国家港，远处无关文字很多很多，海港区"
    assert spans(finditer_near(pattern, text, anchor)) == spans(pattern.finditer(text))
    assert list(finditer_near(pattern, "没有锚点的文字", anchor)) == []


def test_finditer_near_merges_windows_and_keeps_the_first_match_order() -> None:
    pattern = re.compile(r"[甲乙]{1,3}丙")
    anchor = Anchor(re.compile("丙"), before=3, after=0)
    text = "甲乙丙乙丙。甲丙丁丁丁丁乙乙乙丙"
    assert [m.group() for m in finditer_near(pattern, text, anchor)] == ["甲乙丙", "乙丙", "甲丙", "乙乙乙丙"]


def test_finditer_near_windows_too_narrow_would_lose_matches() -> None:
    """The bound matters: a window shorter than the name before the anchor cuts the match."""
    pattern = re.compile(r"[甲乙]{1,3}丙")
    text = "。。。甲乙乙丙"
    assert [m.group() for m in finditer_near(pattern, text, Anchor(re.compile("丙"), 3, 0))] == ["甲乙乙丙"]
    assert [m.group() for m in finditer_near(pattern, text, Anchor(re.compile("丙"), 1, 0))] == ["乙丙"]


@pytest.mark.parametrize("key", ["zone", "dept", "place_list_zone"])
def test_lexicon_finditer_matches_the_plain_scan(lexicon: Lexicon, key: str) -> None:
    files = [*sorted((ROOT / "tests" / "fixtures").rglob("*.txt")), ROOT / "examples" / "xian-photonics.txt"]
    texts = [p.read_text(encoding="utf-8") for p in files]
    texts += ["长沙、株洲两个国家高新区和湘潭高新区", "湖南省发改委与长沙市委、杭州高新区（滨江）",
              "无关的文字"]
    assert texts
    for text in texts:
        assert spans(lexicon.finditer(key, text)) == spans(lexicon.patterns[key].finditer(text))


def test_gate_finds_every_list_of_zones(lexicon: Lexicon) -> None:
    assert lexicon.gates["place_list_zone"].search("长沙、株洲两个国家高新区")
    assert lexicon.gates["place_list_zone"].search("长沙高新区与株洲的合作，长沙、株洲两市") is None
    lists = lexicon.finditer("place_list_zone", "据悉，长沙、株洲和湘潭三个国家高新区")
    assert [m.group("list") for m in lists] == ["长沙、株洲和湘潭"]


def test_name_run_matches_every_name_and_no_other_character_or_length() -> None:
    names = ["长沙", "株洲市", "湘潭县"]
    run = re.compile(_name_run(names))
    assert all(run.fullmatch(name) for name in names)
    assert run.fullmatch("沙长市") and run.fullmatch("长沙株")  # any run of their characters, 2 to 3 long
    assert not run.fullmatch("长") and not run.fullmatch("长沙株洲") and not run.fullmatch("长春")
    assert re.compile(_name_run([])).search("长沙") is None


def test_once_and_area_compute_once(lexicon: Lexicon) -> None:
    calls = []
    assert lexicon.once(("test", 1), lambda: calls.append(1) or "v") == "v"
    assert lexicon.once(("test", 1), lambda: calls.append(1) or "w") == "v"
    assert calls == [1]
    assert lexicon.area("长沙") is lexicon.gazetteer.area("长沙") or \
        lexicon.area("长沙") == lexicon.gazetteer.area("长沙")
    assert lexicon.area("不存在的地方") is None


def test_trie_pattern_lead_matches_the_same_words() -> None:
    words = ["长沙", "长沙市", "株洲", "湘潭县", "北京"]
    text = "长沙市、株洲和湘潭县，北京长沙长株潭，长"
    plain = re.compile(trie_pattern(words))
    lead = re.compile(trie_pattern(words, lead=True))
    assert lead.pattern.startswith("(?=[")
    assert [m.span() for m in lead.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in lead.finditer(text)] == ["长沙市", "株洲", "湘潭县", "北京", "长沙"]
    assert trie_pattern(["长", "长沙"], lead=True) == trie_pattern(["长", "长沙"])  # a one-character word


def test_title_pattern_finds_titles_after_its_lead(lexicon: Lexicon) -> None:
    title = lexicon.patterns["title"]
    assert title.match("常务副市长")
    assert title.match("副主任")
    assert title.search("管委会主任李明") and title.search("管委会主任李明").group().endswith("主任")


def test_trie_pattern_lead_groups_many_first_characters() -> None:
    firsts = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉" + "".join(chr(0x4E03 + 7 * i) for i in range(40))
    words = [a + b + c for a in firsts for b in "东西" for c in ("", "南", "南北")]  # two groups
    text = "".join(words) + "甲东北乙西南北癸丑子西南子东甲" + "、".join(reversed(words))
    plain = re.compile(trie_pattern(words))
    lead = re.compile(trie_pattern(words, lead=True))
    assert lead.pattern.count("(?<=") == 2 * len(set(firsts))  # one per pair of first and second characters
    assert [m.span() for m in lead.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for start in range(len(text)):
        grouped, flat = lead.match(text, start), plain.match(text, start)
        assert (grouped and grouped.span()) == (flat and flat.span())


def test_lead_tries_of_the_lexicon_match_as_their_plain_tries(lexicon: Lexicon) -> None:
    """The place, zone and industry tries (grouped by their first two characters) match what the plain
    tries match, at every position of their names written in a row, cut short and out of order."""
    gaz = lexicon.gazetteer
    for words in (lexicon.area_names, [z.name for z in gaz.zones], gaz.industries):
        words = sorted(words)
        lead = re.compile(trie_pattern(words, lead=True))
        plain = re.compile(trie_pattern(words))
        text = "".join(words) + "、".join(w[1:] + w[:1] for w in words) + "".join(w[:-1] for w in words[::3])
        for start in range(len(text)):
            grouped, flat = lead.match(text, start), plain.match(text, start)
            assert (grouped and grouped.span()) == (flat and flat.span())
