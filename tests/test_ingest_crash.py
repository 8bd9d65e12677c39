"""Crashes and repeats, with the real `diplograph ingest` in a real process (issue 7).

- A folder of 100 releases (sample releases copied under many names) is ingested by the console
  script, killed with SIGKILL at three moments (as soon as the store appears, just after the
  first release lands, in the middle of the run), then run again to the end. After every kill each
  release graph in the store equals, as a quad set, what an uninterrupted ingest gives, or is
  absent; the reference graph likewise; the final run completes the rest (resume).
- All the while a reader thread, like the explorer, holds a read-only handle, refreshes it and
  queries in a loop: every release graph it sees is complete, and it never fails.
- Ingesting the folder again changes nothing (dump and state token); an edited release replaces
  its own graph and only that.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.ingest import ingest
from graph.queries import run_saved
from graph.store import DERIVED_GRAPHS, EmbeddedStore, StoreError, open_store
from graph.vocab import REFERENCE_GRAPH, release_iri

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
DIPLOGRAPH = Path(sys.executable).parent / "diplograph"
SOURCES = ["en-013.txt", "en-016.txt", "en-020.txt", "fr-017.txt", "fr-019.txt", "en-022.txt", "fr-002.txt",
           "seed-fr-004.txt", "en-003.txt", "en-018.html"]
COPIES = 10  # 100 releases
BATCH = "4"  # releases per store transaction: 25 transactions to land kills between and inside


def quads_by_graph(store) -> dict[str, set[ox.Quad]]:
    graphs: dict[str, set[ox.Quad]] = defaultdict(set)
    for q in ox.parse(store.dump("nquads"), format=ox.RdfFormat.N_QUADS):
        graphs[q.graph_name.value].add(q)
    return dict(graphs)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("releases")
    for k in range(COPIES):
        for name in SOURCES:
            src = SAMPLE / name
            shutil.copy(src, out / f"{src.stem}-copy{k:02d}{src.suffix}")
    return out


@pytest.fixture(scope="module")
def clean(folder) -> dict[str, set[ox.Quad]]:
    """What an uninterrupted ingest of the folder gives, graph by graph."""
    store = open_store(in_memory=True)
    report = ingest([folder], store)
    assert len(report.stored) == len(SOURCES) * COPIES, [(o.path, o.reason) for o in report.skipped]
    return quads_by_graph(store)


class Reader(threading.Thread):
    """The explorer's way of reading: one read-only handle, refreshed, queried in a loop."""

    def __init__(self, path: Path, expected: dict[str, set[ox.Quad]]):
        super().__init__(daemon=True)
        self.path, self.counts = path, {g: len(q) for g, q in expected.items()}
        self.stop, self.polls, self.seen, self.errors = threading.Event(), 0, 0, []
        self.sizes: set[int] = set()  # the numbers of releases it saw: the store growing under it

    def run(self) -> None:
        store = None
        while not self.stop.is_set():
            try:
                if store is None:
                    store = open_store(self.path, read_only=True)
                store.state()  # refreshes the handle when the writer changed the folder
                rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
                for g, n in rows:
                    if g.value not in DERIVED_GRAPHS and int(n.value) != self.counts.get(g.value):
                        self.errors.append(f"poll {self.polls}: {g.value} holds {n.value} quads, "
                                           f"not {self.counts.get(g.value)}")
                graphs = {g.value for g, _ in rows}
                if self.polls % 4 == 0:  # the overview's query too, now and then
                    meetings = run_saved(store, "meetings")
                    strays = {r["source"] for r in meetings.records()} - {g.rsplit("/", 1)[-1] for g in graphs}
                    if strays:
                        self.errors.append(f"poll {self.polls}: meetings from graphs not seen: {strays}")
                releases = sum(1 for g in graphs if "/release/" in g)
                self.sizes.add(releases)
                self.seen = max(self.seen, releases)
                self.polls += 1
            except Exception as e:  # noqa: BLE001 - the test reports what the reader met
                self.errors.append(f"poll {self.polls}: {type(e).__name__}: {e}")
            time.sleep(0.1)


def _start(folder: Path, store: Path, log: Path) -> subprocess.Popen:
    with open(log, "ab") as fh:
        return subprocess.Popen([str(DIPLOGRAPH), "ingest", str(folder), "--store", str(store), "--batch-size", BATCH],
                                stdout=fh, stderr=fh, start_new_session=True, cwd=ROOT)


def _kill(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)  # the process group this test started
    proc.wait(30)


def _releases_in(path: Path) -> int:
    if not (path / "CURRENT").exists():
        return 0
    try:
        with EmbeddedStore(path, read_only=True) as s:
            return len(s.release_hashes())
    except StoreError:  # the store is being created
        return 0


def _wait(proc: subprocess.Popen, condition, timeout: float = 300) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, "the ingest ended before the moment to kill it"
        assert time.monotonic() < end, "the moment to kill never came"
        time.sleep(0.05)


def _check_whole(path: Path, clean: dict[str, set[ox.Quad]]) -> set[str]:
    """Every graph in the store is exactly the clean one; returns the release graphs stored."""
    try:
        reader = EmbeddedStore(path, read_only=True)
    except StoreError:  # killed while creating the store (no column families yet): open as the next run will
        reader = EmbeddedStore(path)
    with reader as s:
        stored = quads_by_graph(s)
    for g, quads in stored.items():
        assert g in clean, f"unexpected graph {g}"
        missing, extra = clean[g] - quads, quads - clean[g]
        assert not missing and not extra, f"{g} is half stored: {len(missing)} quads missing, {len(extra)} extra"
    return {g for g in stored if g != REFERENCE_GRAPH}


