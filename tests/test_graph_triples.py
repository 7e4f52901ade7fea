"""``kg.graph.triples``: the build's triples without an rdflib store, the same as ``to_rdf``'s graph.

``kg build`` writes Turtle and the explorer and validates from this list; each must give what the
rdflib graph gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from test_facts import ARTICLE, RELATIONS, build

from kg import export, html, pipeline
from kg import graph as rdf
from kg import validate as shacl
from kg.model import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def examples_result():
    return pipeline.build([str(EXAMPLES)])


def test_triples_are_distinct_and_the_graph_of_to_rdf() -> None:
    result = build(RELATIONS, (ARTICLE, Article(id="t2", source="t2.txt", text="河湾新区。", line=3)))
    triples = rdf.triples(result)
    assert len(triples) == len(set(triples))
    assert set(triples) == set(rdf.to_rdf(result))
    assert len(triples) > 50


def test_examples_triples_match_the_graph(examples_result) -> None:
    triples = rdf.triples(examples_result)
    graph = rdf.to_rdf(examples_result)
    assert len(triples) == len(set(triples)) == len(graph)
    assert set(triples) == set(graph)


def test_turtle_html_and_validation_from_triples_match_the_graph(examples_result) -> None:
    triples = rdf.triples(examples_result)
    graph = rdf.to_rdf(examples_result)
    assert export.turtle(triples) == export.turtle(graph)
    assert html.render(triples) == html.render(graph)
    assert shacl.validate(triples) == shacl.validate(graph)


def test_validation_of_a_broken_list_reports_like_the_graph() -> None:
    bad = shacl.load(Path(__file__).parent / "shapes" / "bad" / "Holder--company-holds-post.ttl")
    report = shacl.validate(list(bad))
    assert not report.conforms
    assert report == shacl.validate(bad)


def test_write_graph_from_triples_writes_every_format_like_the_graph(examples_result, tmp_path) -> None:
    triples = rdf.triples(examples_result)
    graph = rdf.to_rdf(examples_result)
    formats = ["ttl", "nt", "nq", "jsonld"]
    export.write_graph(triples, tmp_path / "a", formats=formats)
    export.write_graph(graph, tmp_path / "b", formats=formats)
    for fmt in formats:
        name = export.FILE_NAMES[fmt]
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_articles_sharing_an_iri_or_listing_a_title_twice_give_each_triple_once() -> None:
    twice = Article(id="t2", source="t2.txt", text="河湾新区。", titles=("标题", "标题"),
                    creators=("甲", "甲"))
    upper = Article(id="T2", source="T2.txt", text="河湾新区。")  # its id normalises to t2's: one IRI
    for articles in ((ARTICLE, twice), (ARTICLE, twice, upper)):
        triples = rdf.triples(build(RELATIONS, articles))
        assert len(triples) == len(set(triples))
        assert set(triples) == set(rdf.to_rdf(build(RELATIONS, articles)))
    assert rdf.article_iri(upper) == rdf.article_iri(twice)


def test_no_cyclic_collection_pauses_the_collector_and_restores_it() -> None:
    import gc

    enabled = gc.isenabled()
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            with rdf.no_cyclic_collection():
                assert not gc.isenabled()
            assert gc.isenabled() is state
    finally:
        (gc.enable if enabled else gc.disable)()


# --- the layered graph: evidence nodes as rows ------------------------------------------------------

DEV_PAGE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "page-001.txt"


def _results(examples_result):
    yield examples_result
    yield build(RELATIONS, (ARTICLE, Article(id="t2", source="t2.txt", text="河湾新区。", line=3)))
    if DEV_PAGE.exists():
        yield pipeline.build([str(DEV_PAGE)])


def test_the_layers_hold_the_triples_of_the_flat_list(examples_result) -> None:
    for result in _results(examples_result):
        flat, layered = rdf.triples(result), rdf.layered(result)
        assert layered.evidence, "no evidence rows"
        assert len(layered) == len(flat) == len(set(layered))
        assert set(layered) == set(flat)
        nodes = [node for node, _, _ in layered.evidence]
        assert len(set(nodes)) == len(nodes)
        assert not set(nodes) & {s for s, _, _ in layered.plain}  # no other triple's subject


def test_evidence_nodes_are_minted_from_the_whole_key(examples_result) -> None:
    """The loop mints each node from normalised pieces of its key, hashed with a copied digest
    (``kg.facts._fact_key``, ``_evidence_node``): the IRI ``mint`` gives for the whole key."""
    from kg.iri import mint
    for result in _results(examples_result):
        for node, (s, p, o), source in rdf.layered(result).evidence:
            assert node == mint("evidence", f"{s}|{p}|{o.n3()}|{source.key}")


def test_turtle_and_validation_of_the_layers_are_those_of_the_flat_list(examples_result) -> None:
    for result in _results(examples_result):
        flat, layered = rdf.triples(result), rdf.layered(result)
        assert export.turtle_bytes(layered) == export.turtle_bytes(flat)
        assert shacl.validate(layered) == shacl.validate(flat)


def _with_row(layered: rdf.Layered, row) -> rdf.Layered:
    return rdf.Layered(list(layered.plain), [*layered.evidence, row])


def test_rows_the_writer_cannot_write_whole_are_written_as_their_triples() -> None:
    """A row whose node is also another triple's subject, a repeated row, a node minted elsewhere or one
    whose IRI needs escapes: the same Turtle as the flat list of the same triples."""
    layered = rdf.layered(build(RELATIONS, (ARTICLE,)))
    node, fact, source = layered.evidence[0]
    subject = layered.plain[0][0]
    odd = [
        _with_row(layered, (subject, fact, source)),
        _with_row(layered, layered.evidence[0]),
        _with_row(layered, (URIRef("https://example.org/evidence/1"), fact, source)),
        _with_row(layered, (URIRef(str(node)[:-4] + "ab{}"), fact, source)),
        _with_row(layered, (URIRef(str(node)[:-4] + "ABCD"), fact, source)),
    ]
    for graph in odd:
        assert export.turtle_bytes(graph) == export.turtle_bytes(list(graph))
    assert export.turtle_bytes(odd[2]).count(b"<https://example.org/evidence/1>") == 1


def test_validation_of_broken_rows_reports_like_their_triples() -> None:
    layered = rdf.layered(build(RELATIONS, (ARTICLE,)))
    node, (s, p, o), source = layered.evidence[0]
    broken = [  # a subject that is no IRI, a start that is no integer, an empty sentence
        _with_row(layered, (URIRef(node[:-1] + "x"), (Literal("不是IRI"), p, o), source)),
        _with_row(layered, (URIRef(node[:-1] + "y"), (s, p, o), source._replace(start=Literal("七")))),
        _with_row(layered, (URIRef(node[:-1] + "z"), (s, p, o), source._replace(text=Literal("")))),
    ]
    for graph in broken:
        report = shacl.validate(graph)
        assert not report.conforms
        assert report == shacl.validate(list(graph))
