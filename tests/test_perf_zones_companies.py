"""The zone extractor's shortcuts give what the straightforward forms do, on the evaluation sets' articles:
the purpose-zone and declared-form lookups skipped in an article with neither (``zones``), and the bare
kind references passed over in an article with no purpose zone (``kind_zone_references``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.extract import Extractor, names
from kg.extract.doc import Doc
from kg.extract.text import find_all, is_cjk
from kg.ingest import expand
from kg.model import EntityType, Mention
from kg.pipeline import read_files

ROOT = Path(__file__).resolve().parents[1]


def _docs(extractor: Extractor) -> list[Doc]:
    """A fresh Doc of every article of the examples and the evaluation sets (no memo filled)."""
    inputs = [str(ROOT / "examples"), *map(str, sorted(ROOT.glob("eval/holdout*")))]
    files, _ = expand(inputs)
    articles, _ = read_files(files)
    if not articles:
        pytest.skip("no examples nor evaluation sets here")
    return [extractor.doc(article) for article in articles]


def _named_zones(doc: Doc) -> list[Mention]:
    """The first part of ``zones``, every mention through both canonical lookups (as it was written)."""
    never = frozenset(doc.lexicon.words("zone", "never"))
    out = []
    for start, end, match_end in names.zone_spans(doc):
        if start == match_end or doc.text[start:match_end] in never:
            continue
        if start > 0 and doc.text[start - 1] == "全":
            continue
        mention = names.zone_mention(doc, start, end)
        out.append(names._declared_canonical(doc, names._kind_canonical(doc, mention)))
    return out


def _kind_references(doc: Doc) -> Iterator[Mention]:
    """``kind_zone_references`` without its test for purpose zones (the loop over none of them)."""
    named = [(a, b) for a, b, _ in names.zone_spans(doc) if b - a > 3]
    if not named:
        return
    text = doc.text
    canonicals = names.kind_zone_canonicals(doc)
    for kind in sorted({kind for _, _, kind in doc.memo("names.kind_zones", names.kind_zone_spans)}):
        found = {name for name in canonicals if name.endswith(kind)}
        if len({canonicals[name] for name in found}) != 1:
            continue
        canonical = canonicals[next(iter(found))]
        for at in find_all(text, kind):
            before = text[at.start() - 1:at.start()]
            if any(a <= at.start() < b for a, b in named) or \
                    (is_cjk(before) and before not in names.KIND_REFERENCE_BEFORE):
                continue
            yield Mention(text[at.start():at.end()], EntityType.ZONE, at.start(), at.end(), doc.article.id,
                          canonical, (("alias", kind),))


def test_zones_open_with_the_named_zones_as_looked_up(extractor: Extractor) -> None:
    for doc in _docs(extractor):
        fast = list(names.zones(doc))
        slow = _named_zones(extractor.doc(doc.article))
        assert fast[:len(slow)] == slow, doc.article.id


def test_kind_references_as_without_the_gate(extractor: Extractor) -> None:
    docs = _docs(extractor)
    kinds = 0
    for doc in docs:
        fast = list(names.kind_zone_references(doc))
        assert fast == list(_kind_references(extractor.doc(doc.article))), doc.article.id
        kinds += bool(doc.shared["names.kind_zones"])
    assert 0 < kinds < len(docs)  # both kinds of article met
