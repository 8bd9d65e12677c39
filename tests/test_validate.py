"""Validation with the SHACL shapes of data/shapes.ttl (issue 7).

The graph built from the corpus (../shared/corpus/releases, else data/sample) conforms; graphs
broken on purpose (a meeting without kind, a participation without person, evidence whose offsets
lie, a country without French label...) are reported, by release, with the shape's message; an
undated meeting is a warning, not a violation; `diplograph validate` exits 1 on violations.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.ingest import ensure_reference, ingest
from graph.link import person_key
from graph.rdf import release_nquads
from graph.records import CountryMention, Evidence, Extraction, Meeting, Participant, Place, Release, TopicAssignment
from graph.store import open_store
from graph.validate import RELEASE_GRAPH, shapes, validate_store
from graph.vocab import DG, ID, REFERENCE_GRAPH, release_iri

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "releases"
RELEASES = CORPUS if CORPUS.is_dir() else ROOT / "data" / "sample"
SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
PROV = "http://www.w3.org/ns/prov#"


@pytest.fixture(scope="module")
def corpus_report():
    store = open_store(in_memory=True)
    report = ingest([RELEASES], store)
    assert report.stored
    return validate_store(store), len(report.stored)


# Violations the corpus graph is known to hold, each waiting for a fix elsewhere; any other fails.
KNOWN: set[tuple[str, str]] = set()  # violations the suite knows of and tolerates: none


def test_the_corpus_graph_conforms(corpus_report):
    report, releases = corpus_report
    assert report.graphs == releases + 1  # every release graph and the reference graph
    violations = [str(i) for i in report.issues if i.severity == "Violation" and (i.graph, i.path) not in KNOWN]
    assert violations == []


def test_warnings_are_listed_but_do_not_fail(corpus_report):
    report, _ = corpus_report
    warnings = [i for i in report.issues if i.severity != "Violation"]
    assert all(i.severity in ("Warning", "Info") for i in warnings)
    assert f"{report.warnings} warnings" in report.summary()


# --------------------------------------------------------------------------- broken graphs

TEXT = ("Le 18 novembre 2024, le premier ministre Marcel Ciolacu a rencontré Mark Rutte à Bruxelles. "
        "Ils ont parlé de l'Ukraine.")


def good_extraction(source: str = "ok.txt", when: date | None = date(2024, 11, 18)) -> Extraction:
    first = TEXT.index(" Ils")
    ev, ev2 = Evidence(0, first, TEXT[:first]), Evidence(first + 1, len(TEXT), TEXT[first + 1 :])
    people = [Participant("Marcel Ciolacu", person_key("Marcel Ciolacu"), "Prime Minister", "premier ministre", "RO",
                          ev),
              Participant("Mark Rutte", person_key("Mark Rutte"), "Secretary General", None, "NATO", ev)]
    meeting = Meeting(when, "meeting", Place(city="Brussels", country="BE"), people, ["RO", "NATO"],
                      [TopicAssignment("support-ukraine", ev2)], [ev, ev2])
    rel = Release(source=source, text=TEXT, language="fr", content_hash="a" * 64, title="Rencontre",
                  published=date(2024, 11, 18))
    return Extraction(rel, [meeting], [CountryMention("UA", ev2)])


def _store_with(*graphs: tuple[str, str]):
    store = open_store(in_memory=True)
    ensure_reference(store)
    store.replace_releases(list(graphs))
    return store


def _edit(nquads: str, drop: str | None = None, add: list[str] = (), replace: tuple[str, str] | None = None) -> str:
    """N-Quads with the lines matching `drop` removed, `add` lines (in the graph) added."""
    g = nquads.splitlines()[0].rsplit(" ", 2)[-2]
    lines = [ln for ln in nquads.splitlines() if not (drop and re.search(drop, ln))]
    if replace:
        lines = [ln.replace(*replace) for ln in lines]
    return "\n".join(lines + [f"{a} {g} ." for a in add]) + "\n"


def _meeting(nquads: str) -> str:
    return re.search(r"<(https://w3id\.org/diplograph/id/meeting/[0-9a-f]+)>", nquads).group(1)


def test_a_good_graph_conforms():
    report = validate_store(_store_with(release_nquads(good_extraction())))
    assert report.conforms and report.warnings == 0, report.messages()


def broken_cases():
    g, nq = release_nquads(good_extraction("broken.txt"))
    m = _meeting(nq)
    ev = f"<{g}#ev-0-{TEXT.index(' Ils')}>"
    return {
        "meeting without kind": (_edit(nq, drop=rf"<{m}> <{DG}kind>"), "exactly one dg:kind"),
        "meeting with two kinds": (_edit(nq, add=[f"<{m}> <{DG}kind> <{ID}kind/call>"]), "exactly one dg:kind"),
        "meeting of an unknown kind": (_edit(nq, replace=(f"<{ID}kind/meeting>", f"<{ID}kind/party>")),
                                       "exactly one dg:kind"),
        "date that is not a date": (_edit(nq, replace=('"2024-11-18"^^<http://www.w3.org/2001/XMLSchema#date> <' + g,
                                                       '"18/11/2024" <' + g)), "schema:startDate"),
        "participation without person": (_edit(nq, drop=rf"#participation-0-0> <{DG}participant>"),
                                         "exactly one dg:participant"),
        "participation without meeting": (_edit(nq, drop=rf"#participation-0-1> <{DG}meeting>"),
                                          "exactly one dg:meeting"),
        "fact derived from a non-release": (_edit(nq, replace=(f"#participation-0-0> <{PROV}wasDerivedFrom> <{g}>",
                                                               f"#participation-0-0> <{PROV}wasDerivedFrom> <{m}>")),
                                            "derived from a release"),
        "meeting without source": (_edit(nq, drop=rf"<{m}> <{PROV}wasDerivedFrom>"), "derived from a release"),
        "release without file name": (_edit(nq, drop=rf"<{g}> <{DG}fileName>"), "dg:fileName"),
        "evidence start after end": (_edit(nq, replace=(f'{ev} <{OA}start> "0"', f'{ev} <{OA}start> "95"')),
                                     "<= oa:end"),
        "evidence start as text": (_edit(nq, replace=(f'{ev} <{OA}start> "0"^^<http://www.w3.org/2001/XMLSchema#integer>',
                                                      f'{ev} <{OA}start> "0"')), "oa:start"),
        "evidence that does not quote the text": (
            _edit(nq, replace=(f'{ev} <{PROV}value> "Le 18', f'{ev} <{PROV}value> "Le 19')),
            "not the release text between its offsets"),
        "party that is not a country": (_edit(nq, add=[f"<{m}> <{DG}party> <{ID}country/ZZ>"]),
                                        "a party is a country or an organisation"),
        "topic outside the scheme": (_edit(nq, add=[f"<{m}> <{SCHEMA}about> <{ID}topic/made-up>"]),
                                     "topic of the topic scheme"),
    }


@pytest.mark.parametrize("case", list(broken_cases()))
def test_a_broken_graph_is_reported(case):
    nquads, message = broken_cases()[case]
    g = release_iri("broken.txt")
    report = validate_store(_store_with(release_nquads(good_extraction()), (g, nquads)))
    assert not report.conforms
    bad = [i for i in report.issues if i.severity == "Violation"]
    assert bad and all(i.graph == "broken.txt" for i in bad), report.messages()
    assert any(message in str(i) for i in bad), report.messages()


def test_an_undated_meeting_is_a_warning_not_a_violation():
    report = validate_store(_store_with(release_nquads(good_extraction("undated.txt", when=None))))
    assert report.conforms and report.warnings == 1
    assert "undated meeting" in report.messages()[0] and "undated.txt" in report.messages()[0]


def test_the_reference_graph_is_checked():
    store = _store_with(release_nquads(good_extraction()))
    ro = f"<{ID}country/RO>"
    kept = [f"{q.subject} {q.predicate} {q.object} <{REFERENCE_GRAPH}> ."
            for q in store._quads(REFERENCE_GRAPH)
            if not (str(q.subject) == ro and isinstance(q.object, ox.Literal) and q.object.language == "fr")]
    store.load_reference("\n".join(kept) + "\n")
    report = validate_store(store)
    assert [(i.graph, i.focus) for i in report.issues if i.severity == "Violation"] == [
        ("reference", f"{ID}country/RO")]
    assert "French rdfs:label" in report.messages()[0]


def test_each_shape_says_which_graph_it_checks():
    every = shapes()
    assert len(every[RELEASE_GRAPH]) > 100 and len(every) == 2


# --------------------------------------------------------------------------- the command


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("validate") / "s"
    g, nq = release_nquads(good_extraction("broken.txt"))
    with open_store(path) as s:
        ensure_reference(s)
        s.replace_releases([release_nquads(good_extraction()), (g, _edit(nq, drop=rf"<{_meeting(nq)}> <{DG}kind>"))])
    return path


def test_validate_command_exits_1_on_violations(disk_store):
    result = CliRunner().invoke(app, ["validate", "--store", str(disk_store)])
    assert result.exit_code == 1, result.output
    assert "broken.txt" in result.output and "dg:kind" in result.output
    assert "does not conform" in result.output


def test_validate_command_checks_one_release(disk_store):
    result = CliRunner().invoke(app, ["validate", "--store", str(disk_store), "--release", "ok.txt"])
    assert result.exit_code == 0, result.output
    assert "1 graphs checked: conforms" in result.output
    result = CliRunner().invoke(app, ["validate", "--store", str(disk_store), "--release", "nope.txt"])
    assert result.exit_code == 2 and "no release 'nope.txt'" in result.output
