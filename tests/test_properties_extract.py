"""Property tests on the extract and rdf stages, and the store round trip (issue 7).

- Any text (arbitrary Unicode, or built from release-like fragments: names, titles, meeting
  verbs, dates, countries, HTML tags, quotes, hostile strings) goes through `extract` without a
  crash; every Evidence slices the text exactly; `release_nquads` gives IRIs that parse and hold no
  space, <, >, ", {, }, |, ^, backtick or newline.
- Minted IRIs are valid and safe for any text (`vocab.mint` and the helpers built on it).
- Strings come back unchanged through rdf -> store -> SPARQL: a release whose names hold N-Quads or
  SPARQL syntax adds literals, never triples, and touches no other graph.

The default run tries a few hundred inputs per property. HYPOTHESIS_PROFILE=fuzz runs them at scale
(20,000 inputs on extract, 3,000 on the store round trip; tests/FUZZING.md has the figures).
"""

from __future__ import annotations

import os
import unicodedata
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from graph import vocab
from graph.extract import extract
from graph.link import person_key
from graph.rdf import release_nquads, release_quads
from graph.read import read_bytes
from graph.records import (
    KINDS,
    CountryMention,
    Evidence,
    Extraction,
    Meeting,
    Participant,
    Place,
    ReadError,
    Release,
    TopicAssignment,
)
from graph.store import open_store

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"


def scale(default: int, fuzz: int) -> settings:
    """Per-test settings that hold whichever profile is loaded (test_read_properties.py loads one)."""
    return settings(max_examples=fuzz if FUZZ else default, deadline=None, suppress_health_check=list(HealthCheck))


FORBIDDEN_IN_IRIS = set(' <>"{}|^`\n\r\t\\')

# ---------------------------------------------------------------- release-like text

NAMES = ["Mark Rutte", "Marcel Ciolacu", "Jean-Noël Barrot", "Ursula von der Leyen", "Volodymyr Zelensky",
         "Antony J. Blinken", "M. Macron", "Mme Kallas", "Andrej Plenković", "Olaf Scholz", "Сергей Лавров",
         "Recep Tayyip Erdoğan", "Xi Jinping", "O'Brien", "de Gaulle", "X Æ A-12"]
TITLES = ["Prime Minister", "le premier ministre", "Secretary General", "le secrétaire général de l'OTAN",
          "President", "la présidente de la Commission européenne", "Foreign Minister",
          "ministre des Affaires étrangères", "Commissioner for Enlargement", "his counterpart",
          "son homologue ukrainien", "the Minister of Defence of", "Ambassador", "Chancellor", "King",
          "Deputy Secretary of State"]
VERBS = ["met", "a rencontré", "held a phone call with", "s'est entretenu avec", "will meet", "visited",
         "received", "a reçu", "spoke by telephone with", "co-chaired a meeting with", "hosted", "joined",
         "welcomed", "had talks with", "a accueilli", "is to meet", "recalled meeting"]
DATES = ["18 November 2024", "le 3 mars 2025", "2024-11-18", "31/02/2024", "on Monday", "ce lundi",
         "14 Sep. 2018", "1er janvier", "yesterday", "31 September 2024", "0000-00-00", "2024",
         "(18 novembre 2024)", "9999-12-31"]
PLACES = ["Romania", "la Roumanie", "Ukraine", "Brussels", "Bruxelles", "NATO Headquarters", "au siège de l'OTAN",
          "Kyiv", "Côte d'Ivoire", "the Republic of Moldova", "Washington", "Kosovo", "Türkiye", "Georgia",
          "the EU", "l'Union européenne", "the United Nations", "OSCE", "Paris", "Warsaw's"]
TOPICS = ["support for Ukraine", "Black Sea security", "defence spending", "energy", "la sécurité",
          "the situation in the Middle East", "sanctions against Russia", "enlargement"]
MARKUP = ["<p>", "</p>", "<br>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "&nbsp;",
          "<!--", "-->", "<a href='javascript:alert(1)'>", "</a>", "]]>", "<![CDATA["]
