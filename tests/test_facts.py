"""The RDF of entities and facts: exact triples per relation kind, and evidence for every fact."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import ORG, PROV, XSD

from kg import graph as rdf
from kg.export import turtle
from kg.facts import (
    MentionLookup,
    add_facts,
    decimal_lexical,
    entity_iri,
    fact_triples,
    int_literal,
    mention_index,
    plain_literal,
    sentence_bounds,
    zh_literal,
)
from kg.model import Article, BuildResult, Entity, EntityType, Mention, Relation, RelationKind
from kg.namespace import HK
from kg.resolve import resolve

ET, RK = EntityType, RelationKind

TEXT = ("本报讯 近日，株洲高新区与江岸澜图集团有限公司签订投资合作协议，"
        "江岸澜图智能装备产业园项目落户株洲高新区，总投资32亿元。"
        "株洲高新区党工委委员、管委会副主任刘明远与江岸澜图集团董事长赵启航代表双方签约。"
        "株洲高新区坚持把轨道交通装备、新能源汽车作为主导产业。"
        "湖南省科技厅印发《关于支持创新型产业集群发展的通知》，株洲高新区入选创新型产业集群试点。"
        "株洲高新区位于株洲市。成果转化处隶属湖南省科技厅。星汉产业园是株洲高新区的园中园。")
ARTICLE = Article(id="t1", source="examples/t1.txt", text=TEXT, titles=("株洲高新区签下32亿元项目",))

PREFIXES = """
PREFIX hk: <https://w3id.org/hitech-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def m(text: str, cls: EntityType, nth: int = 0, article: Article = ARTICLE) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(text, start + 1)
    return Mention(text=text, cls=cls, start=start, end=start + len(text), article=article.id)


def sentence(needle: str, article: Article = ARTICLE) -> tuple[int, int]:
    """Offsets of the sentence (up to and including 。) holding ``needle``."""
    at = article.text.index(needle)
    start = article.text.rfind("。", 0, at) + 1
    return start, article.text.index("。", at) + 1


def rel(kind: RelationKind, args: list[tuple[str, Mention]], needle: str, value: str | None = None,
        article: Article = ARTICLE) -> Relation:
    start, end = sentence(needle, article)
    return Relation(kind, tuple(args), article.id, start, end, value)


ZONE = m("株洲高新区", ET.ZONE)
COMPANY = m("江岸澜图集团有限公司", ET.COMPANY)
COMPANY_SHORT = m("江岸澜图集团", ET.COMPANY, nth=1)
PROJECT = m("江岸澜图智能装备产业园项目", ET.PROJECT)
AGREEMENT = m("投资合作协议", ET.AGREEMENT)
LIU, ZHAO = m("刘明远", ET.PERSON), m("赵启航", ET.PERSON)
BODY = m("湖南省科技厅", ET.GOVERNMENT_BODY)
POLICY = m("关于支持创新型产业集群发展的通知", ET.POLICY)
PILOT = m("创新型产业集群试点", ET.POLICY)
CITY = m("株洲市", ET.AREA)
OFFICE = m("成果转化处", ET.GOVERNMENT_BODY)
PARK = m("星汉产业园", ET.ZONE)
RAIL, EV = m("轨道交通装备", ET.INDUSTRY), m("新能源汽车", ET.INDUSTRY)

