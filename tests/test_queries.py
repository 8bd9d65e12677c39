"""Saved queries: headers, parameters, and golden results over tests/fixtures/sample.trig.

Goldens are compared as sets of rows; cells holding a GROUP_CONCAT list are compared as sets too.
To rewrite them after a deliberate change: DIPLOGRAPH_WRITE_GOLDEN=1 pytest tests/test_queries.py,
then read the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_store import load_fixture, oxigraph_binary, start_server, stop  # shared test helpers

from graph.queries import (
    PARAM_TYPES,
    QUERIES_DIR,
    bind_params,
    load_saved_queries,
    parse_saved_query,
    run_saved,
)
from graph.store import QueryError, open_store, tokens

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "sample.trig"
GOLDEN = HERE / "golden"
SAVED = load_saved_queries()

# parameters for the golden runs
GOLDEN_PARAMS = {
    "person_meetings": {"person": "dgid:person/mark-rutte"},
    "person_counterparts": {"person": "https://w3id.org/diplograph/id/person/mark-rutte"},
    "country_partners": {"country": "dgid:country/UA"},
    "first_last_meeting": {"a": "dgid:org/NATO", "b": "dgid:country/RO"},
    "meetings_in_range": {"from": "2024-11-19", "to": "2025-02-03"},
    "person_roles": {"person": "dgid:person/marcel-ciolacu"},
    "meeting_details": {"meeting": "dgid:meeting/m1-nato-ro-2024-11-18"},
}

# the scorer's columns (its docstring): these four files are the contract
CONTRACT = {
    "meetings": ("meeting", "date", "kind", "place", "placeCountry", "person", "name", "role",
                 "affiliation", "source"),
    "meeting_parties": ("meeting", "date", "party", "source"),
    "meeting_topics": ("meeting", "date", "topic", "source"),
    "mentioned_countries": ("source", "country"),
}


def normalized(rows: list[list[str]]) -> list[tuple[str, ...]]:
    """Order-free: sorted rows, and '; '-joined lists sorted inside a cell."""
    return sorted(tuple("; ".join(sorted(c.split("; "))) if "; " in c else c for c in row)
                  for row in rows)


def read_csv(text: str) -> tuple[list[str], list[list[str]]]:
    header, *rows = list(csv.reader(io.StringIO(text)))
    return header, rows


@pytest.fixture(scope="module", params=["memory", "disk", pytest.param("server", marks=pytest.mark.server)])
def store(request, tmp_path_factory):
    """The fixture loaded in each kind of store; the server one is an Oxigraph server on 127.0.0.1."""
    process = None
    if request.param == "memory":
        s = open_store(in_memory=True)
    elif request.param == "disk":
        s = open_store(tmp_path_factory.mktemp("store") / "store")
    else:
        if oxigraph_binary() is None:
            pytest.skip("no oxigraph binary")
        process, url = start_server(tmp_path_factory.mktemp("server"))
        s = open_store(endpoint=url)
    load_fixture(s)
    yield s
    s.close()
    if process is not None:
        stop(process)


# --- headers -------------------------------------------------------------------------------


def test_at_least_fourteen_saved_queries_with_full_headers():
    assert len(SAVED) >= 14
    for name, q in SAVED.items():
        assert q.title and q.description and q.returns, name
        assert all(p.type in PARAM_TYPES for p in q.params), name


@pytest.mark.parametrize("name", sorted(SAVED))
def test_parameters_are_projected_and_never_tested_with_bound(name):
    """pyoxigraph binds only projected variables; BOUND(?param) differs between engines."""
    q = SAVED[name]
    for p in q.params:
        assert p.name in q.returns, f"{name}: ?{p.name} must be a returned column"
    significant = [t for k, t in tokens(q.text) if k not in ("ws", "comment")]
    for i, t in enumerate(significant[:-2]):
        if t.upper() == "BOUND":
            assert significant[i + 2][1:] not in {p.name for p in q.params}, name


def test_contract_queries_return_the_scorer_columns():
    for name, columns in CONTRACT.items():
        assert SAVED[name].returns == columns


def test_header_parser():
    text = ("# Title here\n# First line,\n# second line.\n"
            "# param: ?person iri — the person\n"
            "# param: ?from date (optional) — first day\n"
            "# param: ?n int [10] — how many\n"
            "# returns: person, n\nSELECT ?person ?n WHERE { ?person ?p ?n }\n")
    q = parse_saved_query(text, "x")
    assert q.title == "Title here"
    assert q.description == "First line, second line."
    assert [(p.name, p.type, p.default, p.required) for p in q.params] == [
        ("person", "iri", None, True), ("from", "date", None, False), ("n", "int", "10", False)]
    assert q.params[0].description == "the person"
    assert q.returns == ("person", "n")
    with pytest.raises(ValueError, match="returns"):
        parse_saved_query("# Title\nSELECT * {}", "y")
    with pytest.raises(ValueError, match="param"):
        parse_saved_query("# Title\n# param: ?x float\n# returns: x\nSELECT ?x {}", "z")


# --- parameters ----------------------------------------------------------------------------


def test_string_parameters_are_typed_by_their_declaration():
    bound = bind_params(SAVED["meetings_in_range"], {"from": "2024-11-19"})
    assert bound == {"from": ox.Literal("2024-11-19", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#date"))}
    bound = bind_params(SAVED["person_meetings"], {"?person": "<https://w3id.org/diplograph/id/person/x>"})
    assert bound["person"] == ox.NamedNode("https://w3id.org/diplograph/id/person/x")


@pytest.mark.parametrize("name, params, message", [
    ("person_meetings", {}, "needs ?person"),
    ("person_meetings", {"person": "not an iri"}, "is not an IRI"),
    ("meetings_in_range", {"from": "2024-13-45"}, "is not a date"),
    ("meetings_in_range", {"since": "2024-01-01"}, "no parameter ?since"),
])
def test_parameter_errors_are_clear(name, params, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        bind_params(SAVED[name], params)


def test_unknown_saved_query():
    with pytest.raises(QueryError, match="no saved query"):
        run_saved(open_store(in_memory=True), "nope")


def test_optional_parameters_may_be_left_out(store):
    everything = run_saved(store, "meetings_in_range")
    assert len(everything) == 5
    since = run_saved(store, "meetings_in_range", {"from": "2025-01-01"})
    assert sorted(r["meeting"].rsplit("/", 1)[1] for r in since.records()) == [
        "m4-lt-pl-2025-02-03", "m5-nato-pl-2025-02-04"]


def test_run_saved_by_path(store):
    result = run_saved(store, QUERIES_DIR / "releases.rq")
    assert [r["source"] for r in result.records()] == ["en-002.txt", "en-001.txt", "fr-001.txt"]


# --- goldens -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SAVED))
def test_golden(store, name):
    result = run_saved(store, name, GOLDEN_PARAMS.get(name))
    assert tuple(result.columns) == SAVED[name].returns
    header, rows = read_csv(result.to_csv())
    path = GOLDEN / f"{name}.csv"
    if os.environ.get("DIPLOGRAPH_WRITE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(result.to_csv(), encoding="utf-8")
    golden_header, golden_rows = read_csv(path.read_text(encoding="utf-8"))
    assert header == golden_header
    assert normalized(rows) == normalized(golden_rows)


def test_every_saved_query_has_a_golden():
    assert sorted(p.stem for p in GOLDEN.glob("*.csv")) == sorted(SAVED)


# --- the scorer, end to end (it lives outside the project; skipped where it is absent) ------

SCORER = Path(os.environ.get("DIPLOGRAPH_SCORER", "/work/shared/tools/score.py"))
SAMPLE_GOLD = [
    {"file": "fr-001.txt", "language": "fr", "mentioned_countries": ["RO", "UA"], "meetings": [
        {"date": "2024-11-18", "kind": "meeting", "parties": ["NATO", "RO"],
         "place": {"city": ["Brussels", "Bruxelles"], "venue": ["NATO Headquarters"], "country": "BE"},
         "participants": [
             {"name": ["Mark Rutte"], "role": ["Secretary General"], "affiliation": "NATO"},
             {"name": ["Marcel Ciolacu"], "role": ["Prime Minister"], "affiliation": "RO"}],
         "topics": ["black-sea-security", "support-ukraine"]},
        {"date": "2024-11-17", "kind": "call", "parties": ["RO", "UA"], "place": None,
         "participants": [
             {"name": ["Marcel Ciolacu"], "role": ["Prime Minister"], "affiliation": "RO"},
             {"name": ["Volodymyr Zelensky"], "role": ["President"], "affiliation": "UA"}],
         "topics": ["peace-efforts"]}]},
    {"file": "en-001.txt", "language": "en", "mentioned_countries": ["RO", "UA"], "meetings": [
        {"date": "2024-11-18", "kind": "meeting", "parties": ["NATO", "RO"],
         "place": {"city": ["Brussels"], "venue": ["NATO Headquarters"], "country": "BE"},
         "participants": [
             {"name": ["Mark Rutte"], "role": ["Secretary General"], "affiliation": "NATO"},
             {"name": ["Marcel Ciolacu"], "role": ["Prime Minister"], "affiliation": "RO"}],
         "topics": ["support-ukraine"]},
        {"date": "2024-11-20", "kind": "visit", "parties": ["NATO", "UA"],
         "place": {"city": ["Kyiv"], "venue": [], "country": "UA"},
         "participants": [
             {"name": ["Mark Rutte"], "role": ["Secretary General"], "affiliation": "NATO"},
             {"name": ["Volodymyr Zelensky", "Volodymyr Zelenskyy"], "role": ["President"],
              "affiliation": "UA"}],
         "topics": ["air-missile-defence", "support-ukraine"]}]},
    {"file": "en-002.txt", "language": "en", "mentioned_countries": ["LT", "PL", "RU"], "meetings": [
        {"date": "2025-02-03", "kind": "conference", "parties": ["LT", "PL"],
         "place": {"city": ["Vilnius"], "venue": [], "country": "LT"}, "participants": [],
         "topics": ["baltic-sea-security"]},
        {"date": "2025-02-04", "kind": "meeting", "parties": ["NATO", "PL"],
         "place": {"city": ["Warsaw"], "venue": [], "country": "PL"},
         "participants": [
             {"name": ["Mark Rutte"], "role": ["Secretary General"], "affiliation": "NATO"},
             {"name": ["Donald Tusk"], "role": ["Prime Minister"], "affiliation": "PL"}],
         "topics": ["deterrence-defence", "russia"]}]},
]


@pytest.mark.skipif(not SCORER.exists(), reason="the scorer is not on this machine")
def test_the_scorer_reads_the_contract_csvs_as_intended(store, tmp_path):
    gold, results = tmp_path / "gold", tmp_path / "results"
    gold.mkdir()
    results.mkdir()
    for g in SAMPLE_GOLD:
        (gold / g["file"].replace(".txt", ".json")).write_text(json.dumps(g), encoding="utf-8")
    for name in CONTRACT:
        run_saved(store, name).to_csv(results / f"{name}.csv")
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(results), "--json"],
                         capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout.strip().splitlines()[-1])
    assert scores["overall"] == 1.0, scores
