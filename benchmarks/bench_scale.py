"""100,000 releases in one command: `diplograph ingest DIR --workers 2`, killed (SIGKILL to the
whole process group, as a crash or a power cut) after a while, then restarted to the end; then run
once more over the finished store, where every release is unchanged (the cost of the skip).

Measures: throughput of the completing run, the memory of its process tree over time (flat or
growing?), how many releases the killed run left stored and whether every stored release graph is
whole, the restart's skip cost, the final count.
"""

from __future__ import annotations

import json
import re
import shutil
import time

from .bench_ingest import releases
from .common import BENCH_DIR, DIPLOGRAPH, median, run, secs, table

SUMMARY = re.compile(r"releases read: (\d+) stored, (\d+) unchanged, (\d+) skipped")


def _summary(stderr: str) -> dict:
    m = SUMMARY.search(stderr)
    return dict(zip(("stored", "unchanged", "skipped"), map(int, m.groups()), strict=True)) if m else {}


def _store_counts(path) -> dict:
    from graph.store import open_store

    with open_store(path=path, read_only=True) as store:
        whole = store.query(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g "
            "<https://w3id.org/diplograph/ns#fileName> ?f ; <https://w3id.org/diplograph/ns#sha256> ?h } }"
        )
        return {**store.stats(), "whole_releases": int(whole.rows[0][0].value)}


def bench(quick: bool = False, n: int | None = None, kill_after: float | None = None) -> dict:
    n = n or (2_000 if quick else 100_000)
    kill_after = kill_after or (60 if quick else 1200)
    folder = releases(n)
    words = json.loads((folder / "done").read_text()).get("words", 0)
    store = BENCH_DIR / f"store-ingest-{n}"
    shutil.rmtree(store, ignore_errors=True)
    cmd = [DIPLOGRAPH, "ingest", str(folder / "releases"), "--store", str(store), "--workers", "2"]
    out: dict = {"releases": n, "words": words}

    killed = run(cmd, timeout=kill_after)
    out["killed"] = {"after_s": round(killed.wall, 1), "was_killed": killed.timed_out, **_store_counts(store)}

    t = time.perf_counter()
    full = run(cmd)
    if full.returncode != 0:
        raise RuntimeError(f"the restarted ingest failed: {full.stderr[-2000:]}")
    out["restart"] = {
        "seconds": round(time.perf_counter() - t, 1),
        **_summary(full.stderr),
        "peak_tree_mb": round(full.peak_tree_mb),
        "peak_one_mb": round(full.peak_one_mb),
        "timeline": full.timeline,
    }
    out["final"] = _store_counts(store)

    again = run(cmd)
    out["again"] = {
        "seconds": round(again.wall, 1),
        **_summary(again.stderr),
        "peak_tree_mb": round(again.peak_tree_mb),
    }
    return out


def report(r: dict) -> str:
    k, f, a, fin = r["killed"], r["restart"], r["again"], r["final"]
    new = f.get("stored", 0)
    share = new / max(1, r["releases"])
    tl = f["timeline"]
    marks = [tl[int(len(tl) * q)] for q in (0.1, 0.5, 0.9)] if len(tl) >= 10 else tl
    rate_words = r["words"] * share / f["seconds"] if r["words"] else 0
    rows = [
        [
            "killed run (SIGKILL to the process group)",
            secs(k["after_s"]),
            f"{k['releases']:,} releases stored, {k['whole_releases']:,} of them whole",
            "-",
        ],
        [
            "restart to the end",
            secs(f["seconds"]),
            f"{f.get('stored', 0):,} stored, {f.get('unchanged', 0):,} unchanged (skipped by hash), "
            f"{f.get('skipped', 0):,} unreadable; {new / f['seconds']:.1f} releases/s, {rate_words:,.0f} words/s",
            f"peak {f['peak_tree_mb']:,} MB (largest process {f['peak_one_mb']:,} MB); "
            + ", ".join(f"{mb:,.0f} MB at {secs(s)}" for s, mb in marks),
        ],
        [
            "run again over the finished store",
            secs(a["seconds"]),
            f"{a.get('unchanged', 0):,} unchanged: "
            f"{a['seconds'] / max(1, a.get('unchanged', 1)) * 1000:.2f} ms a release",
            f"peak {a['peak_tree_mb']:,} MB",
        ],
    ]
    return "\n".join(
        [
            f"### {r['releases']:,} releases in one command (`diplograph ingest --workers 2`)",
            "",
            table(["run", "wall", "what", "memory (all processes)"], rows),
            "",
            f"Final store: {fin['releases']:,} releases, every one whole ({fin['whole_releases']:,}), "
            f"{fin['quads']:,} quads.",
            "",
        ]
    )


__all__ = ["bench", "report", "median"]
