"""The ``kg`` sub-commands, one module each (``configure(parser)``, ``run(args) -> int``).

Their one-line help lives here, so ``kg`` imports only the module of the command it runs (``kg build``
never loads the SPARQL store or the web server).
"""

HELP = {
    "build": "build the knowledge graph from news files, folders or globs",
    "extract": "print the mentions and relations found in each article (one JSON object per line)",
    "validate": "check a graph (.ttl/.nt/.trig/.jsonld, or a folder holding graph.ttl) "
                "against the SHACL shapes",
    "query": "run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a built graph",
    "serve": "serve a built graph: read-only SPARQL 1.1 endpoint at /sparql, the explorer at /",
}
