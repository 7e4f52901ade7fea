"""The Python API for notebooks and scripts: ``load`` a built graph, turn it into a networkx graph."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from kg.namespace import HK
from kg.store import PREFIXES, XSD_STRING, curie, rdf_file

if TYPE_CHECKING:
    import networkx as nx

LOGGER = logging.getLogger(__name__)

#: rdflib parser names by file extension.
PARSERS = {".ttl": "turtle", ".nt": "nt", ".n3": "n3", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml"}
#: Reification edges of evidence nodes: left out of networks unless evidence is asked for.
EVIDENCE_LINKS = (RDF.subject, RDF.predicate, RDF.object)


def load(path: str | Path) -> Graph:
    """The graph at ``path`` (a folder holding graph.ttl, or an RDF file) as an rdflib ``Graph``."""
    file, parser = rdf_file(path, PARSERS)
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    if parser in ("nquads", "trig"):  # a dataset: every graph's triples, merged
        fmt = ox.RdfFormat.N_QUADS if parser == "nquads" else ox.RdfFormat.TRIG
        for quad in ox.parse(path=str(file), format=fmt):
            graph.add((_rdflib(quad.subject), _rdflib(quad.predicate), _rdflib(quad.object)))
    elif parser == "json-ld":  # may hold named graphs too: every graph's triples, merged
        dataset = Dataset(default_union=True)
        dataset.parse(file, format=parser)
        for triple in dataset.triples((None, None, None)):
            graph.add(triple)
    else:
        graph.parse(file, format=parser)
    LOGGER.info("loaded %d triples from %s", len(graph), file)
    return graph


def _rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"not an RDF term: {term!r}")


def _key(term: Node) -> str:
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return term.n3()
    return str(term)


def _label(graph: Graph, node: Node) -> str:
    labels = sorted(graph.objects(node, RDFS.label), key=lambda lit: (getattr(lit, "language", None) != "zh",
                                                                      str(lit)))
    if not labels:
        labels = sorted(graph.objects(node, DCTERMS.title), key=str)
    if not labels:
        labels = sorted(graph.objects(node, SKOS.prefLabel), key=str)
    if labels:
        return str(labels[0])
    return curie(str(node)) if isinstance(node, URIRef) else _key(node)


def _cls(graph: Graph, node: Node) -> str:
    """The node's class as a CURIE; hk: classes first."""
    names = sorted(curie(str(t)) for t in graph.objects(node, RDF.type) if isinstance(t, URIRef))
    ours = [n for n in names if n.startswith("hk:")]
    return (ours or names or [""])[0]


def to_networkx(graph: Graph, *, include_literals: bool = False, include_evidence: bool = False
                ) -> nx.MultiDiGraph:
    """A directed multigraph of ``graph``'s resources and the object properties between them.

    Nodes are keyed by IRI (``_:id`` for blank nodes) with ``label`` (rdfs:label, else title or
    CURIE) and ``cls`` (a CURIE, e.g. ``hk:Zone``). Edges carry ``key`` = the property's CURIE and
    ``label`` = its local name. rdf:type becomes ``cls``, not an edge. Evidence nodes (hk:Evidence)
    are left out unless ``include_evidence``; with ``include_literals`` literal values become nodes
    too (keyed by their N-Triples form, ``cls`` = ``rdfs:Literal``).
    """
    import networkx as nx

    skip = set() if include_evidence else set(graph.subjects(RDF.type, HK.Evidence))
    network = nx.MultiDiGraph()
    edges: list[tuple[str, str, str, str]] = []
    nodes: set[Node] = set()
    for s, p, o in graph:
        if p == RDF.type or s in skip or o in skip:
            continue
        if isinstance(o, Literal) and not include_literals:
            continue
        if not include_evidence and p in EVIDENCE_LINKS:
            continue
        nodes.update((s, o))
        prop = curie(str(p))
        edges.append((_key(s), _key(o), prop, prop.split(":", 1)[-1].strip("<>")))
    for s in graph.subjects(RDF.type, None):
        if s not in skip:
            nodes.add(s)
    for node in sorted(nodes, key=_key):
        if isinstance(node, Literal):
            network.add_node(_key(node), label=str(node), cls="rdfs:Literal")
        else:
            network.add_node(_key(node), label=_label(graph, node), cls=_cls(graph, node))
    for source, target, key, label in sorted(edges):
        network.add_edge(source, target, key=key, label=label)
    return network
