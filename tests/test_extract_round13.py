"""The holdout13 round's causes (platform companies, 兼任, signing, a zone named after a bay, funds and
listed pilots, speaker lines, sub-districts): sentences written for these tests, with other places, zones
and firms than the set's."""

from __future__ import annotations

from extracting import agreements, found, pairs, posts

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def test_a_platform_descriptor_is_not_part_of_the_firm_name(extractor: Extractor) -> None:
    text = ("当天，宜宾临港经济技术开发区国有平台公司宜宾临港产业发展集团有限公司与四川蜀芯半导体有限公司"
            "签订合作协议。")
    companies = found(extractor, text, ET.COMPANY)
    assert "宜宾临港产业发展集团有限公司" in companies
    assert not any("平台公司" in name for name in companies)


def test_a_district_owned_firm_after_its_descriptor(extractor: Extractor) -> None:
    text = "区属国企滨江城市发展集团有限公司负责园区标准厂房的代建。"
    assert "滨江城市发展集团有限公司" in found(extractor, text, ET.COMPANY)


def test_what_a_firm_is_names_no_firm(extractor: Extractor) -> None:
    text = "三要发挥平台公司作用，用好产业基金和标准厂房等资源。"
    assert found(extractor, text, ET.COMPANY) == []


def test_a_platform_firm_is_part_of_the_zone_named_before_it(extractor: Extractor) -> None:
    text = ("绵阳高新区国有平台公司绵阳科技城发展投资集团有限公司投资建设的电子元器件产业园"
            "总投资6亿元。")
    assert ("绵阳科技城发展投资集团有限公司", "绵阳高新区") in pairs(extractor, text, RK.SUBORG)


def test_a_platform_firm_after_the_zone_and_de(extractor: Extractor) -> None:
    text = "绵阳高新区的投资平台公司绵阳科技城发展投资集团有限公司当天签约两个项目。"
    assert ("绵阳科技城发展投资集团有限公司", "绵阳高新区") in pairs(extractor, text, RK.SUBORG)


def test_a_bare_new_area_word_is_the_new_area_not_the_zone_it_was_formed_from(extractor: Extractor) -> None:
    text = ("本报讯 温州湾新区日前挂牌成立，由原温州经济技术开发区整合设立。"
            "温州湾新区将重点发展智能装备产业。\n当天，新区国有平台公司温州湾新区开发建设有限公司与浙江瓯越机器人有限公司签订合作协议。")
    suborgs = pairs(extractor, text, RK.SUBORG)
    assert ("温州湾新区开发建设有限公司", "温州湾新区") in suborgs
    assert not any(parent == "温州经济技术开发区" for _, parent in suborgs)


def test_a_firm_short_form_never_runs_on_into_a_zone_name(extractor: Extractor) -> None:
    text = ("遂宁经开区国有平台公司四川遂宁经开区产业投资集团有限公司投资建设的锂电材料中试基地总投资3亿元。"
            "下一步，遂宁经开区将做强锂电产业。")
    companies = found(extractor, text, ET.COMPANY)
    assert "遂宁经开区" not in companies
    assert "遂宁经开区" in found(extractor, text, ET.ZONE)


def test_a_name_before_jianren_is_not_cut_into_it(extractor: Extractor) -> None:
    text = "该公司董事长由高新区管委会副主任陈涛兼任。"
    assert found(extractor, text, ET.PERSON) == ["陈涛"]


def test_a_title_held_by_a_name_written_later(extractor: Extractor) -> None:
    text = "嘉兴秀洲产业发展集团有限公司董事长由秀洲高新区管委会副主任陈立新兼任。"
    assert ("陈立新", "董事长", "嘉兴秀洲产业发展集团有限公司") in posts(extractor, text)
    assert ("陈立新", "管委会副主任", "嘉兴秀洲高新技术产业开发区") in posts(extractor, text)


def test_no_name_starts_with_you_after_a_title(extractor: Extractor) -> None:
    text = "星河集团总经理由集团副董事长李明华担任。"
    assert found(extractor, text, ET.PERSON) == ["李明华"]


def test_the_group_before_as_the_subject_signs_and_its_head_signs_for_it(extractor: Extractor) -> None:
    text = ("秀洲高新区国有平台公司嘉兴秀洲产业发展集团有限公司董事长由秀洲高新区管委会副主任陈立新兼任。"
            "5月8日，该集团与浙江恒岳新材料有限公司签订投资协议。"
            "浙江恒岳新材料有限公司总经理孙海涛与陈立新代表双方签约。")
    (deal,) = agreements(extractor, text)
    parties, signatories = deal
    assert parties == {"嘉兴秀洲产业发展集团有限公司", "浙江恒岳新材料有限公司"}
    assert signatories == {"孙海涛", "陈立新"}


