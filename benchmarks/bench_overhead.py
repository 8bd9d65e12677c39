"""What diplograph adds over the engine: each saved query through the package (`run_saved` on the
store as `open_store(path, read_only=True)` gives it) and through the CLI (`diplograph query NAME
--format csv`, a whole process), against the same SPARQL run directly on pyoxigraph over the same
store folder (in process; and as a whole process, benchmarks/ox_query.py). A and B in turn, the
ratio of each pair, the median quoted. Target: at most 1.5x.
"""

from __future__ import annotations

from pathlib import Path

from .bench_store import graph, kind_of, load_embedded, params_for
from .common import BENCH_DIR, DIPLOGRAPH, PYTHON, ROOT, median, run, secs, table, timed


def bench(quick: bool = False, meetings: int | None = None) -> dict:
    import pyoxigraph as ox

    from graph.queries import bind_params, load_saved_queries, run_saved
    from graph.store import open_store

    meetings = meetings or (10_000 if quick else 100_000)
    store_path = BENCH_DIR / f"store-{meetings}"
    if not (store_path / "CURRENT").exists():
        load_embedded(graph(meetings), store_path)
    store = open_store(path=store_path, read_only=True)
    raw = ox.Store.read_only(str(store_path))
    params = params_for(store)
    repeat = 2 if quick else 3
    out: dict = {"meetings": meetings, "queries": {}}
    for name, sq in load_saved_queries().items():
        values = {p.name: params[p.name] for p in sq.params if p.name in params}
        subs = {ox.Variable(k): v for k, v in bind_params(sq, values).items()} or None

        def direct(text=sq.text, subs=subs):
            result = raw.query(text, use_default_graph_as_union=True, substitutions=subs)
            width = range(len(result.variables))
            return [tuple(s[i] for i in width) for s in result]

        def package(name=name, values=values):
            return run_saved(store, name, values).rows

        pairs = []
        for _ in range(repeat):
            a, _ = timed(direct, 1)
            b, _ = timed(package, 1)
            pairs.append((a[0], b[0]))
        entry = {
            "direct": median([a for a, _ in pairs]),
            "package": median([b for _, b in pairs]),
            "package_ratio": median([b / a for a, b in pairs]),
        }
        args = [f"{k}={v}" for k, v in values.items()]
        cli_pairs = []
        for _ in range(repeat):
            a = run(
                [
                    PYTHON,
                    str(ROOT / "benchmarks" / "ox_query.py"),
                    str(store_path),
                    str(ROOT / "queries" / f"{name}.rq"),
                    *args,
                ]
            )
            b = run(
                [
                    DIPLOGRAPH,
                    "query",
                    name,
                    "--store",
                    str(store_path),
                    "--format",
                    "csv",
                    *[x for kv in args for x in ("-p", kv)],
                ]
            )
            if b.returncode != 0:
                raise RuntimeError(f"diplograph query {name} failed: {b.stderr[-500:]}")
            same = a.stdout.count("\n") == b.stdout.count("\n")
            cli_pairs.append((a.wall, b.wall, same))
        entry |= {
            "ox_process": median([a for a, _, _ in cli_pairs]),
            "cli": median([b for _, b, _ in cli_pairs]),
            "cli_ratio": median([b / a for a, b, _ in cli_pairs]),
            "same_rows": all(s for *_, s in cli_pairs),
        }
        out["queries"][name] = entry
    store.close()
    return out


def report(r: dict) -> str:
    rows = []
    for name, q in r["queries"].items():
        rows.append(
            [
                name,
                kind_of(name),
                secs(q["direct"]),
                secs(q["package"]),
                f"{q['package_ratio']:.2f}x",
                secs(q["ox_process"]),
                secs(q["cli"]),
                f"{q['cli_ratio']:.2f}x" + ("" if q["same_rows"] else " (rows differ!)"),
            ]
        )
    pk = median([q["package_ratio"] for q in r["queries"].values()])
    cl = median([q["cli_ratio"] for q in r["queries"].values()])
    return "\n".join(
        [
            f"### diplograph against pyoxigraph directly ({r['meetings']:,}-meeting store on disk)",
            "",
            table(
                [
                    "query",
                    "kind",
                    "pyoxigraph",
                    "run_saved",
                    "ratio",
                    "pyoxigraph process",
                    "diplograph query",
                    "ratio",
                ],
                rows,
            ),
            "",
            f"Median ratio: package {pk:.2f}x, CLI {cl:.2f}x (target ≤ 1.5x).",
            "",
        ]
    )


__all__ = ["bench", "report", "Path"]
