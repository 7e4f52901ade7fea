"""What ``kg build`` writes and the explorer's defaults: plain values that import nothing.

The command line is configured from them before the writers (and rdflib, pyoxigraph) are imported,
which ``kg build`` does while its files are read (see ``kg.pipeline.build``).
"""

from __future__ import annotations

FORMATS = ("ttl", "html", "nt", "nq", "trig", "jsonld", "graphml", "gexf")
FILE_NAMES = {fmt: f"graph.{fmt}" for fmt in FORMATS}

#: past this many entities the explorer first shows the best connected ones
DEFAULT_MAX_NODES = 1500
#: how many relations away from a focused entity the explorer reaches
DEFAULT_HOPS = 2
