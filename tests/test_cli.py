"""The command line: the measured usage run as a user runs it, and every command documented."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
DIPLOGRAPH = Path(sys.executable).parent / "diplograph"
CONTRACT_COLUMNS = {
    "meetings": ["meeting", "date", "kind", "place", "placeCountry", "person", "name", "role", "affiliation", "source"],
    "meeting_parties": ["meeting", "date", "party", "source"],
    "meeting_topics": ["meeting", "date", "topic", "source"],
    "mentioned_countries": ["source", "country"],
}


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("releases")
    for name in ("seed-fr-004.txt", "en-003.txt", "en-006.html"):
        shutil.copy(SAMPLE / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def store(releases, tmp_path_factory) -> Path:
    """`diplograph ingest DIR --store S`, the real console script in a real process."""
    path = tmp_path_factory.mktemp("store") / "s"
    done = subprocess.run([str(DIPLOGRAPH), "ingest", str(releases), "--store", str(path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "3 stored" in done.stderr and "skipped" in done.stderr
    return path


@pytest.mark.parametrize("name", list(CONTRACT_COLUMNS))
def test_measured_usage_gives_csv_with_a_header(store, name):
    done = subprocess.run([str(DIPLOGRAPH), "query", f"queries/{name}.rq", "--store", str(store), "--format", "csv"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert rows[0] == CONTRACT_COLUMNS[name]
    assert len(rows) > 1
    sources = {r[rows[0].index("source")] for r in rows[1:]}
    assert sources <= {"seed-fr-004.txt", "en-003.txt", "en-006.html"}


def test_the_csv_holds_what_the_releases_say(store):
    done = subprocess.run([str(DIPLOGRAPH), "query", "meetings", "--store", str(store), "--format", "csv"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    seed = {(r["date"], r["name"], r["affiliation"].rsplit("/", 1)[-1]) for r in rows if r["source"] == "seed-fr-004.txt"}
    assert seed == {("2024-11-18", "Mark Rutte", "NATO"), ("2024-11-18", "Marcel Ciolacu", "RO")}
    calls = {r["kind"].rsplit("/", 1)[-1] for r in rows if r["source"] == "en-003.txt"}
    assert calls == {"call"}


def test_ingesting_again_changes_nothing_and_says_so(store, releases):
    done = subprocess.run([str(DIPLOGRAPH), "ingest", str(releases), "--store", str(store)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "0 stored, 3 unchanged" in done.stderr


def test_bad_files_are_reported_by_name_and_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    shutil.copy(SAMPLE / "en-003.txt", folder / "good.txt")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "1 stored" in out and "2 skipped" in out
    assert "empty.txt" in out and "scan.txt" in out


def test_explain_prints_facts_with_their_evidence():
    result = CliRunner().invoke(app, ["ingest", "--explain", str(SAMPLE / "seed-fr-004.txt")])
    assert result.exit_code == 0, result.output
    assert "Marcel Ciolacu" in result.output and "Prime Minister" in result.output
    assert "evidence" in result.output and "18 novembre 2024" in result.output


def test_query_refuses_updates(store):
    done = subprocess.run([str(DIPLOGRAPH), "query", "--store", str(store), "-f", "csv", str(ROOT / "queries" / "x.rq")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name, command in ((c.name or c.callback.__name__, c) for c in app.registered_commands):
        assert command.callback.__doc__, f"{name} has no help text"
        assert runner.invoke(app, [name, "--help"]).exit_code == 0
        assert f"diplograph {name}" in readme, f"`diplograph {name}` is not in the README"
