"""A listed company's announcement, people and titles, agreements and amounts as real news writes them
(the holdout10 round; sentences written for these tests, with other places, companies and people)."""

from __future__ import annotations

import pytest
from extracting import found, pairs, posts, run

from kg.extract import Extractor
from kg.extract.amounts import to_yuan
from kg.model import DocKind, Document, EntityType, RelationKind
from kg.segment import split

ET = EntityType
RK = RelationKind

ANNOUNCEMENT = (
    "为进一步完善公司在锂电材料领域的布局，江西赣锋新材料股份有限公司（以下简称“公司”）与南昌高新技术产业开发区"
    "管理委员会签订了投资协议。本次协议不代表公司对未来业绩的预测，不存在损害公司及股东利益的情形，有利于公司"
    "长远发展。"
)


# ---------------------------------------------------------------------------------- the announcement

def test_gong_si_after_a_verb_is_the_company_itself_not_a_name(full: Extractor) -> None:
    companies = found(full, ANNOUNCEMENT, ET.COMPANY)
    assert "江西赣锋新材料股份有限公司" in companies
    assert not [c for c in companies if c.endswith("公司") and c != "公司" and "赣锋" not in c]
    (agreement,) = pairs(full, ANNOUNCEMENT, RK.AGREEMENT)
    assert len(agreement) == 3  # the agreement and its two parties, no third made of 进一步完善公司


@pytest.mark.parametrize("text", [
    "1．项目名称：年产10万吨锂电隔膜项目（以下简称“本项目”）。",
    "甲方负责协调项目用地、供水等要素保障。",
    "项目实施尚需办理项目备案、环评等前置手续。",
])
def test_a_declared_or_common_xiang_mu_is_no_project(full: Extractor, text: str) -> None:
    projects = found(full, text, ET.PROJECT)
    assert not [p for p in projects if p in ("本项目",) or "甲方" in p or "办理" in p or "协调" in p]


@pytest.mark.parametrize(("text", "project"), [
    ("岳阳高新区实施年产5万吨产能提升项目。", "年产5万吨产能提升项目"),
    ("岳阳高新区推进区域协调发展示范项目。", "区域协调发展示范项目"),
])
def test_project_names_with_verbs_of_their_own_stay_whole(full: Extractor, text: str, project: str) -> None:
    assert project in found(full, text, ET.PROJECT)


def test_an_announcements_title_is_under_its_securities_header() -> None:
    text = ("证券代码：300123　　证券简称：赣锋新材　　公告编号：2023-052\n\n"
            "江西赣锋新材料股份有限公司\n关于签订项目投资协议的公告\n\n"
            "本公司及董事会全体成员保证信息披露的内容真实、准确和完整。\n"
            "公司与南昌高新区管委会签订了投资协议。\n特此公告。\n")
    (article,) = split(Document(source="notice.txt", kind=DocKind.STORY, text=text))
    assert article.title == "江西赣锋新材料股份有限公司关于签订项目投资协议的公告"
    assert article.text.startswith("本公司及董事会")


# ---------------------------------------------------------------------------------- amounts

@pytest.mark.parametrize(("text", "yuan"), [
    ("注册资本6千万元", "60000000"),
    ("投资3百万元", "3000000"),
    ("总投资七亿三千万元", "730000000"),
])
def test_qian_wan_is_one_unit(text: str, yuan: str) -> None:
    assert to_yuan(text) == yuan


# ---------------------------------------------------------------------------------- people and titles

def test_a_name_before_yu_and_a_dotted_name_after_it_stay_apart(full: Extractor) -> None:
    text = "黄石高新区管委会副主任张立与罗兰·施密特代表双方签署投资协议。"
    assert "张立" in found(full, text, ET.PERSON)
    assert not [p for p in found(full, text, ET.PERSON) if "与" in p]


def test_a_board_chairs_dotted_name_with_a_surname_of_one_character(full: Extractor) -> None:
    text = "宏达集团董事局主席汤姆·李出席签约仪式。"
    assert found(full, text, ET.PERSON) == ["汤姆·李"]
    assert ("汤姆·李", "董事局主席", "宏达集团") in posts(full, text)


def test_ranks_and_chief_economists_are_titles(full: Extractor) -> None:
    text = "湖南省商务厅二级巡视员王明，岳阳市商务局党组成员、总经济师李华出席活动。"
    held = posts(full, text)
    assert ("王明", "二级巡视员", "湖南省商务厅") in held
    assert ("李华", "党组成员", "岳阳市商务局") in held
    assert ("李华", "总经济师", "岳阳市商务局") in held


def test_a_ministry_units_rank_before_a_secondment(full: Extractor) -> None:
    text = "同意工业和信息化部规划司二级调研员陈刚挂职任岳阳高新技术产业开发区管理委员会副主任。"
    assert ("陈刚", "二级调研员", "工业和信息化部规划司") in posts(full, text)


@pytest.mark.parametrize(("text", "post"), [
    ("本报漳州4月17日电 4月17日，副省长赵刚一天内走访漳州高新区和3家企业。",
     ("赵刚", "副省长", "福建省人民政府")),
    ("1月8日，岳阳市第九届人民代表大会第三次会议开幕，市长孙伟作政府工作报告。",
     ("孙伟", "市长", "岳阳市人民政府")),
])
def test_a_bare_governors_or_mayors_title_is_the_storys_own_place(full: Extractor, text: str,
                                                                  post: tuple[str, str, str]) -> None:
    assert post in posts(full, text)


def test_a_bare_mayor_in_a_story_of_two_cities_has_no_government(full: Extractor) -> None:
    assert posts(full, "长沙市和岳阳市签约，市长孙伟出席。") == []