QUOTES = ["«", "»", "“", "”", '"', "'", "’", "„", "‹", "›", "« ", " »", "`"]
HOSTILE = ['"> . <x> <y> <z> .', "} ; DROP ALL ; {", "\n", "<script>", '"""', "'''", "\\", "\\u0022", "^^<x>",
           "@en", "_:b0", "?name", "$s", "# ", "\r\n", "\u2028", "\u2029", "\x00", "\x85", "\ufeff", "\u200b",
           "\U0001f600", "é", "\u0301", "ﬁ", "%00", "%2F", "../", "#ev-0-1", " "]
PUNCT = [".", ",", ";", ":", "!", "?", " - ", " – ", " — ", "(", ")", "\n", "\n\n", " ", "  ", "\t"]

FRAGMENT = st.one_of(*(st.sampled_from(x) for x in (NAMES, TITLES, VERBS, DATES, PLACES, TOPICS, MARKUP,
                                                      QUOTES, HOSTILE, PUNCT)), st.text(max_size=12))


@st.composite
def sentence(draw) -> str:
    """'{date}, {title} {name} {verb} {title} {name} in {place} to discuss {topic}.' with parts
    dropped, shuffled or replaced by any fragment."""
    parts = [draw(st.sampled_from(DATES)) + ",", draw(st.sampled_from(TITLES)), draw(st.sampled_from(NAMES)),
             draw(st.sampled_from(VERBS)), draw(st.sampled_from(TITLES)), draw(st.sampled_from(NAMES)),
             "in " + draw(st.sampled_from(PLACES)), "to discuss " + draw(st.sampled_from(TOPICS))]
    if not draw(st.integers(0, 4)):
        parts = draw(st.permutations(parts))
    parts = [p if draw(st.integers(0, 11)) else draw(FRAGMENT) for p in parts if draw(st.integers(0, 11))]
    return " ".join(parts) + draw(st.sampled_from([".", "", "!", "?", "…", " »."]))


@st.composite
def release_text(draw) -> str:
    pieces = draw(st.lists(st.one_of(sentence(), sentence(), FRAGMENT), min_size=1, max_size=25))
    return "".join(p + draw(st.sampled_from([" ", "\n", "\n\n", ""])) for p in pieces)


LANGUAGES = st.sampled_from(["fr", "en", "de", "ru", "und", "fr", "en"])
PUBLISHED = st.none() | st.dates(min_value=date(1945, 1, 1), max_value=date(2030, 12, 31))


def _release(text: str, language: str, published: date | None, source: str = "fuzz.txt") -> Release:
    return Release(source=source, text=text, language=language, content_hash="0" * 64, published=published)


def evidences(ex: Extraction):
    for m in ex.meetings:
        yield from m.evidence
        yield from (p.evidence for p in m.participants if p.evidence is not None)
        yield from (t.evidence for t in m.topics if t.evidence is not None)
    yield from (c.evidence for c in ex.mentioned_countries if c.evidence is not None)


def check_iri(iri: str) -> None:
    assert not FORBIDDEN_IN_IRIS & set(iri), iri
    assert ox.NamedNode(iri).value == iri


def check_extraction(ex: Extraction) -> None:
    text = ex.release.text
    for ev in evidences(ex):
        assert 0 <= ev.start <= ev.end <= len(text), (ev.start, ev.end, len(text))
        assert text[ev.start : ev.end] == ev.text
    for m in ex.meetings:
        assert m.kind in KINDS
        for p in m.participants:
            assert p.name.strip() and p.person_key
    event(f"meetings: {min(len(ex.meetings), 2)}{'+' if len(ex.meetings) >= 2 else ''}")
    graph, nquads = release_nquads(ex)
    check_iri(graph)
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    assert quads
    for q in quads:
        for term in (q.subject, q.predicate, q.object, q.graph_name):
            if isinstance(term, ox.NamedNode):
                check_iri(term.value)
        assert q.graph_name == ox.NamedNode(graph)


@given(st.text(max_size=2000), LANGUAGES, PUBLISHED)
@scale(150, 20_000)
def test_extract_never_crashes_on_any_text(text, language, published):
    check_extraction(extract(_release(text, language, published)))


@given(release_text(), LANGUAGES, PUBLISHED)
@scale(150, 20_000)
def test_extract_on_release_like_text(text, language, published):
    check_extraction(extract(_release(text, language, published)))


# ---------------------------------------------------------------- the whole chain on mutated releases

