"""The store: replace semantics, all-or-nothing batches, read-only queries, bound parameters,
read-only handles, state tokens, dumps; and the same through a real Oxigraph server.

test_queries.py reuses this module's helpers (load_fixture, start_server, stop) and runs every
golden through the embedded store (memory, disk) and a server."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from urllib.request import urlopen

import pyoxigraph as ox
import pytest

from graph.store import (
    STATE_GRAPH,
    EmbeddedStore,
    QueryError,
    RemoteStore,
    Store,
    StoreError,
    bind_text,
    open_store,
    query_form,
    to_term,
)
from graph.vocab import NAMES_GRAPH, REFERENCE_GRAPH, release_iri

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "sample.trig"
GOLDEN = HERE / "golden"
FR = release_iri("fr-001.txt")
EN = release_iri("en-001.txt")
SCHEMA = "https://schema.org/"
EVIL = ['"} ; DROP ALL ; #', "'} ; DROP ALL ; #", '> } DROP ALL { <', "x\" . } ; CLEAR ALL ; SELECT * { \"",
        "?person", "$person", "\\\" } #", "\n}\nDROP ALL\n"]


def fixture_graphs() -> dict[str, list[ox.Quad]]:
    graphs: dict[str, list[ox.Quad]] = defaultdict(list)
    for quad in ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG):
        graphs[quad.graph_name.value].append(quad)
    return graphs


def nquads(quads) -> str:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode()


def load_fixture(store: Store) -> None:
    graphs = fixture_graphs()
    reference = graphs.pop(REFERENCE_GRAPH)
    store.replace_releases([(g, nquads(q)) for g, q in graphs.items()])
    store.load_reference(nquads(reference))


def quad_set(store: Store) -> set[ox.Quad]:
    return set(ox.parse(store.dump("nquads"), format=ox.RdfFormat.N_QUADS))


def graph_set(store: Store, graph: str) -> set[ox.Triple]:
    return {q.triple for q in quad_set(store) if q.graph_name == ox.NamedNode(graph)}


def triples(data: str | bytes, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> set[ox.Triple]:
    """The triples of a serialization (pyoxigraph parses into quads of the default graph)."""
    return {q.triple if isinstance(q, ox.Quad) else q for q in ox.parse(data, format=fmt)}


def a_release(name: str, marker: str, size: int = 3) -> tuple[str, str]:
    g = release_iri(name)
    lines = [f'<{g}> <https://w3id.org/diplograph/ns#sha256> "{marker}" .',
             f'<{g}> <https://w3id.org/diplograph/ns#fileName> "{name}" .']
    lines += [f'<{g}#x{i}> <{SCHEMA}name> "{marker} {i}" .' for i in range(size)]
    return g, "\n".join(lines) + "\n"


@pytest.fixture
def store():
    s = open_store(in_memory=True)
    load_fixture(s)
    yield s
    s.close()


# --- writing ---------------------------------------------------------------------------------


def test_fixture_loads_through_the_write_api(store):
    assert store.stats() == {"quads": 574, "graphs": 4, "releases": 3}
    assert store.release_hashes() == {
        FR: "cfecb1bdbff9c63b4be1dedb2d4296dba0d260710c30d4f59ae142f2f40436f1",
        EN: "a9a4835958ad02d45ebd1f1954f3d54938c428f5ebb4368cb17963189dd7d535",
        release_iri("en-002.txt"): "24ffdfa0d8b1f489e097cee8ec684d5f0226531e5a35aacdf0833da66404863f",
    }


def test_replace_replaces_one_graph_and_leaves_the_others(store):
    before = quad_set(store)
    g, text = a_release("en-001.txt", "new")
    store.replace_releases([(g, text)])
    after = quad_set(store)
    assert graph_set(store, EN) == triples(text)
    assert {q for q in after if q.graph_name != ox.NamedNode(EN)} == {
        q for q in before if q.graph_name != ox.NamedNode(EN)}
    assert store.release_hashes()[EN] == "new"


def test_the_graph_given_wins_over_the_graph_in_the_quads(store):
    g = release_iri("new.txt")
    store.replace_releases([(g, f'<{g}> <{SCHEMA}name> "n" <https://example.org/elsewhere> .\n')])
    assert graph_set(store, g) == {ox.Triple(ox.NamedNode(g), ox.NamedNode(SCHEMA + "name"), ox.Literal("n"))}
    assert "https://example.org/elsewhere" not in {q.graph_name.value for q in quad_set(store)}


def test_blank_nodes_stay_apart_between_releases(store):
    one, two = release_iri("b1.txt"), release_iri("b2.txt")
    store.replace_releases([(one, f'_:b <{SCHEMA}name> "one" .\n'), (two, f'_:b <{SCHEMA}name> "two" .\n')])
    rows = store.query(f"SELECT ?b (COUNT(*) AS ?n) WHERE {{ ?b <{SCHEMA}name> ?x FILTER(isBlank(?b)) }} "
                       "GROUP BY ?b").rows
    assert len(rows) == 2


def test_a_bad_item_in_a_batch_writes_nothing(store):
    before, state = quad_set(store), store.state()
    batch = [a_release("en-001.txt", "v2"), a_release("z.txt", "v2"),
             (release_iri("bad.txt"), "<http://ok/s> <http://ok/p> this is not a term .\n"),
             a_release("y.txt", "v2")]
    with pytest.raises(StoreError, match="bad.txt"):
        store.replace_releases(batch)
    assert quad_set(store) == before
    assert store.state() == state


def test_one_update_string_is_one_transaction_in_oxigraph():
    """The ground of the batch guarantee: an operation failing late undoes the earlier ones."""
    engine = ox.Store()
    engine.update("INSERT DATA { GRAPH <http://g/old> { <http://s> <http://p> 1 } }")
    with pytest.raises(RuntimeError, match="already exists"):
        engine.update("DROP GRAPH <http://g/old> ;"
                      " INSERT DATA { GRAPH <http://g/new> { <http://s> <http://p> 2 } } ;"
                      " CREATE GRAPH <http://g/new>")  # fails: the graph exists by now
    assert {q.graph_name.value for q in engine} == {"http://g/old"}


CRASH_WRITER = textwrap.dedent("""
    import sys
    from graph.store import open_store
    from graph.vocab import release_iri
    store = open_store(sys.argv[1])
    def release(i, version):
        g = release_iri(f"r{i}.txt")
        body = "".join(f'<{g}#s{j}> <https://schema.org/name> "{version} {j}" .\\n' for j in range(3000))
        return g, body + f'<{g}> <https://w3id.org/diplograph/ns#sha256> "{version}" .\\n'
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        store.replace_releases([release(i, f"v{n}") for i in range(8)])
""")


@pytest.mark.slow
def test_a_killed_writer_leaves_whole_batches(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as s:
        s.replace_releases([(release_iri(f"r{i}.txt"), f'<{release_iri(f"r{i}.txt")}> '
                             '<https://w3id.org/diplograph/ns#sha256> "v0" .\n') for i in range(8)])
    env = dict(os.environ, PYTHONPATH=str(HERE.parent))
    for delay in (0.5, 1.5, 3.0):  # kill mid-batch or between batches: both leave whole batches
        child = subprocess.Popen([sys.executable, "-c", CRASH_WRITER, str(path)], stdout=subprocess.PIPE,
                                 text=True, env=env)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        with open_store(path, read_only=True) as s:
            versions = set(s.release_hashes().values())
            assert len(versions) == 1, versions
            sizes = s.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
            counts = {int(n.value) for g, n in sizes if g.value != STATE_GRAPH}
            assert counts == ({1} if versions == {"v0"} else {3001}), counts


def test_remove_release(store):
    store.remove_release(FR)
    assert FR not in store.release_hashes()
    assert not graph_set(store, FR)
    assert graph_set(store, EN)


def people_release(name: str, people: dict[str, str]) -> tuple[str, str]:
    """A release graph stating each person (key -> the spelling this release uses)."""
    g, text = a_release(name, name)
    for key, label in people.items():
        p = f"<https://w3id.org/diplograph/id/person/{key}>"
        text += (f"{p} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{SCHEMA}Person> .\n"
                 f'{p} <http://www.w3.org/2000/01/rdf-schema#label> "{label}" .\n')
    return g, text


def names(store: Store, keys=("zelensky", "rutte", "sandu")) -> dict[str, str]:
    """The names kept for these person keys (the fixture's own people left aside)."""
    rows = store.query(f"SELECT ?p ?n WHERE {{ GRAPH <{NAMES_GRAPH}> {{ ?p "
                       "<http://www.w3.org/2000/01/rdf-schema#label> ?n } }").rows
    return {p.value.rsplit("/", 1)[1]: n.value for p, n in rows if p.value.rsplit("/", 1)[1] in keys}


def check_names_follow_the_releases(s: Store) -> None:
    """One name per person, the least spelling of the releases stored now, after every kind of write."""
    s.replace_releases([people_release("a.txt", {"zelensky": "Volodymyr Zelenskyy", "rutte": "Mark Rutte"}),
                        people_release("b.txt", {"zelensky": "Volodymyr Zelensky"})])
    assert names(s) == {"zelensky": "Volodymyr Zelensky", "rutte": "Mark Rutte"}
    s.replace_releases([people_release("b.txt", {"sandu": "Maia Sandu"})])  # b rewritten: Zelensky gone
    assert names(s) == {"zelensky": "Volodymyr Zelenskyy", "rutte": "Mark Rutte", "sandu": "Maia Sandu"}
    s.remove_release(release_iri("a.txt"))
    assert names(s) == {"sandu": "Maia Sandu"}
    with pytest.raises(StoreError):  # a bad batch changes no name either
        s.replace_releases([people_release("c.txt", {"sandu": "A Sandu"}),
                            (release_iri("bad.txt"), "<http://ok/s> <http://ok/p> nonsense .\n")])
    assert names(s) == {"sandu": "Maia Sandu"}
    # the names graph is the store's own bookkeeping: not a release, not dumped, not counted
    assert NAMES_GRAPH not in s.release_hashes()
    assert not any(q.graph_name == ox.NamedNode(NAMES_GRAPH) for q in quad_set(s))
    assert s.stats()["graphs"] == len({q.graph_name for q in quad_set(s)})


def test_the_names_graph_follows_every_write(store):
    check_names_follow_the_releases(store)


def test_bulk_loads_and_older_stores_get_their_names(tmp_path):
    s = open_store(in_memory=True)
    _, a = people_release("a.txt", {"rutte": "Mark Rutte", "sandu": "Maia Sandu"})
    _, b = people_release("b.txt", {"rutte": "M. Rutte"})
    files = []
    for name, text in (("a", a), ("b", b)):
        g = release_iri(name + ".txt")
        (tmp_path / f"{name}.nq").write_text(nquads(ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(g))
                                                    for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)))
        files.append(tmp_path / f"{name}.nq")
    s.load_nquads(files)
    assert names(s) == {"rutte": "M. Rutte", "sandu": "Maia Sandu"}
    s._update(f"DROP GRAPH <{NAMES_GRAPH}>")  # a store written before the names graph existed
    assert names(s) == {}
    s.ensure_names()
    assert names(s) == {"rutte": "M. Rutte", "sandu": "Maia Sandu"}


