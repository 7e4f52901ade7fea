"""``kg serve``: a read-only SPARQL 1.1 endpoint at /sparql and the HTML explorer at /."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import commands, server, store

HELP = commands.HELP["serve"]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--graph", "-g", type=Path, default=Path("output"),
                        help="a folder holding graph.ttl (and graph.html), or an RDF file (default: output/)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, loopback)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per query (default: 10)")
    parser.add_argument("--max-rows", type=int, default=10_000,
                        help="rows or triples per answer, the rest is cut (default: 10000)")


def run(args: argparse.Namespace) -> int:
    if args.timeout <= 0 or args.max_rows <= 0:
        print("kg: error: --timeout and --max-rows must be positive", file=sys.stderr)
        return 2
    try:
        graph = store.open_store(args.graph)
    except store.StoreError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2
    html = store.graph_file(args.graph).parent / "graph.html"
    settings = server.Settings(timeout=args.timeout, max_rows=args.max_rows, html=html)
    try:
        httpd = server.make_server(graph, host=args.host, port=args.port, settings=settings)
    except OSError as exc:
        print(f"kg: error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    print(f"kg: {len(graph)} triples; SPARQL endpoint {httpd.url}/sparql ; explorer {httpd.url}/",
          file=sys.stderr, flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0
