"""Resolution: hand-built mentions → one entity per real thing, with stable keys."""

from __future__ import annotations

import pytest

from kg.gazetteer import Area, BodyEntry, Gazetteer, ZoneEntry
from kg.iri import mint
from kg.model import Article, Entity, EntityType, Mention, Relation, RelationKind
from kg.resolve import Namer, entity_index, resolve, strip_legal

ET = EntityType

TEXT_1 = ("本报讯 近日，株洲高新区与江岸澜图集团有限公司签订投资合作协议，"
          "江岸澜图智能装备产业园项目正式落户。该项目总投资32亿元。"
          "株洲高新区管委会副主任刘明远与江岸澜图集团董事长赵启航代表双方签约。"
          "江岸澜图表示，将把株洲国家高新技术产业开发区作为华中总部所在地。")
TEXT_2 = ("本报讯 南宁高新区（西乡塘）日前与盛华科技（北京）有限公司签约。"
          "盛华科技(北京)有限公司将在园区建设研发中心。"
          "广西壮族自治区发展和改革委员会、广西发改委有关负责人出席。"
          "《关于加快科技创新的若干意见》同日发布，"
          "关于加快科技创新的若干意见明确了支持方向。")


def gazetteer() -> Gazetteer:
    return Gazetteer(
        areas=(Area("湖南省", "湖南", "province", None),
               Area("株洲市", "株洲", "city", "湖南省"),
               Area("广西壮族自治区", "广西", "province", None),
               Area("南宁市", "南宁", "city", "广西壮族自治区")),
        zones=(ZoneEntry("株洲高新技术产业开发区", ("株洲高新区", "株洲国家高新区"), "hightech",
                         "株洲市", "湖南省"),),
        bodies=(BodyEntry("科学技术部", ("科技部",), None, "national"),),
        industries=(), titles=(), surnames=(), dept_suffixes=(("发改委", "发展和改革委员会"),),
    )


def article(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text)


def m(art: Article, text: str, cls: EntityType, nth: int = 0, canonical: str | None = None) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = art.text.index(text, start + 1)
    return Mention(text=text, cls=cls, start=start, end=start + len(text), article=art.id,
                   canonical=canonical)


def one(entities: tuple[Entity, ...], cls: EntityType, label: str) -> Entity:
    found = [e for e in entities if e.cls is cls and (e.label == label or label in e.alt_labels)]
    assert len(found) == 1, (label, found)
    return found[0]


A1, A2 = article("a1", TEXT_1), article("a2", TEXT_2)


def test_strip_legal_suffixes() -> None:
    assert strip_legal("江岸澜图集团有限公司") == "江岸澜图"
    assert strip_legal("启明星控股股份有限公司") == "启明星"
    assert strip_legal("集团") == "集团"  # never below two characters


def test_company_full_and_short_names_are_one_entity() -> None:
    mentions = [m(A1, "江岸澜图集团有限公司", ET.COMPANY), m(A1, "江岸澜图集团", ET.COMPANY),
                m(A1, "江岸澜图", ET.COMPANY, nth=3)]
    entities = resolve([A1], mentions, [], gazetteer=gazetteer())
    companies = [e for e in entities if e.cls is ET.COMPANY]
    assert len(companies) == 1
    company = companies[0]
    assert company.label == "江岸澜图集团有限公司"
    assert company.alt_labels == ("江岸澜图", "江岸澜图集团")
    assert company.key == "江岸澜图"
    assert set(company.mentions) == set(mentions)


def test_a_project_keeps_the_name_printed_before_its_owner_was_taken_off() -> None:
    printed = m(A1, "江岸澜图智能装备产业园项目", ET.PROJECT)
    project = Mention(text="智能装备产业园项目", cls=ET.PROJECT, start=printed.start + 4, end=printed.end,
                      article=A1.id, canonical="智能装备产业园项目", attrs=(("fuller", printed.text),))
    entity = one(resolve([A1], [project], [], gazetteer=gazetteer()), ET.PROJECT, "智能装备产业园项目")
    assert entity.label == "江岸澜图智能装备产业园项目"
    assert entity.alt_labels == ("智能装备产业园项目",)


