"""The RDF of resolved entities and extracted facts, each fact with its evidence.

Entities: ``?e a hk:<Class> ; rdfs:label "…"@zh ; skos:altLabel "…"@zh ; hk:mentionedIn ?article``
(industries are also ``skos:Concept``s in the industries scheme; areas and zones ``hk:locatedIn`` the
area the gazetteer puts them in). Facts follow the graph contract (CONTRACT.md): posts as W3C ORG
``org:Post``/``org:Role``, agreements with ``hk:party``/``hk:signatory``, projects with
``hk:investor``/``hk:locatedIn``/``hk:investmentCNY``, and the binary relations. Every fact triple gets
one ``hk:Evidence`` node per (triple, article, sentence)::

    ?ev a hk:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        prov:wasDerivedFrom ?article ; hk:evidenceText "the sentence"@zh ;
        hk:startOffset 12 ; hk:endOffset 40 .

Identical facts from several articles are one triple with several evidence nodes. Post, project and
agreement nodes carry ``prov:wasDerivedFrom`` their articles. All IRIs come from ``kg.iri.mint``.
"""

from __future__ import annotations

import decimal
import functools
import hashlib
import logging
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from itertools import chain, repeat
from typing import NamedTuple

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, SKOS, XSD

from kg.iri import ID_BASE, iri_base, mint, normalise_key
from kg.model import Article, BuildResult, Entity, EntityType, Mention, Relation, RelationKind, Resolved
from kg.namespace import HK

LOGGER = logging.getLogger(__name__)

INDUSTRY_SCHEME = URIRef(f"{ID_BASE}scheme/industries")
RK = RelationKind

Triple = tuple[URIRef, URIRef, URIRef | Literal]

# Binary relation kinds: predicate, and whether the subject must be a project (investor).
BINARY: dict[RelationKind, URIRef] = {
    RK.INDUSTRY: HK.developsIndustry,
    RK.INVESTOR: HK.investor,
    RK.PROJECT_ZONE: HK.locatedIn,
    RK.ISSUED_BY: HK.issuedBy,
    RK.PARTICIPATES: HK.participatesIn,
    RK.LOCATED_IN: HK.locatedIn,
    RK.SUBORG: ORG.subOrganizationOf,
    RK.PART_OF: HK.partOf,
}
# ``BINARY`` by the kinds' values: a str hashes in C, an enum member in Python.
_BINARY: dict[str, URIRef] = {kind.value: predicate for kind, predicate in BINARY.items()}

LEADING = frozenset({"leading", "主导", "主导产业"})


@functools.lru_cache(maxsize=1 << 16)
def _recurring_iri(kind: str, key: str) -> URIRef:
    """``mint`` memoised, for the IRIs that recur across triples (entities, articles, areas, roles, posts)."""
    return mint(kind, key)


@functools.lru_cache(maxsize=64)
def _class_iri(name: str) -> URIRef:
    return HK[name]


# ---------------------------------------------------------------------------------------------
# Literals: ``Literal.__new__`` parses, checks and normalises its input, and costs more than the rest
# of a triple. For the inputs below its outcome is known, so they are made directly, equal in every
# attribute to what ``Literal(...)`` makes (``tests/test_facts.py`` compares them).

_XSD_INTEGER = XSD.integer


def _literal(lexical: str, language: str | None, datatype: URIRef | None, value: object) -> Literal:
    """A ``Literal`` with the given lexical form and attributes, as ``Literal.__new__`` would set them."""
    literal = str.__new__(Literal, lexical)
    literal._language = language
    literal._datatype = datatype
    literal._value = value
    literal._ill_typed = None
    return literal


def zh_literal(text: str) -> Literal:
    """``Literal(text, lang="zh")``."""
    text = str(text)
    return _literal(text, "zh", None, text)


def plain_literal(text: str) -> Literal:
    """``Literal(text)`` for a string (no language, no datatype)."""
    text = str(text)
    return _literal(text, None, None, text)


