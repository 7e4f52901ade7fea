"""Query a built graph: load it into an in-memory Oxigraph store, run SPARQL 1.1, format results.

Oxigraph, not rdflib, answers queries: on 1M triples it reads Turtle 13× and joins 7× faster
(``/work/shared/MEASURED.md``, re-measured by ``bench/sparql.py``). The store is only ever queried:
nothing here calls ``Store.update``, and updates sent as queries are refused (``ReadOnlyError``).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

LOGGER = logging.getLogger(__name__)

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: The contract's prefixes, predeclared for every query (a query may still declare its own).
PREFIXES: dict[str, str] = {
    "hk": "https://w3id.org/hitech-kg/ontology#",
    "id": "https://w3id.org/hitech-kg/id/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

#: Prefixes written into Turtle/TriG/RDF-XML: not ``id:`` (its local names hold "/", escaped as "\\/").
WRITE_PREFIXES: dict[str, str] = {prefix: ns for prefix, ns in PREFIXES.items() if prefix != "id"}

#: File name extensions of RDF files the store reads.
F = TypeVar("F")  # a parser name or format object, whatever a caller maps extensions to

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}

_PROLOGUE = r"(?:\s|#[^\n]*+|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*+"
_UPDATE = re.compile(_PROLOGUE + r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_POSITION = re.compile(r"\bat (\d+):(\d+)")


class StoreError(Exception):
    """The graph could not be read (missing file, unknown format, bad RDF)."""


class QueryError(ValueError):
    """A malformed query; the message carries the parser's line and column."""


class ReadOnlyError(QueryError):
    """An update (INSERT, DELETE, LOAD, ...) sent to the read-only store."""


class QueryTimeoutError(Exception):
    """The query ran past its time limit."""