def test_width_variants_and_book_title_marks_merge() -> None:
    mentions = [m(A2, "盛华科技（北京）有限公司", ET.COMPANY), m(A2, "盛华科技(北京)有限公司", ET.COMPANY),
                m(A2, "《关于加快科技创新的若干意见》", ET.POLICY),
                m(A2, "关于加快科技创新的若干意见", ET.POLICY, nth=1)]
    entities = resolve([A2], mentions, [], gazetteer=None)
    company = one(entities, ET.COMPANY, "盛华科技（北京）有限公司")
    assert "盛华科技(北京)有限公司" in company.alt_labels
    policy = one(entities, ET.POLICY, "关于加快科技创新的若干意见")
    assert policy.label == "关于加快科技创新的若干意见"  # the name alone, marks dropped
    assert len([e for e in entities if e.cls is ET.POLICY]) == 1


def test_zone_committee_and_zone_aliases_are_the_zone() -> None:
    mentions = [m(A1, "株洲高新区", ET.ZONE), m(A1, "株洲高新区管委会", ET.GOVERNMENT_BODY),
                m(A1, "株洲国家高新技术产业开发区", ET.ZONE)]
    for gz in (gazetteer(), None):
        entities = resolve([A1], mentions, [], gazetteer=gz)
        zones = [e for e in entities if e.cls is ET.ZONE]
        assert len(zones) == 1
        assert not [e for e in entities if e.cls is ET.GOVERNMENT_BODY]
        assert zones[0].label == "株洲国家高新技术产业开发区"  # the longest form the text gives
        assert "株洲高新区" in zones[0].alt_labels


def test_zone_with_parenthesised_district_is_the_zone() -> None:
    art = article("a3", "南宁高新区（西乡塘）推进项目建设，南宁高新区今年新签约项目十个。"
                        "西乡塘辖区内企业增多。")
    mentions = [m(art, "南宁高新区（西乡塘）", ET.ZONE), m(art, "南宁高新区", ET.ZONE, nth=1),
                m(art, "西乡塘", ET.ZONE, nth=1)]
    entities = resolve([art], mentions, [], gazetteer=None)
    zones = [e for e in entities if e.cls is ET.ZONE]
    assert len(zones) == 1
    assert zones[0].label == "南宁高新区（西乡塘）"
    assert set(zones[0].alt_labels) == {"南宁高新区", "西乡塘"}


def test_development_commission_forms_merge() -> None:
    art = article("a4", "广西壮族自治区发展和改革委员会印发通知。广西发改委表示，"
                        "广西壮族自治区发展改革委将加强指导。")
    mentions = [m(art, "广西壮族自治区发展和改革委员会", ET.GOVERNMENT_BODY),
                m(art, "广西发改委", ET.GOVERNMENT_BODY),
                m(art, "广西壮族自治区发展改革委", ET.GOVERNMENT_BODY)]
    entities = resolve([art], mentions, [], gazetteer=gazetteer())
    bodies = [e for e in entities if e.cls is ET.GOVERNMENT_BODY]
    assert len(bodies) == 1
    assert bodies[0].label == "广西壮族自治区发展和改革委员会"
    assert bodies[0].key == "广西壮族自治区发改委"


def test_gazetteer_body_alias_keys_on_gazetteer_name() -> None:
    art = article("a5", "科技部日前发布通知，科学技术部将组织评估。")
    mentions = [m(art, "科技部", ET.GOVERNMENT_BODY), m(art, "科学技术部", ET.GOVERNMENT_BODY)]
    (body,) = resolve([art], mentions, [], gazetteer=gazetteer())
    assert body.key == "科学技术部" and body.label == "科学技术部" and body.alt_labels == ("科技部",)


def test_ambiguous_short_form_is_not_merged() -> None:
    art = article("a6", "星辰电子科技有限公司与星辰电子材料有限公司同日签约，星辰电子负责人出席。")
    mentions = [m(art, "星辰电子科技有限公司", ET.COMPANY), m(art, "星辰电子材料有限公司", ET.COMPANY),
                m(art, "星辰电子", ET.COMPANY, nth=2)]
    entities = resolve([art], mentions, [], gazetteer=None)
    assert sorted(e.label for e in entities) == ["星辰电子", "星辰电子材料有限公司", "星辰电子科技有限公司"]


