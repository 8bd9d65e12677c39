"""Saved SPARQL queries: `queries/*.rq`, each opening with a header the CLI and the app read.

    # Title line
    # Description, one or more lines.
    # param: ?person iri — the person
    # param: ?from date (optional) — first day
    # param: ?year int [2024] — a default makes a parameter optional
    # returns: person, meeting, date

Parameter types: iri, string, date, int. Values arrive as strings (command line, form fields)
and are converted to typed terms here, then bound by the store, never formatted into the text.

Writing a saved query that binds the same on every engine:
- a parameter is a column of the outer SELECT and of every sub-SELECT that uses it (pyoxigraph
  binds projected variables only; servers get it substituted everywhere);
- an optional parameter is read with COALESCE(?p, fallback), never BOUND(?p);
- over the union of graphs a node restated by several releases matches once per release: count
  with DISTINCT, and read a shared node's properties inside one GRAPH or from a distinct subquery.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from graph.store import QueryError, QueryResult, Store, Term, to_term
from graph.vocab import PREFIXES, XSD

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
PARAM_TYPES = ("iri", "string", "date", "int")

_PARAM = re.compile(
    r"^param:\s*[?$](?P<name>\w+)\s+(?P<type>\w+)"
    r"(?:\s+\[(?P<default>[^\]]*)\])?"
    r"(?P<optional>\s*\(optional\))?"
    r"\s*(?:[—–-]+\s*(?P<description>.*))?$"
)


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # one of PARAM_TYPES
    description: str = ""
    default: str | None = None
    optional: bool = False

    @property
    def required(self) -> bool:
        return not self.optional and self.default is None


@dataclass(frozen=True)
class SavedQuery:
    name: str  # file stem, e.g. "person_meetings"
    title: str
    description: str
    params: tuple[Param, ...]
    returns: tuple[str, ...]
    text: str
    path: Path | None = field(default=None, compare=False)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name.lstrip("?$"):
                return p
        raise QueryError(f"{self.name} has no parameter ?{name.lstrip('?$')}; "
                         f"it takes {', '.join('?' + p.name for p in self.params) or 'none'}")


def parse_saved_query(text: str, name: str, path: Path | None = None) -> SavedQuery:
    """Read the header comment of a saved query (see the module docstring)."""
    header = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        header.append(stripped.lstrip("#").strip())
    if not header or not header[0]:
        raise ValueError(f"{name}: a saved query starts with a '# Title' comment line")
    title, description, params, returns = header[0], [], [], None
    for line in header[1:]:
        if line.startswith("param:"):
            m = _PARAM.match(line)
            if not m or m["type"] not in PARAM_TYPES:
                raise ValueError(f"{name}: cannot read {line!r}; write "
                                 f"'# param: ?name {'|'.join(PARAM_TYPES)} [default] — description'")
            params.append(Param(m["name"], m["type"], (m["description"] or "").strip(),
                                m["default"], bool(m["optional"])))
        elif line.startswith("returns:"):
            returns = tuple(c.strip().lstrip("?$") for c in line[len("returns:"):].split(",") if c.strip())
        elif line:
            description.append(line)
    if returns is None:
        raise ValueError(f"{name}: the header needs a '# returns: col1, col2' line")
    return SavedQuery(name, title, " ".join(description), tuple(params), returns, text, path)


def load_saved_queries(directory: str | Path | None = None) -> dict[str, SavedQuery]:
    """Every `*.rq` of the folder (env DIPLOGRAPH_QUERIES or the project's queries/), by name."""
    folder = Path(directory or os.environ.get("DIPLOGRAPH_QUERIES") or QUERIES_DIR)
    return {p.stem: parse_saved_query(p.read_text(encoding="utf-8"), p.stem, p)
            for p in sorted(folder.glob("*.rq"))}


def convert(param: Param, value: str | Term | date | int) -> Term:
    """A typed term from a form or command-line value; QueryError names what is wrong."""
    if not isinstance(value, str):
        return to_term(value)
    text = value.strip()
    try:
        if param.type == "iri":
            return ox.NamedNode(_expand(text))
        if param.type == "date":
            return ox.Literal(date.fromisoformat(text).isoformat(), datatype=ox.NamedNode(XSD + "date"))
        if param.type == "int":
            return ox.Literal(str(int(text)), datatype=ox.NamedNode(XSD + "integer"))
    except ValueError:
        expected = {"iri": "an IRI (https://... or dgid:...)", "date": "a date (YYYY-MM-DD)",
                    "int": "a whole number"}[param.type]
        raise QueryError(f"parameter ?{param.name}: {value!r} is not {expected}") from None
    return ox.Literal(value)


def _expand(text: str) -> str:
    """Full IRI from '<...>', 'https://...' or a prefixed name such as dgid:person/mark-rutte."""
    text = text.removeprefix("<").removesuffix(">")
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text):
        raise ValueError(text)
    return text


def bind_params(query: SavedQuery, values: Mapping[str, str | Term | date | int] | None) -> dict[str, Term]:
    """Typed bindings: declared types applied, defaults filled in, required ones checked."""
    given = {k.lstrip("?$"): v for k, v in (values or {}).items() if v is not None and v != ""}
    bound = {}
    for name, value in given.items():
        bound[name] = convert(query.param(name), value)  # unknown names raise
    for p in query.params:
        if p.name not in bound and p.default is not None:
            bound[p.name] = convert(p, p.default)
    missing = [p for p in query.params if p.required and p.name not in bound]
    if missing:
        raise QueryError(f"{query.name} needs " + ", ".join(
            f"?{p.name} ({p.type}{': ' + p.description if p.description else ''})" for p in missing))
    return bound


def run_saved(store: Store, name_or_path: str | Path, params: Mapping[str, str] | None = None, *,
              limit: int | None = None, directory: str | Path | None = None) -> QueryResult:
    """Run a saved query by name (file stem) or path, with string parameters converted by type."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        query = parse_saved_query(path.read_text(encoding="utf-8"), path.stem, path)
    else:
        queries = load_saved_queries(directory)
        if str(name_or_path) not in queries:
            raise QueryError(f"no saved query {str(name_or_path)!r}; known: {', '.join(queries)}")
        query = queries[str(name_or_path)]
    return store.query(query.text, bind_params(query, params), limit=limit)
