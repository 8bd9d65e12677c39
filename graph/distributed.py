"""Extraction on a distributed engine: the pure read -> extract -> rdf function of a chunk of
releases (`graph.ingest.process_chunk`) runs as Dask tasks, each writing the N-Quads of its
releases to a file; the store then bulk-loads the files through its fast path.

    from dask.distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, host="127.0.0.1") as cluster, Client(cluster) as client:
        report = extract_and_load(client, ["releases/"], store, "nquads/")

Workers read the release files themselves (paths, not bytes, travel to them: on a cluster the
files sit on storage every worker sees) and load the spaCy pipelines once per process. Releases
whose bytes are already stored are skipped, as `graph.ingest.ingest` skips them. Dask is an
optional dependency (the test extras install dask[distributed]).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .ingest import Outcome, process_chunk, release_files
from .store import Store
from .vocab import release_iri

CHUNK = 32  # releases per task: one nlp.pipe batch per language, one N-Quads file


@dataclass
class ChunkResult:
    """What one task wrote: its N-Quads file (None when nothing was stored) and each file's fate."""

    nquads: str | None
    graphs: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)


def extract_chunk(paths: Sequence[str], out: str, known: dict[str, str] | None = None) -> ChunkResult:
    """read -> extract -> rdf for the release files `paths`, their graphs written to `out`.

    `known`: graph IRI -> sha256 already stored; a file with those bytes is left out as unchanged."""
    known = known or {}
    items, outcomes = [], []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as e:
            outcomes.append(Outcome(path, Path(path).name, "skipped", f"cannot be opened: {e.strerror or e}"))
            continue
        if known.get(release_iri(Path(path).name)) == hashlib.sha256(data).hexdigest():
            outcomes.append(Outcome(path, Path(path).name, "unchanged"))
            continue
        items.append((path, data))
    done = process_chunk(items) if items else []
    result = ChunkResult(None, outcomes=outcomes)
    stored = [d for d in done if d.graph is not None and d.nquads is not None]
    if stored:
        with open(out, "w", encoding="utf-8") as fh:
            for d in stored:
                fh.write(d.nquads or "")
        result.nquads, result.graphs = out, [d.graph for d in stored if d.graph]
    result.outcomes += [d.outcome for d in done]
    return result


def extract_to_nquads(
    client, paths: Iterable[str | Path], out_dir: str | Path, *, known: dict[str, str] | None = None, chunk: int = CHUNK
) -> list[ChunkResult]:
    """Run `extract_chunk` over the release files as Dask tasks; their results, in file order."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = [str(f) for f in release_files(paths)]
    known = known or {}
    futures = []
    for n, start in enumerate(range(0, len(files), chunk)):
        part = files[start : start + chunk]
        mine = {g: h for g in (release_iri(Path(p).name) for p in part) if (h := known.get(g))}
        futures.append(
            client.submit(
                extract_chunk,
                part,
                str(out_dir / f"part-{n:05d}.nq"),
                mine,
                key=f"extract-{n:05d}-{out_dir.name}",
                pure=False,
            )
        )
    return client.gather(futures)


def load(store: Store, results: Sequence[ChunkResult]) -> None:
    """Bulk-load what the tasks wrote, replacing the graphs of releases stored before."""
    files = [r.nquads for r in results if r.nquads]
    if files:
        store.load_nquads(files, replace=[g for r in results for g in r.graphs])


def extract_and_load(client, paths: Iterable[str | Path], store: Store, out_dir: str | Path) -> list[Outcome]:
    """Distributed ingest: reference graph, extraction on the cluster, one bulk load; the outcomes."""
    from .ingest import ensure_reference

    ensure_reference(store)
    results = extract_to_nquads(client, paths, out_dir, known=store.release_hashes())
    load(store, results)
    return [o for r in results for o in r.outcomes]
