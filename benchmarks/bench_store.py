"""Store and queries at 10k, 100k and 1M meetings: load time and each saved query's median latency
on the embedded store as diplograph opens it (on disk, read-only beside a writer), on its
in-memory read copy (`open_store(path, in_memory=True)`), and on rdflib's own in-memory store
with the same data (the naive baseline, in a subprocess capped in time and memory).

Targets (issue 6): entity and slice queries < 0.3 s at 100k; whole-graph aggregations < 3 s at
100k and < 30 s at 1M; each at least 20x faster than rdflib in memory.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

from .common import BENCH_DIR, PYTHON, ROOT, median, run, secs, table, timed
from .synth import write_graph

ENTITY = (
    "person_meetings",
    "person_counterparts",
    "person_roles",
    "country_partners",
    "first_last_meeting",
    "meeting_details",
    "meetings_in_range",
)
AGGREGATE = (
    "co_attendance",
    "party_edges",
    "busiest_officials",
    "meetings_by_kind",
    "meetings_by_place",
    "topics_by_month",
    "releases",
)
EXPORT = ("meetings", "meeting_parties", "meeting_topics", "mentioned_countries")


def kind_of(name: str) -> str:
    return "entity" if name in ENTITY else "aggregate" if name in AGGREGATE else "export"


def target(name: str, meetings: int) -> float | None:
    if kind_of(name) == "entity":
        return 0.3 if meetings <= 100_000 else None
    return 3.0 if meetings <= 100_000 else 30.0


def graph(meetings: int) -> Path:
    folder = BENCH_DIR / f"graph-{meetings}"
    write_graph(folder, meetings, compress=meetings >= 1_000_000)
    return folder


def files(folder: Path) -> list[Path]:
    return sorted(folder.glob("part-*.nq*"))


def load_embedded(folder: Path, store_path: Path) -> dict:
    """Reference graph, then the release graphs through the store's bulk path (N-Quads files)."""
    from graph.store import open_store

    shutil.rmtree(store_path, ignore_errors=True)
    t = time.perf_counter()
    store = open_store(path=store_path)
    store.load_reference((folder / "reference.nq").read_text(encoding="utf-8"))
    store.load_nquads(files(folder))  # gzipped parts (1M) are read compressed, in one bulk load
    store.flush()
    store.close()
    return {"load_s": round(time.perf_counter() - t, 2), "disk_mb": round(_du(store_path) / 2**20)}


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def params_for(store) -> dict[str, str]:
    """Bindings for the parameterised queries: the busiest person (the worst case for entity
    queries), the busiest country, the pair of parties that met most, a month."""
    q = store.query
    person = (
        q(
            "SELECT ?p (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m <https://schema.org/attendee> ?p } "
            "GROUP BY ?p ORDER BY DESC(?n) LIMIT 1"
        )
        .rows[0][0]
        .value
    )
    country = (
        q(
            "SELECT ?c (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m <https://w3id.org/diplograph/ns#party> ?c "
            "FILTER(STRSTARTS(STR(?c), 'https://w3id.org/diplograph/id/country/')) } "
            "GROUP BY ?c ORDER BY DESC(?n) LIMIT 1"
        )
        .rows[0][0]
        .value
    )
    meeting = q("SELECT ?m ?p WHERE { ?m <https://schema.org/attendee> ?p } LIMIT 1", {"p": person}).rows[0][0].value
    other = (
        q(
            "SELECT ?c ?a (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m <https://w3id.org/diplograph/ns#party> ?a, ?c "
            "FILTER(?c != ?a) } GROUP BY ?a ?c ORDER BY DESC(?n) LIMIT 1",
            {"a": country},
        )
        .rows[0][0]
        .value
    )
    last = q("SELECT (MAX(?d) AS ?d) WHERE { ?m <https://schema.org/startDate> ?d }").rows[0][0].value
    month = last[:7]
    return {
        "person": person,
        "country": country,
        "a": country,
        "b": other,
        "meeting": meeting,
        "from": month + "-01",
        "to": month + "-28",
    }


def query_times(store, params: dict, repeat: int = 3, budget: float = 60.0) -> dict:
    from graph.queries import load_saved_queries, run_saved

    out = {}
    for name, sq in load_saved_queries().items():
        values = {p.name: params[p.name] for p in sq.params if p.name in params}
        times, result = timed(lambda n=name, v=values: run_saved(store, n, v), repeat, budget)
        out[name] = {"times": [round(t, 4) for t in times], "median": median(times), "rows": len(result)}
    return out


