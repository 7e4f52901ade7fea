"""Compiled regular expressions kept between processes, and the cache folder they share.

``re.compile`` parses a pattern in Python; what it ends with — ``_sre.compile(pattern, flags, code,
groups, groupindex, indexgroup)`` — depends only on the pattern's text, its flags and the Python version.
Those arguments are kept in cache files and handed to ``_sre.compile`` again: the same compiled patterns
in a fraction of the time. ``regex`` does it for the patterns the code spells out (module constants);
``kg.extract.compiled`` for the lexicon's patterns built from the word lists. A missing, stale or
unreadable cache, or a Python whose ``re`` is built otherwise, falls back to ``re.compile``. Nothing read
from the articles goes in. This module imports nothing of the project, so that the readers' modules
(``kg.segment``, ``kg.clean``) can use it without loading the extractors.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

LOGGER = logging.getLogger(__name__)

#: the default folder of the caches (jieba's dictionary cache goes there too)
DEFAULT_FOLDER = Path(tempfile.gettempdir()) / "kg-jieba"

# What ``_sre.compile`` takes after the pattern's text: flags, code, groups, group index, index group.
Compiled = tuple[str, int, list[int], int, dict[str, int], tuple["str | None", ...]]


def cache_folder(folder: Path | None = None) -> Path:
    """``folder`` (default: a folder in the system's temporary directory), created if missing."""
    path = folder or DEFAULT_FOLDER
    os.makedirs(path, exist_ok=True)
    return path


def write_marshal(path: Path, value: object) -> None:
    """Write a cache file (``value`` marshalled) under a temporary name and put it in place: a reader
    never sees half a file. A read-only or full disk leaves no file: what it caches still works, only
    uncached."""
    try:
        data = marshal.dumps(value)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError as err:
        LOGGER.debug("cache not written to %s: %s", path, err)


def read_table(path: Path) -> dict:
    """The dict a cache file holds (``write_marshal``); empty when the file is missing, unreadable or no
    dict."""
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def kept_table(used: dict, stored: dict, cap: int) -> dict:
    """What a cache file keeps: every entry this process used, then the file's older ones (in their
    order) up to ``cap`` entries in all, so that two versions or word lists used in turn do not push each
    other's entries out."""
    kept = dict(used)
    for key, value in stored.items():
        if len(kept) >= cap:
            break
        kept.setdefault(key, value)
    return kept


def _parts(source: str, flags: int = 0) -> Compiled:
    """``re._compiler.compile``'s arguments to ``_sre.compile``, as plain values marshal can write."""
    from re import _compiler, _parser

    tree = _parser.parse(source, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (source, int(flags | tree.state.flags), [int(op) for op in _compiler._code(tree, flags)],
            tree.state.groups - 1, groupindex, tuple(indexgroup))


def _sre_compile(parts: tuple) -> re.Pattern[str]:
    import _sre

    return _sre.compile(*parts)


def _sre_magic() -> int:
    import _sre

    return int(getattr(_sre, "MAGIC", 0))


def _parts_available() -> bool:
    """Whether this Python's ``re`` has the internals the cache relies on (CPython 3.11 and later)."""
    try:
        from re import _compiler, _parser  # noqa: F401
    except ImportError:
        return False
    import _sre

    return hasattr(_sre, "compile") and hasattr(_compiler, "_code") and hasattr(_parser, "parse")


# --- the patterns the code spells out --------------------------------------------------------------
#
# The extractors' modules compile some three hundred constant patterns when imported; ``re`` parses each
# in Python, and a class of CJK characters ([\u4e00-\u9fff]) costs a loop over twenty thousand code points:
# a quarter of a second of every ``kg`` command that extracts. ``regex`` gives the same patterns from the
# compiled forms kept in one file per Python (keyed by each pattern's text and flags, so a changed pattern is
# never read stale); ``save_regexes`` adds those compiled anew once the extractors are loaded.

_REGEXES: dict[tuple[str, int], Compiled] | None = None  # the file's table, read at the first ``regex``
_USED: dict[tuple[str, int], Compiled] = {}  # what this process asked ``regex`` for
_NEW: list[tuple[str, int]] = []  # of those, the ones compiled here (not read from the file)
#: at most this many patterns in the file (the code spells out about three hundred)
KEPT_REGEXES = 2000


def regex(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` for a pattern the code spells out: read from the cache file when it
    holds it, else compiled (and kept for ``save_regexes``)."""
    global _REGEXES
    if _REGEXES is None:
        _REGEXES = read_table(_regexes_path())
    key = (source, int(flags))
    parts = _REGEXES.get(key)
    if parts is not None:
        try:
            pattern = _sre_compile(tuple(parts))
        except (TypeError, ValueError, RuntimeError, IndexError, AttributeError):
            pass
        else:
            _USED[key] = parts
            return pattern
    if not _parts_available():
        return re.compile(source, flags)
    try:
        parts = _parts(source, int(flags))
        pattern = _sre_compile(parts)
    except (TypeError, ValueError, RuntimeError, AttributeError):  # an ``re`` built otherwise
        return re.compile(source, flags)
    _USED[key] = parts
    _NEW.append(key)
    return pattern


def save_regexes() -> None:
    """Write the patterns ``regex`` compiled anew into the cache file, with those it read and (up to
    ``KEPT_REGEXES``) those the file kept before: nothing is written when nothing was new."""
    if not _NEW:
        return
    path = _regexes_path()
    os.makedirs(path.parent, exist_ok=True)
    write_marshal(path, kept_table(_USED, _REGEXES or {}, KEPT_REGEXES))
    _NEW.clear()


def _regexes_path() -> Path:
    """The cache file of ``regex``: in the default folder (the patterns are compiled at import, before any
    extractor names another), one per Python and ``re`` engine."""
    digest = hashlib.sha256(f"{sys.version}\0{_sre_magic()}".encode()).hexdigest()[:24]
    return DEFAULT_FOLDER / f"regexes-{digest}.marshal"
