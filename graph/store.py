"""The store stage: one RDF dataset, one named graph per release, read through SPARQL.

Two implementations behind one interface, both yielding pyoxigraph terms:

- `EmbeddedStore`: Oxigraph in process, on disk (a folder) or in memory.
- `RemoteStore`: any SPARQL 1.1 server, through its query, update and Graph Store Protocol
  endpoints (Oxigraph's `/query`, `/update`, `/store` layout by default), with urllib only.

Writes go only through `replace_releases`, `remove_release` and `load_reference`; each is ONE
SPARQL update request, so each is all-or-nothing:
- embedded Oxigraph applies one update string in one RocksDB transaction (crash-safe);
- Oxigraph server and Fuseki/TDB2 apply one update request in one transaction; other engines
  (e.g. Virtuoso) may apply the operations one by one — check your engine before relying on it.
`query()` is read-only: it refuses SPARQL updates, and the remote store sends queries to the query
endpoint, which does not run updates either.

Queries see the union of all named graphs as their default graph: embedded sets
`use_default_graph_as_union`; a server must be configured so (`oxigraph serve
--union-default-graph`, Fuseki/TDB2 `unionDefaultGraph`). Oxigraph's union is a bag: a triple
stored in two release graphs matches twice, so count with DISTINCT.

Every write also replaces the tiny graph `STATE_GRAPH` (`<STATE_GRAPH> schema:version "<uuid>"`) in
the same transaction; `state()` reads it, so the token changes exactly when content changes.
Dumps and `stats()` leave that graph out.

The same update also keeps the derived graph `NAMES_GRAPH`: one `rdfs:label` per person, the least
of the spellings its release graphs give (the name the explorer shows), recomputed for the people
of the graphs written or dropped. A query that names many people reads one label each there
instead of one per release. Dumps and `stats()` leave it out too: it is rebuilt from the releases.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO, TextIO
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import (
    HTTPBasicAuthHandler,
    HTTPDigestAuthHandler,
    HTTPPasswordMgrWithDefaultRealm,
    Request,
    build_opener,
)

import pyoxigraph as ox

from graph.vocab import BASE, DG, NAMES_GRAPH, PREFIXES, RDF, RDFS, REFERENCE_GRAPH, SCHEMA, XSD

STATE_GRAPH = BASE + "graph/state"
DERIVED_GRAPHS = (STATE_GRAPH, NAMES_GRAPH)  # kept by the store itself, left out of dumps and stats
DEFAULT_PATH = Path(".diplograph") / "store"
UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


class StoreError(Exception):
    """The store cannot be opened or written (the message says why and what to do)."""


class QueryError(StoreError):
    """A query was refused or failed; syntax errors carry the engine's message."""


# ---------------------------------------------------------------------------------------------
# Terms and formats


def to_term(value: Any) -> Term:
    """A pyoxigraph term from a term or a plain Python value (http(s) strings become IRIs)."""
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple):
        return value
    if isinstance(value, bool):  # before int: bool is an int
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    if isinstance(value, datetime):  # before date: datetime is a date
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "dateTime"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if isinstance(value, str):
        if value.startswith(("http://", "https://")):
            try:
                return ox.NamedNode(value)
            except ValueError as e:
                raise QueryError(f"invalid IRI {value!r}: {e}") from None
        return ox.Literal(value)
    raise QueryError(f"cannot use {type(value).__name__} {value!r} as an RDF term")


_NUMERIC = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                              "positiveInteger", "negativeInteger", "nonPositiveInteger",
                              "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_DECIMAL = {XSD + t for t in ("decimal", "double", "float")}


def plain(term: Term | None, typed: bool = False) -> Any:
    """Display value: IRI string, literal lexical form ('' for no value).

    With `typed`, numbers and booleans become Python values (for tables and charts)."""
    if term is None:
        return None if typed else ""
    if isinstance(term, ox.NamedNode | ox.Literal):
        if typed and isinstance(term, ox.Literal):
            dt = term.datatype.value
            try:
                if dt in _NUMERIC:
                    return int(term.value)
                if dt in _DECIMAL:
                    return float(term.value)
            except ValueError:
                return term.value
            if dt == XSD + "boolean":
                return term.value in ("true", "1")
        return term.value
    return str(term)  # blank nodes as _:id, triple terms in N-Triples


_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS, "n-quads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES, "nt": ox.RdfFormat.N_TRIPLES, "n-triples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML, "rdf/xml": ox.RdfFormat.RDF_XML, "rdf": ox.RdfFormat.RDF_XML,
    "xml": ox.RdfFormat.RDF_XML, "owl": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD, "json": ox.RdfFormat.JSON_LD,
}


def rdf_format(name: str | ox.RdfFormat) -> ox.RdfFormat:
    """An RdfFormat from a name, file extension or media type ('ttl', 'N-Quads', 'text/turtle')."""
    if isinstance(name, ox.RdfFormat):
        return name
    key = name.strip().lower().lstrip(".")
    fmt = _FORMATS.get(key) or _FORMATS.get(key.replace("_", "-")) or ox.RdfFormat.from_media_type(key)
    if fmt is None:
        raise ValueError(f"unknown RDF format {name!r}; use one of {sorted(set(_FORMATS))}")
    return fmt


