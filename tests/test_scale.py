"""What scale rests on, tested without timing anything (benchmarks/ measures; tests only check):

- the synthetic release generator is seeded and reproducible, covers the corpus's phenomena in both
  languages and formats, and its gold agrees with its text;
- the graph generator writes graphs of the shape docs/model.md describes (the SHACL shapes pass)
  that every saved query can read;
- ingest reads files only a few chunks ahead of its workers (memory flat as the corpus grows).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from benchmarks.synth import Pools, release, write_graph, write_releases
from benchmarks.synth.pages import own_text, render
from graph.ingest import _bounded_map
from graph.queries import load_saved_queries, run_saved
from graph.read import read_bytes
from graph.records import ReadError
from graph.store import open_store

N = 400


@pytest.fixture(scope="module")
def pools():
    return Pools(3)


@pytest.fixture(scope="module")
def sample(pools):
    return [release(pools, 3, i) for i in range(N)]


def test_a_release_is_a_function_of_seed_and_index(pools, sample):
    again = release(Pools(3), 3, 17)
    assert render(again) == render(sample[17]) and again.gold() == sample[17].gold()
    assert render(release(Pools(4), 4, 17)) != render(sample[17])


def test_written_in_parallel_or_not_the_files_are_the_same(tmp_path):
    a = write_releases(tmp_path / "a", 40, seed=5, workers=1)
    b = write_releases(tmp_path / "b", 40, seed=5, workers=2)
    assert a == b
    for f in (tmp_path / "a" / "releases").iterdir():
        assert f.read_bytes() == (tmp_path / "b" / "releases" / f.name).read_bytes()
    gold = json.loads(next((tmp_path / "a" / "gold").iterdir()).read_text())
    assert set(gold) == {"file", "language", "meetings", "mentioned_countries"}


def test_the_corpus_phenomena_are_all_there(sample):
    texts = [" ".join(sr.sentences).lower() for sr in sample]
    assert Counter(sr.lang for sr in sample).keys() == {"fr", "en"}
    assert Counter(sr.fmt for sr in sample).keys() == {"txt", "html"}
    kinds = Counter(m.kind for sr in sample for m in sr.meetings)
    assert set(kinds) == {"meeting", "call", "visit", "conference"}
    assert any(len({m.date for m in sr.meetings}) > 1 for sr in sample), "meetings on different days"
    assert any(not sr.meetings for sr in sample), "releases that only announce"
    for words in ("yesterday", "hier", "the following day", "le lendemain", "will travel", "se rendra",
                  "had already met", "on the margins", "en marge", "ce lundi (", "on monday ("):
        assert any(words in t for t in texts), words
    assert any(re.search(r"\b(?:estonian|romanian|polish) (?:prime|foreign|defence)", t) for t in texts)
    assert any(re.search(r"ministre (?:roumain|polonais|estonien)", t) for t in texts)


def test_the_gold_agrees_with_the_text(sample):
    for sr in sample:
        text, spans = own_text(sr)
        for m in sr.meetings:
            assert m.date <= sr.published
            assert m.kind != "call" or m.place is None
            for person, roles in m.participants:
                assert person.surname in text, (sr.source, person.name)
                assert roles[0] and person.affiliation in m.parties
            assert set(m.topics) and len(set(m.topics)) == len(m.topics)
            assert 0 <= m.sentence < len(sr.sentences)
        for code, i in sr.mentions.items():
            assert i == -1 or 0 <= i < len(sr.sentences), (sr.source, code)
        assert all(text[a:b] == s for (a, b), s in zip(spans, sr.sentences, strict=True))


def test_the_reader_reads_the_synthetic_pages(sample):
    read = wrong = 0
    for sr in sample[:120]:
        try:
            rel = read_bytes(render(sr), sr.source)
        except ReadError:
            continue
        read += 1
        wrong += rel.language != sr.lang or rel.published != sr.published
    assert read >= 0.95 * 120 and wrong <= 0.05 * read


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("graph")
    info = write_graph(folder, 100, seed=2, workers=1, chunk=100)
    store = open_store(in_memory=True)
    store.load_reference((folder / "reference.nq").read_text(encoding="utf-8"))
    store.load_nquads(sorted(folder.glob("part-*.nq")))
    return store, info


@pytest.mark.slow
def test_the_generated_graph_has_the_model_s_shape(synthetic_store):
    from graph.validate import validate_store

    store, info = synthetic_store
    assert info["meetings"] >= 100 and store.stats()["releases"] == info["releases"]
    report = validate_store(store)
    assert [str(i) for i in report.issues if i.severity == "Violation"] == []


def test_a_meeting_reported_twice_is_one_node(synthetic_store):
    store, info = synthetic_store
    twice = store.query("SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?m WHERE { GRAPH ?g { ?m a "
                        "<https://schema.org/Event> } } GROUP BY ?m HAVING (COUNT(DISTINCT ?g) > 1) } }")
    assert int(twice.rows[0][0].value) > 0


def test_every_saved_query_reads_the_generated_graph(synthetic_store):
    store, _ = synthetic_store
    person = store.query("SELECT ?p (COUNT(?m) AS ?n) WHERE { ?m <https://schema.org/attendee> ?p } "
                         "GROUP BY ?p ORDER BY DESC(?n) LIMIT 1").rows[0][0].value
    a, b = store.query("SELECT ?a ?b (COUNT(?m) AS ?n) WHERE { ?m <https://w3id.org/diplograph/ns#party> ?a, ?b "
                       "FILTER(STR(?a) < STR(?b)) } GROUP BY ?a ?b ORDER BY DESC(?n) LIMIT 1").rows[0][:2]
    params = {"person": person, "country": a.value, "a": a.value, "b": b.value,
              "meeting": store.query("SELECT ?m ?p WHERE { ?m <https://schema.org/attendee> ?p } LIMIT 1",
                                     {"p": person}).rows[0][0].value,
              "from": "2019-01-01", "to": str(date(2025, 12, 31))}
    for name, sq in load_saved_queries().items():
        result = run_saved(store, name, {p.name: params[p.name] for p in sq.params})
        assert len(result) > 0, name


def test_ingest_reads_only_a_few_chunks_ahead():
    consumed = []

    def chunks():
        for i in range(100):
            consumed.append(i)
            yield i

    with ThreadPoolExecutor(2) as pool:
        for n, result in enumerate(_bounded_map(pool, lambda x: x * 2, chunks(), ahead=4)):
            assert result == 2 * n
            assert len(consumed) - n <= 4  # never more than `ahead` chunks read and not yet used
    assert len(consumed) == 100


def test_long_ingests_replace_their_workers_and_store_the_same(tmp_path, monkeypatch):
    """Workers are replaced every WORKER_LIFETIME chunks (their spaCy string store grows with the
    corpus); the releases stored are the same as with one process, none lost at a boundary."""
    import graph.ingest as ingest_mod

    write_releases(tmp_path / "gen", 5, seed=11, workers=1)
    files = sorted((tmp_path / "gen" / "releases").iterdir())
    pools_made = []

    class CountedPool(ingest_mod.ProcessPoolExecutor):
        def __init__(self, *a, **kw):
            pools_made.append(self)
            super().__init__(*a, **kw)

    one = open_store(path=tmp_path / "one")
    ingest_mod.ingest(files, one, workers=1)
    monkeypatch.setattr(ingest_mod, "CHUNK", 1)
    monkeypatch.setattr(ingest_mod, "WORKER_LIFETIME", 2)
    monkeypatch.setattr(ingest_mod, "ProcessPoolExecutor", CountedPool)
    two = open_store(path=tmp_path / "two")
    report = ingest_mod.ingest(files, two, workers=2)
    assert len(pools_made) == 3  # 5 chunks of one release, 2 chunks a pool
    assert len(report.stored) == 5
    assert two.release_hashes() == one.release_hashes()
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert two.query(count).rows[0][0].value == one.query(count).rows[0][0].value


def test_compressed_graph_files_load_as_the_plain_ones(tmp_path, synthetic_store):
    """The 1M-meeting graph is written gzipped and bulk-loaded without unpacking it first."""
    plain, info = synthetic_store
    folder = tmp_path / "gz"
    write_graph(folder, 100, seed=2, workers=1, chunk=100, compress=True)
    parts = sorted(folder.glob("part-*.nq.gz"))
    assert parts
    store = open_store(path=tmp_path / "store")
    store.load_reference((folder / "reference.nq").read_text(encoding="utf-8"))
    store.load_nquads(parts)
    assert store.stats() == plain.stats() and store.stats()["releases"] == info["releases"]
