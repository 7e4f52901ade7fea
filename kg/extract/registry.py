"""Named extractors: a dict behind a decorator; the order they run in comes from settings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.model import Mention, Relation

MentionExtractor = Callable[["Doc"], Iterable["Mention"]]
RelationExtractor = Callable[["Doc", Sequence["Mention"]], Iterable["Relation"]]

MENTIONS: dict[str, MentionExtractor] = {}
RELATIONS: dict[str, RelationExtractor] = {}


def mention_extractor(name: str) -> Callable[[MentionExtractor], MentionExtractor]:
    def register(func: MentionExtractor) -> MentionExtractor:
        MENTIONS[name] = func
        return func
    return register


def relation_extractor(name: str) -> Callable[[RelationExtractor], RelationExtractor]:
    def register(func: RelationExtractor) -> RelationExtractor:
        RELATIONS[name] = func
        return func
    return register
