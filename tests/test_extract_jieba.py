"""Pins jieba's tokens for a few sentences: a jieba upgrade that changes them must be noticed."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.doc import Doc
from kg.model import Article


@pytest.mark.parametrize(("text", "words"), [
    ("绵阳高新区管委会副主任邓慧敏与四川青岚智能装备有限公司董事长梁振宇代表双方签约。",
     ["绵阳", "高新区", "管委会副主任", "邓慧敏", "与", "四川", "青岚", "智能装备", "有限公司",
      "董事长", "梁振宇", "代表", "双方", "签约", "。"]),
    ("芜湖高新区重点发展新能源汽车、集成电路和工业互联网。",
     ["芜湖", "高新区", "重点", "发展", "新能源汽车", "、", "集成电路", "和", "工业互联网", "。"]),
])
def test_tokens_are_pinned(extractor: Extractor, text: str, words: list[str]) -> None:
    doc = extractor.doc(Article(id="t", source="t", text=text))
    assert [w for w, _, _ in doc.tokens] == words
    assert all(text[a:b] == w for w, a, b in doc.tokens)


def test_own_tokenizer_leaves_jieba_globals_alone(extractor: Extractor) -> None:
    import jieba

    assert extractor.tokenizer is not jieba.dt
    assert "管委会" in extractor.tokenizer.FREQ
    assert isinstance(extractor.doc(Article(id="x", source="x", text="高新区")), Doc)
