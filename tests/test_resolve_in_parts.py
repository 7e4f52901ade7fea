"""``kg.resolve.Resolution`` fed article by article gives what ``resolve`` of the whole batch gives."""

from __future__ import annotations

from itertools import groupby
from operator import attrgetter
from pathlib import Path

import pytest

from kg import pipeline
from kg import resolve as resolution
from kg.model import BuildResult, Entity
from tests.conftest import EXAMPLES

EVAL = Path(__file__).resolve().parents[1] / "eval"
BATCHES = [EXAMPLES, *sorted(p for p in EVAL.glob("holdout*") if p.is_dir())]


def _in_parts(built: BuildResult, size: int) -> tuple[Entity, ...]:
    """The entities of ``built``'s mentions and relations added ``size`` articles at a time."""
    runs = [(article, list(facts)) for article, facts in groupby(built.relations, key=attrgetter("article"))]
    relations = dict(runs)
    assert len(relations) == len(runs)  # each article's relations together
    parts = resolution.Resolution()
    by_article = groupby(built.mentions, key=attrgetter("article"))
    articles = [(article, list(found)) for article, found in by_article]
    assert len(articles) == len({article for article, _ in articles})  # each article's mentions together
    for start in range(0, len(articles), size):
        run = articles[start:start + size]
        parts.add([m for _, found in run for m in found],
                  [r for article, _ in run for r in relations.pop(article, [])])
    parts.add([], [r for rest in relations.values() for r in rest])  # relations of articles without mentions
    return parts.entities(built.relations)


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.name)
@pytest.mark.parametrize("size", [1, 7])
def test_resolution_in_parts_equals_resolution_at_once(batch: Path, size: int) -> None:
    inputs = [str(p) for p in sorted(batch.iterdir()) if not p.name.endswith((".gold.json", "README.md"))]
    built = pipeline.build(inputs)
    at_once = resolution.resolve(built.articles, built.mentions, built.relations)
    in_parts = _in_parts(built, size)
    assert len(at_once) > 20
    assert in_parts == at_once
    # the very mention objects, in the same order
    assert [list(map(id, e.mentions)) for e in in_parts] == [list(map(id, e.mentions)) for e in at_once]
