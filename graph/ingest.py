"""Ingest: files in, release graphs stored. read -> extract -> rdf in worker processes, the store
written by this process in batches, each batch all-or-nothing.

A release whose bytes are already stored (same sha256 under the same file name) is skipped, so an
interrupted ingest resumes where it stopped and a repeated one changes nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from .extract import extract_many
from .link import Linker, ReleaseIdentity, release_identity, rewrite_iris
from .rdf import release_nquads
from .read import read_bytes
from .records import Extraction, ReadError
from .reference import reference_nquads
from .store import Store
from .vocab import REFERENCE_GRAPH, release_iri

RELEASE_SUFFIXES = {".txt", ".text", ".html", ".htm"}  # in folders; a file named explicitly is always read
# Documents, images and archives in a folder are reported as skipped (a user may have saved a
# release so); other files (a store's own files, notes) are left out silently.
OTHER_DOCUMENTS = {".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx", ".png", ".jpg",
                   ".jpeg", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z",
                   ".rar", ".tar", ".eml", ".msg", ".mht", ".mhtml", ".xml", ".json", ".md", ".csv"}
CHUNK = 32  # releases handed to a worker at a time (one nlp.pipe batch per language)
# chunks (32,000 releases) before the worker processes are replaced; 0 never. Measured with
# benchmarks/bench_workers.py: over 20,000 releases replacing them every 6,400 saved nothing and
# raised the peak 1.12x, so only runs long enough for the workers' growth to matter replace them.
WORKER_LIFETIME = int(os.environ.get("DIPLOGRAPH_WORKER_LIFETIME", "1000"))


@dataclass
class Outcome:
    """What became of one file."""

    path: str
    source: str
    status: str  # "stored", "unchanged", "skipped"
    reason: str = ""
    meetings: int = 0
    people: tuple[str, ...] = ()
    language: str = ""


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def _with(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def stored(self) -> list[Outcome]:
        return self._with("stored")

    @property
    def unchanged(self) -> list[Outcome]:
        return self._with("unchanged")

    @property
    def skipped(self) -> list[Outcome]:
        return self._with("skipped")

    @property
    def meetings(self) -> int:
        return sum(o.meetings for o in self.stored)

    @property
    def people(self) -> int:
        return len({k for o in self.stored for k in o.people})


def release_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and the release files inside folders named (sorted, hidden ones left out)."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    if f.suffix.lower() in RELEASE_SUFFIXES:
                        yield f
        else:
            yield p


def other_documents(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Documents inside the folders named that are not releases (OTHER_DOCUMENTS)."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in OTHER_DOCUMENTS and not any(
                        part.startswith(".") for part in f.relative_to(p).parts):
                    yield f


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- the work of one chunk


@dataclass
class _Done:
    outcome: Outcome
    graph: str | None = None
    nquads: str | None = None
    identity: ReleaseIdentity | None = None


def process_chunk(items: list[tuple[str, bytes]]) -> list[_Done]:
    """read -> extract -> rdf for a chunk of (path, bytes): a pure function, run in a worker."""
    done: dict[int, _Done] = {}
    releases = []
    for i, (path, data) in enumerate(items):
        try:
            rel = read_bytes(data, os.path.basename(path))
            rel.path = path
            releases.append((i, rel))
        except ReadError as e:
            done[i] = _Done(Outcome(path, os.path.basename(path), "skipped", e.reason))
        except Exception as e:  # noqa: BLE001 - one bad file must not stop the run
            done[i] = _Done(Outcome(path, os.path.basename(path), "skipped", f"could not be read: {e!r}"))
    order = [i for i, _ in releases]
    try:
        extractions = list(extract_many(rel for _, rel in releases))
    except Exception:  # noqa: BLE001 - find the release that fails, keep the others
        extractions = []
        for i, rel in releases:
            try:
                extractions.extend(extract_many([rel]))
            except Exception as e:  # noqa: BLE001
                done[i] = _Done(Outcome(rel.path or rel.source, rel.source, "skipped", f"extraction failed: {e!r}"))
                order.remove(i)
    by_source = {ex.release.source: ex for ex in extractions}
    for i, rel in releases:
        if i in done:
            continue
        ex = by_source[rel.source]
        try:
            graph, nq = release_nquads(ex)
        except Exception as e:  # noqa: BLE001 - one bad release must not stop the run
            done[i] = _Done(Outcome(rel.path or rel.source, rel.source, "skipped", f"could not be written as RDF: {e!r}"))
            continue
        done[i] = _Done(_outcome(ex, "stored"), graph, nq, release_identity(ex))
    del order
    return [done[i] for i in range(len(items))]


def _outcome(ex: Extraction, status: str) -> Outcome:
    rel = ex.release
    people = tuple(sorted({p.person_key for m in ex.meetings for p in m.participants}))
    reason = "; ".join(rel.warnings)
    return Outcome(rel.path or rel.source, rel.source, status, reason, len(ex.meetings), people, rel.language)


# ---------------------------------------------------------------- the run


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    workers: int = 1,
    batch_size: int = 64,
    max_bytes: int | None = None,
    on_progress: Callable[[Outcome], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into the store; returns what became of each file."""
    ensure_reference(store)
    known = store.release_hashes()
    report = IngestReport()
    pending: list[tuple[str, str]] = []

    def note(o: Outcome) -> None:
        report.outcomes.append(o)
        if on_progress:
            on_progress(o)

    def flush() -> None:
        if pending:
            store.replace_releases(pending)
            pending.clear()

    for f in other_documents(paths):
        note(Outcome(str(f), f.name, "skipped", f"not a release: {f.suffix.lower()} files are not read "
                                                "(releases are .txt or .html files)"))
    linker = Linker.from_store(store)
    todo = _todo(release_files(paths), known, note, max_bytes)
    chunks = _chunks(todo, CHUNK)
    if workers > 1:
        # a fresh pool every WORKER_LIFETIME chunks: spaCy's string store grows with every new
        # word a worker meets, so long-lived workers grow with the corpus. (Not the executor's
        # max_tasks_per_child: it can deadlock on Python 3.11 to 3.13, CPython gh-115634.)
        while (first := next(chunks, None)) is not None:
            generation = chain([first], islice(chunks, WORKER_LIFETIME - 1) if WORKER_LIFETIME > 0 else chunks)
            with ProcessPoolExecutor(max_workers=workers) as pool:
                for chunk_result in _bounded_map(pool, process_chunk, generation, 2 * workers):
                    _collect(chunk_result, pending, note, flush, batch_size, linker)
    else:
        for chunk in chunks:
            _collect(process_chunk(chunk), pending, note, flush, batch_size, linker)
    flush()
    return report


