"""``kg.model``: the cached hash of mentions and relations is the dataclass hash, never pickled."""

from __future__ import annotations

import inspect
import pickle
from dataclasses import MISSING, FrozenInstanceError, fields, replace

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


@pytest.mark.parametrize("cls", [Mention, Relation])
def test_written_out_init_takes_every_field_with_its_default(cls: type) -> None:
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [p.name for p in params] == [f.name for f in fields(cls)]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is MISSING else f.default for f in fields(cls)]


def test_written_out_init_stores_every_field_and_stays_frozen() -> None:
    made = Mention("青岚高新区", EntityType.ZONE, 3, 8)
    assert made.__dict__ == {"text": "青岚高新区", "cls": EntityType.ZONE, "start": 3, "end": 8,
                             "article": "", "canonical": None, "attrs": ()}
    assert replace(made, start=4) == Mention("青岚高新区", EntityType.ZONE, 4, 8)
    with pytest.raises(FrozenInstanceError):
        made.start = 5  # type: ignore[misc]
    relation = Relation(RelationKind.POST, (("person", HAN_SONG),), "a1", 0, 9)
    assert relation.value is None and relation.args == (("person", HAN_SONG),)
    with pytest.raises(FrozenInstanceError):
        relation.value = "主任"  # type: ignore[misc]
