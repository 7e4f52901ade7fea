"""``kg extract``: not built yet."""

from __future__ import annotations

import argparse
import sys

HELP = "(extract: not built yet)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*")


def run(args: argparse.Namespace) -> int:
    print("kg: extract is not built yet", file=sys.stderr)
    return 2