def _folder_mark(path: Path) -> tuple:
    marks = []
    for entry in os.scandir(path):
        try:
            info = entry.stat()
        except FileNotFoundError:  # compacted away meanwhile
            continue
        marks.append((entry.name, info.st_size, info.st_mtime_ns))
    return tuple(sorted(marks))


def _at_next_write(proc: subprocess.Popen, path: Path, timeout: float = 300) -> None:
    """Return as soon as the writer changes a file of the store: a kill then lands in the write
    (or right after it), not in the extraction between writes."""
    mark, end = _folder_mark(path), time.monotonic() + timeout
    while _folder_mark(path) == mark:
        assert proc.poll() is None, "the ingest ended before the moment to kill it"
        assert time.monotonic() < end, "no write came"
        time.sleep(0.001)


@pytest.fixture(scope="module")
def killed_and_resumed(folder, clean, tmp_path_factory):
    """Kill the ingest three times, check the store after each kill, then let it finish."""
    path = tmp_path_factory.mktemp("store") / "s"
    log = path.parent / "ingest.log"
    rng = random.Random(7)
    after_kills: list[int] = []
    reader = Reader(path, clean)
    moments = [
        lambda: (path / "CURRENT").exists(),  # the store appears: it is being created, the reference loaded
        lambda: _releases_in(path) >= 1,  # the first batch has landed: kill in the second one's write
        lambda: _releases_in(path) >= after_kills[-1] + 30,  # well into the run: kill in a write
    ]
    for k, moment in enumerate(moments):
        proc = _start(folder, path, log)
        try:
            _wait(proc, moment)
            if k > 0:
                _at_next_write(proc, path)
                time.sleep(rng.uniform(0.0, 0.005) if k == 2 else 0.0)
            _kill(proc)
        finally:
            if proc.poll() is None:
                _kill(proc)
        after_kills.append(len(_check_whole(path, clean)))
        if not reader.is_alive():
            reader.start()
    final = _start(folder, path, log)
    assert final.wait(600) == 0, log.read_text(errors="replace")[-3000:]
    end = time.monotonic() + 60
    while reader.seen < len(SOURCES) * COPIES and time.monotonic() < end and reader.is_alive():
        time.sleep(0.1)  # let the reader see the end too
    reader.stop.set()
    reader.join(30)
    return path, after_kills, reader, log.read_text(errors="replace")


def test_a_killed_ingest_leaves_every_release_whole_or_absent(killed_and_resumed):
    _, after_kills, _, _ = killed_and_resumed
    assert after_kills[1] >= 1 and after_kills[2] > after_kills[1]  # kills did land mid-run
    assert after_kills[2] < len(SOURCES) * COPIES


def test_the_next_run_completes_the_rest(killed_and_resumed, clean):
    path, after_kills, _, log = killed_and_resumed
    with EmbeddedStore(path, read_only=True) as s:
        assert quads_by_graph(s) == clean  # the same store as an uninterrupted ingest
    last = log.strip().splitlines()
    summary = next(line for line in reversed(last) if line.startswith("releases read:"))
    assert f"{len(SOURCES) * COPIES - after_kills[2]} stored, {after_kills[2]} unchanged, 0 skipped" in summary


def test_a_reader_beside_the_writer_sees_whole_releases(killed_and_resumed):
    _, _, reader, _ = killed_and_resumed
    assert reader.errors == []
    assert reader.polls >= 10 and reader.seen == len(SOURCES) * COPIES
    assert len(reader.sizes) >= 5  # it read while the writer wrote, not only before and after


def test_ingesting_again_changes_nothing(killed_and_resumed, folder):
    path, *_ = killed_and_resumed
    with open_store(path) as s:
        before, state = quads_by_graph(s), s.state()
        report = ingest([folder], s)
        assert not report.stored and len(report.unchanged) == len(SOURCES) * COPIES
        assert quads_by_graph(s) == before
        assert s.state() == state


def _copy(graphs: dict[str, set[ox.Quad]]):
    store = open_store(in_memory=True)
    store.replace_releases([(g, ox.serialize(q, format=ox.RdfFormat.N_QUADS)) for g, q in graphs.items()
                            if g != REFERENCE_GRAPH])
    store.load_reference(ox.serialize(graphs[REFERENCE_GRAPH], format=ox.RdfFormat.N_QUADS))
    return store


def test_an_edited_release_replaces_its_own_graph_only(killed_and_resumed, folder, clean):
    path, *_ = killed_and_resumed
    edited = folder / "en-013-copy03.txt"
    original = edited.read_bytes()
    g = release_iri(edited.name)
    try:
        edited.write_bytes((SAMPLE / "fr-017.txt").read_bytes())  # another release's text under this name
        with open_store(path) as s:
            before, state = quads_by_graph(s), s.state()
            report = ingest([folder], s)
            after = quads_by_graph(s)
            assert [o.source for o in report.stored] == [edited.name]
            assert s.state() != state
        assert {k: v for k, v in after.items() if k != g} == {k: v for k, v in before.items() if k != g}
        assert after[g] != before[g]
        texts = [q for q in after[g] if q.predicate == ox.NamedNode("https://schema.org/text")]
        assert len(texts) == 1 and "homologue ukrainien" in texts[0].object.value  # nothing of the old one
        # what a store that never held the old version gives for the new one
        reference = _copy({k: v for k, v in clean.items() if k != g})
        ingest([folder], reference)
        assert quads_by_graph(reference)[g] == after[g]
    finally:
        edited.write_bytes(original)
