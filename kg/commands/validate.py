"""``kg validate PATH``: check a graph file (or a build's folder) against the project's SHACL shapes."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg import commands
from kg import validate as shacl

HELP = commands.HELP["validate"]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="PATH", help="a graph file, or a folder holding graph.ttl")
    parser.add_argument("--engine", choices=shacl.ENGINES, default="fast",
                        help="fast: the built-in evaluator (default); pyshacl: the reference, much slower")


def run(args: argparse.Namespace) -> int:
    try:
        graph = shacl.load(args.path)
    except shacl.GraphFileError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    report = shacl.validate(graph, engine=args.engine)
    seconds = time.perf_counter() - started
    for line in shacl.messages(report):
        print(line, file=sys.stderr)
    if report.conforms:
        print(f"kg: {args.path}: conforms ({len(graph)} triples, {len(report.warnings)} warnings, "
              f"{seconds:.2f} s)", file=sys.stderr)
        return 0
    print(f"kg: {args.path}: does not conform: {len(report.violations)} violations", file=sys.stderr)
    return 1
