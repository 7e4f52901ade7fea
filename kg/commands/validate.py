"""``kg validate``: not built yet."""

from __future__ import annotations

import argparse
import sys

HELP = "(validate: not built yet)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*")


def run(args: argparse.Namespace) -> int:
    print("kg: validate is not built yet", file=sys.stderr)
    return 2
