"""Companies, people and posts as real news writes them, with the OCR noise of printed pages (the holdout9
round, second half; sentences written for these tests, with other places, people and companies)."""

from __future__ import annotations

import pytest
from extracting import found, pairs, posts, run

from kg.clean import join, source_lines
from kg.extract import Extractor
from kg.extract.doc import fold_width
from kg.model import EntityType, RelationKind
from kg.segment import body_creators, names_in

ET = EntityType
RK = RelationKind


# ------------------------------------------------------------------ words glued to company names

def test_a_former_name_is_another_name_of_the_company(full: Extractor) -> None:
    text = "江西赣锋新能科技股份有限公司原名新余锋华电池有限公司，2020年更名。"
    mentions, _ = run(full, text)
    companies = {m.text: m.canonical for m in mentions if m.cls is ET.COMPANY}
    assert "原名新余锋华电池有限公司" not in companies
    assert companies.get("新余锋华电池有限公司") == "江西赣锋新能科技股份有限公司"


def test_a_joint_venture_descriptor_is_no_part_of_the_name(full: Extractor) -> None:
    text = "中外合资企业绍兴凯德精密机械有限公司在绍兴高新区投资3亿元建设精密轴承项目。"
    companies = found(full, text, ET.COMPANY)
    assert "绍兴凯德精密机械有限公司" in companies
    assert not any(c.startswith("中外合资") for c in companies)


@pytest.mark.parametrize("text", [
    "我们与南昌恒科电子有限公司签约，由该公司投资十亿元建设传感器项目。",
    "园区将与合作银行推出“科技贷”产品。",
])
def test_a_pointer_or_a_partner_before_a_suffix_is_no_company(full: Extractor, text: str) -> None:
    companies = found(full, text, ET.COMPANY)
    assert not any(c.startswith(("由该", "合作")) for c in companies)


def test_a_latin_abbreviation_after_a_full_name_is_that_company(full: Extractor) -> None:
    text = "中外合资企业苏州凯瑞精工有限公司（SKR）在苏州高新区揭牌。SKR公司精密轴承项目同时开工。"
    mentions, _ = run(full, text)
    assert {m.canonical for m in mentions if m.cls is ET.COMPANY} == {"苏州凯瑞精工有限公司"}


# ---------------------------------------------------------------------------------------- OCR noise

def test_a_capital_abbreviation_broken_over_a_line_is_joined() -> None:
    page = "苏州凯瑞精工有限公司（SKR）在苏州高新区揭牌。S\nKR公司精密轴承项目同时开工。"
    text = join(source_lines(page)).text
    assert "。SKR公司精密" in text


@pytest.mark.parametrize(("page", "joined"), [
    ("计划引进 Smart\nFactory 系统。", "Smart Factory"),  # words of English wrap at spaces
    ("与美国IBM\nWatson团队合作。", "IBM Watson"),  # not capitals both sides
])
def test_latin_words_over_a_line_break_keep_their_space(page: str, joined: str) -> None:
    assert joined in join(source_lines(page)).text


def test_a_variant_character_reads_as_the_common_one(full: Extractor) -> None:
    assert fold_width("株洲髙新区") == "株洲高新区"

    def zones(text: str) -> set[str | None]:
        return {m.canonical for m in run(full, text)[0] if m.cls is ET.ZONE}

    printed = zones("株洲髙新区管委会与湖南中车电气有限公司签约。")
    assert printed and printed == zones("株洲高新区管委会与湖南中车电气有限公司签约。")


def test_a_name_cut_by_a_stray_space_after_a_title_is_one_person(full: Extractor) -> None:
    text = "湘潭高新区党工委书记李 振华，湘潭市副市长周敏出席签约仪式。李振华表示，将全力服务项目建设。"
    people = {m.canonical for m in run(full, text)[0] if m.cls is ET.PERSON}
    assert "李振华" in people
    assert not any(" " in (name or "") or name in ("李", "振华") for name in people)
    assert any(person == "李 振华" and title == "党工委书记" for person, title, _ in posts(full, text))