# ---------------------------------------------------------------------------------------------
# SPARQL text: a small tokenizer, enough to tell queries from updates and to bind parameters
# outside strings, IRIs and comments.

_TOKEN = re.compile(
    r'(?P<ws>\s+)'
    r'|(?P<comment>\#[^\n\r]*)'
    r'|(?P<string>"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""'
    r"|'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*')"
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r'|(?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)'
    r"|(?P<word>[A-Za-z_:\u00C0-\uFFFF](?:[\w\-.:\u00B7-\uFFFF]|%[0-9A-Fa-f]{2}"
    r"|\\[_~.\-!$&'()*+,;=/?#@%])*)"
    r'|(?P<other>.)',
    re.S,
)


def tokens(sparql: str) -> Iterator[tuple[str, str]]:
    """(kind, text) pairs; the texts joined give back the query exactly."""
    for m in _TOKEN.finditer(sparql):
        yield m.lastgroup or "other", m.group()


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; QueryError for updates and anything else."""
    expect_iri = False
    for kind, text in tokens(sparql):
        if kind in ("ws", "comment"):
            continue
        if expect_iri:  # inside a PREFIX or BASE declaration
            expect_iri = kind != "iri"
            continue
        word = text.upper() if kind == "word" else ""
        if word in ("PREFIX", "BASE"):
            expect_iri = True
            continue
        if word in QUERY_FORMS:
            _refuse_service(sparql)
            return word
        if word in UPDATE_KEYWORDS:
            raise QueryError(
                f"{word} is a SPARQL update: the store is read-only through query(); "
                "write with replace_releases(), remove_release() or load_reference()")
        break
    raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")


def _refuse_service(sparql: str) -> None:
    """SERVICE makes the engine fetch another endpoint (pyoxigraph does it over HTTP): a query
    typed by a user would reach any address the machine can; refused."""
    if any(kind == "word" and text.upper() == "SERVICE" for kind, text in tokens(sparql)):
        raise QueryError("SERVICE (federated query) is refused: queries run on this store only")


def check_params(sparql: str, params: Mapping[str, Term]) -> None:
    """Every parameter names a variable of the query, and none is tested with BOUND()."""
    seen: set[str] = set()
    recent: list[str] = []
    for kind, text in tokens(sparql):
        if kind in ("ws", "comment"):
            continue
        if kind == "var":
            name = text[1:]
            seen.add(name)
            if name in params and [t.upper() for t in recent[-2:]] == ["BOUND", "("]:
                raise QueryError(f"parameter ?{name} is used in BOUND(), which engines treat "
                                 f"differently once it is bound; use COALESCE(?{name}, default)")
        recent = (recent + [text])[-2:]
    missing = sorted(set(params) - seen)
    if missing:
        raise QueryError(f"the query has no variable {', '.join('?' + m for m in missing)}")


def bind_text(sparql: str, params: Mapping[str, Term]) -> str:
    """Substitute bound terms for ?name / $name tokens, for servers without substitutions.

    Terms are written in N-Triples syntax by pyoxigraph (validated IRIs, escaped literals), and
    only variable tokens are replaced, never text inside strings, IRIs or comments: a value
    cannot change the shape of the query. A projected variable becomes `(term AS ?name)` and a
    GROUP BY / ORDER BY key `(term)`, so the result keeps its columns as with pyoxigraph."""
    out: list[str] = []
    clause, depth, prev = "body", 0, ""
    for kind, text in tokens(sparql):
        if kind in ("ws", "comment"):
            out.append(text)
            continue
        word = text.upper() if kind == "word" else ""
        if word == "SELECT":
            clause, depth = "projection", 0
        elif word == "BY" and prev in ("GROUP", "ORDER"):
            clause, depth = "condition", 0
        elif word in ("WHERE", "HAVING", "LIMIT", "OFFSET", "VALUES") or text in ("{", "}"):
            clause = "body"
        elif text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        if kind == "var" and text[1:] in params and prev != "AS":
            term = str(params[text[1:]])
            if clause == "projection" and depth == 0:
                text = f"({term} AS ?{text[1:]})"
            elif clause == "condition" and depth == 0:
                text = f"({term})"
            else:
                text = term
        out.append(text)
        prev = word or text
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Results


@dataclass
class QueryResult:
    """Rows of pyoxigraph terms (None when unbound); ASK sets `boolean`, CONSTRUCT `triples`
    (and rows subject, predicate, object)."""

    columns: list[str]
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None
    truncated: bool = False  # stopped at the `limit` given to query()

    def __bool__(self) -> bool:
        return self.boolean if self.boolean is not None else bool(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Term | None, ...]]:
        return iter(self.rows)

    def records(self, typed: bool = False) -> list[dict[str, Any]]:
        return [{c: plain(t, typed) for c, t in zip(self.columns, row, strict=True)} for row in self.rows]

    def to_dataframe(self):
        import pandas as pd  # only the app and notebooks need pandas

        return pd.DataFrame([[plain(t, True) for t in row] for row in self.rows], columns=self.columns)

    def to_csv(self, file: str | Path | TextIO | None = None) -> str | None:
        """Header row, then plain values (IRIs, literal lexical forms, '' when unbound)."""
        if file is None or hasattr(file, "write"):
            buf = file if file is not None else io.StringIO()
            writer = csv.writer(buf, lineterminator="\n")
            writer.writerow(self.columns)
            writer.writerows([plain(t) for t in row] for row in self.rows)
            return buf.getvalue() if file is None else None
        with open(file, "w", newline="", encoding="utf-8") as fh:
            self.to_csv(fh)
        return None

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""
        if self.boolean is not None:
            return json.dumps({"head": {}, "boolean": self.boolean})
        bindings = [{c: _json_term(t) for c, t in zip(self.columns, row, strict=True) if t is not None}
                    for row in self.rows]
        return json.dumps({"head": {"vars": self.columns}, "results": {"bindings": bindings}},
                          ensure_ascii=False)


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _result(raw: Any, limit: int | None) -> QueryResult:
    """Materialize a pyoxigraph result (from the engine or parsed from a server's answer)."""
    if isinstance(raw, ox.QueryBoolean | bool):
        return QueryResult(columns=[], boolean=bool(raw))
    if getattr(raw, "variables", None) is not None:  # solutions, possibly _Guarded
        columns = [v.value for v in raw.variables]
        width = range(len(columns))
        rows, truncated = [], False
        for solution in raw:
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            rows.append(tuple(solution[i] for i in width))
        return QueryResult(columns=columns, rows=rows, truncated=truncated)
    triples = []
    for t in raw:
        if limit is not None and len(triples) >= limit:
            break
        triples.append(t)
    return QueryResult(columns=["subject", "predicate", "object"], rows=[tuple(t) for t in triples],
                       triples=triples, truncated=limit is not None and len(triples) >= limit)


# ---------------------------------------------------------------------------------------------
# Parsing what ingest hands us into SPARQL update text


def _parse_quads(text: str | bytes, graph: str, formats: Sequence[ox.RdfFormat]) -> list[ox.Quad]:
    errors = []
    for fmt in formats:
        try:
            return list(ox.parse(text, fmt))
        except SyntaxError as e:
            errors.append(f"{fmt.name}: {e}")
    raise StoreError(f"<{graph}>: malformed data, nothing was written ({'; '.join(errors)})")


def _graph_block(graph: str, quads: Iterable[ox.Quad], tag: str) -> str:
    """`GRAPH <g> { ... }` for INSERT DATA; the graph given wins over any graph in the quads."""
    lines = []
    for q in quads:
        s, o = q.subject, q.object
        # blank node labels are scoped to the request: keep each release's apart
        s_text = f"_:{tag}_{s.value}" if isinstance(s, ox.BlankNode) else str(s)
        o_text = f"_:{tag}_{o.value}" if isinstance(o, ox.BlankNode) else str(o)
        lines.append(f"{s_text} {q.predicate} {o_text} .")
    return f"GRAPH <{graph}> {{\n" + "\n".join(lines) + "\n}"


def _state_block() -> str:
    now = datetime.now(UTC).isoformat()
    return (f'GRAPH <{STATE_GRAPH}> {{ <{STATE_GRAPH}> <{SCHEMA}version> "{uuid.uuid4()}" ; '
            f'<{SCHEMA}dateModified> "{now}"^^<{XSD}dateTime> . }}')


def _names_update(people: Iterable[str] | None) -> str:
    """Recompute the names of `people` (IRIs), or of everyone when None, from the release graphs."""
    person = f"<{RDF}type> <{SCHEMA}Person>"
    spellings = (f"GRAPH ?g {{ ?p {person} ; <{RDFS}label> ?label }} "
                 f"FILTER(?g != <{NAMES_GRAPH}>)")
    if people is None:
        return (f"DROP SILENT GRAPH <{NAMES_GRAPH}> ;\n"
                f"INSERT {{ GRAPH <{NAMES_GRAPH}> {{ ?p <{RDFS}label> ?name }} }} WHERE {{ "
                f"SELECT ?p (MIN(?label) AS ?name) WHERE {{ {spellings} }} GROUP BY ?p }}")
    values = "VALUES ?p { " + " ".join(f"<{iri}>" for iri in sorted(people)) + " }"
    return (f"DELETE {{ GRAPH <{NAMES_GRAPH}> {{ ?p <{RDFS}label> ?old }} }} WHERE {{ {values} "
            f"GRAPH <{NAMES_GRAPH}> {{ ?p <{RDFS}label> ?old }} }} ;\n"
            f"INSERT {{ GRAPH <{NAMES_GRAPH}> {{ ?p <{RDFS}label> ?name }} }} WHERE {{ "
            f"SELECT ?p (MIN(?label) AS ?name) WHERE {{ {values} {spellings} }} GROUP BY ?p }}")


def _people_in(quads: Iterable[ox.Quad]) -> set[str]:
    return {q.subject.value for q in quads
            if q.predicate.value == RDF + "type" and q.object == ox.NamedNode(SCHEMA + "Person")
            and isinstance(q.subject, ox.NamedNode)}


def _replace_update(graphs: Mapping[str, list[ox.Quad]]) -> str:
    """One update request: drop each graph, insert its new content, bump the state token."""
    drops = [f"DROP SILENT GRAPH <{g}>" for g in [*graphs, STATE_GRAPH]]
    blocks = [_graph_block(g, quads, f"b{i}") for i, (g, quads) in enumerate(graphs.items())]
    return " ;\n".join(drops) + " ;\nINSERT DATA {\n" + "\n".join([*blocks, _state_block()]) + "\n}"


def _graph_iri(graph: str | ox.NamedNode) -> str:
    iri = graph.value if isinstance(graph, ox.NamedNode) else str(graph)
    try:
        return ox.NamedNode(iri).value
    except ValueError as e:
        raise StoreError(f"invalid graph IRI {iri!r}: {e}") from None


# ---------------------------------------------------------------------------------------------
# The interface


class Store(ABC):
    """A dataset of release graphs plus the reference graph (see docs/model.md)."""

    read_only: bool = False

    # what an implementation provides
    @abstractmethod
    def _execute(self, sparql: str, form: str, params: Mapping[str, Term]) -> Any: ...

    @abstractmethod
    def _update(self, update: str) -> None: ...

    @abstractmethod
    def _quads(self, graph: str | None) -> Iterable[ox.Quad]: ...

    def close(self) -> None:  # noqa: B027 (nothing to release by default)
        pass

    def flush(self) -> None:  # noqa: B027 (servers persist on their own)
        """Make committed writes durable in files (embedded writers; a no-op elsewhere)."""

    def optimize(self) -> None:  # noqa: B027 (servers manage their own files)
        """Compact the store's files for fast reads (embedded writers; a no-op elsewhere)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # reading
    def query(self, sparql: str, params: Mapping[str, Any] | None = None, *,
              limit: int | None = None) -> QueryResult:
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE with `params` bound (never formatted in)."""
        form = query_form(sparql)
        bound = {name.lstrip("?$"): to_term(v) for name, v in (params or {}).items()}
        if bound:
            check_params(sparql, bound)
        return self._answer(sparql, form, bound, limit)

    def _answer(self, sparql: str, form: str, params: Mapping[str, Term], limit: int | None) -> QueryResult:
        return _result(self._execute(sparql, form, params), limit)

    def release_hashes(self) -> dict[str, str]:
        """Graph IRI -> dg:sha256 stated in that graph about itself."""
        rows = self.query(f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{DG}sha256> ?h }} }}").rows
        return {g.value: h.value for g, h in rows if g is not None and h is not None}

    def state(self) -> str:
        """A token that changes whenever a write changes the stored content."""
        rows = self.query(f"SELECT ?v WHERE {{ GRAPH <{STATE_GRAPH}> "
                          f"{{ <{STATE_GRAPH}> <{SCHEMA}version> ?v }} }}").rows
        return rows[0][0].value if rows and rows[0][0] is not None else "empty"

    def stats(self) -> dict[str, int]:
        """Quads and named graphs (the state and names graphs left out), and releases (graphs with a
        dg:fileName)."""
        row = self.query(
            f"SELECT (COUNT(*) AS ?quads) (COUNT(DISTINCT ?g) AS ?graphs) "
            f"WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN (<{STATE_GRAPH}>, <{NAMES_GRAPH}>)) }}").rows[0]
        releases = self.query(f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE "
                              f"{{ GRAPH ?g {{ ?g <{DG}fileName> ?f }} }}").rows[0][0]
        return {"quads": int(row[0].value), "graphs": int(row[1].value), "releases": int(releases.value)}

    def dump(self, fmt: str | ox.RdfFormat = "nquads", graph: str | None = None) -> bytes:
        """Serialize one graph, or all graphs (a union of triples for single-graph formats)."""
        rdf = rdf_format(fmt)
        iri = _graph_iri(graph) if graph is not None else None
        quads = self._quads(iri)
        if iri is None:
            derived = {ox.NamedNode(g) for g in DERIVED_GRAPHS}
            quads = (q for q in quads if q.graph_name not in derived)
        if rdf.supports_datasets:
            if iri is None:
                data: Iterable[ox.Quad | ox.Triple] = quads
            else:  # one graph, still named in the output
                data = (ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(iri)) for q in quads)
        else:
            data = dict.fromkeys(q.triple for q in quads)  # union: each triple once, order kept
        return ox.serialize(data, format=rdf, prefixes=PREFIXES if rdf.name in ("Turtle", "TriG") else None)

    # writing
    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only")

    def replace_releases(self, batch: Sequence[tuple[str, str | bytes]]) -> None:
        """Store each (graph IRI, N-Quads/N-Triples) item, replacing that graph: all or nothing."""
        self._check_writable()
        graphs: dict[str, list[ox.Quad]] = {}
        for graph, text in batch:  # parse everything first: a bad item writes nothing
            iri = _graph_iri(graph)
            graphs.pop(iri, None)  # a later item for the same graph wins
            graphs[iri] = _parse_quads(text, iri, [ox.RdfFormat.N_QUADS])
        if graphs:
            self._replace(graphs)

    def _people_of_graphs(self, graphs: Iterable[str]) -> set[str]:
        """The people stated in these stored graphs (whose names a rewrite or a drop may change)."""
        values = " ".join(f"<{g}>" for g in graphs)
        rows = self.query(f"SELECT DISTINCT ?p WHERE {{ VALUES ?g {{ {values} }} "
                          f"GRAPH ?g {{ ?p <{RDF}type> <{SCHEMA}Person> }} }}").rows if values else []
        return {p.value for (p,) in rows if isinstance(p, ox.NamedNode)}

    def _touched_people(self, graphs: Mapping[str, list[ox.Quad]]) -> set[str]:
        return self._people_of_graphs(graphs) | {p for quads in graphs.values() for p in _people_in(quads)}

    def _replace(self, graphs: Mapping[str, list[ox.Quad]]) -> None:
        """Drop each graph and write its new quads, bumping the state token and renaming the people
        concerned: one update request."""
        people = self._touched_people(graphs)
        self._update(_replace_update(graphs) + (" ;\n" + _names_update(people) if people else ""))

    def remove_release(self, graph_iri: str) -> None:
        self._check_writable()
        iri = _graph_iri(graph_iri)
        people = self._people_of_graphs([iri])
        self._update(f"DROP SILENT GRAPH <{iri}> ;\nDROP SILENT GRAPH <{STATE_GRAPH}> ;\n"
                     f"INSERT DATA {{ {_state_block()} }}" + (" ;\n" + _names_update(people) if people else ""))

    def ensure_names(self) -> None:
        """Build the names graph of a store written before it existed (or loaded by other means)."""
        self._check_writable()
        if (not self.query(f"ASK {{ GRAPH <{NAMES_GRAPH}> {{ ?s ?p ?o }} }}")
                and self.query(f"ASK {{ GRAPH ?g {{ ?p <{RDF}type> <{SCHEMA}Person> }} }}")):
            self._update(_names_update(None))

    def load_nquads(self, files: Iterable[str | Path], replace: Iterable[str] = ()) -> None:
        """Bulk-load N-Quads files of whole release graphs (written by a distributed extraction or
        a generator) through the engine's fast path, not triple by triple. Not one transaction:
        the graphs in `replace` are dropped first (one update), then each file is added."""
        self._check_writable()
        drops = [f"DROP SILENT GRAPH <{_graph_iri(g)}>" for g in replace]
        if drops:
            self._update(" ;\n".join(drops))
        self._bulk_load([Path(f) for f in files])
        self._update(f"DROP SILENT GRAPH <{STATE_GRAPH}> ;\nINSERT DATA {{ {_state_block()} }} ;\n"
                     + _names_update(None))
        self.optimize()

    def _bulk_load(self, files: Sequence[Path]) -> None:
        for path in files:  # engines without a faster path: INSERT DATA, a release graph at a time
            self.replace_releases([(g, ox.serialize((ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g))
                                                      for t in triples), format=ox.RdfFormat.N_QUADS) or b"")
                                   for g, triples in _graphs_of(path)])

    def load_reference(self, text: str | bytes, fmt: str | ox.RdfFormat | None = None) -> None:
        """(Re)load the reference graph from N-Quads, N-Triples, Turtle or TriG, atomically."""
        self._check_writable()
        formats = [rdf_format(fmt)] if fmt else [ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS]
        quads = _parse_quads(text, REFERENCE_GRAPH, formats)
        self._replace({REFERENCE_GRAPH: quads})


