"""``kg query`` and ``kg.store``: SPARQL over a small hand-written graph in the contract's shape."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import store
from kg.cli import main

SENTENCE_1 = ("青岚高新区与江南星河科技有限公司签订投资协议，"
              "星河科技智能传感器产业园项目落户青岚高新区，总投资26亿元。")
SENTENCE_2 = "青岚高新区党工委书记林嘉禾与江南星河科技有限公司董事长苏文博代表双方签约。"

# A hand-written graph in the contract's shape (invented places and names). Other test modules
# import SAMPLE_TTL from here.
SAMPLE_TTL = """\
PREFIX hk: <https://w3id.org/hitech-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX zone: <https://w3id.org/hitech-kg/id/zone/>
PREFIX area: <https://w3id.org/hitech-kg/id/administrativearea/>
PREFIX co: <https://w3id.org/hitech-kg/id/company/>
PREFIX gov: <https://w3id.org/hitech-kg/id/governmentbody/>
PREFIX person: <https://w3id.org/hitech-kg/id/person/>
PREFIX post: <https://w3id.org/hitech-kg/id/post/>
PREFIX role: <https://w3id.org/hitech-kg/id/role/>
PREFIX project: <https://w3id.org/hitech-kg/id/project/>
PREFIX agreement: <https://w3id.org/hitech-kg/id/agreement/>
PREFIX industry: <https://w3id.org/hitech-kg/id/industry/>
PREFIX policy: <https://w3id.org/hitech-kg/id/policy/>
PREFIX article: <https://w3id.org/hitech-kg/id/article/>
PREFIX evidence: <https://w3id.org/hitech-kg/id/evidence/>

article:a1 a hk:Article ;
    dcterms:title "青岚高新区签下26亿元传感器项目"@zh ;
    dcterms:creator "许青"@zh ;
    dcterms:date "2024-05-06"^^xsd:date ;
    schema:articleBody "本报讯 SENTENCE_1SENTENCE_2"@zh ;
    hk:sourceFile "news/qinglan.txt" .

area:jiangnan a hk:AdministrativeArea ; rdfs:label "江南省"@zh .
area:qinglan a hk:AdministrativeArea ; rdfs:label "青岚市"@zh ; skos:altLabel "青岚"@zh ;
    hk:locatedIn area:jiangnan .
area:baishi a hk:AdministrativeArea ; rdfs:label "白石市"@zh ; hk:locatedIn area:jiangnan .

zone:qinglan a hk:Zone ; rdfs:label "青岚高新区"@zh ; skos:altLabel "青岚高新技术产业开发区"@zh ;
    hk:locatedIn area:qinglan ; hk:developsIndustry industry:sensor, industry:materials ;
    hk:participatesIn policy:pilot ; hk:mentionedIn article:a1 .
zone:baishi a hk:Zone ; rdfs:label "白石经开区"@zh ; hk:locatedIn area:baishi ;
    hk:leadingIndustry industry:sensor .

industry:sensor a hk:Industry, skos:Concept ; rdfs:label "智能传感"@zh .
industry:materials a hk:Industry, skos:Concept ; rdfs:label "新材料"@zh .

co:xinghe a hk:Company ; rdfs:label "江南星河科技有限公司"@zh ; skos:altLabel "星河科技"@zh ;
    hk:mentionedIn article:a1 .
co:yunsuan a hk:Company ; rdfs:label "白石云算有限公司"@zh .
gov:kjt a hk:GovernmentBody ; rdfs:label "江南省科技厅"@zh .
policy:pilot a hk:Policy ; rdfs:label "江南省特色园区试点"@zh ; hk:issuedBy gov:kjt .

person:lin a hk:Person ; rdfs:label "林嘉禾"@zh ; org:holds post:lin-sj ; hk:mentionedIn article:a1 .
person:su a hk:Person ; rdfs:label "苏文博"@zh ; org:holds post:su-dsz .
post:lin-sj a org:Post ; org:postIn zone:qinglan ; org:role role:sj ; prov:wasDerivedFrom article:a1 .
post:su-dsz a org:Post ; org:postIn co:xinghe ; org:role role:dsz ; prov:wasDerivedFrom article:a1 .
role:sj a org:Role ; rdfs:label "党工委书记"@zh .
role:dsz a org:Role ; rdfs:label "董事长"@zh .

project:sensor a hk:Project ; rdfs:label "星河科技智能传感器产业园项目"@zh ; hk:investor co:xinghe ;
    hk:locatedIn zone:qinglan ; hk:investmentCNY "2600000000"^^xsd:decimal ;
    prov:wasDerivedFrom article:a1 .
