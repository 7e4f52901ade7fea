"""The holdout set in ``eval/holdout``: its gold files are consistent, and the build stays above its floors.

The articles there are written for the team (never taken from the dev page) and annotated by
``../shared/eval/GUIDELINES.md``; ``../shared/eval/score.py`` scores a build against them. The floors
below sit a little under the score measured when they were set: raise them when the extraction
improves, never lower them.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = ROOT / "eval" / "holdout"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
INPUT_SUFFIXES = (".txt", ".jsonl", ".html")
QUOTES = "“”‘’\"'「」『』《》〈〉【】"

#: Measured when the set was written: overall F1 0.795, segmentation P/R 1.0, titles 1.0, bylines 0.867;
#: after the error analysis's fixes (rules written on other sentences): overall F1 1.0, bylines 1.0.
MIN_OVERALL_F1 = 0.98
MIN_BYLINE_ACCURACY = 0.93
ENTITY_FIELDS = {"zone", "industry", "project", "company", "policy", "body", "person", "child", "parent"}


def _gold_files() -> list[Path]:
    return sorted(HOLDOUT.glob("*.gold.json"))


def _inputs() -> list[Path]:
    return sorted(p for p in HOLDOUT.iterdir() if p.suffix in INPUT_SUFFIXES)


def _flat(text: str) -> str:
    """Text as score.py compares bodies: NFKC, no whitespace (so OCR line breaks vanish), no quotes."""
    return re.sub(f"[\\s{QUOTES}]", "", unicodedata.normalize("NFKC", text)).lower()


def _plain_text(path: Path) -> str:
    """Everything a reader sees in an input: JSON lines' titles and texts, a web page without its tags."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
        return "\n".join(f"{row.get('title', '')}\n{row['text']}" for row in rows)
    if path.suffix == ".html":
        return re.sub(r"<[^>]+>", "", raw)
    return raw


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- the gold files themselves


def test_every_input_has_a_gold_file_and_every_gold_file_its_input() -> None:
    inputs = {p.name for p in _inputs()}
    documents = {doc for gold in _gold_files() for doc in _load(gold)["documents"]}
    assert len(inputs) >= 8
    assert documents == inputs


@pytest.mark.parametrize("gold", _gold_files(), ids=lambda p: p.name)
def test_facts_name_only_annotated_entities(gold: Path) -> None:
    data = _load(gold)
    known = set(data["entities"])
    for fact in data["facts"]:
        for field, value in fact.items():
            if field in ENTITY_FIELDS or field in ("org", "signatories"):
                values = value if isinstance(value, list) else [value]
                assert set(values) <= known, (field, fact)
            elif field == "parties":
                assert all(set(group) <= known for group in value), fact


@pytest.mark.parametrize("gold", _gold_files(), ids=lambda p: p.name)
def test_articles_and_required_entities_are_in_the_text(gold: Path) -> None:
    data = _load(gold)
    raw = "".join(_plain_text(HOLDOUT / doc) for doc in data["documents"])
    text = _flat(raw)
    for article in data["articles"]:
        assert _flat(article["starts"]) in text, article["id"]
        assert _flat(article["ends"]) in text, article["id"]
        assert any(_flat(title) in text for title in article["title"]), article["id"]
        assert all(name in raw for name in article["creators"]), article["id"]
    for eid, entity in data["entities"].items():
        if not entity["optional"]:
            assert _flat(entity["names"][0]) in text, (eid, entity["names"][0])


def test_the_set_is_varied() -> None:
    """Enough articles, of every input kind, to say something about generalisation."""
    articles = [a for gold in _gold_files() for a in _load(gold)["articles"]]
    assert len(articles) >= 12
    assert {p.suffix for p in _inputs()} == set(INPUT_SUFFIXES)
    kinds = {f["kind"] for gold in _gold_files() for f in _load(gold)["facts"]}
    assert kinds >= {"post", "industry", "investor", "project_zone", "amount", "agreement", "issued_by",
                     "participates", "located_in", "suborg", "part_of"}


# ---------------------------------------------------------------- the build against them


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not here")
    spec = importlib.util.spec_from_file_location("holdout_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    scorer = _scorer()
    out = tmp_path_factory.mktemp("holdout")
    graph = out / "graph"
    code = main(["build", *map(str, _inputs()), "--out", str(graph), "--no-progress", "--no-validate"])
    assert code == 0
    target = out / "report.json"
    golds = [str(p) for p in _gold_files()]
    assert scorer.main([str(graph / "graph.ttl"), *golds, "--json", str(target)]) == 0
    return _load(target)


def test_overall_f1_stays_above_the_floor(report: dict[str, Any]) -> None:
    assert report["overall_micro"]["f1"] >= MIN_OVERALL_F1, json.dumps(report["overall_micro"])


def test_every_article_is_found_whole(report: dict[str, Any]) -> None:
    articles = report["articles"]
    assert articles["recall"] == 1.0, articles["missed"]
    assert articles["precision"] == 1.0
    assert articles["title_accuracy"] == 1.0


def test_bylines_stay_above_the_floor(report: dict[str, Any]) -> None:
    assert report["articles"]["byline_accuracy"] >= MIN_BYLINE_ACCURACY