def test_a_secondment_gives_the_post_taken(full: Extractor) -> None:
    text = ("同意工业和信息化部规划司二级调研员陈刚挂职任岳阳高新技术产业开发区管理委员会副主任，"
            "挂职期限一年。")
    assert ("陈刚", "副主任", "岳阳高新技术产业开发区") in posts(full, text)


# ---------------------------------------------------------------------------------- agreements

SUMMIT = ("10月举办的2023湖北自贸试验区宜昌片区国际物流发展峰会上，湖北省商务厅党组成员、副厅长张伟，"
          "宜昌市人民政府副市长、宜昌片区管委会常务副主任李强出席，片区与鄂港通国际物流有限公司签订《中欧班列合作备忘录》。")


def test_attendees_of_a_summit_sign_nothing_and_the_bare_pian_qu_signs(full: Extractor) -> None:
    (agreement,) = pairs(full, SUMMIT, RK.AGREEMENT)
    assert "鄂港通国际物流有限公司" in agreement
    assert "张伟" not in agreement and "李强" not in agreement
    assert "湖北省商务厅" not in agreement


def test_a_zones_former_name_in_brackets_leaves_its_name_and_its_signatories(full: Extractor) -> None:
    text = ("本报讯 记者从赤峰经济技术开发区（原赤峰工业园区）获悉，该区与内蒙古草原乳业股份有限公司日前签订"
            "合作备忘录。签约仪式上，赤峰经济技术开发区党工委副书记、管委会副主任，红山区委常委、副区长王立军与公司总经理张强"
            "分别签字。")
    signed = [a for a in pairs(full, text, RK.AGREEMENT) if "王立军" in a]
    assert signed and "张强" in signed[0]
    mentions, _ = run(full, text)
    zone = next(m for m in mentions if m.cls is ET.ZONE)
    assert zone.canonical == "赤峰经济技术开发区"
    assert ("alias", "赤峰工业园区") in zone.attrs


# ---------------------------------------------------------------------------------- false items

def test_firms_coming_to_a_place_are_no_firm(full: Extractor) -> None:
    assert found(full, "两区功能互补，欢迎更多日本企业来岳投资兴业。", ET.COMPANY) == []


@pytest.mark.parametrize("text", [
    "王强说，下一步，岳阳高新区将瞄准“千亿园区”目标，力争到2025年产值突破1000亿元。",
    "岳阳高新区正争创“国家级绿色园区”。",
])
def test_a_quoted_goal_is_no_project_and_its_verb_no_investor(full: Extractor, text: str) -> None:
    assert found(full, text, ET.PROJECT) == []
    assert found(full, text, ET.COMPANY) == []


def test_an_autonomous_prefectures_committee_and_government_as_printed(full: Extractor) -> None:
    held = posts(full, "大理州委常委、副州长李强出席签约仪式。")
    assert ("李强", "州委常委", "大理州委") in held
    assert ("李强", "副州长", "大理白族自治州人民政府") in held  # (printed 大理州人民政府: an altLabel)
    assert "大理州人民政府" in found(full, "大理州委常委、副州长李强出席签约仪式。", ET.GOVERNMENT_BODY)


# ---------------------------------------------------------------------------------- subsidiaries

def test_a_contract_sides_subsidiary_to_be_registered(full: Extractor) -> None:
    text = ("甲方：南昌高新技术产业开发区管理委员会\n乙方：江西赣锋新材料股份有限公司\n"
            "3．项目实施主体：乙方在甲方辖区内设立全资子公司南昌赣锋新材料有限公司（暂定名，以市场监督管理部门核准"
            "登记为准），负责本项目的建设和运营。")
    assert ("南昌赣锋新材料有限公司", "江西赣锋新材料股份有限公司") in pairs(full, text, RK.SUBORG)


def test_a_groups_short_name_is_the_group_named_with_its_country(full: Extractor) -> None:
    text = ("德国博森集团（Bosen Group）总部位于斯图加特。其中，精密轴承项目由博森集团在华全资子公司"
            "博森精密部件（岳阳）有限公司投资建设。")
    mentions, _ = run(full, text)
    assert {m.canonical for m in mentions if m.text == "博森集团"} == {"德国博森集团"}
    assert ("博森精密部件（岳阳）有限公司", "博森集团") in pairs(full, text, RK.SUBORG)


@pytest.mark.parametrize("text", [
    "本次对外投资在董事会审批权限范围内，无需提交公司股东大会审议。",
    "该事项尚需提请公司股东大会审议。",
])
def test_the_announcing_companys_own_meeting_is_no_event(full: Extractor, text: str) -> None:
    assert found(full, text, ET.EVENT) == []
    assert found(full, text, ET.COMPANY) == []


def test_a_company_investing_in_a_place_then_building_is_the_investor(full: Extractor) -> None:
    text = ("6月12日，岳阳高新区与香港华盛投资集团有限公司在长沙签署战略合作框架协议。根据协议，"
            "华盛集团将在岳阳高新区投资8亿港元，建设华盛生物医药产业园项目，重点引进生物医药企业。")
    assert ("华盛生物医药产业园项目", "华盛集团") in pairs(full, text, RK.INVESTOR)


def test_the_project_seen_at_a_company_visited_is_its_own(full: Extractor) -> None:
    text = ("在漳州古雷新材料有限公司，赵刚察看了总投资30亿元的高性能聚乙烯项目施工现场，"
            "叮嘱企业把安全生产放在首位。")
    assert ("高性能聚乙烯项目", "漳州古雷新材料有限公司") in pairs(full, text, RK.INVESTOR)
