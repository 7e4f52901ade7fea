"""hitech-kg: Chinese news about high-tech zones → a knowledge graph.

``kg.build(inputs)`` returns a ``BuildResult``; the CLI and ``kg.export`` write files.
"""

from __future__ import annotations

from typing import Any

from kg.pipeline import build

__all__ = ["build", "load", "to_networkx"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``kg.load`` and ``kg.to_networkx`` (from ``kg.api``), imported on first use."""
    if name in ("load", "to_networkx"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
