"""The holdout12 round's agreement, investor, sub-organisation, company, event and project causes (q12b):
sentences written for these tests, with other places, zones and firms than the set's."""

from __future__ import annotations

from extracting import agreements, found, pairs, run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def canonical_pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    _, relations = run(extractor, text)
    return {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind}



# ------------------------------------------------------- two agreements signed the same day stay two

TWO_AGREEMENTS = ("4月8日，在辽宁省与江苏省对口合作座谈会上，南京高新区与沈阳高新区签署对口合作框架协议。"
                  "南京高新区管委会副主任许文博、沈阳高新区管委会副主任谭立新分别代表双方签约。"
                  "同日，南京宁沈科技发展有限公司与沈阳高新区签订协议，投资2亿元建设科创孵化大楼项目。")


def test_a_second_agreement_with_sides_of_its_own_is_not_the_first(extractor: Extractor) -> None:
    found_agreements = agreements(extractor, TWO_AGREEMENTS)
    assert len(found_agreements) == 2
    framework = next(a for a in found_agreements if len(a[1]) == 2)
    assert framework[1] == {"许文博", "谭立新"}
    assert not any("南京宁沈科技发展有限公司" in parties for parties, _ in [framework])
    second = next(a for a in found_agreements if a is not framework)
    assert any("南京宁沈科技发展有限公司" in p for p in second[0]) and not second[1]


def test_a_later_bare_agreement_of_the_same_sides_is_still_the_first(extractor: Extractor) -> None:
    text = ("3月2日，长沙高新区与星澜科技有限公司签订投资合作协议。"
            "长沙高新区管委会副主任刘卫东与星澜科技有限公司董事长马志远在协议上签字。")
    (only,) = agreements(extractor, text)
    assert only[1] == {"刘卫东", "马志远"}


# ------------------------------------------------------------------------- investors, more forms

def test_the_latter_of_two_sides_invests_after_you(extractor: Extractor) -> None:
    text = ("5月6日，凯里经济开发区与贵州苗岭药业股份有限公司签订投资协议，由后者投资2.6亿元在开发区建设"
            "民族药物提取项目。")
    assert ("民族药物提取项目", "贵州苗岭药业股份有限公司") in pairs(extractor, text, RK.INVESTOR)


def test_the_former_of_two_sides_invests(extractor: Extractor) -> None:
    text = "昨日，贵州苗岭药业股份有限公司与凯里经济开发区签约，由前者投资1亿元建设中药饮片加工项目。"
    assert ("中药饮片加工项目", "贵州苗岭药业股份有限公司") in pairs(extractor, text, RK.INVESTOR)


def test_a_company_that_settles_in_a_zone_builds_the_project_after(extractor: Extractor) -> None:
    text = "去年，柳州云帆汽车部件有限公司落户柳州高新区，投资3亿元建设新能源汽车电驱系统项目。"
    assert ("新能源汽车电驱系统项目", "柳州云帆汽车部件有限公司") in pairs(extractor, text, RK.INVESTOR)


# ---------------------------------------------------- a subsidiary named in a company head's own words

INTERVIEW = ("上月，记者专访了江门海湾光电有限公司董事长吴启明。\n"
             "Q：企业今年有什么新布局？\n"
             "A：我们的全资子公司阳江海湾精密光学有限公司今年3月落户阳江高新区，投资1.2亿元建设光学镜片生产线项目。"
             "去年，阳江高新区管委会副主任陈立群带队到我们公司来了两次。\n")


SUBSIDIARY = ("阳江海湾精密光学有限公司", "江门海湾光电有限公司")


def test_a_first_person_subsidiary_is_the_interviewed_heads_company(extractor: Extractor) -> None:
    suborgs = canonical_pairs(extractor, INTERVIEW, RK.SUBORG)
    assert suborgs == {SUBSIDIARY}
    assert ("光学镜片生产线项目", "阳江海湾精密光学有限公司") in pairs(extractor, INTERVIEW, RK.INVESTOR)