def _bounded_map(pool, fn, items: Iterable, ahead: int) -> Iterator:
    """pool.map that reads `items` only `ahead` chunks before the results taken: Executor.map
    submits the whole iterable at once, which would hold every file's bytes in memory."""
    window: deque = deque()
    for item in items:
        window.append(pool.submit(fn, item))
        if len(window) >= ahead:
            yield window.popleft().result()
    while window:
        yield window.popleft().result()


def _collect(results: list[_Done], pending, note, flush, batch_size: int, linker: Linker) -> None:
    for d in results:
        if d.graph is not None and d.nquads is not None:
            nquads = d.nquads
            if d.identity is not None:  # the same people and meetings as releases already stored
                nquads = rewrite_iris(nquads, linker.link(d.identity))
            pending.append((d.graph, nquads))
            if len(pending) >= batch_size:
                flush()
        note(d.outcome)


def _todo(files: Iterable[Path], known: dict[str, str], note, max_bytes: int | None) -> Iterator[tuple[str, bytes]]:
    from .read import MAX_BYTES

    limit = max_bytes or MAX_BYTES
    seen: dict[str, str] = {}
    for f in files:
        path = str(f)
        if f.name in seen:  # its graph is named by its file name: it would replace the other's
            note(Outcome(path, f.name, "skipped", f"same file name as {seen[f.name]} (a release's graph is "
                                                  "named by its file name): rename one"))
            continue
        seen[f.name] = path
        try:
            size = f.stat().st_size
            if size > limit:
                note(Outcome(path, f.name, "skipped", f"file too large ({size:,} bytes; limit {limit:,})"))
                continue
            data = f.read_bytes()
        except OSError as e:
            note(Outcome(path, f.name, "skipped", f"cannot be opened: {e.strerror or e}"))
            continue
        if known.get(release_iri(f.name)) == _sha256(data):
            note(Outcome(path, f.name, "unchanged"))
            continue
        yield path, data


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ensure_reference(store: Store) -> None:
    """Load the reference graph (countries, organisations, topics, roles, kinds) once, and build the
    names graph of a store written before the store kept one."""
    if not store.query(f"ASK {{ GRAPH <{REFERENCE_GRAPH}> {{ ?s ?p ?o }} }}"):
        store.load_reference(reference_nquads())
    store.ensure_names()


def explain(path: str | Path) -> Extraction:
    """What one release gives, for `diplograph ingest --explain`."""
    data = Path(path).read_bytes()
    rel = read_bytes(data, Path(path).name)
    rel.path = str(path)
    return next(extract_many([rel]))


SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


def ensure_sample(store: Store) -> IngestReport | None:
    """Build the store from the bundled sample releases when it holds no release yet."""
    if store.stats()["releases"]:
        return None
    return ingest([SAMPLE], store)
