"""Posts written in less common forms: acting posts, a bracketed note between a title and a name, a chain
broken by a comma, a prefecture's party committee, names with a middle dot (sentences written for these
tests)."""

from __future__ import annotations

from extracting import found, posts, run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind


def signatories(extractor: Extractor, text: str) -> list[str]:
    _, relations = run(extractor, text)
    return [m.text for r in relations if r.kind is RelationKind.AGREEMENT for role, m in r.args
            if role == "signatory"]


def test_an_acting_head_of_a_zone_committee(extractor: Extractor) -> None:
    text = "株洲高新区党工委副书记、管委会代主任周立新出席开工仪式。"
    assert posts(extractor, text) == [
        ("周立新", "党工委副书记", "株洲高新技术产业开发区"),
        ("周立新", "管委会代主任", "株洲高新技术产业开发区"),
    ]


def test_an_acting_mayor_is_a_post_at_the_city_government(extractor: Extractor) -> None:
    assert posts(extractor, "芜湖市代市长柯文静出席签约仪式。") == [("柯文静", "代市长", "芜湖市人民政府")]


def test_dai_closing_a_word_is_no_acting_post(extractor: Extractor) -> None:
    text = "北京现代总经理李峰表示，新一代董事长将于明年产生。"
    assert all(not title.startswith("代") for _, title, _ in posts(extractor, text))


def test_a_bracketed_note_between_title_and_name(extractor: Extractor) -> None:
    text = "荆门市掇刀区副区长、荆门高新区管委会副主任（兼）范志强主持仪式。"
    assert posts(extractor, text) == [
        ("范志强", "副区长", "掇刀区人民政府"),
        ("范志强", "管委会副主任", "荆门高新技术产业开发区"),
    ]


def test_a_seconded_official_signs_for_the_zone(extractor: Extractor) -> None:
    text = ("株洲高新区与湖南大学签署合作协议。"
            "株洲高新区管委会副主任（挂职）周立新与湖南大学科技处处长何平代表双方签约。")
    assert ("周立新", "管委会副主任", "株洲高新技术产业开发区") in posts(extractor, text)
    assert {"周立新", "何平"} <= set(signatories(extractor, text))


def test_a_bracket_that_is_no_note_keeps_the_name_unread(extractor: Extractor) -> None:
    assert posts(extractor, "株洲高新区管委会副主任（分管招商）周立新出席。") == []


def test_a_comma_inside_a_zone_chain(extractor: Extractor) -> None:
    text = "衡阳市委常委、衡阳高新区党工委书记，管委会主任龙晓辉宣布开工。"
    assert posts(extractor, text) == [
        ("龙晓辉", "党工委书记", "衡阳高新技术产业开发区"),
        ("龙晓辉", "市委常委", "衡阳市委"),
        ("龙晓辉", "管委会主任", "衡阳高新技术产业开发区"),
    ]


def test_a_prefecture_party_committee_member(extractor: Extractor) -> None:
    text = "伊犁哈萨克自治州党委常委、副州长张文斌出席签约仪式。"
    assert posts(extractor, text) == [
        ("张文斌", "党委常委", "伊犁哈萨克自治州党委"),
        ("张文斌", "副州长", "伊犁哈萨克自治州人民政府"),
    ]


def test_an_autonomous_region_party_committee_member(extractor: Extractor) -> None:
    text = "宁夏回族自治区党委常委王春生出席。"
    assert posts(extractor, text) == [("王春生", "党委常委", "宁夏回族自治区党委")]


def test_a_name_with_a_middle_dot_is_read_whole(extractor: Extractor) -> None:
    text = "伊犁高新区管委会副主任热合曼·阿不都热西提与新疆天润乳业有限公司董事长王军签约。"
    assert posts(extractor, text) == [
        ("热合曼·阿不都热西提", "管委会副主任", "伊犁高新技术产业开发区"),
        ("王军", "董事长", "新疆天润乳业有限公司"),
    ]
    assert signatories(extractor, text) == ["热合曼·阿不都热西提", "王军"]


def test_a_foreign_name_with_a_middle_dot(extractor: Extractor) -> None:
    assert "约翰·史密斯" in found(extractor, "该公司总经理约翰·史密斯说，中国市场很重要。", EntityType.PERSON)


def test_signers_in_a_later_clause_of_the_agreement_sentence(extractor: Extractor) -> None:
    text = ("湖南湘丰锂业股份有限公司与株洲高新区管委会签订投资协议，投资26亿元建设电池级碳酸锂项目，"
            "湘丰锂业董事长罗志刚、株洲高新区管委会主任周立新代表双方签约。")
    assert signatories(extractor, text) == ["罗志刚", "周立新"]


def test_guests_of_the_signing_in_a_later_clause_sign_nothing(extractor: Extractor) -> None:
    text = ("湖南湘丰锂业股份有限公司与株洲高新区管委会签订投资协议，"
            "株洲市副市长李华、株洲高新区管委会主任周立新出席签约仪式。")
    assert signatories(extractor, text) == []


def test_an_autonomous_region_vice_chairman_is_a_post_at_its_government(extractor: Extractor) -> None:
    assert posts(extractor, "内蒙古自治区党委常委、副主席李国华出席。") == [
        ("李国华", "党委常委", "内蒙古自治区党委"),
        ("李国华", "副主席", "内蒙古自治区人民政府"),
    ]
    assert posts(extractor, "株洲市政协副主席黄俊华出席。") == [("黄俊华", "副主席", "株洲市政协")]


def test_signers_joined_by_a_pause_mark_one_named_by_an_earlier_acting_post(extractor: Extractor) -> None:
    text = ("株洲高新区党工委副书记、管委会代主任周立新出席。"
            "株洲高新区管委会与湖南湘丰锂业股份有限公司签署战略合作框架协议。"
            "湘丰锂业董事长罗志刚、周立新分别代表双方签字。")
    assert signatories(extractor, text) == ["罗志刚", "周立新"]
