"""Export formats: one registry, with aliases, for the CLI (`-o FILE`, `--format`) and the app's
download buttons.

RDF formats map to a pyoxigraph `RdfFormat`; the store writes them (`store.dump(fmt.rdf_format)`),
and `serialize_rdf` converts between them. Network formats write a networkx graph:

- `graphml`, `gexf` (Gephi): attribute values made legal first: lists joined with "; ", None
  dropped, one type per attribute (ints promoted to float when mixed, anything else to text).
- `csv`: ONE zip file holding `nodes.csv` (id, then node attributes) and `edges.csv` (source,
  target, then edge attributes), UTF-8; a single file fits both `-o FILE` and a download.
- `html`: the standalone interactive view (graph/network_view.py), offline.

The registry is lazy (as in rdflib's plugin registry): pyoxigraph, networkx and the renderer are
imported only when a format is used.
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx
    import pyoxigraph

LIST_SEP = "; "  # how list-valued attributes (e.g. the meetings behind an edge) are flattened


@dataclass(frozen=True)
class ExportFormat:
    name: str
    kind: str  # "rdf" or "network"
    extension: str  # without the dot
    media_type: str
    description: str
    aliases: tuple[str, ...] = ()
    named_graphs: bool = False  # RDF: keeps the release graphs apart (TriG, N-Quads, JSON-LD)
    rdf_format_name: str | None = None  # attribute of pyoxigraph.RdfFormat
    writer: str | None = None  # "module:function" writing a network to bytes
    binary: bool = False
    options: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def rdf_format(self) -> pyoxigraph.RdfFormat:
        if self.rdf_format_name is None:
            raise ValueError(f"{self.name} is a network format, not an RDF format")
        from pyoxigraph import RdfFormat

        return getattr(RdfFormat, self.rdf_format_name)

    @property
    def filename(self) -> str:
        """A default file name for downloads."""
        return f"diplograph.{self.extension}"

    def write(self, G: nx.Graph, **options: Any) -> bytes:
        if self.writer is None:
            raise ValueError(f"{self.name} is an RDF format: dump it from the store (store.dump)")
        module, function = self.writer.split(":")
        write: Callable[..., bytes] = getattr(import_module(module), function)
        return write(G, **{**self.options, **options})


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "turtle", "rdf", "ttl", "text/turtle", "Turtle (default graph only: graphs merged)",
        aliases=("ttl",), rdf_format_name="TURTLE",
    ),
    ExportFormat(
        "trig", "rdf", "trig", "application/trig", "TriG (Turtle with named graphs)",
        named_graphs=True, rdf_format_name="TRIG",
    ),
    ExportFormat(
        "ntriples", "rdf", "nt", "application/n-triples", "N-Triples (graphs merged)",
        aliases=("nt", "n-triples"), rdf_format_name="N_TRIPLES",
    ),
    ExportFormat(
        "nquads", "rdf", "nq", "application/n-quads", "N-Quads (with named graphs)",
        aliases=("nq", "n-quads"), named_graphs=True, rdf_format_name="N_QUADS",
    ),
    ExportFormat(
        "jsonld", "rdf", "jsonld", "application/ld+json", "JSON-LD (with named graphs)",
        aliases=("json-ld",), named_graphs=True, rdf_format_name="JSON_LD",
    ),
    ExportFormat(
        "rdfxml", "rdf", "rdf", "application/rdf+xml", "RDF/XML (graphs merged)",
        aliases=("xml", "rdf", "rdf/xml"), rdf_format_name="RDF_XML",
    ),
    ExportFormat(
        "graphml", "network", "graphml", "application/graphml+xml", "GraphML (yEd, Cytoscape, networkx)",
        writer="graph.export:write_graphml",
    ),
    ExportFormat(
        "gexf", "network", "gexf", "application/gexf+xml", "GEXF (Gephi)",
        writer="graph.export:write_gexf",
    ),
    ExportFormat(
        "csv", "network", "zip", "application/zip", "nodes.csv + edges.csv in a zip",
        aliases=("zip",), writer="graph.export:write_csv_zip", binary=True,
    ),
    ExportFormat(
        "html", "network", "html", "text/html", "interactive view, works offline",
        aliases=("htm",), writer="graph.export:write_html",
    ),
)  # fmt: skip

_BY_NAME = {key: fmt for fmt in FORMATS for key in (fmt.name, *fmt.aliases)}


class UnknownFormat(ValueError):
    pass


def known_formats(kind: str | None = None) -> list[ExportFormat]:
    return [fmt for fmt in FORMATS if kind is None or fmt.kind == kind]


def _listing(kind: str | None = None) -> str:
    return ", ".join(
        fmt.name + (f" ({', '.join(fmt.aliases)})" if fmt.aliases else "") for fmt in known_formats(kind)
    )


def resolve_format(name: str | ExportFormat, kind: str | None = None) -> ExportFormat:
    """A format by name or alias, case-insensitive, a leading dot allowed (".ttl")."""
    if isinstance(name, ExportFormat):
        fmt: ExportFormat | None = name
    else:
        fmt = _BY_NAME.get(str(name).strip().lower().lstrip("."))
    if fmt is None:
        raise UnknownFormat(f"unknown format {name!r}; known formats: {_listing(kind)}")
    if kind is not None and fmt.kind != kind:
        raise UnknownFormat(f"{fmt.name} is not a {kind} format; {kind} formats: {_listing(kind)}")
    return fmt


def format_for_path(path: str | PurePath, kind: str | None = None) -> ExportFormat:
    """The format a file name asks for, from its extension (`-o graph.gexf`)."""
    suffix = PurePath(path).suffix
    if not suffix:
        raise UnknownFormat(f"cannot tell the format of {str(path)!r}: no extension; known: {_listing(kind)}")
    return resolve_format(suffix, kind)


# --- RDF ------------------------------------------------------------------------------------------


def serialize_rdf(
    data: bytes | str,
    src_fmt: str | ExportFormat,
    dst_fmt: str | ExportFormat,
    *,
    prefixes: dict[str, str] | None = None,
) -> bytes:
    """Convert RDF between formats. Into a triple format (Turtle, N-Triples, RDF/XML) the named
    graphs are merged, as the store's union default graph does; duplicates are dropped."""
    from pyoxigraph import Quad, Triple, parse, serialize

    from graph.vocab import PREFIXES

    src, dst = resolve_format(src_fmt, "rdf"), resolve_format(dst_fmt, "rdf")
    quads = list(parse(data, format=src.rdf_format))
    items: list[Quad] | list[Triple]
    if dst.named_graphs:
        items = quads
    else:
        items = list(dict.fromkeys(Triple(q.subject, q.predicate, q.object) for q in quads))
    supports_prefixes = dst.name in ("turtle", "trig", "rdfxml")
    out = serialize(
        items, format=dst.rdf_format, prefixes=(prefixes or PREFIXES) if supports_prefixes else None
    )
    assert out is not None
    return out


