"""``kg.forked``: a function run in a forked process, its result or its error brought back."""

from __future__ import annotations

import os
import time

import pytest

from kg import forked

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="needs fork")


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value * 2


def _fail() -> None:
    raise LookupError("no such node")


class _UnpicklableError(Exception):
    def __reduce__(self):
        raise TypeError("not this one")


def _fail_unpicklably() -> None:
    raise _UnpicklableError("odd")


def _exit() -> None:
    raise SystemExit(3)


def _all_reaped(seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while forked._UNREAPED and time.monotonic() < deadline:
        time.sleep(0.01)
        forked._reap()
    return not forked._UNREAPED


def test_the_result_comes_back_from_another_process_which_is_reaped() -> None:
    result = forked.start(_pid_and, 21)
    pid, value = result()
    assert value == 42 and pid != os.getpid()
    assert result() == (pid, 42)  # asked again: the same
    assert _all_reaped()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # gone


def test_big_results_and_several_processes_at_once() -> None:
    results = [forked.start(list, range(n * 100_000)) for n in range(1, 4)]
    assert [len(result()) for result in reversed(results)] == [300_000, 200_000, 100_000]
    assert _all_reaped()


def test_an_error_is_raised_where_the_result_is_asked_for() -> None:
    result = forked.start(_fail)
    with pytest.raises(LookupError, match="no such node"):
        result()
    with pytest.raises(RuntimeError, match="_UnpicklableError: odd"):
        forked.start(_fail_unpicklably)()
    with pytest.raises(ChildProcessError):
        forked.start(_exit)()
    assert _all_reaped()


def test_without_fork_the_function_runs_here() -> None:
    pid, value = forked.start(_pid_and, 2, fork=False)()
    assert (pid, value) == (os.getpid(), 4)
    with pytest.raises(LookupError):
        forked.start(_fail, fork=False)()
