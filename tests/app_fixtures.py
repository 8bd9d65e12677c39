"""Fixtures for the explorer's tests: a store built from data/sample once per session (copied for
each test module that writes), a hostile release, and a running `streamlit run app.py`."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "tests" / "artifacts"

# Text that must never run as code nor be read as markup, wherever it is shown.
HOSTILE_NAMES = (
    '<script>window.__xss="script"</script> Ivan',
    "<img src=x onerror=\"window.__xss='img'\"> Petrov",
    "\"><svg onload=\"window.__xss='svg'\"> Quote 'O'Brien'",
    "javascript:window.__xss='link' Αλέξης Çelik",
)
HOSTILE_SOURCE = "hostile-release.txt"


def hostile_extraction():
    """An Extraction whose names, title, text and evidence carry script, markup, quotes and links."""
    from graph.records import Evidence, Extraction, Meeting, Participant, Place, Release, TopicAssignment

    sentence = (
        f"On 3 March 2025, {HOSTILE_NAMES[0]} met {HOSTILE_NAMES[1]}, {HOSTILE_NAMES[2]} and "
        f"{HOSTILE_NAMES[3]} <a href=\"javascript:window.__xss='a'\">click</a> in Sofia."
    )
    text = "<b>Header</b> <iframe src=javascript:alert(1)></iframe>\n" + sentence + "\nEnd."
    start = text.index(sentence)
    ev = Evidence(start, start + len(sentence), sentence)
    parts = [
        Participant(
            name, f"hostile-{i}", "Minister of Foreign Affairs", "ministre <i>x</i>", ("BG", "RO", "NATO", "LT")[i], ev
        )
        for i, name in enumerate(HOSTILE_NAMES)
    ]
    meeting = Meeting(
        date(2025, 3, 3),
        "meeting",
        Place(city="Sofia", country="BG"),
        parts,
        ["BG", "RO", "NATO", "LT"],
        [TopicAssignment("support-ukraine", ev)],
        [ev],
    )
    rel = Release(
        HOSTILE_SOURCE,
        text,
        "en",
        hashlib.sha256(text.encode()).hexdigest(),
        title='<script>window.__xss="title"</script> Hostile "release"',
        published=date(2025, 3, 4),
    )
    return Extraction(rel, [meeting])


def hostile_person_iri(i: int = 0) -> str:
    from graph.vocab import person_iri

    return person_iri(f"hostile-{i}")


@pytest.fixture(scope="session")
def sample_store_dir(tmp_path_factory) -> Path:
    """A store built from data/sample (the explorer's bundled sample) plus the hostile release."""
    from graph.ingest import ensure_sample
    from graph.rdf import release_nquads
    from graph.store import open_store

    path = tmp_path_factory.mktemp("sample") / "store"
    store = open_store(path)
    ensure_sample(store)
    store.replace_releases([release_nquads(hostile_extraction())])
    store.flush()
    store.close()
    return path


@pytest.fixture()
def store_copy(sample_store_dir, tmp_path) -> Path:
    """A private copy of the sample store, for a test that writes."""
    target = tmp_path / "store"
    shutil.copytree(sample_store_dir, target)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppServer:
    """`streamlit run app.py` on 127.0.0.1 and a free port, on a given store; stopped by stop()."""

    def __init__(self, store: Path, log: Path, root: Path = ROOT):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "DIPLOGRAPH_STORE": str(store)}
        env.pop("DIPLOGRAPH_ENDPOINT", None)
        self.log = open(log, "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(root / "app.py"),
                "--server.headless",
                "true",
                "--server.address",
                "127.0.0.1",
                "--server.port",
                str(self.port),
                "--browser.gatherUsageStats",
                "false",
                "--server.fileWatcherType",
                "none",
            ],
            cwd=root,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
            if self.proc.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"streamlit did not start; see {log}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()