# --- networks -------------------------------------------------------------------------------------


def _flat(value: Any) -> Any:
    """An attribute value as str / int / float / bool, or None to drop it."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "item") and not isinstance(value, list | tuple | set | dict):  # numpy scalar
        return _flat(value.item())
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return LIST_SEP.join(str(item) for item in items if item is not None)
    return str(value)


def _unify(records: list[dict[str, Any]]) -> None:
    """One type per attribute key, as GraphML and GEXF declare types per key."""
    types: dict[str, set[type]] = {}
    for attrs in records:
        for key, value in attrs.items():
            types.setdefault(key, set()).add(type(value))
    for key, seen in types.items():
        if len(seen) == 1:
            continue
        target: type = float if seen <= {int, float} else str
        for attrs in records:
            if key in attrs:
                attrs[key] = target(attrs[key])


def legal_copy(G: nx.Graph) -> nx.Graph:
    """A copy of G that GraphML/GEXF writers accept: flat values, one type per attribute, string ids."""
    import networkx as nx

    H = nx.Graph() if not G.is_directed() else nx.DiGraph()
    nodes = {node: {k: v for k, v in ((k, _flat(v)) for k, v in attrs.items()) if v is not None}
             for node, attrs in G.nodes(data=True)}  # fmt: skip
    edges = [(a, b, {k: v for k, v in ((k, _flat(v)) for k, v in attrs.items()) if v is not None})
             for a, b, attrs in G.edges(data=True)]  # fmt: skip
    _unify(list(nodes.values()))
    _unify([attrs for _, _, attrs in edges])
    H.add_nodes_from((str(node), attrs) for node, attrs in nodes.items())
    H.add_edges_from((str(a), str(b), attrs) for a, b, attrs in edges)
    H.graph.update({k: v for k, v in ((k, _flat(v)) for k, v in G.graph.items()) if v is not None})
    return H


def write_graphml(G: nx.Graph) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(legal_copy(G), buffer, encoding="utf-8", named_key_ids=True)
    return buffer.getvalue()


def write_gexf(G: nx.Graph) -> bytes:
    import networkx as nx

    H = legal_copy(G)
    for key in ("id", "pid", "start", "end", "viz"):  # names the GEXF writer reads as structure
        for _, attrs in H.nodes(data=True):
            attrs.pop(key, None)
        for _, _, attrs in H.edges(data=True):
            attrs.pop(key, None)
    buffer = io.BytesIO()
    nx.write_gexf(H, buffer, encoding="utf-8")
    return buffer.getvalue()


def _csv_bytes(header: list[str], rows: list[list[Any]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return text.getvalue().encode("utf-8")


def csv_tables(G: nx.Graph) -> dict[str, bytes]:
    """{"nodes.csv": id, attributes...; "edges.csv": source, target, attributes...}, UTF-8."""
    H = legal_copy(G)
    node_keys = sorted({key for _, attrs in H.nodes(data=True) for key in attrs} - {"id"})
    edge_keys = sorted({key for _, _, attrs in H.edges(data=True) for key in attrs} - {"source", "target"})
    if "label" in node_keys:  # the most useful columns first
        node_keys.insert(0, node_keys.pop(node_keys.index("label")))
    if "weight" in edge_keys:
        edge_keys.insert(0, edge_keys.pop(edge_keys.index("weight")))
    nodes = [[node, *(attrs.get(k, "") for k in node_keys)] for node, attrs in H.nodes(data=True)]
    edges = [[a, b, *(attrs.get(k, "") for k in edge_keys)] for a, b, attrs in H.edges(data=True)]
    return {
        "nodes.csv": _csv_bytes(["id", *node_keys], nodes),
        "edges.csv": _csv_bytes(["source", "target", *edge_keys], edges),
    }


def write_csv_zip(G: nx.Graph) -> bytes:
    """The two tables of `csv_tables` in one zip file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in csv_tables(G).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def write_html(G: nx.Graph, **options: Any) -> bytes:
    from graph.network_view import render_html

    return render_html(G, **options).encode("utf-8")


def export_network(G: nx.Graph, fmt: str | ExportFormat, **options: Any) -> bytes:
    """G in a network format (graphml, gexf, csv, html); options go to the writer (html: see
    network_view.render_html)."""
    return resolve_format(fmt, "network").write(G, **options)
