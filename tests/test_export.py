"""``kg.export``: every format written, readable back, and byte-identical when written again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import XSD, Graph, Literal
from rdflib.compare import graph_diff, isomorphic
from test_query import SAMPLE_TTL

from kg import export
from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "https://w3id.org/hitech-kg/id/article/a1"
RDF_FORMATS = ["ttl", "nt", "nq", "trig", "jsonld", "graphml", "gexf"]


@pytest.fixture()
def sample_graph() -> Graph:
    return Graph().parse(data=SAMPLE_TTL, format="turtle")


@pytest.fixture()
def written(sample_graph: Graph, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    export.write_graph(sample_graph, out, formats=RDF_FORMATS)
    return out


def same_decimals(graph: Graph) -> Graph:
    """``graph`` with every xsd:decimal literal written in one lexical form."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.decimal:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


def assert_same_graph(expected: Graph, got: Graph) -> None:
    if not isomorphic(expected, got):
        _, only_expected, only_got = graph_diff(expected, got)
        pytest.fail(f"graphs differ:\nmissing:\n{only_expected.serialize(format='nt')}\n"
                    f"extra:\n{only_got.serialize(format='nt')}")


def test_every_format_is_written(written: Path) -> None:
    assert sorted(p.name for p in written.iterdir()) == sorted(f"graph.{f}" for f in RDF_FORMATS)
    assert not list(written.glob(".*.tmp"))


def test_ntriples_sorted_and_complete(sample_graph: Graph, written: Path) -> None:
    lines = (written / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(sample_graph)
    assert_same_graph(sample_graph, Graph().parse(written / "graph.nt", format="nt"))


def test_nquads_hold_a_named_graph_per_article(sample_graph: Graph, written: Path) -> None:
    lines = (written / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    quads = list(ox.parse(path=str(written / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    default = [q for q in quads if q.graph_name == ox.DefaultGraph()]
    named = sorted(str(q.triple) for q in quads if q.graph_name == ox.NamedNode(ARTICLE))
    assert len(default) == len(sample_graph)
    assert named == sorted([
        "<https://w3id.org/hitech-kg/id/project/sensor> <https://w3id.org/hitech-kg/ontology#investor> "
        "<https://w3id.org/hitech-kg/id/company/xinghe>",
        "<https://w3id.org/hitech-kg/id/person/lin> <http://www.w3.org/ns/org#holds> "
        "<https://w3id.org/hitech-kg/id/post/lin-sj>"])
    assert len(quads) == len(default) + 2


def test_trig_is_the_same_dataset_as_nquads(written: Path) -> None:
    trig = list(ox.parse(path=str(written / "graph.trig"), format=ox.RdfFormat.TRIG))
    nq = list(ox.parse(path=str(written / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    assert sorted(map(str, trig)) == sorted(map(str, nq))
    assert sum(q.graph_name == ox.NamedNode(ARTICLE) for q in trig) == 2


def test_jsonld_has_the_contract_context_and_round_trips(sample_graph: Graph, written: Path) -> None:
    text = (written / "graph.jsonld").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["@context"]["hk"] == "https://w3id.org/hitech-kg/ontology#"
    assert data["@context"]["schema"] == "https://schema.org/"
    assert "青岚高新区" in text  # not \u-escaped
    assert_same_graph(sample_graph, Graph().parse(data=text, format="json-ld"))


def test_graphml_and_gexf_open_in_networkx(written: Path) -> None:
    for name, reader in [("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)]:
        network = reader(written / name)
        zone = network.nodes["https://w3id.org/hitech-kg/id/zone/qinglan"]
        assert zone["label"] == "青岚高新区"
        assert network.has_edge("https://w3id.org/hitech-kg/id/project/sensor",
                                "https://w3id.org/hitech-kg/id/company/xinghe")
    assert "lastmodifieddate" not in (written / "graph.gexf").read_text(encoding="utf-8")
    graphml = nx.read_graphml(written / "graph.graphml")
    assert graphml.nodes["https://w3id.org/hitech-kg/id/zone/qinglan"]["cls"] == "hk:Zone"


WRITE_SCRIPT = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from rdflib import XSD, Graph, Literal
from test_query import SAMPLE_TTL
from kg import export
export.write_graph(Graph().parse(data=SAMPLE_TTL, format="turtle"), Path(sys.argv[2]), formats=sys.argv[3:])
"""


def test_byte_identical_when_written_again_in_another_process(written: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", WRITE_SCRIPT, str(ROOT / "tests"), str(again), *RDF_FORMATS],
                   check=True, env=env, cwd=tmp_path)
    for fmt in RDF_FORMATS:
        name = f"graph.{fmt}"
        assert (written / name).read_bytes() == (again / name).read_bytes(), name


def test_unknown_format_is_refused(sample_graph: Graph, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="xyz"):
        export.write_graph(sample_graph, tmp_path, formats=["ttl", "xyz"])
    assert main(["build", str(ROOT / "examples"), "--out", str(tmp_path / "o"), "--formats", "ttl,xyz",
                 "--no-progress"]) == 2


def test_kg_build_formats_from_the_examples(tmp_path: Path) -> None:
    formats = ",".join(RDF_FORMATS)
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        status = main(["build", str(ROOT / "examples"), "--out", str(out), "--formats", formats,
                       "--no-progress"])
        assert status in (0, 2)  # 2: an example the ingest does not read yet
    for fmt in RDF_FORMATS:
        assert (first / f"graph.{fmt}").read_bytes() == (second / f"graph.{fmt}").read_bytes(), fmt
    # graph.ttl (rdflib's longturtle) writes "2500000000"^^xsd:decimal as 2500000000.0: same value.
    ttl = same_decimals(Graph().parse(first / "graph.ttl", format="turtle"))
    assert_same_graph(ttl, same_decimals(Graph().parse(first / "graph.nt", format="nt")))
