"""``kg.pipeline.build``: extraction in worker processes gives exactly what one process gives."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from kg import pipeline

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_parallel_extraction_equals_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    serial = pipeline.build([str(EXAMPLES)], workers=1)
    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 2)  # several chunks per worker, merged back in order
    parallel = pipeline.build([str(EXAMPLES)], workers=2, parallel_min=2)
    assert len(serial.articles) > 4
    assert parallel.mentions == serial.mentions
    assert parallel.relations == serial.relations
    assert parallel == serial


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
