"""Memory of a long `diplograph ingest --workers 2`, with its worker processes replaced every
WORKER_LIFETIME chunks (the default) against workers that live the whole run
(DIPLOGRAPH_WORKER_LIFETIME=0), on the same releases in the same run, A and B in turn.

    python -m benchmarks.bench_workers --releases 30000 [--json benchmarks/results/workers.json]

The releases are the first N files of the 100,000-release benchmark folder (generated if missing).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from .bench_ingest import releases
from .common import DIPLOGRAPH, run


def subset(n: int, into: Path) -> Path:
    source = releases(100_000) / "releases"
    into.mkdir(parents=True, exist_ok=True)
    for f in sorted(source.iterdir())[:n]:
        (into / f.name).symlink_to(f)
    return into


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--releases", type=int, default=30_000)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    out = {"releases": args.releases, "runs": {}}
    with tempfile.TemporaryDirectory(prefix="dg-workers-") as tmp:
        folder = subset(args.releases, Path(tmp) / "releases")
        for label, lifetime in (("whole run", "0"), ("replaced", None)):
            store = Path(tmp) / "store"
            shutil.rmtree(store, ignore_errors=True)
            env = {"DIPLOGRAPH_WORKER_LIFETIME": lifetime} if lifetime is not None else {}
            r = run([DIPLOGRAPH, "ingest", str(folder), "--store", str(store), "--workers", "2"], env=env)
            if r.returncode != 0:
                raise RuntimeError(r.stderr[-2000:])
            tail = [mb for t, mb in r.timeline if t >= 0.75 * r.wall] or [r.peak_tree_mb]
            out["runs"][label] = {"seconds": round(r.wall, 1), "peak_tree_mb": round(r.peak_tree_mb),
                                  "last_quarter_mean_mb": round(sum(tail) / len(tail)), "timeline": r.timeline}
            print(f"{label:10} {r.wall:7.1f} s  peak {r.peak_tree_mb:6.0f} MB  last quarter "
                  f"{out['runs'][label]['last_quarter_mean_mb']:6.0f} MB", flush=True)
    a, b = out["runs"]["whole run"], out["runs"]["replaced"]
    print(f"replaced / whole run: time {b['seconds'] / a['seconds']:.2f}x, peak memory "
          f"{b['peak_tree_mb'] / a['peak_tree_mb']:.2f}x", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
