"""Mint the IRIs of resources: ASCII, stable for the same input, in one place."""

from __future__ import annotations

import functools
import unicodedata

from rdflib import URIRef

from kg.compiled import regex
from kg.ids import digest

ID_BASE = "https://w3id.org/hitech-kg/id/"

_NOT_SEGMENT = regex(r"[^a-z0-9-]")


def normalise_key(name: str) -> str:
    """The form of a name that identity is computed from: NFKC, no whitespace, lower case.

    ASCII text is its own NFKC form, and ASCII text of printable characters other than the space holds
    no whitespace: such keys (evidence keys, long IRIs joined) skip both steps.
    """
    if not name.isascii():
        name = unicodedata.normalize("NFKC", name)
    elif name.isprintable() and " " not in name:
        return name.lower()
    # whitespace dropped: str.split() cuts at the characters a regular expression's ``\s`` matches (those
    # for which str.isspace() holds), in C (a regular expression's substitution cost five times as much)
    return "".join(name.split()).lower()


@functools.lru_cache(maxsize=256)
def _segment(kind: str) -> str:
    """The path segment of a class name or kind (a handful of kinds, so computed once each)."""
    return _NOT_SEGMENT.sub("", kind.lower()) or "thing"


def minted_iri(text: str) -> URIRef:
    """``URIRef(text)`` for an IRI known to be valid (as minted ones are: ASCII letters, digits, ``/:.-``).

    ``URIRef.__new__`` only checks the text (to log a warning) before making the string, and that check
    costs more than the string; this makes the same, equal ``URIRef``.
    """
    return str.__new__(URIRef, text)


def iri_base(kind: str) -> str:
    """``https://w3id.org/hitech-kg/id/<kind>/``: what ``mint(kind, key)`` puts before the key's hash."""
    return f"{ID_BASE}{_segment(kind)}/"


def mint(kind: str, key: str) -> URIRef:
    """``https://w3id.org/hitech-kg/id/<kind>/<hash>`` for a class name or path segment and a key."""
    return minted_iri(f"{ID_BASE}{_segment(kind)}/{digest(normalise_key(key))}")
