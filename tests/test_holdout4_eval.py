"""The fourth blind holdout set in ``eval/holdout4``: consistent gold files, and a build held to its floors.

The sixteen articles and their gold were written before looking at the extractor or at the other
holdout sets, from provinces and zones those sets do not use; see ``eval/holdout4/README.md``. The
floors sit a little under the score measured when the set was written. Raise them as the extraction
improves; never lower them.
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
HOLDOUT4 = ROOT / "eval" / "holdout4"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
INPUT_SUFFIXES = (".txt", ".jsonl", ".html")
QUOTES = "“”‘’\"'「」『』《》〈〉【】"
ENTITY_FIELDS = ("zone", "industry", "project", "company", "policy", "body", "person", "child", "parent",
                 "org", "signatories")
FACT_KINDS = {"post", "industry", "investor", "project_zone", "amount", "agreement", "issued_by",
              "participates", "located_in", "suborg", "part_of"}
ENTITY_CLASSES = {"Zone", "Company", "GovernmentBody", "Organization", "Person", "Industry", "Policy",
                  "Project", "Event"}

#: Measured when the set was written: overall F1 0.860 (P 0.896, R 0.826); segmentation P/R 1.0;
#: titles 1.0; bylines 0.938 (15 of 16). After the rules it led to (tuned on it, so no longer blind):
#: overall F1 0.992 (P 1.000, R 0.984).
MIN_OVERALL_F1 = 0.97
MIN_SEGMENTATION_RECALL = 1.0
MIN_TITLE_ACCURACY = 1.0
MIN_BYLINE_ACCURACY = 0.93


def _gold_files() -> list[Path]:
    return sorted(HOLDOUT4.glob("*.gold.json"))


def _inputs() -> list[Path]:
    return sorted(p for p in HOLDOUT4.iterdir() if p.suffix in INPUT_SUFFIXES)


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _flat(text: str) -> str:
    """Text as score.py compares bodies: NFKC, no whitespace or quotes, lower case."""
    return re.sub(f"[\\s{QUOTES}]", "", unicodedata.normalize("NFKC", text)).lower()


def _visible_text(path: Path) -> str:
    """The words a reader sees: JSON lines' titles and texts, a web page without its tags."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
        return "\n".join(f"{row.get('title', '')}\n{row['text']}" for row in rows)
    if path.suffix == ".html":
        return re.sub(r"<[^>]+>", "", raw)
    return raw


def _entity_ids(fact: dict[str, Any]) -> set[str]:
    ids: set[str] = set()
    for field in ENTITY_FIELDS:
        value = fact.get(field)
        if value is not None:
            ids |= set(value if isinstance(value, list) else [value])
    for group in fact.get("parties", []):
        ids |= set(group)
    return ids


# ---------------------------------------------------------------- the gold files


def test_every_input_has_one_gold_file() -> None:
    documents = sorted(doc for gold in _gold_files() for doc in _load(gold)["documents"])
    assert documents == sorted(p.name for p in _inputs())
    assert {p.suffix for p in _inputs()} == set(INPUT_SUFFIXES)


@pytest.mark.parametrize("gold", _gold_files(), ids=lambda p: p.name)
def test_facts_name_only_annotated_entities(gold: Path) -> None:
    data = _load(gold)
    assert {e["class"] for e in data["entities"].values()} <= ENTITY_CLASSES
    for fact in data["facts"]:
        assert fact["kind"] in FACT_KINDS, fact
        assert _entity_ids(fact) <= set(data["entities"]), fact


@pytest.mark.parametrize("gold", _gold_files(), ids=lambda p: p.name)
def test_gold_articles_and_required_names_occur_in_the_input(gold: Path) -> None:
    data = _load(gold)
    text = _flat("".join(_visible_text(HOLDOUT4 / doc) for doc in data["documents"]))
    for article in data["articles"]:
        assert _flat(article["starts"]) in text, article["id"]
        assert _flat(article["ends"]) in text, article["id"]
        assert any(_flat(title) in text for title in article["title"]), article["id"]
        assert all(_flat(name) in text for name in article["creators"]), article["id"]
    for eid, entity in data["entities"].items():
        if not entity["optional"]:
            assert _flat(entity["names"][0]) in text, (eid, entity["names"][0])


def test_the_set_is_large_and_covers_every_fact_kind() -> None:
    golds = [_load(p) for p in _gold_files()]
    assert sum(len(g["articles"]) for g in golds) >= 12
    assert {f["kind"] for g in golds for f in g["facts"] if not f.get("optional")} == FACT_KINDS


# ---------------------------------------------------------------- the build, scored


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not here")
    spec = importlib.util.spec_from_file_location("holdout4_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    scorer = _scorer()
    out = tmp_path_factory.mktemp("holdout4")
    graph = out / "graph"
    assert main(["build", *map(str, _inputs()), "--out", str(graph), "--no-progress", "--no-validate"]) == 0
    target = out / "report.json"
    assert scorer.main([str(graph / "graph.ttl"), *map(str, _gold_files()), "--json", str(target)]) == 0
    return _load(target)


def test_overall_f1_stays_at_or_above_the_floor(report: dict[str, Any]) -> None:
    assert report["overall_micro"]["f1"] >= MIN_OVERALL_F1, json.dumps(report["overall_micro"])


def test_every_article_is_found_whole_and_titled(report: dict[str, Any]) -> None:
    articles = report["articles"]
    assert articles["recall"] >= MIN_SEGMENTATION_RECALL, articles["missed"]
    assert articles["precision"] == 1.0
    assert articles["title_accuracy"] >= MIN_TITLE_ACCURACY


def test_bylines_stay_at_or_above_the_floor(report: dict[str, Any]) -> None:
    assert report["articles"]["byline_accuracy"] >= MIN_BYLINE_ACCURACY
