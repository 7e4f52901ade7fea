"""kg's jieba tokenizer (tightened inner loops) cuts exactly as jieba's own does."""

from __future__ import annotations

import logging
import marshal
import random
from pathlib import Path

import jieba
import pytest
from jieba import finalseg

from kg.extract.doc import BLOCK, Counts, Tokenizer, Tokens, hmm_cut

TEXTS = (
    "株洲高新区党工委副书记、管委会主任刘建军会见了湖南星岳新材料有限公司一行。",
    "该项目总投资12.5亿元，建成后年产动力电池正极材料3万吨，预计实现年产值40亿元。",
    "近日，宁波国家高新区与浙江启衡智能科技股份有限公司签订战略合作协议，共建工业互联网创新中心。",
    "园区重点发展集成电路、生物医药、新一代信息技术等产业，着力打造千亿级产业集群。",
    "ABC科技在2023年第4季度营收增长38%，5G基站滤波器出货量位居行业前列。",
)


def _pair(folder: Path, words: tuple[str, ...] = ()) -> tuple[jieba.Tokenizer, Tokenizer]:
    logging.getLogger("jieba").setLevel(logging.WARNING)
    made = []
    for cls in (jieba.Tokenizer, Tokenizer):
        tokenizer = cls()
        tokenizer.tmp_dir = str(folder)
        tokenizer.initialize()
        if cls is Tokenizer:  # kg's table, as make_tokenizer gives it
            tokenizer.FREQ = Counts.of(tokenizer.FREQ)
        for word in words:
            tokenizer.add_word(word, freq=2000)
        made.append(tokenizer)
    return made[0], made[1]


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[jieba.Tokenizer, Tokenizer]:
    return _pair(tmp_path_factory.mktemp("jieba"), ("高新区", "管委会主任", "党工委副书记"))


@pytest.mark.parametrize("text", TEXTS)
def test_same_tokens_as_jieba(pair: tuple[jieba.Tokenizer, Tokenizer], text: str) -> None:
    plain, fast = pair
    assert list(fast.tokenize(text)) == list(plain.tokenize(text))
    assert fast.lcut(text, HMM=False) == plain.lcut(text, HMM=False)


def test_a_word_added_after_use_is_cut(tmp_path: Path) -> None:
    plain, fast = _pair(tmp_path)
    text = "星岳新材料落户园区"
    assert fast.lcut(text) == plain.lcut(text)
    for tokenizer in (plain, fast):
        tokenizer.add_word("星岳新材料", freq=50_000)
    assert "星岳新材料" in fast.lcut(text)
    assert fast.lcut(text) == plain.lcut(text)


MIXED = (
    "",
    "高新区",
    "  ２０２３年，ABC科技（688001.SH）营收增长38%。\r\n\r\n新闻来源：株洲高新区 "
    "\r\r\n邓慧敏说，项目C-3已投产",
    "园区\n\n  重点发展“集成电路”与AI+制造；签约金额5.2亿元 #1 & R&D_lab",
)


@pytest.mark.parametrize("text", TEXTS + MIXED)
def test_lazy_tokens_are_jiebas(pair: tuple[jieba.Tokenizer, Tokenizer], text: str) -> None:
    plain, fast = pair
    expected = tuple(plain.tokenize(text))
    covering = {pos: token for token in expected for pos in range(token[1], token[2])}
    bounds = {a for _, a, _ in expected} | {b for _, _, b in expected}
    for tokenizer in (fast, plain):  # the own tokenizer's block cutter, or any jieba tokenizer's cut
        lazy = Tokens(text, tokenizer)
        assert [pos for pos in range(-2, len(text) + 3) if pos in lazy] == sorted(bounds)
        assert [lazy.at(pos) for pos in range(-2, len(text) + 3)] == [covering.get(pos)
                                                                      for pos in range(-2, len(text) + 3)]
        assert lazy.all() == expected
        assert Tokens(text, tokenizer).all() == expected  # all at once, nothing cut before


