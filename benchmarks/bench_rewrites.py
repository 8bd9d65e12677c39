"""A saved query against an earlier text of itself, on the same store in the same run: each
rewrite's speed-up, A and B run in turn (repeat times) so that the machine's load falls on both.

    python -m benchmarks.bench_rewrites --store /tmp/diplograph-bench/store-100000 --before b862eb3 \
        co_attendance meetings_in_range country_partners first_last_meeting

The earlier text comes from git (`git show REV:queries/NAME.rq`); parameters are those of
benchmarks/bench_store.py (its busiest country and pair, a four-week range).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time

from graph.queries import bind_params, load_saved_queries, parse_saved_query
from graph.store import open_store

from .bench_store import params_for
from .common import ROOT, median


def old_text(rev: str, name: str) -> str:
    return subprocess.run(["git", "show", f"{rev}:queries/{name}.rq"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", required=True)
    ap.add_argument("--before", required=True, help="git revision holding the earlier query texts")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", default=None, help="write the figures here too")
    ap.add_argument("names", nargs="+")
    args = ap.parse_args(argv)
    store = open_store(path=args.store, read_only=True)
    params = params_for(store)
    saved = load_saved_queries()
    out = {}
    for name in args.names:
        new = saved[name]
        old = parse_saved_query(old_text(args.before, name), name)
        values = {p.name: params[p.name] for p in new.params if p.name in params}
        times: dict[str, list[float]] = {"before": [], "after": []}
        rows = {}
        for _ in range(args.repeat):
            for label, q in (("before", old), ("after", new)):
                t = time.perf_counter()
                result = store.query(q.text, bind_params(q, values))
                times[label].append(time.perf_counter() - t)
                rows[label] = sorted(tuple(str(x) for x in row) for row in result.rows)
        same = rows["before"] == rows["after"]
        b, a = median(times["before"]), median(times["after"])
        out[name] = {"before_s": round(b, 3), "after_s": round(a, 3), "speedup": round(b / a, 2),
                     "rows": len(rows["after"]), "same_rows": same}
        print(f"{name:20} before {b:7.3f} s  after {a:7.3f} s  {b / a:5.2f}x  rows {len(rows['after']):,}"
              f"{'' if same else '  ROWS DIFFER'}", flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"store": args.store, "before": args.before, "params": params, "queries": out}, fh, indent=1)


if __name__ == "__main__":
    main()