# ---------------------------------------------------------------------------------------------
# Embedded Oxigraph


class EmbeddedStore(Store):
    """pyoxigraph.Store at a folder, or in memory (path None).

    One read-write handle per folder (RocksDB lock). A read-only handle is a snapshot taken when
    it opens; `state()` notices when the writer has changed the folder and reopens it."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._mark = self._disk_mark()  # before opening: a commit in between is noticed later
        if self.path is None:
            self._store = ox.Store()
        elif read_only:
            if not (self.path / "CURRENT").exists():
                raise StoreError(f"no store at {self.path}: ingest some releases first")
            self._store = self._open_read_only()
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            try:
                self._store = ox.Store(str(self.path))
            except OSError as e:
                raise StoreError(f"cannot open the store at {self.path} for writing ({e}); "
                                 "is another process writing it? Readers use read_only=True") from None

    @classmethod
    def copy_of(cls, path: str | Path) -> EmbeddedStore:
        """An in-memory copy of the store at `path` (fast reads; writes are not saved)."""
        source = EmbeddedStore(path, read_only=True)
        copy = cls()
        copy._store.extend(source._handle().quads_for_pattern(None, None, None, None))
        source.close()
        return copy

    def _open_read_only(self) -> ox.Store:
        # the writer's compaction may delete a file named by the manifest we are reading
        # ("Corruption: ... No such file"): retry
        for attempt in range(8):
            try:
                return ox.Store.read_only(str(self.path))
            except (OSError, RuntimeError) as e:
                if attempt == 7:
                    raise StoreError(f"cannot open the store at {self.path} read-only: {e}") from None
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _disk_mark(self) -> tuple:
        """Names, sizes and times of the folder's files: they change on every commit."""
        if self.path is None or not self.read_only:
            return ()
        if not self.path.is_dir():
            return ()
        mark = []
        for entry in os.scandir(self.path):
            if entry.name.startswith(("LOG", "LOCK")):  # RocksDB's own log changes without commits
                continue
            try:
                info = entry.stat()
            except FileNotFoundError:  # removed by a compaction meanwhile
                continue
            mark.append((entry.name, info.st_size, info.st_mtime_ns))
        return tuple(sorted(mark))

    def refresh(self) -> bool:
        """Reopen a read-only handle if the writer changed the folder; True if it did."""
        if self.path is None or not self.read_only:
            return False
        mark = self._disk_mark()
        if mark == self._mark:
            return False
        self._store, self._mark = self._open_read_only(), mark  # the mark predates the reopening
        return True

    def state(self) -> str:
        self.refresh()
        return super().state()

    def flush(self) -> None:
        """Write what the writer holds in memory to the folder's files, so that read-only handles
        opened or refreshed afterwards see it (the explorer calls it after each write)."""
        if not self.read_only and self.path is not None:
            self._handle().flush()

    def optimize(self) -> None:
        """RocksDB compaction: bulk loads and many small transactions leave overlapping files that
        every read must visit; compacted, a scan of the store and whole-graph queries run 3-5x
        faster (benchmarks/README.md). Costs about a second per 200k quads."""
        if not self.read_only and self.path is not None:
            self._handle().optimize()

    def close(self) -> None:
        self._store = None  # type: ignore[assignment]  # dropping the handle releases the lock

    def _handle(self) -> ox.Store:
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    def _answer(self, sparql: str, form: str, params: Mapping[str, Term], limit: int | None) -> QueryResult:
        try:
            return super()._answer(sparql, form, params, limit)
        except QueryError as e:
            if not (self.read_only and self.path is not None and "No such file" in str(e)):
                raise
            # the writer compacted away a file this snapshot had not opened yet: take a new one
            mark = self._disk_mark()
            self._store, self._mark = self._open_read_only(), mark
            return super()._answer(sparql, form, params, limit)

    def _execute(self, sparql: str, form: str, params: Mapping[str, Term]) -> Any:
        try:
            result = self._handle().query(
                sparql, use_default_graph_as_union=True,
                substitutions={ox.Variable(k): v for k, v in params.items()} or None)
            if isinstance(result, ox.QuerySolutions | ox.QueryTriples):
                return _Guarded(result)
            return result
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {e}") from None
        except (RuntimeError, OSError, ValueError) as e:
            raise QueryError(str(e)) from None

    def _update(self, update: str) -> None:
        try:
            self._handle().update(update)
        except (SyntaxError, OSError, RuntimeError, ValueError) as e:
            raise StoreError(f"write failed, nothing was written: {e}") from None
        # a read-only handle replays the unflushed log when it opens: 12 s after 30 batches
        # unflushed, 0.03 s flushed; flushing costs ~15% of a batch's write time
        self.flush()

    def _quads(self, graph: str | None) -> Iterable[ox.Quad]:
        return self._handle().quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None)

    def _bulk_load(self, files: Sequence[Path]) -> None:
        for path in files:  # Oxigraph's bulk loader: sorted runs written straight to RocksDB files
            try:
                with open_nquads(path) as fh:
                    self._handle().bulk_load(fh, format=ox.RdfFormat.N_QUADS)
            except (SyntaxError, OSError, RuntimeError, ValueError) as e:
                raise StoreError(f"bulk load of {path} failed: {e}") from None

    def stats(self) -> dict[str, int]:
        store = self._handle()
        derived = [ox.NamedNode(g) for g in DERIVED_GRAPHS]
        in_derived = sum(1 for g in derived for _ in store.quads_for_pattern(None, None, None, g))
        in_default = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        graphs = sum(1 for g in store.named_graphs() if g not in derived)
        releases = self.query(f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE "
                              f"{{ GRAPH ?g {{ ?g <{DG}fileName> ?f }} }}").rows[0][0]
        return {"quads": len(store) - in_derived - in_default, "graphs": graphs,
                "releases": int(releases.value)}


