"""The HTML graph explorer: one self-contained page that opens from disk with no network.

The RDF graph is read into a small view (entity nodes, relation edges with their evidence, articles),
laid out in Python with networkx, and embedded as a JSON payload next to the vendored vis-network
build and the explorer's own script and stylesheet (``kg/static/``). Nothing in the page is loaded
from elsewhere, and every piece of data reaches the DOM as text, never as HTML.
"""

from __future__ import annotations

import heapq
import json
import logging
import math
import operator
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from html import escape
from importlib import resources
from itertools import chain, compress, islice, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS

from kg import graph as rdf
from kg.graph import no_cyclic_collection
from kg.iri import ID_BASE
from kg.model import BuildResult
from kg.namespace import HK
from kg.outputs import DEFAULT_HOPS, DEFAULT_MAX_NODES

if TYPE_CHECKING:  # networkx and numpy are imported where used: only the page's process pays for them
    import networkx as nx
    import numpy as np

    from kg.facts import Source

LOGGER = logging.getLogger(__name__)

FONT_STACK = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif'
LAYOUT_SEED = 7
SPACING = 90.0  # pixels a node and its label take, roughly
CORE_SIZE = 400  # past this, a component's hubs get a force layout and the rest hang around them
LABEL_CHARS = 16


@dataclass(frozen=True)
class NodeClass:
    """How one contract class is drawn: vis-network shape, colour, and the legend's glyph."""

    key: str
    label: str
    colour: str
    shape: str
    glyph: str
    types: tuple[URIRef, ...]
    hidden: bool = False


# Most specific first: a resource typed with several classes is drawn as the first that matches.
CLASSES: tuple[NodeClass, ...] = (
    NodeClass("Zone", "园区", "#e15759", "star", "★", (HK.Zone,)),
    NodeClass("Company", "企业", "#4e79a7", "square", "■", (HK.Company,)),
    NodeClass("GovernmentBody", "政府机构", "#f28e2b", "triangle", "▲", (HK.GovernmentBody,)),
    NodeClass("Organization", "其他组织", "#9c755f", "triangleDown", "▼",
              (HK.Organization, ORG.Organization)),
    NodeClass("Person", "人物", "#59a14f", "dot", "●", (HK.Person,)),
    NodeClass("Industry", "产业", "#b07aa1", "hexagon", "⬢", (HK.Industry,)),
    NodeClass("Policy", "政策", "#d4a017", "diamond", "◆", (HK.Policy,)),
    NodeClass("Project", "项目", "#2a9d8f", "square", "■", (HK.Project,)),
    NodeClass("Agreement", "协议", "#ff7f9f", "diamond", "◆", (HK.Agreement,)),
    NodeClass("Event", "活动", "#8c8c8c", "triangle", "▲", (HK.Event,)),
    NodeClass("AdministrativeArea", "行政区", "#6baed6", "dot", "●", (HK.AdministrativeArea,)),
    NodeClass("Article", "文章", "#bdbdbd", "box", "▭", (HK.Article,), hidden=True),
)
CLASS_INDEX = {c.key: i for i, c in enumerate(CLASSES)}


@dataclass(frozen=True)
class EdgeKind:
    key: str
    label: str
    hidden: bool = False


KINDS: tuple[EdgeKind, ...] = (
    EdgeKind("holds", "任职"),
    EdgeKind("investor", "投资"),
    EdgeKind("agreement", "签约"),
    EdgeKind("industry", "主导产业"),
    EdgeKind("located", "位于"),
    EdgeKind("issued", "发布"),
    EdgeKind("participates", "入选"),
    EdgeKind("suborg", "隶属"),
    EdgeKind("partof", "园中园"),
    EdgeKind("other", "其他"),
    EdgeKind("mentioned", "提及", hidden=True),
)
KIND_INDEX = {k.key: i for i, k in enumerate(KINDS)}
KIND_LABEL = {k.key: k.label for k in KINDS}

# predicate -> (edge kind, drawn from object to subject?)
PREDICATES: Mapping[URIRef, tuple[str, bool]] = {
    HK.developsIndustry: ("industry", False),
    HK.leadingIndustry: ("industry", False),
    HK.investor: ("investor", True),
    HK.locatedIn: ("located", False),
    HK.party: ("agreement", True),
    HK.signatory: ("agreement", True),
    HK.issuedBy: ("issued", True),
    HK.participatesIn: ("participates", False),
    ORG.subOrganizationOf: ("suborg", False),
    HK.partOf: ("partof", False),
    HK.mentionedIn: ("mentioned", False),
}
# Read elsewhere, or never drawn as an edge between two nodes.
NOT_EDGES = frozenset({RDF.type, ORG.holds, ORG.postIn, ORG.role, PROV.wasDerivedFrom, RDF.subject,
                       RDF.predicate, RDF.object, SKOS.inScheme})


class Evidence(NamedTuple):
    """A sentence behind an edge (a named tuple, not a dataclass: a big graph has tens of thousands)."""

    text: str
    article: str  # article IRI, or "" when unknown
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Node:
    iri: str
    cls: str
    label: str
    alt: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()


class Edge(NamedTuple):
    """One drawn edge (a named tuple, not a dataclass: a big graph has tens of thousands)."""

    source: str
    target: str
    kind: str
    label: str
    evidence: tuple[Evidence, ...] = ()
    articles: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleRef:
    iri: str
    title: str
    date: str = ""
    source: str = ""


