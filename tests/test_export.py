"""The format registry, RDF conversions compared as quad sets, network files read back."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest

from graph import export
from graph import network as net
from graph.vocab import DG, ID, RDFS, REFERENCE_GRAPH, SCHEMA, XSD, country_iri, person_iri, release_iri

ALIASES = {
    "turtle": "turtle", "ttl": "turtle", ".TTL": "turtle", "TriG": "trig",
    "nt": "ntriples", "ntriples": "ntriples", "n-triples": "ntriples",
    "nq": "nquads", "nquads": "nquads", "n-quads": "nquads",
    "jsonld": "jsonld", "json-ld": "jsonld",
    "xml": "rdfxml", "rdfxml": "rdfxml", "rdf": "rdfxml",
    "graphml": "graphml", "gexf": "gexf", "csv": "csv", "zip": "csv", "html": "html",
}  # fmt: skip
PYOXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


# --- the registry ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("alias", "name"), ALIASES.items())
def test_every_alias_resolves(alias, name):
    assert export.resolve_format(alias).name == name


def test_unknown_format_lists_the_known_ones():
    with pytest.raises(export.UnknownFormat) as error:
        export.resolve_format("docx")
    message = str(error.value)
    assert "'docx'" in message
    for name in ("turtle (ttl)", "nquads (nq, n-quads)", "gexf", "graphml", "csv (zip)", "html"):
        assert name in message


def test_kind_is_checked():
    with pytest.raises(export.UnknownFormat, match="not a network format"):
        export.resolve_format("ttl", "network")
    with pytest.raises(export.UnknownFormat, match="rdf formats: turtle"):
        export.resolve_format("gexf", "rdf")


def test_format_from_a_file_name():
    assert export.format_for_path("out/graph.GEXF").name == "gexf"
    assert export.format_for_path("dump.nq").name == "nquads"
    with pytest.raises(export.UnknownFormat, match="no extension"):
        export.format_for_path("graph")


@pytest.mark.parametrize("name", PYOXIGRAPH_FORMATS)
def test_rdf_formats_agree_with_pyoxigraph(name):
    fmt = export.resolve_format(name)
    rdf_format = PYOXIGRAPH_FORMATS[name]
    assert fmt.kind == "rdf" and fmt.rdf_format == rdf_format
    assert fmt.extension == rdf_format.file_extension
    assert fmt.media_type == rdf_format.media_type
    assert fmt.named_graphs == rdf_format.supports_datasets
    assert fmt.filename == f"diplograph.{fmt.extension}"


def test_every_format_has_a_media_type_and_extension():
    names = [fmt.name for fmt in export.FORMATS]
    assert len(names) == len(set(names))
    for fmt in export.FORMATS:
        assert "/" in fmt.media_type and fmt.extension and fmt.description
    assert {fmt.name for fmt in export.known_formats("network")} == {"graphml", "gexf", "csv", "html"}


def test_rdf_and_network_formats_are_not_mixed_up():
    with pytest.raises(ValueError, match="store"):
        export.resolve_format("ttl").write(nx.Graph())
    with pytest.raises(ValueError, match="network format"):
        export.resolve_format("gexf").rdf_format  # noqa: B018


# --- RDF ------------------------------------------------------------------------------------------


def small_dataset() -> ox.Dataset:
    release = ox.NamedNode(release_iri("fr-007.txt"))
    person = ox.NamedNode(person_iri("mevlut-cavusoglu"))
    country = ox.NamedNode(country_iri("TR"))
    label = ox.NamedNode(RDFS + "label")
    integer, day = ox.NamedNode(XSD + "integer"), ox.NamedNode(XSD + "date")
    return ox.Dataset(
        [
            ox.Quad(person, label, ox.Literal("Mevlüt Çavuşoğlu", language="tr"), release),
            ox.Quad(person, ox.NamedNode(SCHEMA + "name"), ox.Literal("Μητσοτάκης </script>"), release),
            ox.Quad(person, ox.NamedNode(DG + "rank"), ox.Literal("3", datatype=integer), release),
            ox.Quad(release, ox.NamedNode(SCHEMA + "datePublished"),
                    ox.Literal("2024-11-18", datatype=day), release),
            ox.Quad(country, label, ox.Literal("Turquie", language="fr"), ox.NamedNode(REFERENCE_GRAPH)),
            ox.Quad(country, label, ox.Literal("Turquie", language="fr"), release),  # in two graphs
            ox.Quad(ox.NamedNode(ID + "x"), label, ox.Literal("in the default graph"), ox.DefaultGraph()),
        ]
    )  # fmt: skip


def as_triples(quads) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}


def store_dump(dataset: ox.Dataset, fmt: export.ExportFormat) -> bytes:
    """What the store's dump gives: the dataset, or for a triple format the union of its graphs."""
    items = list(dataset) if fmt.named_graphs else list(as_triples(dataset))
    return ox.serialize(items, format=fmt.rdf_format)


@pytest.mark.parametrize("name", PYOXIGRAPH_FORMATS)
def test_pyoxigraph_parses_every_rdf_format(name):
    fmt = export.resolve_format(name)
    dataset = small_dataset()
    parsed = list(ox.parse(store_dump(dataset, fmt), format=fmt.rdf_format))
    if fmt.named_graphs:
        assert set(parsed) == set(dataset)
    else:
        assert as_triples(parsed) == as_triples(dataset)


