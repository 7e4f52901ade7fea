"""``kg build`` with its page rendered in a forked process writes what the serial build writes."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from kg.cli import main
from kg.commands import build as build_command

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")


def _build(out: Path, *extra: str) -> int:
    return main(["build", str(EXAMPLES), "--out", str(out), "--no-progress", *extra])


@needs_fork
def test_forked_page_gives_the_same_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _build(tmp_path / "serial") == 0
    monkeypatch.setattr(build_command, "PARALLEL_PAGE_MIN_ARTICLES", 0)
    assert _build(tmp_path / "forked") == 0
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "forked" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes(), name


@needs_fork
def test_forked_page_unknown_focus_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(build_command, "PARALLEL_PAGE_MIN_ARTICLES", 0)
    assert _build(tmp_path / "out", "--focus", "没有这个名字的园区") == 2
    assert "--focus" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_serial_page_unknown_focus_writes_nothing(tmp_path: Path) -> None:
    assert _build(tmp_path / "out", "--focus", "没有这个名字的园区") == 2
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