@pytest.mark.parametrize("text", TEXTS + MIXED)
def test_cut_block_is_jiebas_cut(pair: tuple[jieba.Tokenizer, Tokenizer], text: str) -> None:
    plain, fast = pair
    for block in BLOCK.findall(text):
        assert fast.cut_block(block) == tuple(plain.cut(block))
        assert fast.cut_block(block) == tuple(plain.cut(block))  # again, with the scores table filled


def test_without_a_tokenizer_every_character_is_a_token() -> None:
    text = "高新区\r\nAB"
    lazy = Tokens(text, None)
    assert lazy.all() == tuple((c, i, i + 1) for i, c in enumerate(text))
    assert [pos for pos in range(-1, len(text) + 2) if pos in lazy] == list(range(len(text) + 1))
    assert lazy.at(4) == ("\n", 4, 5)
    assert 0 not in Tokens("", None)


def test_cut_block_sees_an_added_word(tmp_path: Path) -> None:
    plain, fast = _pair(tmp_path)
    block = "星岳新材料落户园区"
    assert fast.cut_block(block) == tuple(plain.cut(block))
    for tokenizer in (plain, fast):
        tokenizer.add_word("星岳新材料", freq=50_000)
    assert fast.cut_block(block)[0] == "星岳新材料"
    assert fast.cut_block(block) == tuple(plain.cut(block))


HMM_RUNS = ("邓慧敏", "梁振宇代表", "星岳", "A股上市", "5G基站", "12.5%增长", "R&D中心", "x", "鑫", "·",
            "甬江实验室ABC")


@pytest.mark.parametrize("run", HMM_RUNS + TEXTS)
def test_hmm_cut_is_finalsegs(run: str) -> None:
    assert hmm_cut(run) == list(finalseg.cut(run))


def test_hmm_cut_keeps_force_split_words_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(finalseg, "Force_Split_Words", {"慧敏", "梁振宇"})
    for run in ("邓慧敏", "梁振宇代表", "A梁振宇"):
        assert hmm_cut(run) == list(finalseg.cut(run))
    assert "慧敏" not in hmm_cut("邓慧敏")


def test_read_cache_loads_what_jieba_loads(tmp_path: Path) -> None:
    from kg.extract.doc import read_cache

    assert not read_cache(Tokenizer(), tmp_path / "jieba.cache")  # no cache yet
    plain = jieba.Tokenizer()
    plain.tmp_dir = str(tmp_path)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    plain.initialize()  # builds the table and writes jieba.cache
    fast = Tokenizer()
    assert read_cache(fast, tmp_path / "jieba.cache")
    assert fast.initialized and fast.total == plain.total and fast.FREQ == plain.FREQ
    (tmp_path / "broken.cache").write_bytes(b"\x00not marshal")
    assert not read_cache(Tokenizer(), tmp_path / "broken.cache")


def _random_runs(seed: int, count: int) -> list[str]:
    """Runs of characters the HMM knows well, knows little or not at all, with digits and letters."""
    rng = random.Random(seed)
    alphabet = "邓慧敏梁振宇星岳高新区管委会主任的了是在有和与签约项目鑫甬㐀䶵" + "AB12x.%"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def test_hmm_cut_is_finalsegs_on_random_runs() -> None:
    for run in _random_runs(7, 2000):
        assert hmm_cut(run) == list(finalseg.cut(run)), run


