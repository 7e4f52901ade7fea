"""The explorer in a real browser, offline: it draws, searches, filters, shows evidence, stays safe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS
from rdflib.namespace import DCTERMS, SKOS
from synth import XSS_NAME, XSS_TITLE, entities, entity_count, synthetic_graph

from kg import html
from kg.namespace import HK


@pytest.fixture(scope="module")
def graph():
    return synthetic_graph(200, seed=11, xss=True)


@pytest.fixture(scope="module")
def page_path(graph, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("explorer") / "graph.html"
    path.write_text(html.render(graph), encoding="utf-8")
    return path


def _count(session, expression: str) -> int:
    return session.page.evaluate(f"window.kgExplorer.{expression}")


def test_loads_offline_without_errors_and_draws_every_entity(explorer, page_path, graph, tmp_path) -> None:
    session = explorer(page_path)
    assert session.blocked == []
    assert session.errors == []
    expected = entity_count(graph)
    assert _count(session, "visibleNodeCount()") == expected
    assert _count(session, "drawnNodeCount()") == expected
    assert _count(session, "visibleEdgeCount()") > expected / 2
    stats = session.page.text_content("#kg-stats")
    assert f"{expected} / {expected}" in stats.replace(",", "")
    shot = tmp_path / "explorer.png"
    session.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_search_by_alias_selects_and_centres_the_node(explorer, page_path, graph) -> None:
    session = explorer(page_path)
    alias, node = _an_alias(graph)
    expected = _count(session, f"findNode({_js(str(graph.value(node, RDFS.label)))})")
    assert expected >= 0
    session.page.fill("#kg-search", alias)
    session.page.press("#kg-search", "Enter")
    assert _count(session, "selectedNodeId()") == expected
    assert session.page.text_content("#kg-panel h3") == str(graph.value(node, RDFS.label))
    assert alias in session.page.text_content("#kg-panel")
    position = session.page.evaluate(f"window.kgExplorer.pagePosition({expected})")
    box = session.page.locator("#kg-network").bounding_box()
    assert abs(position["x"] - (box["x"] + box["width"] / 2)) < 5
    assert abs(position["y"] - (box["y"] + box["height"] / 2)) < 5


def _an_alias(graph):
    return min((str(alt), s) for s, alt in graph.subject_objects(SKOS.altLabel)
               if (s, RDF.type, HK.Company) in graph and str(alt) != XSS_NAME)


def _js(text: str) -> str:
    return json.dumps(text)


def test_class_filter_hides_a_class(explorer, page_path, graph) -> None:
    session = explorer(page_path)
    people = len(set(graph.subjects(RDF.type, HK.Person)))
    before = _count(session, "visibleNodeCount()")
    session.page.uncheck('input[data-class="Person"]')
    assert _count(session, "visibleNodeCount()") == before - people
    assert _count(session, "drawnNodeCount()") == before - people
    session.page.check('input[data-class="Person"]')
    assert _count(session, "visibleNodeCount()") == before


def test_relation_filter_hides_edges(explorer, page_path) -> None:
    session = explorer(page_path)
    before = _count(session, "visibleEdgeCount()")
    session.page.uncheck('input[data-kind="holds"]')
    after = _count(session, "visibleEdgeCount()")
    assert 0 < after < before
    assert _count(session, "visibleNodeCount()") > 0


def test_article_filter_shows_what_the_article_mentions(explorer, page_path, graph) -> None:
    session = explorer(page_path)
    options = session.page.locator("#kg-article option")
    value = options.nth(1).get_attribute("value")
    session.page.select_option("#kg-article", value)
    payload = "JSON.parse(document.getElementById('kg-data').textContent)"
    title = session.page.evaluate(f"{payload}.articles[{value}].t")
    article = next(a for a in graph.subjects(RDF.type, HK.Article)
                   if any(str(t) == title for t in graph.objects(a, DCTERMS.title)))
    mentioned = set(graph.subjects(HK.mentionedIn, article)) & entities(graph)
    assert _count(session, "visibleNodeCount()") == len(mentioned)


def test_double_click_shows_the_neighbourhood(explorer, page_path, graph) -> None:
    session = explorer(page_path)
    zone = min(graph.subjects(RDF.type, HK.Zone))
    name = str(graph.value(zone, RDFS.label))
    node = _count(session, f"findNode({_js(name)})")
    session.page.fill("#kg-search", name)
    session.page.press("#kg-search", "Enter")
    position = session.page.evaluate(f"window.kgExplorer.pagePosition({node})")
    session.page.mouse.dblclick(position["x"], position["y"])
    session.page.wait_for_function("!document.getElementById('kg-clear-hood').disabled")
    one_hop = _count(session, "visibleNodeCount()")
    assert 1 < one_hop < entity_count(graph)
    session.page.check('input[name="kg-hops"][value="2"]')
    two_hops = _count(session, "visibleNodeCount()")
    assert two_hops > one_hop
    session.page.click("#kg-clear-hood")
    assert _count(session, "visibleNodeCount()") == entity_count(graph)


def test_clicking_a_node_then_a_relation_shows_the_evidence(explorer, page_path, graph) -> None:
    session = explorer(page_path)
    project = min(graph.subjects(RDF.type, HK.Project))
    name = str(graph.value(project, RDFS.label))
    node = _count(session, f"findNode({_js(name)})")
    session.page.fill("#kg-search", name)
    session.page.press("#kg-search", "Enter")
    session.page.evaluate("document.getElementById('kg-panel').replaceChildren()")
    position = session.page.evaluate(f"window.kgExplorer.pagePosition({node})")
    session.page.mouse.click(position["x"], position["y"])
    assert session.page.text_content("#kg-panel h3") == name
    session.page.locator("#kg-panel li button", has_text="投资").first.click()
    panel = session.page.text_content("#kg-panel")
    investor = graph.value(project, HK.investor)
    assert f"{graph.value(investor, RDFS.label)}投资建设{name}。" in panel
    assert "《" in panel  # the evidence's article title


def test_hostile_names_stay_text(explorer, page_path) -> None:
    session = explorer(page_path)
    session.page.fill("#kg-search", XSS_NAME)
    session.page.press("#kg-search", "Enter")
    assert session.page.text_content("#kg-panel h3") == XSS_NAME
    assert XSS_NAME in session.page.text_content("#kg-panel")
    assert XSS_TITLE[:12] in session.page.text_content("#kg-article")  # an article title, as text
    session.page.hover("#kg-network")
    assert session.page.evaluate("document.querySelectorAll('img, #kg-panel script').length") == 0
    assert session.dialogs == []
    assert session.errors == []


def test_big_graph_shows_the_core_and_says_how_to_see_the_rest(explorer, tmp_path) -> None:
    graph = synthetic_graph(700, seed=5)
    path = tmp_path / "big.html"
    path.write_text(html.render(graph, max_nodes=300), encoding="utf-8")
    session = explorer(path)
    assert _count(session, "visibleNodeCount()") == 300
    banner = session.page.text_content("#kg-banner")
    assert "300" in banner and "kg build --focus" in banner
    session.page.check("#kg-show-all")
    assert _count(session, "visibleNodeCount()") == entity_count(graph)
    assert session.errors == []