RELATIONS = (
    rel(RK.POST, [("person", LIU), ("title", m("党工委委员", ET.TITLE)), ("org", ZONE)], "刘明远"),
    rel(RK.POST, [("person", LIU), ("title", m("管委会副主任", ET.TITLE)), ("org", ZONE)], "刘明远"),
    rel(RK.POST, [("person", ZHAO), ("title", m("董事长", ET.TITLE)), ("org", COMPANY_SHORT)], "赵启航"),
    rel(RK.INDUSTRY, [("zone", ZONE), ("industry", RAIL)], "轨道交通装备"),
    rel(RK.INDUSTRY, [("zone", ZONE), ("industry", EV)], "轨道交通装备"),
    rel(RK.INVESTOR, [("project", PROJECT), ("company", COMPANY)], "落户"),
    rel(RK.PROJECT_ZONE, [("project", PROJECT), ("zone", ZONE)], "落户"),
    rel(RK.AMOUNT, [("project", PROJECT)], "32亿元", value="3.2E+9"),
    rel(RK.AGREEMENT, [("agreement", AGREEMENT), ("party", ZONE), ("party", COMPANY),
                       ("signatory", LIU), ("signatory", ZHAO)], "投资合作协议"),
    rel(RK.ISSUED_BY, [("policy", POLICY), ("body", BODY)], "印发"),
    rel(RK.PARTICIPATES, [("zone", ZONE), ("policy", PILOT)], "入选"),
    rel(RK.LOCATED_IN, [("zone", ZONE), ("area", CITY)], "位于"),
    rel(RK.SUBORG, [("child", OFFICE), ("parent", BODY)], "隶属"),
    rel(RK.PART_OF, [("park", PARK), ("zone", ZONE)], "园中园"),
)


def build(relations: tuple[Relation, ...] = RELATIONS,
          articles: tuple[Article, ...] = (ARTICLE,)) -> BuildResult:
    mentions = tuple(mention for r in relations for _, mention in r.args)
    entities = resolve(articles, mentions, relations, gazetteer=None)
    return BuildResult(articles=articles, mentions=mentions, relations=relations, entities=entities)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return rdf.to_rdf(build())


def ask(graph: Graph, query: str, **bindings) -> bool:
    return bool(graph.query(PREFIXES + "ASK {" + query + "}", initBindings=bindings).askAnswer)


def node(text: str, cls: EntityType) -> object:
    entities = [e for e in build().entities if e.cls is cls and text in (e.label, *e.alt_labels)]
    assert len(entities) == 1, (text, entities)
    return entity_iri(entities[0])


def test_entities_have_class_labels_and_articles(graph: Graph) -> None:
    company = node("江岸澜图集团有限公司", ET.COMPANY)
    assert ask(graph, """?c a hk:Company ; rdfs:label "江岸澜图集团有限公司"@zh ;
                       skos:altLabel "江岸澜图集团"@zh ; hk:mentionedIn ?a . ?a a hk:Article""", c=company)
    zone = node("株洲高新区", ET.ZONE)
    assert ask(graph, '?z a hk:Zone ; rdfs:label "株洲高新区"@zh', z=zone)
    assert {str(o) for o in graph.objects(zone, RDFS.label)} == {"株洲高新区"}


def test_posts_one_per_title(graph: Graph) -> None:
    liu, zone = node("刘明远", ET.PERSON), node("株洲高新区", ET.ZONE)
    rows = graph.query(PREFIXES + """SELECT ?title WHERE { ?p org:holds ?post . ?post a org:Post ;
        org:postIn ?z ; org:role ?role ; prov:wasDerivedFrom ?a . ?role a org:Role ; rdfs:label ?title .
        ?a a hk:Article }""", initBindings={"p": liu, "z": zone})
    assert sorted(str(r.title) for r in rows) == ["党工委委员", "管委会副主任"]
    zhao, company = node("赵启航", ET.PERSON), node("江岸澜图集团有限公司", ET.COMPANY)
    assert ask(graph, '?p org:holds [ org:postIn ?c ; org:role [ rdfs:label "董事长"@zh ] ]',
               p=zhao, c=company)


def test_industries_are_concepts_in_the_scheme(graph: Graph) -> None:
    zone = node("株洲高新区", ET.ZONE)
    rows = graph.query(PREFIXES + """SELECT ?label WHERE { ?z hk:developsIndustry ?i .
        ?i a hk:Industry, skos:Concept ;
        skos:inScheme <https://w3id.org/hitech-kg/id/scheme/industries> ; rdfs:label ?label }""",
                       initBindings={"z": zone})
    assert sorted(str(r.label) for r in rows) == ["新能源汽车", "轨道交通装备"]
    assert ask(graph, "<https://w3id.org/hitech-kg/id/scheme/industries> a skos:ConceptScheme")


