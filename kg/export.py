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

import functools
import io
import json
import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from kg import graph as rdf
from kg import html
from kg.atomic import Batch
from kg.facts import (
    EVIDENCE_BASE,
    EVIDENCE_FACT_LINES,
    EVIDENCE_SOURCE_LINES,
    EvidenceRow,
    evidence_triples,
)
from kg.model import BuildResult
from kg.namespace import HK
from kg.outputs import FILE_NAMES, FORMATS
from kg.store import PREFIXES, WRITE_PREFIXES

LOGGER = logging.getLogger(__name__)


#: JSON-LD @context: the contract's prefixes (and rdf/rdfs/xsd), nothing else.
JSONLD_CONTEXT = {prefix: ns for prefix, ns in PREFIXES.items() if prefix != "owl"}


def turtle(graph: Graph | Iterable[tuple[Node, Node, Node]]) -> str:
    """Canonical Turtle: the same graph (or set of triples) always gives the same text.

    Subjects, predicates (``a`` first) and objects are sorted by their written form; a literal keeps
    its lexical form and datatype (``"18600000000"^^xsd:decimal``). Our graphs mint every node; a graph
    holding blank nodes goes to rdflib's longturtle with ``canon=True`` (blank-node canonicalisation).
    """
    return turtle_bytes(graph, errors="surrogatepass").decode("utf-8", "surrogatepass")


def turtle_bytes(graph: Graph | Iterable[tuple[Node, Node, Node]], *, errors: str = "strict") -> bytes:
    """``turtle(graph)`` encoded in UTF-8 (with the error handler ``errors``): what ``graph.ttl`` holds.

    The sorted writer makes these bytes directly: encoding each distinct term once costs less than
    encoding the whole text, and joining bytes copies them once, without widening them to the text's
    widest character.
    """
    if isinstance(graph, rdf.Layered):
        triples, evidence = graph.plain, graph.evidence
    else:
        triples, evidence = (graph if isinstance(graph, list | tuple) else list(graph)), []
    try:
        return sorted_turtle(triples, errors=errors, evidence=evidence)
    except BlankNodeError:
        if not isinstance(graph, Graph):
            graph = rdf.new_graph()
            graph.addN((s, p, o, graph) for s, p, o in triples)
        return graph.serialize(format="longturtle", canon=True).encode("utf-8", errors)


# --- the sorted Turtle writer ----------------------------------------------------------------------

