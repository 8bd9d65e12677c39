"""The entity queries of the store benchmark, alone and repeated more: their latencies are a few
milliseconds, so a ratio to rdflib needs more runs than the whole benchmark gives each query.

    python -m benchmarks.bench_entity [--meetings 10000] [--repeat 7] [--queries a,b,...]

Same graph, same store on disk and same bindings as `bench_store` (the busiest person, country,
pair); rdflib's in-memory store loads the same N-Quads in a worker process and runs the same
queries. Prints a table: median on disk (as diplograph opens it), median in rdflib, their ratio.
"""

from __future__ import annotations

import argparse
import json

from .bench_store import graph, load_embedded, params_for
from .common import BENCH_DIR, PYTHON, ROOT, machine, median, ratio, run, secs, table, timed

ENTITY_QUERIES = ("person_counterparts", "person_roles", "person_meetings", "first_last_meeting",
                  "country_partners", "meeting_details", "meetings_in_range")


def bench(meetings: int, repeat: int, names: list[str]) -> dict:
    from graph.queries import load_saved_queries, run_saved
    from graph.store import open_store

    folder = graph(meetings)
    store_path = BENCH_DIR / f"store-{meetings}"
    if not store_path.exists():
        load_embedded(folder, store_path)
    disk = open_store(path=store_path, read_only=True)
    params = params_for(disk)
    saved = load_saved_queries()
    embedded = {}
    for name in names:
        values = {p.name: params[p.name] for p in saved[name].params if p.name in params}
        times, result = timed(lambda n=name, v=values: run_saved(disk, n, v), repeat, budget=120)
        embedded[name] = {"median": median(times), "rows": len(result)}
    disk.close()
    r = run([PYTHON, str(ROOT / "benchmarks" / "rdflib_worker.py"), str(folder), json.dumps(params),
             "--repeat", str(repeat), "--only", ",".join(names)], timeout=1800, mem_limit_gb=12)
    rdflib = {}
    for line in r.stdout.splitlines():
        item = json.loads(line)
        if "query" in item:
            rdflib[item["query"]] = item
    return {"meetings": meetings, "params": params, "embedded": embedded, "rdflib": rdflib}


def report(res: dict) -> str:
    rows = []
    for name, e in res["embedded"].items():
        r = res["rdflib"].get(name, {})
        slow = median(r["times"]) if r.get("times") and "timeout" not in r and "error" not in r else None
        shown = secs(slow) if slow is not None else (r.get("error", "")[:40] or f"> {r.get('timeout', '?')} s")
        rows.append([name, e["rows"], secs(e["median"]), shown, ratio(slow, e["median"])])
    return table(["query", "rows", "embedded on disk", "rdflib in memory", "rdflib / disk"], rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--queries", default=",".join(ENTITY_QUERIES))
    args = ap.parse_args()
    res = bench(args.meetings, args.repeat, [q for q in args.queries.split(",") if q])
    res["machine"] = machine()
    out = ROOT / "benchmarks" / "results" / f"entity-{args.meetings}.json"
    out.write_text(json.dumps(res, indent=1))
    print(report(res))


if __name__ == "__main__":
    main()
