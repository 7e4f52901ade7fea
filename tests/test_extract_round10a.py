"""The holdout10 round's zone, industry, programme and event causes (q10a): sentences written for these
tests, with other places, fields and people than the set's."""

from __future__ import annotations

from extracting import found, run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def canonical_pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    _, relations = run(extractor, text)
    return {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind}


# ------------------------------------------------ a zone named after a bay, port or lake (no place before)

def test_a_zone_named_after_a_bay_or_port_is_a_zone(extractor: Extractor) -> None:
    text = ("6月3日，省长调研组先后来到漳州高新区和东山湾南岸经济开发区。"
            "青龙港新区要加快建设总投资12亿元的冷链物流园项目。")
    zones = found(extractor, text, ET.ZONE)
    assert "东山湾南岸经济开发区" in zones
    assert "青龙港新区" in zones
    assert ("冷链物流园项目", "青龙港新区") in canonical_pairs(extractor, text, RK.PROJECT_ZONE)


def test_a_category_of_coastal_zones_is_no_zone(extractor: Extractor) -> None:
    text = "沿海经济开发区和临港新区要发挥开放优势，全省各港新区加快建设。"
    zones = found(extractor, text, ET.ZONE)
    assert not any(z.startswith(("沿海", "临港", "全省")) for z in zones)
