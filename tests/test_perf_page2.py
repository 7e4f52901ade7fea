"""The explorer page's second round of shortcuts gives what the plain forms give, on real inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import html, pipeline

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def view() -> html.View:
    return html.result_view(pipeline.build([str(ROOT / "examples")]))


@pytest.fixture(scope="module")
def graph(view: html.View):
    return html._relation_graph(view)


def test_degree_order_is_the_plain_key_on_the_examples(graph) -> None:
    """Sorted by IRI, then stably by degree reversed: the order of the key (-degree, IRI)."""
    degree = dict(graph.degree())
    nodes = list(graph)
    assert len(set(degree.values())) > 1 and len(degree) > len(set(degree.values()))  # ties to break
    assert sorted(sorted(nodes), key=degree.__getitem__, reverse=True) == \
        sorted(nodes, key=lambda n: (-degree[n], n))


def test_layout_reads_each_degree_as_the_graph_gives_it(graph) -> None:
    """The degrees read once for the whole graph are each node's ``graph.degree(n)``."""
    degree = dict(graph.degree())
    assert all(degree[n] == graph.degree(n) for n in graph)


def test_payload_core_is_the_plain_form_on_the_examples(view: html.View, graph) -> None:
    """The nodes marked as the core (``"k":1``) are the ``max_nodes`` first by (-degree, IRI)."""
    degree = dict(graph.degree())
    entities = [n for n in view.nodes if n.cls != "Article"]
    max_nodes = len(entities) // 2
    core = set(sorted((n.iri for n in entities), key=lambda i: (-degree[i], i))[:max_nodes])
    data = html.payload(view, max_nodes=max_nodes)
    nodes = json.loads(bytes(data["nodes"]))
    marked = {view.nodes[i].iri for i, n in enumerate(nodes) if n["k"]}
    assert marked == core
