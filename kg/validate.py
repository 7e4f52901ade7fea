"""Validate a graph against the project's SHACL shapes (``kg/ontology/shapes.ttl``).

``validate(graph)`` returns a ``Report``; ``load(path)`` reads a graph file (or a build's folder).
The shapes are package data, read with ``importlib.resources`` on first use, never at import.
pySHACL runs without inference and without the ontology: the shapes list the subclasses they need.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import chain, repeat, starmap
from pathlib import Path
from typing import NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import BNode, Node

from kg.facts import EvidenceRow, evidence_columns
from kg.graph import PREFIXES, Layered, no_cyclic_collection

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
        with no_cyclic_collection():  # the indexes hold no cycles: nothing for the collector to find
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
#: sh:nodeKind -> the kinds of node it accepts (see ``_KIND``)
_NODE_KINDS = {
    SH.IRI: {URIRef}, SH.Literal: {Literal}, SH.BlankNode: {BNode}, SH.BlankNodeOrIRI: {BNode, URIRef},
    SH.BlankNodeOrLiteral: {BNode, Literal}, SH.IRIOrLiteral: {URIRef, Literal},
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
    """Indexes over the data graph (an rdflib graph or a list of distinct triples).

    One pass splits the triples by predicate into a column of subjects and one of objects (each triple
    read once: the later passes read the columns, contiguous lists, not the scattered triples);
    ``index(path)`` maps each subject to its values on ``path``, and ``instances(cls)`` is the set of
    nodes typed with ``cls`` or one of its subclasses (``rdfs:subClassOf`` in the data); both are
    worked out on first use, once per path or class.
    """

    def __init__(self, graph: Graph | Iterable[tuple[Node, Node, Node]]) -> None:
        columns: dict[Node, tuple[list[Node], list[Node]]] = {}
        appenders: dict[Node, tuple[Callable[[Node], None], Callable[[Node], None]]] = {}
        rows: Sequence[EvidenceRow] = ()
        if isinstance(graph, Layered):
            graph, rows = graph.plain, graph.evidence
        for s, p, o in graph:
            append = appenders.get(p)
            if append is None:
                subjects, objects = columns[p] = ([], [])
                append = appenders[p] = (subjects.append, objects.append)
            append[0](s)
            append[1](o)
        if rows:
            _add_evidence_columns(columns, rows)
        self._columns = columns
        self._by_path: dict[Node, dict[Node, Sequence[Node]]] = {}
        self._typed: dict[Node, list[Node]] | None = None  # class -> the nodes typed with it
        self._subclasses: dict[Node, list[Node]] | None = None  # class -> its direct subclasses
        self._instances: dict[Node, dict[Node, None]] = {}
        self._iris: dict[Node, set[str]] = {}

    def index(self, path: Node) -> dict[Node, Sequence[Node]]:
        """Subject -> its values on ``path`` (empty when no triple uses ``path``); do not modify."""
        index = self._by_path.get(path)
        if index is None:
            index = self._by_path[path] = _subject_index(*self._columns.get(path, _NO_COLUMNS))
        return index

    def values_in_order(self, path: Node, foci: Sequence[Node]) -> list[Node] | None:
        """The objects of ``path``'s triples if their subjects are ``foci``, in that order, else None (a
        list not to modify).

        With distinct ``foci``, each focus node then has exactly one value on ``path``, and no index is
        needed (comparing the two lists is a loop in C that mostly meets the same objects).
        """
        subjects, objects = self._columns.get(path, _NO_COLUMNS)
        if len(subjects) != len(foci) or subjects != foci:
            return None
        return objects

    def instances(self, cls: Node) -> dict[Node, None]:
        """The nodes with ``rdf:type`` ``cls`` or a subclass of it, as the keys of a dict (an ordered set)."""
        found = self._instances.get(cls)
        if found is None:
            if self._typed is None or self._subclasses is None:
                self._typed = _subjects_by_object(*self._columns.get(RDF.type, _NO_COLUMNS))
                self._subclasses = _subjects_by_object(*self._columns.get(RDFS.subClassOf, _NO_COLUMNS))
            typed, subclasses = self._typed, _closure(cls, self._subclasses)
            found = dict.fromkeys(chain.from_iterable(typed.get(sub, ()) for sub in subclasses))
            self._instances[cls] = found
        return found

    def instance_iris(self, cls: Node) -> set[str]:
        """The text of each IRI in ``instances(cls)``; do not modify.

        The data's terms are mostly equal but not identical objects, and rdflib's ``URIRef.__eq__`` is a
        Python call: ``str(iri) in instance_iris(cls)`` compares plain strings, in C.
        """
        found = self._iris.get(cls)
        if found is None:
            found = self._iris[cls] = {str(node) for node in self.instances(cls) if type(node) is URIRef}
        return found

    def focus_nodes(self, targets: tuple[tuple[URIRef, Node], ...]) -> list[Node]:
        """The focus nodes of a shape's targets, each once, in the order the data has them first.

        That order keeps a group's lookups in the indexes (built in the same order) close to
        sequential in memory, which makes them several times cheaper than in hash order.
        """
        nodes: dict[Node, None] = {}
        for kind, term in targets:
            if kind == SH.targetClass:
                nodes.update(self.instances(term))
            elif kind == SH.targetSubjectsOf:
                nodes.update(dict.fromkeys(self.index(term)))
            elif kind == SH.targetObjectsOf:
                nodes.update(dict.fromkeys(chain.from_iterable(self.index(term).values())))
            else:
                nodes[term] = None
        return list(nodes)


def _add_evidence_columns(columns: dict[Node, tuple[list[Node], list[Node]]],
                          rows: Sequence[EvidenceRow]) -> None:
    """Add the triples of evidence rows (``kg.graph.Layered``) to the columns of ``_Data``, a column at a
    time (``kg.facts.evidence_columns``): a row's node is the subject of its eight triples only."""
    for predicate, nodes, values in evidence_columns(rows):
        column = columns.get(predicate)
        if column is None:
            columns[predicate] = (list(nodes), values)
        else:
            column[0].extend(nodes)
            column[1].extend(values)


