"""Throughput of a whole ``kg build`` process against bare ``jieba.lcut`` on the same text.

    .venv/bin/python bench/throughput.py [--chars 1000000] [--repeat 1] [--stages] [--profile]

Builds a corpus of about ``--chars`` characters from the articles of ``examples/`` (each copy varied:
numbers shifted, company names given a per-copy word, a dated line added, so no body is
deduplicated away), written as one-story ``.txt`` files into a temporary folder. Then, each in a fresh
subprocess and timed from outside (interpreter start, imports and dictionary loads included; kg's
modules compiled to bytecode beforehand, as an installed package's are):

- ``python -m kg build CORPUS --out TMP`` (reading, extraction, resolution, RDF, Turtle and HTML written);
- ``jieba.Tokenizer().lcut`` on the same bodies joined into one text (read from a file).

With ``--repeat N`` the two take turns (kg build, jieba, kg build, …) and the best time of each
counts. Prints one line per measurement and the ratio (bare jieba time ÷ kg build time; the target is
≥ 0.5).
``--stages`` also times the stages in this process (build, triples, Turtle, HTML, validation);
``--profile`` runs the build under cProfile in the subprocess and prints the top functions.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import logging
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LOGGER = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
WORDS = ("启明 恒信 华瑞 远航 星河 博创 锦程 汇通 金桥 天合 "
         "宏远 卓越 嘉禾 润泽 鼎盛 云帆 朗峰 聚源 安泰 青禾").split()

JIEBA_SCRIPT = """
import sys, jieba
jieba.setLogLevel(60)
text = open(sys.argv[1], encoding="utf-8").read()
tokenizer = jieba.Tokenizer()
tokenizer.tmp_dir = sys.argv[2]
words = tokenizer.lcut(text)
print(len(words))
"""


def example_articles() -> list[tuple[str, str]]:
    """(title, body) of every article the examples hold, read the way ``kg build`` reads them."""
    sys.path.insert(0, str(ROOT))
    from kg import ingest, segment
    from kg.model import InputError

    out = []
    for item in ingest.read([str(EXAMPLES)]):
        if isinstance(item, InputError):
            LOGGER.warning("%s", item)
            continue
        for article in segment.split(item):
            out.append((article.title or article.text[:20], article.text))
    return out


def vary(text: str, copy: int) -> str:
    """Copy ``copy`` of a text: numbers shifted by the copy number, company names given a word."""
    word = WORDS[copy % len(WORDS)] + (WORDS[(copy // len(WORDS)) % len(WORDS)] if copy >= len(WORDS) else "")
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + copy), text)
    return text.replace("有限公司", f"{word}有限公司")


def write_corpus(folder: Path, *, chars: int) -> tuple[int, int, Path]:
    """Story files of about ``chars`` body characters; returns (characters, files, joined-text file)."""
    articles = example_articles()
    if not articles:
        raise SystemExit("bench: no articles in examples/")
    corpus = folder / "corpus"
    corpus.mkdir()
    bodies: list[str] = []
    total = copy = 0
    while total < chars:
        for index, (title, body) in enumerate(articles):
            dated = f"（{2000 + copy % 30}年{1 + copy % 12}月{1 + index % 28}日 第{copy}期）"
            text = vary(body, copy) + "\n" + dated
            (corpus / f"c{copy:05d}-{index:02d}.txt").write_text(f"{vary(title, copy)}\n\n{text}\n",
                                                                 encoding="utf-8")
            bodies.append(text)
            total += len(text)
        copy += 1
    joined = folder / "joined.txt"
    joined.write_text("\n".join(bodies), encoding="utf-8")
    return total, len(bodies), joined


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed


def stages(corpus: Path) -> None:
    """Time the stages of a build in this process, the way ``kg build`` runs them (its GC thresholds too)."""
    previous = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)  # as kg.commands.build._rare_collections
    try:
        _stages(corpus)
    finally:
        gc.set_threshold(*previous)


def _stages(corpus: Path) -> None:
    from kg import export, html, pipeline, validate
    from kg import graph as rdf

    start = time.perf_counter()
    result = pipeline.build([str(corpus)])
    lap = time.perf_counter()
    print(f"stage build (ingest, segment, extract, resolve): {lap - start:.2f} s, "
          f"{len(result.articles)} articles, {len(result.entities)} entities, "
          f"{len(result.relations)} relations")
    triples = rdf.layered(result)  # as kg build makes them: the evidence nodes as rows
    now = time.perf_counter()
    print(f"stage triples (kg.graph.layered): {now - lap:.2f} s, {len(triples)} triples")
    lap = now
    text = export.turtle(triples)
    now = time.perf_counter()
    print(f"stage turtle (kg.export.turtle): {now - lap:.2f} s, {len(text):,} characters")
    lap = now
    html.render(triples)
    now = time.perf_counter()
    print(f"stage html: {now - lap:.2f} s")
    lap = now
    report = validate.validate(triples)
    now = time.perf_counter()
    print(f"stage validate (SHACL): {now - lap:.2f} s, conforms={report.conforms}")
    lap = now
    graph = rdf.to_rdf(result)
    now = time.perf_counter()
    print(f"(not in kg build) rdflib graph (kg.graph.to_rdf): {now - lap:.2f} s, {len(graph)} triples")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=1_000_000, help="corpus size in characters")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement (the best counts)")
    parser.add_argument("--stages", action="store_true", help="also time the stages in this process")
    parser.add_argument("--profile", action="store_true", help="cProfile the build; print the top functions")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="bench: %(message)s")

    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = Path(tmp)
        chars, files, joined = write_corpus(folder, chars=args.chars)
        print(f"corpus: {chars:,} characters in {files:,} one-story files")
        (folder / "jieba").mkdir()
        # kg's modules compiled to bytecode, as an installed package has them (jieba's were compiled when
        # pip installed it): an editable checkout writes them on its first import, unless
        # PYTHONDONTWRITEBYTECODE is set (as on some machines), and then every build would compile kg's
        # modules anew, about 0.5 s of its start
        compileall.compile_dir(ROOT / "kg", quiet=1)
        # one untimed run of each writes its caches: jieba's dictionary cache into the temp folder, and
        # kg's (jieba's dictionary with kg's words, the lexicon's compiled patterns: kg.extract.compiled)
        timed([python, "-c", JIEBA_SCRIPT, str(EXAMPLES / "xian-photonics.txt"), str(folder / "jieba")])
        timed([python, "-m", "kg", "build", str(EXAMPLES / "xian-photonics.txt"), "--out",
               str(folder / "warm"), "--no-progress"])

        # kg build and jieba take turns, so that both see the machine in the same state: on a shared
        # virtual machine the speed of a core drifts by a quarter over minutes.
        kg_times: list[float] = []
        jieba_times: list[float] = []
        for _ in range(args.repeat):
            kg_times.append(timed([python, "-m", "kg", "build", str(folder / "corpus"), "--out",
                                   str(folder / "out"), "--no-progress"]))
            jieba_times.append(timed([python, "-c", JIEBA_SCRIPT, str(joined), str(folder / "jieba")]))
        kg_time, jieba_time = min(kg_times), min(jieba_times)
        print(f"kg build (process): {kg_time:.2f} s, {chars / kg_time:,.0f} chars/s")
        print(f"jieba.lcut (process): {jieba_time:.2f} s, {chars / jieba_time:,.0f} chars/s")
        if args.repeat > 1:
            runs = list(zip(kg_times, jieba_times))
            print("runs (kg build / jieba, ratio): "
                  + ", ".join(f"{k:.2f} s / {j:.2f} s, {j / k:.2f}" for k, j in runs))
        print(f"ratio jieba time / kg build time: {jieba_time / kg_time:.2f} (target >= 0.5)")
        if args.stages:
            stages(folder / "corpus")
        if args.profile:
            stats = folder / "build.prof"
            timed([python, "-m", "cProfile", "-o", str(stats), "-m", "kg", "build", str(folder / "corpus"),
                   "--out", str(folder / "out-prof"), "--no-progress"])
            import pstats

            pstats.Stats(str(stats)).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
