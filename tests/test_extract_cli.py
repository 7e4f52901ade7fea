"""``kg extract --jsonl`` through ``kg.cli.main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "extract" / "mianyang.txt"


def test_extract_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(FIXTURE), "--jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    article = json.loads(lines[0])
    assert set(article) == {"id", "title", "text", "mentions", "relations"}
    text = article["text"]
    for m in article["mentions"]:
        assert set(m) == {"text", "class", "start", "end"}
        assert text[m["start"]:m["end"]] == m["text"]
    assert article["mentions"] == sorted(article["mentions"], key=lambda m: (m["start"], m["end"], m["class"],
                                                                             m["text"]))
    classes = {m["class"] for m in article["mentions"]}
    assert {"Zone", "Company", "Person", "Title", "Project", "Industry"} <= classes
    amount = [r for r in article["relations"] if r["kind"] == "amount"]
    assert [r["value"] for r in amount] == ["4200000000"]
    for r in article["relations"]:
        assert r["evidence"]["text"] == text[r["evidence"]["start"]:r["evidence"]["end"]]
        assert all({"role", "text", "class", "start", "end"} == set(a) for a in r["args"])


def test_extract_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", str(FIXTURE), "--jsonl"])
    first = capsys.readouterr().out
    main(["extract", str(FIXTURE), "--jsonl"])
    assert capsys.readouterr().out == first


def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(missing), str(FIXTURE), "--jsonl"]) == 2
    captured = capsys.readouterr()
    assert "nope.txt" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_usage_error_exits_2() -> None:
    assert main(["extract"]) == 2


def test_dev_page_invariants(dev_page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On the dev page: every post has a 2-4 character name, and every span points at its text."""
    assert main(["extract", str(dev_page), "--jsonl"]) == 0
    articles = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(articles) >= 2
    posts = [r for a in articles for r in a["relations"] if r["kind"] == "post"]
    assert len(posts) >= 10
    for post in posts:
        person = next(a for a in post["args"] if a["role"] == "person")
        assert 2 <= len(person["text"]) <= 4
        assert {a["role"] for a in post["args"]} == {"person", "title", "org"}
    for article in articles:
        for m in article["mentions"]:
            assert article["text"][m["start"]:m["end"]] == m["text"]
