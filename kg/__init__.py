"""hitech-kg: Chinese news about high-tech zones → a knowledge graph.

``kg.build(inputs)`` returns a ``BuildResult``; the CLI and ``kg.export`` write files.
"""

from __future__ import annotations

from typing import Any

__all__ = ["build", "load", "to_networkx"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``kg.build`` (from ``kg.pipeline``), ``kg.load`` and ``kg.to_networkx`` (from ``kg.api``), imported
    on first use: a ``kg`` command imports only what it runs (``kg build`` starts reading the files before
    it imports the extractors)."""
    if name == "build":
        from kg.pipeline import build

        return build
    if name in ("load", "to_networkx"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
