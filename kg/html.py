"""The HTML graph explorer (placeholder: a self-contained page listing the articles)."""

from __future__ import annotations

from html import escape

from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF

from kg.namespace import HK


def render(graph: Graph) -> str:
    titles = sorted(str(t) for a in graph.subjects(RDF.type, HK.Article) for t in graph.objects(a, DCTERMS.title))
    items = "".join(f"<li>{escape(t)}</li>" for t in titles)
    return f'<!doctype html><meta charset="utf-8"><title>hitech-kg</title><ul>{items}</ul>\n'
