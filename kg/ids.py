"""Short stable digests of text: the keys of article ids and minted IRIs (no rdflib here, so that the
readers of ``kg build`` start before it is imported)."""

from __future__ import annotations

import hashlib


def digest(text: str, length: int = 16) -> str:
    """The first ``length`` hex digits of the SHA-1 of ``text`` (UTF-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]