def test_our_company_is_no_company(extractor: Extractor) -> None:
    assert "我们公司" not in found(extractor, INTERVIEW, ET.COMPANY)


def test_a_quoted_heads_subsidiary_is_his_company(extractor: Extractor) -> None:
    text = ("江门海湾光电有限公司董事长吴启明说：“我们的控股子公司阳江海湾精密光学有限公司已经投产。”")
    assert canonical_pairs(extractor, text, RK.SUBORG) == {SUBSIDIARY}


def test_a_first_person_subsidiary_without_a_speaker_has_no_parent(extractor: Extractor) -> None:
    text = "江门海湾光电有限公司与阳江高新区签约。我们的全资子公司阳江海湾精密光学有限公司已经投产。"
    assert not canonical_pairs(extractor, text, RK.SUBORG)


# ----------------------------------------------------------- companies: a Singapore Pte. Ltd., a foreigner

def test_a_singapore_private_limited_company_and_its_latin_named_vice_president(extractor: Extractor) -> None:
    text = ("3月2日，嘉兴经济技术开发区与新加坡企业星港物流私人有限公司签署合作协议。星港物流私人有限公司"
            "亚太区副总裁陈俊杰（Tan Jun Jie）出席签约仪式。")
    assert set(found(extractor, text, ET.COMPANY)) == {"星港物流私人有限公司"}
    assert ("陈俊杰", "亚太区副总裁", "星港物流私人有限公司") in {
        (dict(r.args)["person"].text, dict(r.args)["title"].text, dict(r.args)["org"].text)
        for r in run(extractor, text)[1] if r.kind is RK.POST}


# ------------------------------------------------------------------- events named after two places

def test_an_event_named_after_two_provinces_keeps_both(extractor: Extractor) -> None:
    text = "在辽宁省与江苏省对口合作座谈会上，两地签署了一批合作项目。"
    assert found(extractor, text, ET.EVENT) == ["辽宁省与江苏省对口合作座谈会"]


def test_an_event_named_after_two_cities_keeps_both(extractor: Extractor) -> None:
    text = "昨日，沈阳市与南京市对口合作交流会在南京举行。"
    assert found(extractor, text, ET.EVENT) == ["沈阳市与南京市对口合作交流会"]


# ------------------------------------------------------------- a park visited among a tally of projects

def test_a_park_visited_among_projects_is_a_park_not_a_project(extractor: Extractor) -> None:
    text = "与会代表实地参观了株洲高新区轨道交通产业园、中车智轨装备项目等5个项目。"
    mentions, _ = run(extractor, text)
    projects = [m.text for m in mentions if m.cls is ET.PROJECT]
    assert projects == ["中车智轨装备项目"]
    assert any(m.cls is ET.ZONE and (m.canonical or m.text) == "株洲高新区轨道交通产业园" for m in mentions)
    sites = canonical_pairs(extractor, text, RK.PROJECT_ZONE)
    assert ("中车智轨装备项目", "株洲高新技术产业开发区") in sites
    assert not any(zone.endswith("轨道交通产业园") for _, zone in sites)


def test_a_park_introduced_among_projects_is_still_a_project(extractor: Extractor) -> None:
    text = "今年以来，高新区引进了星海智能装备产业园、蓝湾新材料项目等8个项目。"
    assert found(extractor, text, ET.PROJECT) == ["星海智能装备产业园", "蓝湾新材料项目"]


def test_a_named_answer_lines_subsidiary_is_the_speakers_company(extractor: Extractor) -> None:
    text = ("记者：企业在省内还有哪些布局？\n"
            "吴启明：我们的全资子公司阳江海湾精密光学有限公司已经投产。\n"
            "（受访者为江门海湾光电有限公司董事长吴启明）")
    assert canonical_pairs(extractor, text, RK.SUBORG) == {SUBSIDIARY}