def test_project_investor_zone_and_amount(graph: Graph) -> None:
    project = node("江岸澜图智能装备产业园项目", ET.PROJECT)
    company, zone = node("江岸澜图集团有限公司", ET.COMPANY), node("株洲高新区", ET.ZONE)
    assert ask(graph, "?p a hk:Project ; hk:investor ?c ; hk:locatedIn ?z ; "
                      "prov:wasDerivedFrom ?a . ?a a hk:Article",
               p=project, c=company, z=zone)
    (amount,) = list(graph.objects(project, HK.investmentCNY))
    assert amount.datatype == XSD.decimal and Decimal(str(amount)) == Decimal("3200000000")
    assert "." not in str(amount) and "E" not in str(amount)


def test_agreement_parties_and_signatories(graph: Graph) -> None:
    rows = graph.query(PREFIXES + """SELECT ?a ?party ?signatory WHERE { ?a a hk:Agreement ;
        hk:party ?party ; hk:signatory ?signatory ; prov:wasDerivedFrom ?art }""")
    agreements = {r.a for r in rows}
    assert len(agreements) == 1
    assert {r.party for r in rows} == {node("株洲高新区", ET.ZONE), node("江岸澜图集团有限公司", ET.COMPANY)}
    assert {r.signatory for r in rows} == {node("刘明远", ET.PERSON), node("赵启航", ET.PERSON)}


def test_agreement_without_a_name_gets_a_node_per_sentence() -> None:
    relation = rel(RK.AGREEMENT, [("party", ZONE), ("party", COMPANY)], "投资合作协议")
    graph = rdf.to_rdf(build((relation,)))
    rows = list(graph.query(PREFIXES + "SELECT ?a ?label WHERE { ?a a hk:Agreement ; rdfs:label ?label ; "
                                       "hk:party ?p }"))
    assert len({r.a for r in rows}) == 1 and len(rows) == 2


@pytest.mark.parametrize(("subject", "predicate", "obj"), [
    (("关于支持创新型产业集群发展的通知", ET.POLICY), HK.issuedBy, ("湖南省科技厅", ET.GOVERNMENT_BODY)),
    (("株洲高新区", ET.ZONE), HK.participatesIn, ("创新型产业集群试点", ET.POLICY)),
    (("株洲高新区", ET.ZONE), HK.locatedIn, ("株洲市", ET.AREA)),
    (("成果转化处", ET.GOVERNMENT_BODY), ORG.subOrganizationOf, ("湖南省科技厅", ET.GOVERNMENT_BODY)),
    (("星汉产业园", ET.ZONE), HK.partOf, ("株洲高新区", ET.ZONE)),
])
def test_binary_relations(graph: Graph, subject, predicate, obj) -> None:
    s, o = node(*subject), node(*obj)
    assert (s, predicate, o) in graph
    assert set(graph.objects(s, predicate)) == {o}


def test_every_fact_has_evidence_in_its_article(graph: Graph) -> None:
    facts = [(s, p, o) for s, p, o in graph if p in (
        ORG.holds, HK.developsIndustry, HK.investor, HK.locatedIn, HK.investmentCNY,
        HK.party, HK.signatory, HK.issuedBy, HK.participatesIn, ORG.subOrganizationOf, HK.partOf)]
    assert len(facts) >= 16
    body = str(next(graph.objects(rdf.article_iri(ARTICLE), rdf.SCHEMA.articleBody)))
    for s, p, o in facts:
        rows = list(graph.query(PREFIXES + """SELECT ?text ?start ?end WHERE { ?ev a hk:Evidence ;
            rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?a ;
            hk:evidenceText ?text ; hk:startOffset ?start ; hk:endOffset ?end }""",
                                initBindings={"s": s, "p": p, "o": o, "a": rdf.article_iri(ARTICLE)}))
        assert rows, (s, p, o)
        for row in rows:
            assert body[int(row.start):int(row.end)] == str(row.text)
            assert str(row.text).endswith("。")  # the whole sentence
            assert row.text.language == "zh"


