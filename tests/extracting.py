"""Helpers for the extraction tests: run an extractor on one sentence and read what it found."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article, EntityType, Mention, Relation, RelationKind
from kg.resolve import resolve


def run(extractor: Extractor, text: str) -> tuple[list[Mention], list[Relation]]:
    return extractor(Article(id="a", source="t", text=text))


def found(extractor: Extractor, text: str, cls: EntityType) -> list[str]:
    mentions, _ = run(extractor, text)
    return [m.text for m in mentions if m.cls is cls]


def pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    """The argument texts of each relation of a kind, and its value (an amount) when it has one."""
    _, relations = run(extractor, text)
    return {tuple(m.text for _, m in r.args) + ((r.value,) if r.value else ()) for r in relations
            if r.kind is kind}


def posts(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    """(person, title, organisation) of each post, the organisation by its canonical form when known."""
    _, relations = run(extractor, text)
    out = []
    for r in relations:
        if r.kind is RelationKind.POST:
            args = dict(r.args)
            out.append((args["person"].text, args["title"].text, args["org"].canonical or args["org"].text))
    return sorted(out)


def agreements(extractor: Extractor, text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(parties, signatories) of each agreement node once the article is resolved, parties by their labels."""
    article = Article(id="a", source="t", text=text)
    mentions, relations = extractor(article)
    entities = resolve([article], mentions, relations, gazetteer=None)
    node = {id(m): e.key for e in entities for m in e.mentions}
    label = {e.key: e.label for e in entities}
    out: dict[str, tuple[set[str], set[str]]] = {}
    for r in (r for r in relations if r.kind is RelationKind.AGREEMENT):
        parties, signers = out.setdefault(node[id(dict(r.args)["agreement"])], (set(), set()))
        for role, m in r.args:
            if role == "party":
                parties.add(label.get(node.get(id(m), ""), m.text))
            elif role == "signatory":
                signers.add(m.text)
    return sorted((frozenset(p), frozenset(s)) for p, s in out.values())
