"""The ``kg`` command: one sub-command per module in ``kg.commands``.

Each command module exposes ``configure(parser)`` and ``run(args) -> int``; only the module of the
command being run is imported. Exit codes: 0 ok, 1 the graph fails validation, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from kg.commands import HELP

COMMANDS = tuple(HELP)

#: what commands leave to the end of a ``kg`` process (``leave``); None when kg runs inside another program
_LEFT: list[object] | None = None


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole ``kg`` parser; only ``command``'s own options are configured (all of them when None)."""
    top = argparse.ArgumentParser(prog="kg", description="Chinese high-tech zone news → knowledge graph")
    top.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    subs = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        sub = subs.add_parser(name, help=HELP[name], description=HELP[name])
        if command is None or name == command:
            _module(name).configure(sub)
    return top


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"kg.commands.{name}")


def _command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names: its first word that is not an option (``kg`` has only flags before it)."""
    word = next((arg for arg in argv if not arg.startswith("-")), None)
    return word if word in HELP else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = _command(argv)
    try:
        args = parser(command).parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="kg: %(levelname)s: %(message)s", stream=sys.stderr)
    return int(_module(args.command).run(args))


def leave(*objects: object) -> None:
    """Leave big objects to the end of the ``kg`` process, which never frees them one by one (``run``).

    Inside another program (tests, a notebook) this does nothing: the objects are freed as usual.
    """
    if _LEFT is not None:
        _LEFT.extend(objects)


def run() -> NoReturn:
    """The ``kg`` console command: ``main()``, then the process ends at once.

    A big build leaves millions of small objects (mentions, terms, triples, the dictionaries); freeing
    them one by one, when the command returns and again when the interpreter shuts down, took longer
    than writing the files (1.7 s after a million characters, on a busy machine). Every file is closed
    and synced by then, and the forked processes have ended, so the process ends without that teardown
    (``os._exit``, skipping ``atexit`` handlers), once the standard streams and the log are flushed.
    """
    global _LEFT
    _LEFT = []
    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (kg query | head): nothing more can be said
            code = code or 1
    os._exit(code)


if __name__ == "__main__":
    run()
