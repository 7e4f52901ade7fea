"""``kg.load`` and ``kg.to_networkx``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from test_query import SAMPLE_TTL

import kg
from kg import export

ID = "https://w3id.org/hitech-kg/id/"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    graph = Graph().parse(data=SAMPLE_TTL, format="turtle")
    export.write_graph(graph, tmp_path, formats=["ttl", "nt", "nq", "trig", "jsonld"])
    return tmp_path


def test_load_reads_a_folder_and_every_rdf_file(folder: Path) -> None:
    expected = Graph().parse(data=SAMPLE_TTL, format="turtle")
    # graph.ttl (rdflib's canonical Turtle) writes "2600000000"^^xsd:decimal as 2600000000.0
    assert isomorphic(kg.load(folder), Graph().parse(folder / "graph.ttl", format="turtle"))
    assert len(kg.load(folder)) == len(expected)
    for name in ("graph.nt", "graph.nq", "graph.trig", "graph.jsonld"):
        assert isomorphic(kg.load(folder / name), expected), name
    assert kg.load(folder).namespace_manager.store.namespace("hk") is not None


def test_load_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no graph"):
        kg.load(tmp_path)
    (tmp_path / "g.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown RDF file type"):
        kg.load(tmp_path / "g.csv")


def test_to_networkx_nodes_and_edges() -> None:
    network = kg.to_networkx(Graph().parse(data=SAMPLE_TTL, format="turtle"))
    zone = network.nodes[ID + "zone/qinglan"]
    assert zone == {"label": "青岚高新区", "cls": "hk:Zone"}
    assert network.nodes[ID + "industry/sensor"]["cls"] == "hk:Industry"  # hk: before skos:Concept
    assert network.nodes[ID + "article/a1"]["label"] == "青岚高新区签下26亿元传感器项目"
    edges = network.get_edge_data(ID + "project/sensor", ID + "company/xinghe")
    assert edges == {"hk:investor": {"label": "investor"}}
    assert set(network.get_edge_data(ID + "zone/qinglan", ID + "industry/sensor")) == {"hk:developsIndustry"}
    # Evidence nodes and literals stay out by default; rdf:type is an attribute, not an edge.
    assert not any(n.startswith(ID + "evidence/") for n in network)
    assert not any(k == "rdf:type" for _, _, k in network.edges(keys=True))
    assert all(not n.startswith('"') for n in network)


def test_to_networkx_with_literals_and_evidence() -> None:
    graph = Graph().parse(data=SAMPLE_TTL, format="turtle")
    network = kg.to_networkx(graph, include_literals=True, include_evidence=True)
    assert network.nodes['"青岚高新区"@zh'] == {"label": "青岚高新区", "cls": "rdfs:Literal"}
    assert network.has_edge(ID + "zone/qinglan", '"青岚高新区"@zh', key="rdfs:label")
    assert network.nodes[ID + "evidence/e1"]["cls"] == "hk:Evidence"
    assert network.has_edge(ID + "evidence/e1", ID + "project/sensor", key="rdf:subject")


def test_to_networkx_is_deterministic() -> None:
    graph = Graph().parse(data=SAMPLE_TTL, format="turtle")
    first, second = kg.to_networkx(graph), kg.to_networkx(graph)
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))


def test_import_kg_stays_light() -> None:
    code = "import sys, kg; print('networkx' in sys.modules, 'kg.api' in sys.modules, callable(kg.load))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["False", "False", "True"]
