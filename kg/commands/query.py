"""``kg query [--graph PATH] QUERY | --file Q.rq [--format ...]``: SPARQL 1.1 over a built graph."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import commands, store

HELP = commands.HELP["query"]

SELECT_FORMATS = ("table", *store.RESULT_WRITERS)
FORMATS = tuple(dict.fromkeys((*SELECT_FORMATS, *store.GRAPH_FORMATS)))


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="?", help="the query text (or use --file)")
    parser.add_argument("--file", "-f", type=Path, help="read the query from this .rq file")
    parser.add_argument("--graph", "-g", type=Path, default=Path("output"),
                        help="a folder holding graph.ttl, or an RDF file (default: output/)")
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="SELECT/ASK: table (default), csv, tsv, json, xml; "
                             "CONSTRUCT/DESCRIBE: ttl (default), nt, xml, jsonld")
    parser.add_argument("--timeout", type=float, default=None, help="stop the query after S seconds")
    parser.add_argument("--max-rows", type=int, default=None, help="keep at most N rows or triples")


def _query_text(args: argparse.Namespace) -> tuple[str, str]:
    if (args.query is None) == (args.file is None):
        raise ValueError("give the query text or --file Q.rq (one of them)")
    if args.file is None:
        return args.query, "query"
    try:
        return args.file.read_text(encoding="utf-8"), str(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{args.file}: cannot read the query: {exc}") from exc


def render(answer: store.Answer, fmt: str) -> str:
    """The text ``kg query`` prints for ``answer`` in format ``fmt``."""
    if answer.kind == "graph":
        return store.triples_text(answer.triples, fmt if fmt in store.GRAPH_FORMATS else "ttl")
    if fmt == "table" or fmt not in store.RESULT_WRITERS:
        return store.table(answer)
    return store.RESULT_WRITERS[fmt](answer)


def run(args: argparse.Namespace) -> int:
    try:
        text, where = _query_text(args)
    except ValueError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2
    try:
        graph = store.open_store(args.graph)
        answer = store.run(graph, text, timeout=args.timeout, max_rows=args.max_rows)
    except store.StoreError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2
    except store.ReadOnlyError as exc:
        print(f"kg: error: {where}: {exc}", file=sys.stderr)
        return 2
    except store.QueryError as exc:
        print(f"kg: error: {where}: malformed query at {exc}", file=sys.stderr)
        return 2
    except store.QueryTimeoutError as exc:
        print(f"kg: error: {where}: {exc}", file=sys.stderr)
        return 2
    if answer.kind != "graph" and args.format not in SELECT_FORMATS:
        print(f"kg: error: --format {args.format} is for CONSTRUCT/DESCRIBE results", file=sys.stderr)
        return 2
    sys.stdout.write(render(answer, args.format))
    if answer.truncated:
        print(f"kg: warning: results truncated at {args.max_rows}", file=sys.stderr)
    return 0