class _Guarded:
    """Iterates an engine result, turning evaluation errors into QueryError."""

    def __init__(self, result: ox.QuerySolutions | ox.QueryTriples):
        self.result = result
        self.variables = getattr(result, "variables", None)

    def __iter__(self) -> Iterator[Any]:
        try:
            yield from self.result
        except (RuntimeError, OSError, ValueError) as e:
            raise QueryError(str(e)) from None


# ---------------------------------------------------------------------------------------------
# Any SPARQL 1.1 server


@dataclass(frozen=True)
class EngineLayout:
    """Where a server speaks the SPARQL protocol, relative to the endpoint URL (docs/scaling.md)."""

    query: str
    update: str
    gsp: str | None  # Graph Store Protocol; None: the engine has none
    graph_param: str = "graph"  # the GSP parameter naming a graph
    quads_url: str | None = None  # where N-Quads can be POSTed in one request, whole graphs in it
    form_queries: bool = False  # send queries as form fields (POST application/sparql-query hangs)
    gsp_writes: bool = False  # write graphs through the GSP: the engine's parser fails on big INSERT DATA
    auth: tuple[str, str, str] | None = None  # query, update, GSP paths that take credentials
    select_accept: str = "text/tab-separated-values"


ENGINES = {
    "oxigraph": EngineLayout("/query", "/update", "/store", quads_url="/store"),
    "fuseki": EngineLayout("/query", "/update", "/data", quads_url="/data"),
    # Virtuoso's TSV writes IRIs as plain strings: ask for JSON
    "virtuoso": EngineLayout("/sparql", "/sparql", "/sparql-graph-crud", graph_param="graph-uri",
                             auth=("/sparql-auth", "/sparql-auth", "/sparql-graph-crud-auth"),
                             form_queries=True, gsp_writes=True, select_accept="application/sparql-results+json"),
    "graphdb": EngineLayout("", "/statements", "/rdf-graphs/service", quads_url="/statements"),
    "neptune": EngineLayout("/sparql", "/sparql", None, form_queries=True,
                            select_accept="application/sparql-results+json"),
}


