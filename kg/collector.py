"""Pausing Python's cyclic garbage collector around stages that allocate much and free little by cycles.

No dependencies: resolution and the writers import it alike (``kg.graph`` re-exports it).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cyclic_collection() -> Iterator[None]:
    """Cyclic garbage collection paused (and resumed after, if it was on).

    Resolution, writing and validating the triples, and rendering the page allocate millions of small
    containers (groups, indexes, texts' lists, columns; evidence, edges, JSON parts) with hardly a
    reference cycle among them: each scan of the young generation would find nothing to free (~0.3 s of
    a big graph's page). A stage pays nothing afterwards for what it freed before the end of the pause;
    what it leaves alive is scanned by the first collection after it, unless frozen (``gc.freeze``)
    before the pause ends: ``kg build`` makes the triples that way.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
