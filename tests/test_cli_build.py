"""``kg build`` end to end: exit codes, files written, bad inputs, determinism, the article layer."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import ingest, segment
from kg.atomic import write_atomic
from kg.cli import main
from kg.graph import new_graph
from kg.model import Document
from kg.namespace import HK

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
GOLDEN = Path(__file__).parent / "golden" / "examples-articles.ttl"


def build(tmp_path: Path, *inputs: str | Path, out: str = "out") -> tuple[int, Path]:
    target = tmp_path / out
    code = main(["build", *map(str, inputs), "--out", str(target), "--no-progress"])
    return code, target


def articles_in(path: Path) -> Graph:
    """The article layer of a graph: every triple whose subject is a hk:Article (and its blank nodes)."""
    full = Graph().parse(path, format="turtle")
    layer = new_graph()  # the project's prefixes, so the golden file reads well
    todo = list(full.subjects(RDF.type, HK.Article))
    seen = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for _, p, o in full.triples((node, None, None)):
            layer.add((node, p, o))
            if isinstance(o, BNode):
                todo.append(o)
    return layer


def test_build_writes_the_graph_and_the_explorer(tmp_path: Path) -> None:
    code, out = build(tmp_path, FIXTURES)
    assert code == 0
    assert (out / "graph.ttl").stat().st_size > 0 and (out / "graph.html").stat().st_size > 0
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    # 5 + 3 + 3 + 3 + 1 articles, three of them printed on two pages (at other widths): one node each
    assert len(set(graph.subjects(RDF.type, HK.Article))) == 5 + 3 + 3 + 3 + 1 - 3


def test_a_corrupt_file_fails_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(FIXTURES / "story.txt", batch / "story.txt")
    shutil.copy(FIXTURES / "page-bylines.txt", batch / "page.txt")
    (batch / "corrupt.txt").write_bytes(b"\x00\x9f\x92\x96" * 64)
    (batch / "empty.jsonl").write_bytes(b"")
    code, out = build(tmp_path, batch, "nowhere.txt")
    err = capsys.readouterr().err
    assert code == 2
    lines = [line for line in err.splitlines() if line.startswith("kg: error: ")]
    named = [line.split(":")[2].strip() for line in lines]
    assert named == ["nowhere.txt", "batch/corrupt.txt", "batch/empty.jsonl"]
    assert "binary" in lines[1] and "empty" in lines[2]
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(set(graph.subjects(RDF.type, HK.Article))) == 1 + 3


def test_only_bad_inputs_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = build(tmp_path, tmp_path / "missing.txt")
    assert code == 2
    assert "missing.txt: no such file or folder" in capsys.readouterr().err


def test_a_batch_that_reads_nothing_keeps_the_previous_output(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out = build(tmp_path, FIXTURES / "story.txt")
    assert code == 0
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")}
    code, _ = build(tmp_path, tmp_path / "typo.txt")
    assert code == 2
    assert "left as it was" in capsys.readouterr().err
    assert {name: (out / name).read_bytes() for name in before} == before


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first = build(tmp_path, FIXTURES, ROOT / "examples", out="one")[1] / "graph.ttl"
    second = build(tmp_path, ROOT / "examples", FIXTURES, out="two")[1] / "graph.ttl"
    assert first.read_bytes() == second.read_bytes()


def test_examples_article_layer_matches_the_golden_file(tmp_path: Path) -> None:
    """Regenerate with ``KG_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_cli_build.py``."""
    code, out = build(tmp_path, ROOT / "examples")
    assert code == 0
    got = articles_in(out / "graph.ttl")
    if os.environ.get("KG_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(got.serialize(format="longturtle", canon=True), encoding="utf-8")
        pytest.skip(f"wrote {GOLDEN}")
    want = Graph().parse(GOLDEN, format="turtle")
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail("article layer differs from the golden file\nonly in the build:\n"
                    + only_got.serialize(format="nt")
                    + "\nonly in the golden file:\n" + only_want.serialize(format="nt"))


def _articles(path: Path) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    out = []
    for item in ingest.read([str(path)]):
        assert isinstance(item, Document), item
        out += [(a.text, a.titles, a.creators) for a in segment.split(item)]
    return out


def test_gb18030_copy_of_the_dev_page_gives_the_same_articles(tmp_path: Path, dev_page: Path) -> None:
    copy = tmp_path / "page-gb18030.txt"
    copy.write_bytes(dev_page.read_text(encoding="utf-8").encode("gb18030"))
    utf8 = _articles(dev_page)
    assert len(utf8) == 6
    assert _articles(copy) == utf8


def test_utf16_copy_of_a_page_gives_the_same_articles(tmp_path: Path) -> None:
    copy = tmp_path / "page-utf16.txt"
    copy.write_bytes((FIXTURES / "page-datelines.txt").read_text(encoding="utf-8").encode("utf-16"))
    assert _articles(copy) == _articles(FIXTURES / "page-datelines.txt")


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "graph.ttl"
    write_atomic(target, "old")

    def crash(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "new " * 1000)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]  # no temporary file left behind


def test_atomic_write_gives_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "graph.html", "<!doctype html>")
    finally:
        os.umask(old)
    assert (tmp_path / "graph.html").stat().st_mode & 0o777 == 0o644
