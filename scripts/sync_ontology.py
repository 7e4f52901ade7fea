"""Copy ``ontology/*.ttl`` into the package and regenerate ``kg/namespace.py`` from the ontology.

    python scripts/sync_ontology.py          # write kg/ontology/*.ttl and kg/namespace.py
    python scripts/sync_ontology.py --check  # exit 1 when either is out of date (CI, tests)

The term list comes from rdflib's own ``rdflib.tools.defined_namespace_creator`` (every subject of an
``rdf:type`` triple under the hk: namespace); the module is written sorted, classes then properties,
each commented with its Chinese and English labels, so the output is the same on every run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.tools.defined_namespace_creator import get_target_namespace_elements

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "ontology"
PACKAGE = ROOT / "kg" / "ontology"
NAMESPACE_MODULE = ROOT / "kg" / "namespace.py"
ONTOLOGY = SOURCE / "hitech-kg.ttl"
HK = "https://w3id.org/hitech-kg/ontology#"
CLASS_TYPES = (OWL.Class, RDFS.Class)

HEADER = '''"""The ``hk:`` namespace: a closed set of terms, so a typo is an AttributeError, not a new IRI.

Generated from ``ontology/hitech-kg.ttl`` by ``scripts/sync_ontology.py`` (rdflib's
``defined_namespace_creator`` lists the terms); do not edit by hand. ``tests/test_namespace.py``
checks the two agree.
"""
# ruff: noqa: N815  (the attribute names are the ontology's camelCase terms)

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class HK(DefinedNamespace):
    """hitech-kg ontology <https://w3id.org/hitech-kg/ontology>"""

    _fail = True
'''


def _label(graph: Graph, term: URIRef, lang: str) -> str:
    for label in sorted(graph.objects(term, RDFS.label)):
        if getattr(label, "language", None) == lang:
            return str(label)
    return ""


def namespace_module(ontology: Path = ONTOLOGY) -> str:
    """The text of ``kg/namespace.py`` for the ontology file."""
    graph = Graph().parse(ontology, format="turtle")
    elements, _, odd = get_target_namespace_elements(graph, HK)
    if odd:
        raise SystemExit(f"sync_ontology: hk: terms that are not Python identifiers: {odd}")
    terms = sorted(URIRef(iri) for iri, _ in elements)
    classes = [t for t in terms if any((t, RDF.type, c) in graph for c in CLASS_TYPES)]
    properties = [t for t in terms if t not in classes]
    lines = [HEADER]
    for heading, group in (("classes", classes), ("properties", properties)):
        lines.append(f"\n    # {heading}\n")
        for term in group:
            name = term[len(HK):]
            lines.append(f"    {name}: URIRef  # {_label(graph, term, 'zh')} / {_label(graph, term, 'en')}\n")
    lines.append(f'\n    _NS = Namespace("{HK}")\n')
    return "".join(lines)


def wanted() -> dict[Path, bytes]:
    """Every generated file and the bytes it must hold."""
    files = {PACKAGE / src.name: src.read_bytes() for src in sorted(SOURCE.glob("*.ttl"))}
    files[NAMESPACE_MODULE] = namespace_module().encode("utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report files that are out of date")
    args = parser.parse_args(argv)
    stale = [path for path, data in wanted().items() if not path.is_file() or path.read_bytes() != data]
    extra = sorted(set(PACKAGE.glob("*.ttl")) - {PACKAGE / src.name for src in SOURCE.glob("*.ttl")})
    if args.check:
        for path in [*stale, *extra]:
            print(f"sync_ontology: {path.relative_to(ROOT)} is out of date", file=sys.stderr)
        return 1 if stale or extra else 0
    PACKAGE.mkdir(parents=True, exist_ok=True)
    for path, data in wanted().items():
        if path in stale:
            path.write_bytes(data)
            print(f"sync_ontology: wrote {path.relative_to(ROOT)}", file=sys.stderr)
    for path in extra:
        path.unlink()
        print(f"sync_ontology: removed {path.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
