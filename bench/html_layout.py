"""Time the HTML explorer on a big synthetic graph: rendering in Python, then opening in Chromium.

    .venv/bin/python bench/html_layout.py [--nodes 5000] [--max-nodes 1500] [--runs 3] [--no-browser]

Prints the time to read the graph, lay it out and write the page in Python, then (when Debian's
Chromium is at /usr/bin/chromium) the time from navigation until the network is first drawn with
every network request blocked, and the time to switch on every node. Target: the page opens and
settles within 5 seconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from conftest import CHROMIUM, CHROMIUM_ARGS, open_offline  # noqa: E402
from synth import entity_count, synthetic_graph  # noqa: E402

from kg import html  # noqa: E402

TARGET_SECONDS = 5.0


def _best(samples: list[float]) -> str:
    return f"{min(samples):6.2f} s (median {statistics.median(samples):.2f})"


def time_python(graph, *, runs: int, max_nodes: int) -> tuple[str, dict[str, list[float]]]:
    samples: dict[str, list[float]] = {"read": [], "layout+payload": [], "page": [], "render": []}
    page = ""
    for _ in range(runs):
        t0 = time.perf_counter()
        view = html.read_view(graph)
        t1 = time.perf_counter()
        data = html.payload(view, max_nodes=max_nodes)
        t2 = time.perf_counter()
        page = html.page(data)
        t3 = time.perf_counter()
        samples["read"].append(t1 - t0)
        samples["layout+payload"].append(t2 - t1)
        samples["page"].append(t3 - t2)
        start = time.perf_counter()
        html.render(graph, max_nodes=max_nodes)
        samples["render"].append(time.perf_counter() - start)
    graph_view = html._relation_graph(html.read_view(graph))
    layout = []
    for _ in range(runs):
        start = time.perf_counter()
        html.layout(graph_view)
        layout.append(time.perf_counter() - start)
    samples["layout only"] = layout
    return page, samples


def time_browser(path: Path, *, runs: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    samples: dict[str, list[float]] = {"open → drawn": [], "script → drawn": [], "show all": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                session = open_offline(browser, path, timeout_ms=120_000)
                page = session.page
                if session.errors or session.blocked:
                    raise SystemExit(f"page errors {session.errors} or requests {session.blocked}")
                timings = page.evaluate("window.kgExplorer.timings()")
                samples["open → drawn"].append(timings["firstDrawn"] / 1000)
                samples["script → drawn"].append((timings["firstDrawn"] - timings["scriptStart"]) / 1000)
                start = time.perf_counter()
                if page.locator("#kg-show-all").is_visible():
                    page.check("#kg-show-all")
                    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                    samples["show all"].append(time.perf_counter() - start)
                page.close()
        finally:
            browser.close()
    return {k: v for k, v in samples.items() if v}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--max-nodes", type=int, default=html.DEFAULT_MAX_NODES)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--keep", type=Path, help="also write the page here")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    graph = synthetic_graph(args.nodes)
    print(f"synthetic graph: {entity_count(graph):,} entities, {len(graph):,} triples "
          f"({time.perf_counter() - start:.1f} s to generate)")
    page, python = time_python(graph, runs=args.runs, max_nodes=args.max_nodes)
    print(f"page: {len(page.encode()) / 1e6:.1f} MB")
    for name, samples in python.items():
        print(f"  python {name:<16} {_best(samples)}")
    if args.keep:
        args.keep.write_text(page, encoding="utf-8")
    if args.no_browser or not CHROMIUM.exists():
        print("browser: skipped")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.html"
        path.write_text(page, encoding="utf-8")
        browser = time_browser(path, runs=args.runs)
    for name, samples in browser.items():
        print(f"  chromium {name:<14} {_best(samples)}")
    opened = statistics.median(browser["open → drawn"])
    verdict = "ok" if opened <= TARGET_SECONDS else "OVER"
    print(f"target: open and settle within {TARGET_SECONDS:.0f} s: median {opened:.2f} s {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
