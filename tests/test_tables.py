"""The explorer's tables (graph/tables.py) against the store they are read from.

Every table is compared with what an independent SPARQL query (joins, per-release GRAPH patterns:
fine on a small store) or a saved query gives over tests/fixtures/sample.trig; the pages' views
built on the tables are compared with the saved queries and the SPARQL network builders. Nothing
is hard-coded: the fixture changes, the expectations follow. Then the tables' life on disk: kept
beside the store by state token, read back, rebuilt after a write, old states pruned.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import numpy as np
import pandas as pd
import pyoxigraph as ox
import pytest
from test_store import fixture_graphs, load_fixture, nquads  # shared test helpers

from graph import tables as T
from graph import views
from graph.analysis import build_network
from graph.queries import load_saved_queries, run_saved
from graph.store import EmbeddedStore, Store, open_store
from graph.vocab import REFERENCE_GRAPH

PREFIX = """PREFIX dg: <https://w3id.org/diplograph/ns#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
RO = "https://w3id.org/diplograph/id/country/RO"


@pytest.fixture(scope="module")
def store() -> Store:
    s = EmbeddedStore()
    load_fixture(s)
    return s


@pytest.fixture(scope="module")
def tables(store) -> T.Tables:
    return T.build_tables(store)


def rows(store: Store, sparql: str) -> list[tuple]:
    """Plain values (None when unbound) of a query's rows."""
    return [tuple(None if t is None else t.value for t in row) for row in store.query(PREFIX + sparql).rows]


def plain(value):
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, np.integer):
        return int(value)
    return value


def frame_rows(df: pd.DataFrame, columns: list[str]) -> list[tuple]:
    return [tuple(plain(v) for v in row) for row in df[columns].itertuples(index=False)]


