"""A read-only SPARQL 1.1 Protocol endpoint at ``/sparql`` and the HTML explorer at ``/``.

Standard library only (``http.server.ThreadingHTTPServer``). Queries run on ``kg.store``'s
in-memory Oxigraph store with a time limit and a row cap; updates are refused with 403 and the
store is never written to.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg import store

LOGGER = logging.getLogger(__name__)

MAX_BODY = 1 << 20  # bytes of a POSTed query
LOOPBACK = ("127.0.0.1", "::1", "localhost")
NO_EXPLORER = (b'<!doctype html><meta charset="utf-8"><title>hitech-kg</title>'
               b'<p>No graph.html next to the graph. SPARQL endpoint: <a href="/sparql">/sparql</a></p>\n')

#: media type -> result format, in order of preference when the client accepts anything.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "jsonld",
}
MEDIA = {("select", "json"): "application/sparql-results+json",
         ("select", "xml"): "application/sparql-results+xml",
         ("select", "csv"): "text/csv", ("select", "tsv"): "text/tab-separated-values",
         ("graph", "ttl"): "text/turtle", ("graph", "nt"): "application/n-triples",
         ("graph", "xml"): "application/rdf+xml", ("graph", "jsonld"): "application/ld+json"}
#: ``format=``/``output=`` parameter values some clients (SPARQLWrapper) send instead of Accept.
FORMAT_PARAMS = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "ttl", "ttl": "ttl",
                 "n3": "ttl", "nt": "nt", "ntriples": "nt", "n-triples": "nt", "rdf": "xml",
                 "rdf+xml": "xml", "json-ld": "jsonld", "jsonld": "jsonld"}


@dataclass(frozen=True)
class Settings:
    """Limits and files of one endpoint."""

    timeout: float | None = 10.0  # seconds per query
    max_rows: int | None = 10_000  # solutions or triples per answer
    html: Path | None = None  # the explorer page served at /
    max_concurrent: int = 4


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server holding one read-only store."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], *, graph: ox.Store, settings: Settings) -> None:
        super().__init__(address, SparqlHandler)
        self.graph = graph
        self.settings = settings
        self.slots = threading.BoundedSemaphore(settings.max_concurrent)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}"


def accepted(header: str | None) -> list[str]:
    """Media types of an Accept header, best first (q-values honoured, ties keep their order)."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        quality = 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, index, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def choose_format(kind: str, accept: str | None, param: str | None = None) -> str:
    """The output format for an answer of ``kind`` ("select"/"ask"/"graph")."""
    table = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    if param:
        wanted = FORMAT_PARAMS.get(param.lower()) or table.get(param.lower())
        if wanted and wanted in table.values():
            return wanted
    for media in accepted(accept):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            break
    return "ttl" if kind == "graph" else "json"


def render(answer: store.Answer, fmt: str) -> tuple[str, bytes]:
    """(content type, body) of ``answer`` in ``fmt``."""
    if answer.kind == "graph":
        return MEDIA["graph", fmt] + "; charset=utf-8", store.triples_text(answer.triples, fmt).encode()
    return MEDIA["select", fmt] + "; charset=utf-8", store.RESULT_WRITERS[fmt](answer).encode()


class SparqlHandler(BaseHTTPRequestHandler):
    """GET/POST ``/sparql`` (SPARQL 1.1 Protocol, query operation only) and GET ``/``."""

    server: SparqlServer
    server_version = "hitech-kg"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        LOGGER.info("%s %s", self.address_string(), format % args)

    # --- responses ---

    def _send(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip("\n") + "\n").encode())

    # --- routes ---

    def do_OPTIONS(self) -> None:  # noqa: N802 (http.server's naming)
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html", "/graph.html"):
            self._explorer()
        elif url.path == "/sparql":
            params = parse_qs(url.query, keep_blank_values=True)
            if "update" in params:
                self._error(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only")
            elif "query" not in params:
                self._error(HTTPStatus.BAD_REQUEST, "missing query= parameter (SPARQL 1.1 Protocol)")
            else:
                self._query(params["query"][0], params)
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no such page: {url.path} (try /sparql or /)")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint: {url.path} (try /sparql)")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if media == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only")
        elif media == "application/sparql-query":
            self._query(body, params)
        elif media == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
            if "update" in params:
                self._error(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only")
            elif "query" not in params:
                self._error(HTTPStatus.BAD_REQUEST, "missing query= parameter (SPARQL 1.1 Protocol)")
            else:
                self._query(params["query"][0], params)
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "POST application/sparql-query or application/x-www-form-urlencoded query=")

    def do_PUT(self) -> None:  # noqa: N802
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, "read-only endpoint: only GET and POST queries")

    do_DELETE = do_PUT  # noqa: N815
    do_PATCH = do_PUT  # noqa: N815

    def _explorer(self) -> None:
        page = self.server.settings.html
        if page is not None and page.is_file():
            self._send(HTTPStatus.OK, page.read_bytes(), "text/html; charset=utf-8")
        else:
            self._send(HTTPStatus.OK, NO_EXPLORER, "text/html; charset=utf-8")

    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        settings = self.server.settings
        if not self.server.slots.acquire(timeout=settings.timeout):
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries running; try again later")
            return
        try:
            answer = store.run(self.server.graph, text, timeout=settings.timeout, max_rows=settings.max_rows)
        except store.ReadOnlyError as exc:
            self._error(HTTPStatus.FORBIDDEN, str(exc))
            return
        except store.QueryError as exc:
            self._error(HTTPStatus.BAD_REQUEST, f"malformed query at {exc}")
            return
        except store.QueryTimeoutError as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        except Exception as exc:  # an evaluation error: report it, keep serving
            LOGGER.exception("query failed")
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {exc}")
            return
        finally:
            self.server.slots.release()
        param = (params.get("format") or params.get("output") or [None])[0]
        fmt = choose_format(answer.kind, self.headers.get("Accept"), param)
        content_type, body = render(answer, fmt)
        headers = {"X-KG-Truncated": str(settings.max_rows)} if answer.truncated else {}
        if answer.truncated:
            LOGGER.warning("answer truncated at %d rows", settings.max_rows)
        self._send(HTTPStatus.OK, body, content_type, headers)


def make_server(graph: ox.Store, *, host: str = "127.0.0.1", port: int = 0,
                settings: Settings | None = None) -> SparqlServer:
    """A bound, not yet serving endpoint; port 0 picks a free port (see ``server.url``)."""
    if host not in LOOPBACK:
        LOGGER.warning("serving on %s: the endpoint is reachable from other machines", host)
    return SparqlServer((host, port), graph=graph, settings=settings or Settings())
