"""A synthetic store of N meetings for the explorer's page timings (benchmarks/app_timings.py).

Meetings are made as typed records (graph/records.py) and written by the real rdf stage
(`rdf.release_nquads`), so the graph follows docs/model.md exactly; the N-Quads are bulk-loaded
into an embedded Oxigraph folder with the reference graph and a state token, then compacted (as
`Store.load_nquads` leaves a bulk-loaded store: reads of an uncompacted one are 2-5x slower).

    python benchmarks/app_graph.py --meetings 100000 --out /tmp/dg-big

Deterministic for a given --seed. Names are drawn from a few scripts (Latin with diacritics,
Cyrillic, Greek, Turkish) so that the pages are also tried on them.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

from graph.rdf import release_nquads
from graph.records import Evidence, Extraction, Meeting, Participant, Place, Release, TopicAssignment
from graph.reference import reference_nquads
from graph.store import STATE_GRAPH, _names_update
from graph.vocab import SCHEMA

GIVEN = [
    "Anna",
    "Mark",
    "Jean",
    "Olena",
    "Ιωάννης",
    "Мария",
    "Ayşe",
    "Łukasz",
    "Zoë",
    "Kaja",
    "Ion",
    "Петро",
    "Ξένια",
    "Çağrı",
    "Søren",
    "Dóra",
    "Marcel",
    "Ursula",
    "Gabriel",
    "Radmila",
]
FAMILY = [
    "Rutte",
    "Popescu",
    "Kallas",
    "Παπαδόπουλος",
    "Шевченко",
    "Yılmaz",
    "Nowak",
    "Ciolacu",
    "Müller",
    "Dupont",
    "Jensen",
    "Horváth",
    "Shekerinska",
    "Ковальчук",
    "Öztürk",
    "Ferreira",
    "Landsbergis",
    "Karins",
    "Tsahkna",
    "Georgiou",
]
COUNTRIES = [
    "RO",
    "FR",
    "DE",
    "PL",
    "UA",
    "LT",
    "LV",
    "EE",
    "US",
    "GB",
    "IT",
    "ES",
    "TR",
    "GR",
    "BG",
    "MD",
    "NL",
    "BE",
    "SE",
    "FI",
    "NO",
    "DK",
    "CZ",
    "SK",
    "HU",
    "RS",
    "XK",
    "CA",
    "JP",
    "KR",
    "AU",
    "BR",
    "IN",
    "CN",
    "ZA",
    "EG",
    "MA",
    "SN",
    "NG",
    "KE",
]
ORGS = ["NATO", "EU", "UN", "OSCE", "AU", "OECD"]
CITIES = {
    "RO": "Bucharest",
    "FR": "Paris",
    "DE": "Berlin",
    "PL": "Warsaw",
    "UA": "Kyiv",
    "LT": "Vilnius",
    "LV": "Riga",
    "EE": "Tallinn",
    "US": "Washington",
    "GB": "London",
    "IT": "Rome",
    "ES": "Madrid",
    "TR": "Ankara",
    "GR": "Athens",
    "BE": "Brussels",
    "BG": "Sofia",
    "MD": "Chisinau",
    "NL": "The Hague",
    "SE": "Stockholm",
    "FI": "Helsinki",
}
ROLES = [
    "Prime Minister",
    "Minister of Foreign Affairs",
    "President",
    "Minister of Defence",
    "Secretary General",
    "Ambassador",
]
TOPICS = [
    "support-ukraine",
    "black-sea-security",
    "energy-security",
    "defence-spending",
    "trade",
    "climate",
    "migration",
    "enlargement",
]
KINDS = ["meeting", "meeting", "call", "visit", "conference"]


def people(n: int, rnd: random.Random) -> list[tuple[str, str, str]]:
    """(name, person key, affiliation) for n people."""
    out = []
    for i in range(n):
        name = f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)} {i}"
        aff = rnd.choice(ORGS) if rnd.random() < 0.08 else rnd.choice(COUNTRIES)
        out.append((name, f"p{i}", aff))
    return out


def make_release(i: int, rnd: random.Random, folks, per_release: int, start: date, days: int) -> Extraction:
    pieces, meetings = [], []
    pos = 0
    for k in range(per_release):
        who = rnd.sample(folks[: max(50, int(len(folks) * rnd.random() ** 2))], rnd.choice((2, 2, 3, 4)))
        when = start + timedelta(days=rnd.randrange(days))
        sentence = f"On {when.isoformat()}, {' and '.join(w[0] for w in who)} met to discuss matters {k}."
        ev = Evidence(pos, pos + len(sentence), sentence)
        pieces.append(sentence)
        pos += len(sentence) + 1
        host = who[0][2] if len(who[0][2]) == 2 else rnd.choice(list(CITIES))
        place = Place(city=CITIES.get(host), country=host) if host in CITIES else Place(country=host)
        parts = [Participant(n, key, rnd.choice(ROLES), None, aff, ev) for n, key, aff in who]
        meetings.append(
            Meeting(
                date=when,
                kind=rnd.choice(KINDS),
                place=place,
                participants=parts,
                parties=sorted({p.affiliation for p in parts if p.affiliation}),
                topics=[TopicAssignment(t, ev) for t in rnd.sample(TOPICS, rnd.choice((1, 1, 2)))],
                evidence=[ev],
            )
        )
    text = "\n".join(pieces)
    rel = Release(
        source=f"synthetic-{i:06d}.txt",
        text=text,
        language="en",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Synthetic release {i}",
        published=max(m.date for m in meetings if m.date),
    )
    return Extraction(rel, meetings)


def build(meetings: int, out: Path, *, per_release: int = 4, n_people: int = 5000, seed: int = 7) -> dict:
    rnd = random.Random(seed)
    folks = people(n_people, rnd)
    if out.exists():
        shutil.rmtree(out)
    t0 = time.perf_counter()
    nq = out.parent / (out.name + ".nq")
    with open(nq, "w", encoding="utf-8") as fh:
        fh.write(reference_nquads())
        for i in range(meetings // per_release):
            _, text = release_nquads(make_release(i, rnd, folks, per_release, date(2015, 1, 1), 11 * 365))
            fh.write(text)
        fh.write(f'<{STATE_GRAPH}> <{SCHEMA}version> "{uuid.uuid4()}" <{STATE_GRAPH}> .\n')
    t1 = time.perf_counter()
    store = ox.Store(str(out))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.update(_names_update(None))  # the names graph Store.load_nquads keeps (graph/store.py)
    t2 = time.perf_counter()
    store.optimize()  # compacted, as Store.load_nquads leaves a bulk-loaded store (docs/scaling.md)
    store.flush()
    n = len(store)
    del store
    nq.unlink()
    return {
        "quads": n,
        "write_s": round(t1 - t0, 1),
        "load_s": round(t2 - t1, 1),
        "compact_s": round(time.perf_counter() - t2, 1),
    }


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out/store-100k"))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(build(args.meetings, args.out, seed=args.seed))
