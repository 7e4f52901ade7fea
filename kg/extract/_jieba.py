"""jieba, imported without ``pkg_resources``.

jieba's ``_compat`` imports ``pkg_resources`` (setuptools' resource API: 0.13 s of imports, a fifth of a
``kg`` command's start) only to open jieba's own dictionary file, and opens that file by its path when the
import fails. So the import is made to fail while jieba loads: ``None`` in ``sys.modules`` makes
``import pkg_resources`` raise ImportError. A ``pkg_resources`` imported before, or after, is left alone.
"""

from __future__ import annotations

import sys
from types import ModuleType

_ABSENT = object()


def _import() -> tuple[ModuleType, ModuleType]:
    saved = sys.modules.get("pkg_resources", _ABSENT)
    if saved is _ABSENT:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
        from jieba import finalseg
    finally:
        if saved is _ABSENT:
            del sys.modules["pkg_resources"]
    return jieba, finalseg


jieba, finalseg = _import()

__all__ = ["finalseg", "jieba"]
