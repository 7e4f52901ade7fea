"""Extraction: an article in, mentions and relations out.

Mention extractors (``kg.extract.names``) each find one kind of name; one injected function settles
their overlaps; relation extractors (``kg.extract.facts``) then read the settled mentions.
"""

from __future__ import annotations

import logging
import operator
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from kg import gazetteer as gazetteer_module
from kg.compiled import cache_folder, save_regexes
from kg.extract import facts, names, tables  # noqa: F401  (registers the extractors)
from kg.extract.doc import Doc, fold_width, make_tokenizer
from kg.extract.lexicon import DATA, Lexicon
from kg.extract.registry import MENTIONS, RELATIONS
from kg.extract.settle import longest_wins
from kg.gazetteer import Gazetteer
from kg.model import Article, EntityType, Mention, Relation, RelationKind
from kg.traditional import simplify

LOGGER = logging.getLogger(__name__)

MENTION_ORDER: tuple[str, ...] = ("zones", "areas", "bodies", "organisations", "companies", "people",
                                  "industries", "policies", "projects", "events", "agreements", "tables")
RELATION_ORDER: tuple[str, ...] = ("posts", "locations", "suborgs", "part_of", "industries", "projects",
                                   "agreements", "issuers", "participation")

Settle = Callable[[Iterable[Mention]], list[Mention]]
AGREEMENT = EntityType.AGREEMENT  # read once (an Enum class's attribute goes through its metaclass's hook)


class Extractor:
    """Loads dictionaries and gazetteers once (in the constructor), then extracts article by article."""

    def __init__(self, *, gazetteer: Gazetteer | None = None, lexicon_path: Path = DATA,
                 mention_order: Sequence[str] = MENTION_ORDER, relation_order: Sequence[str] = RELATION_ORDER,
                 settle: Settle = longest_wins, tokenize: bool = True, cache_dir: Path | None = None) -> None:
        gaz = gazetteer if gazetteer is not None else gazetteer_module.default()
        cache = cache_folder(cache_dir)  # jieba's dictionary and the compiled patterns, kept between runs
        self.lexicon = Lexicon.load(gazetteer=gaz, path=lexicon_path, cache=cache)
        self.tokenizer = make_tokenizer(self.lexicon, cache_dir=cache) if tokenize else None
        self.mention_extractors = [(name, MENTIONS[name]) for name in mention_order]
        self.relation_extractors = [(name, RELATIONS[name]) for name in relation_order]
        self.settle = settle
        save_regexes()  # the modules' patterns compiled anew at import, for the next process

    def doc(self, article: Article) -> Doc:
        return Doc.make(article, lexicon=self.lexicon, tokenizer=self.tokenizer)

    def __call__(self, article: Article) -> tuple[list[Mention], list[Relation]]:
        doc = self.doc(article)
        found: list[Mention] = []
        for _, extract in self.mention_extractors:
            found += extract(doc)
        mentions = self.settle(found)
        relations: list[Relation] = []
        for _, extract in self.relation_extractors:
            relations += extract(doc, mentions)
        if article.titles:
            relations += self._subtitle_posts(article, doc.text, mentions)
        kept, distinct = kept_in_order(mentions, relations), distinct_in_order(relations)
        if doc.text != article.text:  # folded digits, or a traditional text read on its simplified shadow
            printed = fold_width(article.text)
            if printed != doc.text:
                return with_printed_forms(kept, distinct, doc.text, printed)
        return kept, distinct

    def _subtitle_posts(self, article: Article, text: str, mentions: Sequence[Mention]) -> list[Relation]:
        """The posts an interview's subtitle gives its interviewee (——访X高新区党工委副书记、管委会主任Y, Y's
        turns in the text): read from the subtitle as a text of its own, each mention placed on Y's first
        turn (the subtitle has no offsets in the body), the turn's line the evidence. ``text``: the body as
        read (``Doc.text``)."""
        interview = names.interviewee(tuple(map(simplify, article.titles)), text)
        if interview is None:
            return []
        name, subtitle = interview
        turn = next((m for m in mentions if m.cls is EntityType.PERSON and m.text == name), None)
        if turn is None:
            return []
        _, found = self(Article(id=article.id, source=article.source, text=subtitle))
        line_end = text.find("\n", turn.end)
        line_end = len(text) if line_end < 0 else line_end
        out: list[Relation] = []
        for r in found:
            if r.kind is not RelationKind.POST or dict(r.args)["person"].text != name:
                continue
            args = tuple((role, turn if role == "person" else
                          Mention(m.text, m.cls, turn.start, turn.end, article.id, m.canonical, m.attrs))
                         for role, m in r.args)
            out.append(Relation(RelationKind.POST, args, article.id, turn.start, line_end, r.value))
        return out


def with_printed_forms(mentions: Sequence[Mention], relations: Sequence[Relation], shadow: str,
                       printed: str) -> tuple[list[Mention], list[Relation]]:
    """Mentions read on a simplified shadow of a traditional text, each whose printed form differs from
    the shadow's given it as an extra (``("printed", 駿昇科技集團)``: a name of the entity beside the
    simplified one its mentions are grouped by); relations then hold the new mentions."""
    swapped: dict[int, Mention] = {}

    def printed_form(m: Mention) -> Mention:
        new = swapped.get(id(m))
        if new is None:
            form = printed[m.start:m.end]
            new = m
            if m.text == shadow[m.start:m.end] and form != m.text:
                new = Mention(m.text, m.cls, m.start, m.end, m.article, m.canonical,
                              (*m.attrs, ("printed", form)))
            swapped[id(m)] = new
        return new

    out = [printed_form(m) for m in mentions]
    facts_out = [Relation(r.kind, tuple((role, printed_form(m)) for role, m in r.args), r.article,
                          r.evidence_start, r.evidence_end, r.value) for r in relations]
    return out, facts_out


