"""python -m benchmarks.synth releases OUT -n N [--seed S] | graph OUT --meetings M [--seed S]"""

from __future__ import annotations

import argparse
import json
import time

from . import write_graph, write_releases


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.synth", description=__doc__)
    sub = ap.add_subparsers(dest="what", required=True)
    r = sub.add_parser("releases", help="release files (folder/releases) and their gold (folder/gold)")
    r.add_argument("folder")
    r.add_argument("-n", type=int, default=1000, help="number of releases (default 1000)")
    r.add_argument("--start", type=int, default=0, help="index of the first release")
    g = sub.add_parser("graph", help="the equivalent graph as N-Quads files")
    g.add_argument("folder")
    g.add_argument("--meetings", type=int, default=10_000)
    g.add_argument("--gzip", action="store_true", help="gzip the N-Quads files")
    for p in (r, g):
        p.add_argument("--seed", type=int, default=1)
        p.add_argument("--workers", type=int, default=None)
    args = ap.parse_args(argv)
    t = time.perf_counter()
    if args.what == "releases":
        info = write_releases(args.folder, args.n, args.seed, start=args.start, workers=args.workers)
    else:
        info = write_graph(args.folder, args.meetings, args.seed, workers=args.workers, compress=args.gzip)
        info = {k: v for k, v in info.items() if k != "files"}
    print(json.dumps({**info, "seconds": round(time.perf_counter() - t, 1)}))


if __name__ == "__main__":
    main()
