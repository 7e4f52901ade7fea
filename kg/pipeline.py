"""``build``: files in, a ``BuildResult`` out. No files are written here."""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg import forked, ingest, segment
from kg.collector import no_cyclic_collection
from kg.model import Article, BuildResult, EntityType, InputError, Mention, Relation, RelationKind

if TYPE_CHECKING:
    from kg.extract import Extractor

LOGGER = logging.getLogger(__name__)

#: below this many articles extraction runs in this process (starting workers costs more than it saves)
PARALLEL_MIN_ARTICLES = 200
#: articles per task sent to a worker
CHUNK_SIZE = 32
#: from this many bytes of input on, reading runs in a forked process beside the extractor's loading
PARALLEL_READ_MIN_BYTES = 500_000

Extracted = tuple[list[Mention], list[Relation]]


def build(inputs: Iterable[str], *, progress: bool = False, workers: int | None = None,
          parallel_min: int = PARALLEL_MIN_ARTICLES, meanwhile: Callable[[], object] | None = None
          ) -> BuildResult:
    """Read, clean, segment, extract and resolve every input; bad inputs become ``InputError``s.

    A big batch is read in two forked processes (each a run of the files) while this one imports and
    loads the extractor (jieba's dictionary and the lexicon's patterns). Extraction runs in ``workers``
    processes (default: the CPUs this process may use, at most 4) when there are at least
    ``parallel_min`` articles; the results are the same as in one process, merged in article order.
    ``meanwhile`` (a caller's own imports, say) is called once, as soon as the workers have started:
    this process has little else to do while they extract, and the workers start sooner without it
    and inherit none of what it loads.
    """
    files, errors = ingest.expand(inputs)
    sizes = [_size(path) for path, _ in files]
    parts = _halves(files, sizes) if sum(sizes) >= PARALLEL_READ_MIN_BYTES and forked.can_fork() else [files]
    readings = [forked.start(read_files, part, fork=len(parts) > 1) for part in parts]
    # imported only now, while the readers run: the extractors and jieba are a third of a command's start
    from kg import resolve
    from kg.extract import Extractor

    extractor = Extractor()
    ordered = _merge_articles([reading() for reading in readings], errors)
    mentions: list[Mention] = []
    relations: list[Relation] = []
    with _progress(len(ordered), enabled=progress) as advance:
        count = _workers(workers, len(ordered), parallel_min)
        for found, facts in extract_all(extractor, ordered, workers=count, started=meanwhile or _nothing):
            mentions += found
            relations += facts
            advance()
    entities = resolve.resolve(ordered, mentions, relations)
    return BuildResult(articles=ordered, mentions=tuple(mentions), relations=tuple(relations),
                       entities=entities, errors=tuple(errors))


@contextlib.contextmanager
def _progress(total: int, *, enabled: bool) -> Iterator[Callable[[], object]]:
    """A function to call once per article extracted: a progress bar's step when ``enabled``.

    The bar (tqdm, imported only then: a tenth of a second) shows only when the batch takes more than a
    moment (``delay``).
    """
    if not enabled:
        yield _nothing
        return
    from tqdm import tqdm

    with tqdm(total=total, desc="kg: extracting", unit="article", delay=1.0, file=sys.stderr,
              leave=False) as bar:
        yield functools.partial(bar.update, 1)


def _nothing() -> None:
    pass


def read_files(files: Sequence[tuple[Path, str]]) -> tuple[list[Article], list[InputError]]:
    """Every article of the files in reading order, and the errors met."""
    articles: list[Article] = []
    errors: list[InputError] = []
    for path, name in files:
        for item in ingest.read_file(path, name):
            if isinstance(item, InputError):
                errors.append(item)
            else:
                articles += segment.split(item)
    return articles, errors


def _merge_articles(parts: Iterable[tuple[list[Article], list[InputError]]],
                    errors: list[InputError]) -> tuple[Article, ...]:
    """Parts read in file order → each body once (the first read kept), ordered by source and line;
    the parts' errors are added to ``errors`` in file order."""
    articles: dict[str, Article] = {}
    for found, failed in parts:
        errors += failed
        for article in found:
            articles.setdefault(article.id, article)
    return tuple(sorted(articles.values(), key=lambda a: (a.source, a.line or 0, a.id)))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _halves(files: Sequence[tuple[Path, str]], sizes: Sequence[int]) -> list[Sequence[tuple[Path, str]]]:
    """Two runs of the files with about half the bytes each (one run when there is a single file)."""
    total = sum(sizes)
    running = 0
    for index, size in enumerate(sizes):
        running += size
        if running * 2 >= total:
            cut = index + 1 if index + 1 < len(files) else index
            return [files[:cut], files[cut:]] if 0 < cut < len(files) else [files]
    return [files]


