"""Page furniture and notices on pages (round q11a): running headers and page footers of a text export are
removed before a page is split, so a story runs on across its pages; a notice's signature and date lines
close it; a line the next line's punctuation goes on from is no headline; a ``本报记者 X`` line is a byline
on a page; a dashed subtitle is a title of its own (pages written for these tests)."""

from __future__ import annotations

import pytest

from kg.clean import clean_lines, is_page_number, page_furniture, page_lines, source_lines
from kg.model import DocKind, Document
from kg.segment import heading_titles, split

# ------------------------------------------------------------------ page numbers


@pytest.mark.parametrize("line", ["第 1 页 共 3 页", "第2页/共3页", "共3页 第3页", "第 12 页", "- 3 -",
                                  "— 14 —", "Page 2 of 5", "page 7"])
def test_page_footers_and_numbers(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["第3页的表格列出了项目清单。", "全年共5页材料", "2024", "3/5", "——专访X"])
def test_lines_that_are_no_page_number(line: str) -> None:
    assert not is_page_number(line)


def test_a_fraction_is_a_page_number_only_in_a_text_with_form_feeds() -> None:
    assert is_page_number("3 / 5", form_feeds=True)
    assert not is_page_number("3 / 5")


# ------------------------------------------------------------------ a text export with pages

# 28 characters a line, a running header and a 第N页 共M页 footer on each page, a form feed between pages;
# the story's last sentence on page one runs on to page two
EXPORT = """\
青川日报　2023年9月7日　　　　　　　　　　　经济新闻

青川经开区举办“招商引资百日攻坚”新闻发布会
——前8个月引进项目41个，总投资96亿元
本报记者 韩悦
9月6日，青川市人民政府新闻办公室举行新闻发布会，介绍青川经
济技术开发区推进招商引资百日攻坚有关情况。市政府新闻办副主任
吕思远主持发布会。青川经开区党工委书记孟长青出席并答记者问。
主持人：下面请孟长青书记介绍有关情况。
孟长青：今年1至8月，青川经开区新引进项目41个，其中亿元以上项
目22个，青川云帆新材料有限公司的高性能碳纤维项目总投资十八亿

                          第 1 页 共 2 页
\f
青川日报　2023年9月7日　　　　　　　　　　　经济新闻

元，已于上月开工建设。
青川晚报记者：孟书记，下一步有哪些打算？
孟长青：我们将围绕新材料和装备制造两条产业链精准招商，力争全
年引进项目60个以上。
主持人：今天的发布会到此结束，谢谢大家。

                          第 2 页 共 2 页
"""


def test_running_headers_and_footers_are_page_furniture() -> None:
    lines = source_lines(EXPORT)
    furniture = {line.text for line in lines if line.number in page_furniture(EXPORT, lines)}
    assert furniture == {"青川日报　2023年9月7日　　　　　　　　　　　经济新闻", "第 1 页 共 2 页",
                         "第 2 页 共 2 页"}


def test_a_sentence_broken_at_a_pages_foot_goes_on_on_the_next_page() -> None:
    lines = page_lines(EXPORT)
    after = next(line for line in lines if line.text.startswith("元，已于"))
    assert after.goes_on and not after.blank_before


def test_a_text_export_of_two_pages_is_one_article() -> None:
    (article,) = split(Document(source="e.txt", kind=DocKind.PAGE, text=EXPORT))
    assert article.titles == ("青川经开区举办“招商引资百日攻坚”新闻发布会",
                              "前8个月引进项目41个，总投资96亿元")
    assert article.creators == ("韩悦",)
    assert article.text.startswith("9月6日，青川市人民政府新闻办公室")
    assert "总投资十八亿元，已于上月开工建设。" in article.text
    assert article.text.endswith("谢谢大家。")
    assert "页" not in article.text and "青川日报" not in article.text


def test_offsets_skip_the_furniture() -> None:
    (article,) = split(Document(source="e.txt", kind=DocKind.PAGE, text=EXPORT))
    pos = article.text.index("元，已于")
    source = next(span.source_start + pos - span.start for span in article.spans
                  if span.start <= pos < span.start + span.length)
    assert EXPORT[source:source + 4] == "元，已于"