def test_identical_facts_from_two_articles_are_one_triple_with_two_evidence_nodes() -> None:
    other = Article(id="t2", source="examples/t2.txt", text="据悉，株洲高新区坚持把新能源汽车作为主导产业。")
    second = Relation(RK.INDUSTRY, (("zone", m("株洲高新区", ET.ZONE, article=other)),
                                    ("industry", m("新能源汽车", ET.INDUSTRY, article=other))), "t2", 3, 24)
    graph = rdf.to_rdf(build((RELATIONS[4], second), (ARTICLE, other)))
    facts = list(graph.triples((None, HK.developsIndustry, None)))
    assert len(facts) == 1
    evidence = list(graph.subjects(RDF.type, HK.Evidence))
    assert len(evidence) == 2
    sources = {o for ev in evidence for o in graph.objects(ev, PROV.wasDerivedFrom)}
    assert sources == {rdf.article_iri(ARTICLE), rdf.article_iri(other)}


def test_unresolved_arguments_give_no_triples() -> None:
    ghost = Mention("某公司", ET.COMPANY, 0, 3, "t1")
    relation = rel(RK.INVESTOR, [("project", PROJECT), ("company", ghost)], "落户")
    result = build((relation,))
    result = BuildResult(articles=result.articles, relations=result.relations,
                         entities=tuple(e for e in result.entities if e.label != "某公司"))
    graph = add_facts(Graph(), result)
    assert not list(graph.triples((None, HK.investor, None)))
    assert not list(graph.subjects(RDF.type, HK.Evidence))


def test_gazetteer_locations_are_written() -> None:
    zone = Entity(key="株洲高新区", cls=ET.ZONE, label="株洲高新区", attrs=(("located_in", "株洲市"),))
    city = Entity(key="株洲市", cls=ET.AREA, label="株洲市", attrs=(("located_in", "湖南省"),))
    province = Entity(key="湖南省", cls=ET.AREA, label="湖南省")
    graph = add_facts(Graph(), BuildResult(articles=(), entities=(zone, city, province)))
    assert ask(graph, '?z hk:locatedIn ?c . ?c hk:locatedIn ?p . ?p rdfs:label "湖南省"@zh',
               z=entity_iri(zone), c=entity_iri(city))


def test_turtle_is_deterministic_whatever_the_order() -> None:
    shuffled = RELATIONS[::-1]
    assert turtle(rdf.to_rdf(build())) == turtle(rdf.to_rdf(build(shuffled)))


@pytest.mark.parametrize(("value", "expected"), [
    ("18600000000", "18600000000"), ("1.86E+10", "18600000000"), ("500000000.00", "500000000"),
    ("12.50", "12.5"), ("3,200,000", "3200000"), ("abc", None), ("", None)])
def test_decimal_lexical(value: str, expected: str | None) -> None:
    assert decimal_lexical(value) == expected


def test_amount_literal_keeps_its_lexical_form() -> None:
    graph = rdf.to_rdf(build((RELATIONS[7],)))
    (amount,) = list(graph.objects(None, HK.investmentCNY))
    assert amount == Literal("3200000000", datatype=XSD.decimal, normalize=False)


def test_sentence_bounds_fall_back_to_the_sentence() -> None:
    assert sentence_bounds("甲。乙丙。丁", 2, 5) == (2, 5)
    assert sentence_bounds("甲。乙丙。丁", 3, 99) == (2, 5)


def _attributes(literal: Literal) -> tuple:
    """Everything a ``Literal`` holds: its type, lexical form, slots and what rdflib derives from them."""
    slots = tuple((name, getattr(literal, name)) for name in Literal.__slots__)
    return (type(literal), str(literal), slots, type(literal.value), literal.n3(), hash(literal))