project:dc a hk:Project ; rdfs:label "白石数据中心项目"@zh ; hk:investor co:yunsuan ;
    hk:locatedIn zone:baishi ; hk:investmentCNY "500000000"^^xsd:decimal .

agreement:a1 a hk:Agreement ; hk:party zone:qinglan, co:xinghe ; hk:signatory person:lin, person:su ;
    prov:wasDerivedFrom article:a1 .

evidence:e1 a hk:Evidence ; rdf:subject project:sensor ; rdf:predicate hk:investor ; rdf:object co:xinghe ;
    prov:wasDerivedFrom article:a1 ;
    hk:evidenceText "SENTENCE_1"@zh ;
    hk:startOffset 4 ; hk:endOffset 57 .
evidence:e2 a hk:Evidence ; rdf:subject person:lin ; rdf:predicate org:holds ; rdf:object post:lin-sj ;
    prov:wasDerivedFrom article:a1 ;
    hk:evidenceText "SENTENCE_2"@zh ;
    hk:startOffset 57 ; hk:endOffset 94 .
""".replace("SENTENCE_1", SENTENCE_1).replace("SENTENCE_2", SENTENCE_2)

ZONE_Q = "https://w3id.org/hitech-kg/id/zone/qinglan"
LABELS = "SELECT ?zone ?label WHERE { ?zone a hk:Zone ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    folder = tmp_path / "built"
    folder.mkdir()
    (folder / "graph.ttl").write_text(SAMPLE_TTL, encoding="utf-8")
    return folder


def kg_query(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["query", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_sample_loads_into_the_store(sample: Path) -> None:
    graph = store.open_store(sample)
    assert len(graph) > 60
    assert bool(store.execute(graph, "ASK { ?p hk:investmentCNY ?v FILTER(?v = 2600000000) }").boolean)


def test_select_table_is_aligned_for_chinese(sample: Path, capsys) -> None:
    status, out, _ = kg_query(capsys, "--graph", str(sample), LABELS)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["zone", "label"]
    assert "白石经开区" in lines[2] and "青岚高新区" in lines[3]
    # The label column starts at the same display column on every row.
    starts = {store.width(line[: line.index(marker)]) for line, marker in
              [(lines[0], "label"), (lines[2], "白石"), (lines[3], "青岚")]}
    assert len(starts) == 1
    assert lines[-1] == "(2 rows)"


def test_table_widths_count_cjk_as_two() -> None:
    assert store.width("abc") == 3
    assert store.width("高新区") == 6
    assert store.width("ＡＢ") == 4  # full-width


def test_select_csv_and_json_give_the_same_rows(sample: Path, capsys) -> None:
    _, out_csv, _ = kg_query(capsys, "--graph", str(sample), "--format", "csv", LABELS)
    rows = list(csv.reader(io.StringIO(out_csv)))
    assert rows == [["zone", "label"], ["https://w3id.org/hitech-kg/id/zone/baishi", "白石经开区"],
                    [ZONE_Q, "青岚高新区"]]
    _, out_json, _ = kg_query(capsys, "--graph", str(sample), "--format", "json", LABELS)
    data = json.loads(out_json)
    assert data["head"]["vars"] == ["zone", "label"]
    assert data["results"]["bindings"][1] == {
        "zone": {"type": "uri", "value": ZONE_Q},
        "label": {"type": "literal", "value": "青岚高新区", "xml:lang": "zh"}}


def test_select_tsv_uses_ntriples_terms(sample: Path, capsys) -> None:
    query = "SELECT ?amount WHERE { ?p hk:investmentCNY ?amount } ORDER BY DESC(?amount)"
    status, out, _ = kg_query(capsys, "-g", str(sample), "--format", "tsv", query)
    assert status == 0
    assert out.splitlines() == ["?amount", '"2600000000"^^<http://www.w3.org/2001/XMLSchema#decimal>',
                                '"500000000"^^<http://www.w3.org/2001/XMLSchema#decimal>']


def test_ask(sample: Path, capsys) -> None:
    assert kg_query(capsys, "-g", str(sample), "ASK { ?z a hk:Zone }")[1] == "true\n"
    assert kg_query(capsys, "-g", str(sample), "ASK { ?z a hk:Event }")[1] == "false\n"
    assert json.loads(kg_query(capsys, "-g", str(sample), "--format", "json", "ASK {}")[1])["boolean"] is True


def test_construct_prints_turtle_and_ntriples(sample: Path, capsys) -> None:
    query = "CONSTRUCT { ?z rdfs:label ?l } WHERE { ?z a hk:Zone ; rdfs:label ?l }"
    status, out, _ = kg_query(capsys, "-g", str(sample), query)
    assert status == 0
    parsed = list(ox.parse(out.encode(), format=ox.RdfFormat.TURTLE))
    assert len(parsed) == 2
    assert "PREFIX rdfs:" in out or "@prefix rdfs:" in out
    _, out_nt, _ = kg_query(capsys, "-g", str(sample), "--format", "nt", query)
    assert sorted(out_nt.splitlines()) == out_nt.splitlines()
    assert f'<{ZONE_Q}> <http://www.w3.org/2000/01/rdf-schema#label> "青岚高新区"@zh .' in out_nt.splitlines()


def test_describe_returns_the_resource_description(sample: Path, capsys) -> None:
    status, out, _ = kg_query(capsys, "-g", str(sample), "--format", "nt", f"DESCRIBE <{ZONE_Q}>")
    assert status == 0
    lines = out.splitlines()
    assert all(line.startswith(f"<{ZONE_Q}>") for line in lines)
    assert any("participatesIn" in line for line in lines)
    assert len(lines) == 8


def test_query_from_a_file_and_an_rdf_file_path(sample: Path, tmp_path: Path, capsys) -> None:
    rq = tmp_path / "zones.rq"
    rq.write_text("# zones\n" + LABELS + "\n", encoding="utf-8")
    status, out, _ = kg_query(capsys, "-g", str(sample / "graph.ttl"), "--file", str(rq), "--format", "csv")
    assert status == 0 and out.count("\r\n") == 3


def test_malformed_query_reports_line_and_column(sample: Path, capsys) -> None:
    status, out, err = kg_query(capsys, "-g", str(sample), "SELECT ?z WHERE {\n  ?z a\n}")
    assert status == 2 and out == ""
    assert re.search(r"line 3, column \d+", err)
    assert "query" in err


def test_update_is_refused(sample: Path, capsys) -> None:
    status, _, err = kg_query(capsys, "-g", str(sample),
                              "PREFIX hk: <https://w3id.org/hitech-kg/ontology#>\nDELETE WHERE { ?s ?p ?o }")
    assert status == 2 and "read-only" in err
    graph = store.open_store(sample)
    with pytest.raises(store.ReadOnlyError):
        store.execute(graph, "INSERT DATA { <http://a> <http://b> <http://c> }")
    assert store.is_update("# c\nprefix x: <http://x#>\n  insert { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert not store.is_update("SELECT * WHERE { ?s <http://x/insert> ?o }")
    assert not store.is_update("# Who signed agreements with a company?\nSELECT * WHERE { ?s ?p ?o }")


def test_bad_usage_and_missing_graph(tmp_path: Path, capsys) -> None:
    status, _, err = kg_query(capsys, "-g", str(tmp_path), "ASK {}")
    assert status == 2 and "graph.ttl" in err
    status, _, err = kg_query(capsys, "-g", str(tmp_path / "missing"), "ASK {}")
    assert status == 2 and "no graph here" in err
    assert kg_query(capsys, "-g", str(tmp_path))[0] == 2  # neither text nor --file


def test_malformed_graph_file_is_bad_input(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('<http://a> <http://b> "unterminated .\n', encoding="utf-8")
    status, _, err = kg_query(capsys, "-g", str(bad), "ASK {}")
    assert status == 2 and "bad.ttl" in err and "not valid Turtle" in err


def test_select_with_a_graph_format_is_a_usage_error(sample: Path, capsys) -> None:
    status, _, err = kg_query(capsys, "-g", str(sample), "--format", "nt", LABELS)
    assert status == 2 and "CONSTRUCT" in err


def test_max_rows_truncates(sample: Path, capsys) -> None:
    status, out, err = kg_query(capsys, "-g", str(sample), "--max-rows", "1", LABELS)
    assert status == 0
    assert out.splitlines()[-1] == "(1 row, truncated)"
    assert "truncated" in err


def test_timeout_stops_a_slow_query(sample: Path) -> None:
    graph = store.open_store(sample)
    slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # a million rows, streamed
    with pytest.raises(store.QueryTimeoutError):
        store.run(graph, slow, timeout=0.05)
    fast = store.run(graph, LABELS, timeout=10)
    assert len(fast.rows) == 2


def test_curie_prefers_the_longest_namespace() -> None:
    assert store.curie("https://w3id.org/hitech-kg/ontology#Zone") == "hk:Zone"
    assert store.curie("https://w3id.org/hitech-kg/id/zone/x") == "id:zone/x"
    assert store.curie("http://example.org/x") == "<http://example.org/x>"
