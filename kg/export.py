"""Write a build's files: canonical Turtle, the HTML explorer, other RDF formats, Gephi graphs.

Every format is deterministic (the same graph gives the same bytes) and written atomically.

| format  | file            | what |
|---------|-----------------|------|
| ttl     | graph.ttl       | canonical Turtle (rdflib longturtle) |
| html    | graph.html      | the explorer |
| nt      | graph.nt        | N-Triples, one sorted line per triple |
| nq      | graph.nq        | N-Quads: the default graph plus one named graph per article with its facts |
| trig    | graph.trig      | the same dataset as TriG |
| jsonld  | graph.jsonld    | JSON-LD compacted with the contract's prefixes as @context |
| graphml | graph.graphml   | resources as nodes (label, cls), object properties as edges (networkx) |
| gexf    | graph.gexf      | the same network for Gephi |
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from kg import graph as rdf
from kg import html
from kg.atomic import write_atomic
from kg.model import BuildResult
from kg.namespace import HK
from kg.store import PREFIXES, WRITE_PREFIXES

LOGGER = logging.getLogger(__name__)

FORMATS = ("ttl", "html", "nt", "nq", "trig", "jsonld", "graphml", "gexf")
FILE_NAMES = {fmt: f"graph.{fmt}" for fmt in FORMATS}

#: JSON-LD @context: the contract's prefixes (and rdf/rdfs/xsd), nothing else.
JSONLD_CONTEXT = {prefix: ns for prefix, ns in PREFIXES.items() if prefix != "owl"}


def turtle(graph) -> str:
    """Canonical Turtle: the same graph always gives the same bytes."""
    return graph.serialize(format="longturtle", canon=True)


# --- RDF -------------------------------------------------------------------------------------------


def _canonical(graph: Graph) -> Graph:
    """``graph`` with blank nodes relabelled canonically (so their labels are stable), if it has any."""
    if not any(isinstance(term, BNode) for triple in graph for term in triple):
        return graph
    from rdflib.compare import to_canonical_graph

    return to_canonical_graph(graph)


def _ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def article_graphs(graph: Graph) -> dict[URIRef, list[tuple[Node, Node, Node]]]:
    """Each article's facts, from the evidence nodes: article IRI -> sorted (s, p, o) triples."""
    named: dict[URIRef, set[tuple[Node, Node, Node]]] = {}
    for evidence in graph.subjects(RDF.type, HK.Evidence):
        fact = (graph.value(evidence, RDF.subject), graph.value(evidence, RDF.predicate),
                graph.value(evidence, RDF.object))
        if None in fact:
            LOGGER.warning("evidence node %s lacks its subject, predicate or object", evidence)
            continue
        for article in graph.objects(evidence, PROV.wasDerivedFrom):
            if isinstance(article, URIRef):
                named.setdefault(article, set()).add(fact)  # type: ignore[arg-type]
    return {name: sorted(named[name], key=lambda t: tuple(x.n3() for x in t)) for name in sorted(named)}


def quads(graph: Graph) -> list[ox.Quad]:
    """The dataset's quads, sorted: the default graph (the whole graph), then one graph per article."""
    graph = _canonical(graph)
    default = sorted(graph, key=lambda t: tuple(x.n3() for x in t))
    out = [ox.Quad(_ox(s), _ox(p), _ox(o), ox.DefaultGraph()) for s, p, o in default]
    for name, facts in article_graphs(graph).items():
        out += [ox.Quad(_ox(s), _ox(p), _ox(o), ox.NamedNode(str(name))) for s, p, o in facts]
    return out


def _sorted_lines(data: bytes) -> str:
    lines = sorted(set(data.decode("utf-8").splitlines()))
    return "".join(f"{line}\n" for line in lines if line)


def ntriples(graph: Graph) -> str:
    """N-Triples, one line per triple, lines sorted."""
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads(graph)
               if q.graph_name == ox.DefaultGraph()]
    return _sorted_lines(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))


def nquads(graph: Graph) -> str:
    """N-Quads of the dataset (default graph plus per-article named graphs), lines sorted."""
    return _sorted_lines(ox.serialize(quads(graph), format=ox.RdfFormat.N_QUADS))


def trig(graph: Graph) -> str:
    """TriG of the dataset: the default graph, then each article's facts in a graph named after it."""
    return ox.serialize(quads(graph), format=ox.RdfFormat.TRIG, prefixes=WRITE_PREFIXES).decode("utf-8")


def _sort_jsonld(value: object) -> object:
    if isinstance(value, dict):
        return {key: _sort_jsonld(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        items = [_sort_jsonld(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False, sort_keys=True))
    return value


def jsonld(graph: Graph) -> str:
    """JSON-LD compacted with ``JSONLD_CONTEXT``; nodes and values sorted."""
    text = _canonical(graph).serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True)
    data = json.loads(text)
    context = data.pop("@context", JSONLD_CONTEXT)
    nodes = data.pop("@graph", None)
    if nodes is None:  # a single node comes back without @graph
        nodes = [data] if data else []
    body = {"@context": context, "@graph": _sort_jsonld(nodes)}
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# --- networks for Gephi ----------------------------------------------------------------------------


def graphml(graph: Graph) -> str:
    """GraphML of ``kg.api.to_networkx(graph)``."""
    import networkx as nx

    from kg.api import to_networkx

    return "\n".join(nx.generate_graphml(to_networkx(graph))) + "\n"


def gexf(graph: Graph) -> str:
    """GEXF 1.2 of ``kg.api.to_networkx(graph)`` (without networkx's today's-date stamp)."""
    import networkx as nx

    from kg.api import to_networkx

    buffer = io.BytesIO()
    nx.write_gexf(to_networkx(graph), buffer)
    text = buffer.getvalue().decode("utf-8")
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)


# --- writing ---------------------------------------------------------------------------------------

RENDERERS: dict[str, Callable[[Graph], str]] = {
    "ttl": turtle,
    "html": lambda graph: html.render(graph),
    "nt": ntriples,
    "nq": nquads,
    "trig": trig,
    "jsonld": jsonld,
    "graphml": graphml,
    "gexf": gexf,
}


def write_graph(graph: Graph, out: Path, *, formats: Iterable[str]) -> list[Path]:
    """Write ``graph`` into ``out`` in each of ``formats``; returns the files written."""
    wanted = set(formats)
    unknown = sorted(wanted - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown output format(s): {', '.join(unknown)}")
    written = []
    for fmt in FORMATS:
        if fmt in wanted:
            path = Path(out) / FILE_NAMES[fmt]
            write_atomic(path, RENDERERS[fmt](graph))
            written.append(path)
    return written


def write(result: BuildResult, out: Path, *, formats: list[str]) -> int:
    """Write the chosen formats into ``out``; returns an exit status (0 ok)."""
    write_graph(rdf.to_rdf(result), Path(out), formats=formats)
    return 0