@pytest.mark.parametrize("text", ["株洲高新区", "", "  空格 ", "a\nb", "😀", "12", "true", "2024-01-01"])
def test_fast_literals_are_rdflib_literals(text: str) -> None:
    assert _attributes(zh_literal(text)) == _attributes(Literal(text, lang="zh"))
    assert zh_literal(text) == Literal(text, lang="zh")
    assert _attributes(plain_literal(text)) == _attributes(Literal(text))
    assert plain_literal(text) == Literal(text)


@pytest.mark.parametrize("value", [0, 1, 7, -3, 12345678901234567890, True, False])
def test_fast_integer_literals_are_rdflib_literals(value: int) -> None:
    assert _attributes(int_literal(value)) == _attributes(Literal(value))
    assert int_literal(value) == Literal(value)


def test_mention_lookup_resolves_like_the_equality_index() -> None:
    first = m("株洲高新区", ET.ZONE)
    twin = m("株洲高新区", ET.ZONE)  # equal to ``first``, another object
    company = m("江岸澜图集团有限公司", ET.COMPANY)
    one = Entity(key="一", cls=ET.ZONE, label="一", mentions=(first, company))
    other = Entity(key="二", cls=ET.ZONE, label="二", mentions=(twin,))  # later: wins for both
    index = mention_index([one, other])
    lookup = MentionLookup([one, other])
    stranger = m("湖南省科技厅", ET.GOVERNMENT_BODY)
    for mention in (first, twin, company, m("株洲高新区", ET.ZONE), stranger):
        assert lookup.get(mention) == index.get(mention)
    assert lookup.get(first) == entity_iri(other)
    assert lookup.get(company) == entity_iri(one)
    assert lookup.get(stranger) is None


def test_fact_triples_are_distinct_and_those_of_the_graph() -> None:
    result = build()
    triples = list(fact_triples(result.articles, result.entities, result.relations))
    assert len(triples) == len(set(triples))
    assert set(triples) == set(add_facts(Graph(), result))
    evidence = {s for s, p, o in triples if (s, RDF.type, HK.Evidence) in set(triples)}
    assert evidence and all(len([t for t in triples if t[0] == node]) == 8 for node in evidence)


def test_mention_lookup_without_twins_resolves_by_identity_and_by_equality() -> None:
    zone, company = m("株洲高新区", ET.ZONE), m("江岸澜图集团有限公司", ET.COMPANY)
    one = Entity(key="一", cls=ET.ZONE, label="一", mentions=(zone, company))
    other = Entity(key="二", cls=ET.COMPANY, label="二", mentions=(company,))  # the same object, later
    lookup = MentionLookup([one, other])
    index = mention_index([one, other])
    copy = m("株洲高新区", ET.ZONE)  # equal to ``zone``, not held by any entity
    for mention in (zone, company, copy, m("湖南省科技厅", ET.GOVERNMENT_BODY)):
        assert lookup.get(mention) == index.get(mention)
    assert lookup.get(copy) == entity_iri(one) and lookup.get(company) == entity_iri(other)


@pytest.mark.parametrize("fact, where", [
    ("https://w3id.org/x/A|https://w3id.org/p/developsIndustry|\"株洲高新区\"@zh|", "t1|3|40"),
    ("S|P|\"ΑΣ\"@zh|", "ΣΑ|1|2"),  # a final sigma on either side of the join
    ("S|P|\"ａｂ　Ｃ\"@zh|", "\u0301é x|1|2"),  # full width, spaces, a combining mark after the ``|``
    ("S|P|\"e\u0301\"|", "\u0327|Ⅻ|\t"),
])
def test_evidence_key_normalises_in_halves(fact: str, where: str) -> None:
    from kg.facts import _evidence_iri
    from kg.iri import digest, mint, normalise_key
    assert normalise_key(fact) + normalise_key(where) == normalise_key(fact + where)
    iri = _evidence_iri(normalise_key(fact), normalise_key(where))
    assert iri == mint("evidence", fact + where)
    assert str(iri).endswith(digest(normalise_key(fact + where)))