def int_literal(value: int) -> Literal:
    """``Literal(value)`` for an integer (``xsd:integer``)."""
    if type(value) is not int:  # bool and int subclasses: rdflib's own rules
        return Literal(value)
    return _literal(str(value), None, _XSD_INTEGER, value)


@functools.lru_cache(maxsize=1 << 12)
def _int_literal(value: int) -> Literal:
    """``int_literal`` memoised, for offsets (they recur across sentences)."""
    return int_literal(value)


@functools.lru_cache(maxsize=1 << 14)
def _zh_literal(text: str) -> Literal:
    """``zh_literal`` memoised, for the labels that recur across relations (titles)."""
    return zh_literal(text)


_XSD_DECIMAL = XSD.decimal


@functools.lru_cache(maxsize=1 << 14)
def _decimal_literal(lexical: str) -> Literal:
    """``Literal(lexical, datatype=xsd:decimal, normalize=False)`` for a ``decimal_lexical`` form (amounts
    recur across articles): its value is ``Decimal(lexical)``, and rdflib deems it well typed (a value was
    found), where its ``__new__`` also looks the datatype up in four tables on the way."""
    literal = _literal(lexical, None, _XSD_DECIMAL, Decimal(lexical))
    literal._ill_typed = False
    return literal


# Plain URIRefs: looking a term up on a DefinedNamespace costs more than the rest of a triple.
_LABEL, _ALT_LABEL, _MENTIONED_IN, _LOCATED_IN = RDFS.label, SKOS.altLabel, HK.mentionedIn, HK.locatedIn
_CONCEPT, _IN_SCHEME = SKOS.Concept, SKOS.inScheme
_ROLE, _POST, _HOLDS, _HAS_ROLE, _POST_IN = ORG.Role, ORG.Post, ORG.holds, ORG.role, ORG.postIn
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
_EVIDENCE, _DERIVED_FROM = HK.Evidence, PROV.wasDerivedFrom
_EVIDENCE_TEXT, _START, _END = HK.evidenceText, HK.startOffset, HK.endOffset
_AGREEMENT, _PARTY, _SIGNATORY = HK.Agreement, HK.party, HK.signatory
_INVESTMENT, _LEADING_INDUSTRY = HK.investmentCNY, HK.leadingIndustry


_AREA = EntityType.AREA.value


def entity_iri(entity: Entity) -> URIRef:
    return _recurring_iri(entity.cls._value_, entity.key)  # ``_value_``: the enum's field, no property


@functools.lru_cache(maxsize=1 << 16)
def article_node(article_id: str) -> URIRef:
    """The IRI of an article by id (the same as ``kg.graph.article_iri``; memoised: every relation and
    every mention of an entity asks for one)."""
    return _recurring_iri("article", article_id)


def decimal_lexical(value: str) -> str | None:
    """A plain decimal lexical form: ``1.86E+10`` / ``18600000000.00`` → ``18600000000``."""
    if type(value) is str and _plain_digits(value):  # most amounts: that form already (``Decimal`` agrees)
        return value
    try:
        number = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    text = format(number.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


def _plain_digits(value: str) -> bool:
    """Whether ``value`` is its own ``decimal_lexical``: ASCII digits, no leading zero (``0`` itself
    aside), and no more of them than the decimal context's precision (``normalize`` rounds beyond it)."""
    return (value.isascii() and value.isdigit() and (value[0] != "0" or len(value) == 1)
            and len(value) <= decimal.getcontext().prec)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The evidence span: the given offsets when they are a valid span, else the sentence around ``start``."""
    if 0 <= start < end <= len(text):
        return start, end
    start = min(max(start, 0), max(len(text) - 1, 0))
    left = max((text.rfind(c, 0, start) for c in "。！？\n"), default=-1) + 1
    ends = [i for i in (text.find(c, start) for c in "。！？\n") if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return left, right


# ---------------------------------------------------------------------------------------------
# Entities


def entity_triples(entity: Entity, *, articles: Mapping[str, Article]) -> list[Triple]:
    """An entity's own triples: type, labels, the articles it is mentioned in (``hk:mentionedIn``, most of
    them, made in C), an industry's concept scheme, its place."""
    cls = entity.cls
    kind = cls._value_  # ``cls.value`` is a Python property of the enum: the field itself
    node = _recurring_iri(kind, entity.key)  # ``entity_iri(entity)``
    label = entity.label
    out = [(node, _TYPE, _class_iri(kind)), (node, _LABEL, zh_literal(label))]
    if entity.alt_labels:  # most have none: no comprehension (a Python frame in 3.11) for them
        out += [(node, _ALT_LABEL, zh_literal(alt)) for alt in entity.alt_labels if alt != label]
    nodes = map(article_node, filter(articles.__contains__, entity.articles))
    if cls is EntityType.PROJECT or cls is EntityType.AGREEMENT:
        for article in nodes:
            out += ((node, _MENTIONED_IN, article), (node, _DERIVED_FROM, article))
    else:
        out += zip(repeat(node), repeat(_MENTIONED_IN), nodes)
    if cls is EntityType.INDUSTRY:
        out += ((node, _TYPE, _CONCEPT), (node, _IN_SCHEME, INDUSTRY_SCHEME))
    if entity.attrs:
        out += [(node, _LOCATED_IN, _recurring_iri(_AREA, value))
                for name, value in entity.attrs if name == "located_in"]
    return out