RELEASES = sorted((Path(__file__).resolve().parent.parent / "data" / "sample").iterdir())
HEAD_INSERTS = ['<meta property="og:url" content="https://example.org/{}">', '<link rel="canonical" href="https://{}">',
                '<link rel="canonical" href="https://example.org/news/{}">', '<html lang="{}">', '<meta charset="{}">',
                "<title>{}</title>", '<meta property="article:published_time" content="{}">',
                '<script type="application/ld+json">{{"@type": "NewsArticle", "url": "https://example.org/{}", '
                '"headline": "{}"}}</script>']


@st.composite
def mutated_release(draw) -> tuple[bytes, str]:
    """A sample release, cut, spliced with fragments (hostile ones, page metadata with odd values)
    or with bytes overwritten, 1 to 4 times."""
    path = draw(st.sampled_from(RELEASES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "fragment", "fragment", "head", "overwrite"]))
        if action == "cut":
            data = data[:at]
        elif action == "fragment":
            data[at:at] = " ".join(draw(st.lists(FRAGMENT, min_size=1, max_size=8))).encode("utf-8", "replace")
        elif action == "head":
            value = draw(st.one_of(st.sampled_from(HOSTILE + INJECTIONS), st.text(max_size=30)))
            insert = draw(st.sampled_from(HEAD_INSERTS)).format(value, value)
            head = data.find(b"<head>")
            where = head + 6 if head >= 0 else at
            data[where:where] = insert.encode("utf-8", "replace")
        else:
            patch = draw(st.binary(min_size=1, max_size=8))
            data[at : at + len(patch)] = patch
    return bytes(data), path.name


@given(mutated_release())
@scale(40, 3_000)
def test_mutated_releases_go_through_read_extract_and_rdf(release):
    data, name = release
    try:
        rel = read_bytes(data, name)
    except ReadError as e:
        assert e.reason
        event("refused by read")
        return
    check_extraction(extract(rel))


# ---------------------------------------------------------------- minted IRIs

MINTERS = [vocab.person_iri, vocab.release_iri, vocab.meeting_iri, vocab.topic_iri, vocab.role_iri, vocab.kind_iri,
           vocab.country_iri, vocab.org_iri, vocab.party_iri]


@given(st.text(max_size=300), st.sampled_from(MINTERS))
@scale(500, 50_000)
def test_minted_iris_are_valid_and_safe_for_any_text(text, minter):
    if not text.strip():
        return  # nothing to name: refused with ValueError (test_empty_names_are_refused_not_minted)
    iri = minter(text)
    check_iri(iri)
    assert iri.startswith(vocab.ID)
    kind, *segments = iri[len(vocab.ID):].split("/")
    assert len(segments) == 1  # the text cannot add path segments ("../", "/") nor a fragment ("#")
    assert "#" not in iri and "?" not in iri


@given(st.text(max_size=300), st.text(max_size=50))
@scale(300, 20_000)
def test_a_minted_segment_gives_its_text_back(text, other):
    assume(text.strip())
    expected = unicodedata.normalize("NFC", text).strip()
    assert unquote(vocab.segment(text)) == expected
    iri = vocab.place_iri(other.strip() or None, text)
    check_iri(iri)
    assert len(iri[len(vocab.ID):].split("/")) == 3


def test_empty_names_are_refused_not_minted():
    for text in ("", " ", "\n\t", "\u3000"):
        try:
            vocab.mint("person", text)
        except ValueError:
            continue
        raise AssertionError(f"an empty segment was minted from {text!r}")


@given(st.text(max_size=100))
@scale(300, 20_000)
def test_slugs_are_keys(text):
    s = vocab.slug(text)
    assert s and " " not in s and "/" not in s
    check_iri(vocab.role_iri(s))


# ---------------------------------------------------------------- rdf -> store -> SPARQL

INJECTIONS = ['"> . <x> <y> <z> .', "} ; DROP ALL ; {", "\n", "<script>alert(1)</script>", '"', '\\"', "\\",
              "'", "'''", '"""', "x\" . } ; CLEAR ALL ; INSERT DATA { <a> <b> <c> } #", "?name", "$name",
              "^^<http://www.w3.org/2001/XMLSchema#integer>", "@en", "_:b1", "GRAPH <x> { <a> <b> <c> }",
              "\r", "\u2028", "\x00", "\x7f", "\ufffd", "\U0010fffd", "<x> <y> <z> <g> .", "%20", " ", "é"]
