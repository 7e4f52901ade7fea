"""Bylines and page furniture of the holdout12 round (q12b): a paper's ``X日报记者　Y`` line under an
interview's headline, a web page's meta line with fields after its ``作者：`` field, and a page's masthead
(name, date, 第N版), which is no headline (pages and lines written for these tests)."""

from __future__ import annotations

import pytest

from kg.ingest import read_html
from kg.model import DocKind, Document
from kg.segment import is_masthead, outlet_byline, split

# ------------------------------------------------------------------ a paper's reporter line


@pytest.mark.parametrize(("line", "names"), [
    ("青州日报记者　韩雪梅", ("韩雪梅",)),
    ("江城晚报首席记者 罗志强 通讯员 邓佳", ("罗志强", "邓佳")),
    ("临港新闻网记者　苏晴", ("苏晴",)),
])
def test_a_line_of_a_papers_reporter_gives_the_names(line: str, names: tuple[str, ...]) -> None:
    assert outlet_byline(line) == names


@pytest.mark.parametrize("line", ["青州日报　2023年4月2日　第A03版", "记者从青州日报社获悉，园区扩容",
                                  "本报今日刊发评论员文章"])
def test_lines_that_are_no_papers_byline(line: str) -> None:
    assert outlet_byline(line) == ()


INTERVIEW = """“留在园区，是因为配套近”——访青州澜海电子有限公司总经理邵一鸣

青州日报记者　韩雪梅

　　今年2月，青州澜海电子有限公司与青州高新区签订投资协议，投资5亿元建设澜海显示模组基地。

　　Q：为什么选择高新区？
　　A：这里的配套企业多，我们的供应链半径很短。

（来源：青州日报　2023年4月2日　第A03版）
"""


def test_an_interviews_reporter_line_is_its_byline_not_its_body() -> None:
    doc = Document(source="qa.txt", kind=DocKind.STORY, text=INTERVIEW)
    (article,) = split(doc)
    assert article.creators == ("韩雪梅",)
    assert article.text.startswith("今年2月，青州澜海电子有限公司")
    assert "记者" not in article.text


# ------------------------------------------------------------------ a web page's meta line

PAGE = """<html><head><meta charset="utf-8"><title>澜江高新区签约两个项目_要闻_澜江新闻网</title></head>
<body>
<div class="nav">首页 | 要闻 | 园区</div>
<div class="article">
<h1>澜江高新区签约两个项目</h1>
<div class="meta">来源：澜江日报&nbsp;&nbsp;作者：尹书航&nbsp;&nbsp;发布时间：2022-09-14 10:05&nbsp;&nbsp;\
<a href="#c">评论</a></div>
<p>9月13日，澜江高新区与星港光电科技有限公司签订投资协议，项目总投资6亿元，建设光学镜头生产基地。</p>
<p>据介绍，澜江高新区已形成光电信息、生物医药两大主导产业，今年以来引进项目18个。</p>
<p>（责任编辑：齐悦）</p>
</div>
</body></html>"""


def test_a_meta_line_with_a_date_field_after_the_author_gives_the_byline() -> None:
    (article,) = split(read_html(PAGE.encode("utf-8"), "p.html")[0])
    assert article.creators == ("尹书航",)
    assert article.text.startswith("9月13日，澜江高新区")
    assert "发布时间" not in article.text


# ------------------------------------------------------------------ a page's masthead


MASTHEADS = ["青川·云岭新闻　2021年6月8日　星期二　第3版", "澜江日报 2022年9月14日 第A05版：要闻",
             "澜江日报2022年9月14日（星期三）第３版"]


@pytest.mark.parametrize("line", MASTHEADS)
def test_mastheads(line: str) -> None:
    assert is_masthead(line)


@pytest.mark.parametrize("line", ["2021年6月8日，高新区召开第3版规划评审会", "他说2021年6月8日将出版第3版",
                                  "青川高新区举行第3届创业大赛"])
def test_lines_that_are_no_masthead(line: str) -> None:
    assert not is_masthead(line)


# 20 characters a line, no blank lines between stories, the headlines at the bottom of the page
OCR_PAGE = """青川·云岭新闻　2021年6月8日　星期二　第3版

本报讯（记者 邹明远）6月7日，青川高新
区与云岭智能装备有限公司签订投资协议，
投资3亿元建设智能焊接装备生产基地。
青川高新区管委会主任周正阳出席签约仪式
。
本报讯（记者 蔡雯）6月6日，青川经开区
召开项目建设推进会，部署下半年重点工作
。

青川高新区签约智能焊接装备项目
青川经开区部署下半年重点工作
"""


def test_a_masthead_on_a_page_is_no_title_of_its_first_story() -> None:
    doc = Document(source="page.txt", kind=DocKind.PAGE, text=OCR_PAGE)
    articles = split(doc)
    assert len(articles) == 2
    first = next(a for a in articles if "智能焊接" in a.text)
    assert first.titles == ("青川高新区签约智能焊接装备项目",)
    assert all("第3版" not in t for a in articles for t in a.titles)