def _local(term: URIRef) -> str:
    return term[len(str(SH)):]


def _subject_index(subjects: list[Node], objects: list[Node]) -> dict[Node, Sequence[Node]]:
    """Subject -> its values, from the columns of one predicate (``objects[i]`` is a value of
    ``subjects[i]``).

    Most subjects have one value per predicate: a dict of 1-tuples made in C builds those indexes
    several times as fast as a loop that appends to lists, which only predicates with several values
    for some subject need.
    """
    index: dict[Node, Sequence[Node]] = dict(zip(subjects, zip(objects)))
    if len(index) == len(subjects):
        return index
    lists: dict[Node, list[Node]] = {}
    for s, o in zip(subjects, objects):
        values = lists.get(s)
        if values is None:
            lists[s] = [o]
        else:
            values.append(o)
    return lists  # type: ignore[return-value]  # (lists are sequences)


def _subjects_by_object(subjects: list[Node], objects: list[Node]) -> dict[Node, list[Node]]:
    """Object -> the subjects that have it, from the columns of one predicate."""
    inverse: dict[Node, list[Node]] = {}
    for s, o in zip(subjects, objects):
        found = inverse.get(o)
        if found is None:
            inverse[o] = [s]
        else:
            found.append(s)
    return inverse


#: the columns of a predicate no triple has
_NO_COLUMNS: tuple[list[Node], list[Node]] = ([], [])


def _closure(start: Node, edges: dict[Node, list[Node]]) -> set[Node]:
    """``start`` and every node reachable from it along ``edges``."""
    seen = {start}
    todo = [start]
    while todo:
        for node in edges.get(todo.pop(), ()):
            if node not in seen:
                seen.add(node)
                todo.append(node)
    return seen


class _KindOf(dict):
    """Exact type of a node -> its kind: ``URIRef``, ``BNode``, ``Literal`` (or ``Node`` for others).

    rdflib's term classes are ABCs: an ``isinstance`` test that fails costs a Python call, and the
    constraints below ask millions of them, so the kind is worked out once per type.
    """

    def __missing__(self, cls: type) -> type:
        kind = self[cls] = next((kind for kind in (URIRef, BNode, Literal) if issubclass(cls, kind)), Node)
        return kind


