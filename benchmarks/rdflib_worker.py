"""The naive baseline of the store benchmark: rdflib's own in-memory store (a Dataset whose default
graph is the union of its graphs) with the same N-Quads, the same saved queries, the same bindings.

    python benchmarks/rdflib_worker.py GRAPH_DIR PARAMS_JSON [--query-timeout S] [--repeat N] [--only Q,Q]

Prints one JSON line as soon as each figure is known ({"load": s, "quads": n}, then
{"query": name, "times": [...], "rows": n} or {"query": name, "timeout": S}), so that the caller
keeps what finished when it stops the process (its time or memory cap).
"""

from __future__ import annotations

import argparse
import gzip
import json
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # noqa: ARG001
    raise _Timeout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph_dir")
    ap.add_argument("params")
    ap.add_argument("--query-timeout", type=float, default=120)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", default="", help="comma-separated saved queries (default: all)")
    args = ap.parse_args()

    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import XSD

    from graph.queries import load_saved_queries
    from graph.store import _names_update

    folder = Path(args.graph_dir)
    t = time.perf_counter()
    ds = Dataset(default_union=True)
    for f in [folder / "reference.nq", *sorted(folder.glob("part-*.nq*"))]:
        opener = gzip.open if f.suffix == ".gz" else open
        with opener(f, "rb") as fh:
            ds.parse(fh, format="nquads")
    # the names graph the store keeps beside the releases (graph/store.py), made by the same update
    ds.update(_names_update(None))
    print(json.dumps({"load": round(time.perf_counter() - t, 2), "quads": len(ds)}), flush=True)

    params = json.loads(args.params)
    signal.signal(signal.SIGALRM, _alarm)
    only = {q for q in args.only.split(",") if q}
    for name, sq in load_saved_queries().items():
        if only and name not in only:
            continue
        bindings = {}
        for p in sq.params:
            value = params.get(p.name)
            if value is None:
                continue
            if p.type == "iri":
                bindings[p.name] = URIRef(value)
            elif p.type == "date":
                bindings[p.name] = Literal(value, datatype=XSD.date)
            else:
                bindings[p.name] = Literal(value)
        times, rows = [], 0
        try:
            for _ in range(args.repeat):
                signal.setitimer(signal.ITIMER_REAL, args.query_timeout)
                t = time.perf_counter()
                rows = len(list(ds.query(sq.text, initBindings=bindings)))
                times.append(round(time.perf_counter() - t, 3))
                signal.setitimer(signal.ITIMER_REAL, 0)
                if sum(times) > 10:  # slow ones once
                    break
            print(json.dumps({"query": name, "times": times, "rows": rows}), flush=True)
        except _Timeout:
            print(json.dumps({"query": name, "timeout": args.query_timeout, "times": times}), flush=True)
        except Exception as e:  # noqa: BLE001 - an engine error is a result too
            signal.setitimer(signal.ITIMER_REAL, 0)
            print(json.dumps({"query": name, "error": repr(e)[:300]}), flush=True)


if __name__ == "__main__":
    main()