def test_place_less_company_name_merges_only_when_unique() -> None:
    art = article("a7", "南宁星汉云数据有限公司落户园区。星汉云数据有限公司负责运营，星汉云数据表示满意。")
    mentions = [m(art, "南宁星汉云数据有限公司", ET.COMPANY), m(art, "星汉云数据有限公司", ET.COMPANY, nth=1),
                m(art, "星汉云数据", ET.COMPANY, nth=2)]
    (company,) = resolve([art], mentions, [], gazetteer=gazetteer())
    assert company.label == "南宁星汉云数据有限公司"
    # two local companies of the same bare name stay apart, and the bare name is not merged
    art2 = article("a8", "南宁城投集团与株洲城投集团签约，城投集团表示。")
    mentions2 = [m(art2, "南宁城投集团", ET.COMPANY), m(art2, "株洲城投集团", ET.COMPANY),
                 m(art2, "城投集团", ET.COMPANY, nth=2)]
    assert len(resolve([art2], mentions2, [], gazetteer=gazetteer())) == 3


def test_different_people_and_classes_stay_apart() -> None:
    art = article("a9", "刘明远、赵启航出席。株洲高新区与株洲市签约。")
    mentions = [m(art, "刘明远", ET.PERSON), m(art, "赵启航", ET.PERSON), m(art, "株洲高新区", ET.ZONE),
                m(art, "株洲市", ET.AREA)]
    entities = resolve([art], mentions, [], gazetteer=None)
    assert sorted((e.cls.value, e.label) for e in entities) == [
        ("AdministrativeArea", "株洲市"), ("Person", "刘明远"), ("Person", "赵启航"), ("Zone", "株洲高新区")]


def test_references_link_to_the_named_thing_and_never_label() -> None:
    project = m(A1, "江岸澜图智能装备产业园项目", ET.PROJECT)
    ref = m(A1, "该项目", ET.PROJECT)
    both = m(A1, "双方", ET.COMPANY)
    entities = resolve([A1], [project, ref, both], [], gazetteer=None)
    (entity,) = entities
    assert entity.label == "江岸澜图智能装备产业园项目" and entity.alt_labels == ()
    assert entity_index(entities)[ref] is entity


def test_reference_with_canonical_from_the_extractor() -> None:
    ref = m(A1, "该项目", ET.PROJECT, canonical="江岸澜图智能装备产业园项目")
    (entity,) = resolve([A1], [ref], [], gazetteer=None)
    assert entity.label == "江岸澜图智能装备产业园项目"


def test_mentions_only_in_relations_are_resolved() -> None:
    person, title = m(A1, "刘明远", ET.PERSON), m(A1, "副主任", ET.TITLE)
    zone = m(A1, "株洲高新区管委会", ET.ZONE)
    args = (("person", person), ("title", title), ("org", zone))
    relation = Relation(RelationKind.POST, args, "a1", 50, 90)
    entities = resolve([A1], [], [relation], gazetteer=None)
    assert sorted((e.cls.value, e.label) for e in entities) == [
        ("Person", "刘明远"), ("Zone", "株洲高新区管委会")]
    index = entity_index(entities)
    assert title not in index and index[zone].key == "株洲高新区"


def test_areas_and_gazetteer_locations_chain_upwards() -> None:
    art = article("b1", "株洲高新区位于株洲，是株洲市的重要增长极。")
    mentions = [m(art, "株洲高新区", ET.ZONE), m(art, "株洲", ET.AREA, nth=1), m(art, "株洲市", ET.AREA)]
    entities = resolve([art], mentions, [], gazetteer=gazetteer())
    city = one(entities, ET.AREA, "株洲市")
    assert city.alt_labels == ("株洲",) and city.articles == ("b1",)
    province = one(entities, ET.AREA, "湖南省")
    assert province.articles == () and province.alt_labels == ("湖南",)
    zone = one(entities, ET.ZONE, "株洲高新区")
    assert dict(zone.attrs)["located_in"] == city.key
    assert dict(city.attrs)["located_in"] == province.key


