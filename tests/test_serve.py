"""``kg serve``: a real HTTP endpoint on loopback, queried by SPARQLWrapper and by plain urllib."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from test_query import SAMPLE_TTL

from kg import server, store
from kg.cli import main

ROWS_QUERY = """PREFIX hk: <https://w3id.org/hitech-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person ?role ?org WHERE {
  ?p org:holds ?post ; rdfs:label ?person .
  ?post org:role/rdfs:label ?role ; org:postIn/rdfs:label ?org .
} ORDER BY ?person ?role"""
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    folder = tmp_path / "built"
    folder.mkdir()
    (folder / "graph.ttl").write_text(SAMPLE_TTL, encoding="utf-8")
    (folder / "graph.html").write_text("<!doctype html><title>探索</title><p>图谱</p>", encoding="utf-8")
    return folder


def start(folder: Path, **limits) -> tuple[server.SparqlServer, threading.Thread]:
    settings = server.Settings(html=folder / "graph.html", **limits)
    httpd = server.make_server(store.open_store(folder), host="127.0.0.1", port=0, settings=settings)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return httpd, thread


@pytest.fixture()
def endpoint(built: Path) -> Iterator[str]:
    httpd, thread = start(built)
    yield httpd.url
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def fetch(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8")


def get(base: str, query: str, accept: str | None = None):
    return fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": query}),
                 headers={"Accept": accept} if accept else {})


def binding_rows(data: dict) -> list[tuple[str, ...]]:
    names = data["head"]["vars"]
    return [tuple(b[n]["value"] if n in b else "" for n in names) for b in data["results"]["bindings"]]


def test_sparqlwrapper_gets_the_same_rows_as_kg_query(built: Path, endpoint: str, capsys) -> None:
    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery(ROWS_QUERY)
    client.setReturnFormat(JSON)
    over_http = binding_rows(client.query().convert())

    assert main(["query", "--graph", str(built), "--format", "json", ROWS_QUERY]) == 0
    local = binding_rows(json.loads(capsys.readouterr().out))
    assert over_http == local
    assert over_http == [("林嘉禾", "党工委书记", "青岚高新区"), ("苏文博", "董事长", "江南星河科技有限公司")]

    client.setMethod(POST)  # form-encoded POST gives the same rows
    assert binding_rows(client.query().convert()) == local


def test_sparqlwrapper_construct_as_turtle(endpoint: str) -> None:
    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery("CONSTRUCT { ?z rdfs:label ?l } WHERE { ?z a hk:Zone ; rdfs:label ?l }")
    client.setReturnFormat(TURTLE)
    text = client.query().convert()
    triples = list(ox.parse(text, format=ox.RdfFormat.TURTLE))
    assert sorted(t.object.value for t in triples) == ["白石经开区", "青岚高新区"]


def test_updates_are_refused_and_change_nothing(endpoint: str) -> None:
    before = json.loads(get(endpoint, COUNT)[2])["results"]["bindings"][0]["n"]["value"]
    insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    delete = "DELETE WHERE { ?s ?p ?o }"

    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setMethod(POST)
    client.setQuery(delete)  # SPARQLWrapper sends this as update=
    with pytest.raises(Exception, match="403"):
        client.query()

    form = urllib.parse.urlencode({"update": insert}).encode()
    assert fetch(f"{endpoint}/sparql", data=form,
                 headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert fetch(f"{endpoint}/sparql", data=delete.encode(),
                 headers={"Content-Type": "application/sparql-update"})[0] == 403
    assert get(endpoint, delete)[0] == 403  # an update smuggled in query=
    status, _, body = fetch(f"{endpoint}/sparql", data=insert.encode(),
                            headers={"Content-Type": "application/sparql-query"})
    assert status == 403 and "read-only" in body
    assert fetch(f"{endpoint}/sparql", data=b"", headers={"X-Method": "x"})[0] in (400, 415)

    after = json.loads(get(endpoint, COUNT)[2])["results"]["bindings"][0]["n"]["value"]
    assert after == before and int(after) > 60


def test_result_formats_by_accept(endpoint: str) -> None:
    query = "SELECT ?l WHERE { ?z a hk:Zone ; rdfs:label ?l } ORDER BY ?l"
    status, headers, body = get(endpoint, query, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(body))) == [["l"], ["白石经开区"], ["青岚高新区"]]
    status, headers, body = get(endpoint, query, "text/tab-separated-values")
    assert body.splitlines() == ["?l", '"白石经开区"@zh', '"青岚高新区"@zh']
    status, headers, body = get(endpoint, query, "application/sparql-results+xml")
    assert headers["Content-Type"].startswith("application/sparql-results+xml")
    assert '<literal xml:lang="zh">青岚高新区</literal>' in body
    status, headers, body = get(endpoint, query, "text/html, application/sparql-results+json;q=0.9")
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, body = get(endpoint, "ASK { ?z a hk:Zone }")
    assert json.loads(body) == {"head": {}, "boolean": True}


def test_graph_formats_by_accept(endpoint: str) -> None:
    query = "DESCRIBE <https://w3id.org/hitech-kg/id/zone/qinglan>"
    for accept, fmt in [("text/turtle", ox.RdfFormat.TURTLE),
                        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                        ("application/rdf+xml", ox.RdfFormat.RDF_XML)]:
        status, headers, body = get(endpoint, query, accept)
        assert status == 200 and headers["Content-Type"].startswith(accept)
        assert len(list(ox.parse(body.encode(), format=fmt))) == 8


def test_post_sparql_query_body(endpoint: str) -> None:
    status, _, body = fetch(f"{endpoint}/sparql", data=ROWS_QUERY.encode(),
                            headers={"Content-Type": "application/sparql-query; charset=utf-8"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2


def test_errors(endpoint: str) -> None:
    status, _, body = get(endpoint, "SELECT ?z WHERE {\n ?z a\n}")
    assert status == 400 and "line 3" in body
    assert fetch(f"{endpoint}/sparql")[0] == 400
    assert fetch(f"{endpoint}/nothing")[0] == 404


def test_explorer_page_at_root(endpoint: str) -> None:
    status, headers, body = fetch(f"{endpoint}/")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and "图谱" in body


def test_time_limit_and_row_cap(built: Path) -> None:
    httpd, thread = start(built, timeout=0.05, max_rows=3)
    try:
        status, _, body = get(httpd.url, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        assert status == 503 and "longer than" in body
        status, headers, body = get(httpd.url, "SELECT ?s WHERE { ?s ?p ?o }")
        assert status == 200 and headers["X-KG-Truncated"] == "3"
        assert len(json.loads(body)["results"]["bindings"]) == 3
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_accept_negotiation() -> None:
    assert server.accepted("a/b;q=0.5, c/d, e/f;q=0") == ["c/d", "a/b"]
    assert server.choose_format("select", "*/*") == "json"
    assert server.choose_format("graph", "application/sparql-results+json") == "ttl"
    assert server.choose_format("select", None, "csv") == "csv"
    assert server.choose_format("graph", "text/turtle", "json") == "ttl"
