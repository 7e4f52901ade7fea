"""The OWL ontology and the SHACL shapes: labels, definitions, axioms, the packaged copy, consistency."""

from __future__ import annotations

import fnmatch
import importlib.util
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import ORG, PROV, SH, SKOS

from kg.namespace import HK

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "hitech-kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
NS = str(HK._NS)
HKS = "https://w3id.org/hitech-kg/shapes#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
BUILTIN = (RDF_NS, "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2002/07/owl#", XSD_NS)
CONTRACT_CLASSES = ("Zone", "GovernmentBody", "Company", "Organization", "Person", "Industry", "Policy",
                    "Project", "Agreement", "Event", "AdministrativeArea", "Article")
ZONE_KINDS = ("HighTechZone", "DevelopmentZone", "NewArea", "FreeTradeZone", "BondedZone",
              "DemonstrationZone", "Park")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def hk_terms(graph: Graph) -> list[URIRef]:
    return sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(NS)})


def classes(graph: Graph) -> list[URIRef]:
    return [t for t in hk_terms(graph) if (t, RDF.type, OWL.Class) in graph]


def properties(graph: Graph) -> list[URIRef]:
    return [t for t in hk_terms(graph) if t not in classes(graph)]


def subclasses(graph: Graph, cls: URIRef) -> set[URIRef]:
    """cls and everything below it."""
    return {cls} | {c for c in graph.transitive_subjects(RDFS.subClassOf, cls)}


def test_ontology_header(onto):
    node = URIRef("https://w3id.org/hitech-kg/ontology")
    assert (node, RDF.type, OWL.Ontology) in onto
    assert {t.language for t in onto.objects(node, URIRef("http://purl.org/dc/terms/title"))} == {"en", "zh"}


def test_every_contract_class_and_property_is_declared(onto):
    declared = {t[len(NS):] for t in hk_terms(onto)}
    assert set(CONTRACT_CLASSES) | {"Evidence"} | set(ZONE_KINDS) <= declared
    assert {"developsIndustry", "leadingIndustry", "investor", "locatedIn", "investmentCNY", "party",
            "signatory", "issuedBy", "participatesIn", "partOf", "mentionedIn", "evidenceText",
            "startOffset", "endOffset", "sourceFile", "sourceLine"} <= declared


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_term_has_a_label_and_a_definition_in_each_language(onto, lang):
    for term in hk_terms(onto):
        labels = [o for o in onto.objects(term, RDFS.label) if isinstance(o, Literal) and o.language == lang]
        assert len(labels) == 1 and str(labels[0]).strip(), (term, lang)
        definitions = [o for p in (SKOS.definition, RDFS.comment) for o in onto.objects(term, p)
                       if isinstance(o, Literal) and o.language == lang]
        assert definitions and all(len(str(d)) > 3 for d in definitions), (term, lang)


def test_labels_are_unique_per_language(onto):
    for lang in ("zh", "en"):
        labels = [str(o) for t in hk_terms(onto) for o in onto.objects(t, RDFS.label) if o.language == lang]
        assert len(labels) == len(set(labels)), lang


def test_every_property_is_typed_once_with_a_range(onto):
    for prop in properties(onto):
        kinds = set(onto.objects(prop, RDF.type)) & {OWL.ObjectProperty, OWL.DatatypeProperty}
        assert len(kinds) == 1, prop
        ranges = list(onto.objects(prop, RDFS.range))
        assert len(ranges) == 1, prop
        if OWL.DatatypeProperty in kinds:
            assert str(ranges[0]).startswith((XSD_NS, RDF_NS)), prop
        else:
            assert not str(ranges[0]).startswith(XSD_NS), prop
        if prop != HK.mentionedIn:  # anything can be mentioned in an article
            assert len(list(onto.objects(prop, RDFS.domain))) == 1, prop


def test_union_domains_and_ranges_are_well_formed(onto):
    unions = 0
    for prop in properties(onto):
        for bound in (*onto.objects(prop, RDFS.domain), *onto.objects(prop, RDFS.range)):
            members = onto.value(bound, OWL.unionOf)
            if members is None:
                assert isinstance(bound, URIRef)
                continue
            unions += 1
            items = list(Collection(onto, members))
            assert len(items) >= 2 and all(isinstance(i, URIRef) for i in items), prop
            assert (bound, RDF.type, OWL.Class) in onto
    assert unions == 3  # locatedIn's domain and range, party's range
    assert set(Collection(onto, onto.value(onto.value(HK.locatedIn, RDFS.range), OWL.unionOf))) == {
        HK.Zone, HK.AdministrativeArea}


