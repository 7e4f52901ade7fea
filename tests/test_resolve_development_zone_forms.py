"""X开发区 written for the one economic development zone X经济技术开发区 / X经济开发区 of a batch (from the
holdout13 round on zones): resolved as one zone, and never when two such zones share the head."""

from __future__ import annotations

from kg.model import Article, EntityType, Mention
from kg.resolve import resolve

ET = EntityType


def test_a_development_zone_written_as_x_kaifaqu_is_the_same_zone() -> None:
    article = Article(id="a", source="t", text="x")
    full = Mention("宝坻经济技术开发区", ET.ZONE, 0, 9, "a")
    short = Mention("宝坻开发区", ET.ZONE, 20, 25, "a")
    zones = [e for e in resolve([article], [full, short], [], gazetteer=None) if e.cls is ET.ZONE]
    assert [e.label for e in zones] == ["宝坻经济技术开发区"]


def test_two_development_zones_share_no_short_form() -> None:
    article = Article(id="a", source="t", text="x")
    mentions = [Mention("宝坻经济技术开发区", ET.ZONE, 0, 9, "a"),
                Mention("宝坻经济开发区", ET.ZONE, 10, 17, "a"), Mention("宝坻开发区", ET.ZONE, 20, 25, "a")]
    zones = [e for e in resolve([article], mentions, [], gazetteer=None) if e.cls is ET.ZONE]
    assert len(zones) == 3
