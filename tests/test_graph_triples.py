"""``kg.graph.triples``: the build's triples without an rdflib store, the same as ``to_rdf``'s graph.

``kg build`` writes Turtle and the explorer and validates from this list; each must give what the
rdflib graph gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
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
