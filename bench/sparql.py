"""SPARQL benchmark: a synthetic graph in the contract's shape, on pyoxigraph and on rdflib.

    .venv/bin/python bench/sparql.py                   # about 1,000,000 triples
    .venv/bin/python bench/sparql.py --triples 20000   # a quick run
    .venv/bin/python bench/sparql.py --no-rdflib       # Oxigraph only

Prints one line per measurement: engine, step, seconds, and rows or triples.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox

ID = "https://w3id.org/hitech-kg/id/"
HK = "https://w3id.org/hitech-kg/ontology#"
ORG = "http://www.w3.org/ns/org#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

PREFIXES = f"""PREFIX hk: <{HK}>
PREFIX org: <{ORG}>
PREFIX rdfs: <{RDFS}>
"""
#: person → post → zone, the zone's city located in a province.
TWO_HOP = PREFIXES + """SELECT ?person ?zone ?province WHERE {
  ?p org:holds ?post ; rdfs:label ?person .
  ?post org:postIn ?z .
  ?z a hk:Zone ; rdfs:label ?zone ; hk:locatedIn ?city .
  ?city hk:locatedIn ?prov .
  ?prov rdfs:label ?province .
}"""
#: every label holding 高新 (the zones' names).
LABEL_SEARCH = PREFIXES + 'SELECT ?e ?label WHERE { ?e rdfs:label ?label FILTER CONTAINS(?label, "高新") }'
COUNT_BY_TYPE = "SELECT ?c (COUNT(*) AS ?n) WHERE { ?s a ?c } GROUP BY ?c"

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文斌鹏晓东海涛立新光远思"
PLACES = "青岚白石临江云川南屏北渚东湾西岭安和永宁嘉兴泰丰汇源凌霄春晖金沙玉泉"
ROLES = ("党工委书记", "党工委副书记", "管委会主任", "管委会副主任", "董事长", "总经理", "副区长")
INDUSTRIES = ("集成电路", "人工智能", "生物医药", "新材料", "新能源汽车", "光电子信息", "高端装备制造",
              "量子信息", "航空航天", "数字创意", "节能环保", "现代服务业")


def _name(rng: random.Random, chars: str, length: int) -> str:
    return "".join(rng.choice(chars) for _ in range(length))


def triples(target: int, *, seed: int = 7) -> Iterator[ox.Triple]:
    """About ``target`` triples: areas, zones, industries, companies, people with posts, projects,
    articles and an evidence node per fact, in the contract's shape (about 89 triples per unit)."""
    rng = random.Random(seed)
    n = lambda kind, i: ox.NamedNode(f"{ID}{kind}/{i}")  # noqa: E731
    p = ox.NamedNode
    zh = lambda text: ox.Literal(text, language="zh")  # noqa: E731
    integer = lambda value: ox.Literal(str(value), datatype=p(XSD + "integer"))  # noqa: E731
    decimal = lambda value: ox.Literal(str(value), datatype=p(XSD + "decimal"))  # noqa: E731
    person_name = lambda: _name(rng, SURNAMES, 1) + _name(rng, GIVEN, 2)  # noqa: E731
    a, label = p(RDF + "type"), p(RDFS + "label")
    units = max(1, target // 89)
    provinces, cities = max(2, units // 300), max(4, units // 30)
    for i in range(provinces):
        yield ox.Triple(n("area", f"p{i}"), a, p(HK + "AdministrativeArea"))
        yield ox.Triple(n("area", f"p{i}"), label, zh(_name(rng, PLACES, 2) + f"省{i}"))
    for i in range(cities):
        city = n("area", f"c{i}")
        yield ox.Triple(city, a, p(HK + "AdministrativeArea"))
        yield ox.Triple(city, label, zh(_name(rng, PLACES, 2) + f"市{i}"))
        yield ox.Triple(city, p(HK + "locatedIn"), n("area", f"p{i % provinces}"))
    for i, industry in enumerate(INDUSTRIES):
        yield ox.Triple(n("industry", i), a, p(HK + "Industry"))
        yield ox.Triple(n("industry", i), a, p(SKOS + "Concept"))
        yield ox.Triple(n("industry", i), label, zh(industry))
        yield ox.Triple(n("industry", i), p(SKOS + "inScheme"), n("scheme", "industries"))
    for i, role in enumerate(ROLES):
        yield ox.Triple(n("role", i), a, p(ORG + "Role"))
        yield ox.Triple(n("role", i), label, zh(role))
    evidence = 0
    for u in range(units):
        article, zone = n("article", u), n("zone", u)
        place = _name(rng, PLACES, 2)
        body = f"本报讯 {place}高新区{u}与企业签约，项目总投资{rng.randint(1, 200)}亿元。"
        yield from (ox.Triple(article, a, p(HK + "Article")),
                    ox.Triple(article, p(DCT + "title"), zh(f"{place}高新区{u}签约新项目")),
                    ox.Triple(article, p(DCT + "creator"), zh(person_name())),
                    ox.Triple(article, p(SCHEMA + "articleBody"), zh(body)),
                    ox.Triple(article, p(DCT + "date"), ox.Literal(f"2024-{1 + u % 12:02d}-{1 + u % 28:02d}",
                                                                   datatype=p(XSD + "date"))),
                    ox.Triple(article, p(HK + "sourceFile"), ox.Literal(f"news/{u}.txt")))
        yield from (ox.Triple(zone, a, p(HK + "Zone")),
                    ox.Triple(zone, label, zh(f"{place}高新区{u}")),
                    ox.Triple(zone, p(SKOS + "altLabel"), zh(f"{place}高新技术产业开发区{u}")),
                    ox.Triple(zone, p(HK + "locatedIn"), n("area", f"c{u % cities}")),
                    ox.Triple(zone, p(HK + "mentionedIn"), article))
        for industry in rng.sample(range(len(INDUSTRIES)), 3):
            yield ox.Triple(zone, p(HK + "developsIndustry"), n("industry", industry))
        companies = [n("company", f"{u}-{k}") for k in range(2)]
        for k, company in enumerate(companies):
            short = _name(rng, PLACES, 2) + _name(rng, GIVEN, 2)
            yield from (ox.Triple(company, a, p(HK + "Company")),
                        ox.Triple(company, label, zh(f"{short}科技有限公司{u}-{k}")),
                        ox.Triple(company, p(SKOS + "altLabel"), zh(short)),
                        ox.Triple(company, p(HK + "mentionedIn"), article))
        facts: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]] = []
        for k in range(3):
            person, post = n("person", f"{u}-{k}"), n("post", f"{u}-{k}")
            where = zone if k < 2 else companies[0]
            yield from (ox.Triple(person, a, p(HK + "Person")),
                        ox.Triple(person, label, zh(person_name())),
                        ox.Triple(person, p(ORG + "holds"), post),
                        ox.Triple(post, a, p(ORG + "Post")),
                        ox.Triple(post, p(ORG + "postIn"), where),
                        ox.Triple(post, p(ORG + "role"), n("role", rng.randrange(len(ROLES)))),
                        ox.Triple(post, p(PROV + "wasDerivedFrom"), article))
            facts.append((person, p(ORG + "holds"), post))
        project = n("project", u)
        yield from (ox.Triple(project, a, p(HK + "Project")),
                    ox.Triple(project, label, zh(f"{place}智能制造产业园项目{u}")),
                    ox.Triple(project, p(HK + "investor"), companies[0]),
                    ox.Triple(project, p(HK + "locatedIn"), zone),
                    ox.Triple(project, p(HK + "investmentCNY"),
                              decimal(rng.randint(1, 200) * 100_000_000)),
                    ox.Triple(project, p(PROV + "wasDerivedFrom"), article))
        facts += [(project, p(HK + "investor"), companies[0]), (project, p(HK + "locatedIn"), zone)]
        for s, pred, o in facts:
            ev = n("evidence", evidence)
            evidence += 1
            yield from (ox.Triple(ev, a, p(HK + "Evidence")),
                        ox.Triple(ev, p(RDF + "subject"), s),
                        ox.Triple(ev, p(RDF + "predicate"), pred),
                        ox.Triple(ev, p(RDF + "object"), o),
                        ox.Triple(ev, p(PROV + "wasDerivedFrom"), article),
                        ox.Triple(ev, p(HK + "evidenceText"), zh(body[4:])),
                        ox.Triple(ev, p(HK + "startOffset"), integer(4)),
                        ox.Triple(ev, p(HK + "endOffset"), integer(len(body))))


