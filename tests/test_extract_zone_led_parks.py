"""Parks, 自贸试验区片区, part_of, industry lists, programmes after 获评 and event names: the holdout7 round's
zone causes (sentences written for these tests, other places and fields).
"""

from __future__ import annotations

from extracting import run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def canonical_pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    """The arguments of each relation of a kind, by canonical name (the name the graph labels)."""
    _, relations = run(extractor, text)
    return {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind}


# ------------------------------------------------------------------------ a park named with its zone

def test_a_park_named_with_its_zone_in_front_keeps_the_zone_in_its_name(full: Extractor) -> None:
    text = "考察组走进常德高新区智能装备产业园，常德高新区智能装备产业园已入驻企业32家。"
    mentions, _ = run(full, text)
    parks = {m.canonical for m in mentions if m.cls is ET.ZONE and m.text == "智能装备产业园"}
    assert parks == {"常德高新区智能装备产业园"}
    assert ("常德高新区智能装备产业园", "常德高新技术产业开发区") in canonical_pairs(full, text, RK.PART_OF)


def test_two_zones_parks_of_one_field_stay_two_parks(full: Extractor) -> None:
    text = ("柳州高新区将建设柳州高新区汽车电子产业园。双方将在鹿寨县规划建设南宁经开区鹿寨汽车电子产业园。")
    mentions, _ = run(full, text)
    parks = {m.canonical for m in mentions if m.cls is ET.ZONE and m.text.endswith("汽车电子产业园")}
    assert parks == {"柳州高新区汽车电子产业园", "南宁经开区鹿寨汽车电子产业园"}


def test_a_park_named_with_its_zone_takes_the_programme_and_the_industries(full: Extractor) -> None:
    text = ("毕节高新区和兰州新区精细化工产业园入选首批“省级绿色园区试点”。"
            "兰州新区精细化工产业园位于兰州新区秦川园区，重点发展化工新材料、医药中间体和电子化学品。")
    joined = canonical_pairs(full, text, RK.PARTICIPATES)
    assert ("兰州新区精细化工产业园", "省级绿色园区试点") in joined
    assert not any(zone == "兰州新区" for zone, _ in joined)
    fields = canonical_pairs(full, text, RK.INDUSTRY)
    assert {("兰州新区精细化工产业园", "化工新材料"), ("兰州新区精细化工产业园", "医药中间体")} <= fields
    assert not any(zone == "兰州新区" for zone, _ in fields)