def test_zone_city_from_its_name_when_not_on_the_list() -> None:
    art = article("b2", "南宁经开区加快发展。")
    entities = resolve([art], [m(art, "南宁经开区", ET.ZONE)], [], gazetteer=gazetteer())
    zone = one(entities, ET.ZONE, "南宁经开区")
    assert dict(zone.attrs)["located_in"] == "南宁市"
    assert one(entities, ET.AREA, "南宁市").attrs == (("located_in", "广西壮族自治区"),)


def test_agreements_are_not_merged_across_articles() -> None:
    b1 = article("c1", "双方签订投资合作协议。")
    b2 = article("c2", "两家企业签订投资合作协议。")
    mentions = [m(b1, "投资合作协议", ET.AGREEMENT), m(b2, "投资合作协议", ET.AGREEMENT)]
    entities = resolve([b1, b2], mentions, [], gazetteer=None)
    assert len(entities) == 2 and {e.label for e in entities} == {"投资合作协议"}


def _keys(entities: tuple[Entity, ...]) -> dict[tuple[str, str], str]:
    """(class, each label form) → IRI."""
    return {(e.cls.value, form): str(mint(e.cls.value, e.key))
            for e in entities for form in (e.label, *e.alt_labels)}


@pytest.mark.parametrize("gz", [gazetteer(), None], ids=["gazetteer", "none"])
def test_keys_are_stable_when_articles_are_added_or_reordered(gz: Gazetteer | None) -> None:
    first = [m(A1, "株洲高新区", ET.ZONE), m(A1, "江岸澜图集团有限公司", ET.COMPANY),
             m(A1, "刘明远", ET.PERSON)]
    second = [m(A2, "南宁高新区（西乡塘）", ET.ZONE), m(A2, "盛华科技（北京）有限公司", ET.COMPANY)]
    later = article("a10", "株洲国家高新技术产业开发区与江岸澜图集团签约，江岸澜图将扩大投资。")
    third = [m(later, "株洲国家高新技术产业开发区", ET.ZONE), m(later, "江岸澜图集团", ET.COMPANY),
             m(later, "江岸澜图", ET.COMPANY, nth=1)]
    alone = _keys(resolve([A1], first, [], gazetteer=gz))
    grown = _keys(resolve([A1, A2, later], first + second + third, [], gazetteer=gz))
    reordered = _keys(resolve([later, A2, A1], third[::-1] + second + first[::-1], [], gazetteer=gz))
    assert grown == reordered
    for form, iri in alone.items():
        assert grown[form] == iri
    assert grown[("Company", "江岸澜图")] == alone[("Company", "江岸澜图集团有限公司")]
    assert grown[("Zone", "株洲国家高新技术产业开发区")] == alone[("Zone", "株洲高新区")]


def test_output_is_sorted_and_deterministic() -> None:
    mentions = [m(A2, "盛华科技（北京）有限公司", ET.COMPANY), m(A1, "株洲高新区", ET.ZONE),
                m(A1, "刘明远", ET.PERSON)]
    once = resolve([A1, A2], mentions, [], gazetteer=gazetteer())
    again = resolve([A2, A1], mentions[::-1], [], gazetteer=gazetteer())
    assert once == again
    assert [(e.cls.value, e.key) for e in once] == sorted((e.cls.value, e.key) for e in once)


def test_namer_cores() -> None:
    namer = Namer(gazetteer())
    assert namer.core(ET.ZONE, "株洲市高新区") == namer.core(ET.ZONE, "株洲高新区管委会") == "株洲高新区"
    assert namer.core(ET.INDUSTRY, "新能源汽车产业") == "新能源汽车"
    assert namer.core(ET.PROJECT, "智能装备产业园项目") == "智能装备产业园"
    assert namer.core(ET.AREA, "南宁") == "南宁市"
    assert Namer(None).core(ET.AREA, "柳州市") == Namer(None).core(ET.AREA, "柳州")