def scheme_triples() -> Iterator[Triple]:
    yield INDUSTRY_SCHEME, RDF.type, SKOS.ConceptScheme
    yield INDUSTRY_SCHEME, RDFS.label, Literal("产业领域", lang="zh")
    yield INDUSTRY_SCHEME, RDFS.label, Literal("industries", lang="en")


# ---------------------------------------------------------------------------------------------
# Facts


class Fact(NamedTuple):
    """What one relation asserts: ``facts`` get evidence nodes, ``support`` describes the nodes they use."""

    facts: tuple[Triple, ...]
    support: tuple[Triple, ...] = ()


_NO_FACT = Fact(())


#: ``Fact(*pair)`` for a pair (facts, support): ``tuple.__new__(Fact, pair)``, made in C, where a
#: NamedTuple's own ``__new__`` (or any function of ours) is a Python frame per relation
_fact: Callable[[tuple[tuple[Triple, ...], tuple[Triple, ...]]], Fact]
_fact = functools.partial(tuple.__new__, Fact)


Index = Mapping[Mention, URIRef]  # mention → the IRI of the entity it was resolved to


def mention_index(entities: Sequence[Entity]) -> dict[Mention, URIRef]:
    """Mention → the IRI of the entity it was resolved to (the last entity holding an equal mention)."""
    return {m: iri for e in entities for iri in (entity_iri(e),) for m in e.mentions}


class MentionLookup:
    """``mention_index`` that looks a mention up by identity first, hashing no ``Mention`` if it can.

    Hashing a ``Mention`` (a frozen dataclass: a tuple of all its fields, its enum too) costs more than
    the rest of resolving a relation's arguments, and the mentions of relations are mostly the very
    objects the entities hold. When no two distinct objects among the entities' mentions are equal (no
    two share article, offsets and text), an object's entity is the one ``mention_index`` gives for it,
    so a hit by identity is the answer (``resolve``'s entities, a ``Resolved`` tuple, are known to hold no
    twins: not checked); otherwise each object maps to its cell of the equality index.
    Mentions the entities do not hold are looked up by equality in ``mention_index``, built on demand.
    """

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._entities = entities  # keeps the mentions (and so their ids) alive
        self._index: dict[Mention, URIRef] | None = None
        # every entity's mentions and, side by side, its IRI (lists made in C, no Python frame per mention)
        mentions = list(chain.from_iterable(e.mentions for e in entities))
        iris = chain.from_iterable(repeat(entity_iri(e), len(e.mentions)) for e in entities)
        by_object = dict(zip(map(id, mentions), iris))
        # equal twins may exist (never among ``resolve``'s entities): go by equality
        if not isinstance(entities, Resolved) and len(set(map(_spot, mentions))) < len(by_object):
            index = self._equality_index()
            by_object = {id(m): index[m] for m in mentions}
        self._by_object = by_object
        by_id = by_object.get

        def get(mention: Mention) -> URIRef | None:
            """The IRI ``mention`` resolved to, or None (a closure: no attribute lookups per call)."""
            iri = by_id(id(mention))
            return iri if iri is not None else self._equality_index().get(mention)

        self.get: Lookup = get

    def of_arguments(self, relations: Iterable[Relation]) -> list[URIRef | None]:
        """The IRI of every argument of ``relations``, in order, for the mentions the entities hold
        themselves; None for the others (``get`` looks those up by equality, when one is needed: a post's
        title never is). One pass in C over all the arguments, no Python call per mention."""
        mentions = map(_MENTION, chain.from_iterable(map(_ARGS, relations)))
        return list(map(self._by_object.get, map(id, mentions)))

    def _equality_index(self) -> dict[Mention, URIRef]:
        if self._index is None:
            self._index = mention_index(self._entities)
        return self._index


