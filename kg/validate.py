"""Validate a graph against the project's SHACL shapes (``kg/ontology/shapes.ttl``).

``validate(graph)`` returns a ``Report``; ``load(path)`` reads a graph file (or a build's folder).
The shapes are package data, read with ``importlib.resources`` on first use, never at import.
pySHACL runs without inference and without the ontology: the shapes list the subclasses they need.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import BNode, Node

from kg.graph import PREFIXES

LOGGER = logging.getLogger(__name__)

SHAPES_NS = "https://w3id.org/hitech-kg/shapes#"


_CURIES = {"hks": SHAPES_NS, "rdf": str(RDF), "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
           "sh": str(SH), **{prefix: str(ns) for prefix, ns in PREFIXES.items() if prefix != "id"}}


class GraphFileError(ValueError):
    """A graph file that is missing or cannot be parsed; the message says which and why."""


class Violation(NamedTuple):
    """One validation result: which node broke which shape, on which path, and why."""

    focus: str
    shape: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus} breaks {self.shape} ({self.path}): {self.message}"


@dataclass(frozen=True)
class Report:
    """``conforms`` is False when there is any violation; warnings never fail a graph."""

    conforms: bool
    violations: tuple[Violation, ...] = ()
    warnings: tuple[Violation, ...] = ()


def shapes_path():
    """The shapes file shipped inside the package (a ``Traversable``)."""
    return resources.files("kg") / "ontology" / "shapes.ttl"


def ontology_path():
    """The OWL ontology shipped inside the package (a ``Traversable``)."""
    return resources.files("kg") / "ontology" / "hitech-kg.ttl"


@functools.lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The parsed shapes, read once per process."""
    return Graph().parse(data=shapes_path().read_text(encoding="utf-8"), format="turtle")


ENGINES = ("fast", "pyshacl")


def validate(graph: Graph | Iterable[tuple[Node, Node, Node]], *, engine: str = "fast") -> Report:
    """Check ``graph`` against the shapes; the graph is not modified.

    ``graph`` may also be a list of distinct triples (what ``kg build`` validates, with the fast engine).
    ``engine="fast"`` (the default) is this module's own evaluator of the SHACL Core subset the
    shapes use, linear in the size of the graph; ``engine="pyshacl"`` runs pySHACL, the reference
    (about 100 times slower: 9 s for 54k triples). The two give the same results
    (``tests/test_validate.py`` compares them on every example graph).
    """
    if engine == "fast":
        found = _fast_results(graph, compiled_shapes())
    elif engine == "pyshacl":
        if not isinstance(graph, Graph):
            graph = _to_graph(graph)
        found = _pyshacl_results(graph)
    else:
        raise ValueError(f"unknown validation engine {engine!r}; use one of {', '.join(ENGINES)}")
    violations = sorted({v for severity, v in found if severity == SH.Violation})
    warnings = sorted({v for severity, v in found if severity != SH.Violation})
    LOGGER.info("validation (%s): %d violations, %d warnings", engine, len(violations), len(warnings))
    return Report(conforms=not violations, violations=tuple(violations), warnings=tuple(warnings))


def messages(report: Report) -> list[str]:
    """One line per violation, then one per warning (prefixed ``warning:``), in sorted order."""
    return [str(v) for v in report.violations] + [f"warning: {w}" for w in report.warnings]


def _to_graph(triples: Iterable[tuple[Node, Node, Node]]) -> Graph:
    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph


def _pyshacl_results(graph: Graph) -> list[tuple[Node, Violation]]:
    from pyshacl import validate as shacl_validate  # heavy import: only when asked for

    _, results, _ = shacl_validate(graph, shacl_graph=shapes_graph(), inference="none",
                                   allow_warnings=True, advanced=False, abort_on_first=False)
    return [(results.value(result, SH.resultSeverity), _violation(results, result))
            for result in results.subjects(RDF.type, SH.ValidationResult)]


def _violation(results: Graph, result: Node) -> Violation:
    message = " ".join(sorted(str(m) for m in results.objects(result, SH.resultMessage))) or "fails"
    value = results.value(result, SH.value)
    if value is not None and value != results.value(result, SH.focusNode):
        message += f" [value: {_value(value)}]"
    path = results.value(result, SH.resultPath)
    return Violation(focus=_term(results.value(result, SH.focusNode)),
                     shape=_term(results.value(result, SH.sourceShape)),
                     path=_term(path) if path is not None else "-",
                     message=message)