def test_full_company_name_is_not_merged_into_its_subsidiary() -> None:
    art = article("d1", "江岸澜图集团有限公司旗下江岸澜图华中区域公司负责建设。")
    mentions = [m(art, "江岸澜图集团有限公司", ET.COMPANY), m(art, "江岸澜图华中区域公司", ET.COMPANY)]
    entities = resolve([art], mentions, [], gazetteer=None)
    assert sorted(e.label for e in entities) == ["江岸澜图华中区域公司", "江岸澜图集团有限公司"]


def test_only_zone_designations_take_the_city_of_their_name() -> None:
    art = article("d2", "株洲科学城与南宁高新区、广西自贸区同日发布消息。")
    mentions = [m(art, "株洲科学城", ET.ZONE), m(art, "南宁高新区", ET.ZONE), m(art, "广西自贸区", ET.ZONE)]
    entities = resolve([art], mentions, [], gazetteer=gazetteer())
    located = {e.label: dict(e.attrs).get("located_in") for e in entities if e.cls is ET.ZONE}
    assert located == {"株洲科学城": None, "南宁高新区": "南宁市", "广西自贸区": None}


def test_a_later_agreement_reference_joins_the_named_agreement() -> None:
    art = article("d3", "双方签订战略合作协议。根据协议，双方将共建实验室。")
    named = m(art, "战略合作协议", ET.AGREEMENT)
    ref = Mention("协议", ET.AGREEMENT, art.text.index("根据协议") + 2, art.text.index("根据协议") + 4, "d3",
                  canonical="甲、乙协议")
    (agreement,) = resolve([art], [named, ref], [], gazetteer=None)
    assert agreement.label == "战略合作协议" and set(agreement.mentions) == {named, ref}


def test_distinct_mentions_keep_the_first_of_equal_mentions_in_order() -> None:
    from kg.resolve import _distinct_mentions
    a1 = Mention(text="株洲高新区", cls=ET.ZONE, start=0, end=5, article="x")
    a2 = Mention(text="株洲高新区", cls=ET.ZONE, start=0, end=5, article="x")  # equal to a1
    b = Mention(text="株洲高新区", cls=ET.AREA, start=0, end=5, article="x")  # another class
    c = Mention(text="株洲高新区", cls=ET.ZONE, start=0, end=5, article="x", attrs=(("k", "v"),))
    title = Mention(text="主任", cls=ET.TITLE, start=9, end=11, article="x")
    blank = Mention(text=" ", cls=ET.ZONE, start=12, end=13, article="x")
    relation = Relation(kind=RelationKind.POST, args=(("org", a2), ("title", title), ("x", c)),
                        article="x", evidence_start=0, evidence_end=13)
    found, _, spots_distinct = _distinct_mentions([b, a2, a1, blank, b], [relation])
    assert found == [b, a2, c] and found[1] is a2 and not spots_distinct


def test_classify_is_effective_class_and_reference_per_mention() -> None:
    from kg.resolve import _classify, _effective_cls, _is_reference, _trusted
    namer = Namer(gazetteer())
    mentions = [Mention(text=t, cls=c, start=i, end=i + 1, article="x", canonical=canonical)
                for i, (t, c, canonical) in enumerate([
                    ("株洲高新区管委会", ET.GOVERNMENT_BODY, None), ("该项目", ET.PROJECT, None),
                    ("株洲高新区管委会", ET.ORGANIZATION, None), ("该项目", ET.COMPANY, None),
                    ("株洲高新区管委会", ET.GOVERNMENT_BODY, None), ("双方", ET.COMPANY, None),
                    ("该项目", ET.PROJECT, "锂电池项目"), ("协议", ET.AGREEMENT, "甲乙协议")])]
    typed = [(m, _effective_cls(namer, m), _is_reference(m)) for m in mentions]
    named, refs, ref_ids = _classify(namer, mentions)
    assert named == [(m, c) for m, c, ref in typed if not ref or _trusted(m, c)]
    assert refs == [(m, c) for m, c, ref in typed if ref and not _trusted(m, c)]
    assert ref_ids == {id(m) for m, _, ref in typed if ref}
    assert [c for _, c, _ in typed][:3] == [ET.ZONE, ET.PROJECT, ET.ZONE]
    assert len(named) == 5 and len(refs) == 3  # a 该项目 with a canonical name is named, an 协议 never