class RemoteStore(Store):
    """A SPARQL 1.1 server. Needs the union of named graphs as default graph (see module doc).

    `engine` (or env DIPLOGRAPH_ENGINE) picks the URL layout of `ENGINES` (default Oxigraph's);
    `user` and `password` (or env DIPLOGRAPH_ENDPOINT_USER / _PASSWORD) are sent with HTTP basic
    or digest authentication, as the server asks."""

    def __init__(self, endpoint: str, read_only: bool = False, *, query_url: str | None = None,
                 update_url: str | None = None, gsp_url: str | None = None, timeout: float = 600,
                 engine: str | None = None, user: str | None = None, password: str | None = None):
        base = endpoint.rstrip("/")
        name = (engine or os.environ.get("DIPLOGRAPH_ENGINE") or "oxigraph").lower()
        if name not in ENGINES:
            raise StoreError(f"unknown engine {name!r}; use one of {', '.join(ENGINES)}")
        self.base, self.engine, self.layout = base, name, ENGINES[name]
        user = user or os.environ.get("DIPLOGRAPH_ENDPOINT_USER")
        paths = self.layout.auth if user and self.layout.auth else (self.layout.query, self.layout.update,
                                                                     self.layout.gsp)
        self.query_url = query_url or base + paths[0]
        self.update_url = update_url or base + paths[1]
        self.gsp_url = gsp_url or (base + paths[2] if paths[2] is not None else None)
        self.read_only = read_only
        self.timeout = timeout
        self._opener = _opener(base, user, password or os.environ.get("DIPLOGRAPH_ENDPOINT_PASSWORD"))

    def check_union_default(self) -> None:
        """Fail early when the server does not query the union of its named graphs."""
        if self.query("ASK { GRAPH ?g { ?s ?p ?o } }") and not self.query("ASK { ?s ?p ?o }"):
            raise StoreError(f"{self.query_url} does not use the union of named graphs as default "
                             "graph: start Oxigraph with --union-default-graph (Fuseki/TDB2: "
                             "unionDefaultGraph true)")

    def _request(self, url: str, data: bytes | None = None, headers: Mapping[str, str] | None = None,
                 error: type[StoreError] = QueryError) -> tuple[str, bytes]:
        request = Request(url, data=data, headers=dict(headers or {}), method="POST" if data else "GET")
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except HTTPError as e:
            detail = e.read().decode("utf-8", "replace").strip()
            raise error(f"{url} answered {e.code}: {detail or e.reason}") from None
        except (URLError, OSError) as e:
            raise error(f"cannot reach {url}: {getattr(e, 'reason', e)}") from None

    def _execute(self, sparql: str, form: str, params: Mapping[str, Term]) -> Any:
        text = bind_text(sparql, params) if params else sparql
        accept = {"SELECT": self.layout.select_accept, "ASK": "application/sparql-results+json"}.get(
            form, "application/n-triples")
        if self.layout.form_queries:
            data, kind = urlencode({"query": text}).encode("ascii"), "application/x-www-form-urlencoded"
        else:
            data, kind = text.encode("utf-8"), "application/sparql-query; charset=utf-8"
        media, body = self._request(self.query_url, data, {"Content-Type": kind, "Accept": accept})
        media = media.split(";")[0].strip().lower()
        try:
            if form in ("CONSTRUCT", "DESCRIBE"):
                return list(ox.parse(body, ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES))
            results_format = ox.QueryResultsFormat.from_media_type(media)
            return ox.parse_query_results(body, results_format or ox.QueryResultsFormat.TSV)
        except SyntaxError as e:
            raise QueryError(f"unreadable answer from {self.query_url} ({media}): {e}") from None

    def _update(self, update: str) -> None:
        self._request(self.update_url, update.encode("utf-8"),
                      {"Content-Type": "application/sparql-update; charset=utf-8"}, error=StoreError)

    def _quads(self, graph: str | None) -> Iterable[ox.Quad]:
        if graph is not None and self.gsp_url:  # Graph Store Protocol: the server serializes the graph
            url = self.gsp_url + "?" + urlencode({self.layout.graph_param: graph})
            try:
                _, body = self._request(url, headers={"Accept": "application/n-triples"})
            except QueryError as e:
                if " answered 404" in str(e):
                    return []
                raise
            g = ox.NamedNode(graph)
            triples = ox.parse(body, ox.RdfFormat.N_TRIPLES)
            return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]
        # the whole dataset (or a graph, without GSP) through plain SPARQL, which every server speaks
        if graph is not None:
            rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": ox.NamedNode(graph)}).rows
        else:
            rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return [ox.Quad(s, p, o, g) for s, p, o, g in rows]

    def _replace(self, graphs: Mapping[str, list[ox.Quad]]) -> None:
        if not (self.layout.gsp_writes and self.gsp_url):
            return super()._replace(graphs)
        # Virtuoso: each graph dropped and posted whole, then the state token: several requests,
        # applied one by one (as Virtuoso applies the operations of one update request anyway)
        people = self._touched_people(graphs)
        self._update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))
        for graph, quads in graphs.items():
            self._post_graph(graph, [q.triple for q in quads])
        self._update(f"DROP SILENT GRAPH <{STATE_GRAPH}> ;\nINSERT DATA {{ {_state_block()} }}"
                     + (" ;\n" + _names_update(people) if people else ""))

    def _post_graph(self, graph: str, triples: list[ox.Triple]) -> None:
        url = f"{self.gsp_url}?{urlencode({self.layout.graph_param: graph})}"
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        self._request(url, body, {"Content-Type": "application/n-triples"}, error=StoreError)

    def _bulk_load(self, files: Sequence[Path]) -> None:
        """N-Quads to the engine's dataset endpoint in one request per file; else each graph to the
        Graph Store Protocol (one request per graph); else INSERT DATA batches."""
        for path in files:
            if self.layout.quads_url is not None:
                with open_nquads(path) as fh:
                    self._request(self.base + self.layout.quads_url, fh.read(),
                                  {"Content-Type": "application/n-quads"}, error=StoreError)
                continue
            batch: list[tuple[str, str | bytes]] = []
            for graph, triples in _graphs_of(path):
                if self.gsp_url:
                    self._post_graph(graph, triples)
                else:
                    quads = (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph)) for t in triples)
                    batch.append((graph, ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""))
                    if len(batch) >= 64:
                        self.replace_releases(batch)
                        batch.clear()
            if batch:
                self.replace_releases(batch)