def _term(node: Node | None) -> str:
    """A short, stable name for a node: a CURIE for known vocabularies, else N3 (``<iri>``)."""
    if isinstance(node, URIRef):
        for prefix, ns in _CURIES.items():
            if node.startswith(ns) and len(node) > len(ns):
                return f"{prefix}:{node[len(ns):]}"
        return f"<{node}>"
    if isinstance(node, BNode):
        return "[]"  # blank node labels change from run to run; do not print them
    if node is None:
        return "-"
    return node.n3()


def _value(node: Node, limit: int = 40) -> str:
    if isinstance(node, Literal):
        text = str(node)
        shown = text if len(text) <= limit else text[:limit] + "…"
        datatype = f"^^{_term(node.datatype)}" if node.datatype else ""
        suffix = f"@{node.language}" if node.language else datatype
        return f'"{shown}"{suffix}'
    return _term(node)


# ---------------------------------------------------------------- the fast engine

_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
_COUNTS = (SH.minCount, SH.maxCount, SH.minLength, SH.qualifiedMinCount, SH.qualifiedMaxCount)
_TERMS = (SH.datatype, SH.nodeKind, SH["class"], SH.hasValue, SH.lessThanOrEquals)
_BOUNDS = (SH.minInclusive, SH.minExclusive)
#: shape terms that only describe (never constrain) and are not evaluated
_DESCRIPTIVE = (SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.path, SH.flags,
                SH.deactivated, SH.qualifiedMinCount, SH.qualifiedMaxCount)
_LANG_STRING = RDF.langString
_XSD_STRING = XSD.string
_NODE_KINDS = {
    SH.IRI: (URIRef,), SH.Literal: (Literal,), SH.BlankNode: (BNode,), SH.BlankNodeOrIRI: (BNode, URIRef),
    SH.BlankNodeOrLiteral: (BNode, Literal), SH.IRIOrLiteral: (URIRef, Literal),
}


@dataclass(frozen=True, eq=False)
class Shape:
    """A node or property shape of ``shapes.ttl``, compiled for the fast engine."""

    node: Node
    path: URIRef | None
    severity: URIRef
    message: str
    targets: tuple[tuple[URIRef, Node], ...]
    checks: tuple[tuple[str, object], ...]  # (constraint parameter's local name, compiled argument)
    properties: tuple[Shape, ...]
    deactivated: bool = False


@functools.lru_cache(maxsize=1)
def compiled_shapes() -> tuple[Shape, ...]:
    """The shapes that have targets, compiled once per process; unknown sh: terms raise ValueError."""
    shapes = shapes_graph()
    roots = sorted({s for target in _TARGETS for s in shapes.subjects(target, None)}, key=str)
    return tuple(_compile(shapes, root) for root in roots)


def _compile(shapes: Graph, node: Node) -> Shape:
    path = shapes.value(node, SH.path)
    if path is not None and not isinstance(path, URIRef):
        raise ValueError(f"{_term(node)}: the fast validator only evaluates predicate paths")
    targets: list[tuple[URIRef, Node]] = []
    checks: list[tuple[str, object]] = []
    properties: list[Shape] = []
    for param, arg in sorted(shapes.predicate_objects(node)):
        if not str(param).startswith(str(SH)) or param in _DESCRIPTIVE:
            continue
        if param in _TARGETS:
            targets.append((param, arg))
        elif param == SH.property:
            properties.append(_compile(shapes, arg))
        elif param in _COUNTS:
            checks.append((_local(param), int(arg)))
        elif param in _TERMS or param in _BOUNDS:
            checks.append((_local(param), arg))
        elif param == SH.languageIn:
            checks.append(("languageIn", tuple(str(tag).lower() for tag in Collection(shapes, arg))))
        elif param == SH.pattern:
            flags = str(shapes.value(node, SH.flags) or "").lower()
            mode = (re.I if "i" in flags else 0) | (re.M if "m" in flags else 0)
            checks.append(("pattern", re.compile(str(arg), mode)))
        elif param == SH["or"]:
            checks.append(("or", tuple(_compile(shapes, member) for member in Collection(shapes, arg))))
        elif param == SH.node:
            checks.append(("node", _compile(shapes, arg)))
        elif param == SH.qualifiedValueShape:
            low, high = shapes.value(node, SH.qualifiedMinCount), shapes.value(node, SH.qualifiedMaxCount)
            checks.append(("qualifiedValueShape", (_compile(shapes, arg), None if low is None else int(low),
                                                   None if high is None else int(high))))
        else:
            raise ValueError(f"{_term(node)}: the fast validator cannot evaluate {_term(param)}; "
                             "add it to kg/validate.py or use engine='pyshacl'")
    message = " ".join(sorted(str(m) for m in shapes.objects(node, SH.message)))
    return Shape(node=node, path=path, severity=shapes.value(node, SH.severity) or SH.Violation,
                 message=message, targets=tuple(targets), checks=tuple(checks), properties=tuple(properties),
                 deactivated=bool(shapes.value(node, SH.deactivated) == Literal(True)))


