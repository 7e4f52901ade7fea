"""Turn a ``BuildResult`` into an rdflib graph under the contract's terms."""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS, XSD

from kg import facts
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


def add_article(graph: Graph, article: Article) -> None:
    node = article_iri(article)
    graph.add((node, RDF.type, HK.Article))
    for title in article.titles:
        graph.add((node, DCTERMS.title, Literal(title, lang="zh")))
    for creator in article.creators:
        graph.add((node, DCTERMS.creator, Literal(creator, lang="zh")))
    graph.add((node, SCHEMA.articleBody, Literal(article.text, lang="zh")))
    if article.date:
        graph.add((node, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
    if article.url:
        graph.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.outlet:
        graph.add((node, DCTERMS.publisher, Literal(article.outlet, lang="zh")))
    graph.add((node, HK.sourceFile, Literal(article.source)))
    if article.line is not None:
        graph.add((node, HK.sourceLine, Literal(article.line)))


def to_rdf(result: BuildResult) -> Graph:
    """The whole graph of a build: articles, then entities and facts (see ``kg.facts``)."""
    graph = new_graph()
    for article in result.articles:
        add_article(graph, article)
    facts.add_facts(graph, result)
    return graph