# Where a mention is: two mentions at one spot may be equal (attrgetter: no Python frame per mention).
_spot = operator.attrgetter("article", "start", "end", "text")
_ARGS, _MENTION = operator.attrgetter("args"), operator.itemgetter(1)

Lookup = Callable[[Mention], URIRef | None]  # the IRI a mention resolved to, or None


def _args(relation: Relation, iris: Sequence[URIRef | None], get: Lookup, *prefixes: str) -> list[URIRef]:
    """IRIs of the resolved arguments whose role starts with one of ``prefixes`` (in argument order).

    ``iris[i]`` is the IRI of the ``i``-th argument, or None when ``get`` must look it up.
    """
    out: dict[URIRef, None] = {}  # a URIRef hashes in C but compares in Python: no ``in`` on a list
    for (role, mention), iri in zip(relation.args, iris):
        if role.startswith(prefixes):
            if iri is None:
                iri = get(mention)
            if iri is not None:
                out[iri] = None
    return list(out)


def _resolved(relation: Relation, iris: list[URIRef | None], get: Lookup) -> list[URIRef]:
    """The IRIs of ``relation``'s resolved arguments, in order (``iris`` as for ``_args``)."""
    if all(iris):  # every argument found by identity (no None, no empty IRI): the common case
        return iris  # type: ignore[return-value]
    found = (get(mention) if iri is None else iri for iri, (_, mention) in zip(iris, relation.args))
    return [iri for iri in found if iri is not None]


_TITLE = EntityType.TITLE


def _title(relation: Relation) -> str:
    for role, mention in relation.args:
        if role == "title" or mention.cls is _TITLE:
            return mention.text.strip()
    return (relation.value or "").strip()


def _post(relation: Relation, iris: list[URIRef | None], get: Lookup, labels: Mapping[URIRef, str]) -> Fact:
    persons, orgs = _args_by_role(relation, iris, get, _POST_ROLES)
    title = _title(relation)
    if not persons or not title:
        return _NO_FACT
    source = article_node(relation.article)
    role, label, key = _role(title)
    facts: list[Triple] = []
    support: list[Triple] = [(role, _TYPE, _ROLE), (role, _LABEL, label)]
    for person in persons:
        for org in orgs or [None]:
            post = _recurring_iri("post", f"{person}|{key}|{org or ''}")  # posts recur across articles
            facts.append((person, _HOLDS, post))  # the post node itself says where it was read
            support += [(post, _TYPE, _POST), (post, _HAS_ROLE, role), (post, _DERIVED_FROM, source)]
            if org is not None:
                support.append((post, _POST_IN, org))
    return _fact((tuple(facts), tuple(support)))


@functools.lru_cache(maxsize=1 << 12)
def _role(title: str) -> tuple[URIRef, Literal, str]:
    """A title's role IRI, label and normalised form (titles recur across posts)."""
    return _recurring_iri("role", title), _zh_literal(title), normalise_key(title)