def test_cut_block_is_jiebas_cut_on_random_blocks(pair: tuple[jieba.Tokenizer, Tokenizer]) -> None:
    """Blocks of words, their prefixes and unknown characters: ties, prefixes that are no word, HMM runs."""
    plain, fast = pair
    rng = random.Random(11)
    pieces = ("高新区", "管委会主任", "党工委副书记", "高新", "管委", "新材料", "有限公司", "科技", "鑫",
              "㐀", "的", "了", "邓", "慧", "敏", "5G", "12.5", "AI", "-", "园区", "产业", "集群")
    for _ in range(1000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        for block in BLOCK.findall(text):
            assert fast.cut_block(block) == tuple(plain.cut(block)), block


def _trie_fragments(node: dict, prefix: str = "") -> dict[str, tuple[float, bool]]:
    out: dict[str, tuple[float, bool]] = {}
    for char, (score, child) in node.items():
        out[prefix + char] = (score, child is not None)
        if child is not None:
            out.update(_trie_fragments(child, prefix + char))
    return out


def test_the_fragment_trie_holds_the_dictionarys_scores(pair: tuple[jieba.Tokenizer, Tokenizer]) -> None:
    _, fast = pair
    for text in TEXTS:
        for block in BLOCK.findall(text):
            fast.cut_block(block)
    seen = _trie_fragments(fast._frags)
    assert "高新区" in seen and len(seen) == fast._frags_size
    for frag, (score, goes_on) in seen.items():  # each fragment: its score or mark, and whether words go on
        assert (score, goes_on) == (fast._frag_score(frag), frag in fast.FREQ), frag
    assert any(not goes_on for _, goes_on in seen.values())  # a fragment no dictionary string starts with


def test_emissions_are_finalsegs() -> None:
    from kg.extract.doc import _emission

    for char in "邓慧敏A1㐀·":
        expected = tuple(finalseg.emit_P[state].get(char, finalseg.MIN_FLOAT) for state in "BMES")
        assert _emission(char) == expected


def test_counts_answer_as_jiebas_table(tmp_path: Path) -> None:
    """``Counts`` (sorted strings, an array of counts) gives what jieba's dict gives, before and after
    ``add_word``, and comes back equal from its cache file; a cache of another layout is not read."""
    from kg.extract.doc import COUNTS_FILE, read_counts, write_counts

    table = {"高": 10, "高新": 0, "高新区": 2000, "管": 3, "管委": 0, "管委会": 500, "的": 90000}
    counts = Counts.of(table)
    for key in [*table, "高新技", "区", "", "zzz"]:
        assert counts.get(key) == table.get(key) and (key in counts) == (key in table), key
    assert dict(counts.items()) == table and len(counts) == len(table)
    counts["管委会"] = 7  # what add_word does: set a count, then each missing prefix to 0
    counts["开发区"] = 2000
    counts["开"] = counts["开发"] = 0
    assert counts["管委会"] == 7 and counts.get("开发") == 0 and "开发区" in counts and len(counts) == 10
    write_counts(tmp_path / COUNTS_FILE, Counts.of(table), 92513)
    read = read_counts(tmp_path / COUNTS_FILE)
    assert read is not None and read[1] == 92513 and dict(read[0].items()) == table
    (tmp_path / "old.marshal").write_bytes(marshal.dumps(((0, "0", 0), 1, "a", b"")))
    assert read_counts(tmp_path / "old.marshal") is None
    assert read_counts(tmp_path / "missing.marshal") is None


def test_a_tokenizer_made_from_the_counts_cache_cuts_as_the_first(tmp_path: Path) -> None:
    """The first ``make_tokenizer`` in a folder builds the table and writes its cache; the second reads
    the cache: the same table, the same cuts (that ``Counts`` cuts as jieba's dict: the tests above)."""
    from kg.extract.doc import COUNTS_FILE, make_tokenizer
    from kg.extract.lexicon import Lexicon
    from kg.gazetteer import default

    lexicon = Lexicon.load(gazetteer=default())
    first = make_tokenizer(lexicon, cache_dir=tmp_path)
    assert (tmp_path / COUNTS_FILE).is_file()
    second = make_tokenizer(lexicon, cache_dir=tmp_path)
    assert isinstance(second.FREQ, Counts) and second.total == first.total
    assert isinstance(first.FREQ, Counts) and first.FREQ._strings == second.FREQ._strings
    assert first.FREQ._counts == second.FREQ._counts and first.FREQ._set == second.FREQ._set
    for text in TEXTS:
        for block in BLOCK.findall(text):
            assert first.cut_block(block) == second.cut_block(block)
