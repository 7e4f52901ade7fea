"""Mint the IRIs of resources: ASCII, stable for the same input, in one place."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from rdflib import URIRef

ID_BASE = "https://w3id.org/hitech-kg/id/"

_SPACES = re.compile(r"\s+")
_NOT_SEGMENT = re.compile(r"[^a-z0-9-]")


def normalise_key(name: str) -> str:
    """The form of a name that identity is computed from: NFKC, no whitespace, lower case."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", name)).lower()


def digest(text: str, length: int = 16) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


@functools.lru_cache(maxsize=256)
def _segment(kind: str) -> str:
    """The path segment of a class name or kind (a handful of kinds, so computed once each)."""
    return _NOT_SEGMENT.sub("", kind.lower()) or "thing"


def mint(kind: str, key: str) -> URIRef:
    """``https://w3id.org/hitech-kg/id/<kind>/<hash>`` for a class name or path segment and a key."""
    return URIRef(f"{ID_BASE}{_segment(kind)}/{digest(normalise_key(key))}")