_KIND = _KindOf()


def _fast_results(graph: Graph | Iterable[tuple[Node, Node, Node]],
                  shapes: tuple[Shape, ...]) -> list[tuple[Node, Violation]]:
    data = _Data(graph)
    found: list[tuple[Node, Violation]] = []
    for shape in shapes:
        foci = data.focus_nodes(shape.targets)
        for position, failed, value in _failures(shape, foci, data, distinct=True):
            focus = foci[position]
            message = failed.message or "fails"
            if value is not None and value != focus:
                message += f" [value: {_value(value)}]"
            found.append((failed.severity, Violation(focus=_term(focus), shape=_term(failed.node),
                                                     path=_term(failed.path) if failed.path else "-",
                                                     message=message)))
    return found


class _Group:
    """Focus nodes that one shape checks together, and their value nodes on the shape's path.

    ``rows[i]`` are the values of ``foci[i]``, and ``values`` all of them in one list. When the focus
    nodes are ``distinct`` and the path's triples have exactly them as subjects, in the same order (the
    common case: a build writes each node's triples together), ``values`` are those triples' objects
    and ``rows`` is only built when a constraint fails and its failures must be found.
    """

    def __init__(self, foci: Sequence[Node], path: Node | None, data: _Data, *, distinct: bool) -> None:
        self.foci = foci
        self.distinct = distinct
        self._path = path
        self._data = data
        self._in_order: list[Node] | None = list(foci) if path is None else None
        if path is not None and distinct:
            self._in_order = data.values_in_order(path, foci)

    @functools.cached_property
    def rows(self) -> Sequence[Sequence[Node]]:
        if self._in_order is not None:
            return [(value,) for value in self._in_order]
        return _rows(self._data.index(self._path), self.foci)

    @functools.cached_property
    def values(self) -> list[Node]:
        """Every value node of the group, in one list."""
        return self._in_order if self._in_order is not None else list(chain.from_iterable(self.rows))

    @functools.cached_property
    def distinct_values(self) -> list[Node]:
        """``values`` with each object once (``_distinct``), made once for all the group's value tests."""
        return _distinct(self.values)

    @functools.cached_property
    def counts(self) -> tuple[int, int]:
        """The fewest and the most values a focus node has."""
        if self._in_order is not None:
            return 1, 1
        return min(map(len, self.rows)), max(map(len, self.rows))


#: (position of the focus node in its group, the failing value, or None when the whole set fails)
Failure = tuple[int, "Node | None"]
#: a test of one value node
ValueTest = Callable[[Node], bool]


def _failures(shape: Shape, foci: Sequence[Node], data: _Data,
              distinct: bool = False) -> list[tuple[int, Shape, Node | None]]:
    """(position in ``foci``, shape, value) for each constraint of ``shape`` and its property shapes that a
    focus node breaks. Each constraint runs once over the whole group of focus nodes; ``distinct`` says
    that no focus node is there twice (value nodes, checked against nested shapes, can be)."""
    if shape.deactivated or not foci:
        return []
    group = _Group(foci, shape.path, data, distinct=distinct)
    found: list[tuple[int, Shape, Node | None]] = []
    for param, arg in shape.checks:
        found += [(position, shape, value) for position, value in _CHECKS[param](arg, group, data)]
    for prop in shape.properties:
        found += _failures(prop, foci, data, distinct)
    return found


def _rows(index: dict[Node, Sequence[Node]], foci: Sequence[Node]) -> list[Sequence[Node]]:
    """The values of each focus node in ``index`` (``map`` with ``dict.get``: no Python loop)."""
    return list(map(index.get, foci, repeat(())))


def _conforming(shape: Shape, nodes: Sequence[Node], data: _Data) -> list[bool]:
    """For each of ``nodes``, whether it conforms to ``shape``."""
    bad = {position for position, _, _ in _failures(shape, nodes, data)}
    return [position not in bad for position in range(len(nodes))]


