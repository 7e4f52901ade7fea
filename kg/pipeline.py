"""``build``: files in, a ``BuildResult`` out. No files are written here."""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as wait_for
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import forked, ingest, segment
from kg.model import Article, BuildResult, EntityType, InputError, Mention, Relation, RelationKind

if TYPE_CHECKING:
    from kg.extract import Extractor
    from kg.resolve import Resolution

LOGGER = logging.getLogger(__name__)

#: below this many articles extraction runs in this process (starting workers costs more than it saves)
PARALLEL_MIN_ARTICLES = 200
#: articles per task sent to a worker
CHUNK_SIZE = 32
#: mentions grouped at a time while extraction goes on (``kg.resolve.Resolution``)
RESOLVE_RUN = 2000
#: from this many bytes of input on, reading runs in a forked process beside the extractor's loading
PARALLEL_READ_MIN_BYTES = 500_000

Extracted = tuple[list[Mention], list[Relation]]
_Done = dict[int, "list[Extracted] | memoryview"]  # chunk -> its results made here, or packed elsewhere


def build(inputs: Iterable[str], *, progress: bool = False, workers: int | None = None,
          parallel_min: int = PARALLEL_MIN_ARTICLES, meanwhile: Callable[[], object] | None = None
          ) -> BuildResult:
    """Read, clean, segment, extract and resolve every input; bad inputs become ``InputError``s.

    A big batch is read in two forked processes (each a run of the files) while this one imports and
    loads the extractor (jieba's dictionary and the lexicon's patterns). Extraction runs in ``workers``
    processes, this one and forked ones (default: the CPUs this process may use, at most 4), when there
    are at least ``parallel_min`` articles; the results are the same as in one process, merged in
    article order, and resolution groups them as they come (``kg.resolve.Resolution``).
    ``meanwhile`` (a caller's own imports, say) is called once, as soon as the forked processes have
    started: they start sooner without it and inherit none of what it loads.
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
    # resolution groups the mentions as they come, a run of whole articles at a time (see Resolution)
    resolution = resolve.Resolution()
    grouped = (0, 0)  # how many of the mentions and relations are grouped
    with _progress(len(ordered), enabled=progress) as advance:
        count = _workers(workers, len(ordered), parallel_min)
        for found, facts in extract_all(extractor, ordered, workers=count, started=meanwhile or _nothing):
            mentions += found
            relations += facts
            advance()
            if len(mentions) - grouped[0] >= RESOLVE_RUN:
                grouped = _group(resolution, mentions, relations, grouped)
    _group(resolution, mentions, relations, grouped)
    entities = resolution.entities(relations)
    return BuildResult(articles=ordered, mentions=tuple(mentions), relations=tuple(relations),
                       entities=entities, errors=tuple(errors))


def _group(resolution: Resolution, mentions: list[Mention], relations: list[Relation],
           grouped: tuple[int, int]) -> tuple[int, int]:
    """Add the mentions and relations after the first ``grouped`` to ``resolution``; returns how many are
    grouped now."""
    resolution.add(mentions[grouped[0]:], relations[grouped[1]:])
    return len(mentions), len(relations)


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
    """(mentions, relations) of each article, in article order; with ``workers`` > 1, this process and
    ``workers - 1`` forked ones extract side by side.

    The articles go in chunks of ``CHUNK_SIZE``, each taken by whichever process is free first (a
    counter in shared memory). The forked processes inherit the extractor (its dictionaries and jieba
    tokenizer already loaded) and the articles, so nothing goes out to them, and they send back each
    chunk's results as plain tuples (``pack``); this process keeps its own chunks' results as they are
    made and unpacks the others' between its chunks. Extracting here rather than waiting on a pool of
    workers spares half the results their packing, pickling and unpacking, and a pool's threads (a
    fifth of a CPU-second at a million characters). ``started`` is called once before the first result
    is given: right after the processes are forked (they inherit none of what it loads), or before
    extracting in this process alone.
    """
    if workers <= 1:
        started()
        for article in articles:
            yield extractor(article)
        return
    total = len(articles)
    bounds = [(start, min(start + CHUNK_SIZE, total)) for start in range(0, total, CHUNK_SIZE)]
    LOGGER.info("extracting %d articles in %d processes", total, workers)
    claims = multiprocessing.get_context("fork").Value("l", 0)  # the next chunk to take, with its lock
    helpers = [_fork_extractor(extractor, articles, bounds, claims) for _ in range(workers - 1)]
    started()
    done: _Done = {}
    given = 0  # the chunks given so far, in order
    try:
        while given < len(bounds):
            index = _claim(claims)
            if index < len(bounds):
                done[index] = _extract_chunk(extractor, articles, bounds[index])
                _receive(helpers, done, wait=False)
            elif given not in done and not _receive(helpers, done, wait=True):
                # every forked process has ended, and this chunk never came: one failed on it
                done[given] = _extract_chunk(extractor, articles, bounds[given])
            while given in done:
                chunk = done.pop(given)
                yield from chunk if isinstance(chunk, list) else map(unpack, pickle.loads(chunk))
                given += 1
    finally:
        for helper in helpers:
            helper.close()


def _extract_chunk(extractor: Extractor, articles: Sequence[Article], bounds: tuple[int, int]
                   ) -> list[Extracted]:
    return [extractor(article) for article in articles[bounds[0]:bounds[1]]]


def _claim(claims: Any) -> int:
    """Take the next chunk's number (past the last chunk once all are taken)."""
    with claims.get_lock():
        index = claims.value
        claims.value = index + 1
    return index


