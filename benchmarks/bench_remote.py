"""Past one machine: the same graph in the Oxigraph server and in Virtuoso Open Source, both started
here on 127.0.0.1. Load time by each path (the engine's own offline loader, N-Quads over HTTP,
one Graph Store Protocol request per release graph) and each saved query's latency through
diplograph's remote store, against the embedded store on disk with the same data."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from .bench_store import files, graph, kind_of, load_embedded, params_for
from .common import BENCH_DIR, median, secs, table, timed
from .servers import OxigraphServer, Virtuoso


def _queries(store, params: dict, repeat: int) -> dict:
    from graph.queries import load_saved_queries, run_saved

    out = {}
    for name, sq in load_saved_queries().items():
        values = {p.name: params[p.name] for p in sq.params if p.name in params}
        times, result = timed(lambda n=name, v=values: run_saved(store, n, v), repeat, 60)
        out[name] = {"median": median(times), "rows": len(result)}
    return out


def _remote_load(remote, reference: str, parts: list[Path]) -> float:
    """Seconds to load the reference graph and the release graphs through diplograph's remote store."""
    t = time.perf_counter()
    remote.load_reference(reference)
    remote.load_nquads(parts)
    return time.perf_counter() - t


def bench(quick: bool = False, meetings: int | None = None) -> dict:
    from graph.store import open_store

    meetings = meetings or 10_000
    folder = graph(meetings)
    parts = files(folder)
    store_path = BENCH_DIR / f"store-{meetings}"
    if not (store_path / "CURRENT").exists():
        load_embedded(folder, store_path)
    embedded = open_store(path=store_path, read_only=True)
    params = params_for(embedded)
    repeat = 2 if quick else 3
    manifest = json.loads((folder / "manifest.json").read_text())
    out: dict = {"meetings": manifest["meetings"], "quads": manifest["quads"], "load": {}, "queries": {}}
    out["queries"]["embedded"] = _queries(embedded, params, repeat)
    reference = (folder / "reference.nq").read_text(encoding="utf-8")

    with tempfile.TemporaryDirectory(prefix="dg-remote-", dir=BENCH_DIR) as tmp:
        tmp = Path(tmp)
        # Oxigraph: offline loader, then served
        binary = OxigraphServer.binary()
        t = time.perf_counter()
        subprocess.run([binary, "load", "--location", str(tmp / "ox1"), "--file", str(folder / "reference.nq"),
                        *[x for p in parts for x in ("--file", str(p))]], check=True, capture_output=True)
        out["load"]["oxigraph load (offline, server stopped)"] = time.perf_counter() - t
        server = OxigraphServer(tmp / "ox1")
        try:
            out["queries"]["oxigraph server"] = _queries(open_store(endpoint=server.url), params, repeat)
        finally:
            server.stop()
        # Oxigraph: N-Quads posted over HTTP by the remote store
        server = OxigraphServer(tmp / "ox2")
        try:
            out["load"]["oxigraph server, N-Quads over HTTP (load_nquads)"] = _remote_load(
                open_store(endpoint=server.url), reference, parts)
        finally:
            server.stop()
        if Virtuoso.available():
            memory = 0.5 if meetings <= 10_000 else 3
            # Virtuoso: a Graph Store Protocol request per release graph
            (tmp / "vt1").mkdir()
            v = Virtuoso(tmp / "vt1", memory_gb=memory)
            try:
                out["load"]["virtuoso, one GSP request per graph (load_nquads)"] = _remote_load(
                    open_store(endpoint=v.url, engine="virtuoso"), reference, parts)
            finally:
                v.stop()
            # Virtuoso's own loader (files on the server's disk), then queried
            (tmp / "vt2").mkdir()
            v = Virtuoso(tmp / "vt2", load_dir=folder, memory_gb=memory)
            try:
                t = time.perf_counter()
                v.bulk_load("*.nq*")
                out["load"]["virtuoso loader (ld_dir + rdf_loader_run, isql)"] = time.perf_counter() - t
                remote = open_store(endpoint=v.url, engine="virtuoso")
                out["queries"]["virtuoso"] = _queries(remote, params, repeat)
            finally:
                v.stop()
            shutil.rmtree(tmp / "vt1", ignore_errors=True)
    embedded.close()
    return out


def report(r: dict) -> str:
    engines = list(r["queries"])
    base = r["queries"]["embedded"]
    rows = []
    for name, q in base.items():
        row = [name, kind_of(name), secs(q["median"])]
        for e in engines[1:]:
            other = r["queries"][e].get(name)
            row.append(f"{secs(other['median'])} ({other['median'] / q['median']:.1f}x)" if other else "-")
        rows.append(row)
    loads = [[k, secs(v)] for k, v in r["load"].items()]
    return "\n".join([
        f"### Remote engines on 127.0.0.1 ({r['meetings']:,} meetings, {r['quads']:,} quads)", "",
        table(["load path", "time"], loads), "",
        table(["query", "kind", "embedded on disk", *[f"{e} (ratio)" for e in engines[1:]]], rows), ""])
