"""Identity across releases: one node per person whatever the spelling or language, two people with
one surname are two nodes, and one meeting reported by several releases is one event."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.ingest import ingest
from graph.link import Linker, MeetingIdentity, ReleaseIdentity, person_key, rewrite_iris
from graph.store import open_store
from graph.vocab import SCHEMA, person_iri


@pytest.mark.parametrize("a, b", [
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Volodymyr Zelenskyy", "Volodymyr Zelenskyi"),
    ("Volodymyr Zelenskyy", "Volodimir Zelenskiy"),
    ("Mykhaïlo Fedorov", "Mykhailo Fedorov"),
    ("Denys Chmyhal", "Denys Shmyhal"),
    ("Roustem Oumerov", "Rustem Umerov"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ("Antony J. Blinken", "Antony Blinken"),
    ("Radosław Sikorski", "RADOSŁAW SIKORSKI"),
])
def test_spellings_of_one_name_give_one_key(a, b):
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("a, b", [
    ("Jens Stoltenberg", "Camilla Stoltenberg"),
    ("Andrzej Duda", "Agata Duda"),
    ("Mark Rutte", "Mark Carney"),
])
def test_two_people_who_share_a_surname_or_a_given_name_are_two(a, b):
    assert person_key(a) != person_key(b)
    linker = Linker()
    linker.link(ReleaseIdentity({person_key(a): a}))
    assert linker.person(person_key(b)) == person_key(b)


def test_the_linker_joins_a_given_name_written_another_way():
    linker = Linker()
    linker.link(ReleaseIdentity({person_key("Sergey Lavrov"): "Sergey Lavrov"}))
    assert linker.person(person_key("Sergueï Lavrov")) == person_key("Sergey Lavrov")


def test_rewriting_touches_whole_iris_only():
    text = '<https://x/a> <https://x/p> "<https://x/a>" <g> .\n<https://x/ab> <https://x/p> <https://x/a> <g> .\n'
    out = rewrite_iris(text, {"https://x/a": "https://x/b"})
    assert out == '<https://x/b> <https://x/p> "<https://x/a>" <g> .\n<https://x/ab> <https://x/p> <https://x/b> <g> .\n'


def test_a_meeting_with_one_more_person_on_the_same_day_is_the_same_meeting():
    linker = Linker()
    a, b, c = (person_key(n) for n in ("Kaja Kallas", "Andrii Sybiha", "Mihai Popșoi"))
    from datetime import date

    first = MeetingIdentity("https://x/m1", date(2025, 10, 20), frozenset({a, b}))
    second = MeetingIdentity("https://x/m2", date(2025, 10, 20), frozenset({a, b, c}))
    other_day = MeetingIdentity("https://x/m3", date(2025, 10, 21), frozenset({a, b}))
    a_call = MeetingIdentity("https://x/m4", date(2025, 10, 20), frozenset({a, b}), "call")
    assert linker.link(ReleaseIdentity(meetings=[first])) == {}
    assert linker.link(ReleaseIdentity(meetings=[second])) == {"https://x/m2": "https://x/m1"}
    assert linker.link(ReleaseIdentity(meetings=[other_day])) == {}
    assert linker.link(ReleaseIdentity(meetings=[a_call])) == {}


def test_two_meetings_of_one_release_stay_two():
    from datetime import date

    a, b, c = (person_key(n) for n in ("Annalena Baerbock", "Marko Đurić", "Donika Gërvalla-Schwarz"))
    conference = MeetingIdentity("https://x/c", date(2024, 10, 1), frozenset({a, b, c}), "conference")
    bilateral = MeetingIdentity("https://x/b", date(2024, 10, 1), frozenset({a, b}), "meeting")
    assert Linker().link(ReleaseIdentity(meetings=[conference, bilateral])) == {}


EN = """Ministry of Foreign Affairs
Minister meets Ukrainian counterpart
4 March 2025
Foreign Minister Radosław Sikorski met the Foreign Minister of Ukraine, Andrii Sybiha, in Warsaw today.
They discussed air defence and support for Ukraine.
"""
FR = """Ministère des Affaires étrangères
Le ministre reçoit son homologue ukrainien
4 mars 2025
Le ministre des Affaires étrangères, Radosław Sikorski, a reçu aujourd'hui à Varsovie le ministre ukrainien des Affaires étrangères, Andriï Sybiha.
Ils ont évoqué la défense aérienne et le soutien à l'Ukraine.
"""


def test_french_and_english_editions_give_one_meeting_with_two_sources(tmp_path: Path):
    (tmp_path / "pl-en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "pl-fr.txt").write_text(FR, encoding="utf-8")
    store = open_store(in_memory=True)
    ingest([tmp_path], store)
    rows = store.query(f"""SELECT ?m (COUNT(DISTINCT ?g) AS ?sources) WHERE {{
        GRAPH ?g {{ ?m a <{SCHEMA}Event> }} }} GROUP BY ?m""").rows
    assert [int(n.value) for _, n in rows] == [2]
    people = {p.value for (p,) in store.query(f"SELECT DISTINCT ?p WHERE {{ ?p a <{SCHEMA}Person> }}").rows}
    assert people == {person_iri(person_key("Radosław Sikorski")), person_iri(person_key("Andrii Sybiha"))}