def test_load_reference_replaces_it_and_reads_turtle(store):
    store.load_reference('@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                         '<https://w3id.org/diplograph/id/country/RO> rdfs:label "Romania"@en .\n')
    assert len(graph_set(store, REFERENCE_GRAPH)) == 1
    assert graph_set(store, FR)


def test_read_only_flag_refuses_writes():
    s = open_store(in_memory=True, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        s.replace_releases([a_release("a.txt", "x")])


# --- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://s> <http://p> <http://o> }",
    "PREFIX ex: <http://ex/> # a comment\n DELETE WHERE { ?s ?p ?o }",
    "drop all", "CLEAR ALL", "LOAD <http://example.org/x.ttl>", "CREATE GRAPH <http://g>",
    "ADD DEFAULT TO <http://g>", "MOVE <http://a> TO <http://b>", "COPY <http://a> TO <http://b>",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "BASE <http://x/> INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_query_refuses_updates(store, update):
    before = quad_set(store)
    with pytest.raises(QueryError, match="read-only"):
        store.query(update)
    assert quad_set(store) == before


def test_query_errors_carry_the_engine_message(store):
    with pytest.raises(QueryError, match="syntax error"):
        store.query("SELECT * WHERE { ?s ?p }")
    with pytest.raises(QueryError, match="not a SPARQL query"):
        store.query("hello")


def test_query_forms(store):
    assert query_form("# c\nPREFIX a: <http://a#>\nselect * {}") == "SELECT"
    assert bool(store.query(f"ASK {{ ?m a <{SCHEMA}Event> }}")) is True
    assert bool(store.query("ASK { ?m a <http://nothing> }")) is False
    triples = store.query(f"CONSTRUCT {{ ?m a <{SCHEMA}Event> }} WHERE {{ ?m a <{SCHEMA}Event> }}").triples
    assert len({t.subject for t in triples}) == 5


@pytest.mark.parametrize("evil", EVIL)
def test_string_parameters_are_literals_not_sparql(store, evil):
    before = quad_set(store)
    q = f"SELECT ?name ?person WHERE {{ ?person <{SCHEMA}name> ?name }}"
    assert store.query(q, {"name": evil}).rows == []
    assert quad_set(store) == before
    text = bind_text(q, {"name": to_term(evil)})  # the remote path: the same query shape
    assert ox.Store().query(text).variables == [ox.Variable("name"), ox.Variable("person")]


def test_parameters_from_plain_values(store):
    rows = store.query(f"SELECT ?person ?name WHERE {{ ?person <{SCHEMA}name> ?name }}",
                       {"person": "https://w3id.org/diplograph/id/person/donald-tusk"}).rows
    assert [r[1].value for r in rows] == ["Donald Tusk"]
    rows = store.query(f"SELECT ?date ?m WHERE {{ ?m <{SCHEMA}startDate> ?date }}",
                       {"date": date(2024, 11, 17)}).rows
    assert {r[1].value.rsplit("/", 1)[1] for r in rows} == {"m2-ro-ua-2024-11-17"}
    assert to_term(3) == ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert to_term("plain") == ox.Literal("plain")
    with pytest.raises(QueryError, match="no variable"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", {"nothere": 1})


def test_bind_text_keeps_columns_and_groups():
    q = ("SELECT ?p (COUNT(?m) AS ?n) WHERE { ?m <http://x/p> ?p # ?p in a comment\n"
         ' FILTER(?p != "?p") } GROUP BY ?p ORDER BY ?p')
    text = bind_text(q, {"p": ox.NamedNode("http://x/v")})
    assert text == ("SELECT (<http://x/v> AS ?p) (COUNT(?m) AS ?n) WHERE { ?m <http://x/p> <http://x/v> "
                    '# ?p in a comment\n FILTER(<http://x/v> != "?p") } GROUP BY (<http://x/v>) '
                    "ORDER BY (<http://x/v>)")


def test_results_as_csv_json_and_dataframe(store):
    result = store.query(f"SELECT ?m ?date WHERE {{ ?m <{SCHEMA}startDate> ?date }} ORDER BY ?date", limit=2)
    assert result.truncated and len(result) == 2
    assert result.to_csv().splitlines() == [
        "m,date", "https://w3id.org/diplograph/id/meeting/m2-ro-ua-2024-11-17,2024-11-17",
        "https://w3id.org/diplograph/id/meeting/m1-nato-ro-2024-11-18,2024-11-18"]
    data = json.loads(result.to_json())
    assert data["head"]["vars"] == ["m", "date"]
    assert data["results"]["bindings"][0]["date"]["datatype"].endswith("#date")
    frame = store.query("SELECT ?n WHERE { BIND(3 AS ?n) }").to_dataframe()
    assert frame["n"].tolist() == [3]


# --- dumps, state, handles -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_dataset_dumps_round_trip(store, fmt):
    expected = {q for q in ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG)}
    got = set(ox.parse(store.dump(fmt), format=ox.RdfFormat.from_extension(
        {"nquads": "nq", "trig": "trig", "jsonld": "jsonld"}[fmt])))
    assert got == expected  # the state graph is left out


@pytest.mark.parametrize("fmt, ext", [("turtle", "ttl"), ("ntriples", "nt"), ("rdfxml", "rdf"),
                                      ("jsonld", "jsonld")])
def test_graph_dumps_round_trip(store, fmt, ext):
    assert triples(store.dump(fmt, graph=FR), ox.RdfFormat.from_extension(ext)) == graph_set(store, FR)


def test_single_graph_formats_dump_the_union_once(store):
    lines = store.dump("nt").decode().splitlines()
    assert len(lines) == len(set(lines)) == len({q.triple for q in quad_set(store)})


def test_state_changes_on_writes_only(store):
    first = store.state()
    store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    store.release_hashes()
    store.stats()
    store.dump("trig")
    assert store.state() == first
    store.replace_releases([a_release("new.txt", "x")])
    second = store.state()
    assert second != first
    store.remove_release(release_iri("new.txt"))
    assert store.state() not in (first, second)


def test_read_only_handle_beside_a_writer(tmp_path):
    path = tmp_path / "store"
    writer = open_store(path)
    load_fixture(writer)
    reader = open_store(path, read_only=True)
    assert len(reader.release_hashes()) == 3
    with pytest.raises(StoreError, match="read-only"):
        reader.remove_release(FR)
    with pytest.raises(StoreError, match="another process"):
        open_store(path)
    state = reader.state()
    writer.replace_releases([a_release("new.txt", "x")])
    assert reader.state() != state  # noticed the writer's commit, reopened
    assert release_iri("new.txt") in reader.release_hashes()
    reader.close()
    writer.close()
    with open_store(path) as again:  # closing released the lock
        assert len(again.release_hashes()) == 4


def test_in_memory_copy_and_environment_default(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_STORE", str(tmp_path / "env-store"))
    monkeypatch.delenv("DIPLOGRAPH_ENDPOINT", raising=False)
    with open_store() as s:
        assert isinstance(s, EmbeddedStore) and s.path == tmp_path / "env-store"
        load_fixture(s)
        state = s.state()
    copy = open_store(tmp_path / "env-store", in_memory=True)
    assert copy.path is None and copy.state() == state
    assert copy.stats()["releases"] == 3
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "missing", read_only=True)


# --- a real SPARQL server --------------------------------------------------------------------


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(location: Path, union: bool = True):
    port = free_port()
    args = [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(args + (["--union-default-graph"] if union else []),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):  # wait for it to answer (startup, not a timing assertion)
        try:
            urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            return process, url
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("oxigraph serve exited") from None
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("oxigraph serve did not answer")


def stop(process) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if oxigraph_binary() is None:
        pytest.skip("no oxigraph binary")
    process, url = start_server(tmp_path_factory.mktemp("server"))
    yield url
    stop(process)


@pytest.fixture
def remote(server):
    s = open_store(endpoint=server)
    s._update("DROP ALL")  # a clean dataset for each test; the server lives for the module
    load_fixture(s)
    return s


@pytest.mark.server
def test_remote_replace_batch_and_dump(remote):
    assert isinstance(remote, RemoteStore)
    before, state = quad_set(remote), remote.state()
    with pytest.raises(StoreError, match="bad.txt"):
        remote.replace_releases([a_release("en-001.txt", "v2"), a_release("z.txt", "v2"),
                                 (release_iri("bad.txt"), "<http://ok/s> <http://ok/p> nonsense .\n")])
    assert quad_set(remote) == before and remote.state() == state
    g, text = a_release("en-001.txt", "new")
    remote.replace_releases([(g, text)])
    assert graph_set(remote, EN) == triples(text)
    assert {q for q in quad_set(remote) if q.graph_name != ox.NamedNode(EN)} == {
        q for q in before if q.graph_name != ox.NamedNode(EN)}
    assert remote.release_hashes()[EN] == "new"
    assert remote.state() != state
    ttl = remote.dump("ttl", graph=FR)
    assert triples(ttl, ox.RdfFormat.TURTLE) == graph_set(remote, FR)
    remote.remove_release(FR)
    assert FR not in remote.release_hashes()


@pytest.mark.server
def test_remote_names_graph_follows_every_write(remote):
    check_names_follow_the_releases(remote)


@pytest.mark.server
@pytest.mark.parametrize("evil", EVIL)
def test_remote_parameters_and_updates(remote, evil):
    before = quad_set(remote)
    q = f"SELECT ?name ?person WHERE {{ ?person <{SCHEMA}name> ?name }}"
    assert remote.query(q, {"name": evil}).rows == []
    with pytest.raises(QueryError, match="read-only"):
        remote.query("DROP ALL")
    assert quad_set(remote) == before


@pytest.mark.server
def test_remote_server_must_use_the_union_default_graph(tmp_path):
    if oxigraph_binary() is None:
        pytest.skip("no oxigraph binary")
    process, url = start_server(tmp_path / "plain", union=False)
    try:
        RemoteStore(url).replace_releases([a_release("a.txt", "x")])
        with pytest.raises(StoreError, match="union-default-graph"):
            open_store(endpoint=url)
    finally:
        stop(process)
