"""Turn a ``BuildResult`` into an rdflib graph under the contract's terms."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import RDF, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS, XSD

from kg import facts
from kg.facts import Triple
from kg.iri import mint
from kg.model import Article, BuildResult
from kg.namespace import HK

SCHEMA = Namespace("https://schema.org/")
ID = Namespace("https://w3id.org/hitech-kg/id/")

PREFIXES = {
    "hk": Namespace(str(HK._NS)),
    "id": ID,
    "org": ORG,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "prov": PROV,
    "xsd": XSD,
}


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def article_iri(article: Article):
    return mint("article", article.id)


def article_triples(article: Article) -> Iterator[Triple]:
    """The triples describing one article: type, titles, creators, body, date, url, outlet, source."""
    node = article_iri(article)
    yield node, RDF.type, HK.Article
    for title in article.titles:
        yield node, DCTERMS.title, Literal(title, lang="zh")
    for creator in article.creators:
        yield node, DCTERMS.creator, Literal(creator, lang="zh")
    yield node, SCHEMA.articleBody, Literal(article.text, lang="zh")
    if article.date:
        yield node, DCTERMS.date, Literal(article.date, datatype=XSD.date)
    if article.url:
        yield node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)
    if article.outlet:
        yield node, DCTERMS.publisher, Literal(article.outlet, lang="zh")
    yield node, HK.sourceFile, Literal(article.source)
    if article.line is not None:
        yield node, HK.sourceLine, Literal(article.line)


def add_article(graph: Graph, article: Article) -> None:
    graph.addN((s, p, o, graph) for s, p, o in article_triples(article))


def triples(result: BuildResult) -> list[Triple]:
    """Every triple of the build's graph, each once: articles, then entities and facts (``kg.facts``).

    The same triples ``to_rdf`` puts in a graph, without rdflib's store: the build writes Turtle, the
    explorer and validates from this list (a store costs more than all three together).
    """
    found: dict[Triple, None] = {}
    for article in result.articles:
        found.update(dict.fromkeys(article_triples(article)))
    found.update(dict.fromkeys(facts.fact_triples(result.articles, result.entities, result.relations)))
    return list(found)


def to_rdf(result: BuildResult) -> Graph:
    """The whole graph of a build: articles, then entities and facts (see ``kg.facts``)."""
    graph = new_graph()
    graph.addN((s, p, o, graph) for s, p, o in triples(result))
    return graph