def _owners(rows: Sequence[Sequence[Node]]) -> list[int]:
    """For each value of ``chain(*rows)``, the position of its row."""
    return [position for position, row in enumerate(rows) for _ in row]


# Each constraint: (argument, group, data) -> the failures. Most test the common case (nothing fails)
# in one pass first, and only then look for the focus nodes that fail.

def _min_count(arg, group: _Group, data: _Data) -> list[Failure]:
    if group.counts[0] >= arg:
        return []
    return [(position, None) for position, values in enumerate(group.rows) if len(values) < arg]


def _max_count(arg, group: _Group, data: _Data) -> list[Failure]:
    if group.counts[1] <= arg:
        return []
    return [(position, None) for position, values in enumerate(group.rows) if len(values) > arg]


def _has_value(arg, group: _Group, data: _Data) -> list[Failure]:
    return [(position, None) for position, values in enumerate(group.rows) if arg not in values]


def _qualified(arg, group: _Group, data: _Data) -> list[Failure]:
    inner, low, high = arg
    counts = [0] * len(group.rows)
    for owner, conforms in zip(_owners(group.rows), _conforming(inner, group.values, data)):
        counts[owner] += conforms
    return [(position, None) for position, count in enumerate(counts)
            if (low is not None and count < low) or (high is not None and count > high)]


def _less_than_or_equals(arg, group: _Group, data: _Data) -> list[Failure]:
    if group.distinct and group.counts == (1, 1):  # the common case: one value, and one limit in order
        limits = data.values_in_order(arg, group.foci)
        if limits is not None:
            pairs = dict(zip(zip(map(id, group.values), map(id, limits)), zip(group.values, limits)))
            if all(starmap(_at_most, pairs.values())):  # each pair of objects compared once
                return []
    found: list[Failure] = []
    for position, (values, others) in enumerate(zip(group.rows, _rows(data.index(arg), group.foci))):
        found += [(position, value) for value in values
                  if not all(_at_most(value, other) for other in others)]
    return found


def _at_most(value: Node, limit: Node) -> bool:
    return _compare(value, limit) in (-1, 0)


def _or(members, group: _Group, data: _Data) -> list[Failure]:
    values = group.values
    failing = list(range(len(values)))  # positions of the values no member accepted so far
    for member in members:
        if not failing:
            break
        accepted = _conforming(member, [values[k] for k in failing], data)
        failing = [k for k, ok in zip(failing, accepted) if not ok]
    owners = _owners(group.rows)
    return [(owners[k], values[k]) for k in failing]


def _node(inner, group: _Group, data: _Data) -> list[Failure]:
    values = group.values
    conforming = _conforming(inner, values, data)
    return [(owner, value) for owner, value, ok in zip(_owners(group.rows), values, conforming) if not ok]


def _each(make_test: Callable[[object, _Data], ValueTest],
          passes_all: Callable[[object, list[Node], _Data], bool] | None = None):
    """A constraint on each value node. ``make_test(argument, data)`` returns the test of one value (built
    once per group); ``passes_all(argument, values, data)``, when given, is a cheaper way to find that
    every value passes (the common case), with loops in C and tests that look at each type only once.
    A test depends on nothing but its value, so each value object is tested once (``_distinct``)."""
    def check(arg, group: _Group, data: _Data) -> list[Failure]:
        values = group.distinct_values
        if passes_all is not None and passes_all(arg, values, data):
            return []
        test = make_test(arg, data)
        if all(map(test, values)):
            return []
        return [(position, value) for position, row in enumerate(group.rows) for value in row
                if not test(value)]
    return check


def _distinct(values: list[Node]) -> list[Node]:
    """``values`` without repeats of the same object (in order of first use). A graph's triples share
    their term objects, so a group's values are mostly a few objects many times (offsets, articles)."""
    return list(dict(zip(map(id, values), values)).values())


def _all_of_kinds(values: list[Node], kinds: set[type]) -> bool:
    """Whether each of ``values`` is of one of ``kinds`` (see ``_KIND``), looking at each type once."""
    return all(_KIND[cls] in kinds for cls in set(map(type, values)))


