"""Write files atomically: a temporary file in the same folder, then a rename.

``Batch`` writes several files that way: each is staged (written in full and synced to disk under a
temporary name) as soon as its text is ready, and all are renamed into place together at the end; a
batch left without ``commit`` removes what it staged, so the files already there stay as they were.
A file may be staged in the background (``stage(..., background=True)``): written and synced by a
thread while the caller goes on, waited for before anything is put in place or removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@dataclass(frozen=True)
class Staged:
    """A file written in full under a temporary name beside ``path``, not yet in place."""

    path: Path
    tmp: Path

    def commit(self) -> None:
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


def reserve(path: Path) -> Staged:
    """An empty temporary file beside ``path`` (made now, with the usual permissions), for ``fill``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
    finally:
        os.close(fd)
    return Staged(path, Path(tmp))


def fill(staged: Staged, data: str | bytes | Iterable[bytes]) -> None:
    """Write ``data`` in full to a reserved temporary file and sync it to disk.

    ``data`` may be the file's bytes in pieces, written one after the other: a big file is never
    copied whole into one buffer. The file must still exist: a batch that gave up meanwhile has removed
    it, and nothing is left behind.
    """
    pieces = [data.encode("utf-8")] if isinstance(data, str) else [data] if isinstance(data, bytes) else data
    with os.fdopen(os.open(staged.tmp, os.O_WRONLY | os.O_TRUNC), "wb") as handle:
        handle.writelines(pieces)
        handle.flush()
        os.fsync(handle.fileno())


def stage(path: Path, data: str | bytes) -> Staged:
    """Write ``data`` beside ``path`` under a temporary name, synced to disk; ``commit`` puts it in place."""
    staged = reserve(path)
    try:
        fill(staged, data)
    except BaseException:
        staged.discard()
        raise
    return staged


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` so a crash never leaves half a file behind."""
    stage(path, data).commit()


@dataclass
class Batch:
    """Files staged one by one and put in place together (``commit``), or not at all.

    Use as a context manager: leaving it without ``commit`` (an error, an early return) removes every
    staged file, and the output folder too when the batch made it and it is left empty.
    """

    folder: Path
    staged: list[Staged] = field(default_factory=list)
    made_folder: bool = False
    done: bool = False
    writers: list[_Writer] = field(default_factory=list)

    def __enter__(self) -> Batch:
        self.made_folder = not self.folder.exists()
        return self

    def stage(self, name: str, data: str | bytes, *, background: bool = False) -> None:
        """Write ``data`` under a temporary name for ``name``; with ``background``, in a thread (the syscalls
        of writing and syncing a big file, ~0.1 s for 46 MB, mostly waiting for the disk, let go of the
        GIL): ``commit`` waits for it and raises what it raised."""
        if not background:
            self.staged.append(stage(self.folder / name, data))
            return
        staged = self.reserve(name)
        writer = _Writer(staged, data)
        self.writers.append(writer)
        writer.start()

    def _wait(self) -> None:
        """Wait for the files staged in the background; raise the first error one of them met."""
        writers, self.writers = self.writers, []
        for writer in writers:
            writer.join()
        for writer in writers:
            if writer.error is not None:
                raise writer.error

    def reserve(self, name: str) -> Staged:
        """A temporary file for ``name``, to ``fill`` (here or in another process) before ``commit``."""
        staged = reserve(self.folder / name)
        self.staged.append(staged)
        return staged

    def commit(self) -> list[Path]:
        self._wait()
        for item in self.staged:
            item.commit()
        self.done = True
        return [item.path for item in self.staged]

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.done:
            return
        with contextlib.suppress(Exception):  # what was staged goes all the same; the error that left goes on
            self._wait()
        for item in self.staged:
            item.discard()
        if self.made_folder and self.folder.is_dir() and not any(self.folder.iterdir()):
            self.folder.rmdir()


class _Writer(threading.Thread):
    """Fills a reserved file in a thread (``fill``), keeping the error it met, if any."""

    def __init__(self, staged: Staged, data: str | bytes | Iterable[bytes]) -> None:
        super().__init__(name=f"stage {staged.path.name}", daemon=True)
        self.staged = staged
        self.data = data
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            fill(self.staged, self.data)
        except BaseException as err:  # noqa: BLE001  (raised again by Batch.commit)
            self.error = err
        finally:
            self.data = b""  # the text is let go once written