def timed(action: Callable[[], int]) -> tuple[float, int]:
    gc.collect()
    start = time.perf_counter()
    count = action()
    return time.perf_counter() - start, count


def report(engine: str, step: str, seconds: float, count: int, unit: str) -> None:
    print(f"{engine:<10} {step:<24} {seconds:8.3f} s  {count:>10,} {unit}", flush=True)


def bench_oxigraph(path: Path, repeat: int) -> None:
    store = ox.Store()
    seconds, _ = timed(lambda: store.load(path=str(path), format=ox.RdfFormat.TURTLE) or 0)
    report("pyoxigraph", "load Turtle", seconds, len(store), "triples")
    del store
    store = ox.Store()  # what kg.store.open_store does
    seconds, _ = timed(lambda: store.load(path=str(path), format=ox.RdfFormat.TURTLE, lenient=True) or 0)
    report("pyoxigraph", "load Turtle, lenient", seconds, len(store), "triples")
    for step, query in [("count per type", COUNT_BY_TYPE), ("two-hop join", TWO_HOP),
                        ("label search CONTAINS", LABEL_SEARCH)]:
        best = min(timed(lambda q=query: sum(1 for _ in store.query(q))) for _ in range(repeat))
        report("pyoxigraph", step, best[0], best[1], "rows")


def bench_rdflib(path: Path) -> None:
    from rdflib import Graph

    graph = Graph()
    seconds, _ = timed(lambda: len(graph.parse(path, format="turtle")))
    report("rdflib", "load Turtle", seconds, len(graph), "triples")
    for step, query in [("count per type", COUNT_BY_TYPE), ("two-hop join", TWO_HOP),
                        ("label search CONTAINS", LABEL_SEARCH)]:
        seconds, count = timed(lambda q=query: sum(1 for _ in graph.query(q)))
        report("rdflib", step, seconds, count, "rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="about how many triples (default 1M)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="runs per Oxigraph query; the best is shown")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib (slow on 1M triples)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        path = Path(tmp) / "graph.ttl"
        data = list(triples(args.triples, seed=args.seed))
        seconds, _ = timed(lambda: ox.serialize(data, output=str(path), format=ox.RdfFormat.TURTLE) or 0)
        report("pyoxigraph", "write Turtle", seconds, len(data), "triples")
        print(f"{'':<10} {'graph file':<24} {path.stat().st_size / 1e6:8.1f} MB", flush=True)
        data.clear()
        bench_oxigraph(path, args.repeat)
        if not args.no_rdflib:
            bench_rdflib(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