def _agreement(relation: Relation, iris: list[URIRef | None], get: Lookup,
               labels: Mapping[URIRef, str]) -> Fact:
    nodes, parties, signatories = _args_by_role(relation, iris, get, _AGREEMENT_ROLES)
    if not parties and not signatories:
        return _NO_FACT
    source = article_node(relation.article)
    support: list[Triple] = []
    if nodes:
        node = nodes[0]
    else:  # no name given: one node per agreement sentence
        node = mint("agreement", f"{relation.article}|{relation.evidence_start}|{relation.evidence_end}")
        label = "、".join(labels.get(p, "") for p in parties) + "协议"
        support += [(node, _TYPE, _AGREEMENT), (node, _LABEL, zh_literal(label)),
                    (node, _MENTIONED_IN, source)]
    support.append((node, _DERIVED_FROM, source))
    facts = [(node, _PARTY, p) for p in parties] + [(node, _SIGNATORY, s) for s in signatories]
    return _fact((tuple(facts), tuple(support)))


# The argument roles of posts and agreements, by prefix: no role starts with two prefixes of one tuple.
_POST_ROLES = ("person", "org")
_AGREEMENT_ROLES = ("agreement", "part", "signator")
_ROLE_PLACES: dict[tuple[str, ...], dict[str, int]] = {}  # prefixes → role → its prefix's place, or -1


def _args_by_role(relation: Relation, iris: Sequence[URIRef | None], get: Lookup,
                  prefixes: tuple[str, ...]) -> list[list[URIRef]]:
    """``[_args(relation, iris, get, prefix) for prefix in prefixes]`` in one pass over the arguments
    (no role starts with two of ``prefixes``); each role's prefix is found once per batch."""
    places = _ROLE_PLACES.setdefault(prefixes, {})
    # dicts: distinct IRIs in order (made by ``map``: a comprehension is a Python frame in 3.11)
    found: list[dict[URIRef, None]] = list(map(dict, repeat((), len(prefixes))))
    for (role, mention), iri in zip(relation.args, iris):
        place = places.get(role)
        if place is None:
            place = places[role] = next((i for i, p in enumerate(prefixes) if role.startswith(p)), -1)
        if place >= 0:
            if iri is None:
                iri = get(mention)
            if iri is not None:
                found[place][iri] = None
    return list(map(list, found))


def _amount(relation: Relation, iris: list[URIRef | None], get: Lookup, labels: Mapping[URIRef, str]) -> Fact:
    projects = _args(relation, iris, get, "project")
    value = decimal_lexical(relation.value or "")
    if not projects or value is None:
        return _NO_FACT
    literal = _decimal_literal(value)
    return _fact((tuple((p, _INVESTMENT, literal) for p in projects), ()))


def _binary(relation: Relation, iris: list[URIRef | None], get: Lookup, labels: Mapping[URIRef, str]) -> Fact:
    found = iris if all(iris) else _resolved(relation, iris, get)  # ``_resolved``' common case written in
    if len(found) < 2:
        return _NO_FACT
    kind = relation.kind
    predicate = _BINARY[kind._value_]
    if kind is RK.INDUSTRY and (relation.value or "") in LEADING:
        predicate = _LEADING_INDUSTRY
    if len(found) == 2:  # most relations: one fact, none when both arguments are the same node
        subject, obj = found
        # ``subject == obj`` (``Identifier.__eq__``, a Python call) in C: same type, equal strings
        same = subject is obj or (type(subject) is type(obj) and str.__eq__(subject, obj))
        return _NO_FACT if same else _fact((((subject, predicate, obj),), ()))
    # distinct, in order, the subject first (a URIRef hashes in C but compares in Python: no ``!=``)
    subject, *objects = dict.fromkeys(found)
    return _fact((tuple((subject, predicate, o) for o in objects), ()))


#: what makes a relation's ``Fact`` from it, ``iris`` as for ``_args``, the rest resolved by the
#: ``Lookup``, and the entities' labels by IRI
FactMaker = Callable[[Relation, list[URIRef | None], Lookup, Mapping[URIRef, str]], Fact]
# the maker of each kind's facts by the kind's value (a str hashes in C, an enum member in Python); the
# binary kinds', ``_binary``, is also that of any other
_MAKERS: dict[str, FactMaker] = {RK.POST.value: _post, RK.AGREEMENT.value: _agreement,
                                 RK.AMOUNT.value: _amount}