def with_iris(t: T.Tables, df: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """Rows of a (mid, ...) table with the mid turned back into the meeting IRI."""
    iris = t.meetings["meeting"].to_numpy(dtype=object)
    return [(iris[mid], *(plain(v) for v in rest)) for mid, *rest in df[["mid", *columns]].itertuples(index=False)]


# --- each table against the store ---------------------------------------------------------------------


def test_meetings(store, tables):
    expected = rows(
        store,
        """
        SELECT ?meeting (MIN(?d) AS ?date) (MIN(?k) AS ?kind) (MIN(?l) AS ?location) (MIN(?n) AS ?label)
               (COUNT(DISTINCT ?g) AS ?releases)
        WHERE { GRAPH ?g { ?meeting a schema:Event .
                OPTIONAL { ?meeting schema:startDate ?d } OPTIONAL { ?meeting dg:kind ?k }
                OPTIONAL { ?meeting schema:location ?l } OPTIONAL { ?meeting schema:name ?n } } }
        GROUP BY ?meeting""",
    )
    got = frame_rows(tables.meetings, ["meeting", "date", "kind", "location", "label", "releases"])
    assert sorted(got) == sorted((m, d, k, loc, n, int(r)) for m, d, k, loc, n, r in expected)
    assert list(tables.meetings["meeting"]) == sorted(tables.meetings["meeting"])  # mid = IRI order


def test_meeting_places(store, tables):
    """place: the city a venue is in, else the place's own name (as the timelines showed it);
    city: the city the meeting took place in."""
    expected = rows(
        store,
        """
        SELECT ?meeting (MIN(?placeName) AS ?place) (MIN(?cityIri) AS ?city)
        WHERE { ?meeting a schema:Event ; schema:location ?loc .
                OPTIONAL { ?loc schema:name ?locName }
                OPTIONAL { ?loc schema:containedInPlace ?c . ?c a schema:City ; schema:name ?cityName }
                OPTIONAL { ?loc a ?locType FILTER(?locType = schema:City) }
                BIND(COALESCE(?cityName, ?locName) AS ?placeName)
                BIND(COALESCE(?c, IF(BOUND(?locType), ?loc, ?unbound)) AS ?cityIri) }
        GROUP BY ?meeting""",
    )
    got = frame_rows(tables.meetings, ["meeting", "place", "city"])
    assert sorted(r for r in got if r[1] or r[2]) == sorted(r for r in expected if r[1] or r[2])


@pytest.mark.parametrize(
    ("table", "column", "predicate"),
    [
        ("attendance", "person", "schema:attendee"),
        ("parties", "party", "dg:party"),
        ("topics", "topic", "schema:about"),
    ],
)
def test_meeting_links(store, tables, table, column, predicate):
    expected = rows(store, f"SELECT DISTINCT ?m ?x WHERE {{ GRAPH ?g {{ ?m a schema:Event ; {predicate} ?x }} }}")
    got = with_iris(tables, getattr(tables, table), [column])
    assert sorted(got) == sorted(expected)
    assert len(got) == len(set(got))


def test_sources(store, tables):
    expected = rows(store, "SELECT DISTINCT ?m ?g WHERE { GRAPH ?g { ?g dg:fileName ?f . ?m a schema:Event } }")
    assert sorted(with_iris(tables, tables.sources, ["release"])) == sorted(expected)


def test_participations(store, tables):
    expected = rows(
        store,
        """
        SELECT ?m ?p ?role ?text ?aff
        WHERE { GRAPH ?g { ?part a dg:Participation ; dg:meeting ?m ; dg:participant ?p .
                OPTIONAL { ?part org:role ?role } OPTIONAL { ?part dg:roleText ?text }
                OPTIONAL { ?part dg:affiliation ?aff } } }""",
    )
    got = with_iris(tables, tables.participations, ["person", "role", "roleText", "affiliation"])
    assert Counter(got) == Counter(expected)


def test_people_as_the_people_query(store, tables):
    expected = views.person_names(store)  # queries/views/people.rq: busiest first, then by name
    assert frame_rows(tables.people, ["person", "name", "meetings"]) == frame_rows(
        expected, ["person", "name", "meetings"]
    )


def test_releases_as_the_saved_query(store, tables):
    expected = run_saved(store, "releases").to_dataframe()
    cols = ["release", "source", "title", "published", "language"]
    assert sorted(frame_rows(tables.releases, cols)) == sorted(frame_rows(expected, cols))


def test_places(store, tables):
    """The places meetings take place in, and the places containing them."""
    expected = rows(
        store,
        """
        SELECT ?place (MIN(?n) AS ?name) (MIN(?parent) AS ?up) (MIN(?lat) AS ?latitude) (MIN(?lon) AS ?longitude)
               (MAX(IF(?type = schema:City, 1, 0)) AS ?city)
        WHERE { { SELECT DISTINCT ?place WHERE { ?m schema:location/schema:containedInPlace* ?place } }
                GRAPH ?g { ?place dg:placeType ?t ; a ?type .
                OPTIONAL { ?place schema:name ?n } OPTIONAL { ?place schema:containedInPlace ?parent }
                OPTIONAL { ?place schema:latitude ?lat ; schema:longitude ?lon } } }
        GROUP BY ?place""",
    )
    got = {
        r[0]: r[1:] for r in frame_rows(tables.places, ["place", "name", "parent", "latitude", "longitude", "is_city"])
    }
    assert set(got) == {r[0] for r in expected}
    for place, name, up, lat, lon, city in expected:
        assert got[place][:2] == (name, up)
        assert got[place][2] == (float(lat) if lat else None) and got[place][3] == (float(lon) if lon else None)
        assert bool(got[place][4]) == (city == "1")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_reference_labels(store, tables, lang):
    assert tables.reference_labels(lang) == views.reference_labels(store, lang)


# --- the pages' views on the tables against the saved queries ------------------------------------------


def saved_view(store, name, **params) -> pd.DataFrame:
    return views.view_frame(store, name, params or None)


def test_overview_figures(store, tables):
    counts = saved_view(store, "counts").iloc[0].to_dict()
    assert views.overview_counts(tables) == {k: int(v) for k, v in counts.items()}
    per_month = saved_view(store, "meetings_per_month")
    assert frame_rows(views.meetings_per_month(tables), ["month", "meetings"]) == frame_rows(
        per_month, ["month", "meetings"]
    )
    busiest = saved_view(store, "busiest_parties")
    assert frame_rows(views.busiest_parties(tables, {}, 100), ["party", "meetings"]) == frame_rows(
        busiest, ["party", "meetings"]
    )


@pytest.mark.parametrize("kind", ["person", "country"])
def test_networks_as_the_saved_edge_queries(store, tables, kind):
    """The co-attendance and party networks from the tables have the edges and weights of the
    graphs built from queries/co_attendance.rq and queries/party_edges.rq."""
    expected = build_network(store, kind)
    got = views.network_graph(tables, kind, views.Filters())

    def edges(G):
        return {tuple(sorted((a, b))): w for a, b, w in G.edges(data="weight")}

    assert edges(got) == edges(expected)
    for _, _, attrs in got.edges(data=True):
        assert attrs["meetings_total"] == attrs["weight"] and len(attrs["meetings"]) <= attrs["weight"]


def test_filters_select_the_meetings_sparql_selects(store, tables):
    def selected(f):
        return set(tables.meetings["meeting"].iloc[views.select_meetings(tables, f)])

    dated = rows(
        store,
        """SELECT DISTINCT ?m WHERE { ?m a schema:Event ; schema:startDate ?d
                           FILTER(?d >= "2024-11-18"^^<http://www.w3.org/2001/XMLSchema#date>
                                  && ?d <= "2025-02-03"^^<http://www.w3.org/2001/XMLSchema#date>) }""",
    )
    assert selected(views.Filters(start=date(2024, 11, 18), end=date(2025, 2, 3))) == {r[0] for r in dated}
    with_ro = rows(store, f"SELECT DISTINCT ?m WHERE {{ ?m dg:party <{RO}> }}")
    assert selected(views.Filters(countries=(RO,))) == {r[0] for r in with_ro}
    both = selected(views.Filters(start=date(2024, 11, 18), countries=(RO,)))
    assert both == {r[0] for r in with_ro} & selected(views.Filters(start=date(2024, 11, 18)))
    assert selected(views.Filters()) == set(tables.meetings["meeting"])


def test_person_page_views(store, tables):
    person = tables.people["person"].iloc[0]
    counterparts = run_saved(store, "person_counterparts", {"person": person}).to_dataframe()
    cols = ["counterpart", "name", "meetings", "first", "last"]
    assert sorted(frame_rows(views.person_counterparts(tables, person), cols)) == sorted(frame_rows(counterparts, cols))
    topics = saved_view(store, "person_topics", person=person)
    assert sorted(frame_rows(views.topics_of(tables, person, {}), ["topic", "meetings"])) == sorted(
        frame_rows(topics, ["topic", "meetings"])
    )
    timeline = views.person_timeline(tables, person, {}, store=store)
    reported = rows(store, f"SELECT DISTINCT ?m ?g WHERE {{ GRAPH ?g {{ ?m schema:attendee <{person}> }} }}")
    assert sorted(zip(timeline["meeting"], timeline["release"], strict=True)) == sorted(reported)
    assert all(timeline["evidence"])  # every meeting of the fixture has an evidence sentence
    assert list(timeline["date"]) == sorted(timeline["date"], reverse=True)


def test_party_page_views(store, tables):
    partners = saved_view(store, "party_partners", party=RO).drop(columns=["party"])
    cols = ["year", "partner", "meetings"]
    assert sorted(frame_rows(views.party_partners(tables, RO, {}), cols)) == sorted(frame_rows(partners, cols))
    people = saved_view(store, "party_people", party=RO)
    cols = ["person", "name", "meetings", "first", "last"]
    assert frame_rows(views.party_people(tables, RO, {}), cols) == frame_rows(people, cols)


def test_meeting_view_facts(store, tables):
    for meeting in tables.meetings["meeting"]:
        facts = views.run_view(store, "meeting_facts", {"meeting": meeting}).records(typed=True)[0]
        view = views.meeting_view(tables, meeting, {}, store=store)
        assert view.found and view.releases == facts["releases"]
        expected = (str(facts["date"] or ""), facts["place"] or "", facts["city"] or "")
        assert (view.date, view.place, view.city) == expected
        assert view.latitude == facts["latitude"] and view.longitude == facts["longitude"]
        assert not view.evidence.empty and not view.participants.empty or "m4" in meeting


# --- on disk ------------------------------------------------------------------------------------------


def assert_same(a: T.Tables, b: T.Tables) -> None:
    assert a.state == b.state
    for name in T.Tables.names():
        x, y = getattr(a, name), getattr(b, name)
        assert list(x.columns) == list(y.columns), name
        assert frame_rows(x, list(x.columns)) == frame_rows(y, list(y.columns)), name


def test_saved_and_read_back(tables, tmp_path):
    tables.save(tmp_path / "t")
    assert_same(tables, T.Tables.load(tmp_path / "t"))


def test_kept_beside_the_store_by_state(tmp_path, monkeypatch):
    from graph.ingest import ensure_reference

    monkeypatch.delenv("DIPLOGRAPH_TABLES", raising=False)
    path = tmp_path / "store"
    writer = open_store(path)
    load_fixture(writer)
    writer.flush()
    reader = open_store(path, read_only=True)
    first = T.load_or_build(reader)
    root = tmp_path / "store.tables"
    kept = [p.name for p in root.iterdir()]
    assert kept == [T._folder_name(reader.state())]
    again = T.load_or_build(reader)  # read back: not built again
    assert "build_seconds" in first.__dict__ and "build_seconds" not in again.__dict__
    assert_same(first, again)

    ensure_reference(writer)
    for i in range(T.KEEP_STATES + 1):  # each write is a new state: new tables, the oldest pruned
        writer.remove_release(f"https://w3id.org/diplograph/id/release/nothing-{i}.txt")
        writer.flush()
        reader.refresh()
        T.load_or_build(reader)
    assert len(list(root.iterdir())) == T.KEEP_STATES
    writer.remove_release("https://w3id.org/diplograph/id/release/en-002.txt")
    writer.flush()
    reader.refresh()
    fewer = T.load_or_build(reader)
    assert len(fewer.releases) == len(first.releases) - 1
    assert set(fewer.meetings["meeting"]) < set(first.meetings["meeting"])
    writer.close()


def renamed(quads, changes: dict[str, str], graph: str | None = None) -> str:
    """N-Quads of `quads` with some IRIs and literals replaced; with `graph`, moved to that graph
    (the release's own nodes, `<graph>#...`, renamed with it)."""
    old = quads[0].graph_name.value

    def term(t):
        if isinstance(t, ox.NamedNode) and t.value in changes:
            return ox.NamedNode(changes[t.value])
        if graph and isinstance(t, ox.NamedNode) and t.value.startswith(old):
            return ox.NamedNode(graph + t.value[len(old) :])
        if isinstance(t, ox.Literal) and t.value in changes:
            return ox.Literal(changes[t.value], datatype=t.datatype)
        return t

    out = [
        ox.Quad(term(q.subject), q.predicate, term(q.object), ox.NamedNode(graph) if graph else q.graph_name)
        for q in quads
    ]
    return nquads(out)


def test_updated_after_writes_as_built():
    """After each write, the tables updated from the graphs written equal the tables built anew:
    a release replaced (a date, a topic and a place changed), a release added (a new meeting in a
    new city, new people), a release removed, nothing written."""
    ID = "https://w3id.org/diplograph/id/"
    graphs = fixture_graphs()
    graphs.pop(REFERENCE_GRAPH)
    store = EmbeddedStore()
    load_fixture(store)
    tables = T.build_tables(store)
    en1, fr1, en2 = (ID + f"release/{name}" for name in ("en-001.txt", "fr-001.txt", "en-002.txt"))

    edited = [q for q in graphs[en1] if q.predicate.value != "https://schema.org/about"]
    store.replace_releases(
        [(en1, renamed(edited, {"2024-11-20": "2024-11-21", ID + "place/UA/Kyiv": ID + "place/UA/Lviv"}))]
    )
    added = renamed(
        graphs[fr1],
        {
            ID + "meeting/m2-ro-ua-2024-11-17": ID + "meeting/m9-new",
            ID + "person/volodymyr-zelensky": ID + "person/new-person",
            ID + "place/BE/Brussels": ID + "place/BE/Gent",
            "Brussels": "Gent",
        },
        graph=ID + "release/new-001.txt",
    )
    steps = [
        [en1],
        lambda: store.replace_releases([(ID + "release/new-001.txt", added)]),
        lambda: store.remove_release(en2),
        lambda: None,
    ]
    written = {1: [ID + "release/new-001.txt"], 2: [en2], 3: []}
    for i, step in enumerate(steps):
        if callable(step):
            step()
        changed = step if isinstance(step, list) else written[i]
        updated = T.update_tables(tables, store, changed)
        assert_same(updated, T.build_tables(store))
        tables = updated
    assert "m9-new" in " ".join(tables.meetings["meeting"]) and len(tables.releases) == 3


def test_no_folder_for_an_in_memory_store(store, monkeypatch):
    monkeypatch.delenv("DIPLOGRAPH_TABLES", raising=False)
    assert T.cache_root(store) is None
    monkeypatch.setenv("DIPLOGRAPH_TABLES", "off")
    assert T.cache_root(open_store(in_memory=True)) is None


def test_every_table_query_has_a_header():
    queries = load_saved_queries(T.TABLES_DIR)
    assert {name for name, _ in T.STEPS} == set(queries)
    for q in queries.values():
        assert q.title and q.description and q.returns