class _Data:
    """Indexes over the data graph (an rdflib graph or a list of distinct triples), built in one pass."""

    def __init__(self, graph: Graph | Iterable[tuple[Node, Node, Node]]) -> None:
        by_path: dict[Node, dict[Node, list[Node]]] = {}
        for s, p, o in graph:
            by_subject = by_path.get(p)
            if by_subject is None:
                by_subject = by_path[p] = {}
            values = by_subject.get(s)
            if values is None:
                by_subject[s] = [o]
            else:
                values.append(o)
        self._by_path = by_path
        supers: dict[Node, set[Node]] = defaultdict(set)
        for sub, sups in by_path.get(RDFS.subClassOf, {}).items():
            supers[sub].update(sups)
        self.types: dict[Node, set[Node]] = defaultdict(set)
        ancestors: dict[Node, set[Node]] = {}
        for node, classes in by_path.get(RDF.type, {}).items():
            for cls in classes:
                found = ancestors.get(cls)
                if found is None:
                    found = ancestors[cls] = _ancestors(cls, supers)
                self.types[node] |= found
        self.instances: dict[Node, set[Node]] = defaultdict(set)
        for node, classes in self.types.items():
            for cls in classes:
                self.instances[cls].add(node)

    def values(self, focus: Node, path: URIRef) -> list[Node]:
        return self.index(path).get(focus, [])

    def index(self, path: URIRef) -> dict[Node, list[Node]]:
        return self._by_path.get(path, {})

    def focus_nodes(self, targets: tuple[tuple[URIRef, Node], ...]) -> set[Node]:
        nodes: set[Node] = set()
        for kind, term in targets:
            if kind == SH.targetClass:
                nodes |= self.instances.get(term, set())
            elif kind == SH.targetSubjectsOf:
                nodes |= set(self.index(term))
            elif kind == SH.targetObjectsOf:
                nodes |= {value for values in self.index(term).values() for value in values}
            else:
                nodes.add(term)
        return nodes


def _local(term: URIRef) -> str:
    return term[len(str(SH)):]


