"""The HTML explorer page: payload, escaping, offline, layout, focus, determinism (no browser here)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS, XSD

from kg import html
from kg.graph import SCHEMA, new_graph
from kg.iri import mint
from kg.namespace import HK

XSS = "<img src=x onerror=alert(1)>"
BAD_TITLE = "</script><script>alert(2)</script>园区快讯"


def _entity(g: Graph, cls: URIRef, name: str, article: URIRef, *alts: str) -> URIRef:
    node = mint(cls.split("#")[-1], name)
    g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(name, lang="zh")))
    for alt in alts:
        g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
    g.add((node, HK.mentionedIn, article))
    return node


def _evidence(g: Graph, s: URIRef, p: URIRef, o: URIRef, article: URIRef, text: str, start: int) -> None:
    ev = mint("evidence", f"{s}{p}{o}")
    for pred, obj in ((RDF.type, HK.Evidence), (RDF.subject, s), (RDF.predicate, p), (RDF.object, o),
                      (PROV.wasDerivedFrom, article), (HK.evidenceText, Literal(text, lang="zh")),
                      (HK.startOffset, Literal(start)), (HK.endOffset, Literal(start + len(text)))):
        g.add((ev, pred, obj))


def small_graph() -> Graph:
    """A hand-written graph in the contract's shape: one article about a made-up zone."""
    g = new_graph()
    art = mint("article", "test-1")
    body = "青岚高新区党工委书记韩松出席签约仪式。星河微电子有限公司投资30亿元建设芯谷项目。"
    for p, o in ((RDF.type, HK.Article), (DCTERMS.title, Literal("青岚高新区签约芯谷项目", lang="zh")),
                 (DCTERMS.creator, Literal("本报记者", lang="zh")),
                 (SCHEMA.articleBody, Literal(body, lang="zh")),
                 (DCTERMS.date, Literal("2024-03-01", datatype=XSD.date)),
                 (HK.sourceFile, Literal("t/a.txt"))):
        g.add((art, p, o))
    art2 = mint("article", "test-2")
    g.add((art2, RDF.type, HK.Article))
    g.add((art2, DCTERMS.title, Literal(BAD_TITLE, lang="zh")))
    zone = _entity(g, HK.Zone, "青岚高新区", art, "青岚高新技术产业开发区")
    person = _entity(g, HK.Person, "韩松", art)
    company = _entity(g, HK.Company, "星河微电子有限公司", art, "星河微电子")
    project = _entity(g, HK.Project, "芯谷项目", art)
    industry = _entity(g, HK.Industry, "集成电路", art)
    city = _entity(g, HK.AdministrativeArea, "青岚市", art, "青岚")
    bad = _entity(g, HK.Company, XSS, art2)
    post, role = mint("post", "韩松|书记"), mint("role", "党工委书记")
    g.add((person, ORG.holds, post))
    g.add((post, RDF.type, ORG.Post))
    g.add((post, ORG.postIn, zone))
    g.add((post, ORG.role, role))
    g.add((post, PROV.wasDerivedFrom, art))
    g.add((role, RDF.type, ORG.Role))
    g.add((role, RDFS.label, Literal("党工委书记", lang="zh")))
    _evidence(g, person, ORG.holds, post, art, "青岚高新区党工委书记韩松出席签约仪式。", 0)
    g.add((project, HK.investor, company))
    g.add((project, HK.locatedIn, zone))
    g.add((project, HK.investmentCNY, Literal("3000000000", datatype=XSD.decimal)))
    _evidence(g, project, HK.investor, company, art, "星河微电子有限公司投资30亿元建设芯谷项目。", 19)
    g.add((zone, HK.leadingIndustry, industry))
    g.add((zone, HK.locatedIn, city))
    g.add((bad, HK.partOf, zone))
    return g