HOSTILE_TEXT = st.lists(st.one_of(st.sampled_from(INJECTIONS), st.text(max_size=20)), min_size=1, max_size=6).map(
    "".join).filter(lambda s: s.strip())


@st.composite
def hostile_extraction(draw) -> Extraction:
    """A release whose every text field holds hostile strings: names, roles as written, places,
    title, URL, evidence sentences; codes and topics too."""
    names = draw(st.lists(HOSTILE_TEXT, min_size=2, max_size=4, unique_by=person_key))
    sentences = draw(st.lists(HOSTILE_TEXT, min_size=1, max_size=3))
    text = "\n".join(sentences)
    evs, at = [], 0
    for s in sentences:
        evs.append(Evidence(at, at + len(s), s))
        at += len(s) + 1
    people = [Participant(name=n, person_key=person_key(n), role=draw(st.none() | HOSTILE_TEXT),
                          role_text=draw(st.none() | HOSTILE_TEXT), affiliation=draw(st.none() | HOSTILE_TEXT),
                          evidence=draw(st.sampled_from(evs))) for n in names]
    place = draw(st.none() | st.builds(Place, city=st.none() | HOSTILE_TEXT, venue=st.none() | HOSTILE_TEXT,
                                       country=st.none() | st.sampled_from(["BE", "RO", "zz", "UN"]),
                                       city_text=st.none() | HOSTILE_TEXT))
    meeting = Meeting(draw(st.none() | st.dates()), draw(st.sampled_from(KINDS)), place, people,
                      draw(st.lists(HOSTILE_TEXT, max_size=3)), [TopicAssignment(draw(HOSTILE_TEXT), evs[0])], evs)
    release = Release(source=draw(HOSTILE_TEXT), text=text, language=draw(st.sampled_from(["fr", "en", "x\" ."])),
                      content_hash=draw(HOSTILE_TEXT), title=draw(st.none() | HOSTILE_TEXT),
                      url=draw(st.none() | HOSTILE_TEXT.map(lambda s: "https://example.org/" + s)))
    return Extraction(release, [meeting], [CountryMention(draw(HOSTILE_TEXT), evs[-1])])


SENTINEL = vocab.release_iri("sentinel.txt")
SENTINEL_NQ = f'<{SENTINEL}> <{vocab.DG}fileName> "sentinel.txt" <{SENTINEL}> .\n'
NAME_QUERY = ("SELECT ?g ?name WHERE { GRAPH ?g { ?p a <https://schema.org/Person> ; "
              "<https://schema.org/name> ?name } }")


@given(hostile_extraction())
@scale(60, 3_000)
def test_text_goes_through_the_store_as_literals(ex):
    store = open_store(in_memory=True)
    store.replace_releases([(SENTINEL, SENTINEL_NQ)])
    graph, nquads = release_nquads(ex)
    store.replace_releases([(graph, nquads)])
    # exactly the quads built, in their own graph; the other graph untouched; nothing else
    stored = set(ox.parse(store.dump("nquads"), format=ox.RdfFormat.N_QUADS))
    built = set(release_quads(ex))
    assert {q for q in stored if q.graph_name == ox.NamedNode(graph)} == built
    assert {q for q in stored if q.graph_name != ox.NamedNode(graph)} == set(
        ox.parse(SENTINEL_NQ, format=ox.RdfFormat.N_QUADS))
    # and SPARQL gives the strings back as they were
    g = ox.NamedNode(graph)
    names = {r[1].value for r in store.query(NAME_QUERY, {"g": g})}
    assert names == {p.name for p in ex.meetings[0].participants}
    for p in ex.meetings[0].participants:  # a hostile value bound as a parameter is a literal
        found = store.query("SELECT ?name ?p WHERE { ?p <https://schema.org/name> ?name }", {"name": p.name})
        assert len(found) >= 1
    text = store.query("SELECT ?g ?t WHERE { GRAPH ?g { ?g <https://schema.org/text> ?t } }", {"g": g})
    assert [r[1].value for r in text] == [ex.release.text]
    evidence = {r[1].value for r in store.query(
        "SELECT ?g ?v WHERE { GRAPH ?g { ?e <http://www.w3.org/ns/prov#value> ?v } }", {"g": g})}
    assert evidence == {e.text for e in ex.meetings[0].evidence}
    assert store.stats()["graphs"] == 2
