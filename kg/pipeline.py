"""``build``: files in, a ``BuildResult`` out. No files are written here."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Sequence

from tqdm import tqdm

from kg import ingest, resolve, segment
from kg.extract import Extractor
from kg.model import Article, BuildResult, InputError, Mention, Relation

LOGGER = logging.getLogger(__name__)

#: below this many articles extraction runs in this process (starting workers costs more than it saves)
PARALLEL_MIN_ARTICLES = 200
#: articles per task sent to a worker
CHUNK_SIZE = 32

Extracted = tuple[list[Mention], list[Relation]]


def build(inputs: Iterable[str], *, progress: bool = False, workers: int | None = None,
          parallel_min: int = PARALLEL_MIN_ARTICLES) -> BuildResult:
    """Read, clean, segment, extract and resolve every input; bad inputs become ``InputError``s.

    Extraction runs in ``workers`` processes (default: the CPUs this process may use, at most 4) when
    there are at least ``parallel_min`` articles; the results are the same as in one process, merged in
    article order.
    """
    articles: dict[str, Article] = {}
    errors: list[InputError] = []
    for item in ingest.read(inputs):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        for article in segment.split(item):
            articles.setdefault(article.id, article)
    ordered = tuple(sorted(articles.values(), key=lambda a: (a.source, a.line or 0, a.id)))

    extractor = Extractor()
    mentions: list[Mention] = []
    relations: list[Relation] = []
    # tqdm shows a bar only when the batch takes more than a moment (mininterval/delay).
    bar = tqdm(total=len(ordered), desc="kg: extracting", unit="article", disable=not progress,
               delay=1.0, file=sys.stderr, leave=False)
    with bar:
        count = _workers(workers, len(ordered), parallel_min)
        for found, facts in extract_all(extractor, ordered, workers=count):
            mentions += found
            relations += facts
            bar.update(1)
    entities = resolve.resolve(ordered, mentions, relations)
    return BuildResult(articles=ordered, mentions=tuple(mentions), relations=tuple(relations),
                       entities=entities, errors=tuple(errors))


def _workers(wanted: int | None, articles: int, parallel_min: int) -> int:
    if articles < max(parallel_min, 2) or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if wanted is None:
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        wanted = min(cpus, 4)
    return max(1, wanted)


def extract_all(extractor: Extractor, articles: Sequence[Article], *,
                workers: int = 1) -> Iterator[Extracted]:
    """(mentions, relations) of each article, in article order; with ``workers`` > 1 in forked processes.

    Forked workers inherit the extractor (its dictionaries and jieba tokenizer already loaded) and the
    articles, so only chunk bounds go out and only results come back.
    """
    if workers <= 1:
        for article in articles:
            yield extractor(article)
        return
    total = len(articles)
    bounds = [(start, min(start + CHUNK_SIZE, total)) for start in range(0, total, CHUNK_SIZE)]
    LOGGER.info("extracting %d articles in %d processes", len(articles), workers)
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(extractor, tuple(articles))) as pool:
        for chunk in pool.imap(_extract_chunk, bounds):
            yield from chunk


_WORKER: tuple[Extractor, tuple[Article, ...]] | None = None  # set in forked workers only


def _init_worker(extractor: Extractor, articles: tuple[Article, ...]) -> None:
    global _WORKER
    _WORKER = (extractor, articles)


def _extract_chunk(bounds: tuple[int, int]) -> list[Extracted]:
    assert _WORKER is not None, "not in a worker"
    extractor, articles = _WORKER
    return [extractor(article) for article in articles[bounds[0]:bounds[1]]]