def test_two_names_parted_by_a_space_are_not_one(full: Extractor) -> None:
    text = "湘潭高新区管委会主任周敏 李强等出席。"
    people = {m.canonical for m in run(full, text)[0] if m.cls is ET.PERSON}
    assert "周敏李强" not in people and "周敏李" not in people


# ---------------------------------------------------------------------------------------- people

def test_a_dotted_name_after_appointing_and_a_concurrent_post(full: Extractor) -> None:
    text = ("昌吉州人民政府日前发布人事任免通知：任命阿依古丽·吐尔逊为昌吉高新区管委会主任，"
            "兼任昌吉市委副书记；任命王强为昌吉高新区管委会副主任。")
    held = {(person, title) for person, title, _ in posts(full, text)}
    name = "阿依古丽·吐尔逊"
    assert {(name, "管委会主任"), (name, "市委副书记"), ("王强", "管委会副主任")} <= held


def test_a_plain_name_appointed_keeps_its_concurrent_post(full: Extractor) -> None:
    text = "会议决定，任命李华为伊宁经开区管委会主任，兼任伊宁市委副书记。"
    held = {(person, title) for person, title, _ in posts(full, text)}
    assert {("李华", "管委会主任"), ("李华", "市委副书记")} <= held


@pytest.mark.parametrize(("line", "names"), [
    ("记者 努尔兰·哈力木", ("努尔兰·哈力木",)),
    ("记者 王晓林 通讯员 阿依古丽·吐尔逊", ("王晓林", "阿依古丽·吐尔逊")),
])
def test_a_dotted_name_in_a_byline(line: str, names: tuple[str, ...]) -> None:
    assert names_in(line) == names


def test_a_dotted_name_in_a_dateline_byline() -> None:
    text = "本报伊宁5月8日电（记者 热合曼·买买提）伊宁经开区日前举行项目集中开工仪式。"
    assert "热合曼·买买提" in body_creators(text)


def test_a_post_in_a_division_of_the_corps(full: Extractor) -> None:
    text = "兵团第六师副师长、五家渠经开区党工委书记马建军说，将加快项目建设。"
    assert ("马建军", "副师长", "新疆生产建设兵团第六师") in posts(full, text)


@pytest.mark.parametrize("text", [
    "兵团第一师范学院的教师长期扎根基层，王明表示将继续支持。",
    "全市教师长期坚守乡村讲台，李强说。",
])
def test_no_division_or_post_in_ordinary_words(full: Extractor, text: str) -> None:
    assert found(full, text, ET.GOVERNMENT_BODY) == []
    assert posts(full, text) == []


# ------------------------------------------------------------------------------------- corrections

def test_a_correction_with_you_wu_withdraws_the_quoted_post(full: Extractor) -> None:
    text = ("更正：本报3月2日刊发的《郴州高新区签约电子项目》一文中，“管委会副主任罗建平”有误，"
            "应为“管委会主任罗建平”。特此更正。")
    assert ("罗建平", "管委会副主任") not in {(p, t) for p, t, _ in posts(full, text)}


def test_a_correction_withdraws_the_post_printed_in_the_body(full: Extractor) -> None:
    text = ("郴州高新区管委会副主任罗建平与该公司董事长签约。\n"
            "更正：本报3月2日刊发的《郴州高新区签约电子项目》一文中，“管委会副主任罗建平”有误，"
            "应为“管委会常务副主任罗建平”。特此更正。")
    held = {(p, t) for p, t, _ in posts(full, text)}
    assert ("罗建平", "管委会副主任") not in held
    assert ("罗建平", "管委会常务副主任") in held


# -------------------------------------------------------------------------- rows of signed projects

ROWS = ("绵阳高新区举行重点项目集中签约活动，部分签约项目如下：\n"
        "项目名称：新型显示模组项目；投资方：四川虹晶光电有限公司；投资额：12亿元\n"
        "项目名称:精密陶瓷基板项目;投资方:日本丸山电子株式会社;投资额:0.8亿美元\n"
        "项目名称:智能传感器产业园项目;投资方:绵阳锐芯科技(四川)有限公司;投资额:4亿至6亿元\n"
        "项目名称:锐芯MEMS封测项目;投资方:绵阳锐芯科技(四川)有限公司;投资额:2.5亿元\n")