@dataclass(frozen=True)
class View:
    """What the page shows: nodes (articles included, as class Article), edges, and the articles."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    articles: tuple[ArticleRef, ...]


# ---------------------------------------------------------------------------------------------- reading

# The reader keys everything by plain strings: an rdflib term compares equal in Python code, which
# makes every dict lookup with a term that is not the very same object slow.
_LABEL = str(RDFS.label)
_PREF_LABEL = str(SKOS.prefLabel)
_ALT_LABEL = str(SKOS.altLabel)
_INVESTMENT = str(HK.investmentCNY)
_ARTICLE = str(HK.Article)
_EVIDENCE = str(HK.Evidence)
_TITLE = str(DCTERMS.title)
_DATE = str(DCTERMS.date)
_SOURCE_FILE = str(HK.sourceFile)
_SUBJECT = str(RDF.subject)
_PREDICATE = str(RDF.predicate)
_OBJECT = str(RDF.object)
_EVIDENCE_TEXT = str(HK.evidenceText)
_DERIVED_FROM = str(PROV.wasDerivedFrom)
_START = str(HK.startOffset)
_END = str(HK.endOffset)
_TYPE = str(RDF.type)
_MENTIONED_IN = str(HK.mentionedIn)
_HOLDS = str(ORG.holds)
_ROLE = str(ORG.role)
_POST_IN = str(ORG.postIn)

#: PREDICATES and NOT_EDGES by plain string
_EDGE_KINDS = {str(p): kind for p, kind in PREDICATES.items()}
_NOT_EDGES = frozenset(str(p) for p in NOT_EDGES)
#: the contract's datatype properties: their objects are literals, never a node, so never an edge
_LITERAL_VALUED = frozenset(str(p) for p in (
    RDFS.label, SKOS.prefLabel, SKOS.altLabel, DCTERMS.title, DCTERMS.creator, DCTERMS.date,
    DCTERMS.publisher, "https://schema.org/articleBody", "https://schema.org/url", HK.sourceFile,
    HK.sourceLine, HK.evidenceText, HK.startOffset, HK.endOffset, HK.investmentCNY))
#: rdf:type IRI → the index in CLASSES of the first class that lists it
_CLASS_RANK = {str(t): i for i, c in reversed(list(enumerate(CLASSES))) for t in c.types}

Triple = tuple[object, object, object]
T = TypeVar("T")


def _by_predicate(graph: Graph | Iterable[Triple]) -> dict[str, list[Triple]]:
    """The triples grouped by predicate IRI, in one pass, so that each part of the view reads only its own."""
    by_term: dict[object, list[Triple]] = {}
    for triple in graph:
        predicate = triple[1]
        if predicate in by_term:
            by_term[predicate].append(triple)
        else:
            by_term[predicate] = [triple]
    groups: dict[str, list[Triple]] = {}
    for predicate, triples in by_term.items():  # equal IRIs held by distinct kinds of term, if any, join
        key = str(predicate)
        groups[key] = groups[key] + triples if key in groups else triples
    return groups


def _strings(terms: Sequence[object]) -> list[str]:
    """``list(map(str, terms))`` for a column of few distinct terms (IRIs: a predicate, a class, an
    article), each distinct term's text made once: a term looks itself up by identity, where ``str``
    would copy its text once per occurrence."""
    distinct = list(dict.fromkeys(terms))
    text = dict(zip(distinct, map(str, distinct)))
    return list(map(text.__getitem__, terms))


def _grouped(keys: Iterable[str], values: Iterable[T]) -> dict[str, list[T]]:
    """Key → its values, in order."""
    found: dict[str, list[T]] = {}
    for key, value in zip(keys, values):
        same = found.get(key)  # one lookup
        if same is None:
            found[key] = [value]
        else:
            same.append(value)
    return found


def _objects(triples: Iterable[Triple]) -> dict[str, list[object]]:
    """Subject (as a string) → its objects, in the order of the triples."""
    found: dict[str, list[object]] = {}
    for s, _, o in triples:
        key = str(s)
        objects = found.get(key)  # one lookup (a fresh string's hash is computed on the first)
        if objects is None:
            found[key] = [o]
        else:
            objects.append(o)
    return found


def _one_each(triples: list[Triple]) -> dict[object, object]:
    """Subject → its object; the least in rdflib's order of terms when it has several.

    Keyed by the subject terms themselves, not strings: for the evidence nodes, whose few triples each
    hold the one same term object, a lookup is an identity check, and no string is made.
    """
    one = {s: o for s, _, o in triples}
    if len(one) < len(triples):
        counts = Counter(s for s, _, _ in triples)
        several: dict[object, list[object]] = defaultdict(list)
        for s, _, o in triples:
            if counts[s] > 1:
                several[s].append(o)
        one.update((s, min(objects)) for s, objects in several.items())
    return one


def _texts(triples: Iterable[Triple]) -> dict[str, list[str]]:
    """Subject (as a string) → its literal objects as stripped strings (other terms left out)."""
    found: dict[str, list[str]] = {}
    for s, _, o in triples:
        if isinstance(o, Literal):
            found.setdefault(str(s), []).append(str(o).strip())
    return found


def _distinct(texts: Iterable[str]) -> list[str]:
    """The non-empty texts, sorted, each once."""
    return sorted(set(texts) - {""})


def _names(node: str, labels: Mapping[str, list[str]], pref_labels: Mapping[str, list[str]],
           alt_labels: Mapping[str, list[str]]) -> tuple[str, tuple[str, ...]]:
    """The canonical name (the fullest rdfs:label) and the other forms, sorted."""
    found = labels.get(node)
    if found is not None and len(found) == 1 and found[0]:
        # one label (most nodes): it is the name, and the other forms are the alternative labels but it
        label = found[0]
        alts = alt_labels.get(node)
        if alts is None:
            return label, ()
        others = set(alts)
        others.discard("")
        others.discard(label)
        return label, tuple(sorted(others))
    names = _distinct(labels.get(node, ())) or _distinct(pref_labels.get(node, ()))
    alts = set(_distinct(alt_labels.get(node, ())))
    if not names:
        names = sorted(alts) or [node.rsplit("/", 1)[-1]]
    label = min(names, key=lambda s: (-len(s), s))
    alts.update(names)
    alts.discard(label)
    return label, tuple(sorted(alts))


def _yuan(value: str) -> str:
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return value
    for unit, size in (("亿元", Decimal(10) ** 8), ("万元", Decimal(10) ** 4)):
        if abs(amount) >= size:
            return f"{(amount / size).normalize():f}{unit}"
    return f"{amount.normalize():f}元"


def _articles(nodes: Iterable[str], by_predicate: Mapping[str, list[Triple]]) -> list[ArticleRef]:
    """The articles among ``nodes``, sorted by date, title and IRI."""
    titles, dates, sources = (_texts(by_predicate.get(p, ())) for p in (_TITLE, _DATE, _SOURCE_FILE))
    refs = []
    for node in nodes:
        title = " / ".join(_distinct(titles.get(node, ())))
        date = _distinct(dates.get(node, ()))
        source = _distinct(sources.get(node, ()))
        refs.append(ArticleRef(node, title or "（无标题）", date[0] if date else "",
                               source[0] if source else ""))
    return sorted(refs, key=lambda a: (a.date, a.title, a.iri))


def _classes(types: Iterable[Triple]) -> tuple[dict[str, int], list[str], list[object]]:
    """From the rdf:type triples: each IRI's class (its index in CLASSES), articles, evidence nodes.

    Articles and evidence nodes (these as terms) may be any resource; only IRIs get a class.
    """
    ranks: dict[str, int] = {}
    articles: dict[str, None] = {}
    evidence: dict[object, None] = {}
    # a big graph's types are a dozen distinct terms: each one's IRI (or None: a literal) found once
    objects = list(map(itemgetter(2), types))
    distinct = list(dict.fromkeys(objects))
    class_iri = dict(zip(distinct, [None if isinstance(o, Literal) else str(o) for o in distinct]))
    for s, kind in zip(map(itemgetter(0), types), map(class_iri.__getitem__, objects)):
        if kind is None:
            continue
        if kind == _EVIDENCE:
            evidence[s] = None
            continue
        rank = _CLASS_RANK.get(kind)
        if rank is None:
            continue
        node = str(s)
        if kind == _ARTICLE:
            articles[node] = None
        if isinstance(s, URIRef) and rank < ranks.get(node, len(CLASSES)):
            ranks[node] = rank
    return ranks, list(articles), list(evidence)


def _evidence(nodes: Iterable[object], by_predicate: Mapping[str, list[Triple]],
              derived_from: Mapping[str, list[object]]) -> dict[TripleKey, tuple[Evidence, ...]]:
    """(subject, predicate, object) → the evidence ``nodes`` (terms) about that triple, as Evidence:
    distinct, in ``_evidence_order``."""
    nodes = list(nodes)
    about = [by_predicate.get(p, []) for p in (_SUBJECT, _PREDICATE, _OBJECT)]
    if all(_aligned(nodes, triples) for triples in about):
        subjects, predicates, objects = (list(map(itemgetter(2), triples)) for triples in about)
    else:  # keep the nodes that have all three
        found_in = [_one_each(triples) for triples in about]
        nodes = [ev for ev in nodes if all(ev in column for column in found_in)]
        subjects, predicates, objects = (list(map(column.__getitem__, nodes)) for column in found_in)
    texts, starts, ends = (_column(nodes, by_predicate.get(p, [])) for p in (_EVIDENCE_TEXT, _START, _END))
    # column by column: map() runs each step in C, where a loop would run it per evidence node
    keys = zip(_strings(subjects), _strings(predicates), list(map(str, objects)))  # objects: literals too
    text = [str(t) if t is not None else "" for t in texts]
    sources = list(map(derived_from.get, map(str, nodes), repeat(())))
    if all(map(operator.eq, map(len, sources), repeat(1))):  # one article each: no least to find
        article = _strings(list(map(itemgetter(0), sources)))
    else:
        article = [str(min(a)) if a else "" for a in sources]
    starts, ends = _ints(starts), _ints(ends)
    evidence = list(map(tuple.__new__, repeat(Evidence), zip(text, article, starts, ends)))
    # equal evidence as one object (the facts read in one sentence): the page encodes each object once
    shared: dict[Evidence, Evidence] = {}
    found: dict[TripleKey, list[Evidence]] = defaultdict(list)
    for key, each in zip(keys, map(shared.setdefault, evidence, evidence)):
        found[key].append(each)
    return _sorted_by_key(found, offsets_known=None not in starts and None not in ends)


def _ints(values: list[object]) -> list[int | None]:
    """``_int`` of each value: in C, unless one is None or no integer (then one by one)."""
    try:
        return list(map(int, map(str, values)))  # str(None) is no integer either
    except ValueError:
        return list(map(_int, values))


def _aligned(nodes: Sequence[object], triples: Sequence[Triple]) -> bool:
    """Whether the subjects of ``triples`` are ``nodes`` themselves (the same objects), one each, in order.

    That is how a triples list holds the evidence nodes' triples (written node by node), so each
    predicate's objects are the nodes' values as they stand, with no dict to build and look up.
    """
    return len(triples) == len(nodes) and all(map(operator.is_, map(itemgetter(0), triples), nodes))


def _column(nodes: Sequence[object], triples: list[Triple]) -> list[object]:
    """Each node's object in ``triples`` (the least in rdflib's order when several; None when none)."""
    if _aligned(nodes, triples):
        return list(map(itemgetter(2), triples))
    return list(map(_one_each(triples).get, nodes))


def _int(value: object) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


EdgeKey = tuple[str, str, str, str]  # (source, target, kind, label)
TripleKey = tuple[str, str, str]  # (subject, predicate, object) as strings


def _evidence_order(e: Evidence) -> tuple:
    """The order of an edge's evidence: by article, offsets (a missing one first) and text."""
    return (e.article, -1 if e.start is None else e.start, -1 if e.end is None else e.end, e.text)


