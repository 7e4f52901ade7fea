"""The data passed between pipeline stages: small frozen dataclasses with tuple fields.

Offsets are character positions into an article's cleaned ``text``; ``Article.spans`` maps them
back to the source document, so every fact can point at its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class EntityType(StrEnum):
    """Classes of the graph contract (``hk:`` local names), plus ``Title`` for a post's title."""

    ZONE = "Zone"
    COMPANY = "Company"
    GOVERNMENT_BODY = "GovernmentBody"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    INDUSTRY = "Industry"
    POLICY = "Policy"
    PROJECT = "Project"
    AGREEMENT = "Agreement"
    EVENT = "Event"
    AREA = "AdministrativeArea"
    TITLE = "Title"


class RelationKind(StrEnum):
    """Kinds of extracted facts (mirrors the contract's relation table)."""

    POST = "post"  # person, title, org
    INDUSTRY = "industry"  # zone, industry
    INVESTOR = "investor"  # project, company
    PROJECT_ZONE = "project_zone"  # project, zone
    AMOUNT = "amount"  # project, value (yuan, decimal string)
    AGREEMENT = "agreement"  # agreement, party..., signatory...
    ISSUED_BY = "issued_by"  # policy, body
    PARTICIPATES = "participates"  # zone, policy
    LOCATED_IN = "located_in"  # zone|area, area
    SUBORG = "suborg"  # child, parent
    PART_OF = "part_of"  # park, zone


class DocKind(StrEnum):
    """What kind of document a source file holds."""

    PAGE = "page"  # an OCR'd newspaper page holding several articles
    STORY = "story"  # a plain-text file holding one story
    HTML = "html"
    PDF = "pdf"
    JSONL = "jsonl"


@dataclass(frozen=True)
class Span:
    """``length`` characters of cleaned text starting at ``start`` come from ``source_start``."""

    start: int
    source_start: int
    length: int


@dataclass(frozen=True)
class Document:
    """One decoded input: a file, or one line of a JSON-lines file."""

    source: str  # path as reported to the user (relative to the input argument's parent)
    kind: DocKind
    text: str  # decoded text (for PDF/HTML: the extracted main text)
    line: int | None = None  # 1-based line number inside a .jsonl file
    title: str | None = None
    date: str | None = None  # ISO 8601 date when known
    url: str | None = None
    outlet: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class Article:
    """One news article: cleaned body text, titles, bylines and where it came from."""

    id: str  # stable, ASCII; derived from the cleaned body
    source: str
    text: str
    titles: tuple[str, ...] = ()  # kicker and/or main title
    creators: tuple[str, ...] = ()
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    spans: tuple[Span, ...] = ()  # cleaned text -> source document offsets
    line: int | None = None

    @property
    def title(self) -> str:
        """The main title: the longest printed title, or the empty string."""
        return max(self.titles, key=len) if self.titles else ""

    def source_offset(self, pos: int) -> int | None:
        """The offset in the source document of cleaned-text position ``pos``."""
        for span in self.spans:
            if span.start <= pos < span.start + span.length:
                return span.source_start + pos - span.start
        return None


class CachedHash:
    """The dataclass hash (of the tuple of fields), computed once per object.

    Mentions and relations are set members and dict keys many times over in a build; their generated
    ``__hash__`` rebuilds and rehashes the tuple of fields on every call. The cached value is never
    pickled (string hashes differ between processes): an unpickled object computes its own.

    Nothing here (nor in the constructors below) touches the instance's ``__dict__``: an object whose
    ``__dict__`` has been asked for keeps its attributes in a real dict from then on, and every read of a
    field goes through a dict lookup (CPython 3.11: several times the cost of a read from the object's
    inline values; the extractors and resolution read these fields millions of times).
    """

    __slots__ = ()

    _hash: int | None = None  # the instance's own once computed

    def _fields(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def __hash__(self) -> int:
        value = self._hash
        if value is None:
            value = hash(self._fields())
            _set(self, "_hash", value)
        return value

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if k != "_hash"}


_set = object.__setattr__  # how the frozen classes below set their own fields


@dataclass(frozen=True, init=False)
class Mention(CachedHash):
    """A name of something in an article's text (before resolution)."""

    text: str
    cls: EntityType
    start: int
    end: int
    article: str = ""  # Article.id
    canonical: str | None = None  # a normalised form when the extractor knows one (e.g. a full zone name)
    attrs: tuple[tuple[str, str], ...] = ()  # extractor-specific extras (e.g. ("place", "衡阳市"))

    __hash__ = CachedHash.__hash__  # written out: a dataclass replaces an inherited one

    def __init__(self, text: str, cls: EntityType, start: int, end: int, article: str = "",
                 canonical: str | None = None, attrs: tuple[tuple[str, str], ...] = ()) -> None:
        """The frozen dataclass's ``__init__``, written out with ``object.__setattr__`` looked up once (a
        build makes hundreds of thousands of mentions); never through ``__dict__`` (see ``CachedHash``)."""
        _set(self, "text", text)
        _set(self, "cls", cls)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "article", article)
        _set(self, "canonical", canonical)
        _set(self, "attrs", attrs)

    def _fields(self) -> tuple[Any, ...]:
        return (self.text, self.cls, self.start, self.end, self.article, self.canonical, self.attrs)


@dataclass(frozen=True, init=False)
class Relation(CachedHash):
    """A fact stated in an article, with its evidence sentence offsets."""

    kind: RelationKind
    args: tuple[tuple[str, Mention], ...]  # (role, mention), e.g. ("person", m1), ("org", m2)
    article: str
    evidence_start: int
    evidence_end: int
    value: str | None = None  # literal arguments: a title, an amount in yuan

    __hash__ = CachedHash.__hash__

    def __init__(self, kind: RelationKind, args: tuple[tuple[str, Mention], ...], article: str,
                 evidence_start: int, evidence_end: int, value: str | None = None) -> None:
        """The frozen dataclass's ``__init__``, written out like ``Mention``'s."""
        _set(self, "kind", kind)
        _set(self, "args", args)
        _set(self, "article", article)
        _set(self, "evidence_start", evidence_start)
        _set(self, "evidence_end", evidence_end)
        _set(self, "value", value)

    def _fields(self) -> tuple[Any, ...]:
        return (self.kind, self.args, self.article, self.evidence_start, self.evidence_end, self.value)


@dataclass(frozen=True)
class Entity:
    """One real-world thing after resolution: one node in the graph."""

    key: str  # stable identity used to mint the IRI
    cls: EntityType
    label: str  # fullest form
    alt_labels: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()  # Article.ids it is mentioned in
    attrs: tuple[tuple[str, str], ...] = ()  # e.g. ("located_in", <key of an AdministrativeArea>)
    mentions: tuple[Mention, ...] = field(default=(), compare=False, repr=False)  # resolved to this entity


class Resolved(tuple):
    """Entities as ``kg.resolve.resolve`` returns them: no mention is held twice and no two held mentions
    are equal (resolution keeps one of equal mentions), so ``kg.facts.MentionLookup`` finds a mention's
    entity by identity without looking for equal twins first. Equal to the plain tuple of its items."""

    __slots__ = ()


@dataclass(frozen=True)
class InputError:
    """A problem with one input, reported on stderr; the rest of the batch still builds."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"kg: error: {where}: {self.message}"


@dataclass(frozen=True)
class BuildResult:
    """Everything ``kg.build`` computes; exporters turn it into files."""

    articles: tuple[Article, ...]
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    entities: tuple[Entity, ...] = ()
    errors: tuple[InputError, ...] = ()
    extras: dict[str, object] = field(default_factory=dict, compare=False)
