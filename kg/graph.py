"""Turn a ``BuildResult`` into an rdflib graph under the contract's terms."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rdflib import RDF, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS, XSD

from kg import facts
from kg.collector import no_cyclic_collection  # noqa: F401  (re-exported: export, html, validate)
from kg.facts import Triple, int_literal, plain_literal, zh_literal
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


# Plain URIRefs: looking a term up on a namespace object costs more than the rest of a triple.
_TYPE, _ARTICLE, _BODY, _URL = RDF.type, HK.Article, SCHEMA.articleBody, SCHEMA.url
_TITLE, _CREATOR, _DATE, _PUBLISHER = DCTERMS.title, DCTERMS.creator, DCTERMS.date, DCTERMS.publisher
_SOURCE_FILE, _SOURCE_LINE = HK.sourceFile, HK.sourceLine


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def article_iri(article: Article):
    return mint("article", article.id)


def article_triples(article: Article) -> Iterator[Triple]:
    """The triples describing one article: type, titles, creators, body, date, url, outlet, source.

    Each once: a title or creator listed twice gives one triple.
    """
    node = facts.article_node(article.id)
    yield node, _TYPE, _ARTICLE
    for title in dict.fromkeys(article.titles):
        yield node, _TITLE, zh_literal(title)
    for creator in dict.fromkeys(article.creators):
        yield node, _CREATOR, zh_literal(creator)
    yield node, _BODY, zh_literal(article.text)
    if article.date:
        yield node, _DATE, Literal(article.date, datatype=XSD.date)
    if article.url:
        yield node, _URL, Literal(article.url, datatype=XSD.anyURI)
    if article.outlet:
        yield node, _PUBLISHER, zh_literal(article.outlet)
    yield node, _SOURCE_FILE, plain_literal(article.source)
    if article.line is not None:
        yield node, _SOURCE_LINE, int_literal(article.line)


def add_article(graph: Graph, article: Article) -> None:
    graph.addN((s, p, o, graph) for s, p, o in article_triples(article))


#: triples per evidence node
EVIDENCE_TRIPLES = 8


class Layered:
    """A build's graph in two layers: ``plain``, the distinct triples of its articles, entities and facts,
    and ``evidence``, its evidence nodes as rows (``kg.facts.EvidenceRow``), eight triples each.

    Iterating gives every triple once (the plain ones, then each row's eight): the same triples as
    ``triples(result)``. ``kg build`` makes this instead of the flat list: four fifths of a big graph's
    triples are evidence, which the Turtle writer (``kg.export.sorted_turtle``) and the validator
    (``kg.validate``) read from the rows without making their triples.
    """

    __slots__ = ("plain", "evidence")

    def __init__(self, plain: list[Triple], evidence: list[facts.EvidenceRow]) -> None:
        self.plain = plain
        self.evidence = evidence

    def __iter__(self) -> Iterator[Triple]:
        yield from self.plain
        for row in self.evidence:
            yield from facts.evidence_triples(*row)

    def __len__(self) -> int:
        return len(self.plain) + EVIDENCE_TRIPLES * len(self.evidence)


def layered(result: BuildResult) -> Layered:
    """``triples(result)`` as a ``Layered`` graph: the evidence nodes as rows."""
    rows: list[facts.EvidenceRow] = []
    return Layered(triples(result, rows=rows), rows)


def triples(result: BuildResult, *,
            evidence: Callable[[tuple[Triple, facts.Source]], object] | None = None,
            rows: list[facts.EvidenceRow] | None = None) -> list[Triple]:
    """Every triple of the build's graph, each once: articles, then entities and facts (``kg.facts``).

    The same triples ``to_rdf`` puts in a graph, without rdflib's store: the build writes Turtle and
    validates from this list (a store costs more than both together).
    ``evidence``, when given, is called with each (fact, sentence) pair instead of adding the evidence
    nodes' triples; ``rows``, when given, gets each evidence node as a row instead of its triples
    (``kg.facts.collect_fact_triples``).
    """
    out: list[Triple] = []
    seen: set[Triple] = set()
    articles = result.articles
    if len({facts.article_node(a.id) for a in articles}) == len(articles):
        # An article's IRI is the subject of its own triples only (no other node is minted under
        # ``article/``), and they are distinct: none repeats another, so none is hashed into ``seen``.
        for article in articles:
            out += article_triples(article)
    else:  # two articles with one IRI
        for article in articles:
            facts.extend_distinct(out, seen, article_triples(article))
    facts.collect_fact_triples(articles, result.entities, result.relations, out, seen, evidence=evidence,
                                 rows=rows)
    return out


def to_rdf(result: BuildResult) -> Graph:
    """The whole graph of a build: articles, then entities and facts (see ``kg.facts``)."""
    graph = new_graph()
    graph.addN((s, p, o, graph) for s, p, o in triples(result))
    return graph
