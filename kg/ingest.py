"""Read input files into ``Document``s (placeholder: UTF-8 text only; see the foundation issue)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.model import DocKind, Document, InputError


def expand(inputs: Iterable[str]) -> list[tuple[Path, str]]:
    """Files named by the inputs (files, folders, globs) with the name to report for each."""
    out: list[tuple[Path, str]] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            out += [(p, str(p)) for p in sorted(path.rglob("*")) if p.is_file()]
        else:
            out.append((path, raw))
    return out


def read(inputs: Iterable[str]) -> Iterator[Document | InputError]:
    for path, name in expand(inputs):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            yield InputError(name, str(exc))
            continue
        yield Document(source=name, kind=DocKind.STORY, text=text)