def open_nquads(path: str | Path) -> BinaryIO:
    """An N-Quads file for reading, gzip-compressed (.gz) or not: a million-meeting graph is
    written compressed and loaded without unpacking it to disk first."""
    return gzip.open(path, "rb") if str(path).endswith(".gz") else open(path, "rb")  # noqa: SIM115


def _graphs_of(path: Path) -> Iterator[tuple[str, list[ox.Triple]]]:
    """The triples of each named graph of an N-Quads file, a graph's quads being contiguous."""
    current, triples = "", []  # type: tuple[str, list[ox.Triple]]
    with open_nquads(path) as fh:
        for q in ox.parse(fh, format=ox.RdfFormat.N_QUADS):
            if not isinstance(q.graph_name, ox.NamedNode):
                raise StoreError(f"{path}: a quad outside any named graph; release graphs only")
            g = q.graph_name.value
            if g != current and triples:
                yield current, triples
                triples = []
            current = g
            triples.append(q.triple)
    if triples:
        yield current, triples


def _opener(base: str, user: str | None, password: str | None):
    if not user:
        return build_opener()
    passwords = HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, base, user, password or "")
    return build_opener(HTTPDigestAuthHandler(passwords), HTTPBasicAuthHandler(passwords))


# ---------------------------------------------------------------------------------------------