def test_a_new_area_named_after_a_bay_is_the_story_zone_not_the_former_one(extractor: Extractor) -> None:
    text = ("本报讯 温州湾新区日前挂牌成立。温州湾新区由原温州经济技术开发区和瓯江口产业集聚区整合设立。"
            "新区党工委副书记、管委会副主任（主持工作）陈志远介绍，新区将重点发展智能装备、生命健康和新材料三大产业。")
    industries = {(zone, field) for zone, field in pairs(extractor, text, RK.INDUSTRY)}
    assert any(field == "智能装备" and zone.startswith(("温州湾新区", "新区")) for zone, field in industries)
    assert not any(zone == "温州经济技术开发区" for zone, _ in industries)
    assert ("陈志远", "管委会副主任", "温州湾新区") in posts(extractor, text)


def test_a_fund_sought_actively_keeps_no_verb(extractor: Extractor) -> None:
    text = "我局将积极争取自治区新能源产业发展专项资金，支持园区完善配套设施。"
    assert "自治区新能源产业发展专项资金" in found(extractor, text, ET.POLICY)
    assert not any(name.startswith("积极") for name in found(extractor, text, ET.POLICY))


def test_a_listed_pilot_park_keeps_its_kind(extractor: Extractor) -> None:
    text = ("河北省科学技术厅日前印发《关于公布2021年度河北省科技成果转化试点园区名单的通知》，"
            "保定高新区等4家园区入选。")
    policies = found(extractor, text, ET.POLICY)
    assert "河北省科技成果转化试点园区" in policies and "河北省科技成果转化试点" not in policies


def test_the_region_department_that_puts_a_zone_on_a_list_issues_it(extractor: Extractor) -> None:
    text = "2020年，石河子经开区被自治区工业和信息化厅列入自治区绿色制造示范园区。"
    assert ("自治区绿色制造示范园区", "自治区工业和信息化厅") in pairs(extractor, text, RK.ISSUED_BY)


def test_a_speaker_line_over_a_speech_holds_its_titles(extractor: Extractor) -> None:
    text = "滨州市委常委、滨州经开区党工委书记　周立群\n同志们：\n今天我们召开全区招商引资工作会议。"
    assert ("周立群", "党工委书记", "滨州经济技术开发区") in posts(extractor, text)
    assert "周立群" in found(extractor, text, ET.PERSON)


def test_a_space_before_a_name_mid_line_is_no_speaker_line(extractor: Extractor) -> None:
    text = "滨州经开区党工委书记 周立群等人出席。"
    assert not any(person == "周立群" for person, _, _ in posts(extractor, text))


def test_a_zone_kind_opening_a_firm_name_is_no_contraction_of_it(extractor: Extractor) -> None:
    text = ("滨州经济技术开发区今天召开招商大会。滨州经开区城市发展集团有限公司要用好基金、厂房等资源。"
            "刚才，经开区党工委副书记、管委会主任孙丽华通报了全年招商任务。")
    assert "经开区" not in found(extractor, text, ET.COMPANY)
    assert ("孙丽华", "管委会主任", "滨州经济技术开发区") in posts(extractor, text)


def test_a_subdistrict_before_its_organs_is_a_body_posts_are_held_in(extractor: Extractor) -> None:
    text = ("滨州经济技术开发区与杜店街道实行区街合一。滨州经开区党工委书记周立群兼任杜店街道党工委书记。"
            "开发区托管的里则街道要把招商作为头号工程，里则街道党工委书记吴海燕带队外出招商。")
    assert {"杜店街道", "里则街道"} <= set(found(extractor, text, ET.GOVERNMENT_BODY))
    held = posts(extractor, text)
    assert ("周立群", "党工委书记", "杜店街道") in held
    assert ("周立群", "党工委书记", "滨州经济技术开发区") in held
    assert ("吴海燕", "党工委书记", "里则街道") in held


def test_a_street_word_without_organs_is_no_body(extractor: Extractor) -> None:
    text = "园区沿街道路两侧完成绿化改造。"
    assert found(extractor, text, ET.GOVERNMENT_BODY) == []


def test_a_public_garden_is_no_park_of_the_zone(extractor: Extractor) -> None:
    text = "龙岩高新区重点发展机械装备产业，莲花公园是高新区的重要组成部分。"
    assert "莲花公园" not in found(extractor, text, ET.ZONE)
    assert not any(part == "莲花公园" for part, _ in pairs(extractor, text, RK.PART_OF))
