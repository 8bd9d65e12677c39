"""The graph of a synthetic corpus directly, without reading or extracting: each synthetic release's
gold becomes the Extraction a perfect extractor would give, and the project's own rdf stage
(`graph.rdf.release_nquads`) turns it into its named graph, so the shape is exactly docs/model.md's.

About one release in ten is a second report of an earlier release's meetings (another publisher's
readout): its meetings are the same nodes, as the link stage makes them. People come from the pool
of `Pools` (successive holders of each post), whose activity is heavy-tailed; the publication
window widens with the number of meetings (7 years up to 200k meetings, then about 30k a year),
so that the pool of people grows with the graph.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from graph.link import person_key
from graph.rdf import release_nquads
from graph.records import (
    CountryMention,
    Evidence,
    Extraction,
    Meeting,
    Participant,
    Place,
    Release,
    TopicAssignment,
)
from graph.reference import reference_nquads

from .pages import own_text
from .pools import Pools
from .releases import SynthRelease, release

CHUNK = 1000  # releases per N-Quads file
REPORT_AGAIN = 0.1  # share of releases that report an earlier release's meetings again


def years_for(meetings: int) -> tuple[int, int]:
    span = max(7, -(-meetings // 30_000))
    return 2025 - span + 1, 2025


def extraction(sr: SynthRelease, source: str | None = None) -> Extraction:
    """What a perfect extractor reads out of a synthetic release."""
    text, spans = own_text(sr)
    title_ev = Evidence(0, len(sr.title), sr.title)

    def ev(i: int | None) -> Evidence | None:
        if i is None:
            return None
        if i < 0:
            return title_ev
        a, b = spans[i]
        return Evidence(a, b, text[a:b])

    rel = Release(
        source or sr.source,
        text,
        sr.lang,
        hashlib.sha256(text.encode()).hexdigest(),
        sr.title,
        sr.published,
        sr.url,
        media_type="text/html" if sr.fmt == "html" else "text/plain",
    )
    meetings = []
    for m in sr.meetings:
        place = None
        if m.place:
            venue = m.place["venue"][0] if m.place["venue"] else None
            city = m.place["city"]
            place = Place(city[0], venue, m.place["country"], city[-1] if sr.lang == "fr" else city[0])
        e = ev(m.sentence)
        parts = [
            Participant(p.name, person_key(p.name), roles[0], roles[-1], p.affiliation, e)
            for p, roles in m.participants
        ]
        topics = [TopicAssignment(t, ev(m.topic_sentence)) for t in m.topics]
        meetings.append(Meeting(m.date, m.kind, place, parts, list(m.parties), topics, [e] if e else []))
    mentions = [CountryMention(code, ev(i)) for code, i in sorted(sr.mentions.items())]
    return Extraction(rel, meetings, mentions)


def _chunk(args: tuple[str, int, int, int, int, int, bool]) -> tuple[str, int, int, int]:
    """Write releases start..stop-1 as one N-Quads file; (file, releases, meetings, quads)."""
    folder, seed, first_year, last_year, start, stop, compress = args
    pools = _pools(seed, first_year, last_year)
    path = Path(folder) / f"part-{start:08d}.nq{'.gz' if compress else ''}"
    meetings = quads = 0
    opener = (
        (lambda p: gzip.open(p, "wt", encoding="utf-8", compresslevel=1))
        if compress
        else (lambda p: open(p, "w", encoding="utf-8"))
    )
    with opener(path) as out:
        for i in range(start, stop):
            rng = random.Random(f"again:{seed}:{i}")
            again = i > 50 and rng.random() < REPORT_AGAIN
            sr = release(pools, seed, i - rng.randrange(1, 50) if again else i)
            ex = extraction(sr, source=f"{sr.lang}-{i:07d}.{sr.fmt}")
            _, nq = release_nquads(ex)
            out.write(nq)
            meetings += 0 if again else len(ex.meetings)
            quads += nq.count("\n")
    return str(path), stop - start, meetings, quads


_POOLS: dict[tuple, Pools] = {}


def _pools(seed: int, first_year: int, last_year: int) -> Pools:
    key = (seed, first_year, last_year)
    if key not in _POOLS:
        _POOLS[key] = Pools(seed, first_year, last_year)
    return _POOLS[key]


def write_graph(
    folder: str | Path,
    meetings: int,
    seed: int = 1,
    *,
    workers: int | None = None,
    compress: bool = False,
    chunk: int = CHUNK,
) -> dict:
    """N-Quads files in `folder` (part-*.nq, gzipped with `compress`, and reference.nq) holding
    about `meetings` distinct meetings; returns what was written (also saved as
    folder/manifest.json). Reuses a folder written before with the same arguments."""
    folder = Path(folder)
    manifest = folder / "manifest.json"
    if manifest.exists():
        info = json.loads(manifest.read_text())
        if info.get("target") == meetings and info.get("seed") == seed:
            return info
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.nq*"):
        old.unlink()
    first_year, last_year = years_for(meetings)
    (folder / "reference.nq").write_text(reference_nquads(), encoding="utf-8")
    workers = workers or min(2, os.cpu_count() or 1)
    totals = {"releases": 0, "meetings": 0, "quads": 0, "files": []}

    def jobs() -> Iterator[tuple]:
        start = 0
        while True:
            yield (str(folder), seed, first_year, last_year, start, start + chunk, compress)
            start += chunk

    def take(result: tuple[str, int, int, int]) -> None:
        path, n, m, q = result
        totals["files"].append(Path(path).name)
        totals["releases"] += n
        totals["meetings"] += m
        totals["quads"] += q

    with ProcessPoolExecutor(workers) as pool:
        pending = []
        source = jobs()
        while totals["meetings"] < meetings:
            while len(pending) < workers + 1:
                pending.append(pool.submit(_chunk, next(source)))
            take(pending.pop(0).result())
        for f in pending:  # overshoot: finished chunks beyond the target are dropped
            f.cancel()
        for f in pending:
            if not f.cancelled():
                Path(f.result()[0]).unlink(missing_ok=True)
    info = {"target": meetings, "seed": seed, "years": [first_year, last_year], **totals}
    manifest.write_text(json.dumps(info, indent=1))
    return info