def test_zone_parents_finds_arguments_by_identity_or_by_equality() -> None:
    from dataclasses import replace

    from kg.resolve import _zone_parents
    art = article("d5", "星湖工业园是株洲高新区的园区。")
    park, zone = m(art, "星湖工业园", ET.ZONE), m(art, "株洲高新区", ET.ZONE)
    part_of = Relation(kind=RelationKind.PART_OF, args=(("child", park), ("parent", zone)), article="d5",
                       evidence_start=0, evidence_end=len(art.text))
    entities = resolve([art], [park, zone], [part_of], gazetteer=None)
    index = entity_index(entities)
    expected = {index[park].key: [index[zone]]}
    assert _zone_parents(entities, [part_of]) == expected
    copies = replace(part_of, args=(("child", replace(park)), ("parent", replace(zone))))  # equal copies
    assert copies.args[0][1] is not park and _zone_parents(entities, [copies]) == expected
    assert _zone_parents(entities, []) == {}


def test_distinct_mentions_rows_are_the_fields_of_the_mentions_found() -> None:
    from kg.resolve import _distinct_mentions, _identity
    a1 = Mention(text="株洲高新区", cls=ET.ZONE, start=0, end=5, article="x")
    a2 = Mention(text="株洲高新区", cls=ET.ZONE, start=0, end=5, article="x")  # equal to a1
    spot = Mention(text="株洲高新区", cls=ET.AREA, start=0, end=5, article="x")  # same spot, unequal
    other = Mention(text="江岸澜图", cls=ET.COMPANY, start=7, end=11, article="x", canonical="江岸澜图集团")
    for mentions in ([a1, a2, spot, other], [other, spot], [a2, other, a1]):
        found, rows, _ = _distinct_mentions(mentions, [])
        assert rows == [_identity(m) for m in found]
    assert _distinct_mentions([a2, other, a1], [])[0][0] is a2


def test_entity_of_items_sorts_them_by_place_with_ties_in_the_order_given() -> None:
    from kg.resolve import _distinct_mentions, _entity, _items, _sort_key
    mentions = [Mention("株洲高新区", ET.ZONE, 6, 11, "d9", canonical="株洲高新区"),
                Mention("株洲高新区", ET.ZONE, 0, 5, "d9"),
                Mention("株洲国家高新区", ET.ZONE, 6, 13, "d9"),
                Mention("株洲高新区", ET.ZONE, 0, 5, "d8", attrs=(("fuller", "株洲高新技术产业开发区"),)),
                Mention("株洲高新区", ET.ZONE, 0, 5, "d9", canonical="株洲高新技术产业开发区")]
    items = _items(*_distinct_mentions(mentions, [])[:2])
    assert [item[-1] for item in items] == mentions
    namer = Namer(gazetteer())
    entity = _entity(namer, ET.ZONE, "株洲高新区", items, set())
    assert list(entity.mentions) == sorted(mentions, key=_sort_key)  # a stable sort: ties as given
    assert entity.mentions[1] is mentions[1] and entity.mentions[2] is mentions[4]
    assert entity.articles == ("d8", "d9") and entity.label == "株洲高新技术产业开发区"
    assert entity.alt_labels == ("株洲国家高新区", "株洲高新区")
    backwards = _entity(namer, ET.ZONE, "株洲高新区", items[::-1], set())
    assert backwards == entity and backwards.mentions[1] is mentions[4]


def test_resolve_returns_resolved_entities() -> None:
    from kg.model import Resolved
    art = article("d1", TEXT_1)
    entities = resolve([art], [m(art, "株洲高新区", ET.ZONE)], [], gazetteer=gazetteer())
    assert isinstance(entities, Resolved) and entities == tuple(entities)
