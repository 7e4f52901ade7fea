"""``kg extract INPUT... --jsonl``: print each article's mentions and relations as JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from kg import commands, ingest, segment
from kg.model import Article, InputError, Mention, Relation

HELP = commands.HELP["extract"]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive) or globs")
    parser.add_argument("--jsonl", action="store_true", help="JSON lines output (the default)")


def articles(inputs: list[str], errors: list[InputError]) -> Iterator[Article]:
    seen: set[str] = set()
    for item in ingest.read(inputs):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        for article in segment.split(item):
            if article.id not in seen:
                seen.add(article.id)
                yield article


def mention_json(m: Mention) -> dict[str, object]:
    return {"text": m.text, "class": m.cls.value, "start": m.start, "end": m.end}


def relation_json(r: Relation, text: str) -> dict[str, object]:
    out: dict[str, object] = {
        "kind": r.kind.value,
        "args": [{"role": role, **mention_json(m)} for role, m in r.args],
    }
    if r.value is not None:
        out["value"] = r.value
    out["evidence"] = {"start": r.evidence_start, "end": r.evidence_end,
                       "text": text[r.evidence_start:r.evidence_end]}
    return out


def article_json(article: Article, mentions: list[Mention], relations: list[Relation]) -> dict[str, object]:
    ms = sorted(mentions, key=lambda m: (m.start, m.end, m.cls.value, m.text))
    unique = list({(m.text, m.cls, m.start, m.end): m for m in ms}.values())
    rels = [relation_json(r, article.text) for r in relations]
    rels.sort(key=lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))
    return {"id": article.id, "title": article.title, "text": article.text,
            "mentions": [mention_json(m) for m in unique], "relations": rels}


def run(args: argparse.Namespace) -> int:
    from kg.extract import Extractor

    errors: list[InputError] = []
    found = sorted(articles(args.inputs, errors), key=lambda a: (a.source, a.line or 0, a.id))
    for error in errors:
        print(error, file=sys.stderr)
    if found:
        extractor = Extractor()
        for article in found:
            mentions, relations = extractor(article)
            print(json.dumps(article_json(article, mentions, relations), ensure_ascii=False))
    return 2 if errors else 0