# paragraphs one a line (no hard wrap), pages with a centred - N - footer and a form feed
PARAGRAPHS = ("星湾高新区发布人才新政\n\n近日，星湾高新区发布《关于加快集聚高层次人才的若干措施》，"
              "围绕引才、用才、留才三个方面推出十六条举措，对新引进的顶尖人才团队\n"
              "- 1 -\f星湾高新区管委会文件\n"
              "最高给予一亿元综合资助。\n该区还将建设人才公寓五千套。\n- 2 -\f星湾高新区管委会文件\n"
              "新政自发布之日起施行。\n")


def test_a_paragraph_broken_at_a_page_is_one_paragraph() -> None:
    lines = page_lines(PARAGRAPHS)
    assert [line.text for line in lines][-3:] == ["最高给予一亿元综合资助。", "该区还将建设人才公寓五千套。",
                                                  "新政自发布之日起施行。"]
    body = clean_lines(lines[1:]).text
    assert "对新引进的顶尖人才团队最高给予一亿元综合资助。\n该区还将" in body


def test_a_text_without_pages_keeps_every_line() -> None:
    text = "北林高新区签约三个项目\n\n本报讯 近日，北林高新区签约三个项目。\n第3页\n项目总投资9亿元。\n"
    lines = source_lines(text)
    # a lone 第3页 is a page number, but no line repeats at page breaks: only it goes
    assert [line.text for line in page_lines(text)] == [line.text for line in lines if line.text != "第3页"]
    plain = "北林高新区签约三个项目\n\n本报讯 近日，北林高新区签约三个项目，总投资9亿元。\n"
    assert page_lines(plain) == source_lines(plain)


# ------------------------------------------------------------------ a notice on a page

NOTICE_PAGE = """\
本报讯（记者 杜远航）9月3日，金沙高新
区与湖南湘鼎智能装备有限公司签订投资协
议，项目总投资十五亿元。

根据干部选拔任用有关规定，现将拟提拔任
用的干部情况予以公示：
周启明，男，汉族，1976年8月生，研究
生学历，现任宁安市科学技术局副局长，拟
任金沙高新区管委会副主任。
公示期为2022年9月5日至9月11日
。对公示对象有异议的，可向市委组织部反
映。举报电话：12380。
中共宁安市委组织部
2022年9月4日

本报讯（记者 苗青）日前，宁安市工业和
信息化局公布第二批专精特新企业名单，金
沙高新区6家企业入选。

金沙高新区十五亿元智能装备项目签约
中共宁安市委组织部干部任前公示
金沙高新区6家企业获评专精特新
"""


def test_a_notice_with_its_signature_and_date_is_one_article() -> None:
    articles = split(Document(source="n.txt", kind=DocKind.PAGE, text=NOTICE_PAGE))
    assert [a.text[:6] for a in articles] == ["本报讯（记者", "根据干部选拔", "本报讯（记者"]
    notice = articles[1]
    assert "公示期为2022年9月5日至9月11日。对公示对象" in notice.text
    assert notice.text.endswith("中共宁安市委组织部2022年9月4日")
    assert notice.titles == ("中共宁安市委组织部干部任前公示",)
    assert notice.creators == ()
    assert articles[2].titles == ("金沙高新区6家企业获评专精特新",)


# ------------------------------------------------------------------ titles


def test_a_dashed_subtitle_is_a_title_of_its_own() -> None:
    assert heading_titles(["松原高新区：链上发力", "——访松原高新区管委会主任"]) == [
        "松原高新区：链上发力", "访松原高新区管委会主任"]
    assert heading_titles(["松原高新区三个产业", "集群入选省级名单"]) == [
        "松原高新区三个产业集群入选省级名单"]


def test_a_story_files_subtitle_is_a_title_not_body() -> None:
    text = ("安阳高新区“智造”再提速\n——上半年签约项目15个，总投资63亿元\n\n本报记者 冯远 通讯员 高洁\n\n"
            "7月2日，安阳高新区举行重点项目集中签约活动，15个项目总投资63亿元。\n")
    (article,) = split(Document(source="s.txt", kind=DocKind.STORY, text=text))
    assert article.titles == ("安阳高新区“智造”再提速", "上半年签约项目15个，总投资63亿元")
    assert article.text.startswith("7月2日") and article.creators == ("冯远", "高洁")
