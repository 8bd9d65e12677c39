"""Extraction on Dask: the pure release -> N-Quads function as tasks on a LocalCluster bound to
127.0.0.1, N-Quads files bulk-loaded by the store; the same graph as `diplograph ingest`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.distributed import extract_and_load, extract_chunk
from graph.ingest import SAMPLE, ingest
from graph.store import STATE_GRAPH, open_store

distributed = pytest.importorskip("dask.distributed")

SOME = ["en-001.txt", "en-002.html", "en-013.txt", "fr-001.txt", "fr-004.html", "fr-007.txt"]


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("releases")
    for name in SOME:
        shutil.copy(SAMPLE / name, folder / name)
    (folder / "broken.txt").write_bytes(b"%PDF-1.7 not a release")
    return folder


@pytest.fixture(scope="module")
def ingested(releases, tmp_path_factory):
    store = open_store(path=tmp_path_factory.mktemp("ingest") / "store")
    ingest([releases], store)
    return store


def quads(store) -> set[ox.Quad]:
    state = ox.NamedNode(STATE_GRAPH)
    return {q for q in ox.parse(store.dump("nquads"), ox.RdfFormat.N_QUADS) if q.graph_name != state}


def cluster(**kw):
    return distributed.LocalCluster(protocol="tcp://", host="127.0.0.1", dashboard_address=None, **kw)


def test_dask_extraction_gives_the_graph_ingest_gives(releases, ingested, tmp_path):
    store = open_store(path=tmp_path / "store")
    with cluster(n_workers=1, threads_per_worker=1, processes=False) as c, distributed.Client(c) as client:
        outcomes = extract_and_load(client, [releases], store, tmp_path / "nquads")
        assert sorted(o.status for o in outcomes) == ["skipped"] + ["stored"] * len(SOME)
        assert any("PDF" in o.reason for o in outcomes if o.status == "skipped")
        assert sorted(p.name for p in (tmp_path / "nquads").iterdir()) == ["part-00000.nq"]
        assert quads(store) == quads(ingested)

        again = extract_and_load(client, [releases], store, tmp_path / "again")  # nothing new
        assert sorted(o.status for o in again) == ["skipped"] + ["unchanged"] * len(SOME)
        assert not (tmp_path / "again").exists() or not list((tmp_path / "again").iterdir())
        assert quads(store) == quads(ingested)


def test_a_chunk_is_a_pure_function_of_its_files(releases, tmp_path):
    files = [str(releases / n) for n in SOME[:2]]
    a = extract_chunk(files, str(tmp_path / "a.nq"))
    b = extract_chunk(files, str(tmp_path / "b.nq"))
    assert (tmp_path / "a.nq").read_text() == (tmp_path / "b.nq").read_text()
    assert a.graphs == b.graphs and len(a.graphs) == 2


@pytest.mark.slow
def test_two_worker_processes(releases, ingested, tmp_path):
    store = open_store(path=tmp_path / "store")
    with cluster(n_workers=2, threads_per_worker=1, processes=True) as c, distributed.Client(c) as client:
        from graph.distributed import extract_to_nquads, load
        from graph.ingest import ensure_reference

        ensure_reference(store)
        results = extract_to_nquads(client, [releases], tmp_path / "nquads", chunk=3)
        assert len([r for r in results if r.nquads]) == 3  # seven files, three tasks over two workers
        load(store, results)
    assert quads(store) == quads(ingested)