_TEXTS = {URIRef, Literal}  # the kinds of node that sh:minLength and sh:pattern look at (not blank nodes)


def _node_kind_test(node_kind, data) -> ValueTest:
    kinds = _NODE_KINDS[node_kind]
    return lambda value: _KIND[type(value)] in kinds


def _node_kinds_pass(node_kind, values, data) -> bool:
    return _all_of_kinds(values, _NODE_KINDS[node_kind])


def _datatype_test(datatype, data) -> ValueTest:
    if datatype == _LANG_STRING:
        return lambda value: _KIND[type(value)] is Literal and value.language is not None

    def test(value: Node) -> bool:
        if _KIND[type(value)] is not Literal or value.language is not None:
            return False
        found = value.datatype or _XSD_STRING
        return type(found) is type(datatype) and _same_text(found, datatype) and not value.ill_typed
    return test


def _language_in_test(tags, data) -> ValueTest:
    def test(value: Node) -> bool:
        lang = value.language.lower() if _KIND[type(value)] is Literal and value.language else ""
        return bool(lang) and any(tag == "*" or lang == tag or lang.startswith(tag + "-") for tag in tags)
    return test


def _min_length_test(length, data) -> ValueTest:
    return lambda value: _KIND[type(value)] is not BNode and len(str(value)) >= length


def _min_lengths_pass(length, values, data) -> bool:
    return _all_of_kinds(values, _TEXTS) and min(map(len, values), default=length) >= length


def _pattern_test(pattern, data) -> ValueTest:
    return lambda value: _KIND[type(value)] is not BNode and pattern.search(str(value)) is not None


def _patterns_pass(pattern, values, data) -> bool:
    return _all_of_kinds(values, _TEXTS) and all(map(pattern.search, values))  # a match is always true


def _class_test(cls, data) -> ValueTest:
    instances, iris = data.instances(cls), data.instance_iris(cls)

    def test(value: Node) -> bool:
        if type(value) is URIRef:
            return str(value) in iris
        return _KIND[type(value)] is not Literal and value in instances
    return test


def _classes_pass(cls, values, data) -> bool:
    return set(map(type, values)) <= {URIRef} and data.instance_iris(cls).issuperset(map(str, values))


def _bound_test(accept: tuple[int, ...]):
    """A test of ``_compare(value, bound) in accept`` (sh:minInclusive and sh:minExclusive), with the
    bound's value worked out once."""
    def make_test(bound, data) -> ValueTest:
        limit = _comparable(bound)
        if limit is None:
            return lambda value: False

        def test(value: Node) -> bool:
            number = _comparable(value)
            return number is not None and _order(number, limit) in accept
        return test
    return make_test


_CHECKS = {
    "minCount": _min_count,
    "maxCount": _max_count,
    "hasValue": _has_value,
    "qualifiedValueShape": _qualified,
    "lessThanOrEquals": _less_than_or_equals,
    "or": _or,
    "node": _node,
    "nodeKind": _each(_node_kind_test, _node_kinds_pass),
    "datatype": _each(_datatype_test),
    "languageIn": _each(_language_in_test),
    "minLength": _each(_min_length_test, _min_lengths_pass),
    "pattern": _each(_pattern_test, _patterns_pass),
    "class": _each(_class_test, _classes_pass),
    "minInclusive": _each(_bound_test((0, 1))),
    "minExclusive": _each(_bound_test((1,))),
}

#: ``str.__eq__``: compares the text of two terms in C (rdflib's ``Identifier.__eq__`` is a Python call)
_same_text = str.__eq__


def _compare(left: Node, right: Node) -> int | None:
    """-1, 0 or 1 for two comparable literal values; None when they cannot be compared."""
    a, b = _comparable(left), _comparable(right)
    return None if a is None or b is None else _order(a, b)


def _comparable(node: Node) -> object | None:
    """The Python value of a well-typed literal, else None."""
    if _KIND[type(node)] is not Literal or node.ill_typed:
        return None
    return node.value


def _order(a: object, b: object) -> int | None:
    """-1, 0 or 1 as ``a`` is less than, equal to or greater than ``b``; None when they cannot be compared."""
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
