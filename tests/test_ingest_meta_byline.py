"""A web page's byline in its meta line (2019-05-08 09:12　来源：X　作者：Y), which the text extraction drops
(a page written for these tests)."""

from __future__ import annotations

from kg.ingest import read_html
from kg.model import Document
from kg.segment import split

PAGE = """<html><head><meta charset="utf-8"><title>青岚高新区签约三个新材料项目_经济_示例新闻网</title></head>
<body>
<div class="nav">首页 | 新闻 | 经济 | 图片</div>
<div class="content">
<h1>青岚高新区签约三个新材料项目</h1>
<div class="meta">2019-05-08 09:12　来源：青岚日报　作者：顾晓霖</div>
<p>5月7日，青岚高新区举办新材料产业项目签约活动，3个项目现场签约，总投资16亿元。</p>
<p>青岚高新区管委会副主任韩松与星河新材料有限公司董事长许文涛签订投资协议，项目将建设年产5万吨高性能纤维生产线。</p>
<p>据介绍，青岚高新区已形成新材料、智能装备两大主导产业，今年以来已引进项目21个。</p>
<p>（责任编辑：马丽）</p>
</div>
<div class="side"><h3>热点新闻</h3><ul><li>白沙经开区召开新材料产业推进会</li></ul></div>
</body></html>"""


def test_the_meta_line_byline_goes_to_the_article() -> None:
    docs = read_html(PAGE.encode("utf-8"), "p.html")
    assert all(isinstance(d, Document) for d in docs)
    (article,) = split(docs[0])
    assert article.creators == ("顾晓霖",)
    assert article.text.startswith("5月7日，青岚高新区")
    assert "来源" not in article.text and "顾晓霖" not in article.text


def test_a_meta_line_without_an_author_gives_no_byline() -> None:
    docs = read_html(PAGE.replace("　作者：顾晓霖", "").encode("utf-8"), "p.html")
    (article,) = split(docs[0])
    assert article.creators == ()
    assert article.text.startswith("5月7日，青岚高新区")


def test_a_meta_line_with_reporter_and_correspondent_fields_gives_both() -> None:
    page = PAGE.replace("2019-05-08 09:12　来源：青岚日报　作者：顾晓霖",
                        "<span>2019-05-08 09:12</span> <span>来源：青岚日报</span>"
                        " <span>记者：顾晓霖 通讯员：潘立</span>")
    (article,) = split(read_html(page.encode("utf-8"), "p.html")[0])
    assert article.creators == ("顾晓霖", "潘立")
    assert article.text.startswith("5月7日，青岚高新区")
    assert "通讯员" not in article.text
