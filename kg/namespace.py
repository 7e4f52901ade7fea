"""The ``hk:`` namespace: a closed set of terms, so a typo is an AttributeError, not a new IRI.

Generated from ``ontology/hitech-kg.ttl`` with
``python -m rdflib.tools.defined_namespace_creator --fail``; ``tests/test_namespace.py`` checks
the two agree.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class HK(DefinedNamespace):
    """hitech-kg ontology"""

    _fail = True

    # classes
    AdministrativeArea: URIRef
    Agreement: URIRef
    Article: URIRef
    Company: URIRef
    Event: URIRef
    Evidence: URIRef
    GovernmentBody: URIRef
    Industry: URIRef
    Organization: URIRef
    Person: URIRef
    Policy: URIRef
    Project: URIRef
    Zone: URIRef

    # properties
    developsIndustry: URIRef
    endOffset: URIRef
    evidenceText: URIRef
    investmentCNY: URIRef
    investor: URIRef
    issuedBy: URIRef
    leadingIndustry: URIRef
    locatedIn: URIRef
    mentionedIn: URIRef
    partOf: URIRef
    participatesIn: URIRef
    party: URIRef
    signatory: URIRef
    sourceFile: URIRef
    sourceLine: URIRef
    startOffset: URIRef

    _NS = Namespace("https://w3id.org/hitech-kg/ontology#")