@pytest.mark.parametrize("src", PYOXIGRAPH_FORMATS)
@pytest.mark.parametrize("dst", PYOXIGRAPH_FORMATS)
def test_serialize_rdf_converts_between_formats(src, dst):
    src_fmt, dst_fmt = export.resolve_format(src), export.resolve_format(dst)
    dataset = small_dataset()
    converted = export.serialize_rdf(store_dump(dataset, src_fmt), src, dst)
    parsed = list(ox.parse(converted, format=dst_fmt.rdf_format))
    if src_fmt.named_graphs and dst_fmt.named_graphs:
        assert set(parsed) == set(dataset)
    else:  # a triple format on either side: the graphs are merged
        assert as_triples(parsed) == as_triples(dataset)
        assert len(parsed) == len(as_triples(dataset))  # no duplicates
    if dst in ("turtle", "trig"):
        assert b"@prefix dgid:" in converted


# --- networks -------------------------------------------------------------------------------------


def people() -> nx.Graph:
    df = pd.DataFrame(
        {
            "a": [person_iri("a"), person_iri("a"), person_iri("b")],
            "aLabel": ["Владимир Зеленский", "Владимир Зеленский", "Hakan Fıdan"],
            "aAffiliation": [country_iri("UA"), country_iri("UA"), None],
            "b": [person_iri("b"), person_iri("c"), person_iri("c")],
            "bLabel": ["Hakan Fıdan", 'Mark "<Rutte>" & co', 'Mark "<Rutte>" & co'],
            "bAffiliation": [None, "NATO", "NATO"],
            "weight": [3, 1, 2],
            "meetings": ["2024-01-02 Ankara; talks|2023-05-06 Kyiv", "2022-01-01 Call", None],
        }
    )
    G = net.person_graph(df)
    net.add_metrics(G)
    G.nodes[person_iri("a")]["ratio"] = 1  # int here, float below: must become one type
    G.nodes[person_iri("b")]["ratio"] = 0.5
    G.nodes[person_iri("c")]["note"] = None
    return G


def assert_same_network(G: nx.Graph, nodes: dict[str, dict], edges: dict[frozenset, dict]):
    assert set(nodes) == set(G)
    assert set(edges) == {frozenset(e) for e in G.edges}
    for node, attrs in G.nodes(data=True):
        assert nodes[node]["label"] == attrs["label"]
        assert nodes[node]["kind"] == attrs["kind"]
        assert nodes[node].get("affiliation") == attrs.get("affiliation")
        assert int(nodes[node]["community"]) == attrs["community"]
        if "ratio" in attrs:
            assert float(nodes[node]["ratio"]) == float(attrs["ratio"])
        assert "note" not in nodes[node] or nodes[node]["note"] in ("", None)
    for a, b, attrs in G.edges(data=True):
        read = edges[frozenset((a, b))]
        assert float(read["weight"]) == float(attrs["weight"])
        assert read["meetings"] == export.LIST_SEP.join(attrs["meetings"])
        assert int(read["meetings_total"]) == attrs["meetings_total"]


def test_graphml_round_trip():
    G = people()
    read = nx.read_graphml(io.BytesIO(export.export_network(G, "graphml")))
    assert_same_network(
        G, dict(read.nodes(data=True)), {frozenset((a, b)): d for a, b, d in read.edges(data=True)}
    )


def test_gexf_round_trip():
    G = people()
    data = export.export_network(G, "gexf")
    assert b"<gexf" in data
    read = nx.read_gexf(io.BytesIO(data))
    assert_same_network(
        G, dict(read.nodes(data=True)), {frozenset((a, b)): d for a, b, d in read.edges(data=True)}
    )


def test_csv_zip_round_trip():
    G = people()
    with zipfile.ZipFile(io.BytesIO(export.export_network(G, "csv"))) as archive:
        assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
        nodes = list(csv.DictReader(io.StringIO(archive.read("nodes.csv").decode("utf-8"))))
        edges = list(csv.DictReader(io.StringIO(archive.read("edges.csv").decode("utf-8"))))
    assert list(nodes[0])[:2] == ["id", "label"] and list(edges[0])[:3] == ["source", "target", "weight"]
    node_rows = {row.pop("id"): {k: v for k, v in row.items() if v != ""} for row in nodes}
    edge_rows = {frozenset((row.pop("source"), row.pop("target"))): row for row in edges}
    assert_same_network(G, node_rows, edge_rows)
    read_back = pd.read_csv(io.BytesIO(export.csv_tables(G)["edges.csv"]))
    assert sorted(read_back["weight"]) == [1, 2, 3]


def test_html_export_is_the_offline_view():
    page = export.export_network(people(), "html", height="500px").decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "height: 500px" in page
    start = page.index('id="dg-data">') + len('id="dg-data">')
    data = json.loads(page[start : page.index("</script>", start)])
    assert {n["label"] for n in data["nodes"]} == {"Владимир Зеленский", "Hakan Fıdan", 'Mark "<Rutte>" & co'}


def test_legal_copy_flattens_values():
    G = nx.Graph()
    G.add_node(1, label="x", tags={"b", "a"}, missing=None, score=float("nan"), n=1)
    G.add_node(2, label="y", n="two")
    G.add_edge(1, 2, weight=2, meetings=("m1", None, "m2"))
    H = export.legal_copy(G)
    assert set(H) == {"1", "2"}
    assert H.nodes["1"] == {"label": "x", "tags": "a; b", "n": "1"}
    assert H.nodes["2"]["n"] == "two"
    assert H.edges["1", "2"] == {"weight": 2, "meetings": "m1; m2"}