def open_store(path: str | Path | None = None, endpoint: str | None = None, read_only: bool = False,
               in_memory: bool = False, **remote: Any) -> Store:
    """The store to use.

    - `endpoint` (or env DIPLOGRAPH_ENDPOINT): a SPARQL server; `query_url`, `update_url`,
      `gsp_url` and `timeout` keywords override Oxigraph's /query, /update, /store layout.
    - `in_memory`: an empty in-memory store, or with an explicit `path` an in-memory copy of it.
    - otherwise embedded Oxigraph at `path`, env DIPLOGRAPH_STORE, or ./.diplograph/store;
      `read_only` opens beside a writer.
    """
    if path is not None and endpoint is not None:
        raise ValueError("give a store path or an endpoint, not both")
    if in_memory:
        store = EmbeddedStore.copy_of(path) if path is not None else EmbeddedStore()
        store.read_only = read_only
        return store
    endpoint = endpoint or (None if path is not None else os.environ.get("DIPLOGRAPH_ENDPOINT"))
    if endpoint:
        remote_store = RemoteStore(endpoint, read_only, **remote)
        remote_store.check_union_default()
        return remote_store
    return EmbeddedStore(path or os.environ.get("DIPLOGRAPH_STORE") or DEFAULT_PATH, read_only)