def test_class_hierarchy(onto):
    def parents(cls):
        return set(onto.objects(cls, RDFS.subClassOf))

    assert parents(HK.Company) == parents(HK.GovernmentBody) == {HK.Organization}
    assert ORG.Organization in parents(HK.Organization)
    assert HK.Organization not in parents(HK.Zone)  # a zone is not counted as an hk:Organization
    assert SKOS.Concept in parents(HK.Industry)
    assert parents(HK.Evidence) == {PROV.Entity, RDF.Statement}
    assert PROV.Agent in parents(HK.Person)
    assert parents(HK.Article) == {URIRef("https://schema.org/NewsArticle")}
    for kind in ZONE_KINDS:
        assert parents(HK[kind]) == {HK.Zone}, kind
    assert (HK.leadingIndustry, RDFS.subPropertyOf, HK.developsIndustry) in onto


def test_every_hk_term_used_is_declared(onto, shapes):
    declared = set(hk_terms(onto))
    for graph in (onto, shapes):
        used = {t for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(NS)}
        assert used <= declared, sorted(used - declared)


def test_external_terms_used_as_properties_are_declared_for_owl_dl(onto):
    used = {p for _, p, _ in onto if not p.startswith(NS)} | {
        o for _, p, o in onto if p in (RDFS.subClassOf, RDFS.domain, RDFS.range) and isinstance(o, URIRef)}
    undeclared = sorted(t for t in used if not str(t).startswith(BUILTIN) and (t, RDF.type, None) not in onto)
    assert undeclared == []


def test_industries_scheme_is_declared(onto):
    scheme = URIRef("https://w3id.org/hitech-kg/id/scheme/industries")
    assert (scheme, RDF.type, SKOS.ConceptScheme) in onto
    assert {o.language for o in onto.objects(scheme, SKOS.prefLabel)} == {"en", "zh"}


# ---------------------------------------------------------------- shapes against the ontology


def targets(shapes: Graph, name: str) -> set[URIRef]:
    return set(shapes.objects(URIRef(HKS + name), SH.targetClass))


def test_shapes_target_every_contract_class_and_subclass(onto, shapes):
    entity_classes = set()
    for cls in CONTRACT_CLASSES:
        if cls != "Article":
            entity_classes |= subclasses(onto, HK[cls])
    entity_classes |= {HK.Agreement}
    assert targets(shapes, "Entity") == entity_classes
    assert targets(shapes, "Mentioned") == entity_classes - {HK.AdministrativeArea}
    assert targets(shapes, "MintedIRI") == entity_classes | {HK.Article, HK.Evidence, ORG.Post, ORG.Role}


def test_place_shape_accepts_every_zone_kind_and_areas(onto, shapes):
    place = URIRef(HKS + "Place")
    members = Collection(shapes, shapes.value(place, SH["or"]))
    accepted = {shapes.value(member, SH["class"]) for member in members}
    assert accepted == subclasses(onto, HK.Zone) | {HK.AdministrativeArea}


def test_every_shape_has_a_message(shapes):
    named = [s for s in shapes.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(HKS)]
    assert len(named) > 30
    for shape in named:
        if (shape, RDF.type, SH.PropertyShape) in shapes or shapes.value(shape, SH.property) is None:
            assert shapes.value(shape, SH.message) is not None, shape


# ---------------------------------------------------------------- the copy inside the package


@pytest.mark.parametrize("name", ["hitech-kg.ttl", "shapes.ttl"])
def test_package_copy_is_byte_identical(name):
    assert (ROOT / "kg" / "ontology" / name).read_bytes() == (ROOT / "ontology" / name).read_bytes(), (
        "run: python scripts/sync_ontology.py")


@pytest.mark.parametrize("name", ["hitech-kg.ttl", "shapes.ttl"])
def test_installed_package_finds_the_files(name):
    shipped = resources.files("kg") / "ontology" / name
    assert shipped.is_file()
    assert shipped.read_bytes() == (ROOT / "ontology" / name).read_bytes()


def test_package_data_patterns_ship_the_ontology():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["kg"]
    for path in sorted((ROOT / "kg" / "ontology").glob("*")):
        relative = path.relative_to(ROOT / "kg").as_posix()
        assert any(fnmatch.fnmatch(relative, p) for p in patterns), relative


def test_sync_script_reports_nothing_stale(capsys):
    spec = importlib.util.spec_from_file_location("sync_ontology", ROOT / "scripts" / "sync_ontology.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, capsys.readouterr().err