#: ``_evidence_order`` for evidence whose offsets are all known: the fields in another order, a key made in C
_KNOWN_OFFSETS_ORDER = itemgetter(1, 2, 3, 0)


def _sorted_evidence(evidence: Sequence[Evidence], order: Callable[[Evidence], tuple] = _evidence_order
                     ) -> tuple[Evidence, ...]:
    """The distinct ``evidence``, in ``_evidence_order`` (``order``: the same order, made otherwise)."""
    return tuple(sorted(set(evidence), key=order)) if len(evidence) > 1 else tuple(evidence)


def _sorted_by_key(found: Mapping[TripleKey, list[Evidence]], *, offsets_known: bool
                   ) -> dict[TripleKey, tuple[Evidence, ...]]:
    """Each triple's evidence distinct and sorted (``_sorted_evidence``); with ``offsets_known``, by a key
    made in C (a few facts have hundreds of sentences: the key is made for each)."""
    order = _KNOWN_OFFSETS_ORDER if offsets_known else _evidence_order
    return {key: _sorted_evidence(evidence, order) for key, evidence in found.items()}


class _EdgeCollector:
    """Merges relation triples into drawn edges keyed by (source, target, kind, label).

    What is added is kept in columns (key, first triple, articles) and merged once all are in. Most keys
    are added once, with one triple: their edges are made column by column (``map`` runs each step in
    C); only keys added more than once, or with other than one triple, are merged one by one.
    """

    def __init__(self, evidence: Mapping[TripleKey, tuple[Evidence, ...]]) -> None:
        self.evidence = evidence  # triple -> its evidence, distinct and in _evidence_order
        self.keys: list[EdgeKey] = []
        self.firsts: list[TripleKey | None] = []  # each addition's triple, when it has one
        self.articles: list[tuple[str, ...]] = []
        self.several: dict[int, Sequence[TripleKey]] = {}  # addition -> its triples, when not one

    def add(self, key: EdgeKey, triples: Sequence[TripleKey], articles: tuple[str, ...] = ()) -> None:
        """Merge ``triples`` (and their evidence) into the edge ``key``; ``articles`` sorted, distinct."""
        if len(triples) != 1:
            self.several[len(self.keys)] = triples
        self.keys.append(key)
        self.firsts.append(triples[0] if len(triples) == 1 else None)
        self.articles.append(articles)

    def add_each(self, keys: Iterable[EdgeKey], triples: Iterable[TripleKey | None],
                 articles: Iterable[tuple[str, ...]]) -> None:
        """``add(key, (triple,), articles)`` for each key, triple and articles, side by side (a triple may
        be None when no evidence is about it: it is only ever looked up for its evidence)."""
        self.keys += keys
        self.firsts += triples
        self.articles += articles

    def _merged(self, additions: Sequence[int]) -> tuple[tuple[Evidence, ...], tuple[str, ...]]:
        """The evidence and articles of an edge from ``additions`` (indices into the columns)."""
        several, firsts = self.several, self.firsts
        found = [evidence for i in additions for triple in (several[i] if i in several else (firsts[i],))
                 if (evidence := self.evidence.get(triple))]
        # one triple's evidence (a post's: its holds triple) is distinct and in order already
        evidence = found[0] if len(found) == 1 else _sorted_evidence([ev for each in found for ev in each])
        articles = (self.articles[additions[0]] if len(additions) == 1
                    else tuple(sorted({a for i in additions for a in self.articles[i]})))
        return evidence, articles

    def result(self) -> tuple[Edge, ...]:
        keys = self.keys
        count = len(keys)
        order = sorted(range(count), key=keys.__getitem__)  # the additions by key, equal keys side by side
        ordered = list(map(keys.__getitem__, order))
        repeated = list(map(operator.eq, ordered, islice(ordered, 1, None)))  # [j]: key j + 1 is key j
        merged: dict[int, list[int]] = {}  # the position of a key merged one by one -> its additions
        in_runs: set[int] = set()
        if any(repeated):  # keys added more than once: each gets all its additions
            first, previous = -1, -2
            for j in compress(range(1, count), repeated):
                if j - 1 != previous:
                    first = j - 1
                    merged[first] = [order[first]]
                    in_runs.add(first)
                merged[first].append(order[j])
                in_runs.add(j)
                previous = j
            starts = list(compress(range(count), chain((True,), map(operator.not_, repeated))))
        else:
            starts = range(count)
        if self.several:  # additions with other than one triple
            position = dict(zip(order, range(count)))
            merged.update((position[i], [i]) for i in self.several if position[i] not in in_runs)
        at = list(map(order.__getitem__, starts))  # each key's first addition
        evidence = list(map(self.evidence.get, map(self.firsts.__getitem__, at), repeat(())))
        articles = list(map(self.articles.__getitem__, at))
        if merged:
            index = dict(zip(starts, range(len(starts))))
            for j, additions in merged.items():
                evidence[index[j]], articles[index[j]] = self._merged(additions)
        # Edge(*key, evidence, articles), made in C (a named tuple's own constructor is Python code)
        return tuple(map(tuple.__new__, repeat(Edge), map(operator.add, map(ordered.__getitem__, starts),
                                                          zip(evidence, articles))))


