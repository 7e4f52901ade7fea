"""Run one function in a forked process beside this one; only its result comes back (pickled).

The forked process inherits the function and its arguments (never pickled), so big inputs — a batch's
triples, a list of files — cost nothing to hand over. Where ``fork`` is not available, or when asked
not to fork, the function runs here and now.

The forked process sends its pickled result (or the error it raised) through a pipe and ends at once
(``os._exit``). Waiting for the result never waits for the end of the process: a process forked from a
big one takes a quarter of a second to give back its memory (0.25 s after a million-character build's
page), which a pool's shutdown would wait for. It is reaped later, without blocking.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

#: forked processes whose result is in but which may not have ended yet (reaped without blocking)
_UNREAPED: set[int] = set()


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def start(func: Callable[..., T], *args: Any, fork: bool = True) -> Callable[[], T]:
    """Start ``func(*args)``; returns a function that waits for its result (raising what it raised)."""
    if not fork or not can_fork():
        try:
            value = func(*args)
        except Exception as err:  # noqa: BLE001  (raised again where the result is asked for)
            failure = err
            return lambda: _raise(failure)
        return lambda: value
    _reap()
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the forked process: never returns
        os.close(reader)
        _run_and_exit(writer, func, args)
    os.close(writer)

    outcome: list[tuple[bool, Any]] = []  # (ok, value or error), once read

    def result() -> T:
        if not outcome:
            with os.fdopen(reader, "rb") as pipe:
                data = pipe.read()  # to the end: the forked process has sent all it will
            _UNREAPED.add(pid)
            _reap()
            outcome.append(pickle.loads(data) if data else
                           (False, ChildProcessError(f"the forked process {pid} ended without a result")))
        ok, value = outcome[0]
        if not ok:
            raise value
        return value
    return result


def _run_and_exit(writer: int, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """In the forked process: send ``(True, func(*args))`` or ``(False, error)`` pickled, then end."""
    code = 0
    try:
        try:
            data = pickle.dumps((True, func(*args)), pickle.HIGHEST_PROTOCOL)
        except Exception as err:  # noqa: BLE001  (sent back, raised there)
            data = _pickled_error(err)
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # noqa: BLE001  (nothing to send it to: the result() sees no data)
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _pickled_error(error: Exception) -> bytes:
    """``(False, error)`` pickled; an error that cannot be pickled is sent as a RuntimeError saying what."""
    try:
        return pickle.dumps((False, error), pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001
        return pickle.dumps((False, RuntimeError(f"{type(error).__name__}: {error}")))


def _raise(error: Exception) -> Any:
    raise error


def reap_later(pid: int) -> None:
    """Reap the forked process ``pid`` once it has ended, without waiting for it now."""
    _UNREAPED.add(pid)
    _reap()


def _reap() -> None:
    """Collect the forked processes that have ended, without waiting for the others."""
    for pid in list(_UNREAPED):
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # reaped elsewhere
            done = pid
        if done:
            _UNREAPED.discard(pid)