def _relation_fact(relation: Relation, iris: list[URIRef | None], get: Lookup,
                   labels: Mapping[URIRef, str]) -> Fact:
    """``relation_fact``: ``iris`` as for ``_args``, the rest resolved by ``get``."""
    return _MAKERS.get(relation.kind._value_, _binary)(relation, iris, get, labels)


def relation_fact(relation: Relation, index: Index, *,
                  labels: Mapping[URIRef, str] | None = None) -> Fact:
    """The triples one relation asserts (empty when an argument did not resolve)."""
    return _relation_fact(relation, [None] * len(relation.args), index.get, labels or {})


class Source(NamedTuple):
    """Where a relation was read: its article and evidence sentence, as RDF terms."""

    key: str  # article id and offsets, for minting evidence IRIs
    article: URIRef
    text: Literal
    start: Literal
    end: Literal

    @classmethod
    def of(cls, relation: Relation, article: Article) -> Source:
        text, start, end = article.text, relation.evidence_start, relation.evidence_end
        if not 0 <= start < end <= len(text):  # ``sentence_bounds``' fast path written in: a valid span
            start, end = sentence_bounds(text, start, end)
        sentence = text[start:end]
        # ``cls(key, article, text, start, end)`` without the Python ``__new__`` of a NamedTuple
        return tuple.__new__(cls, (f"{article.id}|{start}|{end}", article_node(article.id),
                                   _literal(sentence, "zh", None, sentence), _int_literal(start),
                                   _int_literal(end)))


#: an evidence node as a row: (the node, the fact it supports, where it was read); its eight triples are
#: ``evidence_triples(row)``
EvidenceRow = tuple[URIRef, Triple, Source]


def evidence_triples(node: URIRef, fact: Triple, source: Source) -> tuple[Triple, ...]:
    """The eight triples of an evidence node (``EvidenceRow``), in this order: type, subject, predicate,
    object, article, sentence, start, end."""
    s, p, o = fact
    return ((node, _TYPE, _EVIDENCE), (node, _SUBJECT, s), (node, _PREDICATE, p),
            (node, _OBJECT, o), (node, _DERIVED_FROM, source.article),
            (node, _EVIDENCE_TEXT, source.text), (node, _START, source.start),
            (node, _END, source.end))


#: the places in ``evidence_triples`` of the lines a row's fact gives (subject, predicate, object) and of
#: those its source gives (article, sentence, start, end); the type's line comes first
EVIDENCE_FACT_LINES, EVIDENCE_SOURCE_LINES = frozenset({1, 2, 3}), frozenset({4, 5, 6, 7})
_SOURCE_FIELDS = ("article", "text", "start", "end")  # in the order of their lines


def evidence_columns(rows: Sequence[EvidenceRow]
                     ) -> list[tuple[URIRef, list[URIRef], list[URIRef | Literal]]]:
    """The triples ``evidence_triples`` makes of ``rows``, a column at a time, with no triple made: for
    each of the eight lines its predicate, the rows' nodes (its subjects) and its objects, in row order."""
    if not rows:
        return []
    nodes = list(map(operator.itemgetter(0), rows))
    facts, sources = list(map(operator.itemgetter(1), rows)), list(map(operator.itemgetter(2), rows))
    objects = [[_EVIDENCE] * len(rows), *(list(map(operator.itemgetter(i), facts)) for i in range(3)),
               *(list(map(operator.attrgetter(field), sources)) for field in _SOURCE_FIELDS)]
    predicates = [p for _, p, _ in evidence_triples(*rows[0])]
    return [(p, nodes, values) for p, values in zip(predicates, objects, strict=True)]


#: what every evidence node's IRI starts with (a hexadecimal name follows)
EVIDENCE_BASE = iri_base("evidence")


try:
    # CPython's own SHA-1: the evidence keys are short, so a node's cost is that of copying and finishing
    # a digest, which OpenSSL's (``hashlib.sha1``: a new EVP context per copy and per hexdigest) makes
    # dearer than hashing the few bytes; the same digests
    from _sha1 import sha1 as _sha1
