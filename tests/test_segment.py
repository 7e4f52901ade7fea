"""Page → articles: datelines, bylines, rows of names, column changes, end-of-page headlines."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from kg.clean import source_lines
from kg.model import Article, DocKind, Document
from kg.segment import body_creators, byline_names, match_headlines, name_row, names_in, split

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def page(name: str) -> list[Article]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return split(Document(source=name, kind=DocKind.PAGE, text=text))


def starting(articles: list[Article], prefix: str) -> Article:
    found = [a for a in articles if a.text.startswith(prefix)]
    assert len(found) == 1, [a.text[:20] for a in articles]
    return found[0]


def test_datelines_of_every_kind_start_articles() -> None:
    articles = page("page-datelines.txt")
    assert [a.text[:6] for a in articles] == [
        "本报讯 近日", "本报讯 日前", "春风拂面，万", "新华社成都1", "（记者李晓梅"]
    assert all(a.text.count("本报讯") <= 1 for a in articles)
    assert starting(articles, "新华社").text.endswith("推动电子信息产业高质量发展。")


def test_row_of_names_belongs_to_the_article_before_it_and_ends_it() -> None:
    articles = page("page-datelines.txt")
    nanchang = starting(articles, "本报讯 日前")
    assert nanchang.creators == ("韩冰", "许文杰")
    assert nanchang.text.endswith("力争三年内集群规模突破千亿元。")
    assert "韩冰" not in nanchang.text


def test_headlines_at_the_end_of_the_page_go_back_to_their_articles() -> None:
    articles = page("page-datelines.txt")
    assert starting(articles, "本报讯 近日").titles == (
        "长沙高新区再添智能装备大项目", "星河智能装备产业园签约落户 总投资28亿元")  # kicker and main title
    assert starting(articles, "春风拂面").titles == ("海洋生物医药企业扎堆落户青岛高新区",)  # wrapped
    assert starting(articles, "新华社").titles == ("成都高新区前三季度新增科技型企业1500余家",)
    assert starting(articles, "（记者").titles == ("苏州工业园区举办生物医药创新发展论坛",)
    assert starting(articles, "本报讯 日前").titles == ("南昌高新区航空装备产业集群入选省级创新型产业集群",)


def test_byline_among_end_headlines_goes_to_the_article_without_one_next_to_it() -> None:
    articles = page("page-datelines.txt")
    assert starting(articles, "春风拂面").creators == ("赵丽娜", "孙浩")
    assert starting(articles, "（记者").creators == ("李晓梅",)  # from the body's （记者…）
    assert starting(articles, "新华社").creators == ()


def test_byline_before_a_story_and_a_change_of_column_width() -> None:
    articles = page("page-bylines.txt")
    assert len(articles) == 3
    first, second, third = articles
    assert first.creators == ("吴敏",) and first.text.startswith("近日在合肥举行的")
    assert first.text.endswith("为企业投资发展创造良好条件。")
    assert second.text.startswith("秋高气爽，硕果累累。") and second.creators == ()
    assert second.titles == ("“没想到这里的产业氛围这么浓厚”",)
    assert third.text.startswith("本报讯 近日，西宁经开区")
    assert first.titles == ("合肥高新区在长三角科技成果交易博览会上签约45亿元",)


def test_headlines_printed_above_their_stories_without_blank_lines() -> None:
    articles = page("page-inline-titles.txt")
    assert [a.titles for a in articles] == [
        ("长沙高新区签下28亿元智能装备项目",), ("南昌高新区航空装备集群入选省级名单",),
        ("西宁经开区部署优化营商环境工作",)]
    assert articles[1].creators == ("韩冰", "许文杰")
    assert all(not any(t in a.text for t in a.titles) for a in articles)


def test_article_text_points_back_at_the_page() -> None:
    text = (FIXTURES / "page-datelines.txt").read_text(encoding="utf-8")
    for article in page("page-datelines.txt"):
        for pos, char in enumerate(article.text):
            offset = article.source_offset(pos)
            if char not in "\n ":
                assert offset is not None and text[offset] == char
        assert article.line is not None and text.splitlines()[article.line - 1].strip()


def test_ids_come_from_the_body_alone() -> None:
    articles = page("page-datelines.txt")
    assert len({a.id for a in articles}) == len(articles)
    assert all(re.fullmatch("[0-9a-f]{16}", a.id) for a in articles)
    # the same story wrapped at another width on another page (paragraphs joined differently): same id
    other = {a.text[:12]: a.id for a in page("page-inline-titles.txt")}
    assert starting(articles, "本报讯 近日").id == other["本报讯 近日，长沙高新区"]
    assert starting(articles, "本报讯 日前").id == other["本报讯 日前，江西省科技"]
    again = split(Document(source="elsewhere/other.txt", kind=DocKind.PAGE,
                           text=(FIXTURES / "page-datelines.txt").read_text(encoding="utf-8")))
    assert [a.id for a in again] == [a.id for a in articles]


def test_story_title_byline_line_and_body() -> None:
    text = (FIXTURES / "story.txt").read_text(encoding="utf-8")
    (article,) = split(Document(source="story.txt", kind=DocKind.STORY, text=text))
    assert article.titles == ("西宁经开区锂电产业再添新项目",)
    assert article.creators == ("马丽娟", "韩雪")
    assert article.text.startswith("近日，西宁经开区与青海锂源") and "马丽娟" not in article.text
    assert article.text.count("\n") == 1


def test_json_line_and_web_article_are_one_article_each() -> None:
    doc = Document(source="w.jsonl", kind=DocKind.JSONL, line=3, title="标题", date="2024-01-02",
                   text="本报讯（记者周敏）近日，某高新区举行签约仪式。\n项目总投资 5 亿元。")
    (article,) = split(doc)
    assert article.titles == ("标题",) and article.line == 3 and article.date == "2024-01-02"
    assert article.creators == ("周敏",)
    assert article.text == "本报讯（记者周敏）近日，某高新区举行签约仪式。\n项目总投资5亿元。"


@pytest.mark.parametrize(("text", "names"), [
    ("（记者王晓林）11月8日，西安高新区举办大会。", ("王晓林",)),
    ("本报讯（记者 方雅琴 周海）3月12日，签约。", ("方雅琴", "周海")),
    ("（王艳）近日，某区召开会议。", ("王艳",)),
    ("(王艳) 近日，某区召开会议。", ("王艳",)),
    ("本报记者 马丽娟 通讯员 韩雪 近日，某区召开会议。", ("马丽娟", "韩雪")),
    ("文/李青 近日，某区召开会议。", ("李青",)),
    ("通讯员 赵明 近日，某区召开会议。", ("赵明",)),
    ("新华社合肥5月6日电 （陈立新）5日，某高新区举行签约仪式。", ("陈立新",)),
    ("中新网太原9月3日电(郝丽娟 王卫东) 3日，某经开区召开大会。", ("郝丽娟", "王卫东")),
    ("本报3月2日讯 （苏晓燕）近日，某区召开会议。", ("苏晓燕",)),
    ("人民网贵阳4月1日电 记者 韩冰 报道：近日，某区召开会议。", ("韩冰",)),
    ("新华社北京电 （国务院新闻办公室）近日，发布会召开。", ()),
    ("近日，某区召开会议。会议由区长主持。（刘洋）", ("刘洋",)),
    ("近日，某区召开会议（扩大会议），部署工作。", ()),
    ("近日，李建国说，要优化营商环境。", ()),
])
def test_bylines_in_the_body(text: str, names: tuple[str, ...]) -> None:
    assert body_creators(text) == names


def test_byline_lines_and_rows_of_names() -> None:
    assert byline_names("▶ 陈思远") == ("陈思远",)
    assert byline_names("▶ 韦丽娜 覃志强") == ("韦丽娜", "覃志强")
    assert byline_names("▶ 本报记者 陈思远") == ("陈思远",)
    assert byline_names("▶ 高新区召开大会") == ()
    assert byline_names("陈思远") == ()
    assert name_row("韦丽娜 覃志强 黎明 苏晓") == ("韦丽娜", "覃志强", "黎明", "苏晓")
    assert name_row("方雅琴 周海") == ("方雅琴", "周海")
    assert name_row("创新 驱动 发展") == ()
    assert name_row("高新区 开发区") == ()
    assert name_row("陈思远") == ()  # one name alone is too ambiguous
    assert names_in("本报记者王晓林 通讯员李明") == ("王晓林", "李明")


def test_match_headlines_prefers_distinctive_words() -> None:
    bodies = ["甲高新区与某公司签约，项目总投资191亿元。甲高新区将发展量子通信。",
              "乙高新区召开优化营商环境会议，部署营商环境评价工作。",
              "丙经开区入选省级试点，丙经开区将深化改革。"]
    heads = ["乙高新区研究部署优化营商环境工作", "甲高新区签约191亿元", "量子通信产业新高地呼之欲出",
             "丙经开区入选省级改革试点", "本版编辑 校对"]
    assert match_headlines(heads, bodies) == [1, 0, 0, 2, None]


# ---------------------------------------------------------------- the dev page (read-only, not copied)


def _norm(text: str) -> str:
    return re.sub(r"[\s“”‘’\"'《》「」]", "", unicodedata.normalize("NFKC", text)).lower()


def test_dev_page_segments_like_the_gold_file(dev_page: Path) -> None:
    gold = json.loads(dev_page.with_suffix(".gold.json").read_text(encoding="utf-8"))["articles"]
    text = dev_page.read_text(encoding="utf-8")
    articles = split(Document(source=dev_page.name, kind=DocKind.PAGE, text=text))
    assert len(articles) == len(gold)
    bylines_ok = 0
    for g in gold:
        others = [_norm(o["starts"]) for o in gold if o is not g]
        start, end = _norm(g["starts"]), _norm(g["ends"])
        hits = [a for a in articles if start in _norm(a.text) and end in _norm(a.text)
                and not any(o in _norm(a.text) for o in others)]
        assert len(hits) == 1, g["id"]
        assert {_norm(t) for t in hits[0].titles} & {_norm(t) for t in g["title"]}, g["id"]
        creators = {_norm(c) for c in hits[0].creators}
        wanted = {_norm(c) for c in g["creators"]}
        bylines_ok += creators == wanted or bool(g.get("creators_optional") and not creators)
    assert bylines_ok >= 5


def test_dev_page_lines_are_joined(dev_page: Path) -> None:
    text = dev_page.read_text(encoding="utf-8")
    articles = split(Document(source=dev_page.name, kind=DocKind.PAGE, text=text))
    # every printed line's text is inside some article or title, never split over two articles
    lines = [ln.text for ln in source_lines(text)]
    bodies = "".join(a.text + "".join(a.titles) + "".join(a.creators) for a in articles)
    missing = [ln for ln in lines if _norm(ln).lstrip("▶") not in _norm(bodies)]
    assert len(missing) <= 1  # the ▶ byline among the end headlines may belong to no article


def test_headlines_above_stories_without_datelines() -> None:
    articles = page("page-headings.txt")
    assert [a.titles for a in articles] == [
        ("长沙高新区签下智能装备大项目",), ("海洋生物医药企业扎堆落户青岛高新区 一批科技企业落地生根",),
        ("生物医药论坛在苏州工业园区举办",)]
    assert [a.text[:5] for a in articles] == ["近日，长沙", "日前，一批", "10月16"]
    assert "\n一、聚焦创新药物研发\n" in articles[2].text  # a numbered sub-heading stays in its story


def test_end_headline_ending_with_an_exclamation_mark() -> None:
    text = (FIXTURES / "page-datelines.txt").read_text(encoding="utf-8")
    text = text.replace("落户青岛高新区\n", "落户青岛高新区\n\n海洋经济风生水起！\n")
    articles = split(Document(source="p.txt", kind=DocKind.PAGE, text=text))
    assert len(articles) == 5
    assert starting(articles, "（记者").text.endswith("双方将共建创新药物研发平台。")
    assert "海洋经济风生水起！" in starting(articles, "春风拂面").titles


LONE_NAME_PAGE = """本报讯 近日，青岚高新区与星河微电子有限公司签约，总投资20亿元的功率芯片项目落户园区。

青岚高新区管委会主任韩松表示，将全力做好项目服务保障。

许文涛 陈立

本报讯 日前，白沙经开区召开新材料产业推进会，会议明确了年内重点项目清单。

白沙经开区党工委书记周海宁出席会议并讲话，要求各部门加快推进项目建设。

卞小川

青岚高新区签约功率芯片项目

白沙经开区部署新材料产业发展
"""


def test_lone_name_after_the_last_story_is_its_byline() -> None:
    articles = split(Document(source="p.txt", kind=DocKind.PAGE, text=LONE_NAME_PAGE))
    assert [a.creators for a in articles] == [("许文涛", "陈立"), ("卞小川",)]
    assert [a.title for a in articles] == ["青岚高新区签约功率芯片项目", "白沙经开区部署新材料产业发展"]
    assert "卞小川" not in articles[1].text


@pytest.mark.parametrize("line", ["高新区", "开发区", "新材料", "招商会", "王晓明说道", "A股"])
def test_lone_name_needs_a_name(line: str) -> None:
    from kg.segment import lone_name

    assert not lone_name(line)
    assert lone_name("卞小川") and lone_name("欧阳华")
