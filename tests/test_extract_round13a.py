"""The holdout13 round A: interviews (the interviewee's titles in the subtitle), a speaker's own signature,
sub-districts' offices and an answer's addressee: sentences written for these tests, with other places,
zones, firms and people than the set's."""

from __future__ import annotations

from extracting import posts, run

from kg import ingest, segment
from kg.extract import Extractor
from kg.extract.names import interviewee
from kg.model import Article, EntityType, RelationKind
from kg.resolve import resolve

ET = EntityType
RK = RelationKind


# ------------------------------------------------------------------ an interview: titles in the subtitle only

INTERVIEW_BODY = ("记者：今年一季度园区发展如何？\n"
                  "马文博：一季度，芜湖高新区实现规上工业产值三百亿元。我们以新能源汽车、机器人为主导产业。\n"
                  "记者：招商引资有何进展？\n"
                  "马文博：今年2月，安徽星驰电驱科技有限公司与高新区签订投资协议，投资9亿元建设电驱系统项目。"
                  "我和星驰电驱总经理吴海峰分别代表双方签字。")
INTERVIEW_TITLES = ("芜湖高新区奋力打造新能源汽车高地", "访芜湖高新区党工委副书记、管委会主任马文博")


def interview(extractor: Extractor) -> tuple[list, list]:
    article = Article(id="a", source="t", text=INTERVIEW_BODY, titles=INTERVIEW_TITLES)
    mentions, relations = extractor(article)
    return resolve([article], mentions, relations, gazetteer=None), relations


def test_the_interviewee_of_a_subtitle_is_found_at_the_turns() -> None:
    assert names_of_interview() == ("马文博", "芜湖高新区党工委副书记、管委会主任马文博")
    assert interviewee(("某报专访",), INTERVIEW_BODY) is None  # no turn of a name the subtitle ends with


def names_of_interview() -> tuple[str, str] | None:
    return interviewee(INTERVIEW_TITLES, INTERVIEW_BODY)


def test_the_subtitle_gives_the_interviewee_posts(extractor: Extractor) -> None:
    _, relations = interview(extractor)
    found = {(dict(r.args)["person"].text, dict(r.args)["title"].text, dict(r.args)["org"].text)
             for r in relations if r.kind is RK.POST}
    assert {("马文博", "党工委副书记", "芜湖高新区"), ("马文博", "管委会主任", "芜湖高新区")} <= found
    for r in relations:  # every fact points into the body
        assert 0 <= r.evidence_start < r.evidence_end <= len(INTERVIEW_BODY)


def test_no_subtitle_no_interviewee_posts(extractor: Extractor) -> None:
    _, relations = run(extractor, INTERVIEW_BODY)
    assert not [r for r in relations if r.kind is RK.POST and dict(r.args)["person"].text == "马文博"]


def test_the_speaker_signs_with_the_one_he_names(extractor: Extractor) -> None:
    entities, relations = interview(extractor)
    node = {id(m): e for e in entities for m in e.mentions}
    signers = {node[id(m)].label for r in relations if r.kind is RK.AGREEMENT
               for role, m in r.args if role == "signatory"}
    assert signers == {"马文博", "吴海峰"}


def test_a_web_page_subtitle_is_a_title() -> None:
    page = ("<html><head><title>芜湖高新区奋力打造新能源汽车高地</title></head><body><article>"
            "<h1>芜湖高新区奋力打造新能源汽车高地</h1><h2>——访芜湖高新区党工委副书记、管委会主任马文博</h2>"
            + "".join(f"<p>{line}</p>" for line in INTERVIEW_BODY.split("\n"))
            + "</article></body></html>")
    (doc,) = ingest.read_html(page.encode("utf-8"), "p.html")
    (article,) = segment.split(doc)
    assert "访芜湖高新区党工委副书记、管委会主任马文博" in article.titles
    assert article.text.startswith("记者：今年一季度")


def test_a_sub_district_office_holds_its_head_post(extractor: Extractor) -> None:
    text = "会上，新桥街道党工委书记周建平、丁堰街道办事处主任孙丽娟分别作了发言。"
    found = posts(extractor, text)
    assert ("孙丽娟", "主任", "丁堰街道") in found
    assert ("周建平", "党工委书记", "新桥街道") in found


def test_the_member_an_answer_is_addressed_to_is_a_person(extractor: Extractor) -> None:
    text = "关于市政协第0112号提案的答复\n\n张海涛委员：\n您提出的提案收悉。现答复如下：高新区将加快建设。"
    mentions, _ = run(extractor, text)
    assert [m.text for m in mentions if m.cls is ET.PERSON] == ["张海涛"]
    mentions, _ = run(extractor, "各位委员：\n现将有关情况报告如下。")
    assert not [m for m in mentions if m.cls is ET.PERSON]
