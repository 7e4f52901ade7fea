"""hitech-kg: Chinese news about high-tech zones → a knowledge graph.

``kg.build(inputs)`` returns a ``BuildResult``; the CLI and ``kg.export`` write files.
"""

from __future__ import annotations

from kg.pipeline import build

__all__ = ["build"]
__version__ = "0.1.0"