except ImportError:  # a Python built without it
    _sha1 = hashlib.sha1


def _evidence_iri(fact_key: str, source_key: str) -> URIRef:
    """``mint("evidence", f"{s}|{p}|{o_n3}|{source.key}")`` for a fact (its object in N3) and where it was
    read, from the normalised halves of that key: ``normalise_key(f"{s}|{p}|{o_n3}|")`` (the same for
    every sentence stating the fact) and ``normalise_key(source.key)``.

    ``normalise_key`` of the joined key is the join of the halves': the ``|`` between them is a
    starter that composes with nothing, holds no space and has no case, so NFKC, the removal of
    whitespace and lower-casing act on each side alone (``tests/test_facts.py`` checks it).
    """
    return _evidence_node(_sha1(fact_key.encode()), source_key.encode())


def _fact_key(subject: str, predicate: str, obj: str) -> str:
    """``normalise_key(f"{s}|{p}|{o_n3}|")``, the first half of a fact's evidence key, from its pieces
    normalised: ``normalise_key(s)``, ``normalise_key(p)``, ``normalise_key(o_n3)``.

    The join of the pieces' normal forms is that of the joined key, as for the halves (``_evidence_iri``):
    each ``|`` is a starter that composes with nothing, holds no space and has no case. So each term is
    normalised once per build, not once per fact (``tests/test_facts.py`` compares the two on a build).
    """
    return f"{subject}|{predicate}|{obj}|"


def _evidence_node(fact_hash: hashlib._Hash, source_key: bytes) -> URIRef:
    """``_evidence_iri`` from the SHA-1 of the fact's half (fed once per fact, copied for each sentence:
    most of the bytes hashed are the fact's) and the sentence's half, UTF-8 encoded."""
    digest = fact_hash.copy()
    digest.update(source_key)
    # ``minted_iri(EVIDENCE_BASE + digest(key))``, written out: one call per node
    return str.__new__(URIRef, EVIDENCE_BASE + digest.hexdigest()[:16])


def extend_distinct(out: list[Triple], seen: set[Triple], triples: Iterable[Triple]) -> None:
    """Append to ``out`` each of ``triples`` not in ``seen`` yet (and add it to ``seen``).

    When none is in ``seen`` (the entities' triples, a new fact's), all of it runs in C; an empty ``seen``
    (the entities' triples after distinct articles) is known disjoint without hashing every triple.
    """
    if not isinstance(triples, list | tuple):
        triples = list(triples)
    if not seen or seen.isdisjoint(triples):
        size = len(seen)
        seen.update(triples)
        out += triples if len(seen) - size == len(triples) else dict.fromkeys(triples)  # repeats among them
        return
    for triple in triples:
        if triple not in seen:
            seen.add(triple)
            out.append(triple)