def read_view(graph: Graph | Iterable[Triple]) -> View:
    """The explorer's view of an RDF graph in the contract's shape (or of a list of distinct triples)."""
    return _view(_by_predicate(graph))


def result_view(result: BuildResult) -> View:
    """``read_view(kg.graph.triples(result))``, made without the evidence nodes.

    The facts' sentences come straight from the build (``kg.graph.triples(..., evidence=)``) instead of
    from eight triples per evidence node, four fifths of a big graph's triples: the page of a big build
    is made from this while its process writes the graph (``kg build``), and does not wait for the
    graph's triples. The same view (``tests/test_html.py`` compares the two on every evaluation set).
    """
    pairs: list[tuple[Triple, Source]] = []
    return _view(_by_predicate(rdf.triples(result, evidence=pairs.append)), _pairs_evidence(pairs))


def _pairs_evidence(pairs: Iterable[tuple[Triple, Source]]) -> dict[TripleKey, tuple[Evidence, ...]]:
    """``_evidence``'s map from the (fact, sentence) pairs of a build: the same keys, the same evidence
    (equal evidence as one object), in the order of the pairs."""
    said: dict[str, Evidence] = {}  # a sentence's evidence, by its key (relations of a sentence share it)
    keys: dict[Triple, TripleKey] = {}
    found: dict[TripleKey, list[Evidence]] = {}
    for triple, source in pairs:
        key = keys.get(triple)
        if key is None:
            s, p, o = triple
            key = keys[triple] = (str(s), str(p), str(o))
        evidence = said.get(source.key)
        if evidence is None:
            evidence = said[source.key] = Evidence(str(source.text), str(source.article),
                                                   int(str(source.start)), int(str(source.end)))
        same = found.get(key)
        if same is None:
            found[key] = [evidence]
        else:
            same.append(evidence)
    return _sorted_by_key(found, offsets_known=True)  # (a build's sentences have their offsets)


def _view(by_predicate: Mapping[str, list[Triple]],
          evidence: Mapping[TripleKey, tuple[Evidence, ...]] | None = None) -> View:
    """The view of the triples ``by_predicate`` (``_by_predicate``); ``evidence``: the facts' evidence when
    known already (else read from the evidence nodes among the triples)."""
    ranks, article_nodes, evidence_nodes = _classes(by_predicate.get(_TYPE, ()))
    articles = _articles(article_nodes, by_predicate)
    article_by_iri = {a.iri: a for a in articles}

    labels, pref_labels, alt_labels = (_texts(by_predicate.get(p, ()))
                                       for p in (_LABEL, _PREF_LABEL, _ALT_LABEL))
    # the most edges (an entity mentioned in an article): the columns' texts made once, for both
    mentions = by_predicate.get(_MENTIONED_IN, [])
    mentioners, mentioned = (_strings(list(map(at, mentions))) for at in (itemgetter(0), itemgetter(2)))
    mentioned_in = _grouped(mentioners, mentioned)
    investments = _objects(by_predicate.get(_INVESTMENT, ()))
    nodes: dict[str, Node] = {}
    for node, rank in ranks.items():
        cls = CLASSES[rank].key
        if cls == "Article":
            nodes[node] = _node(node, cls, article_by_iri[node].title, (), (node,), ())
            continue
        label, alt = _names(node, labels, pref_labels, alt_labels)
        amounts = investments.get(node)
        facts = tuple(("投资额", _yuan(v)) for v in sorted(str(o) for o in amounts)) if amounts else ()
        nodes[node] = _node(node, cls, label, alt, tuple(sorted(set(mentioned_in.get(node, ())))), facts)

    derived_from = _objects(by_predicate.get(_DERIVED_FROM, ()))
    if evidence is None:
        evidence = _evidence(evidence_nodes, by_predicate, derived_from)
    collector = _EdgeCollector(evidence)
    evidenced = {predicate for _, predicate, _ in evidence}  # (hk:mentionedIn, the most edges, has none)
    derived: dict[str, tuple[str, ...]] = {}  # post, project, agreement -> its articles, sorted

    def articles_of(node: str) -> tuple[str, ...]:
        found = derived.get(node)
        if found is None:
            found = derived[node] = tuple(sorted({a for a in map(str, derived_from.get(node, ()))
                                                  if a in article_by_iri}))
        return found

    for predicate, triples in by_predicate.items():
        if predicate in _NOT_EDGES or predicate in _LITERAL_VALUED:
            continue
        kind, reverse = _EDGE_KINDS.get(predicate, ("other", False))
        label = KIND_LABEL[kind] if kind != "other" else _local_name(predicate)
        # column by column: the triples between two distinct nodes
        if triples is mentions:
            subjects, objects = mentioners, mentioned
        else:
            subjects, objects = (_strings(list(map(at, triples))) for at in (itemgetter(0), itemgetter(2)))
        drawn = list(map(all, zip(map(nodes.__contains__, subjects), map(nodes.__contains__, objects),
                                  map(operator.ne, subjects, objects))))
        subjects, objects = list(compress(subjects, drawn)), list(compress(objects, drawn))
        for node in dict.fromkeys(subjects):
            articles_of(node)
        sources, targets = (objects, subjects) if reverse else (subjects, objects)
        collector.add_each(zip(sources, targets, repeat(kind), repeat(label)),
                           zip(subjects, repeat(predicate), objects) if predicate in evidenced
                           else repeat(None, len(subjects)),  # a triple no evidence is about: not looked up
                           map(derived.__getitem__, subjects))

    roles_of = _objects(by_predicate.get(_ROLE, ()))
    posts_in = _objects(by_predicate.get(_POST_IN, ()))
    for person, _, post in by_predicate.get(_HOLDS, ()):
        p_id, post_id = str(person), str(post)
        if p_id not in nodes:
            continue
        role_nodes = [str(role) for role in roles_of.get(post_id, ())]
        roles = _distinct(label for role in role_nodes for label in labels.get(role, ()))
        for org in posts_in.get(post_id, ()):
            o_id = str(org)
            if o_id not in nodes:
                continue
            triples = [(p_id, _HOLDS, post_id), (post_id, _POST_IN, o_id)]
            triples += [(post_id, _ROLE, role) for role in role_nodes]
            for role_label in roles or [KIND_LABEL["holds"]]:
                collector.add((p_id, o_id, "holds", role_label), triples, articles_of(post_id))
    return View(tuple(sorted(nodes.values(), key=_node_order)), collector.result(), tuple(articles))