class _Helper:
    """A forked extracting process as this one sees it: the reading end of its results' pipe."""

    def __init__(self, pid: int, results: Connection) -> None:
        self.pid = pid
        self.results: Connection | None = results

    def close(self) -> None:
        """Stop reading; the process is reaped once it has ended, without waiting for it."""
        if self.results is not None:
            self.results.close()
            self.results = None
            forked.reap_later(self.pid)


#: the size asked for the pipe of a forked process's results (a chunk's are some 50 kB)
PIPE_SIZE = 1 << 20


def _fork_extractor(extractor: Extractor, articles: Sequence[Article], bounds: Sequence[tuple[int, int]],
                    claims: Any) -> _Helper:
    """Fork a process that takes chunks and sends each one's number and its packed results (pickled),
    until none is left."""
    import fcntl

    reader, writer = multiprocessing.Pipe(duplex=False)
    with contextlib.suppress(OSError, AttributeError):  # a bigger pipe: the sender seldom waits for a read
        fcntl.fcntl(writer.fileno(), fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    pid = os.fork()
    if pid == 0:  # the forked process: never returns
        reader.close()
        code = 0
        try:
            while (index := _claim(claims)) < len(bounds):
                packs = list(map(pack, _extract_chunk(extractor, articles, bounds[index])))
                writer.send_bytes(index.to_bytes(8, "little") + pickle.dumps(packs, pickle.HIGHEST_PROTOCOL))
        except BaseException:  # noqa: BLE001  (the chunk it failed on is extracted again by the parent)
            code = 1
        finally:
            os._exit(code)
    writer.close()
    return _Helper(pid, reader)


def _receive(helpers: Sequence[_Helper], done: _Done, *, wait: bool) -> bool:
    """Add the chunks the forked processes have sent to ``done``; with ``wait``, block until one comes
    or a process ends. Returns whether any process was still sending."""
    sending = {helper.results: helper for helper in helpers if helper.results is not None}
    if not sending:
        return False
    for connection in wait_for(list(sending), timeout=None if wait else 0):
        try:
            message = connection.recv_bytes()  # type: ignore[union-attr]
        except EOFError:  # the process has ended (all its chunks are in)
            sending[connection].close()  # type: ignore[index]
            continue
        done[int.from_bytes(message[:8], "little")] = memoryview(message)[8:]
    return True


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
