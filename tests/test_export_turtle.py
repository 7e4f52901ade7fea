"""``kg.export.turtle``: the sorted writer parses back to the same triples, whatever the literals hold."""

from __future__ import annotations

import random

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef

from kg import export
from kg.namespace import HK

NODE = URIRef("https://w3id.org/hitech-kg/id/zone/0a1b2c3d4e5f6789")
OTHER = URIRef("https://w3id.org/hitech-kg/id/company/98765f4e3d2c1b0a")

TRICKY = [
    '他说"好"',
    "反斜杠\\结尾\\",
    "第一行\n第二行\r\n第三行",
    '三个引号"""在中间',
    '以引号结尾"',
    "'单引号'与\t制表符",
    "控制字符\x00\x07\x1b\x7f",
    "",
    "  前后空格  ",
    "表情😀和全角（）",
    "\\u0041 不是转义",
    "@zh 和 ^^xsd:string",
]


def round_trip(triples: list[tuple]) -> set[tuple]:
    text = export.turtle(triples)
    return set(Graph().parse(data=text, format="turtle"))


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_literals_round_trip(text: str) -> None:
    triples = [(NODE, RDFS.label, Literal(text, lang="zh")), (NODE, HK.evidenceText, Literal(text)),
               (NODE, HK.sourceFile, Literal(text, datatype=XSD.string))]
    assert round_trip(triples) == set(triples)


def test_random_literals_round_trip() -> None:
    rng = random.Random(20240101)
    alphabet = ['"', "\\", "\n", "\r", "\t", "'", "\x0c", "\x08", "\x01", " ", "a", "中", "区", "😀", "#",
                "<", ">", "@", "^", ".", ";", ","]
    triples = []
    for index in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        subject = URIRef(f"https://w3id.org/hitech-kg/id/thing/{index:04x}")
        triples.append((subject, RDFS.label, Literal(text, lang="zh")))
        triples.append((subject, HK.evidenceText, Literal(text)))
    assert round_trip(triples) == set(triples)


def test_typed_literals_keep_their_lexical_form_and_datatype() -> None:
    triples = [(NODE, HK.investmentCNY, Literal("18600000000", datatype=XSD.decimal, normalize=False)),
               (NODE, HK.startOffset, Literal(12)),
               (NODE, HK.sourceLine, Literal("007", datatype=XSD.integer, normalize=False)),
               (NODE, URIRef("https://schema.org/url"),
                Literal("https://example.org/a b", datatype=XSD.anyURI))]
    text = export.turtle(triples)
    assert '"18600000000"^^xsd:decimal' in text
    assert "hk:startOffset 12 ;" in text
    assert '"007"^^xsd:integer' in text  # rdflib's parser normalises it to 7, as it would any typed literal
    assert round_trip(triples[:2] + triples[3:]) == set(triples[:2] + triples[3:])


def test_output_is_sorted_and_independent_of_input_order() -> None:
    triples = [(OTHER, RDF.type, HK.Company), (OTHER, RDFS.label, Literal("乙公司", lang="zh")),
               (NODE, RDFS.label, Literal("甲区", lang="zh")), (NODE, RDF.type, HK.Zone),
               (NODE, HK.mentionedIn, OTHER), (NODE, RDFS.label, Literal("甲高新区", lang="zh"))]
    text = export.turtle(triples)
    shuffled = triples[:]
    random.Random(3).shuffle(shuffled)
    assert export.turtle(shuffled) == text
    assert export.turtle(triples + triples[:2]) == text  # duplicates are written once
    block = text[text.index(f"<{NODE}>"):]
    assert block.index("    a hk:Zone ;") < block.index("hk:mentionedIn") < block.index("rdfs:label")
    assert block.index('"甲区"@zh') < block.index('"甲高新区"@zh')
    assert text.index(f"<{OTHER}>") < text.index(f"<{NODE}>")  # company/… sorts before zone/…
    assert text.startswith("PREFIX hk: <https://w3id.org/hitech-kg/ontology#>\n")
    assert "PREFIX dcterms:" not in text  # only the prefixes used


def test_a_graph_and_its_triples_give_the_same_text() -> None:
    graph = Graph()
    graph.add((NODE, RDF.type, HK.Zone))
    graph.add((NODE, RDFS.label, Literal('引号"与\\', lang="zh")))
    assert export.turtle(graph) == export.turtle(list(graph))


def test_iris_that_need_escapes_are_written_as_uchar() -> None:
    odd = URIRef("https://example.org/a b>c")
    triples = [(NODE, HK.mentionedIn, odd)]
    text = export.turtle(triples)
    assert "\\u0020" in text and "\\u003E" in text
    assert {str(o) for _, _, o in Graph().parse(data=text, format="turtle")} == {str(odd)}


def test_an_escape_before_or_after_the_last_slash_is_found_whatever_iri_came_first() -> None:
    iris = ["https://example.org/ok/a", "https://example.org/ok/a{b", "https://example.org/a b/c",
            "https://example.org/a b/d", "https://example.org/ok#x|y", "https://example.org/ok/e"]
    for order in (iris, iris[::-1]):
        text = export.turtle([(NODE, HK.mentionedIn, URIRef(iri)) for iri in order])
        assert text.count("\\u0020") == 2 and "\\u007B" in text and "\\u007C" in text
        assert "<https://example.org/ok/a>" in text and "<https://example.org/ok/e>" in text
        assert {str(o) for _, _, o in Graph().parse(data=text, format="turtle")} == set(iris)


def test_blank_nodes_fall_back_to_canonical_longturtle() -> None:
    graph = Graph()
    graph.add((NODE, HK.mentionedIn, BNode("x1")))
    graph.add((NODE, RDF.type, HK.Zone))
    text = export.turtle(graph)
    again = Graph()
    again.add((NODE, HK.mentionedIn, BNode("other-label")))
    again.add((NODE, RDF.type, HK.Zone))
    assert export.turtle(again) == text
    assert len(Graph().parse(data=text, format="turtle")) == 2


def test_prefixed_names_are_those_of_a_search_over_every_prefix() -> None:
    assert all(ns.endswith(("/", "#")) for _, ns in export.TURTLE_PREFIXES)

    def slow(value: str) -> str:
        for prefix, ns in export.TURTLE_PREFIXES:
            if value.startswith(ns) and export._LOCAL_NAME.fullmatch(value, len(ns)):
                return f"{prefix}:{value[len(ns):]}"
        return f"<{value}>"

    values = [f"{ns}{local}" for _, ns in export.TURTLE_PREFIXES
              for local in ("Zone", "a-b_c", "x/y", "x#y", "", "1abc", "中文", "a.b")]
    values += ["https://example.org/a", "urn:x", "https://w3id.org/hitech-kg/id/zone/0a1b"]
    for value in values:
        assert export._iri_text(value, {}) == slow(value), value


def test_equal_terms_that_are_distinct_objects_are_written_once() -> None:
    label = "甲区"
    triples = [(URIRef(str(NODE)), RDFS.label, Literal(label, lang="zh")),
               (URIRef(str(NODE)), RDFS.label, Literal(label, lang="zh")),
               (URIRef(str(NODE)), RDF.type, URIRef(str(HK.Zone)))]
    assert export.turtle(triples) == export.turtle(triples[1:])
    assert export.turtle(iter(triples)) == export.turtle(triples)


def reference_turtle(triples: list[tuple]) -> str:
    """The writer as first written: nested dicts keyed by term, every block built line by line."""
    used: dict[str, str] = {}
    subjects: dict[str, dict[str, list[str]]] = {}
    for s, p, o in triples:
        p_text = "a" if p == RDF.type else export._term_text(p, used)
        objects = subjects.setdefault(export._term_text(s, used), {}).setdefault(p_text, [])
        objects.append(export._term_text(o, used))
    parts = [f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in sorted(used.items())]
    for s_text in sorted(subjects):
        parts.append(f"\n{s_text}\n")
        for p_text in sorted(subjects[s_text], key=lambda p: (p != "a", p)):
            objects = " ,\n        ".join(sorted(set(subjects[s_text][p_text])))
            parts.append(f"    {p_text} {objects} ;\n")
        parts.append(".\n")
    return "".join(parts)


def test_the_writer_matches_the_reference_on_random_graphs() -> None:
    rng = random.Random(7)
    nodes = [URIRef(f"https://w3id.org/hitech-kg/id/thing/{i:02x}") for i in range(12)]
    predicates = [RDF.type, RDFS.label, HK.locatedIn, HK.mentionedIn, URIRef("urn:x:{odd}"),
                  URIRef("urn:x:%41%s"), URIRef("http://example.org/p"), URIRef("https://w3id.org/hitech-kg/ontology#a")]
    objects = nodes + [HK.Zone, HK.Company, Literal("甲", lang="zh"), Literal("{0}"), Literal(3)]
    for _ in range(30):
        triples = list(dict.fromkeys((rng.choice(nodes), rng.choice(predicates), rng.choice(objects))
                                     for _ in range(rng.randint(1, 60))))
        assert export.turtle(triples) == reference_turtle(triples)


def test_the_file_bytes_are_the_text_in_utf8() -> None:
    rng = random.Random(11)
    nodes = [URIRef(f"https://w3id.org/hitech-kg/id/evidence/{i:02x}") for i in range(20)]
    triples = [(node, p, o) for node in nodes
               for p, o in [(RDF.type, HK.Evidence), (HK.startOffset, Literal(rng.randint(0, 9))),
                            (HK.evidenceText, Literal(rng.choice(TRICKY), lang="zh")),
                            (URIRef("urn:p:%s"), NODE)]]
    triples += [(NODE, RDFS.label, Literal("甲区", lang="zh"))]  # a subject with one predicate
    data = export.turtle_bytes(triples)
    assert data == export.turtle(triples).encode("utf-8")
    assert data == export.render_graph(triples, formats=["ttl"])["ttl"]
    assert data.decode("utf-8") == reference_turtle(triples)


def test_literal_key_is_equal_exactly_when_the_literals_are() -> None:
    literals = [Literal("x"), Literal("x", lang="en"), Literal("x", lang="EN"), Literal("x", lang="zh"),
                Literal("x", datatype=XSD.string), Literal("1", datatype=XSD.integer), Literal(1),
                Literal("01", datatype=XSD.integer), Literal("1", datatype=XSD.decimal),
                Literal("y", lang="en")]
    for a in literals:
        for b in literals + [Literal(str(a), lang=a.language, datatype=a.datatype)]:
            assert (export._literal_key(a) == export._literal_key(b)) == (a == b), (a, b)


def test_equal_literals_with_tags_in_another_case_get_the_first_ones_text() -> None:
    triples = [(NODE, RDFS.label, Literal("x", lang="EN")), (OTHER, RDFS.label, Literal("x", lang="en"))]
    assert export.turtle(triples).count('"x"@EN') == 2
    assert export.turtle(triples[::-1]).count('"x"@en') == 2
