"""A page that sets a story's paragraphs without blank lines: a blank line parts two stories, even when
the second has no dateline; a spaced-out two-character name in the closing row of names (pages written
for these tests)."""

from __future__ import annotations

from kg.model import DocKind, Document
from kg.segment import name_row, split

# 20 characters a line; paragraphs of one story follow each other, stories are parted by a blank line
PAGE = """本报讯 5月12日，青岚高新区2023年
第二批重点项目集中开工，9个项目总投资
41.5亿元。青岚市副市长韩松宣布开工。
其中，星河微电子功率芯片项目总投资20
亿元，建成后年产芯片30万片。
青岚高新区将继续围绕集成电路、新材料两
大主导产业精准招商。

近日，白沙市科学技术局印发《关于开展科
技型中小企业成长计划的通知》，白沙经开
区等4家园区入选首批试点。
白沙经开区相关负责人表示，该区将用好专
项资金，支持企业加大研发投入。
许  宁    陈立军

青岚高新区9个重点项目集中开工

白沙经开区入选科技型中小企业成长计划试点
"""


def test_a_story_with_no_dateline_after_a_blank_line_is_an_article_of_its_own() -> None:
    articles = split(Document(source="p.txt", kind=DocKind.PAGE, text=PAGE))
    assert [a.text[:5] for a in articles] == ["本报讯5月", "近日，白沙"]
    assert articles[0].text.endswith("大主导产业精准招商。")
    assert articles[1].text.endswith("支持企业加大研发投入。")
    assert [a.titles for a in articles] == [("青岚高新区9个重点项目集中开工",),
                                            ("白沙经开区入选科技型中小企业成长计划试点",)]
    assert articles[1].creators == ("许宁", "陈立军")


# one story whose paragraphs are all parted by blank lines: a blank line is no story break there
ONE_STORY = """本报讯 5月12日，青岚高新区2023年
第二批重点项目集中开工，9个项目总投资
41.5亿元。青岚市副市长韩松宣布开工。

其中，星河微电子功率芯片项目总投资20
亿元，建成后年产芯片30万片。

近日，青岚高新区还出台了支持集成电路产
业发展的若干措施，对新落户企业给予房租
补贴。

青岚高新区将继续围绕集成电路、新材料两
大主导产业精准招商。
"""


def test_paragraphs_parted_by_blank_lines_stay_one_story() -> None:
    articles = split(Document(source="p.txt", kind=DocKind.PAGE, text=ONE_STORY))
    assert len(articles) == 1


def test_a_spaced_out_two_character_name_in_a_row_of_names() -> None:
    assert name_row("许  宁    陈立军") == ("许宁", "陈立军")
    assert name_row("王  敏  李  华") == ("王敏", "李华")
    assert name_row("高 新 区 好") == ()