def _workers(wanted: int | None, articles: int, parallel_min: int) -> int:
    if articles < max(parallel_min, 2) or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if wanted is None:
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        wanted = min(cpus, 4)
    return max(1, wanted)


def extract_all(extractor: Extractor, articles: Sequence[Article], *, workers: int = 1,
                started: Callable[[], object] = _nothing) -> Iterator[Extracted]:
    """(mentions, relations) of each article, in article order; with ``workers`` > 1 in forked processes.

    Forked workers inherit the extractor (its dictionaries and jieba tokenizer already loaded) and the
    articles, so only chunk bounds go out and only results come back. ``started`` is called once before
    the first result is given: right after the workers start, or before extracting in this process.
    """
    if workers <= 1:
        started()
        for article in articles:
            yield extractor(article)
        return
    total = len(articles)
    bounds = [(start, min(start + CHUNK_SIZE, total)) for start in range(0, total, CHUNK_SIZE)]
    LOGGER.info("extracting %d articles in %d processes", len(articles), workers)
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(extractor, tuple(articles))) as pool:
        results = pool.imap(_extract_chunk, bounds)
        started()
        # Here the results are only unpacked and kept (mentions, relations: no cycles among them), so the
        # collector's scans of them would free nothing; the workers, forked already, collect as this
        # process did when it forked them (``kg build`` pauses the collector throughout the build).
        with no_cyclic_collection():
            for chunk in results:
                yield from map(unpack, chunk)


_WORKER: tuple[Extractor, tuple[Article, ...]] | None = None  # set in forked workers only


def _init_worker(extractor: Extractor, articles: tuple[Article, ...]) -> None:
    global _WORKER
    _WORKER = (extractor, articles)


def _extract_chunk(bounds: tuple[int, int]) -> list[Packed]:
    assert _WORKER is not None, "not in a worker"
    extractor, articles = _WORKER
    return [pack(extractor(article)) for article in articles[bounds[0]:bounds[1]]]


# A worker's results travel as plain tuples (pickled in C, half the size and time of the dataclasses),
# each relation's arguments as indices into its article's mentions.
PackedMention = tuple[str, str, int, int, str, "str | None", tuple[tuple[str, str], ...]]
PackedRelation = tuple[str, tuple[tuple[str, int], ...], str, int, int, "str | None"]
Packed = tuple[list[PackedMention], int, list[PackedRelation]]


def pack(extracted: Extracted) -> Packed:
    """An article's (mentions, relations) as plain values: ``unpack`` gives them back equal.

    A relation's argument is the index of the row of that very object (an argument that is no listed
    mention gets a row of its own after them): looked up by identity, as a mention's hash is a Python
    call and equal mentions come back equal whichever row they are read from.
    """
    mentions, relations = extracted
    rows: list[PackedMention] = [(m.text, m.cls._value_, m.start, m.end, m.article, m.canonical, m.attrs)
                                 for m in mentions]
    listed = len(rows)
    index = {id(m): i for i, m in enumerate(mentions)}
    index_of = index.get

    def row(m: Mention) -> int:
        found = index_of(id(m))
        if found is None:
            rows.append((m.text, m.cls._value_, m.start, m.end, m.article, m.canonical, m.attrs))
            found = index[id(m)] = len(rows) - 1
        return found

    packed = [(r.kind._value_, tuple([(role, row(m)) for role, m in r.args]), r.article, r.evidence_start,
               r.evidence_end, r.value) for r in relations]
    return rows, listed, packed


_CLASSES = {member.value: member for member in EntityType}
_KINDS = {member.value: member for member in RelationKind}


def unpack(packed: Packed) -> Extracted:
    rows, listed, relations = packed
    made = [Mention(text, _CLASSES[cls], start, end, article, canonical, attrs)
            for text, cls, start, end, article, canonical, attrs in rows]
    return made[:listed], [Relation(_KINDS[kind], tuple([(role, made[i]) for role, i in args]),
                                    article, start, end, value)
                           for kind, args, article, start, end, value in relations]