def _ancestors(cls: Node, supers: dict[Node, set[Node]]) -> set[Node]:
    seen = {cls}
    todo = [cls]
    while todo:
        for parent in supers.get(todo.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _fast_results(graph: Graph | Iterable[tuple[Node, Node, Node]],
                  shapes: tuple[Shape, ...]) -> list[tuple[Node, Violation]]:
    data = _Data(graph)
    found: list[tuple[Node, Violation]] = []
    for shape in shapes:
        for focus in data.focus_nodes(shape.targets):
            for failed, value in _failures(shape, focus, data):
                message = failed.message or "fails"
                if value is not None and value != focus:
                    message += f" [value: {_value(value)}]"
                found.append((failed.severity, Violation(focus=_term(focus), shape=_term(failed.node),
                                                         path=_term(failed.path) if failed.path else "-",
                                                         message=message)))
    return found


def _failures(shape: Shape, focus: Node, data: _Data) -> list[tuple[Shape, Node | None]]:
    """(shape, value) for each constraint of ``shape`` and its property shapes that ``focus`` breaks."""
    if shape.deactivated:
        return []
    values = data.values(focus, shape.path) if shape.path is not None else [focus]
    found: list[tuple[Shape, Node | None]] = []
    for param, arg in shape.checks:
        bad = _SET_CHECKS[param](arg, focus, values, data)
        if bad:
            found += [(shape, value) for value in bad]
    for prop in shape.properties:
        found += _failures(prop, focus, data)
    return found


def _conforms(node: Node, shape: Shape, data: _Data) -> bool:
    return not _failures(shape, node, data)


# Each constraint: (argument, focus node, value nodes, data) -> the failing values (None: the whole set).

def _min_count(arg, focus, values, data) -> list[Node | None]:
    return [None] if len(values) < arg else []


def _max_count(arg, focus, values, data) -> list[Node | None]:
    return [None] if len(values) > arg else []


def _has_value(arg, focus, values, data) -> list[Node | None]:
    return [] if arg in values else [None]


def _qualified(arg, focus, values, data) -> list[Node | None]:
    inner, low, high = arg
    count = sum(1 for value in values if _conforms(value, inner, data))
    return [None] if (low is not None and count < low) or (high is not None and count > high) else []


def _less_than_or_equals(arg, focus, values, data) -> list[Node | None]:
    others = data.values(focus, arg)
    return [v for v in values if not all(_compare(v, other) in (-1, 0) for other in others)]


def _each(test):
    """A constraint on each value node, from a test ``(argument, value, data) -> bool``."""
    return lambda arg, focus, values, data: [v for v in values if not test(arg, v, data)]


def _language_in(arg, value, data) -> bool:
    lang = value.language.lower() if isinstance(value, Literal) and value.language else ""
    return bool(lang) and any(tag == "*" or lang == tag or lang.startswith(tag + "-") for tag in arg)


_SET_CHECKS = {
    "minCount": _min_count,
    "maxCount": _max_count,
    "hasValue": _has_value,
    "qualifiedValueShape": _qualified,
    "lessThanOrEquals": _less_than_or_equals,
    "nodeKind": _each(lambda arg, v, data: isinstance(v, _NODE_KINDS[arg])),
    "datatype": _each(lambda arg, v, data: _has_datatype(v, arg)),
    "languageIn": _each(_language_in),
    "minLength": _each(lambda arg, v, data: not isinstance(v, BNode) and len(str(v)) >= arg),
    "pattern": _each(lambda arg, v, data: not isinstance(v, BNode) and arg.search(str(v)) is not None),
    "class": _each(lambda arg, v, data: not isinstance(v, Literal) and arg in data.types.get(v, ())),
    "minInclusive": _each(lambda arg, v, data: _compare(v, arg) in (0, 1)),
    "minExclusive": _each(lambda arg, v, data: _compare(v, arg) == 1),
    "or": _each(lambda arg, v, data: any(_conforms(v, member, data) for member in arg)),
    "node": _each(lambda arg, v, data: _conforms(v, arg, data)),
}


def _has_datatype(value: Node, datatype: Node) -> bool:
    if not isinstance(value, Literal):
        return False
    if datatype == _LANG_STRING:
        return value.language is not None
    if value.language is not None:
        return False
    return (value.datatype or _XSD_STRING) == datatype and not value.ill_typed


def _compare(left: Node, right: Node) -> int | None:
    """-1, 0 or 1 for two comparable literal values; None when they cannot be compared."""
    if not isinstance(left, Literal) or not isinstance(right, Literal) or left.ill_typed or right.ill_typed:
        return None
    a, b = left.value, right.value
    if a is None or b is None:
        return None
    try:
        return (a > b) - (a < b)
    except TypeError:
        return None


def load(path: Path | str) -> Graph:
    """Read a graph file, or ``graph.ttl`` inside a folder (``kg.load``); raises ``GraphFileError``."""
    from kg.api import PARSERS
    from kg.api import load as read_graph
    from kg.store import rdf_file

    try:
        file, fmt = rdf_file(path, PARSERS)
    except (FileNotFoundError, ValueError) as exc:
        raise GraphFileError(str(exc)) from exc
    try:
        return read_graph(file)
    except Exception as exc:  # rdflib and oxigraph raise many parser-specific types
        raise GraphFileError(f"{file}: not valid {fmt}: {exc}") from exc
