"""The ``kg`` command: one sub-command per module in ``kg.commands``.

Each command module exposes ``HELP``, ``configure(parser)`` and ``run(args) -> int``.
Exit codes: 0 ok, 1 the graph fails validation, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

COMMANDS = ("build", "extract", "validate", "query", "serve")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="kg", description="Chinese high-tech zone news → knowledge graph")
    top.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    subs = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"kg.commands.{name}")
        sub = subs.add_parser(name, help=module.HELP, description=module.HELP)
        module.configure(sub)
        sub.set_defaults(run=module.run)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="kg: %(levelname)s: %(message)s", stream=sys.stderr)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