def _payload(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "no payload in the page"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def page() -> str:
    return html.render(small_graph())


def test_nodes_are_the_entities_and_articles_with_their_classes(page: str) -> None:
    data = _payload(page)
    classes = [c["key"] for c in data["classes"]]
    by_label = {n["l"]: classes[n["c"]] for n in data["nodes"]}
    assert by_label["青岚高新区"] == "Zone"
    assert by_label["韩松"] == "Person"
    assert by_label["芯谷项目"] == "Project"
    assert by_label["青岚高新区签约芯谷项目"] == "Article"
    assert data["meta"]["nodes"] == 7  # entities only, articles apart
    assert sum(1 for n in data["nodes"] if classes[n["c"]] == "Article") == 2
    article_class = data["classes"][classes.index("Article")]
    assert article_class["hidden"] is True


def test_aliases_and_facts_reach_the_payload(page: str) -> None:
    data = _payload(page)
    zone = next(n for n in data["nodes"] if n["l"] == "青岚高新区")
    assert zone["a"] == ["青岚高新技术产业开发区"]
    project = next(n for n in data["nodes"] if n["l"] == "芯谷项目")
    assert project["f"] == [["投资额", "30亿元"]]
    company = next(i for i, n in enumerate(data["nodes"]) if n["l"] == "星河微电子有限公司")
    assert ["星河微电子", company] in data["names"]


def _edge(data: dict, source: str, target: str) -> dict:
    labels = [n["l"] for n in data["nodes"]]
    s, t = labels.index(source), labels.index(target)
    found = [e for e in data["edges"] if e["s"] == s and e["t"] == t]
    assert len(found) == 1, f"{source} -> {target}: {found}"
    return found[0]


def test_post_is_one_edge_person_to_org_labelled_with_the_title(page: str) -> None:
    data = _payload(page)
    edge = _edge(data, "韩松", "青岚高新区")
    assert data["kinds"][edge["k"]]["label"] == "任职"
    assert edge["l"] == "党工委书记"
    assert [e[0] for e in edge["e"]] == ["青岚高新区党工委书记韩松出席签约仪式。"]
    assert data["articles"][edge["e"][0][1]]["t"] == "青岚高新区签约芯谷项目"


def test_investor_edge_runs_company_to_project_with_evidence_and_offsets(page: str) -> None:
    data = _payload(page)
    edge = _edge(data, "星河微电子有限公司", "芯谷项目")
    assert edge["l"] == "投资"
    text, article, start, end = edge["e"][0]
    assert (text, start, end) == ("星河微电子有限公司投资30亿元建设芯谷项目。", 19, 19 + len(text))
    assert data["articles"][article]["d"] == "2024-03-01"
    assert _edge(data, "青岚高新区", "集成电路")["l"] == "主导产业"
    assert _edge(data, "青岚高新区", "青岚市")["l"] == "位于"
    assert _edge(data, XSS, "青岚高新区")["l"] == "园中园"


def test_mentions_are_a_hidden_kind(page: str) -> None:
    data = _payload(page)
    mentioned = next(k for k in data["kinds"] if k["key"] == "mentioned")
    assert mentioned["hidden"] is True and mentioned["label"] == "提及"
    assert mentioned["count"] == 7


def test_payload_is_escaped_so_data_cannot_close_the_script(page: str) -> None:
    assert XSS not in page
    assert "alert(2)</script>" not in page
    block = re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert not re.search("[<>&\u2028\u2029]", block)
    data = _payload(page)
    assert XSS in [n["l"] for n in data["nodes"]]
    assert BAD_TITLE in [a["t"] for a in data["articles"]]


def test_embed_json_escapes_line_separators() -> None:
    text = html.embed_json({"a": "x\u2028y\u2029<&>"})
    assert text == '{"a":"x\\u2028y\\u2029\\u003c\\u0026\\u003e"}'
    assert json.loads(text) == {"a": "x\u2028y\u2029<&>"}


def test_embed_json_writes_json_text_as_it_is_and_escapes_every_piece() -> None:
    data = {"z": [1, "<b>&"], "edges": html.JSONText('[{"l":"a<b\u2029","s":0}]'.encode()),
            "a": {"y": "\u2028", "x": 2}}
    plain = {"z": [1, "<b>&"], "edges": [{"l": "a<b\u2029", "s": 0}], "a": {"y": "\u2028", "x": 2}}
    expected = json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                          ("\u2029", "\\u2029")):
        expected = expected.replace(char, escaped)
    assert html.embed_json(data) == expected
    assert json.loads(expected) == plain


def test_nodes_and_edges_are_written_as_json_dumps_writes_them() -> None:
    data = html.payload(html.read_view(small_graph()))
    for key in ("nodes", "edges"):
        text = data[key]
        assert isinstance(text, html.JSONText)
        assert text.decode() == json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True,
                                           separators=(",", ":"))
    nodes = json.loads(data["nodes"])
    assert any(n["f"] for n in nodes) and any(n["a"] for n in nodes) and any(n["r"] for n in nodes)


