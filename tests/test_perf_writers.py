"""Fast paths of the Turtle writer (``kg.export``): the same bytes as the straightforward forms."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS
from test_facts import ARTICLE, RELATIONS, build

from kg import export
from kg import graph as rdf
from kg.facts import EVIDENCE_BASE


def _layered() -> rdf.Layered:
    return rdf.layered(build(RELATIONS, (ARTICLE,)))


def test_minted_texts_are_those_of_iri_text() -> None:
    nodes = [node for node, _, _ in _layered().evidence]
    assert export._minted_texts(EVIDENCE_BASE, nodes) == [export._iri_text(n, {}).encode() for n in nodes]


def test_minted_texts_refuse_what_is_not_a_minted_name() -> None:
    good = URIRef(EVIDENCE_BASE + "0a1b")
    odds = [URIRef(EVIDENCE_BASE + "0a\n" + EVIDENCE_BASE + "1b"), URIRef(EVIDENCE_BASE + "0A"),
            URIRef(EVIDENCE_BASE), URIRef("https://example.org/evidence/0a"), Literal(EVIDENCE_BASE + "0a")]
    for odd in odds:
        assert export._minted_texts(EVIDENCE_BASE, [good, odd]) is None, odd
    assert export._minted_texts("https://example.org/a b/", [URIRef("https://example.org/a b/0a")]) is None


def test_subjects_that_sort_among_the_evidence_nodes_are_written_in_their_place() -> None:
    """``_write`` puts the evidence blocks in as one run unless another subject sorts among them."""
    layered = _layered()
    nodes = sorted(str(node) for node, _, _ in layered.evidence)
    for name in (nodes[0][:-1] + "g", EVIDENCE_BASE + "0", EVIDENCE_BASE + "~", "https://w3id.org/a"):
        graph = rdf.Layered([*layered.plain, (URIRef(name), RDFS.label, Literal("甲", lang="zh"))],
                            layered.evidence)
        assert export.turtle_bytes(graph) == export.turtle_bytes(list(graph)), name
