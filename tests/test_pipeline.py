"""``kg.pipeline.build``: extraction in worker processes gives exactly what one process gives."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from kg import pipeline

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_parallel_extraction_equals_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    serial = pipeline.build([str(EXAMPLES)], workers=1)
    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 2)  # several chunks per worker, merged back in order
    monkeypatch.setattr(pipeline, "PARALLEL_READ_MIN_BYTES", 0)  # read in a forked process too
    parallel = pipeline.build([str(EXAMPLES)], workers=2, parallel_min=2)
    assert len(serial.articles) > 4
    assert parallel.mentions == serial.mentions
    assert parallel.relations == serial.relations
    assert parallel == serial


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_forked_reading_reports_bad_files_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a-empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "b-story.txt").write_text((EXAMPLES / "xian-photonics.txt").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "c-binary.txt").write_bytes(bytes(range(256)) * 4)
    inputs = [str(tmp_path), str(tmp_path / "missing.txt")]
    serial = pipeline.build(inputs)
    monkeypatch.setattr(pipeline, "PARALLEL_READ_MIN_BYTES", 0)
    forked = pipeline.build(inputs)
    names = [e.source.rsplit("/", 1)[-1] for e in serial.errors]
    assert names == ["missing.txt", "a-empty.txt", "c-binary.txt"]
    assert forked == serial


def test_small_batches_stay_in_one_process() -> None:
    assert pipeline._workers(None, 10, pipeline.PARALLEL_MIN_ARTICLES) == 1
    assert pipeline._workers(2, pipeline.PARALLEL_MIN_ARTICLES - 1, pipeline.PARALLEL_MIN_ARTICLES) == 1
    if "fork" in multiprocessing.get_all_start_methods():
        assert pipeline._workers(2, 500, pipeline.PARALLEL_MIN_ARTICLES) == 2


def test_build_collects_cycles_seldom_then_restores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from kg.cli import main

    seen: list[tuple[int, int, int]] = []
    real = pipeline.build

    def build(inputs, **options):
        seen.append(gc.get_threshold())
        return real(inputs, **options)

    monkeypatch.setattr(pipeline, "build", build)
    before = gc.get_threshold()
    assert main(["build", str(EXAMPLES / "xian-photonics.txt"), "--out", str(tmp_path), "--formats", "ttl",
                 "--no-progress"]) == 0
    assert seen and seen[0][0] > before[0]
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0  # what the build froze is collectable again


def test_worker_results_pack_to_plain_values_and_back(extractor) -> None:
    from kg import ingest, segment
    from kg.model import EntityType, Mention, Relation, RelationKind

    articles = [a for doc in ingest.read([str(EXAMPLES)]) for a in segment.split(doc)]
    for article in articles:
        found = extractor(article)
        packed = pipeline.pack(found)
        assert all(type(v) in (str, int, tuple, type(None)) for row in packed[0] for v in row)
        assert pipeline.unpack(packed) == found
    # an argument that is not among the article's mentions still comes back, and only as an argument
    zone = Mention("甲高新区", EntityType.ZONE, 0, 4, "a1")
    other = Mention("乙市", EntityType.AREA, 5, 7, "a1")
    fact = Relation(RelationKind.LOCATED_IN, (("zone", zone), ("area", other)), "a1", 0, 8)
    mentions, relations = pipeline.unpack(pipeline.pack(([zone], [fact])))
    assert mentions == [zone] and relations == [fact]
    assert relations[0].args[0][1] is mentions[0]


def test_files_are_read_in_two_runs_of_about_half_the_bytes() -> None:
    files = [(Path(f"{n}.txt"), f"{n}.txt") for n in "abcde"]
    assert pipeline._halves(files, [10, 10, 10, 10, 10]) == [files[:3], files[3:]]
    assert pipeline._halves(files, [90, 1, 1, 1, 1]) == [files[:1], files[1:]]
    assert pipeline._halves(files, [1, 1, 1, 1, 90]) == [files[:4], files[4:]]
    assert pipeline._halves(files[:1], [50]) == [files[:1]]
    assert pipeline._halves([], []) == [[]]


def test_kg_build_starts_reading_before_the_heavy_imports() -> None:
    """What ``kg build`` imports before its readers fork holds neither jieba, the extractors nor rdflib:
    those load in the main process while the files are read (``meanwhile``), not before."""
    import subprocess
    import sys

    script = ("import sys, kg.cli; from kg.commands import build; "
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'jieba', 'pyoxigraph')"
              " or m.startswith('kg.extract')))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.strip() == "[]"


def test_meanwhile_runs_once_and_kg_build_is_the_pipeline() -> None:
    import kg

    calls: list[int] = []
    result = pipeline.build([str(EXAMPLES / "xian-photonics.txt")], meanwhile=lambda: calls.append(1))
    assert calls == [1] and result.articles
    assert kg.build is pipeline.build


_STARTED: list[str] = []  # what ``started`` has done, as a process sees it


class _Echo:
    """A stand-in extractor: one mention per article, whose text tells whether ``started`` had run in the
    process that extracted it, and which process that was."""

    def __call__(self, article):
        from kg.model import EntityType, Mention

        text = f"{'started' if _STARTED else 'not yet'} {os.getpid()}"
        return [Mention(text, EntityType.ZONE, 0, 1, article.id)], []


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_started_runs_once_before_the_first_result_and_after_the_workers_fork(
        workers: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.model import Article

    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 1)  # a chunk per article: every process gets some
    articles = [Article(id=f"a{i}", source="s.txt", text="高新区") for i in range(70)]
    events: list[str] = []

    def started() -> None:
        _STARTED.append("x")
        events.append("(started)")

    try:
        for found, _ in pipeline.extract_all(_Echo(), articles, workers=workers, started=started):
            events.append(found[0].text)
            assert found[0].article == f"a{len(events) - 2}"  # in article order
    finally:
        _STARTED.clear()
    assert events[0] == "(started)" and events.count("(started)") == 1 and len(events) == 71
    # this process extracts after ``started`` has run; the forked ones were made before it ran
    seen = {tuple(text.rsplit(" ", 1)) for text in events[1:]}
    here = str(os.getpid())
    assert {said for said, pid in seen if pid == here} <= {"started"}
    assert {said for said, pid in seen if pid != here} <= {"not yet"}
    assert len({pid for _, pid in seen}) <= workers


class _Failing:
    """A stand-in extractor that fails on one article in forked processes only."""

    def __init__(self) -> None:
        self.parent = os.getpid()

    def __call__(self, article):
        from kg.model import EntityType, Mention

        if article.id == "a7" and os.getpid() != self.parent:
            raise RuntimeError("a forked process fails")
        return [Mention(article.id, EntityType.ZONE, 0, 1, article.id)], []


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_chunk_a_forked_process_failed_on_is_extracted_again_here(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.model import Article

    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 1)
    articles = [Article(id=f"a{i}", source="s.txt", text="高新区") for i in range(40)]
    found = [mentions[0].text for mentions, _ in pipeline.extract_all(_Failing(), articles, workers=2)]
    assert found == [f"a{i}" for i in range(40)]
