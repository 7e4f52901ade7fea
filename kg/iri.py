"""Mint the IRIs of resources: ASCII, stable for the same input, in one place."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

ID_BASE = "https://w3id.org/hitech-kg/id/"


def normalise_key(name: str) -> str:
    """The form of a name that identity is computed from: NFKC, no whitespace, lower case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).lower()


def digest(text: str, length: int = 16) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def mint(kind: str, key: str) -> URIRef:
    """``https://w3id.org/hitech-kg/id/<kind>/<hash>`` for a class name or path segment and a key."""
    segment = re.sub(r"[^a-z0-9-]", "", kind.lower()) or "thing"
    return URIRef(f"{ID_BASE}{segment}/{digest(normalise_key(key))}")