def collect_fact_triples(articles: Sequence[Article], entities: Sequence[Entity],
                         relations: Sequence[Relation], out: list[Triple], seen: set[Triple], *,
                         evidence: Callable[[tuple[Triple, Source]], object] | None = None,
                         rows: list[EvidenceRow] | None = None) -> None:
    """Append the entity and fact layer to ``out``, each triple once, in ``fact_triples``' order.

    ``seen`` holds the triples already in ``out`` (``kg.graph.triples`` starts it with the articles').
    Evidence triples are not added to it: their subject is the evidence node, minted from the fact and
    the sentence and the subject of nothing else, so an evidence node seen once means all eight of its
    triples are in ``out``; the nodes are tracked instead (one hash per node, not eight per triple).

    ``evidence``, when given, is called with each (fact, source) pair instead, in the order the evidence nodes
    would come, and no evidence triple is made: the facts with their sentences, for a reader that wants
    those rather than the evidence nodes (the explorer's view: ``kg.html.result_view``). A (fact, source)
    may come more than once (two relations of one sentence stating it), where the node comes once.

    ``rows``, when given, gets each evidence node once as an ``EvidenceRow`` instead of its eight triples
    in ``out`` (``kg.graph.layered``): the Turtle writer and the validator read the rows as they are. A
    row's fact is the same object for every row of that fact, so that readers can key what they make of
    it by its identity.
    """
    by_id = {a.id: a for a in articles}
    lookup = MentionLookup(entities)
    get = lookup.get
    arg_iris = lookup.of_arguments(relations)  # the relations' arguments, one after the other
    end = 0
    labels = {entity_iri(e): e.label for e in entities}
    maker = _MAKERS.get
    extend_distinct(out, seen, list(chain.from_iterable(entity_triples(e, articles=by_id) for e in entities)))
    if any(e.cls is EntityType.INDUSTRY for e in entities):
        extend_distinct(out, seen, scheme_triples())
    # relations of one sentence share its terms: (its Source, normalise_key(source.key) encoded)
    sources: dict[tuple[str, int, int], tuple[Source, bytes]] = {}
    # a fact → the SHA-1 of its evidence key's first half, and the first object met for it (every row of the
    # fact holds that one)
    fact_keys: dict[Triple, tuple[hashlib._Hash, Triple]] = {}
    # the normalised pieces of the facts' evidence keys, by term (terms recur across facts): a subject or
    # predicate as written, an object in N3 (``_fact_key``)
    iri_keys: dict[URIRef, str] = {}
    object_keys: dict[URIRef | Literal, str] = {}
    evidence_nodes: set[URIRef] = set()
    new_iri = str.__new__
    for relation in relations:
        start, end = end, end + len(relation.args)
        article = by_id.get(relation.article)
        if article is None:
            LOGGER.debug("relation from unknown article %s dropped", relation.article)
            continue
        # ``_relation_fact``, written in (one Python frame less per relation)
        fact = maker(relation.kind._value_, _binary)(relation, arg_iris[start:end], get, labels)
        if fact.support:
            extend_distinct(out, seen, fact.support)
        if not fact.facts:
            continue
        where = (relation.article, relation.evidence_start, relation.evidence_end)
        found = sources.get(where)
        if found is None:
            source = Source.of(relation, article)
            found = sources[where] = (source, normalise_key(source.key).encode())
        source, source_key = found
        if evidence is not None:
            for triple in fact.facts:
                if triple not in seen:
                    seen.add(triple)
                    out.append(triple)
                evidence((triple, source))
            continue
        for triple in fact.facts:
            known = fact_keys.get(triple)
            if known is not None:
                fact_key, triple = known
            else:  # a new fact (every fact met before is in ``seen``)
                if triple not in seen:
                    seen.add(triple)
                    out.append(triple)
                s, p, o = triple
                s_key = iri_keys.get(s)
                if s_key is None:
                    s_key = iri_keys[s] = normalise_key(s)
                p_key = iri_keys.get(p)
                if p_key is None:
                    p_key = iri_keys[p] = normalise_key(p)
                o_key = object_keys.get(o)
                if o_key is None:
                    o_key = object_keys[o] = normalise_key(o.n3())
                fact_key = _sha1(_fact_key(s_key, p_key, o_key).encode())
                fact_keys[triple] = (fact_key, triple)
            # ``_evidence_node(fact_key, source_key)``, written in (a Python frame less per node)
            digest = fact_key.copy()
            digest.update(source_key)
            node = new_iri(URIRef, EVIDENCE_BASE + digest.hexdigest()[:16])
            if node not in evidence_nodes:
                evidence_nodes.add(node)
                if rows is None:
                    out.extend(evidence_triples(node, triple, source))
                else:
                    rows.append((node, triple, source))


def fact_triples(articles: Sequence[Article], entities: Sequence[Entity],
                 relations: Sequence[Relation]) -> Iterator[Triple]:
    """Every triple of the entity and fact layer, each once (articles themselves are ``kg.graph``'s)."""
    out: list[Triple] = []
    collect_fact_triples(articles, entities, relations, out, set())
    return iter(out)


def add_facts(graph: Graph, result: BuildResult) -> Graph:
    """Add the entities and facts of ``result`` to ``graph`` (returned for chaining)."""
    triples = set(fact_triples(result.articles, result.entities, result.relations))
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph
