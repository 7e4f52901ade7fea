"""SHACL validation: example graphs under tests/shapes/, both engines, ``kg validate`` and ``kg build``."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import BNode, Node, Variable

from kg import graph as rdf
from kg import validate as shacl
from kg.cli import main
from kg.model import Article, BuildResult, InputError

SHAPES = Path(__file__).parent / "shapes"
GOOD = sorted((SHAPES / "good").glob("*.ttl"))
BAD = sorted((SHAPES / "bad").glob("*.ttl"))
WARN = sorted((SHAPES / "warn").glob("*.ttl"))
LINE = re.compile(r"^(<[^>]+>|\[\]) breaks hks:[\w-]+ \((\S+)\): .+$")


def expected(path: Path) -> set[str]:
    """The shapes named on the file's ``# expect:`` line."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            return set(line.split(":", 1)[1].split())
    raise AssertionError(f"{path.name} has no '# expect:' line")


def shapes_of(found) -> set[str]:
    return {v.shape for v in found}


def test_example_graphs_are_there():
    assert len(GOOD) >= 2 and len(BAD) >= 30 and len(WARN) >= 3


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.stem)
def test_good_graph_conforms(path):
    report = shacl.validate(shacl.load(path))
    assert report.conforms, shacl.messages(report)
    assert report.violations == () and report.warnings == ()


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.stem)
def test_bad_graph_breaks_the_expected_shape(path):
    want = expected(path)
    assert f"hks:{path.stem.split('--')[0]}" in want  # the file is named for the shape it breaks
    report = shacl.validate(shacl.load(path))
    assert not report.conforms
    assert shapes_of(report.violations) == want, shacl.messages(report)


@pytest.mark.parametrize("path", WARN, ids=lambda p: p.stem)
def test_warning_graph_conforms_with_the_expected_warning(path):
    report = shacl.validate(shacl.load(path))
    assert report.conforms and report.violations == ()
    assert shapes_of(report.warnings) == expected(path)


@pytest.mark.parametrize("path", GOOD + BAD + WARN, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_fast_engine_agrees_with_pyshacl(path):
    graph = shacl.load(path)
    fast = shacl.validate(graph, engine="fast")
    reference = shacl.validate(graph, engine="pyshacl")

    def key(found):
        return {(v.focus, v.shape, v.path) for v in found}

    assert fast.conforms == reference.conforms
    assert key(fast.violations) == key(reference.violations)
    assert key(fast.warnings) == key(reference.warnings)


def test_messages_name_node_shape_path_and_reason():
    report = shacl.validate(shacl.load(SHAPES / "bad" / "Post-postIn--two-organisations.ttl"))
    (violation,) = report.violations
    assert str(violation) == ("<https://w3id.org/hitech-kg/id/post/p1> breaks hks:Post-postIn (org:postIn): "
                              "a post needs exactly one org:postIn (its organisation or zone)")
    value = shacl.validate(shacl.load(SHAPES / "bad" / "Investment-amount--zero.ttl")).violations[0]
    assert value.message.endswith('[value: "0"^^xsd:decimal]')


def test_violations_are_sorted_and_unique():
    graph = Graph()
    for path in BAD[:12]:
        graph += shacl.load(path)
    report = shacl.validate(graph)
    assert list(report.violations) == sorted(set(report.violations))
    assert len(report.violations) >= 5


def test_validate_leaves_the_graph_alone():
    graph = shacl.load(SHAPES / "bad" / "Entity-labelZh--subclass-declared-in-data.ttl")
    before = Graph()
    before += graph
    for engine in shacl.ENGINES:
        shacl.validate(graph, engine=engine)
        assert isomorphic(graph, before)


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown validation engine"):
        shacl.validate(Graph(), engine="jena")


def test_fast_engine_refuses_a_constraint_it_cannot_evaluate():
    shapes = Graph()
    node = URIRef("https://w3id.org/hitech-kg/shapes#Odd")
    shapes.add((node, RDF.type, SH.NodeShape))
    shapes.add((node, SH.targetClass, RDFS.Class))
    shapes.add((node, SH.maxLength, Literal(3)))
    with pytest.raises(ValueError, match="sh:maxLength"):
        shacl._compile(shapes, node)


def test_every_shipped_shape_compiles():
    roots = shacl.compiled_shapes()
    names = {shacl._term(shape.node) for shape in roots}
    assert {"hks:Entity", "hks:Article", "hks:Evidence", "hks:Post", "hks:MintedIRI", "hks:Place"} <= names



# ---------------------------------------------------------------- the fast engine's shortcuts

EX = "http://example.org/"


def _in_order_paths(triples) -> set[str]:
    """The shapes whose values the engine reads straight from the triples (``_Data.values_in_order``)."""
    data, found = shacl._Data(triples), set()

    def walk(shape, foci):
        if shape.path is not None and foci and data.values_in_order(shape.path, foci) is not None:
            found.add(shacl._term(shape.node))
        for prop in shape.properties:
            walk(prop, foci)

    for root in shacl.compiled_shapes():
        walk(root, data.focus_nodes(root.targets))
    return found


@pytest.mark.parametrize("path", GOOD + BAD + WARN, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_fast_engine_report_does_not_depend_on_the_order_of_the_triples(path):
    """With each node's triples together, a path's triples often name a shape's focus nodes in order, and
    the engine reads their values without an index; shuffled, it needs the index. Same report."""
    triples = sorted(set(shacl.load(path)), key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    assert _in_order_paths(triples)  # the shortcut is taken, for some shapes
    report = shacl.validate(triples)
    assert report == shacl.validate(shacl.load(path))
    for seed in range(3):
        shuffled = triples[:]
        random.Random(seed).shuffle(shuffled)
        assert shacl.validate(shuffled) == report



def test_nested_shape_counts_every_value_of_a_value_node_met_twice():
    """a and b share the value x; x has two values on p, which a nested sh:maxCount 1 refuses both times."""
    c, p, q = URIRef(EX + "C"), URIRef(EX + "p"), URIRef(EX + "q")
    a, b, x = URIRef(EX + "a"), URIRef(EX + "b"), URIRef(EX + "x")

    def shape(name, path=None, checks=(), properties=(), targets=()):
        return shacl.Shape(node=URIRef(EX + name), path=path, severity=SH.Violation, message=name,
                           targets=targets, checks=checks, properties=properties)

    inner = shape("Inner", properties=(shape("OneP", path=p, checks=(("maxCount", 1),)),))
    root = shape("Root", targets=((SH.targetClass, c),),
                 properties=(shape("QIsInner", path=q, checks=(("node", inner),)),))
    triples = [(a, RDF.type, c), (b, RDF.type, c), (a, q, x), (b, q, x),
               (x, p, Literal(1)), (x, p, Literal(2))]
    found = sorted(str(violation) for _, violation in shacl._fast_results(triples, (root,)))
    assert found == [f"<{EX}{focus}> breaks <{EX}QIsInner> (<{EX}q>): QIsInner [value: <{EX}x>]"
                     for focus in "ab"]


def test_values_in_order_only_when_the_subjects_are_the_focus_nodes_in_order():
    a, b, p, q = URIRef(EX + "a"), URIRef(EX + "b"), URIRef(EX + "p"), URIRef(EX + "q")
    one, two = Literal(1), Literal(2)
    data = shacl._Data([(a, p, one), (b, q, one), (b, p, two), (a, q, two), (a, q, one)])
    assert data.values_in_order(p, [a, b]) == [one, two]
    assert data.values_in_order(p, [URIRef(EX + "a"), URIRef(EX + "b")]) == [one, two]  # equal nodes will do
    assert data.values_in_order(p, [b, a]) is None
    assert data.values_in_order(p, [a]) is None
    assert data.values_in_order(q, [b, a]) is None  # a has two values
    assert data.values_in_order(URIRef(EX + "r"), [a]) is None


def test_index_and_instances_from_the_predicate_columns():
    a, b, c, d, p = (URIRef(EX + name) for name in "abcdp")
    one, two = Literal(1), Literal(2)
    data = shacl._Data([(a, p, one), (b, RDF.type, c), (b, p, two), (a, p, two), (d, RDFS.subClassOf, c),
                        (a, RDF.type, d)])
    assert data.index(p) == {a: [one, two], b: [two]}
    assert data.index(RDF.type) == {b: (c,), a: (d,)}  # one value each: 1-tuples
    assert data.index(URIRef(EX + "r")) == {}
    assert set(data.instances(c)) == {a, b} and list(data.instances(d)) == [a]  # subclasses: no order


def test_distinct_keeps_each_object_once_in_order():
    one, other_one, two = Literal(1), Literal(1), Literal(2)
    kept = shacl._distinct([one, two, one, other_one, two])
    assert kept == [one, two, other_one] and kept[2] is other_one  # equal objects are each tested


def test_a_broken_value_shared_by_many_nodes_is_reported_for_each_of_them():
    """Value tests run once per distinct value object; every focus node holding a failing one is named."""
    evidence = URIRef("https://w3id.org/hitech-kg/ontology#Evidence")
    start, end = URIRef("https://w3id.org/hitech-kg/ontology#startOffset"), \
        URIRef("https://w3id.org/hitech-kg/ontology#endOffset")
    bad, good, limit = Literal(-1), Literal(3), Literal(9)
    nodes = [URIRef(f"https://w3id.org/hitech-kg/id/evidence/{i:02x}") for i in range(6)]
    triples = [(node, p, o) for index, node in enumerate(nodes)
               for p, o in [(RDF.type, evidence), (start, bad if index % 2 else good), (end, limit)]]
    found = [v for v in shacl.validate(triples).violations if v.shape == "hks:Evidence-start"]
    assert sorted(v.focus for v in found) == sorted(f"<{node}>" for node in nodes[1::2])


def test_subject_index_keeps_every_value_of_a_subject():
    a, b = URIRef(EX + "a"), BNode()
    one, two = Literal(1), Literal("2", lang="zh")
    assert shacl._subject_index([a, b], [one, two]) == {a: (one,), b: (two,)}  # (subjects, objects)
    assert shacl._subject_index([a, b, a], [one, two, two]) == {a: [one, two], b: [two]}
    assert shacl._subject_index([], []) == {}


def test_kind_of_a_node_type_follows_subclasses():
    class Special(URIRef):
        pass

    assert shacl._KIND[URIRef] is URIRef and shacl._KIND[Special] is URIRef
    assert shacl._KIND[BNode] is BNode and shacl._KIND[Literal] is Literal
    assert shacl._KIND[Variable] is Node


def test_instances_include_subclasses_declared_in_the_data():
    top, mid, low = URIRef(EX + "Top"), URIRef(EX + "Mid"), URIRef(EX + "Low")
    x, y, z = URIRef(EX + "x"), BNode(), URIRef(EX + "z")
    data = shacl._Data([(low, RDFS.subClassOf, mid), (mid, RDFS.subClassOf, top), (top, RDFS.subClassOf, low),
                        (x, RDF.type, low), (y, RDF.type, mid), (z, RDF.type, URIRef(EX + "Other"))])
    assert set(data.instances(top)) == {x, y} and set(data.instances(low)) == {x, y}
    assert data.instance_iris(top) == {str(x)}
    assert list(data.instances(URIRef(EX + "Other"))) == [z] and not data.instances(URIRef(EX + "None"))


# ---------------------------------------------------------------- reading graph files


def test_load_reads_every_format_and_a_build_folder(tmp_path):
    graph = shacl.load(SHAPES / "good" / "full.ttl")
    for suffix, fmt in ((".nt", "nt"), (".jsonld", "json-ld"), (".trig", "trig")):
        path = tmp_path / f"g{suffix}"
        graph.serialize(path, format=fmt, encoding="utf-8")
        loaded = shacl.load(path)  # (rdflib's TriG writer turns "1200000000" into 1200000000.0)
        assert len(loaded) == len(graph) and shacl.validate(loaded).conforms, suffix
        if fmt == "nt":
            assert isomorphic(loaded, graph)
    (tmp_path / "out").mkdir()
    graph.serialize(tmp_path / "out" / "graph.ttl", format="nt", encoding="utf-8")  # N-Triples is Turtle
    assert isomorphic(shacl.load(tmp_path / "out"), graph)


def test_load_flattens_named_graphs(tmp_path):
    path = tmp_path / "g.trig"
    path.write_text("""
        @prefix hk: <https://w3id.org/hitech-kg/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix schema: <https://schema.org/> .
        @prefix id: <https://w3id.org/hitech-kg/id/> .
        id:zone\\/hw a hk:Zone ; rdfs:label "河湾新区"@zh ; hk:mentionedIn id:article\\/a1 .
        id:article\\/a1 { id:article\\/a1 a hk:Article ; schema:articleBody "河湾新区揭牌。"@zh . }
    """, encoding="utf-8")
    graph = shacl.load(path)
    assert len(graph) == 5
    assert shacl.validate(graph).conforms  # the zone's article is found in the article's own graph


@pytest.mark.parametrize(("name", "text", "reason"), [
    ("missing.ttl", None, "no such file"),
    ("graph.csv", "a,b\n", "cannot tell the RDF format"),
    ("broken.ttl", "@prefix hk: <x> .\nhk:a hk:b \"unterminated .\n", "not valid turtle"),
    ("broken.jsonld", "{not json", "not valid json-ld"),
])
def test_load_says_what_is_wrong(tmp_path, name, text, reason):
    path = tmp_path / name
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(shacl.GraphFileError, match=reason):
        shacl.load(path)


# ---------------------------------------------------------------- kg validate


def test_cli_validate_good_graph_exits_0(capsys):
    assert main(["validate", str(SHAPES / "good" / "full.ttl")]) == 0
    assert "conforms" in capsys.readouterr().err


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_cli_validate_bad_graph_exits_1_and_prints_each_violation(capsys, engine):
    path = SHAPES / "bad" / "Entity-label--plain-string.ttl"
    assert main(["validate", "--engine", engine, str(path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    broken = [line for line in lines if " breaks " in line]
    assert {line.split(" breaks ")[1].split(" ")[0] for line in broken} == expected(path)
    assert all(LINE.match(line) for line in broken), broken
    assert "does not conform: 2 violations" in lines[-1]


def test_cli_validate_warnings_do_not_fail(capsys):
    assert main(["validate", str(SHAPES / "warn" / "Post-provenance--missing.ttl")]) == 0
    err = capsys.readouterr().err
    assert "warning: <https://w3id.org/hitech-kg/id/post/p1> breaks hks:Post-provenance" in err


def test_cli_validate_folder(tmp_path):
    (tmp_path / "graph.ttl").write_bytes((SHAPES / "bad" / "Signatory--company-signs.ttl").read_bytes())
    assert main(["validate", str(tmp_path)]) == 1


@pytest.mark.parametrize("name", ["missing.ttl", "empty-folder", "broken.ttl"])
def test_cli_validate_unreadable_input_exits_2(tmp_path, capsys, name):
    path = tmp_path / name
    if name == "empty-folder":
        path.mkdir()
    elif name == "broken.ttl":
        path.write_text("this is not turtle", encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    assert capsys.readouterr().err.startswith(f"kg: error: {path}")


def test_cli_validate_usage_error_exits_2():
    assert main(["validate"]) == 2


# ---------------------------------------------------------------- kg build


def _fake_build(errors=()):
    article = Article(id="t1", source="t.txt", text="河湾新区将重点发展智能装备产业。")
    def build(inputs, progress=False, meanwhile=None):
        if meanwhile is not None:
            meanwhile()
        return BuildResult(articles=(article,), errors=tuple(errors))
    return build


def test_build_exits_1_when_its_graph_breaks_a_shape(tmp_path, monkeypatch, capsys):
    bad = shacl.load(SHAPES / "bad" / "Holder--company-holds-post.ttl")
    monkeypatch.setattr("kg.pipeline.build", _fake_build())
    monkeypatch.setattr("kg.graph.layered", lambda result: rdf.Layered(list(bad), []))
    assert main(["build", "t.txt", "--out", str(tmp_path), "--formats", "ttl", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "breaks hks:Holder (-): only an hk:Person holds a post" in err
    assert (tmp_path / "graph.ttl").is_file()  # the files are still written, for inspection
    assert main(["build", "t.txt", "--out", str(tmp_path), "--formats", "ttl", "--no-validate"]) == 0


def test_build_bad_input_exit_2_wins_over_validation(tmp_path, monkeypatch):
    bad = shacl.load(SHAPES / "bad" / "Holder--company-holds-post.ttl")
    monkeypatch.setattr("kg.pipeline.build", _fake_build([InputError("x.txt", "empty file")]))
    monkeypatch.setattr("kg.graph.layered", lambda result: rdf.Layered(list(bad), []))
    assert main(["build", "x.txt", "--out", str(tmp_path), "--formats", "ttl", "--no-progress"]) == 2


def test_built_graph_of_examples_conforms(tmp_path, capsys):
    examples = Path(__file__).resolve().parents[1] / "examples"
    assert main(["build", str(examples), "--out", str(tmp_path), "--formats", "ttl", "--no-progress"]) == 0
    assert " breaks " not in capsys.readouterr().err
    report = shacl.validate(shacl.load(tmp_path))
    assert report.conforms, shacl.messages(report)


def test_built_graph_of_dev_page_conforms(tmp_path, dev_page):
    assert main(["build", str(dev_page), "--out", str(tmp_path), "--formats", "ttl", "--no-progress"]) == 0
    assert shacl.validate(shacl.load(tmp_path)).conforms
