"""The explorer's shortcuts give what their plain forms give, on real inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import graph as rdf
from kg import html, pipeline

ROOT = Path(__file__).resolve().parents[1]


def _plain_names(node: str, labels, pref_labels, alt_labels) -> tuple[str, tuple[str, ...]]:
    """``html._names`` without its one-label shortcut."""
    names = html._distinct(labels.get(node, ())) or html._distinct(pref_labels.get(node, ()))
    alts = set(html._distinct(alt_labels.get(node, ())))
    if not names:
        names = sorted(alts) or [node.rsplit("/", 1)[-1]]
    label = min(names, key=lambda s: (-len(s), s))
    alts.update(names)
    alts.discard(label)
    return label, tuple(sorted(alts))


@pytest.fixture(scope="module")
def by_predicate() -> dict:
    return html._by_predicate(rdf.triples(pipeline.build([str(ROOT / "examples")])))


def test_names_is_the_plain_form_on_the_examples(by_predicate: dict) -> None:
    labels, pref_labels, alt_labels = (html._texts(by_predicate.get(p, ()))
                                       for p in (html._LABEL, html._PREF_LABEL, html._ALT_LABEL))
    nodes = set(labels) | set(pref_labels) | set(alt_labels)
    assert any(node in alt_labels and len(labels.get(node, ())) == 1 for node in nodes)  # both ways taken
    for node in nodes:
        assert html._names(node, labels, pref_labels, alt_labels) == \
            _plain_names(node, labels, pref_labels, alt_labels)


@pytest.mark.parametrize("labels, alt_labels", [
    ({"n": ["甲"]}, {}),
    ({"n": ["甲"]}, {"n": ["乙", "甲", "", "乙"]}),
    ({"n": [""]}, {"n": ["乙"]}),
    ({"n": ["甲", "甲乙"]}, {"n": ["丙"]}),
    ({}, {"n": ["乙", "丙"]}),
])
def test_names_is_the_plain_form_on_odd_labels(labels: dict, alt_labels: dict) -> None:
    assert html._names("n", labels, {}, alt_labels) == _plain_names("n", labels, {}, alt_labels)


def test_node_is_the_dataclass_made_plainly() -> None:
    made = html._node("i", "Company", "甲", ("乙",), ("a",), (("投资额", "1亿元"),))
    plain = html.Node("i", "Company", "甲", ("乙",), ("a",), (("投资额", "1亿元"),))
    assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
    assert vars(made) == vars(plain) and list(vars(made)) == list(vars(plain))
    with pytest.raises(AttributeError):  # still frozen
        made.label = "丙"  # type: ignore[misc]


@pytest.mark.parametrize("label, text, safe", [
    ("投资", "甲公司投资乙项目。", True),
    ("a<b", "甲公司投资乙项目。", False),
    ("投资", "甲 & 乙签约。", False),
    ("投资", "甲\u2028乙。", False),
    ("投资", "</script>", False),
])
def test_edges_json_is_marked_script_safe_only_when_it_is(label: str, text: str, safe: bool) -> None:
    evidence = (html.Evidence(text, "a1", 0, len(text)),)
    edges = (html.Edge("n1", "n2", "other", label, evidence, ("a1",)),
             html.Edge("n2", "n1", "mentioned", "提及", (), ()))
    encoded = html._edges_json(edges, {"n1": 0, "n2": 1}, {"a1": 0})
    assert isinstance(encoded, html.ScriptSafeJSONText) is safe
    assert bytes(encoded) == html._script_safe_bytes(bytes(encoded)) or not safe
    # embedded as the plain scan of every piece embeds it
    assert html.embed_json({"edges": encoded}) == \
        b"".join(html._script_safe_bytes(part if isinstance(part, bytes) else part.encode())
                 for part in (b'{"edges":', bytes(encoded), b"}")).decode()
