"""Run one function in a forked process beside this one; only its result comes back (pickled).

The forked process inherits the function and its arguments (never pickled), so big inputs — a batch's
triples, a list of files — cost nothing to hand over. Where ``fork`` is not available, or when asked
not to fork, the function runs here and now.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

_JOB: tuple[Callable[..., Any], tuple[Any, ...]] | None = None  # set in the forked process only


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
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                               initializer=_set_job, initargs=(func, args))
    future = pool.submit(_run_job)

    def result() -> T:
        try:
            return future.result()
        finally:
            pool.shutdown()
    return result


def _raise(error: Exception) -> Any:
    raise error


def _set_job(func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    global _JOB
    _JOB = (func, args)


def _run_job() -> Any:
    assert _JOB is not None, "not in a forked job"
    func, args = _JOB
    return func(*args)
