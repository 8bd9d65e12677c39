"""Validation: the store's graphs checked against the SHACL shapes of data/shapes.ttl (pyshacl).

    validate_store(store, release=None) -> ValidationReport

Each release graph is checked on its own (a meeting has one kind *in that release*; two releases
may disagree about a shared meeting node, which is not an error), beside the rdf:type statements
of the reference graph, so that a party, a topic or a role is known to exist there. The reference
graph is checked once, with its own shapes. Each shape says which graph it checks (`dg:checks`).

A report conforms when no result has severity sh:Violation; warnings (an undated meeting, a
release with no publication date) are counted and listed but do not fail it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Namespace, URIRef
from rdflib.term import Node

from .store import Store
from .vocab import DG, ID, PREFIXES, REFERENCE_GRAPH, release_iri

SHAPES = Path(__file__).resolve().parent.parent / "data" / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES_NS = "https://w3id.org/diplograph/shapes#"
CHECKS = URIRef(DG + "checks")
RELEASE_GRAPH = URIRef(DG + "ReleaseGraph")
REFERENCE = URIRef(DG + "ReferenceGraph")
MAX_MESSAGES = 20


@dataclass(frozen=True)
class Issue:
    """One validation result."""

    severity: str  # "Violation", "Warning" or "Info"
    graph: str  # the release's file name, or "reference"
    focus: str  # the node that fails
    path: str | None  # the property, when the shape is about one
    message: str
    value: str | None = None

    def __str__(self) -> str:
        where = f" {_short(self.path)}" if self.path else ""
        value = f" (value: {_clip(self.value)})" if self.value is not None else ""
        return f"{self.severity} in {self.graph}: {_short(self.focus)}{where}: {self.message}{value}"


@dataclass
class ValidationReport:
    graphs: int = 0  # graphs checked
    issues: list[Issue] = field(default_factory=list)

    @property
    def violations(self) -> int:
        return sum(1 for i in self.issues if i.severity == "Violation")

    @property
    def warnings(self) -> int:
        return sum(1 for i in self.issues if i.severity == "Warning")

    @property
    def conforms(self) -> bool:
        return self.violations == 0

    def messages(self, n: int = MAX_MESSAGES, severity: str | None = None) -> list[str]:
        """The first `n` results as text, violations first."""
        chosen = [i for i in self.issues if severity is None or i.severity == severity]
        chosen.sort(key=lambda i: i.severity != "Violation")
        return [str(i) for i in chosen[:n]]

    def summary(self) -> str:
        counts = Counter(i.message for i in self.issues if i.severity == "Warning")
        common = "; ".join(f"{m} ({n})" for m, n in counts.most_common(3))
        verdict = "conforms" if self.conforms else "does not conform"
        return (f"{self.graphs} graphs checked: {verdict}; {self.violations} violations, "
                f"{self.warnings} warnings" + (f" ({common})" if common else ""))


# ---------------------------------------------------------------- shapes


@cache
def shapes(path: str | Path = SHAPES) -> dict[URIRef, Graph]:
    """The shapes graph for each kind of graph (dg:ReleaseGraph, dg:ReferenceGraph): the shapes
    that check it with everything they reach (nested shapes, lists, prefixes)."""
    every = Graph().parse(str(path), format="turtle")
    out = {}
    for scope in (RELEASE_GRAPH, REFERENCE):
        g = Graph()
        for prefix, ns in every.namespaces():
            g.bind(prefix, ns)
        todo = list(every.subjects(CHECKS, scope))
        seen: set[Node] = set()
        while todo:  # everything reachable from the shapes: their blank nodes, sh:node targets
            node = todo.pop()
            if node in seen:
                continue
            seen.add(node)
            for p, o in every.predicate_objects(node):
                g.add((node, p, o))
                if isinstance(o, BNode) or (isinstance(o, URIRef) and str(o).startswith(SHAPES_NS)):
                    todo.append(o)
        out[scope] = g
    return out


# ---------------------------------------------------------------- validating


def validate_graph(data: Graph, scope: URIRef = RELEASE_GRAPH, name: str = "data") -> list[Issue]:
    """The results of the shapes for `scope` on an rdflib graph."""
    from pyshacl import validate

    _, results, _ = validate(data, shacl_graph=shapes()[scope], inference="none", advanced=False,
                             allow_warnings=True, inplace=True)
    return list(_issues(results, name))


def _issues(results: Graph, name: str) -> Iterable[Issue]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        yield Issue(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            graph=name,
            focus=str(results.value(result, SH.focusNode)),
            path=str(path) if isinstance(path, URIRef) else None,
            message=str(message) if message else "fails " + _short(str(results.value(result, SH.sourceShape))),
            value=str(value) if value is not None else None,
        )


def _rdflib_graph(store: Store, graph: str, extra: Graph | None = None) -> Graph:
    g = Graph()
    g.parse(data=store.dump("nt", graph=graph), format="nt")
    if extra is not None:
        g += extra
    return g


def _reference_types(store: Store) -> Graph:
    """The reference graph's rdf:type statements: enough to tell a country, a topic, a role."""
    types = Graph()
    rows = store.query(f"SELECT ?s ?c WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ ?s a ?c }} }}").rows
    for s, c in rows:
        if isinstance(s, ox.NamedNode) and isinstance(c, ox.NamedNode):
            types.add((URIRef(s.value), RDF.type, URIRef(c.value)))
    return types


def validate_store(store: Store, release: str | None = None, *, reference: bool | None = None) -> ValidationReport:
    """Check every release graph (or the one whose file name is `release`) and the reference graph
    (by default when no release is named)."""
    report = ValidationReport()
    releases = sorted(store.release_hashes())
    if release is not None:
        wanted = release_iri(release)
        if wanted not in releases:
            raise KeyError(f"no release {release!r} in the store")
        releases = [wanted]
    types = _reference_types(store)
    for iri in releases:
        name = unquote(iri.removeprefix(ID + "release/"))
        report.issues += validate_graph(_rdflib_graph(store, iri, types), RELEASE_GRAPH, name)
        report.graphs += 1
    if reference if reference is not None else release is None:
        report.issues += validate_graph(_rdflib_graph(store, REFERENCE_GRAPH), REFERENCE, "reference")
        report.graphs += 1
    return report


def _short(iri: str | None) -> str:
    if not iri:
        return ""
    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return iri
    prefix = next(p for p, ns in PREFIXES.items() if ns == best)
    return f"{prefix}:{iri[len(best):]}"


def _clip(text: str | None, n: int = 80) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"
