"""Run diplograph's benchmarks: figures, each with its ratio to a baseline measured in the same run.

    python benchmarks/run.py --quick          # minutes: 200 releases, a 10k-meeting graph
    python benchmarks/run.py                  # an hour or more: 1k and 10k releases, 10k and 100k meetings
    python benchmarks/run.py --only store --sizes 1000000
    python benchmarks/run.py --only scale     # 100,000 releases ingested, killed, restarted (hours)
    python benchmarks/run.py --only remote    # Virtuoso and the Oxigraph server (needs virtuoso-t)

Each benchmark's results are kept in benchmarks/results/<name>.json (the latest run of each) and,
with --readme, rendered into the tables of benchmarks/README.md with the machine they came from.
Data (generated releases, graphs, stores) goes to $DIPLOGRAPH_BENCH_DIR (/tmp/diplograph-bench).
Never run as tests: timings on a shared machine are figures to read, not assertions.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine  # noqa: E402

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
README = HERE / "README.md"
BENCHMARKS = {  # name -> module; in the order they run
    "ingest": "benchmarks.bench_ingest",
    "store": "benchmarks.bench_store",
    "overhead": "benchmarks.bench_overhead",
    "remote": "benchmarks.bench_remote",
    "scale": "benchmarks.bench_scale",
}
DEFAULT = ("ingest", "store", "overhead")
START, END = "<!-- results:start -->", "<!-- results:end -->"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes, one or two repeats")
    ap.add_argument("--only", default=None, help=f"comma-separated, of {', '.join(BENCHMARKS)}")
    ap.add_argument("--sizes", default=None, help="store benchmark sizes in meetings, e.g. 10000,100000,1000000")
    ap.add_argument("--readme", action="store_true", help="render the saved results into benchmarks/README.md")
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else list(DEFAULT)
    info = machine()
    print(
        f"machine: {info['nproc']} CPUs ({info['cpu']}), {info['ram_gib']} GiB, Python {info['python']}, "
        f"pyoxigraph {info['pyoxigraph']}, rdflib {info['rdflib']}, spaCy {info['spacy']}; "
        f"load average {info['loadavg']:.1f}",
        flush=True,
    )
    RESULTS.mkdir(exist_ok=True)
    for name in names:
        module = importlib.import_module(BENCHMARKS[name])
        kwargs = {"quick": args.quick}
        if name == "store" and args.sizes:
            kwargs["sizes"] = [int(s) for s in args.sizes.split(",")]
        t = time.perf_counter()
        result = module.bench(**kwargs)
        text = module.report(result)
        print(text, flush=True)
        saved = {
            "machine": info,
            "quick": args.quick,
            "seconds": round(time.perf_counter() - t),
            "result": result,
            "report": text,
        }
        path = RESULTS / f"{name}{'-quick' if args.quick else ''}.json"
        if name == "store" and path.exists():  # keep the sizes not run this time
            old = json.loads(path.read_text())
            merged = {**old["result"], **{str(k): v for k, v in result.items()}}
            saved["result"] = merged
            saved["report"] = module.report(merged)
        path.write_text(json.dumps(saved, indent=1, default=str))
    if args.readme:
        render_readme()


def render_readme() -> None:
    """The latest full (not --quick) result of each benchmark, between the README's markers."""
    parts = []
    for name in BENCHMARKS:
        path = RESULTS / f"{name}.json"
        if not path.exists():
            continue
        saved = json.loads(path.read_text())
        m = saved["machine"]
        parts.append(
            f"{saved['report']}\n_Measured {m['date']} on {m['nproc']} CPUs ({m['cpu']}), "
            f"{m['ram_gib']} GiB RAM, Python {m['python']}, pyoxigraph {m['pyoxigraph']}, "
            f"rdflib {m['rdflib']}, spaCy {m['spacy']}; load average at the start "
            f"{m['loadavg']:.1f} (a shared machine: read ratios, not absolute times)._\n"
        )
    app = RESULTS / "app.json"  # benchmarks/app_timings.py --json benchmarks/results/app.json
    if app.exists():
        parts.append(render_app(json.loads(app.read_text())))
    text = README.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    README.write_text(f"{head}{START}\n\n" + "\n".join(parts) + f"\n{END}{tail}", encoding="utf-8")


def render_app(saved: dict) -> str:
    """The explorer's page times in the real browser (benchmarks/app_timings.py)."""
    from benchmarks.common import table

    runs = {name: run for name, run in saved["runs"].items() if name != "baseline"}
    pages = list(next(iter(runs.values())))
    rows = []
    for page in pages:
        row = [page]
        for run in runs.values():
            t = run.get(page, {})
            row += [f"{t[k]:.2f} s" if k in t else "-" for k in ("cold_s", "reload_s", "switch_s")]
        rows.append(row)
    headers = ["page"] + [f"{name}: {k}" for name in runs for k in ("cold", "reload", "switch")]
    m = saved["machine"]
    return (
        f"### Explorer pages in the browser ({saved['meetings']:,}-meeting store)\n\n"
        "cold: a new browser session opening the page the first time in this server process; reload: "
        "the same URL opened again (a full page load served from the caches); switch: reached by a "
        "click in one session (sidebar, select box, link), as an analyst moves between pages. "
        "\"first start\" builds the explorer's tables from the store (once per store state); "
        "\"restart\" reads them back from disk.\n\n"
        + table(headers, rows)
        + baseline_line(saved["runs"].get("baseline"))
        + f"\n\n_Measured {m['date']} on {m['nproc']} CPUs, Debian chromium headless on 127.0.0.1; "
        f"load average at the start {m['loadavg']:.1f}._\n"
    )


def baseline_line(baseline: dict | None) -> str:
    if not baseline:
        return ""
    return ("\n\nBaseline in the same run: a Streamlit page that only draws a title and a line of text, served "
            f"and timed the same way, takes {baseline['cold_s']:.2f} s cold and {baseline['reload_s']:.2f} s "
            "to reload (median of 5): the floor of Streamlit, its websocket and the browser.")


if __name__ == "__main__":
    main()