def _node(iri: str, cls: str, label: str, alt: tuple[str, ...], articles: tuple[str, ...],
          facts: tuple[tuple[str, str], ...]) -> Node:
    """``Node(iri, cls, label, alt, articles, facts)``, the same object made in half the work: a frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``, one call a field; this
    fills the new node's attributes at once (a big graph has ten thousand nodes)."""
    node = object.__new__(Node)
    node.__dict__.update(iri=iri, cls=cls, label=label, alt=alt, articles=articles, facts=facts)
    return node


def _node_order(node: Node) -> tuple:
    return (CLASS_INDEX[node.cls], node.label, node.iri)


def _local_name(iri: URIRef) -> str:
    return re.split(r"[#/]", str(iri))[-1] or str(iri)


# ---------------------------------------------------------------------------------------------- focus


def normalise_name(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).lower()


def find_nodes(view: View, name: str) -> list[Node]:
    """Entities (not articles) whose name or alias is ``name``, zones first."""
    wanted = normalise_name(name)
    return [n for n in view.nodes if n.cls != "Article"
            and any(normalise_name(x) == wanted for x in (n.label, *n.alt))]


def focus_view(view: View, name: str, *, hops: int = DEFAULT_HOPS) -> View:
    """Only the entities within ``hops`` relations of the node named ``name`` (LookupError if none)."""
    import networkx as nx

    matches = find_nodes(view, name)
    if not matches:
        raise LookupError(f"no node is named {name!r}")
    graph = _relation_graph(view)
    keep: set[str] = set()
    for start in matches:
        keep.update(nx.single_source_shortest_path_length(graph, start.iri, cutoff=hops))
    article_ids = {a for n in view.nodes if n.iri in keep for a in n.articles}
    keep.update(article_ids)
    nodes = tuple(n for n in view.nodes if n.iri in keep)
    edges = tuple(e for e in view.edges if e.source in keep and e.target in keep)
    articles = tuple(a for a in view.articles if a.iri in article_ids)
    return View(nodes, edges, articles)


