"""kg's jieba tokenizer (tightened inner loops) cuts exactly as jieba's own does."""

from __future__ import annotations

import logging
from pathlib import Path

import jieba
import pytest

from kg.extract.doc import Tokenizer

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
