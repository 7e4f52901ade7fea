"""The page's shortcuts give what their plain forms give, on real inputs."""

from __future__ import annotations

import json
from pathlib import Path

from kg import graph as rdf
from kg import html, pipeline

ROOT = Path(__file__).resolve().parents[1]


def test_pairs_evidence_is_sorted_as_sorted_evidence_sorts_it() -> None:
    """``_pairs_evidence`` orders by the fields (every offset known), ``_sorted_evidence`` by its key."""
    pairs: list = []
    rdf.triples(pipeline.build([str(ROOT / "examples")]), evidence=pairs.append)
    found = html._pairs_evidence(pairs)
    assert any(len(evidence) > 1 for evidence in found.values())
    for evidence in found.values():
        assert evidence == html._sorted_evidence(evidence)


def test_node_article_lists_are_the_plain_json() -> None:
    """The nodes' lists of articles, written from the indices' texts made once, are ``json.dumps``'."""
    view = html.result_view(pipeline.build([str(ROOT / "examples")]))
    data = json.loads(bytes(html.payload(view)["nodes"]))
    article_index = {a.iri: i for i, a in enumerate(view.articles)}
    assert any(len(n.articles) > 1 for n in view.nodes)
    for node, written in zip(view.nodes, data, strict=True):
        assert written["r"] == sorted(article_index[a] for a in node.articles if a in article_index)