def _relation_graph(view: View) -> nx.Graph:
    """Entities and the relations between them (articles and mentions left out), in a fixed order."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(n.iri for n in view.nodes if n.cls != "Article")
    graph.add_edges_from((e.source, e.target) for e in view.edges if e.kind != "mentioned")
    return graph


# ---------------------------------------------------------------------------------------------- layout


def layout(graph: nx.Graph, *, seed: int = LAYOUT_SEED, spacing: float = SPACING,
           core_size: int = CORE_SIZE) -> dict[str, tuple[float, float]]:
    """Positions for every node: each connected component laid out alone, then packed in rows.

    A component of up to ``core_size`` nodes gets networkx's spring layout; a bigger one gets it
    for its ``core_size`` best-connected nodes, and every other node is hung on rings around the
    neighbour that reached it first, which is linear in the number of nodes.
    """
    import networkx as nx

    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    # every node's degree read once: ``graph.degree(n)`` makes a new degree view a call (four Python calls)
    degree = dict(graph.degree())
    placed = [_component_layout(graph, nodes, degree, seed=seed, spacing=spacing, core_size=core_size)
              for nodes in components]
    return _pack(placed, spacing=spacing)


def _component_layout(graph: nx.Graph, nodes: list[str], degree: Mapping[str, int], *, seed: int,
                      spacing: float, core_size: int) -> dict[str, tuple[float, float]]:
    """The positions of one component's ``nodes`` (sorted); ``degree``: each node's (of the component at
    least)."""
    if len(nodes) == 1:  # a lone node (most components of a big graph): what the general case gives it
        return {nodes[0]: (0.0, 0.0)}
    # by degree, the highest first, then by name: ``nodes`` are sorted, and a sort is stable (reversed too)
    by_degree = sorted(nodes, key=degree.__getitem__, reverse=True)
    if len(nodes) <= 3 or degree[by_degree[0]] == len(nodes) - 1:  # a pair, a path of three, a star
        positions = {by_degree[0]: (0.0, 0.0)}
        _hang(graph, positions, by_degree[:1], spacing=spacing)
        return positions
    import networkx as nx

    core = _connected_core(graph, by_degree[0], degree, size=core_size)
    sub = nx.Graph()
    sub.add_nodes_from(core)
    inside = set(core)  # the edges among the core (a subgraph view filters every neighbour: slow)
    sub.add_edges_from(sorted({(u, v) if u < v else (v, u) for u in core for v in graph[u] if v in inside}))
    scale = spacing * math.sqrt(len(nodes)) * 0.8
    iterations = 50 if len(core) <= 100 else 30
    spring = _spring_layout(nx.to_numpy_array(sub), seed=seed, iterations=iterations, scale=scale)
    spread = _spread(spring, min_distance=spacing * 0.6)
    positions = {n: (float(x), float(y)) for n, (x, y) in zip(core, spread, strict=True)}
    if len(core) < len(nodes):
        _hang(graph, positions, core, spacing=spacing)
    return positions


def _spring_layout(adjacency: np.ndarray, *, seed: int, iterations: int, scale: float,
                   threshold: float = 1e-4) -> np.ndarray:
    """``nx.spring_layout(graph, seed=, iterations=, scale=, method="force")`` as an array, row by node.

    The same floats as networkx's dense Fruchterman-Reingold (``adjacency`` is ``nx.to_numpy_array``),
    but each distance is ``sqrt(dx*dx + dy*dy)`` computed whole-array, where ``np.linalg.norm(axis=-1)``
    reduces pairs of numbers one pair at a time: the same sum, about half the layout's time saved.
    """
    import networkx as nx
    import numpy as np

    count = len(adjacency)
    if count == 1:  # what networkx gives a lone node: the centre
        return np.zeros((1, 2))
    pos = np.asarray(np.random.RandomState(seed).rand(count, 2), dtype=adjacency.dtype)
    k = np.sqrt(1.0 / count)
    # the initial "temperature", the largest step allowed, cooled linearly to dt on the last iteration
    t = max(max(pos.T[0]) - min(pos.T[0]), max(pos.T[1]) - min(pos.T[1])) * 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        displacement = _fr_displacement(pos, adjacency, k)
        length = np.sqrt(displacement[:, 0] * displacement[:, 0] + displacement[:, 1] * displacement[:, 1])
        length = np.clip(length, a_min=0.01, a_max=None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if (np.linalg.norm(delta_pos) / count) < threshold:
            break
    return nx.rescale_layout(pos, scale=scale) + np.zeros(2)  # + the centre: -0.0 becomes 0.0, as there


def _fr_displacement(pos: np.ndarray, adjacency: np.ndarray, k: float) -> np.ndarray:
    """networkx's ``np.einsum("ijk,ij->ik", delta, k * k / distance**2 - adjacency * distance / k)``.

    Where networkx builds ``delta[i, j] = pos[i] - pos[j]`` as one (n, n, 2) array (a subtraction whose
    innermost loop is two numbers long, the slowest step of the layout), this works on its transposes:
    ``across[j, i] = pos[i, 0] - pos[j, 0]`` and ``down`` alike, each a contiguous (n, n) array, with
    every step in place. The distances and weights are symmetric (``adjacency`` is), so ``weight[j, i]``
    is networkx's ``weight[i, j]``; summing over the outer axis adds row after row, from zero, in the
    order of j, as einsum does. The same floats, bit for bit.
    """
    import numpy as np

    # each column contiguous first: a difference of two strided columns runs through numpy's buffers
    # (each operand copied, block by block), about a third more work than from contiguous ones
    xs, ys = np.ascontiguousarray(pos.T)
    across = xs - xs[:, np.newaxis]
    down = ys - ys[:, np.newaxis]
    distance = across * across
    distance += down * down
    np.sqrt(distance, out=distance)
    np.clip(distance, 0.01, None, out=distance)
    weight = np.square(distance)  # k * k / distance**2 - adjacency * distance / k
    np.divide(k * k, weight, out=weight)
    distance *= adjacency
    distance /= k
    weight -= distance
    across *= weight
    down *= weight
    return np.stack([np.add.reduce(across, axis=0, initial=0.0), np.add.reduce(down, axis=0, initial=0.0)],
                    axis=1)


def _spread(points: np.ndarray, *, min_distance: float, iterations: int = 20,
            aspect: float = 1.8) -> np.ndarray:
    """Push apart points closer than ``min_distance``; labels are wide, so distance across counts less."""
    import numpy as np

    points = points.copy()
    count = len(points)
    # a fixed, tiny nudge so that coincident points have a direction to move apart in
    points += np.stack([np.cos(np.arange(count)), np.sin(np.arange(count))], axis=1) * 1e-3
    near_square = (min_distance * 1.01) ** 2  # past it, a pair is apart whatever the rounding
    for _ in range(iterations):
        # the differences across (scaled) and down, each a contiguous (n, n) array
        xs, ys = np.ascontiguousarray(points.T)  # contiguous columns: see _fr_displacement
        across = xs[:, None] - xs[None, :]
        across /= aspect
        down = ys[:, None] - ys[None, :]
        # The few overlapping pairs, row by row: the squared distances (cheaper than np.hypot of every
        # pair) rule out the pairs that are surely apart, np.hypot decides the rest as over all pairs.
        square = across * across
        square += down * down
        np.fill_diagonal(square, np.inf)
        rows, columns = _nonzero_2d(square < near_square)
        near = np.hypot(across[rows, columns], down[rows, columns])
        overlapping = near < min_distance
        rows, columns, near = rows[overlapping], columns[overlapping], near[overlapping]
        if not len(rows):
            break
        scale, push = np.maximum(near, 1e-9), (min_distance - near) / 2
        # Each point's pushes summed in order of the other point, as summing the full (n, n, 2) array over
        # its middle axis adds them (pairs that do not overlap push by zero): the same floats.
        move = np.stack([np.bincount(rows, weights=delta[rows, columns] / scale * push, minlength=count)
                         for delta in (across, down)], axis=1)
        move[:, 0] *= aspect
        points += move * 0.7
    return points


def _nonzero_2d(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.nonzero(mask)`` of a C-contiguous 2-D mask: the same rows and columns, in the same order.

    numpy finds the true elements of a flat mask in a fast loop, but walks a 2-D one element by element
    through its iterator (about ten times the work); the flat positions split into rows and columns.
    """
    import numpy as np

    rows, columns = np.divmod(np.flatnonzero(mask), mask.shape[1])
    return rows, columns


def _connected_core(graph: nx.Graph, start: str, degree: Mapping[str, int], *, size: int) -> list[str]:
    """Up to ``size`` nodes grown from ``start``, best-connected neighbour first: a connected core."""
    core: set[str] = set()
    frontier = [(-degree[start], start)]
    while frontier and len(core) < size:
        _, node = heapq.heappop(frontier)
        if node in core:
            continue
        core.add(node)
        for other in graph.neighbors(node):
            if other not in core:
                heapq.heappush(frontier, (-degree[other], other))
    return sorted(core)


def _hang(graph: nx.Graph, positions: dict[str, tuple[float, float]], core: list[str], *,
          spacing: float) -> None:
    """Place every node not yet placed on rings around the placed neighbour that reaches it first."""
    cx = sum(positions[n][0] for n in core) / len(core)
    cy = sum(positions[n][1] for n in core) / len(core)
    parent: dict[str, str] = {}
    queue = list(core)
    head = 0
    while head < len(queue):
        anchor = queue[head]
        head += 1
        children = sorted(n for n in graph.neighbors(anchor) if n not in positions)
        if not children:
            continue
        ax, ay = positions[anchor]
        px, py = positions[parent[anchor]] if anchor in parent else (cx, cy)
        away = math.atan2(ay - py, ax - px) if (ax, ay) != (px, py) else math.pi / 2  # lone hub: downwards
        ring, index = 0, 0
        while index < len(children):
            radius = spacing * (1.0 + 0.7 * ring)
            capacity = max(6, int(2 * math.pi * radius / (spacing * 0.55)))
            batch = children[index:index + capacity]
            span = 2 * math.pi * len(batch) / capacity
            for i, child in enumerate(batch):
                angle = away + span * ((i + 0.5) / len(batch) - 0.5)
                positions[child] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
                parent[child] = anchor
                queue.append(child)
            index += len(batch)
            ring += 1


