"""Bylines with common name characters and closing bracketed bylines with roles (names invented)."""

from __future__ import annotations

import pytest

from kg.model import DocKind, Document
from kg.segment import name_row, names_in, split


@pytest.mark.parametrize("row", ["高立群 项东明", "梁家豪 冼美玲", "张建国 李中华", "王和平 赵为民",
                                 "孙大伟 钱新月"])
def test_rows_of_names_with_common_name_characters(row: str) -> None:
    assert name_row(row) == tuple(row.split())


@pytest.mark.parametrize("row", ["创新 驱动 发展", "高新区 开发区", "项目 签约", "招商 引资", "投资 合作"])
def test_rows_of_words_are_not_names(row: str) -> None:
    assert name_row(row) == ()


def test_byline_names_keep_surname_gao() -> None:
    assert names_in("记者 熊若兰 通讯员 高鹏") == ("熊若兰", "高鹏")


def test_closing_bracketed_byline_with_roles_leaves_the_body() -> None:
    text = ("宜昌高新区新签项目五个\n\n11月3日，宜昌高新区举行招商引资项目集中签约仪式。\n\n"
            "项目总投资12亿元。\n\n（记者 邬小燕 通讯员 高建）\n")
    (article,) = split(Document(source="story.txt", kind=DocKind.STORY, text=text))
    assert article.creators == ("邬小燕", "高建")
    assert article.text.endswith("项目总投资12亿元。")
    assert "记者" not in article.text


def test_a_name_ending_in_wen_or_tu_is_kept_whole() -> None:
    assert names_in("记者 唐立 通讯员 罗晓文") == ("唐立", "罗晓文")
    assert names_in("记者 钱一图") == ("钱一图",)
    assert names_in("记者 唐立 摄") == ("唐立",)
    assert names_in("唐立摄") == ("唐立",)
    text = ("荆门高新区新签项目三个\n\n6月2日，荆门高新区举行项目集中签约仪式。\n\n"
            "项目总投资9亿元。\n\n（记者 唐立 通讯员 罗晓文）\n")
    (article,) = split(Document(source="story.txt", kind=DocKind.STORY, text=text))
    assert article.creators == ("唐立", "罗晓文")


def test_a_bracketed_remark_line_is_not_a_byline() -> None:
    text = "宜昌高新区新签项目五个\n\n11月3日，宜昌高新区举行签约仪式。\n\n（扩大会议）\n"
    (article,) = split(Document(source="story.txt", kind=DocKind.STORY, text=text))
    assert article.creators == ()
    assert "（扩大会议）" in article.text
