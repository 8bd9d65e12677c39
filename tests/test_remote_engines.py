"""The remote mode against production triple stores started here on 127.0.0.1 and stopped after:
Virtuoso Open Source (Debian's virtuoso-opensource) and the Oxigraph server. The same saved
queries, unchanged, give the same rows as the embedded store with the same data; release graphs
are bulk-loaded through each engine's fast path (N-Quads to Oxigraph's dataset endpoint, one Graph
Store Protocol request per graph to Virtuoso), not triple by triple.

Needs: virtuoso-t and isql-vt (apt-get install virtuoso-opensource) for the Virtuoso tests, the
oxigraph binary (pip oxigraph) for the other; each is skipped when its server is missing.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmarks.servers import OxigraphServer, Virtuoso
from benchmarks.synth.graph import extraction
from benchmarks.synth.pools import Pools
from benchmarks.synth.releases import release
from graph.cli import app
from graph.queries import load_saved_queries, run_saved
from graph.rdf import release_nquads
from graph.reference import reference_nquads
from graph.store import open_store, plain

pytestmark = [pytest.mark.server, pytest.mark.slow]

RELEASES = 120


# ------------------------------------------------------------------------------------- data


@pytest.fixture(scope="module")
def nquad_files(tmp_path_factory) -> list[Path]:
    """Synthetic release graphs (benchmarks.synth), two N-Quads files, as a distributed
    extraction writes them."""
    folder = tmp_path_factory.mktemp("nquads")
    pools = Pools(7)
    out = []
    for part in range(2):
        path = folder / f"part-{part}.nq"
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(part * RELEASES // 2, (part + 1) * RELEASES // 2):
                fh.write(release_nquads(extraction(release(pools, 7, i)))[1])
        out.append(path)
    return out


@pytest.fixture(scope="module")
def embedded(nquad_files):
    store = open_store(in_memory=True)
    store.load_reference(reference_nquads())
    store.load_nquads(nquad_files)
    return store


def params_from(store) -> dict[str, str]:
    (person,) = store.query(
        "SELECT ?p (COUNT(?m) AS ?n) WHERE { ?m <https://schema.org/attendee> ?p } "
        "GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1"
    ).rows[0][:1]
    (meeting,) = store.query(
        "SELECT ?m ?p WHERE { ?m <https://schema.org/attendee> ?p } ORDER BY ?m LIMIT 1", {"p": person}
    ).rows[0][:1]
    return {
        "person": person.value,
        "meeting": meeting.value,
        "country": "https://w3id.org/diplograph/id/country/PL",
        "a": "https://w3id.org/diplograph/id/country/PL",
        "b": "https://w3id.org/diplograph/id/org/NATO",
        "from": "2021-01-01",
        "to": "2022-12-31",
    }


def rows(result) -> Counter:
    """Rows as a multiset of plain values; a GROUP_CONCAT list ("a; b") as its sorted items,
    since engines concatenate in no fixed order."""
    return Counter(
        tuple(
            "; ".join(sorted(v.split("; "))) if isinstance(v, str) and "; " in v else v for v in (plain(t) for t in row)
        )
        for row in result.rows
    )


def same_answers(remote, local) -> None:
    params = params_from(local)
    for name, sq in load_saved_queries().items():
        values = {p.name: params[p.name] for p in sq.params if p.name in params}
        want, got = run_saved(local, name, values), run_saved(remote, name, values)
        assert got.columns == want.columns, name
        assert rows(got) == rows(want), name
        assert len(want) > 0 or name == "first_last_meeting", f"{name}: the data should give rows"


# ------------------------------------------------------------------------------------- Virtuoso


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if not Virtuoso.available():
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def virtuoso_store(virtuoso, nquad_files):
    store = open_store(endpoint=virtuoso, engine="virtuoso")
    store.load_reference(reference_nquads())
    store.load_nquads(nquad_files)
    return store


def test_virtuoso_queries_the_union_of_graphs_without_configuration(virtuoso_store):
    # open_store checked it (check_union_default); a triple pattern outside GRAPH sees every graph
    assert virtuoso_store.query("ASK { ?m <https://schema.org/attendee> ?p }")
    assert virtuoso_store.stats()["releases"] == RELEASES


def test_virtuoso_answers_every_saved_query_as_the_embedded_store(virtuoso_store, embedded):
    same_answers(virtuoso_store, embedded)


def test_virtuoso_writes_are_whole_graphs(virtuoso_store):
    g = "https://w3id.org/diplograph/id/release/extra.txt"
    before = virtuoso_store.state()
    virtuoso_store.replace_releases([(g, f'<{g}> <https://w3id.org/diplograph/ns#sha256> "v1" <{g}> .\n')])
    assert virtuoso_store.release_hashes()[g] == "v1" and virtuoso_store.state() != before
    virtuoso_store.replace_releases([(g, f'<{g}> <https://w3id.org/diplograph/ns#sha256> "v2" <{g}> .\n')])
    assert virtuoso_store.release_hashes()[g] == "v2"
    assert b"v2" in virtuoso_store.dump("nquads", graph=g)
    virtuoso_store.remove_release(g)
    assert g not in virtuoso_store.release_hashes()


def test_cli_queries_virtuoso_with_the_engine_named(virtuoso_store, embedded, virtuoso, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_ENGINE", "virtuoso")
    result = CliRunner().invoke(app, ["query", "meetings", "--endpoint", virtuoso, "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0] == ",".join(load_saved_queries()["meetings"].returns)
    assert len(lines) - 1 == len(run_saved(embedded, "meetings"))


# ------------------------------------------------------------------------------------- Oxigraph server


def test_oxigraph_server_bulk_load_posts_nquads(tmp_path, nquad_files, embedded):
    if OxigraphServer.binary() is None:
        pytest.skip("no oxigraph binary")
    server = OxigraphServer(tmp_path / "server")
    try:
        store = open_store(endpoint=server.url)
        store.load_reference(reference_nquads())
        store.load_nquads(nquad_files)
        assert store.stats()["releases"] == RELEASES
        same_answers(store, embedded)
    finally:
        server.stop()


def test_bulk_load_replaces_the_graphs_named(tmp_path, nquad_files):
    store = open_store(path=tmp_path / "store")
    store.load_nquads(nquad_files)
    first = store.stats()
    graphs = sorted({m.group(1) for m in re.finditer(r"<([^>]+)> \.$", nquad_files[0].read_text(), re.M)})
    store.load_nquads([nquad_files[0]], replace=graphs)  # again, the same graphs: nothing doubled
    assert store.stats() == first
    assert os.path.isdir(tmp_path / "store")