def test_page_fills_every_slot_of_the_template(page: str) -> None:
    assert re.search(r"\{\{[A-Z_]+\}\}", page) is None
    title = _payload(page)["meta"]["title"]
    assert f"<title>{title}</title>" in page
    assert f"<h1>{title}</h1>" in page
    assert page.endswith("</html>\n")


def test_the_app_script_never_writes_html() -> None:
    script = (Path(html.__file__).parent / "static" / "explorer.js").read_text(encoding="utf-8")
    unsafe = r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function"
    assert not re.search(unsafe, script)


def test_page_references_no_remote_url(page: str) -> None:
    assert not re.search(r"""\b(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"""(?:import\s*\(|importScripts\s*\(|fetch\s*\(|XMLHttpRequest|WebSocket\s*\(|"""
                         r"""EventSource\s*\(|sendBeacon\s*\(|\.src\s*=\s*)\s*["'`](?:https?:)?//""", page)
    assert not re.search(r"url\(\s*[\"']?(?:https?:)?//|@import", page, re.I)
    assert "<link" not in page
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert "default-src 'none'" in page  # the CSP forbids any request the page might still try


def test_page_inlines_vis_network_with_its_licence(page: str) -> None:
    assert "@license" in page and "vis.js is dual licensed" in page
    assert len(re.findall(r"^<script\b", page, re.M)) == 3  # payload, vis-network, the explorer


def test_render_is_deterministic_whatever_the_insertion_order() -> None:
    graph = small_graph()
    triples = sorted(graph)
    random.Random(3).shuffle(triples)
    shuffled = new_graph()
    for t in triples:
        shuffled.add(t)
    assert html.render(graph) == html.render(shuffled)


def test_every_node_gets_a_distinct_position(page: str) -> None:
    data = _payload(page)
    entities = [n for n in data["nodes"] if data["classes"][n["c"]]["key"] != "Article"]
    assert len({(n["x"], n["y"]) for n in entities}) == len(entities)


def test_focus_keeps_the_neighbourhood_only() -> None:
    graph = small_graph()
    data = _payload(html.render(graph, focus="青岚市", hops=1))
    labels = {n["l"] for n in data["nodes"]}
    assert {"青岚市", "青岚高新区"} <= labels
    assert "韩松" not in labels and "芯谷项目" not in labels
    assert data["meta"]["focus"] == "青岚市" and data["meta"]["total"] == 7
    two = {n["l"] for n in _payload(html.render(graph, focus="青岚", hops=2))["nodes"]}  # an alias works
    assert {"韩松", "芯谷项目", "集成电路"} <= two


def test_focus_on_an_unknown_name_raises() -> None:
    with pytest.raises(LookupError, match="没有这个园区"):
        html.render(small_graph(), focus="没有这个园区")


def test_max_nodes_marks_the_best_connected_core() -> None:
    data = _payload(html.render(small_graph(), max_nodes=2))
    assert data["meta"]["big"] is True
    core = [n["l"] for n in data["nodes"] if n["k"]]
    assert sorted(core) == ["芯谷项目", "青岚高新区"]  # degrees 5 and 2; the rest have 1


def test_layout_of_5000_nodes_is_complete_and_repeatable() -> None:
    """Every node placed, hardly any two on one spot, the same each time (speed: bench/html_layout.py)."""
    rng = random.Random(1)
    graph = nx.Graph()
    hubs = [f"hub{i:03d}" for i in range(200)]
    for i in range(4800):  # companies and people hanging off zones, zones sharing industries
        graph.add_edge(f"n{i:04d}", hubs[rng.randrange(len(hubs))])
    for i, hub in enumerate(hubs):
        graph.add_edge(hub, f"industry{i % 20}")
    positions = html.layout(graph)
    assert set(positions) == set(graph)
    assert len({(round(x), round(y)) for x, y in positions.values()}) > 0.98 * len(graph)
    assert html.layout(graph) == positions


def test_components_do_not_overlap() -> None:
    graph = nx.Graph([("a", "b"), ("c", "d"), ("c", "e"), ("f", "g"), ("g", "h"), ("h", "f"), ("h", "i")])
    graph.add_node("lonely")
    positions = html.layout(graph)
    boxes = []
    for component in nx.connected_components(graph):
        xs = [positions[n][0] for n in component]
        ys = [positions[n][1] for n in component]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)


def _dense_spread(points: np.ndarray, *, min_distance: float, iterations: int = 20,
                  aspect: float = 1.8) -> np.ndarray:
    """The overlap step written plainly over all pairs (n x n x 2): what ``html._spread`` must equal."""
    points = points.copy()
    count = len(points)
    points += np.stack([np.cos(np.arange(count)), np.sin(np.arange(count))], axis=1) * 1e-3
    for _ in range(iterations):
        delta = points[:, None, :] - points[None, :, :]
        delta[..., 0] /= aspect
        distance = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(distance, np.inf)
        overlap = np.clip(min_distance - distance, 0.0, None)
        if not overlap.any():
            break
        push = delta / np.maximum(distance, 1e-9)[..., None] * (overlap / 2)[..., None]
        move = push.sum(axis=1)
        move[:, 0] *= aspect
        points += move * 0.7
    return points


@pytest.mark.parametrize(("seed", "count", "side"), [(1, 2, 10.0), (2, 40, 100.0), (3, 300, 600.0),
                                                       (4, 300, 3000.0), (5, 120, 1.0)])
def test_spread_gives_the_same_floats_as_the_plain_dense_version(seed: int, count: int, side: float) -> None:
    """Random points, crowded to sparse, some on one spot: bit for bit what the dense version gives."""
    rng = np.random.default_rng(seed)
    points = rng.random((count, 2)) * side
    points[count // 2:count // 2 + 3] = points[0]  # coincident points
    expected = _dense_spread(points, min_distance=54.0)
    found = html._spread(points, min_distance=54.0)
    assert found.tobytes() == expected.tobytes()
    assert html._spread(points, min_distance=54.0, iterations=3).tobytes() == \
        _dense_spread(points, min_distance=54.0, iterations=3).tobytes()


@pytest.mark.parametrize(("seed", "count", "edges", "iterations"), [(1, 2, 1, 50), (2, 30, 45, 50),
                                                                    (3, 150, 400, 30), (4, 400, 900, 30)])
def test_spring_layout_gives_the_same_floats_as_networkx(seed: int, count: int, edges: int,
                                                         iterations: int) -> None:
    rng = random.Random(seed)
    graph = nx.Graph()
    graph.add_nodes_from(f"n{i:03d}" for i in range(count))
    while graph.number_of_edges() < edges:
        u, v = rng.sample(sorted(graph), 2)
        graph.add_edge(u, v)
    expected = nx.spring_layout(graph, seed=7, iterations=iterations, scale=250.0, method="force")
    found = html._spring_layout(nx.to_numpy_array(graph), seed=7, iterations=iterations, scale=250.0)
    assert found.tobytes() == np.array([expected[n] for n in graph], dtype=float).tobytes()


@pytest.mark.parametrize(("seed", "count"), [(1, 2), (2, 57), (3, 400)])
def test_fr_displacement_gives_the_same_floats_as_networkx_einsum(seed: int, count: int) -> None:
    rng = np.random.RandomState(seed)
    pos = rng.rand(count, 2)
    pos[count // 2] = pos[0]  # two coincident points: their distance is clipped
    upper = np.triu((rng.rand(count, count) < 0.05).astype(float), 1)
    adjacency = upper + upper.T
    k = np.sqrt(1.0 / count)
    delta = pos[:, np.newaxis, :] - pos[np.newaxis, :, :]
    distance = np.clip(np.linalg.norm(delta, axis=-1), 0.01, None)
    expected = np.einsum("ijk,ij->ik", delta, (k * k / distance**2 - adjacency * distance / k))
    assert html._fr_displacement(pos, adjacency, k).tobytes() == expected.tobytes()


def test_json_string_is_json_dumps() -> None:
    for text in ("", "园区", 'a"b\\c', "\n\t\x00\x1f\x7f", "\u2028\u2029", "\U0001f600", "</script>&"):
        assert html._json_string(text) == json.dumps(text, ensure_ascii=False)


def test_evidence_columns_with_and_without_aligned_triples() -> None:
    a, b, c = URIRef("urn:ev:a"), URIRef("urn:ev:b"), URIRef("urn:ev:c")
    p = RDF.subject
    aligned = [(a, p, Literal(1)), (b, p, Literal(2)), (c, p, Literal(3))]
    assert html._aligned([a, b, c], aligned)
    assert html._column([a, b, c], aligned) == [Literal(1), Literal(2), Literal(3)]
    # an equal but distinct term, another order, a missing node, a node with two objects: looked up
    assert not html._aligned([URIRef("urn:ev:a"), b, c], aligned)
    assert html._column([URIRef("urn:ev:a"), b, c], aligned) == [Literal(1), Literal(2), Literal(3)]
    assert html._column([c, b, a], aligned) == [Literal(3), Literal(2), Literal(1)]
    assert html._column([a, b, c], aligned[:2]) == [Literal(1), Literal(2), None]
    assert html._column([a, b], [(b, p, Literal(5)), (a, p, Literal(9)), (b, p, Literal(4))]) == \
        [Literal(9), Literal(4)]


def test_evidence_keeps_only_nodes_with_subject_predicate_and_object() -> None:
    s, o, art = URIRef("urn:x:s"), URIRef("urn:x:o"), URIRef("urn:x:art")
    full, partial = URIRef("urn:ev:full"), URIRef("urn:ev:partial")
    by_predicate = {
        str(RDF.subject): [(full, RDF.subject, s), (partial, RDF.subject, s)],
        str(RDF.predicate): [(full, RDF.predicate, HK.investor), (partial, RDF.predicate, HK.investor)],
        str(RDF.object): [(full, RDF.object, o)],
        str(HK.evidenceText): [(full, HK.evidenceText, Literal("句子")),
                               (partial, HK.evidenceText, Literal("x"))],
        str(HK.startOffset): [(full, HK.startOffset, Literal(3))],
    }
    found = html._evidence([full, partial], by_predicate, {str(full): [art]})
    assert found == {(str(s), str(HK.investor), str(o)): (html.Evidence("句子", str(art), 3, None),)}


def _evidence_columns(nodes: list[URIRef], rows: list[tuple]) -> dict[str, list]:
    """by_predicate for evidence ``nodes``, one row (s, p, o, text, start, end) each, written node by node."""
    by_predicate: dict[str, list] = {}
    for node, row in zip(nodes, rows, strict=True):
        for predicate, value in zip((RDF.subject, RDF.predicate, RDF.object, HK.evidenceText, HK.startOffset,
                                     HK.endOffset), row, strict=True):
            if value is not None:
                by_predicate.setdefault(str(predicate), []).append((node, predicate, value))
    return by_predicate


@pytest.mark.parametrize("shuffle", [False, True])
def test_evidence_of_a_triple_is_distinct_in_order_and_shared_across_facts(shuffle: bool) -> None:
    s, o, o2, art = URIRef("urn:x:s"), URIRef("urn:x:o"), URIRef("urn:x:o2"), URIRef("urn:x:art")
    nodes = [URIRef(f"urn:ev:{i}") for i in range(6)]
    rows = [(s, HK.investor, o, Literal("乙句"), Literal(9), Literal(12)),
            (s, HK.investor, o, Literal("甲句"), Literal(3), Literal(5)),
            (s, HK.investor, o, Literal("乙句"), Literal(9), Literal(12)),  # the same evidence again
            (s, HK.investor, o2, Literal("乙句"), Literal(9), Literal(12)),  # another fact, same sentence
            (s, HK.party, o, Literal("丙句"), Literal(9), Literal(12)),
            (s, HK.party, o, Literal("丙句"), None, Literal(12))]  # no start: it goes first
    by_predicate = _evidence_columns(nodes, rows)
    if shuffle:  # no longer node by node: every column looked up
        for triples in by_predicate.values():
            random.Random(3).shuffle(triples)
    found = html._evidence(nodes, by_predicate, {str(n): [art] for n in nodes})
    key = (str(s), str(HK.investor), str(o))
    assert found[key] == (html.Evidence("甲句", str(art), 3, 5), html.Evidence("乙句", str(art), 9, 12))
    assert found[key][1] is found[(str(s), str(HK.investor), str(o2))][0]
    assert found[(str(s), str(HK.party), str(o))] == (html.Evidence("丙句", str(art), None, 12),
                                                       html.Evidence("丙句", str(art), 9, 12))


def test_strings_is_str_of_each_term() -> None:
    terms = [URIRef("urn:x:a"), URIRef("urn:x:a"), Literal("urn:x:a"), BNode("b"), URIRef("urn:x:b"),
             Literal(3), Literal("3", datatype=XSD.integer), Literal("03", datatype=XSD.integer),
             URIRef("urn:x:a")]
    assert html._strings(terms) == list(map(str, terms))
    assert all(type(text) is str for text in html._strings(terms))
    assert html._strings([]) == []


def test_grouped_keeps_each_keys_values_in_order() -> None:
    assert html._grouped(["a", "b", "a", "c", "a"], [1, 2, 3, 4, 5]) == {"a": [1, 3, 5], "b": [2], "c": [4]}


def test_ints_is_int_of_each_value() -> None:
    assert html._ints([Literal(3), Literal("07"), Literal(12)]) == [3, 7, 12]
    values = [Literal(3), None, Literal("x"), Literal("1.5"), Literal(-2)]
    assert html._ints(values) == list(map(html._int, values)) == [3, None, None, None, -2]


def _merged_plainly(evidence: dict, additions: list[tuple]) -> tuple[html.Edge, ...]:
    """What _EdgeCollector.result gives, written plainly: each key's additions merged."""
    by_key: dict[tuple, list] = {}
    for key, triples, articles in additions:
        by_key.setdefault(key, []).append((triples, articles))
    edges = []
    for key in sorted(by_key):
        added = by_key[key]
        found = {ev for triples, _ in added for triple in triples for ev in evidence.get(triple, ())}
        articles = added[0][1] if len(added) == 1 else tuple(sorted({a for _, arts in added for a in arts}))
        edges.append(html.Edge(*key, tuple(sorted(found, key=html._evidence_order)), articles))
    return tuple(edges)


def test_edge_collector_merges_each_keys_additions() -> None:
    ev = {t: tuple(html.Evidence(f"句{i}", "urn:a", i, i + 1) for i in range(n))
          for n, t in enumerate([("s", "p", "o"), ("s", "p", "o2"), ("o", "q", "s"), ("x", "p", "y")])}
    ev[("x", "p", "y")] += (html.Evidence("句0", "urn:a", 0, 1),)  # what another triple has too
    additions = [
        (("s", "o", "k", "l"), (("s", "p", "o"),), ("urn:a",)),
        (("s", "o2", "k", "l"), (("s", "p", "o2"),), ()),
        (("s", "o", "k", "l"), (("o", "q", "s"),), ("urn:b", "urn:a")),  # the same key again
        (("a", "b", "holds", "主任"), (("s", "p", "o2"), ("x", "p", "y"), ("n", "o", "ne")), ("urn:c",)),
        (("a", "b", "holds", "书记"), (), ()),  # no triple at all
        (("a", "b", "k", "l"), (("n", "o", "ne"),), ()),
    ]
    collector = html._EdgeCollector(ev)
    collector.add(*additions[0])
    collector.add_each(*zip(*[(key, triples[0], articles) for key, triples, articles in additions[1:3]]))
    for addition in additions[3:5]:
        collector.add(*addition)
    collector.add_each([additions[5][0]], [additions[5][1][0]], [()])
    edges = collector.result()
    assert edges == _merged_plainly(ev, additions)
    assert all(type(e) is html.Edge for e in edges)
    assert [e.evidence for e in edges if e.label == "主任"] == [
        tuple(html.Evidence(f"句{i}", "urn:a", i, i + 1) for i in range(3))]  # 句0 once


def _story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("青岚高新区举行项目签约仪式\n\n3月1日，青岚高新区与星河微电子有限公司签署合作协议。\n",
                    encoding="utf-8")
    return path


def test_build_with_an_unknown_focus_is_a_usage_error_and_writes_nothing(tmp_path: Path, capsys) -> None:
    from kg.cli import main

    out = tmp_path / "out"
    status = main(["build", str(_story(tmp_path)), "--out", str(out), "--no-progress", "--no-validate",
                   "--focus", "没有这个园区"])
    assert status == 2
    assert "--focus" in capsys.readouterr().err
    assert not (out / "graph.html").exists() and not (out / "graph.ttl").exists()


def test_build_passes_max_nodes_to_the_page(tmp_path: Path) -> None:
    from kg.cli import main

    out = tmp_path / "out"
    status = main(["build", str(_story(tmp_path)), "--out", str(out), "--no-progress", "--no-validate",
                   "--max-nodes", "1"])
    assert status == 0
    data = _payload((out / "graph.html").read_text(encoding="utf-8"))
    assert data["meta"]["maxNodes"] == 1
    assert sum(n["k"] for n in data["nodes"]) == min(1, data["meta"]["nodes"])


def test_render_is_byte_identical_across_processes(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    ttl = tmp_path / "g.ttl"
    small_graph().serialize(ttl, format="turtle")
    code = ("import sys; from rdflib import Graph; from kg import html; "
            "sys.stdout.buffer.write(html.render(Graph().parse(sys.argv[1])).encode())")
    pages = [subprocess.run([sys.executable, "-c", code, str(ttl)], check=True, capture_output=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert pages[0] == pages[1]
    assert b"kg-data" in pages[0]


def test_render_pauses_cyclic_collection_and_restores_it() -> None:
    import gc

    enabled = gc.isenabled()
    try:
        gc.enable()
        with html.no_cyclic_collection():
            assert not gc.isenabled()
        assert gc.isenabled()
        with pytest.raises(LookupError), html.no_cyclic_collection():
            raise LookupError
        assert gc.isenabled()
        gc.disable()
        with html.no_cyclic_collection():
            pass
        assert not gc.isenabled()
    finally:
        if enabled:
            gc.enable()


def test_render_encoded_is_the_page_in_utf8_pieces() -> None:
    graph = small_graph()
    pieces = html.render(graph, encoded=True)
    assert all(isinstance(piece, bytes) for piece in pieces) and len(pieces) > 1
    assert b"".join(pieces).decode("utf-8") == html.render(graph)
    data = html.payload(html.read_view(graph))
    assert b"".join(html.page_parts(data)).decode("utf-8") == html.page(data)


def test_edges_json_is_json_dumps_of_the_edges() -> None:
    ev = html.Evidence("句<子>&\u2028", "urn:a", 3, None)
    edges = (html.Edge("urn:s", "urn:t", "investor", "投资", (ev, html.Evidence("b", "urn:zz")),
                       ("urn:a", "urn:x")),
             html.Edge("urn:t", "urn:s", "other", "名\"字", (ev,), ("urn:a",)),
             html.Edge("urn:s", "urn:s2", "mentioned", "提及"))
    nodes, articles = {"urn:s": 0, "urn:t": 1, "urn:s2": 2}, {"urn:a": 0}
    expected = [{"e": [["句<子>&\u2028", 0, 3, -1], ["b", -1, -1, -1]], "k": html.KIND_INDEX["investor"],
                 "l": "投资", "r": [0], "s": 0, "t": 1},
                {"e": [["句<子>&\u2028", 0, 3, -1]], "k": html.KIND_INDEX["other"], "l": "名\"字", "r": [0],
                 "s": 1, "t": 0},
                {"e": [], "k": html.KIND_INDEX["mentioned"], "l": "提及", "r": [], "s": 0, "t": 2}]
    text = html._edges_json(edges, nodes, articles)
    assert text.decode() == json.dumps(expected, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert html._edges_json((), nodes, articles) == b"[]"


def test_render_hands_what_it_is_done_with_to_keep() -> None:
    kept: list[object] = []
    assert html.render(small_graph(), keep=kept.append) == html.render(small_graph())
    assert [type(k) for k in kept] == [html.View, dict]


@pytest.mark.parametrize("seed", range(5))
def test_edge_collector_merges_like_the_plain_version_on_random_additions(seed: int) -> None:
    rng = random.Random(seed)
    triples = [(f"s{i % 4}", "p", f"o{i}") for i in range(12)]
    ev = {t: tuple(sorted({html.Evidence(f"句{rng.randrange(5)}", "urn:a", rng.randrange(3), 9)
                           for _ in range(rng.randrange(4))}, key=html._evidence_order)) for t in triples}
    additions = []
    collector = html._EdgeCollector(ev)
    for _ in range(rng.randrange(1, 40)):
        key = (f"s{rng.randrange(3)}", f"t{rng.randrange(3)}", "k", rng.choice("lm"))
        found = tuple(rng.sample(triples, rng.choice([0, 1, 1, 1, 2, 3])))
        articles = tuple(sorted(rng.sample(["urn:a", "urn:b", "urn:c"], rng.randrange(3))))
        additions.append((key, found, articles))
        if len(found) == 1 and rng.random() < 0.5:
            collector.add_each([key], found, [articles])
        else:
            collector.add(key, found, articles)
    assert collector.result() == _merged_plainly(ev, additions)
