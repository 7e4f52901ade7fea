"""The holdout14 round C, programmes and participation: a title awarded in quotes (被授予“X”称号) and the
body that awards it, a subjectless 并被… clause, a 该区被Y认定为P clause and a 其中包括A和B list after 入选:
sentences written for these tests, with other places, zones and bodies than the set's."""

from __future__ import annotations

from extracting import found, pairs

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


# ------------------------------------------------------------------ a title awarded in quotes

AWARDED = ("日前，河南省商务厅公布2019年度全省开发区综合考核结果，许昌经济技术开发区位列国家级开发区第二名，"
           "并被授予“全省开发区建设先进单位”称号。")


def test_a_unit_title_awarded_in_quotes_is_a_programme(extractor: Extractor) -> None:
    assert "全省开发区建设先进单位" in found(extractor, AWARDED, ET.POLICY)


def test_the_body_opening_the_sentence_awards_the_title(extractor: Extractor) -> None:
    assert ("全省开发区建设先进单位", "河南省商务厅") in pairs(extractor, AWARDED, RK.ISSUED_BY)


def test_a_goes_on_clause_is_about_the_zone_of_the_clause_before(extractor: Extractor) -> None:
    assert ("许昌经济技术开发区", "全省开发区建设先进单位") in pairs(extractor, AWARDED, RK.PARTICIPATES)


def test_a_title_given_to_people_is_no_programme(extractor: Extractor) -> None:
    text = "去年，园区企业职工王海涛被授予“全国劳动模范”称号。"
    assert found(extractor, text, ET.POLICY) == []


def test_a_near_awarding_body_still_issues_the_title(extractor: Extractor) -> None:
    text = "去年，许昌经济技术开发区被河南省人民政府授予“全省开放招商先进单位”称号。"
    assert ("全省开放招商先进单位", "河南省人民政府") in pairs(extractor, text, RK.ISSUED_BY)
    assert ("许昌经济技术开发区", "全省开放招商先进单位") in pairs(extractor, text, RK.PARTICIPATES)


# ------------------------------------------------------------------ 该区被Y认定为P

def test_a_zone_reference_designated_by_a_body_is_the_zone_named_before(extractor: Extractor) -> None:
    text = ("赵主任介绍，遵义经济技术开发区以汽车零部件为主导产业。去年6月，该区被贵州省工业和信息化厅认定为"
            "贵州省新型工业化产业示范基地。")
    assert ("遵义经济技术开发区", "贵州省新型工业化产业示范基地") in pairs(extractor, text, RK.PARTICIPATES)
    assert ("贵州省新型工业化产业示范基地", "贵州省工业和信息化厅") in pairs(extractor, text, RK.ISSUED_BY)


# ------------------------------------------------------------------ …入选，其中包括A和B

def test_every_zone_of_an_included_list_after_a_selection_takes_part(extractor: Extractor) -> None:
    text = ("科技部日前公布第三批国家创新型产业集群试点名单，全国共有30家园区入选，"
            "其中包括株洲经济技术开发区和湘潭高新技术产业开发区。")
    found_pairs = pairs(extractor, text, RK.PARTICIPATES)
    assert ("株洲经济技术开发区", "第三批国家创新型产业集群试点") in found_pairs
    assert ("湘潭高新技术产业开发区", "第三批国家创新型产业集群试点") in found_pairs
