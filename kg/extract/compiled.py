"""The lexicon's regular expressions, compiled once per machine and read back from a cache file.

The place-led patterns embed tries of thousands of names (about 200,000 characters in all), and
``re.compile`` parses and compiles them in Python: about a second in every process that loads an
extractor. What it ends with — ``_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`` —
depends only on the pattern texts and the Python version, so those arguments are kept in one cache
file per set of patterns (next to jieba's dictionary cache) and handed to ``_sre.compile`` again: the
same compiled patterns in about a hundredth of the time. A missing, stale or unreadable cache, or a
Python whose ``re`` is built differently, falls back to ``re.compile`` (and the cache is written anew).
Nothing read from the articles goes in: the patterns come from the packaged word lists alone. The
machinery (and the cache of the patterns the code spells out) is ``kg.compiled``'s.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from kg.compiled import _parts, _parts_available, _sre_compile, _sre_magic, write_marshal


def compile_all(sources: Mapping[str, str], folder: Path | None) -> dict[str, re.Pattern[str]]:
    """Each source compiled (no flags), as ``re.compile`` would; cached in ``folder`` (None: no cache)."""
    if folder is None or not _parts_available():
        return {key: re.compile(source) for key, source in sources.items()}
    path = folder / f"patterns-{_digest(sources)}.marshal"
    cached = _read(path, sources)
    if cached is not None:
        return cached
    try:
        parts = {key: _parts(source) for key, source in sources.items()}
        patterns = {key: _sre_compile(value) for key, value in parts.items()}
    except (TypeError, ValueError, RuntimeError, AttributeError):  # an ``re`` built otherwise: no cache
        return {key: re.compile(source) for key, source in sources.items()}
    write_marshal(path, dict(parts))
    return patterns


def _digest(sources: Mapping[str, str]) -> str:
    """A key for the patterns and the ``re`` engine that compiles them."""
    digest = hashlib.sha256(f"{sys.version}\0{_sre_magic()}".encode())
    for key in sorted(sources):
        digest.update(f"\0{key}\0{sources[key]}".encode())
    return digest.hexdigest()[:24]


def _read(path: Path, sources: Mapping[str, str]) -> dict[str, re.Pattern[str]] | None:
    """The cached patterns when ``path`` holds every source's compiled form; otherwise None."""
    try:
        data = marshal.loads(path.read_bytes())
        patterns = {key: _sre_compile(tuple(data[key])) for key in sources}
    except (OSError, EOFError, ValueError, TypeError, KeyError, RuntimeError, IndexError):
        return None
    if any(patterns[key].pattern != source for key, source in sources.items()):
        return None
    return patterns
