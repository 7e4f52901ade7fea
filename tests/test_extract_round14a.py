"""The holdout14 round A: a story's dated first line is no headline, a bilateral park's two-country lead,
``（以下简称X）`` asides, posts of ``X任…`` notices and programmes awarded or designated: sentences and pages
written for these tests, with other places, zones, firms and people than the set's."""

from __future__ import annotations

from extracting import posts, run

from kg.extract import Extractor
from kg.model import DocKind, Document, EntityType, RelationKind
from kg.segment import dated_opening, split

ET = EntityType
RK = RelationKind


# ------------------------------------------------------------------ a story's first line is no headline

OCR_PAGE = """江苏·安徽经济　2016年5月10日　星期二　第3版
　　本报讯（记者　孙明哲　通讯员　吕佳
）5月9日上午，芜湖经开区二季度重大项
目集中开工仪式举行，12个项目同时开工，
总投资约40亿元。芜湖经开区党工委书记
许长林宣布项目开工。
　　开工项目中，安徽瑞驰汽车部件有限公
司投资6亿元建设汽车底盘部件项目。
▶本报记者　葛文静
　　5月8日，2016中新苏滁现代
产业园招商推介会在上海举行，来自新加坡
及长三角的150余位客商参加推介会。会上
共签约项目9个，签约总金额逾30亿元。
　　中新苏滁现代产业园管委会主任邢国栋
在推介中介绍，园区重点发展智能制造和
新材料产业。
芜湖经开区12个项目集中开工
中新苏滁现代产业园上海推介签约逾30亿元
"""


def test_a_dated_first_line_after_a_byline_is_the_storys_first_sentence() -> None:
    articles = split(Document(source="page.txt", kind=DocKind.PAGE, text=OCR_PAGE))
    assert len(articles) == 2
    second = next(a for a in articles if "推介会" in a.text)
    assert second.text.startswith("5月8日，2016中新苏滁现代产业园招商推介会")
    assert second.titles == ("中新苏滁现代产业园上海推介签约逾30亿元",)
    assert second.creators == ("葛文静",)


def test_a_dated_opening_is_a_date_and_a_comma() -> None:
    assert dated_opening("　　5月8日，2016中新苏滁现代")
    assert dated_opening("2016年5月8日上午，园区召开大会")
    assert not dated_opening("5月8日园区签约逾30亿元")  # a headline may open with a date, not with 日，
    assert not dated_opening("芜湖经开区5月8日，")


def test_a_story_file_opening_with_its_dated_sentence_has_no_title() -> None:
    text = "5月8日，芜湖经开区召开二季度项目推进会\n\n会议通报了一季度各项目的进展情况。"
    (article,) = split(Document(source="s.txt", kind=DocKind.STORY, text=text))
    assert article.titles == ()


# ------------------------------------------------------------------ a bilateral park's lead


def test_a_bilateral_lead_is_part_of_a_place_named_zone(extractor: Extractor) -> None:
    text = "崇左市委常委、中泰崇左产业园区管委会主任韦志成介绍，中泰崇左产业园区重点发展新材料产业。"
    mentions, relations = run(extractor, text)
    assert {m.text for m in mentions if m.cls is ET.ZONE} == {"中泰崇左产业园区"}
    assert ("韦志成", "管委会主任", "中泰崇左产业园区") in posts(extractor, text)
    located = {(dict(r.args)["zone"].text, dict(r.args)["area"].text) for r in relations
               if r.kind is RK.LOCATED_IN}
    assert ("中泰崇左产业园区", "崇左") in located


def test_a_word_ending_in_zhong_is_no_bilateral_lead(extractor: Extractor) -> None:
    mentions, _ = run(extractor, "全省开发区中，其中德州经济开发区排名第三。")
    assert "德州经济开发区" in {m.text for m in mentions if m.cls is ET.ZONE}


# ------------------------------------------------------------------ a declared short form ends a name


def _companies(extractor: Extractor, text: str) -> dict[str, set[str]]:
    """Each company mention's text, with the canonical names it was given."""
    mentions, _ = run(extractor, text)
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.cls is ET.COMPANY:
            out.setdefault(m.text, set()).add(m.canonical or m.text)
    return out


def test_a_declared_group_short_form_is_an_alias_not_part_of_the_name(extractor: Extractor) -> None:
    text = ("会上，新加坡恒邦控股集团（以下简称恒邦集团）与园区管委会签订投资协议，"
            "恒邦集团将投资5亿元建设冷链物流中心。")
    found = _companies(extractor, text)
    assert set(found) == {"新加坡恒邦控股集团", "恒邦集团"}
    assert found["恒邦集团"] == {"新加坡恒邦控股集团"}


def test_a_declared_short_form_after_a_limited_company_is_no_third_party(extractor: Extractor) -> None:
    text = ("今年3月，滁州经开区与江苏禾丰集团有限公司(简称禾丰集团)签订投资协议，"
            "禾丰集团将投资6亿元建设食品产业园。")
    found = _companies(extractor, text)
    assert not [name for name in found if "简称" in name or "（" in name or "(" in name]
    assert found["禾丰集团"] == {"江苏禾丰集团有限公司"}
    _, relations = run(extractor, text)
    parties = [m.text for r in relations if r.kind is RK.AGREEMENT for role, m in r.args if role == "party"]
    assert len(parties) == 2 and not [p for p in parties if "简称" in p]


# ------------------------------------------------------------------ posts of a notice's bare X任…

MERGER_NOTICE = ("整合后的珲春边境经济合作区党工委书记由赵振华兼任，孙立伟任党工委副书记、管委会主任，"
                 "原珲春工业园区管委会主任钱宏任管委会副主任，分管招商工作。")


def test_a_bare_appointment_in_a_notice_gives_its_posts(extractor: Extractor) -> None:
    found = posts(extractor, MERGER_NOTICE)
    assert ("孙立伟", "党工委副书记", "珲春边境经济合作区") in found
    assert ("孙立伟", "管委会主任", "珲春边境经济合作区") in found


def test_a_new_post_is_not_at_the_former_zone(extractor: Extractor) -> None:
    found = posts(extractor, MERGER_NOTICE)
    assert ("钱宏", "管委会副主任", "珲春边境经济合作区") in found
    assert ("钱宏", "管委会副主任", "珲春工业园区") not in found
    assert ("钱宏", "管委会主任", "珲春工业园区") in found  # the post he held before (原…主任)
