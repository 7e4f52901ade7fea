"""``kg.namespace.HK`` is generated from the ontology and closed: it and the ontology agree term for term."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from kg.namespace import HK

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "hitech-kg.ttl"
NS = "https://w3id.org/hitech-kg/ontology#"


def module_terms() -> set[str]:
    return {name for name in HK.__annotations__ if not name.startswith("_")}


def ontology_terms() -> set[str]:
    graph = Graph().parse(ONTOLOGY, format="turtle")
    subjects = {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}
    return {str(s)[len(NS):] for s in subjects if str(s).startswith(NS)}


def test_namespace_iri():
    assert str(HK._NS) == NS


def test_module_and_ontology_hold_the_same_terms():
    assert module_terms() == ontology_terms()


def test_terms_the_code_relied_on_are_kept():
    before = {"AdministrativeArea", "Agreement", "Article", "Company", "Event", "Evidence",
              "GovernmentBody", "Industry", "Organization", "Person", "Policy", "Project", "Zone",
              "developsIndustry", "endOffset", "evidenceText", "investmentCNY", "investor", "issuedBy",
              "leadingIndustry", "locatedIn",
              "mentionedIn", "partOf", "participatesIn", "party", "signatory", "sourceFile", "sourceLine",
              "startOffset"}
    assert before <= module_terms()


def test_terms_are_iris_in_the_namespace():
    for name in sorted(module_terms()):
        term = getattr(HK, name)
        assert isinstance(term, URIRef) and term == URIRef(NS + name)
    assert HK["Zone"] == URIRef(NS + "Zone")


def test_a_typo_is_an_error_not_a_new_iri():
    with pytest.raises(AttributeError):
        _ = HK.Zoen
    with pytest.raises(AttributeError):
        _ = HK["investmentCny"]


def test_module_is_what_the_generator_writes_now():
    spec = importlib.util.spec_from_file_location("sync_ontology", ROOT / "scripts" / "sync_ontology.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.namespace_module()
    assert (ROOT / "kg" / "namespace.py").read_text(encoding="utf-8") == expected, (
        "kg/namespace.py is stale: run python scripts/sync_ontology.py")


def test_code_uses_only_declared_terms():
    """``HK.name`` anywhere in the package names a declared term (also on paths no test runs)."""
    used = set()
    for path in sorted((ROOT / "kg").rglob("*.py")):
        used |= set(re.findall(r"\bHK\.([A-Za-z]\w*)", path.read_text(encoding="utf-8")))
    assert used, "no HK.term found in kg/"
    assert used <= module_terms(), sorted(used - module_terms())
