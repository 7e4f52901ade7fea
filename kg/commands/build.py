"""``kg build INPUT... [--out DIR]``: read news files and write the graph."""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg import atomic, cli, commands, forked, outputs, pipeline
from kg.collector import no_cyclic_collection

if TYPE_CHECKING:
    from kg.model import BuildResult

HELP = commands.HELP["build"]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive) or globs")
    parser.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output/)")
    parser.add_argument("--formats", default="ttl,html",
                        help="comma-separated outputs: " + ",".join(outputs.FORMATS) + " (default: ttl,html)")
    parser.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    parser.add_argument("--no-validate", action="store_true",
                        help="skip the SHACL check of the graph (by default a failing graph exits 1)")
    parser.add_argument("--focus", metavar="NAME",
                        help="graph.html shows only this entity's neighbourhood (a zone's name or alias)")
    parser.add_argument("--hops", type=int, default=outputs.DEFAULT_HOPS, choices=(1, 2, 3),
                        help="with --focus: how many relations away to reach "
                             f"(default: {outputs.DEFAULT_HOPS})")
    parser.add_argument("--max-nodes", type=int, default=outputs.DEFAULT_MAX_NODES, metavar="N",
                        help="past N entities graph.html first shows the N best connected "
                             f"(default: {outputs.DEFAULT_MAX_NODES})")


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """Cyclic garbage collection seldom during a build.

    A build allocates millions of small, mostly acyclic objects (tokens, mentions, terms, triples), and
    Python's default thresholds rescan them over and over: a third of the CPU time of a big batch. The
    output is the same; the previous thresholds come back afterwards.
    """
    previous = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.unfreeze()  # see _run: the graph is frozen before the page and validation processes fork
        gc.set_threshold(*previous)


#: from this many articles on, the page is rendered in a forked process beside the rest of the output
PARALLEL_PAGE_MIN_ARTICLES = 300

def run(args: argparse.Namespace) -> int:
    with _rare_collections():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in outputs.FORMATS]
    if unknown:
        print(f"kg: error: unknown output format(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    # The collector stays paused through the whole build, and its result is frozen before it resumes:
    # extraction and resolution each pause it, but the first collection after each pause would scan
    # every mention, relation and entity they made (~0.06 s at a million characters, with nothing to
    # free: extraction makes no reference cycles). The readers and the extraction workers are forked
    # with it paused too, which costs them nothing for that reason.
    with no_cyclic_collection():
        result = pipeline.build(args.inputs, progress=not args.no_progress,
                                meanwhile=functools.partial(_import_writers, page="html" in formats,
                                                            shapes=not args.no_validate))
        gc.freeze()
    from kg import export, html  # imported already, while the files were read (_import_writers)
    from kg import graph as rdf
    from kg import validate as shacl

    for error in result.errors:
        print(error, file=sys.stderr)
    if result.errors and not result.articles:
        print(f"kg: error: no input could be read; {args.out} is left as it was", file=sys.stderr)
        return 2
    # The page is rendered from the build's result (``html.result_view``: it needs none of the graph's
    # triples), and for a big batch in a forked process, started first: it runs while this one makes the
    # triples, writes the other formats and validates, and stages the page (written in full under a
    # temporary name reserved here); the files are put in place together once the page is done (an
    # unknown --focus leaves the output folder as it was). Frozen objects are never scanned by the
    # collector, so neither process writes to the pages of the objects they share for that (each write
    # copies a page). The triples are made with the collector paused and frozen before it resumes: not
    # one of their containers is scanned (else the first collection after the pause scans them all).
    # Validating in a third process was slower on two cores: every process sharing the graph copies
    # what it touches.
    gc.freeze()
    render = functools.partial(html.render, focus=args.focus, hops=args.hops, max_nodes=args.max_nodes,
                               keep=_leave)
    big = len(result.articles) >= PARALLEL_PAGE_MIN_ARTICLES
    with atomic.Batch(args.out) as batch:
        page = None
        if "html" in formats:
            reserved = batch.reserve(outputs.FILE_NAMES["html"])
            page = forked.start(_write_page, reserved, render, result, fork=big)
        with rdf.no_cyclic_collection():
            graph = rdf.layered(result)  # built once: written, then validated (no rdflib store: see kg.graph)
            gc.freeze()
        cli.leave(result, graph)  # freed by the end of the process, not one object at a time
        # written and synced to disk by a thread while the graph is validated (the sync waits for the disk)
        export.stage_texts(batch, export.render_graph(graph, formats=[f for f in formats if f != "html"]),
                           background=True)
        report = shacl.Report(conforms=True) if args.no_validate else shacl.validate(graph)
        if page is not None:
            try:
                page()
            except LookupError as err:
                print(f"kg: error: --focus: {err.args[0]}", file=sys.stderr)
                return 2
        batch.commit()
    print(f"kg: {len(result.articles)} articles, {len(result.entities)} entities -> {args.out}",
          file=sys.stderr)
    for violation in report.violations:
        print(violation, file=sys.stderr)
    if report.warnings:
        print(f"kg: {len(report.warnings)} shape warnings (list them with: kg validate {args.out})",
              file=sys.stderr)
    if result.errors:
        return 2
    if not report.conforms:
        print(f"kg: the graph does not conform to the shapes: {len(report.violations)} violations "
              "(the files are written; see kg validate)", file=sys.stderr)
        return 1
    return 0


def _import_writers(*, page: bool, shapes: bool) -> None:
    """Import what writes and checks the graph (rdflib, pyoxigraph: a third of a second) while the files
    are extracted in forked processes, rather than before; with ``page``, the page's layout libraries too
    (networkx, numpy: as much again), which its forked process would otherwise import on the way to
    the end of the build; with ``shapes``, the SHACL shapes parsed and compiled (0.02 s), which the
    validation at the end of the build would otherwise wait for."""
    from kg import export, graph, html, validate  # noqa: F401

    if page:
        import networkx  # noqa: F401
        import numpy  # noqa: F401
    if shapes:
        validate.compiled_shapes()


def _write_page(staged: atomic.Staged, render: Callable[..., list[bytes]], result: BuildResult) -> None:
    """Render the page and write it to its reserved temporary file (synced; the batch puts it in place):
    as its UTF-8 pieces (``html.render(encoded=True)``), never joined into one 30 MB text."""
    atomic.fill(staged, render(result, encoded=True))


def _leave(obj: object) -> None:
    """Leave ``obj`` to the end of the process (``cli.leave``), where it is never freed one by one, and out
    of the collector's scans till then (``gc.freeze``): the page's view and payload, a million containers."""
    cli.leave(obj)
    gc.freeze()