@pytest.mark.parametrize("pieces", [
    ("https://w3id.org/x/A", "https://w3id.org/p/developsIndustry", "<https://w3id.org/x/B>"),
    ("S", "P", "\"ΑΣ\"@zh"), ("Σ", "Σ", "Σ"),  # final sigmas at the joins
    ("S ", "\u0301P", "\"ａｂ　Ｃ\"@ZH"),  # spaces, a combining mark after a ``|``, full width
    ("e", "\u0327", "\"e\u0301\"^^<https://w3id.org/x/T>"),
])
def test_fact_key_of_normalised_pieces_is_that_of_the_whole(pieces: tuple[str, str, str]) -> None:
    from kg.facts import _fact_key
    from kg.iri import normalise_key
    s, p, o = pieces
    assert _fact_key(*map(normalise_key, pieces)) == normalise_key(f"{s}|{p}|{o}|")


def test_mention_lookup_of_arguments_gives_the_held_mentions_iris_by_identity() -> None:
    zone, company = m("株洲高新区", ET.ZONE), m("江岸澜图集团有限公司", ET.COMPANY)
    one = Entity(key="一", cls=ET.ZONE, label="一", mentions=(zone,))
    other = Entity(key="二", cls=ET.COMPANY, label="二", mentions=(company,))
    lookup = MentionLookup([one, other])
    copy = m("株洲高新区", ET.ZONE)  # equal to ``zone``, held by no entity: left to ``get``
    relations = [Relation(RK.INVESTOR, (("project", zone), ("investor", company)), "t1", 0, 10),
                 Relation(RK.LOCATED_IN, (("zone", copy),), "t1", 0, 10),
                 Relation(RK.LOCATED_IN, (), "t1", 0, 1)]
    assert lookup.of_arguments(relations) == [entity_iri(one), entity_iri(other), None]
    assert lookup.get(copy) == entity_iri(one)


def test_mention_lookup_of_resolved_entities_is_that_of_a_plain_tuple() -> None:
    from kg.model import Resolved
    result = build()
    assert isinstance(result.entities, Resolved)
    plain, marked = MentionLookup(tuple(result.entities)), MentionLookup(result.entities)
    mentions = [mention for relation in result.relations for _, mention in relation.args]
    assert [marked.get(x) for x in mentions] == [plain.get(x) for x in mentions]
    assert marked.of_arguments(result.relations) == plain.of_arguments(result.relations)


def test_args_by_role_is_args_per_prefix() -> None:
    from kg.facts import _AGREEMENT_ROLES, _POST_ROLES, _args, _args_by_role
    result = build()
    lookup = MentionLookup(result.entities)
    for relation in result.relations:
        iris = lookup.of_arguments([relation])
        for prefixes in (_POST_ROLES, _AGREEMENT_ROLES, ("project",)):
            expected = [_args(relation, iris, lookup.get, prefix) for prefix in prefixes]
            assert _args_by_role(relation, iris, lookup.get, prefixes) == expected


def test_extend_distinct_keeps_the_first_of_each_triple_not_seen_in_order() -> None:
    from kg.facts import extend_distinct
    from kg.iri import mint
    a, b, c, d = ((mint("Zone", f"z{i}"), RDF.type, HK.Zone) for i in range(4))
    label = (mint("Zone", "z0"), RDFS.label, Literal("株洲", lang="zh"))
    for batch, seen, expected in [
        ([a, b, label], set(), [a, b, label]),  # all new: added at once
        ([a, b, a, label, b], set(), [a, b, label]),  # repeats among them
        ((t for t in [c, a, d, a]), {a}, [c, d]),  # some seen before, from a generator
        ((b, b), {a}, [b]),
    ]:
        out: list = [d]
        before = set(seen)
        extend_distinct(out, seen, batch)
        assert out == [d, *expected] and seen == before | set(expected)