def test_a_labelled_row_gives_the_investor_and_the_amount(full: Extractor) -> None:
    investors = pairs(full, ROWS, RK.INVESTOR)
    assert {("新型显示模组项目", "四川虹晶光电有限公司"), ("精密陶瓷基板项目", "日本丸山电子株式会社"),
            ("智能传感器产业园项目", "绵阳锐芯科技(四川)有限公司")} <= investors
    values = pairs(full, ROWS, RK.AMOUNT)
    assert ("新型显示模组项目", "1200000000") in values
    # (in dollars, a range: no amount)
    assert not any(project in ("精密陶瓷基板项目", "智能传感器产业园项目") for project, _ in values)
    assert any(value == "250000000" for _, value in values)


def test_a_short_name_after_the_regional_full_name_is_that_company(full: Extractor) -> None:
    text = ("绵阳锐芯科技(四川)有限公司在绵阳高新区投资建设传感器项目。"
            "锐芯科技总经理陈立说，项目明年投产。绵阳锐芯科技总经理陈立表示将扩大产能。")
    mentions, relations = run(full, text)
    assert {m.canonical for m in mentions if m.cls is ET.COMPANY} == {"绵阳锐芯科技(四川)有限公司"}
    assert not [r for r in relations if r.kind is RK.SUBORG]


# -------------------------------------------------------------------------- investors said in passing

def test_a_company_head_saying_we_build_a_project_names_its_investor(full: Extractor) -> None:
    text = ("签约仪式上，淄博岳阳陶瓷股份有限公司董事长韩志强说：“政策很实在。我们今年将在高新区新上"
            "先进陶瓷材料研发中心项目，总投资3亿元。”")
    assert ("先进陶瓷材料研发中心项目", "淄博岳阳陶瓷股份有限公司") in pairs(full, text, RK.INVESTOR)


def test_an_official_saying_we_is_no_company(full: Extractor) -> None:
    text = ("淄博岳阳陶瓷股份有限公司等企业代表出席。高新区管委会主任李明说：“我们今年将新建"
            "先进陶瓷材料公共研发中心项目。”")
    assert not pairs(full, text, RK.INVESTOR)


def test_you_gai_gong_si_invests_is_the_company_just_named(full: Extractor) -> None:
    text = ("记者：今年有哪些大项目？\n王敏：6月，我们与嘉兴恒远电机科技有限公司签订投资协议，"
            "由该公司投资十五亿元建设高效电机项目。")
    assert ("高效电机项目", "嘉兴恒远电机科技有限公司") in pairs(full, text, RK.INVESTOR)


# ------------------------------------------------------------------------------ agreements said by "we"

INTERVIEW = ("——访嘉兴经开区党工委书记王敏\n"
             "记者专访了嘉兴经开区党工委书记王敏。\n"
             "记者：今年有哪些大项目？\n")


def _parties(full: Extractor, text: str) -> list[set[str | None]]:
    _, relations = run(full, text)
    return [{m.canonical or m.text for role, m in r.args if role == "party"} for r in relations
            if r.kind is RK.AGREEMENT]


def test_we_in_a_zone_heads_answer_is_the_zone(full: Extractor) -> None:
    text = INTERVIEW + "王敏：6月，我们与嘉兴恒远电机科技有限公司签订投资协议，由该公司投资建设高效电机项目。"
    assert any(len(sides) == 2 and "嘉兴恒远电机科技有限公司" in sides and
               any("嘉兴" in (side or "") and "开发区" in (side or "") for side in sides)
               for sides in _parties(full, text))


def test_we_in_a_company_heads_quote_is_no_zone(full: Extractor) -> None:
    text = ("嘉兴恒远电机科技有限公司董事长陈刚说：“我们与浙江海宁储能科技有限公司签订合作协议，"
            "将共同开发储能电机。”")
    assert all("嘉兴经济技术开发区" not in sides for sides in _parties(full, text))
