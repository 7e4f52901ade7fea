"""Write a build's files: canonical Turtle, the HTML explorer, other RDF formats."""

from __future__ import annotations

from pathlib import Path

from kg import graph as rdf
from kg import html
from kg.atomic import write_atomic
from kg.model import BuildResult

FORMATS = ("ttl", "html")


def turtle(graph) -> str:
    """Canonical Turtle: the same graph always gives the same bytes."""
    return graph.serialize(format="longturtle", canon=True)


def write(result: BuildResult, out: Path, *, formats: list[str]) -> int:
    """Write the chosen formats into ``out``; returns an exit status (0 ok)."""
    graph = rdf.to_rdf(result)
    out = Path(out)
    if "ttl" in formats:
        write_atomic(out / "graph.ttl", turtle(graph))
    if "html" in formats:
        write_atomic(out / "graph.html", html.render(graph))
    return 0