def _pack(components: list[dict[str, tuple[float, float]]], *,
          spacing: float) -> dict[str, tuple[float, float]]:
    """Shelf-pack the components, biggest first, into rows about as wide as the whole is tall."""
    boxes = []
    for positions in components:
        xs = [p[0] for p in positions.values()]
        ys = [p[1] for p in positions.values()]
        # labels are wider than nodes: leave more room across than down
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + 2 * spacing, max(ys) - min(ys) + spacing))
    area = sum(w * h for _, _, w, h in boxes)
    row_width = max([math.sqrt(area) * 1.2] + [w for _, _, w, _ in boxes])
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for positions, (left, top, width, height) in zip(components, boxes, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in positions.items():
            out[node] = (px - left + x, py - top + y)
        x += width
        row_height = max(row_height, height)
    return out


# ---------------------------------------------------------------------------------------------- payload


def payload(view: View, *, max_nodes: int = DEFAULT_MAX_NODES, seed: int = LAYOUT_SEED,
            focus: str | None = None, hops: int = DEFAULT_HOPS, total: int | None = None) -> dict:
    """The JSON the page's script reads: plain data, sorted, with integer node and article ids.

    The nodes and edges come encoded already (``JSONText``, UTF-8, which ``embed_json`` writes as it is):
    edges that share a source share its list of articles, so each distinct list is encoded once.
    """
    graph = _relation_graph(view)
    positions = layout(graph, seed=seed)
    article_index = {a.iri: i for i, a in enumerate(view.articles)}
    node_index = {n.iri: i for i, n in enumerate(view.nodes)}
    entities = [n for n in view.nodes if n.cls != "Article"]
    big = len(entities) > max_nodes
    degree = dict(graph.degree())
    # the best-connected entities, by degree then IRI: sorted by IRI, then stably (reversed too) by degree
    core = set(sorted(sorted([n.iri for n in entities]), key=degree.__getitem__, reverse=True)[:max_nodes])
    mentions: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for n in entities:
        position = positions[n.iri]
        for a in n.articles:
            mentions[a].append(position)
    for node in view.nodes:  # articles sit at the middle of what they mention
        if node.cls == "Article":
            points = mentions.get(node.iri) or [(0.0, 0.0)]
            positions[node.iri] = (sum(p[0] for p in points) / len(points),
                                   sum(p[1] for p in points) / len(points))

    string = json.encoder.encode_basestring  # _json_string without a Python call (three or more a node)
    # each article index written once, where ``str`` would write it again for each node that names it
    index_text = list(map(str, range(len(view.articles))))

    def node_json(n: Node) -> str:
        """The node as ``json.dumps`` writes its object (keys sorted), in one f-string."""
        iri = n.iri
        x, y = positions[iri]
        alt = ",".join(map(string, n.alt)) if n.alt else ""
        facts = ",".join([f"[{string(name)},{string(value)}]" for name, value in n.facts]) if n.facts else ""
        indices = sorted(map(article_index.__getitem__, filter(article_index.__contains__, n.articles)))
        articles = ",".join(map(index_text.__getitem__, indices))
        short = iri[len(ID_BASE):] if iri.startswith(ID_BASE) else iri  # _short_iri
        return (f'{{"a":[{alt}],"c":{CLASS_INDEX[n.cls]},"d":{degree.get(iri, 0)},"f":[{facts}],'
                f'"i":{string(short)},"k":{1 if iri in core else 0},'
                f'"l":{string(n.label)},"r":[{articles}],"x":{round(x)},"y":{round(y)}}}')

    names = sorted({(name, node_index[n.iri]) for n in entities for name in (n.label, *n.alt)})
    class_counts = Counter(map(operator.attrgetter("cls"), view.nodes))  # counted in C, no generator
    kind_counts = Counter(map(itemgetter(2), view.edges))  # Edge.kind
    return {
        "meta": {"title": "hitech-kg 知识图谱", "nodes": len(entities), "edges": len(view.edges),
                 "big": big, "maxNodes": max_nodes, "focus": focus, "hops": hops,
                 "total": len(entities) if total is None else total, "idBase": ID_BASE, "font": FONT_STACK},
        "classes": [{"key": c.key, "label": c.label, "color": c.colour, "shape": c.shape, "glyph": c.glyph,
                     "hidden": c.hidden, "count": class_counts.get(c.key, 0)} for c in CLASSES],
        "kinds": [{"key": k.key, "label": k.label, "hidden": k.hidden,
                   "count": kind_counts.get(k.key, 0)} for k in KINDS],
        "articles": [{"i": _short_iri(a.iri), "t": a.title, "d": a.date, "s": a.source,
                      "n": node_index.get(a.iri, -1)} for a in view.articles],
        "nodes": JSONText(f"[{','.join([node_json(n) for n in view.nodes])}]".encode()),
        "edges": _edges_json(view.edges, node_index, article_index),
        "names": [list(pair) for pair in names],
    }


def _edges_json(edges: Iterable[Edge], node_index: Mapping[str, int],
                article_index: Mapping[str, int]) -> JSONText:
    """The edges as a JSON array of objects (keys sorted), the way ``json.dumps`` writes them, UTF-8.

    Each edge is ``{"e": [[text, article, start, end], ...], "k": kind, "l": label, "r": [article, ...],
    "s": source, "t": target}`` with node and article indices; a missing article or offset is -1.

    The text is joined once from pieces that edges share (an edge's head, its list of articles, its
    source's and target's members, each evidence): no text is made per edge, and the pieces are bytes,
    so the ASCII bulk (the lists of articles, a third of a big page) takes one byte a character where a
    text holding one Chinese label would take two.
    """
    strings: dict[str, bytes] = {}  # text -> its JSON string; evidence sentences and labels repeat

    def string(text: str) -> bytes:  # called once a text is not in ``strings`` yet
        found = strings[text] = _json_string(text).encode()
        return found

    # The facts read in one sentence share its evidence object (see _evidence): each is encoded once,
    # found by identity (the edges hold every object until this returns).
    sentences: dict[int, bytes] = {}

    def sentence(evidence: Evidence) -> bytes:  # called once an evidence object is not in ``sentences``
        text, article, start, end = evidence
        found = sentences[id(evidence)] = b"[%b,%d,%d,%d]" % (
            strings.get(text) or string(text), article_index.get(article, -1),
            -1 if start is None else start, -1 if end is None else end)
        return found

    # Edges from one source share the one tuple of its articles (see _EdgeCollector), which can be long:
    # each tuple is encoded once, found by identity too.
    article_lists: dict[int, bytes] = {}
    heads: dict[tuple[str, str], bytes] = {}  # (kind, label) -> from the evidence's end to "r":
    sources = {node: b',"s":%d,"t":' % i for node, i in node_index.items()}
    targets = {node: b"%d}," % i for node, i in node_index.items()}  # the comma before the next edge
    parts: list[bytes] = []
    add = parts.extend
    for source, target, kind, label, evidence, articles in edges:
        encoded = article_lists.get(id(articles))
        if encoded is None:
            indices = sorted(set(map(article_index.__getitem__,
                                     filter(article_index.__contains__, articles))))
            encoded = article_lists[id(articles)] = _int_list(indices).encode()
        head = heads.get((kind, label))
        if head is None:
            head = heads[kind, label] = b'],"k":%d,"l":%b,"r":' % (KIND_INDEX[kind],
                                                                  strings.get(label) or string(label))
        written = b",".join([sentences.get(id(ev)) or sentence(ev) for ev in evidence]) if evidence else b""
        add((b'{"e":[', written, head, encoded, sources[source], targets[target]))
    if not parts:
        return ScriptSafeJSONText(b"[]")
    parts[0] = b"[" + parts[0]
    parts[-1] = parts[-1][:-1] + b"]"  # the last edge's target without the comma
    # Every text in the edges is one of ``strings`` and the rest is ASCII digits and punctuation: the whole
    # holds a character to escape only if one of the distinct texts does. When none does (as a rule),
    # ``embed_json`` need not look for one through the biggest piece of the page (25 MB on a big graph).
    safe = _script_safe(b"".join(strings.values()))
    return (ScriptSafeJSONText if safe else JSONText)(b"".join(parts))


def _json_string(text: str) -> str:
    """``json.dumps(text, ensure_ascii=False)``: the encoder's own function, no new encoder per call."""
    return json.encoder.encode_basestring(text)


def _int_list(values: Iterable[int]) -> str:
    """A JSON array of integers."""
    return f"[{','.join(map(str, values))}]"


def _short_iri(iri: str) -> str:
    return iri[len(ID_BASE):] if iri.startswith(ID_BASE) else iri


class JSONText(bytes):
    """JSON already, encoded in UTF-8: ``embed_json`` writes it as it is, where a dict holds it."""


class ScriptSafeJSONText(JSONText):
    """JSONText known to hold none of the characters ``embed_json`` escapes: written with no scan."""


#: the characters JSON inside a script may not hold as they are, with their escapes, in UTF-8 (a
#: character's bytes never occur inside another's: each is replaced where it is; the escapes hold none)
_JSON_BYTE_ESCAPES = {char.encode(): escaped.encode() for char, escaped in {
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}.items()}


def embed_json(data: object) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no <, >, & or line separators."""
    return b"".join(_embedded_json_parts(data)).decode("utf-8")


def _embedded_json_parts(data: object) -> list[bytes]:
    """The pieces of ``embed_json(data)`` in UTF-8, each escaped alone (an escape replaces one character)."""
    parts: list[str | bytes] = []
    _json_parts(data, parts)
    return [part if isinstance(part, ScriptSafeJSONText)
            else _script_safe_bytes(part if isinstance(part, bytes) else part.encode()) for part in parts]


def _script_safe(data: bytes) -> bool:
    """Whether UTF-8 ``data`` holds none of the characters ``_script_safe_bytes`` escapes."""
    return not any(char in data for char in _JSON_BYTE_ESCAPES)


def _script_safe_bytes(data: bytes) -> bytes:
    """UTF-8 text with each of <, >, & and the line separators written as a JSON escape."""
    for char, escaped in _JSON_BYTE_ESCAPES.items():
        if char in data:
            data = data.replace(char, escaped)
    return data


def _json_parts(data: object, parts: list[str | bytes]) -> None:
    """Append to ``parts`` the pieces of ``json.dumps(data)`` (keys sorted, no spaces, UTF-8 kept), with
    any JSONText a dict holds as it is: one piece, never copied into a bigger text here."""
    if isinstance(data, JSONText):
        parts.append(data)
    elif isinstance(data, dict) and all(type(k) is str for k in data):
        parts.append("{")
        for i, (key, value) in enumerate(sorted(data.items())):
            if i:
                parts.append(",")
            _json_parts(key, parts)
            parts.append(":")
            _json_parts(value, parts)
        parts.append("}")
    else:
        parts.append(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")))


# ---------------------------------------------------------------------------------------------- page


def _static(name: str) -> str:
    return resources.files("kg").joinpath("static", name).read_text(encoding="utf-8")


def _inline(text: str, *, tag: str) -> str:
    if f"</{tag}" in text.lower():
        raise ValueError(f"cannot inline text holding </{tag}")
    return text


def page(data: dict) -> str:
    """The whole HTML document around a payload."""
    return b"".join(page_parts(data)).decode("utf-8")


def page_parts(data: dict) -> list[bytes]:
    """``page(data)`` in UTF-8, as the pieces it is made of, to be written one after the other.

    The template's ``{{NAME}}`` slots are filled with pieces, the payload's as they are: its big edge
    text is never copied into a bigger one (a big graph's page is 30 MB).
    """
    parts = {
        "TITLE": [escape(str(data["meta"]["title"])).encode()],
        "VIS_CSS": [_inline(_static("vis-network.css"), tag="style").encode()],
        "APP_CSS": [_inline(_static("explorer.css"), tag="style").encode()],
        "PAYLOAD": _embedded_json_parts(data),
        "VIS_JS": [_inline(_static("vis-network.min.js"), tag="script").encode()],
        "APP_JS": [_inline(_static("explorer.js"), tag="script").encode()],
    }
    pieces: list[bytes] = []
    # split around the slots: the template's text and the slots' names alternate
    for i, piece in enumerate(re.split(r"\{\{([A-Z_]+)\}\}", _static("explorer.html"))):
        if i % 2:
            pieces += parts[piece]
        else:
            pieces.append(piece.encode())
    return pieces


def render(graph: Graph | Iterable[tuple[object, object, object]] | BuildResult, *, focus: str | None = None,
           hops: int = DEFAULT_HOPS, max_nodes: int = DEFAULT_MAX_NODES, seed: int = LAYOUT_SEED,
           keep: Callable[[object], None] | None = None, encoded: bool = False) -> str | list[bytes]:
    """The explorer page for ``graph``, or for a build's result (its graph's page, read from the result
    itself: ``result_view``); ``focus`` keeps only one entity's neighbourhood.

    ``encoded``: the page in UTF-8 as ``page_parts`` gives it, pieces to write one after the other
    (``atomic.fill`` does), rather than one text: a big graph's page is 30 MB, 45 MB as text.

    ``keep``, when given, is handed the view and the payload once they are done with, before they are
    let go here: a process about to end (``kg build``'s page) can keep them (out of the collector's
    scans too) rather than free a big graph's million small objects one by one (~0.1 s).
    Raises LookupError when ``focus`` names no node.
    """
    with no_cyclic_collection():  # a million small containers, hardly a cycle among them
        view = result_view(graph) if isinstance(graph, BuildResult) else read_view(graph)
        total = sum(1 for n in view.nodes if n.cls != "Article")
        if focus:
            view = focus_view(view, focus, hops=hops)
        LOGGER.info("explorer: %d nodes, %d edges", len(view.nodes), len(view.edges))
        data = payload(view, max_nodes=max_nodes, seed=seed, focus=focus or None, hops=hops, total=total)
        # The view and the payload go before the collector resumes: the collector's first scan after that
        # would otherwise walk every container they hold (~0.2 s on a big graph), to free none of them.
        if keep is not None:
            keep(view)
        del view
        text = page_parts(data) if encoded else page(data)
        if keep is not None:
            keep(data)
        del data
        return text