@dataclass(frozen=True)
class Answer:
    """The result of one query: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    kind: str  # "select", "ask" or "graph"
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[object | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()
    truncated: bool = False


# --- loading -----------------------------------------------------------------------------------


def graph_file(path: str | Path) -> Path:
    """The RDF file for ``path``: ``path/graph.ttl`` for a folder, else ``path`` itself."""
    path = Path(path)
    return path / "graph.ttl" if path.is_dir() else path


def rdf_file(path: str | Path, formats: Mapping[str, F]) -> tuple[Path, F]:
    """The RDF file for ``path`` and its format in ``formats`` (by extension).

    Raises ``FileNotFoundError`` or ``ValueError`` with a message that says what to do.
    """
    file = graph_file(path)
    if not file.is_file():
        raise FileNotFoundError(f"{file}: no such file, so no graph here (give an RDF file, or build one "
                                "with `kg build INPUT --out DIR`)")
    fmt = formats.get(file.suffix.lower())
    if fmt is None:
        raise ValueError(f"{file}: unknown RDF file type {file.suffix!r}: cannot tell the RDF format from "
                         f"the extension (known: {', '.join(sorted(formats))})")
    return file, fmt


def open_store(path: str | Path) -> ox.Store:
    """An in-memory store holding the graph at ``path`` (a folder with graph.ttl, or an RDF file)."""
    try:
        file, fmt = rdf_file(path, RDF_FORMATS)
    except (FileNotFoundError, ValueError) as exc:
        raise StoreError(str(exc)) from exc
    store = ox.Store()
    try:
        # lenient: no IRI re-validation, reads faster (bench/sparql.py); syntax errors still fail.
        store.load(path=str(file), format=fmt, lenient=True)
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"{file}: not valid {fmt.name}: {exc}") from exc
    LOGGER.info("loaded %d quads from %s", len(store), file)
    return store


# --- running -----------------------------------------------------------------------------------


def is_update(query: str) -> bool:
    """Whether ``query`` is a SPARQL Update request (after its prologue and comments)."""
    return _UPDATE.match(query) is not None


def _syntax_error(query: str, exc: SyntaxError) -> QueryError:
    message = str(exc).split("\n", 1)[0] if len(str(exc)) > 300 else str(exc)
    found = _POSITION.search(str(exc))
    if found is None:
        return QueryError(f"{message} (line 1, column 1)")
    line, column = int(found.group(1)), int(found.group(2))
    lines = query.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    caret = " " * max(column - 1, 0) + "^"
    return QueryError(f"line {line}, column {column}: {message}\n  {text}\n  {caret}")


def execute(store: ox.Store, query: str, *, max_rows: int | None = None,
            cancel: threading.Event | None = None) -> Answer:
    """Run ``query`` on ``store``; at most ``max_rows`` solutions or triples are kept.

    ``cancel`` is checked between solutions, so a timed-out query stops as soon as it can.
    """
    if is_update(query):
        raise ReadOnlyError("updates are not allowed: this graph is read-only")
    try:
        result = store.query(query, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise _syntax_error(query, exc) from exc
    if isinstance(result, ox.QueryBoolean):
        return Answer(kind="ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        rows, truncated, cancelled = _take((tuple(s[v] for v in variables) for s in result), max_rows, cancel)
        answer = Answer(kind="select", variables=variables, rows=tuple(rows), truncated=truncated)
    else:
        triples, truncated, cancelled = _take(result, max_rows, cancel)
        answer = Answer(kind="graph", triples=tuple(sorted(triples, key=str)), truncated=truncated)
    del result  # Oxigraph's result iterators must be dropped on the thread that made them
    if cancelled:
        raise QueryTimeoutError("query cancelled")
    return answer


def _take(items: Iterable, limit: int | None, cancel: threading.Event | None) -> tuple[list, bool, bool]:
    """Up to ``limit`` items; returns (items, truncated, cancelled)."""
    taken: list = []
    for item in items:
        if cancel is not None and cancel.is_set():
            return taken, False, True
        if limit is not None and len(taken) >= limit:
            return taken, True, False
        taken.append(item)
    return taken, False, False


def run(store: ox.Store, query: str, *, timeout: float | None = None,
        max_rows: int | None = None) -> Answer:
    """``execute`` in a worker thread with a deadline; raises ``QueryTimeoutError`` when it is passed.

    Oxigraph releases the GIL while it evaluates, so the caller keeps running; a timed-out query
    is told to stop at its next solution and its thread is left to finish (it is a daemon).
    """
    if timeout is None:
        return execute(store, query, max_rows=max_rows)
    cancel = threading.Event()
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["answer"] = execute(store, query, max_rows=max_rows, cancel=cancel)
        except Exception as exc:  # handed to the caller below
            outcome["error"] = exc.with_traceback(None)

    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        cancel.set()
        raise QueryTimeoutError(f"query took longer than {timeout:g} s and was stopped")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["answer"]  # type: ignore[return-value]


# --- terms -------------------------------------------------------------------------------------


def curie(iri: str, prefixes: dict[str, str] = PREFIXES) -> str:
    """``hk:Zone`` for the hk: namespace's Zone; the IRI in <> when no prefix fits."""
    best = max((ns for ns in prefixes.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return f"<{iri}>"
    name = next(p for p, ns in prefixes.items() if ns == best)
    return f"{name}:{iri[len(best):]}"


def plain(term: object | None) -> str:
    """A term's plain value: the IRI, the literal's lexical form, ``_:id`` for a blank node."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def short(term: object | None) -> str:
    """A term as shown in a table: CURIEs for IRIs, literals without quotes or tags."""
    if isinstance(term, ox.NamedNode):
        return curie(term.value)
    return plain(term)


# --- result formats ----------------------------------------------------------------------------


def width(text: str) -> int:
    """Display columns of ``text``: wide and full-width (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text
               if not unicodedata.combining(ch))


def _cell(text: str, limit: int) -> str:
    text = text.replace("\r", "").replace("\n", "⏎").replace("\t", " ")
    if width(text) <= limit:
        return text
    cut = ""
    for ch in text:
        if width(cut + ch) > limit - 1:
            break
        cut += ch
    return cut + "…"


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def table(answer: Answer, *, max_width: int = 60) -> str:
    """Aligned columns (CJK-aware) for SELECT, ``true``/``false`` for ASK."""
    if answer.kind == "ask":
        return "true\n" if answer.boolean else "false\n"
    if answer.kind != "select":
        raise ValueError("a table shows SELECT or ASK results")
    header = list(answer.variables)
    body = [[_cell(short(term), max_width) for term in row] for row in answer.rows]
    sizes = [max([width(h)] + [width(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, sizes[i]) for i, h in enumerate(header)).rstrip(),
             "  ".join("-" * s for s in sizes)]
    lines += ["  ".join(_pad(c, sizes[i]) for i, c in enumerate(r)).rstrip() for r in body]
    count = len(body)
    note = f"({count} row{'s' if count != 1 else ''}{', truncated' if answer.truncated else ''})"
    return "\n".join(lines + [note]) + "\n"


def _json_term(term: object) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def results_json(answer: Answer) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if answer.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(answer.boolean)}) + "\n"
    bindings = [{v: _json_term(t) for v, t in zip(answer.variables, row, strict=True) if t is not None}
                for row in answer.rows]
    return json.dumps({"head": {"vars": list(answer.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False) + "\n"


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def results_xml(answer: Answer) -> str:
    """SPARQL Query Results XML."""
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in answer.variables]
    out.append("</head>")
    if answer.kind == "ask":
        out.append(f"<boolean>{'true' if answer.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in answer.rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                            for v, t in zip(answer.variables, row, strict=True) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def results_csv(answer: Answer) -> str:
    """SPARQL 1.1 Query Results CSV (plain values, CRLF line ends)."""
    if answer.kind == "ask":
        return "_askResult\r\n" + ("true" if answer.boolean else "false") + "\r\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(answer.variables)
    writer.writerows([plain(t) for t in row] for row in answer.rows)
    return buffer.getvalue()


def results_tsv(answer: Answer) -> str:
    """SPARQL 1.1 Query Results TSV (terms in N-Triples syntax)."""
    if answer.kind == "ask":
        return "?_askResult\n" + ("true" if answer.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in answer.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in answer.rows]
    return "\n".join(lines) + "\n"


RESULT_WRITERS = {"json": results_json, "xml": results_xml, "csv": results_csv, "tsv": results_tsv}

GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "xml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def triples_text(triples: Sequence[ox.Triple], fmt: str = "ttl") -> str:
    """CONSTRUCT/DESCRIBE results as Turtle (``ttl``), N-Triples (``nt``), RDF/XML or JSON-LD."""
    rdf_format = GRAPH_FORMATS[fmt]
    prefixes = WRITE_PREFIXES if fmt in ("ttl", "xml") else None
    data = ox.serialize(list(triples), format=rdf_format, prefixes=prefixes)
    return data.decode("utf-8")