def kept_in_order(mentions: Sequence[Mention], relations: Sequence[Relation]) -> list[Mention]:
    """``sorted(_kept(mentions, relations), key=_order)``: the same mentions (the same objects), in order.

    The settled mentions of ``longest_wins`` never overlap: their starts rise, so they are distinct and
    already in order (start is the first part of the key). Then only the few relation arguments that are
    no settled mention (by identity) are hashed and sorted, and merged in: each after the settled ones
    that start before it (bisected on the starts) and the one starting where it does if its key is not
    greater, as ``insort_right`` by key would place it. An argument equal to a settled mention shares its
    start, so one dict lookup finds it; among other equal ones the first is kept, as a set keeps it.
    Mentions whose keys tie come settled first (a set would put them in an order of their hashes). Any
    other settled list is sorted as before.
    """
    settled = [m for m in mentions if m.cls is not AGREEMENT]
    starts = [m.start for m in settled]
    if not all(map(operator.lt, starts, starts[1:])):
        return sorted(_kept(mentions, relations), key=_order)
    known = {id(m) for m in settled}
    at = dict(zip(starts, settled, strict=True))
    extra: dict[Mention, None] = {}
    for relation in relations:
        for _, m in relation.args:
            if id(m) not in known and at.get(m.start) != m and m not in extra:  # the first of equal ones
                extra[m] = None
    out: list[Mention] = []
    placed = 0  # the settled mentions before the extras so far
    for m in sorted(extra, key=_order):  # after the settled ones and the earlier extras it ties with
        place = bisect_left(starts, m.start)  # the settled ones that start before it are before it
        if place < len(starts) and starts[place] == m.start and _order(settled[place]) <= _order(m):
            place += 1  # the one settled mention that starts where it does, when its key is not greater
        out += settled[placed:place]  # (place never falls: the extras rise)
        out.append(m)
        placed = place
    out += settled[placed:]
    return out


def distinct_in_order(relations: Sequence[Relation]) -> list[Relation]:
    """``sorted(set(relations), key=relation_order)``: each relation once (the first of equal ones, the
    object a set keeps), in order.

    The relations are first sorted (stably) by the head of their keys, evidence start and kind; only a
    run of relations sharing a head needs the rest of the keys (``_distinct_sorted``): about half of an
    article's relations have a head of their own.
    """
    heads = [(r.evidence_start, r.kind) for r in relations]
    order = sorted(range(len(heads)), key=heads.__getitem__)
    out: list[Relation] = []
    begin, size = 0, len(order)
    while begin < size:
        head = heads[order[begin]]
        end = begin + 1
        while end < size and heads[order[end]] == head:
            end += 1
        if end == begin + 1:
            out.append(relations[order[begin]])
        else:
            out += _distinct_sorted([relations[index] for index in order[begin:end]])
        begin = end
    return out


def _distinct_sorted(relations: Sequence[Relation]) -> list[Relation]:
    """``sorted(set(relations), key=relation_order)``, the first of equal ones kept. Equal relations have
    equal keys, so after a stable sort by key they stand together among the ones whose keys tie: only
    those are compared, nothing is hashed."""
    keys = _relation_orders(relations)
    out: list[Relation] = []
    last_key: tuple | None = None
    group: list[Relation] = []  # the distinct relations of the current key
    for index in sorted(range(len(keys)), key=keys.__getitem__):  # stable: equal keys in their order
        key, relation = keys[index], relations[index]
        if key != last_key:
            last_key, group = key, [relation]
            out.append(relation)
        elif all(relation != other for other in group):
            group.append(relation)
            out.append(relation)
    return out


def _relation_orders(relations: Sequence[Relation]) -> list[tuple]:
    """``[relation_order(r) for r in relations]``, each argument's ``_order`` made once per mention object
    (the same mentions stand in many relations of an article)."""
    orders: dict[int, tuple] = {}  # id of a mention -> its _order (every mention outlives the call)
    keys: list[tuple] = []
    for r in relations:
        args = []
        for role, m in r.args:
            key = id(m)
            if key in orders:
                args.append((role, orders[key]))
            else:
                order = orders[key] = (m.start, m.end, m.cls, m.text, m.canonical or "")
                args.append((role, order))
        keys.append((r.evidence_start, r.kind, tuple(args), r.value or ""))
    return keys


def _kept(mentions: Sequence[Mention], relations: Sequence[Relation]) -> set[Mention]:
    """The settled mentions and those the relations name, once each.

    Agreement phrases exist only as parts of agreements (each named after its parties). Most relation
    arguments are settled mention objects themselves: those are passed over by identity, not hashed again.
    """
    settled = [m for m in mentions if m.cls is not EntityType.AGREEMENT]
    kept = set(settled)
    known = {id(m) for m in settled}
    kept.update(m for relation in relations for _, m in relation.args if id(m) not in known)
    return kept


def _order(m: Mention) -> tuple:
    return (m.start, m.end, m.cls, m.text, m.canonical or "")  # a StrEnum orders as its value


def relation_order(r: Relation) -> tuple:
    return (r.evidence_start, r.kind, tuple([(role, _order(m)) for role, m in r.args]), r.value or "")