#: Prefixes the writer may use (those of ``kg.graph.PREFIXES`` plus rdf and rdfs), longest namespace first.
TURTLE_PREFIXES: tuple[tuple[str, str], ...] = tuple(sorted(
    {**{prefix: str(ns) for prefix, ns in rdf.PREFIXES.items()}, "rdf": str(RDF),
     "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}.items(), key=lambda item: (-len(item[1]), item[0])))
_RDF_TYPE = str(RDF.type)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_INTEGER = _XSD + "integer"
#: a local name written after a prefix: a conservative subset of Turtle's PN_LOCAL (no escapes needed)
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
#: an integer written bare only in its canonical form (a parser would normalise "007" to 7)
_INTEGER = re.compile(r"0|-?[1-9][0-9]*")
#: characters a Turtle short string cannot hold as they are (ECHAR escapes; other controls as UCHAR)
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t",
                   "\b": "\\b", "\f": "\\f"}
_STRING_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')
#: characters an IRIREF cannot hold (written as UCHAR escapes)
_IRI_ESCAPE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


_OBJECT_SEPARATOR = b" ,\n        "


class BlankNodeError(ValueError):
    """The sorted writer was given a blank node."""


def _escape(match: re.Match[str]) -> str:
    return _STRING_ESCAPES.get(match.group(0)) or f"\\u{ord(match.group(0)):04X}"


def _escape_string(text: str) -> str:
    return text if _STRING_ESCAPE.search(text) is None else _STRING_ESCAPE.sub(_escape, text)


def _uchar(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04X}"


#: namespace → prefix. Every namespace ends with "/" or "#", which a local name cannot hold, so the one
#: namespace an IRI can be written with is the part up to its last "/" or "#" (no loop over prefixes).
_PREFIX_OF = {ns: prefix for prefix, ns in TURTLE_PREFIXES}


def _iri_text(value: str, used: dict[str, str]) -> str:
    """``prefix:local`` when a prefix's namespace plus a plain local name make ``value``, else ``<value>``."""
    cut = max(value.rfind("/"), value.rfind("#")) + 1
    namespace = value[:cut]
    prefix = _PREFIX_OF.get(namespace)
    if prefix is not None and _LOCAL_NAME.fullmatch(value, cut):
        used[prefix] = namespace
        return f"{prefix}:{value[cut:]}"
    if _IRI_ESCAPE.search(value, cut) is None and _plain_namespace(namespace):
        return f"<{value}>"
    return f"<{_IRI_ESCAPE.sub(_uchar, value)}>"


@functools.lru_cache(maxsize=1 << 10)
def _plain_namespace(namespace: str) -> bool:
    """Whether an IRI's part up to its last ``/`` or ``#`` needs no escape: asked once per namespace (the
    minted IRIs have a handful), so only the part after it is searched per IRI."""
    return _IRI_ESCAPE.search(namespace) is None


def _term_text(term: Node, used: dict[str, str]) -> str:
    if type(term) is URIRef:  # the commonest term first: ``isinstance`` on rdflib's ABC terms costs more
        return _iri_text(str(term), used)
    if isinstance(term, Literal):
        lexical = str(term)
        if term.language:
            return f'"{_escape_string(lexical)}"@{term.language}'
        datatype = term.datatype
        if datatype is None:
            return f'"{_escape_string(lexical)}"'
        datatype = str(datatype)
        if datatype == _XSD_INTEGER and _INTEGER.fullmatch(lexical):
            return lexical
        return f'"{_escape_string(lexical)}"^^{_iri_text(datatype, used)}'
    if isinstance(term, URIRef):
        return _iri_text(str(term), used)
    if isinstance(term, BNode):
        raise BlankNodeError(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


class _Texts:
    """The written form of each term as UTF-8 bytes, worked out once per distinct term (by
    ``write(term, used)``).

    A term is looked up by object identity (an ``int`` key: no rdflib ``__hash__``/``__eq__`` in Python,
    and the triples of a graph share their term objects). Equal IRIs have equal texts; equal literals
    can differ in the case of their language tags, so a literal is also looked up by the key of its
    equality (``_literal_key``) and gets the text of the first equal literal, as with a dict keyed by
    term. Identities stay valid while the caller holds the triples.
    """

    def __init__(self, write: Callable[[Node, dict[str, str]], str], used: dict[str, str],
                 errors: str) -> None:
        self.write = write
        self.used = used
        self.errors = errors
        self.by_id: dict[int, bytes] = {}
        self.by_key: dict[object, bytes] = {}

    def text(self, term: Node) -> bytes:
        """The written form of ``term``."""
        return self.by_id.get(id(term)) or self.of(term)

    def texts(self, terms: Sequence[Node]) -> list[bytes]:
        """The written form of each of ``terms``: each distinct object is worked out once, in the order of
        its first use (as ``text`` one term after the other would), and the rest are lookups made in C."""
        keys = list(map(id, terms))
        by_id, of = self.by_id, self.of
        for key, term in dict(zip(keys, terms)).items():
            if key not in by_id:
                of(term)
        return list(map(by_id.__getitem__, keys))

    def of(self, term: Node) -> bytes:
        if type(term) is URIRef:
            text = self.write(term, self.used).encode("utf-8", self.errors)
        else:
            key = _literal_key(term) if isinstance(term, Literal) else term
            text = self.by_key.get(key)
            if text is None:
                text = self.by_key[key] = self.write(term, self.used).encode("utf-8", self.errors)
        self.by_id[id(term)] = text
        return text


def _literal_key(term: Literal) -> tuple[str, str | None, Node | None]:
    """What ``Literal.__eq__`` compares (lexical form, language tag in lower case, datatype), as a tuple:
    hashing it costs less than rdflib's ``Literal.__hash__``, a Python call."""
    language = term.language
    return str(term), language.lower() if language else None, term.datatype


def _predicate_text(term: Node, used: dict[str, str]) -> str:
    return "a" if isinstance(term, URIRef) and str(term) == _RDF_TYPE else _term_text(term, used)


def _group(triples: list[tuple[Node, Node, Node]] | tuple[tuple[Node, Node, Node], ...], used: dict[str, str],
           errors: str, evidence: Sequence[EvidenceRow] = ()
           ) -> tuple[dict[bytes, tuple[list[bytes], list[bytes]]], dict[bytes, bytes]]:
    """Subject text → (its predicates' texts, its objects' texts), one of each per triple, in order; and
    the evidence rows' subjects' texts → their blocks, written whole (``_evidence_blocks``).

    Fills ``used`` with the prefixes the texts use.
    """
    terms, predicates = _Texts(_term_text, used, errors), _Texts(_predicate_text, used, errors)
    subjects: dict[bytes, tuple[list[bytes], list[bytes]]] = {}
    _add_triples(subjects, triples, terms, predicates)
    blocks = _evidence_blocks(evidence, subjects, terms, predicates)
    if blocks is None:  # rows that cannot be written whole: their triples, as any others
        blocks = {}
        _add_triples(subjects, [t for row in evidence for t in evidence_triples(*row)], terms, predicates)
    return subjects, blocks


def _add_triples(subjects: dict[bytes, tuple[list[bytes], list[bytes]]],
                 triples: Iterable[tuple[Node, Node, Node]], terms: _Texts, predicates: _Texts) -> None:
    """Add each triple's predicate and object texts to its subject's lists in ``subjects``."""
    term_texts, term_of = terms.by_id, terms.of
    predicate_texts, predicate_of = predicates.by_id, predicates.of
    last_subject: object = None
    add_predicate = add_object = [].append
    for s, p, o in triples:
        if s is not last_subject:  # the triples of a subject mostly come together
            s_text = term_texts.get(id(s)) or term_of(s)
            texts = subjects.get(s_text)
            if texts is None:
                texts = subjects[s_text] = ([], [])
            add_predicate, add_object = texts[0].append, texts[1].append
            last_subject = s
        add_predicate(predicate_texts.get(id(p)) or predicate_of(p))
        add_object(term_texts.get(id(o)) or term_of(o))


def _evidence_blocks(rows: Sequence[EvidenceRow], subjects: Mapping[bytes, object], terms: _Texts,
                     predicates: _Texts) -> dict[bytes, bytes] | None:
    """Each evidence row's block, by its node's text, as ``_write`` would write its eight triples; None
    when the rows cannot be written so (their nodes repeat, or are subjects of other triples too).

    Written with ``a`` first and the other predicates sorted, a row's lines are its type's, then the
    lines of its source and those of its fact, as two runs (checked here, for the prefixes in use): a
    block is three pieces, and a piece is made once per source and once per fact (rows share both).
    """
    if not rows:
        return {}
    head_lines = evidence_triples(*rows[0])
    p_texts = [predicates.text(p) for _, p, _ in head_lines]
    written = [p_texts.index(text) for text in _written_order(p_texts)]
    cut = 1 + len(EVIDENCE_SOURCE_LINES)
    source_order, fact_order = written[1:cut], written[cut:]
    if len(set(p_texts)) < len(p_texts) or written[0] != 0 or \
            (set(source_order), set(fact_order)) != (EVIDENCE_SOURCE_LINES, EVIDENCE_FACT_LINES):
        return None
    head = b"\n    %s %s ;\n" % (p_texts[0], terms.text(head_lines[0][2]))
    nodes = list(map(itemgetter(0), rows))
    node_texts = _minted_texts(EVIDENCE_BASE, nodes)
    if node_texts is None:
        node_texts = terms.texts(nodes)
    by_source: dict[int, bytes] = {}  # id of a source -> its piece (the rows hold every source)
    by_fact: dict[int, bytes] = {}  # id of a fact -> its piece

    def piece(lines: tuple[tuple[Node, Node, Node], ...], order: list[int]) -> bytes:
        return b"".join([b"    %s %s ;\n" % (p_texts[i], terms.text(lines[i][2])) for i in order])

    sources, facts = list(map(itemgetter(2), rows)), list(map(itemgetter(1), rows))
    for node, fact, source in rows:  # each piece made where its row comes first: the texts in that order
        if id(source) not in by_source or id(fact) not in by_fact:
            lines = evidence_triples(node, fact, source)
            if id(source) not in by_source:
                by_source[id(source)] = piece(lines, source_order)
            if id(fact) not in by_fact:
                by_fact[id(fact)] = piece(lines, fact_order) + b".\n"
    # the blocks made in C: ``b"\n" + node + head + source's piece + fact's piece`` for each row
    pieces = zip(repeat(b"\n"), node_texts, repeat(head), map(by_source.__getitem__, map(id, sources)),
                 map(by_fact.__getitem__, map(id, facts)))
    blocks = dict(zip(node_texts, map(b"".join, pieces)))
    if len(blocks) < len(rows) or not subjects.keys().isdisjoint(blocks):
        return None
    return blocks


def _minted_texts(base: str, nodes: list[Node]) -> list[bytes] | None:
    """The written form of each of ``nodes`` if all are IRIs made of ``base`` and a hexadecimal name (the
    evidence nodes), as ``_iri_text`` writes them; else None.

    Checked with one match over the names joined by newlines (a name cannot hold one), and written with
    one encoding of the texts joined: no Python call per node.
    """
    sample = base + "0"
    if _iri_text(sample, {}) != f"<{sample}>" or set(map(type, nodes)) != {URIRef}:
        return None  # a prefix for the base, or a character to escape; or a term of another kind
    if _minted_names(base).fullmatch("\n".join(nodes)) is None:
        return None
    texts = ("<" + ">\n<".join(nodes) + ">").encode().split(b"\n")
    return texts if len(texts) == len(nodes) else None  # (a name with a newline would make two lines)


@functools.lru_cache(maxsize=4)
def _minted_names(base: str) -> re.Pattern[str]:
    """Lines (no newline after the last) each holding ``base`` and a hexadecimal name."""
    name = re.escape(base) + "[0-9a-f]+"
    return re.compile(f"(?:{name}\n)*{name}")


def _written_order(predicates: Iterable[bytes]) -> list[bytes]:
    """Predicates in the order they are written: ``a`` first, the others sorted (UTF-8 bytes sort as
    their text does, by code point)."""
    ordered = sorted(predicates)
    if b"a" in ordered and ordered[0] != b"a":
        ordered.remove(b"a")
        ordered.insert(0, b"a")
    return ordered


class _Template(NamedTuple):
    """The block of a subject whose predicates (in the order of its triples) each have one object:
    ``form % (subject, *order(objects))``, the lines in written order."""

    form: bytes
    order: Callable[[list[bytes]], tuple[bytes, ...]]

    @classmethod
    def of(cls, predicates: tuple[bytes, ...]) -> _Template | None:
        """The template of ``predicates``, or None when one is there several times."""
        if len(set(predicates)) < len(predicates):
            return None
        written = _written_order(predicates)
        lines = b"".join(b"    %s %%s ;\n" % p_text.replace(b"%", b"%%") for p_text in written)
        indexes = [predicates.index(p_text) for p_text in written]
        order = itemgetter(*indexes) if len(indexes) > 1 else tuple
        return cls(b"\n%s\n" + lines + b".\n", order)


def _subject_block(s_text: bytes, predicates: list[bytes], objects: list[bytes]) -> bytes:
    """One subject's statements (``objects[i]`` is the object of ``predicates[i]``): predicates sorted with
    ``a`` first, each one's distinct objects sorted."""
    by_predicate: dict[bytes, list[bytes]] = {}
    for p_text, o_text in zip(predicates, objects):
        by_predicate.setdefault(p_text, []).append(o_text)
    lines = [b"    %s %s ;\n" % (p_text, _OBJECT_SEPARATOR.join(sorted(set(by_predicate[p_text]))))
             for p_text in _written_order(by_predicate)]
    return b"\n%s\n%s.\n" % (s_text, b"".join(lines))


def sorted_turtle(triples: Iterable[tuple[Node, Node, Node]], *, errors: str = "strict",
                  evidence: Sequence[EvidenceRow] = ()) -> bytes:
    """Turtle (UTF-8) with subjects, predicates (``a`` first) and objects sorted by their written form.

    ``evidence``: evidence nodes as rows (``kg.graph.Layered``), written as if their triples were among
    ``triples``. Raises ``BlankNodeError`` on a blank node (those need canonical relabelling first);
    ``errors`` is the encoding's error handler. Subjects whose predicates each have one object (most) are
    written with a template per sequence of predicates, made once.
    """
    if not isinstance(triples, list | tuple):
        triples = list(triples)  # held while written: the terms' identities key their texts
    used: dict[str, str] = {}
    with rdf.no_cyclic_collection():  # the texts and their lists hold no cycles: nothing to collect
        return _write(*_group(triples, used, errors, evidence), used)


def _write(subjects: dict[bytes, tuple[list[bytes], list[bytes]]], blocks: Mapping[bytes, bytes],
           used: dict[str, str]) -> bytes:
    """The Turtle of ``_group``'s subjects and blocks (sorted together), after the prefixes in ``used``.

    The blocks' nodes (evidence IRIs, all with one beginning) mostly sort into one run among the other
    subjects: then each kind is sorted on its own and the blocks go in whole at their place, with no
    test per node of which kind it is.
    """
    parts = [b"PREFIX %s: <%s>\n" % (prefix.encode(), ns.encode()) for prefix, ns in sorted(used.items())]
    block_of = _subject_writer(subjects)
    plain, nodes = sorted(subjects), sorted(blocks)
    cut = bisect_left(plain, nodes[0]) if nodes else len(plain)
    if nodes and cut != bisect_right(plain, nodes[-1]):  # some subjects sort among the blocks' nodes
        parts += [blocks.get(s_text) or block_of(s_text) for s_text in sorted(chain(plain, nodes))]
    else:
        parts += map(block_of, plain[:cut])
        parts += map(blocks.__getitem__, nodes)
        parts += map(block_of, plain[cut:])
    return b"".join(parts)


def _subject_writer(subjects: dict[bytes, tuple[list[bytes], list[bytes]]]) -> Callable[[bytes], bytes]:
    """A function giving the block of a subject of ``subjects`` by its text; subjects whose predicates each
    have one object (most) are written with a template per sequence of predicates, made once."""
    templates: dict[tuple[bytes, ...], _Template | None] = {}

    def block(s_text: bytes) -> bytes:
        predicates, objects = subjects[s_text]
        key = tuple(predicates)
        template = templates.get(key, False)
        if template is False:
            template = templates[key] = _Template.of(key)
        if template is None:
            return _subject_block(s_text, predicates, objects)
        return template.form % (s_text, *template.order(objects))
    return block


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

#: each format's renderer: its text, or for ``ttl`` the bytes of its file (``turtle_bytes``)
RENDERERS: dict[str, Callable[[Graph], str | bytes]] = {
    "ttl": turtle_bytes,
    "html": lambda graph: html.render(graph),
    "nt": ntriples,
    "nq": nquads,
    "trig": trig,
    "jsonld": jsonld,
    "graphml": graphml,
    "gexf": gexf,
}


#: formats written straight from a list of triples (the others read an rdflib graph)
TRIPLE_FORMATS = frozenset({"ttl", "html"})


def write_graph(graph: Graph | list[tuple[Node, Node, Node]], out: Path, *,
                formats: Iterable[str]) -> list[Path]:
    """Write ``graph`` (an rdflib graph or a list of distinct triples) into ``out`` in each of ``formats``.

    Returns the files written. From a list, an rdflib graph is built once, only for formats that need it.
    """
    return write_texts(render_graph(graph, formats=formats), out)


def render_graph(graph: Graph | list[tuple[Node, Node, Node]], *,
                 formats: Iterable[str]) -> dict[str, str | bytes]:
    """The text of each of ``formats`` (in ``FORMATS`` order; ``ttl`` as the UTF-8 bytes of its file),
    nothing written."""
    wanted = set(formats)
    unknown = sorted(wanted - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown output format(s): {', '.join(unknown)}")
    as_graph = graph if isinstance(graph, Graph) else None
    texts: dict[str, str | bytes] = {}
    for fmt in FORMATS:
        if fmt in wanted:
            if fmt in TRIPLE_FORMATS:
                source = graph
            else:
                if as_graph is None:
                    as_graph = rdf.new_graph()
                    as_graph.addN((s, p, o, as_graph) for s, p, o in graph)
                source = as_graph
            texts[fmt] = RENDERERS[fmt](source)
    return texts


def write_texts(texts: dict[str, str | bytes], out: Path) -> list[Path]:
    """Write each format's text (from ``render_graph``) into ``out``; returns the files written."""
    with Batch(Path(out)) as batch:
        stage_texts(batch, texts)
        return batch.commit()


def stage_texts(batch: Batch, texts: dict[str, str | bytes], *, background: bool = False) -> None:
    """Stage each format's text (in ``FORMATS`` order) under its file name; ``batch.commit`` puts them in
    place. With ``background``, each is written and synced by a thread (``Batch.stage``)."""
    for fmt in FORMATS:
        if fmt in texts:
            batch.stage(FILE_NAMES[fmt], texts[fmt], background=background)


def write(result: BuildResult, out: Path, *, formats: list[str]) -> int:
    """Write the chosen formats into ``out``; returns an exit status (0 ok)."""
    write_graph(rdf.triples(result), Path(out), formats=formats)
    return 0