def rdflib_times(folder: Path, params: dict, timeout: float, mem_gb: float, query_timeout: float) -> dict:
    r = run(
        [
            PYTHON,
            str(ROOT / "benchmarks" / "rdflib_worker.py"),
            str(folder),
            json.dumps(params),
            "--query-timeout",
            str(query_timeout),
        ],
        timeout=timeout,
        mem_limit_gb=mem_gb,
    )
    out: dict = {"queries": {}, "capped": r.timed_out, "peak_mb": round(r.peak_tree_mb)}
    for line in r.stdout.splitlines():
        item = json.loads(line)
        if "load" in item:
            out["load_s"], out["quads"] = item["load"], item["quads"]
        else:
            out["queries"][item.pop("query")] = item
    if "load_s" not in out:
        out["load_note"] = (
            f"> {timeout:.0f} s"
            if r.timed_out
            else f"failed ({'memory cap ' + str(mem_gb) + ' GB' if 'MemoryError' in r.stderr else r.stderr[-200:]})"
        )
    return out


def bench_size(meetings: int, *, rdflib: bool, in_memory: bool, repeat: int = 3) -> dict:
    from graph.store import open_store

    folder = graph(meetings)
    manifest = json.loads((folder / "manifest.json").read_text())
    store_path = BENCH_DIR / f"store-{meetings}"
    res: dict = {"meetings": manifest["meetings"], "releases": manifest["releases"], "quads": manifest["quads"]}
    res["embedded"] = load_embedded(folder, store_path)
    t = time.perf_counter()
    disk = open_store(path=store_path, read_only=True)
    res["embedded"]["open_s"] = round(time.perf_counter() - t, 3)
    params = params_for(disk)
    res["params"] = params
    res["embedded"]["queries"] = query_times(disk, params, repeat)
    disk.close()
    if in_memory:
        t = time.perf_counter()
        mem = open_store(path=store_path, in_memory=True)
        res["memory"] = {"copy_s": round(time.perf_counter() - t, 2), "queries": query_times(mem, params, repeat)}
        mem.close()
        del mem
    if rdflib:
        res["rdflib"] = rdflib_times(
            folder,
            params,
            timeout=1800 if meetings > 10_000 else 2400,  # 10k: every query, even those rdflib gives up on
            mem_gb=12,
            query_timeout=300 if meetings > 10_000 else 120,
        )
    return res


def bench(quick: bool = False, sizes: list[int] | None = None) -> dict:
    sizes = sizes or ([10_000] if quick else [10_000, 100_000])
    out = {}
    for n in sizes:
        out[n] = bench_size(n, rdflib=n <= 100_000, in_memory=n <= 100_000, repeat=2 if quick else 3)
        subprocess.run(["sync"], check=False)
    return out


def report(r: dict) -> str:
    lines = []
    for nominal, res in r.items():  # targets go by the size asked for (10k, 100k, 1M), not the count made
        emb, rdf, mem = res["embedded"], res.get("rdflib"), res.get("memory")
        lines += [
            f"### Store and queries: {res['meetings']:,} meetings ({res['releases']:,} releases, "
            f"{res['quads']:,} quads)",
            "",
        ]
        load_rdf = rdf.get("load_s") if rdf else None
        lines.append(
            f"Load: embedded on disk (bulk load of N-Quads files) {secs(emb['load_s'])} "
            f"({emb['disk_mb']:,} MB on disk), opened read-only in {secs(emb['open_s'])}"
            + (f"; in-memory read copy {secs(mem['copy_s'])}" if mem else "")
            + (
                f"; rdflib in memory {secs(load_rdf) if load_rdf else rdf.get('load_note', '-')}"
                + (f" (**{load_rdf / emb['load_s']:.1f}x** slower)" if load_rdf else "")
                if rdf
                else ""
            )
            + "."
        )
        lines.append("")
        rows = []
        for name, q in emb["queries"].items():
            tgt = target(name, int(nominal))
            row = [
                name,
                kind_of(name),
                f"{q['rows']:,}",
                secs(q["median"]) + (" ✓" if tgt and q["median"] < tgt else " ✗" if tgt else ""),
            ]
            if mem:
                m = mem["queries"][name]["median"]
                row += [secs(m) + (" ✓" if tgt and m < tgt else " ✗" if tgt else "")]
            if rdf:
                rq = rdf["queries"].get(name, {})
                if rq.get("times"):
                    t = median(rq["times"])
                    row += [
                        secs(t) + (" (>)" if "timeout" in rq else ""),
                        f"{t / q['median']:.0f}x" + (f" / {t / mem['queries'][name]['median']:.0f}x" if mem else ""),
                    ]
                elif "timeout" in rq:
                    row += [
                        f"> {rq['timeout']:.0f} s",
                        f"> {rq['timeout'] / q['median']:.0f}x"
                        + (f" / > {rq['timeout'] / mem['queries'][name]['median']:.0f}x" if mem else ""),
                    ]
                else:
                    row += [rq.get("error", "not run (load capped)")[:40], "-"]
            rows.append(row)
        headers = ["query", "kind", "rows", "embedded on disk"]
        if mem:
            headers += ["in-memory copy"]
        if rdf:
            headers += ["rdflib in memory", "rdflib / disk" + (" / memory" if mem else "")]
        lines += [table(headers, rows), ""]
    return "\n".join(lines)
