"""``kg.atomic``: files go into place whole, together, or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.atomic import Batch, fill, reserve, write_atomic


def test_staged_files_appear_only_on_commit(tmp_path: Path) -> None:
    write_atomic(tmp_path / "graph.ttl", "old")
    with Batch(tmp_path) as batch:
        batch.stage("graph.ttl", "new")
        batch.stage("graph.html", "<!doctype html>")
        assert (tmp_path / "graph.ttl").read_text() == "old"
        assert not (tmp_path / "graph.html").exists()
        assert batch.commit() == [tmp_path / "graph.ttl", tmp_path / "graph.html"]
    assert (tmp_path / "graph.ttl").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.ttl"]  # no temporary left


def test_a_batch_left_without_commit_changes_nothing(tmp_path: Path) -> None:
    write_atomic(tmp_path / "graph.ttl", "old")
    with pytest.raises(RuntimeError), Batch(tmp_path) as batch:
        batch.stage("graph.ttl", "new")
        raise RuntimeError("the page failed")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
    assert (tmp_path / "graph.ttl").read_text() == "old"


def test_a_folder_the_batch_made_goes_when_nothing_is_committed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Batch(out) as batch:
        batch.stage("graph.ttl", "new")
        assert out.is_dir()
    assert not out.exists()


def test_a_reserved_file_is_filled_elsewhere_and_put_in_place_with_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Batch(out) as batch:
        reserved = batch.reserve("graph.html")
        batch.stage("graph.ttl", "ttl")
        assert reserved.tmp.exists() and not reserved.path.exists()
        fill(reserved, "<html>页面</html>")  # what the page's forked process does
        assert not (out / "graph.html").exists()
        batch.commit()
    assert (out / "graph.html").read_text(encoding="utf-8") == "<html>页面</html>"
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "ttl"
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.ttl"]


def test_a_file_is_filled_with_text_bytes_or_pieces_of_bytes(tmp_path: Path) -> None:
    for data in ("页面", "页面".encode(), ["页".encode(), b"", "面".encode()], iter(["页面".encode()])):
        reserved = reserve(tmp_path / "graph.html")
        fill(reserved, data)
        reserved.commit()
        assert (tmp_path / "graph.html").read_text(encoding="utf-8") == "页面"


def test_filling_a_file_the_batch_gave_up_on_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Batch(out) as batch:
        reserved = batch.reserve("graph.html")
    assert not out.exists()
    with pytest.raises(FileNotFoundError):
        fill(reserved, "late page")
    assert not out.exists()


def test_a_file_staged_in_the_background_is_in_place_only_on_commit(tmp_path: Path) -> None:
    write_atomic(tmp_path / "graph.ttl", "old")
    with Batch(tmp_path) as batch:
        reserved = batch.reserve("graph.html")
        batch.stage("graph.ttl", "新".encode() * 100_000, background=True)
        fill(reserved, "<html>页面</html>")
        assert (tmp_path / "graph.ttl").read_text() == "old"
        assert batch.commit() == [tmp_path / "graph.html", tmp_path / "graph.ttl"]
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "新" * 100_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.ttl"]


def test_an_error_met_in_the_background_is_raised_by_commit_and_nothing_changes(tmp_path: Path) -> None:
    write_atomic(tmp_path / "graph.ttl", "old")
    with pytest.raises(UnicodeEncodeError), Batch(tmp_path) as batch:
        batch.stage("graph.ttl", "\ud800 no UTF-8", background=True)
        batch.commit()
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
    assert (tmp_path / "graph.ttl").read_text() == "old"


def test_a_batch_left_without_commit_removes_what_it_staged_in_the_background(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(LookupError), Batch(out) as batch:
        batch.stage("graph.ttl", b"x" * 1_000_000, background=True)
        batch.stage("graph.nt", "\ud800", background=True)  # fails: its error gives way to the one leaving
        raise LookupError("no node is named 'x'")
    assert not out.exists()
