"""The holdout12 round's zone, park, industry, programme and issuer causes (q12a): sentences written for
these tests, with other places, fields and names than the set's."""

from __future__ import annotations

from extracting import found, posts, run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def canonical_pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    _, relations = run(extractor, text)
    return {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind}


def zone_names(extractor: Extractor, text: str) -> set[str]:
    mentions, _ = run(extractor, text)
    return {m.canonical or m.text for m in mentions if m.cls is ET.ZONE}


# ------------------------------------------------------------- zones named by their purpose and kind

PILOT = ("6月3日，云南瑞丽国际陆港先行区管理局与昆明天衡物流有限公司签署投资协议，后者将在先行区投资"
         "5亿元建设跨境冷链物流中心项目。先行区管理局局长周立群出席签约仪式。"
         "瑞丽国际陆港先行区位于瑞丽市，重点发展跨境物流和国际贸易。瑞丽陆港先行区管理局表示将优化服务。")


def test_a_pilot_zone_run_by_a_bureau_is_one_zone_with_its_posts(extractor: Extractor) -> None:
    assert zone_names(extractor, PILOT) == {"云南瑞丽国际陆港先行区"}
    assert ("周立群", "局长", "云南瑞丽国际陆港先行区") in posts(extractor, PILOT)
    sites = canonical_pairs(extractor, PILOT, RK.PROJECT_ZONE)
    assert ("跨境冷链物流中心项目", "云南瑞丽国际陆港先行区") in sites


def test_a_pilot_zone_is_in_the_city_stated_and_the_province_its_name_opens_with(
        extractor: Extractor) -> None:
    places = {(zone, area) for zone, area in canonical_pairs(extractor, PILOT, RK.LOCATED_IN)}
    assert places == {("云南瑞丽国际陆港先行区", "瑞丽市"), ("云南瑞丽国际陆港先行区", "云南省")}


def test_a_zone_named_after_no_place_is_a_zone_when_it_has_its_own_organs(extractor: Extractor) -> None:
    text = ("青松岭循环经济试验区党工委书记、管委会主任李明远出席开工仪式。试验区管委会副主任赵一鸣介绍，"
            "南山工业园是试验区“一区三园”之一。")
    assert "青松岭循环经济试验区" in zone_names(extractor, text)
    held = posts(extractor, text)
    assert ("李明远", "管委会主任", "青松岭循环经济试验区") in held
    assert ("赵一鸣", "管委会副主任", "青松岭循环经济试验区") in held


def test_a_park_written_after_a_purpose_zone_is_its_part(extractor: Extractor) -> None:
    text = "4月2日，青松岭循环经济试验区南山工业园3个项目集中开工。试验区管委会主任李明远宣布开工。"
    names = zone_names(extractor, text)
    assert names == {"青松岭循环经济试验区", "青松岭循环经济试验区南山工业园"}
    assert ("青松岭循环经济试验区南山工业园", "青松岭循环经济试验区") in canonical_pairs(
        extractor, text, RK.PART_OF)


def test_a_purpose_zone_designation_in_a_clause_is_no_zone(extractor: Extractor) -> None:
    for text in ("该市将打造国家级循环经济示范区，推动产业转型。",
                 "全县积极争创全国生态文明先行区，加快绿色发展。",
                 "长河市获批建设新一代人工智能创新发展试验区。"):
        assert not found(extractor, text, ET.ZONE), text


def test_a_ranked_base_to_be_built_is_no_park(extractor: Extractor) -> None:
    text = "园区将重点发展锂电材料和精细化工，打造世界级锂电产业基地，建成国家级化工产业园。"
    assert not found(extractor, text, ET.ZONE)
