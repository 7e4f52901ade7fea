"""The explorer's view made from a build's result is the view of that build's graph.

``kg build`` renders its page from the result (``html.result_view``: the facts' sentences straight from
the build) while it makes the triples; ``kg serve`` and ``html.render(graph)`` read the view from the
triples (``html.read_view``). Both must give the same view, and so the same page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import graph as rdf
from kg import html, pipeline
from kg.model import BuildResult

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "page-001.txt"
INPUT_SUFFIXES = (".txt", ".jsonl", ".html", ".pdf")


def _inputs() -> list[str]:
    """The examples, every evaluation set's inputs and the dev page (when it is there)."""
    found = [str(ROOT / "examples")]
    found += sorted(str(p) for p in (ROOT / "eval").glob("holdout*/*") if p.suffix in INPUT_SUFFIXES)
    if DEV.exists():
        found.append(str(DEV))
    return found


@pytest.fixture(scope="module")
def result() -> BuildResult:
    return pipeline.build(_inputs())


def test_the_result_view_is_the_view_of_the_graph(result: BuildResult) -> None:
    from_graph = html.read_view(rdf.triples(result))
    from_result = html.result_view(result)
    assert len(from_graph.edges) > 500 and len(from_graph.nodes) > 500
    # the batch holds facts read in several sentences, and sentences stating several facts
    evidence = [edge.evidence for edge in from_graph.edges if edge.kind != "mentioned"]
    assert any(len(each) > 1 for each in evidence)
    assert len({e for each in evidence for e in each}) < sum(map(len, evidence))
    assert from_result.articles == from_graph.articles
    assert from_result.nodes == from_graph.nodes
    assert from_result.edges == from_graph.edges


def test_the_page_of_the_result_is_the_page_of_the_graph(result: BuildResult) -> None:
    assert html.render(result, encoded=True) == html.render(rdf.triples(result), encoded=True)


def test_the_result_view_shares_equal_evidence_as_one_object(result: BuildResult) -> None:
    """The page writes each evidence object once and points at it, as ``read_view`` shares them."""
    def shared(view: html.View) -> int:
        return len({id(e) for edge in view.edges for e in edge.evidence})

    assert shared(html.result_view(result)) == shared(html.read_view(rdf.triples(result)))


def test_a_fact_stated_twice_in_one_sentence_has_its_evidence_once() -> None:
    """Two relations of one sentence stating one fact: one evidence node in the graph, one in the view."""
    from kg.model import Article, Entity, EntityType, Mention, Relation, RelationKind

    text = "甲高新区重点发展集成电路产业。"
    article = Article(id="a1", source="a.txt", text=text, titles=("标题",))
    zone = Mention("甲高新区", EntityType.ZONE, 0, 4, "a1")
    industry = Mention("集成电路", EntityType.INDUSTRY, 8, 12, "a1")
    relations = tuple(Relation(RelationKind.INDUSTRY, (("zone", zone), ("industry", industry)), "a1", 0,
                               len(text)) for _ in range(2))
    entities = (Entity(key="甲高新区", cls=EntityType.ZONE, label="甲高新区", articles=("a1",),
                       mentions=(zone,)),
                Entity(key="集成电路", cls=EntityType.INDUSTRY, label="集成电路", articles=("a1",),
                       mentions=(industry,)))
    result = BuildResult(articles=(article,), mentions=(zone, industry), relations=relations,
                         entities=entities)
    view = html.result_view(result)
    assert view == html.read_view(rdf.triples(result))
    [edge] = [e for e in view.edges if e.kind != "mentioned"]
    assert edge.evidence == (html.Evidence(text, str(rdf.article_iri(article)), 0, len(text)),)
