"""Write synthetic releases and their gold to a folder, in parallel, streaming."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .pages import render
from .pools import Pools
from .releases import release

CHUNK = 500


def _write_chunk(args: tuple[str, int, int, int]) -> int:
    folder, seed, start, stop = args
    pools = _pools(seed)
    rel_dir, gold_dir = Path(folder) / "releases", Path(folder) / "gold"
    words = 0
    for i in range(start, stop):
        sr = release(pools, seed, i)
        data = render(sr)
        (rel_dir / sr.source).write_bytes(data)
        stem = sr.source.rsplit(".", 1)[0]
        (gold_dir / f"{stem}.json").write_text(json.dumps(sr.gold(), ensure_ascii=False, indent=1), encoding="utf-8")
        words += sum(len(s.split()) for s in sr.sentences) + len(sr.title.split())
    return words


_POOLS: dict[int, Pools] = {}


def _pools(seed: int) -> Pools:
    if seed not in _POOLS:
        _POOLS[seed] = Pools(seed)
    return _POOLS[seed]


def _ranges(n: int, start: int = 0) -> Iterator[tuple[int, int]]:
    for a in range(start, start + n, CHUNK):
        yield a, min(a + CHUNK, start + n)


def write_releases(folder: str | Path, n: int, seed: int = 1, *, start: int = 0, workers: int | None = None) -> dict:
    """Releases start..start+n-1 of `seed` into folder/releases, gold into folder/gold.

    Returns counts: releases and words of their own text (title and body, boilerplate left out)."""
    folder = Path(folder)
    (folder / "releases").mkdir(parents=True, exist_ok=True)
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    jobs = [(str(folder), seed, a, b) for a, b in _ranges(n, start)]
    workers = workers or min(2, os.cpu_count() or 1)
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(workers) as pool:
            words = sum(pool.map(_write_chunk, jobs))
    else:
        words = sum(map(_write_chunk, jobs))
    return {"releases": n, "words": words, "seed": seed}
