"""``kg.model``: the cached hash of mentions and relations is the dataclass hash, never pickled."""

from __future__ import annotations

import pickle
from dataclasses import fields

import pytest

from kg.model import EntityType, Mention, Relation, RelationKind

HAN_SONG = Mention("韩松", EntityType.PERSON, 0, 2, "a1")


@pytest.mark.parametrize("value", [
    Mention("青岚高新区", EntityType.ZONE, 3, 8, "a1", "青岚高新技术产业开发区", (("alias", "青岚高新区"),)),
    Relation(RelationKind.POST, (("person", HAN_SONG),), "a1", 0, 9, "主任"),
])
def test_cached_hash_is_the_hash_of_every_field(value: Mention | Relation) -> None:
    assert value._fields() == tuple(getattr(value, f.name) for f in fields(value))  # no field left out
    assert hash(value) == hash(value._fields()) == hash(value)
    copy = pickle.loads(pickle.dumps(value))
    assert "_hash" not in copy.__dict__
    assert copy == value and hash(copy) == hash(value)
    assert {value, copy} == {value}
