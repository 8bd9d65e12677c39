"""The explorer's analytics layer: the graph as a few flat tables, read once per store state.

Why: Oxigraph on disk is quick at scanning one predicate but slow at joins, OPTIONALs over the
union of graphs and, above all, at materialising many distinct IRIs (each one a RocksDB lookup:
10-40 µs on this kind of machine). A page that asks the store a join over 100,000 meetings takes
seconds to minutes; the same question asked of a pandas table takes milliseconds. So the explorer
reads the graph once per store state with the queries of `queries/tables/` (each scans one pattern,
or joins on a small distinct set, and names every meeting once), keeps the result as pandas
DataFrames with categorical columns, and answers its pages from them. The SPARQL console still
queries the store; the release and meeting pages still read their evidence there (one release
graph: fast).

Tables (a meeting is a row number, `mid`, of `meetings`):

- meetings: meeting, date ("YYYY-MM-DD" or missing), kind, location, label, place (display name:
  the city a venue is in, else the place's own name), city (the city IRI, for the map), releases
- sources: mid, release (the release graphs reporting each meeting)
- attendance: mid, person; parties: mid, party; topics: mid, topic
- participations: mid, person, role, roleText, affiliation (one row per release statement)
- releases: release, source, title, published, language, sha256
- people: person, name, meetings (busiest first)
- places: place, name, type, parent, is_city, latitude, longitude, display, city (the places
  meetings take place in and those containing them); place_facts: what they are made from
- labels: node, lang, label (the reference graph, and the roles releases name)

`load_or_build(store)` keeps them in a folder beside an embedded store (parquet files, one folder
per state token), so a restarted app reads them back in about a second instead of scanning again.
After a write whose release graphs are known (the explorer's Ingest page), `update_tables` reads
again only the meetings of those graphs: seconds where a build takes a minute on 100k meetings.
No Streamlit here: explorer/state.py caches the object for the process.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from graph.queries import QUERIES_DIR, SavedQuery, parse_saved_query
from graph.store import Store
from graph.vocab import ID, SCHEMA

TABLES_DIR = QUERIES_DIR / "tables"
FORMAT = 2  # bump when a table's columns change: folders of another format are rebuilt
KEEP_STATES = 2  # table folders kept beside a store (the newest)
Progress = Callable[[str, float], None]  # (what is being read, fraction done)

COUNTRY = ID + "country/"
ORGANISATION = ID + "org/"
CITY = SCHEMA + "City"


@cache
def table_query(name: str) -> SavedQuery:
    path = TABLES_DIR / f"{name}.rq"
    return parse_saved_query(path.read_text(encoding="utf-8"), name, path)


def read_table(store: Store, name: str, text: str | None = None) -> pd.DataFrame:
    """A query of queries/tables/ (or `text`, a variant of it) as a DataFrame of categorical
    columns of plain strings (missing where unbound)."""
    result = store.query(text or table_query(name).text)
    columns = list(zip(*result.rows, strict=True)) if result.rows else [()] * len(result.columns)
    return pd.DataFrame(
        {
            c: pd.Categorical([None if t is None else t.value for t in col])
            for c, col in zip(result.columns, columns, strict=True)
        },
        columns=result.columns,
    )


def _values(column: pd.Series) -> np.ndarray:
    """A column as an object array (None where missing)."""
    values = column.to_numpy(dtype=object, copy=True)
    if len(values):
        values[pd.isna(values)] = None
    return values


def _positions(index: pd.Index, column: pd.Series) -> np.ndarray:
    """index.get_indexer(column), looking each distinct value up once for a categorical column."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        found = index.get_indexer(column.cat.categories.astype(object))
        return np.where(codes >= 0, found[codes], -1)
    return index.get_indexer(column.astype(object))


def _category(values: Iterable[Any]) -> pd.Categorical:
    return pd.Categorical(values)


@dataclass
class Tables:
    """The graph as flat tables (see the module doc). Build with `build_tables` or `load_or_build`."""

    state: str
    meetings: pd.DataFrame
    sources: pd.DataFrame
    attendance: pd.DataFrame
    parties: pd.DataFrame
    topics: pd.DataFrame
    participations: pd.DataFrame
    releases: pd.DataFrame
    people: pd.DataFrame
    places: pd.DataFrame
    labels: pd.DataFrame
    place_facts: pd.DataFrame  # place, property, value: what `places` is made from

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls) if f.name != "state"]

    # --- lookups ------------------------------------------------------------------------------

    @cached_property
    def meeting_index(self) -> pd.Index:
        """meeting IRI -> mid."""
        return pd.Index(self.meetings["meeting"].to_numpy(dtype=object))

    def mid_of(self, meeting: str) -> int | None:
        i = self.meeting_index.get_indexer([meeting])[0]
        return None if i < 0 else int(i)

    def mids(self, iris: Sequence[str]) -> np.ndarray:
        found = self.meeting_index.get_indexer(list(iris))
        return found[found >= 0]

    @cached_property
    def names_of_people(self) -> dict[str, str]:
        return dict(zip(self.people["person"], self.people["name"], strict=True))

    @cached_property
    def release_sources(self) -> dict[str, str]:
        return dict(zip(self.releases["release"], self.releases["source"], strict=True))

    def reference_labels(self, lang: str = "en") -> dict[str, str]:
        """IRI -> label of the reference graph in `lang`, English where `lang` has none."""
        df = self.labels
        out = dict(zip(df.loc[df["lang"] == "en", "node"], df.loc[df["lang"] == "en", "label"], strict=True))
        if lang != "en":
            out.update(zip(df.loc[df["lang"] == lang, "node"], df.loc[df["lang"] == lang, "label"], strict=True))
        return out

    @property
    def sizes(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in self.names()}

    # --- files --------------------------------------------------------------------------------

    def save(self, folder: str | Path) -> Path:
        """Write every table as parquet into `folder` (written beside, then renamed into place)."""
        folder = Path(folder)
        tmp = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for name in self.names():
            getattr(self, name).to_parquet(tmp / f"{name}.parquet", index=False)
        (tmp / "meta.json").write_text(
            json.dumps({"state": self.state, "format": FORMAT, "sizes": self.sizes}), encoding="utf-8"
        )
        if folder.exists():
            shutil.rmtree(tmp, ignore_errors=True)  # another process wrote the same state meanwhile
        else:
            os.replace(tmp, folder)
        return folder

    @classmethod
    def load(cls, folder: str | Path) -> Tables:
        folder = Path(folder)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"{folder}: tables of format {meta.get('format')}, not {FORMAT}")
        frames = {name: pd.read_parquet(folder / f"{name}.parquet") for name in cls.names()}
        return cls(state=meta["state"], **frames)


# --- building ---------------------------------------------------------------------------------------

STEPS = (
    ("meetings", "meetings and their releases"),
    ("meeting_dates", "dates"),
    ("meeting_kinds", "kinds"),
    ("meeting_locations", "places"),
    ("meeting_labels", "meeting names"),
    ("attendance", "attendance"),
    ("parties", "countries and organisations"),
    ("topics", "topics"),
    ("participations", "roles and affiliations"),
    ("people", "people's names"),
    ("releases", "releases"),
    ("places", "place details"),
    ("labels", "reference labels"),
)


def build_tables(store: Store, progress: Progress | None = None, state: str | None = None) -> Tables:
    """Read the tables out of the store: one query of queries/tables/ per step, in this process.

    (Sharing the queries among worker processes, each with its own read-only handle, was slower
    on 100k meetings, 57 s against 32 s: the queries decode the same meeting IRIs, and one process
    finds them in its RocksDB block cache where each worker starts cold.)"""
    state = state if state is not None else store.state()
    raw: dict[str, pd.DataFrame] = {}
    for i, (name, what) in enumerate(STEPS):
        if progress:
            progress(what, i / len(STEPS))
        raw[name] = read_table(store, name)
    if progress:
        progress("assembling the tables", 1.0)
    return assemble(state, raw)


def _by_meeting(index: pd.Index, df: pd.DataFrame, column: str) -> np.ndarray:
    """A column of a (meeting, value) table aligned on the meetings (None where absent)."""
    out = np.full(len(index), None, dtype=object)
    if not df.empty:
        pos = _positions(index, df["meeting"])
        keep = pos >= 0
        out[pos[keep]] = _values(df[column])[keep]
    return out


def _linked(index: pd.Index, df: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """A (meeting, ...) table with the meeting replaced by its mid, values categorical, sorted by
    mid then the first value."""
    if df.empty:
        return pd.DataFrame({"mid": np.array([], dtype=np.int32), **{c: pd.Categorical([]) for c in columns}})
    pos = _positions(index, df["meeting"])
    keep = np.flatnonzero(pos >= 0)
    out = pd.DataFrame({"mid": pos[keep].astype(np.int32)})
    for c in columns:
        col = df[c]
        if isinstance(col.dtype, pd.CategoricalDtype):  # categories sorted: codes follow IRI order
            out[c] = col.array[keep].remove_unused_categories()
        else:
            out[c] = pd.Categorical(_values(col)[keep])
    first = out[columns[0]]
    order = np.lexsort((first.cat.codes.to_numpy(), out["mid"].to_numpy()))
    return out.iloc[order].reset_index(drop=True)


def assemble(state: str, raw: dict[str, pd.DataFrame]) -> Tables:
    """The tables from the raw query results (plain strings), keyed by meeting row number."""
    events = raw["meetings"]
    index = pd.Index(sorted(set(_values(events["meeting"])) - {None}), dtype=object)

    location = _by_meeting(index, raw["meeting_locations"], "location")
    facts = _named_places(raw["places"], {x for x in location if x})
    places = _places(facts)
    place_name = dict(zip(places["place"], places["display"], strict=True))
    city_of = dict(zip(places["place"], places["city"], strict=True))
    dates = _by_meeting(index, raw["meeting_dates"], "date")
    sources = _linked(index, events, ["release"])
    meetings = pd.DataFrame(
        {
            "meeting": index.to_numpy(dtype=object),
            "date": [d[:10] if isinstance(d, str) else None for d in dates],
            "kind": _category(_by_meeting(index, raw["meeting_kinds"], "kind")),
            "location": _category(location),
            "label": _by_meeting(index, raw["meeting_labels"], "label"),
            "place": _category([place_name.get(x) if x else None for x in location]),
            "city": _category([city_of.get(x) if x else None for x in location]),
            "releases": np.bincount(sources["mid"].to_numpy(), minlength=len(index)).astype(np.int32),
        }
    )
    attendance = _linked(index, raw["attendance"], ["person"])
    participations = _linked(index, raw["participations"], ["person", "role", "roleText", "affiliation"])

    counts = attendance.groupby("person", observed=True)["mid"].nunique()
    names = raw["people"]
    people = pd.DataFrame({"person": counts.index.astype(object), "meetings": counts.to_numpy().astype(np.int64)})
    people["name"] = people["person"].map(dict(zip(_values(names["person"]), _values(names["name"]), strict=True)))
    people = people.dropna(subset=["name"])  # people.rq: a person without a label is not listed
    people = people.sort_values(["meetings", "name"], ascending=[False, True], kind="stable")
    people = people[["person", "name", "meetings"]].reset_index(drop=True)

    rel = pd.DataFrame({c: _values(raw["releases"][c]) for c in raw["releases"].columns})
    rel = rel.dropna(subset=["source"]).sort_values(["release"]).drop_duplicates("release").reset_index(drop=True)
    labels = pd.DataFrame({c: _values(raw["labels"][c]) for c in raw["labels"].columns})
    labels = labels.dropna(subset=["node", "label"]).reset_index(drop=True)
    labels["lang"] = labels["lang"].fillna("")
    return Tables(
        state=state,
        meetings=meetings,
        sources=sources,
        attendance=attendance,
        parties=_linked(index, raw["parties"], ["party"]),
        topics=_linked(index, raw["topics"], ["topic"]),
        participations=participations,
        releases=rel,
        people=people,
        places=places,
        labels=labels,
        place_facts=facts,
    )


def _named_places(rows: pd.DataFrame, locations: set[str]) -> pd.DataFrame:
    """The (place, property, value) rows of the places meetings take place in and of the places
    containing them, as plain strings, sorted."""
    facts = pd.DataFrame({c: pd.Series(_values(rows[c]), dtype=object) for c in ("place", "property", "value")})
    parents: dict[str, set[str]] = {}
    for place, prop, value in facts.itertuples(index=False):
        if isinstance(prop, str) and prop.endswith("containedInPlace") and isinstance(value, str):
            parents.setdefault(place, set()).add(value)
    named, todo = set(), list(locations)
    while todo:
        place = todo.pop()
        if place not in named:
            named.add(place)
            todo += parents.get(place, ())
    facts = facts[facts["place"].isin(named)]
    return facts.sort_values(["place", "property", "value"], kind="stable").reset_index(drop=True)


def _places(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per place from (place, property, value) rows: name, type, parent, is_city,
    latitude, longitude; `display` (what a timeline shows: the city a venue is in, else the
    place's own name) and `city` (the city IRI the place is or is in, for the map)."""
    cols = ["place", "name", "type", "parent", "is_city", "latitude", "longitude", "display", "city"]
    if rows.empty:
        return pd.DataFrame(columns=cols)
    by: dict[str, dict[str, Any]] = {}
    for place, prop, value in zip(
        _values(rows["place"]), _values(rows["property"]), _values(rows["value"]), strict=True
    ):
        rec = by.setdefault(place, {"types": set(), "names": [], "parents": [], "lat": [], "lon": []})
        key = prop.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        if key == "type":
            rec["types"].add(value)
        elif key == "name":
            rec["names"].append(value)
        elif key == "containedInPlace":
            rec["parents"].append(value)
        elif key == "latitude":
            rec["lat"].append(value)
        elif key == "longitude":
            rec["lon"].append(value)
    out = []
    for place, rec in sorted(by.items()):
        out.append(
            {
                "place": place,
                "name": min(rec["names"]) if rec["names"] else None,
                "parents": sorted(rec["parents"]),
                "is_city": CITY in rec["types"],
                "latitude": min((float(v) for v in rec["lat"]), default=np.nan),
                "longitude": min((float(v) for v in rec["lon"]), default=np.nan),
                "type": "city" if CITY in rec["types"] else "venue",
            }
        )
    cities = {r["place"] for r in out if r["is_city"]}
    names = {r["place"]: r["name"] for r in out}
    for r in out:
        in_city = [p for p in r["parents"] if p in cities]
        r["parent"] = r["parents"][0] if r["parents"] else None
        r["display"] = names.get(in_city[0]) if in_city and names.get(in_city[0]) else r["name"]
        r["city"] = r["place"] if r["is_city"] else (in_city[0] if in_city else None)
        del r["parents"]
    return pd.DataFrame(out, columns=cols)


# --- after a write ----------------------------------------------------------------------------------

PER_MEETING = (
    "meetings",
    "meeting_dates",
    "meeting_kinds",
    "meeting_locations",
    "meeting_labels",
    "attendance",
    "parties",
    "topics",
    "participations",
)
CHUNK = 1_000  # values bound per query


def _restricted(store: Store, name: str, variable: str, values: Sequence[str]) -> pd.DataFrame:
    """A query of queries/tables/ bound to some values of one of its variables (a VALUES block
    opening its WHERE clause: pyoxigraph writes each value as an N-Triples term)."""
    from graph.store import to_term

    text = table_query(name).text
    frames = []
    for i in range(0, len(values), CHUNK):
        block = " ".join(str(to_term(v)) for v in values[i : i + CHUNK])
        bound = text.replace("WHERE {", f"WHERE {{\n  VALUES ?{variable} {{ {block} }}", 1)
        frames.append(read_table(store, name, bound).astype(object))
    if not frames:
        return pd.DataFrame(columns=list(table_query(name).returns), dtype=object)
    return pd.concat(frames, ignore_index=True)


_PEOPLE_NAMED = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person (MIN(?label) AS ?name) WHERE { %s ?person rdfs:label ?label } GROUP BY ?person"""
_PLACES_IN = """PREFIX dg: <https://w3id.org/diplograph/ns#>
SELECT DISTINCT ?place WHERE { %s GRAPH ?release { ?place dg:placeType ?t } }"""
_PLACE_FACTS = """PREFIX dg: <https://w3id.org/diplograph/ns#>
PREFIX schema: <https://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?place ?property ?value WHERE {
  %s
  VALUES ?property { rdf:type schema:name schema:containedInPlace schema:latitude schema:longitude }
  ?place ?property ?value .
}"""


def _bound_rows(store: Store, template: str, variable: str, values: Sequence[str]) -> list[tuple]:
    from graph.store import to_term

    out: list[tuple] = []
    for i in range(0, len(values), CHUNK):
        block = f"VALUES ?{variable} {{ {' '.join(str(to_term(v)) for v in values[i : i + CHUNK])} }}"
        out += [tuple(None if t is None else t.value for t in row) for row in store.query(template % block).rows]
    return out


def _raw_of(t: Tables, keep: np.ndarray) -> dict[str, pd.DataFrame]:
    """The query results the tables were assembled from, for the meetings `keep` (a mask on mids)."""
    iris = pd.Index(t.meetings["meeting"].to_numpy(dtype=object), dtype=object)  # sorted: mid = code
    m = t.meetings[keep]

    def meetings(mids: np.ndarray) -> pd.Categorical:
        return pd.Categorical.from_codes(mids.astype(np.int64), categories=iris)

    def linked(table: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
        rows = table[keep[table["mid"].to_numpy()]]
        return pd.DataFrame({"meeting": meetings(rows["mid"].to_numpy()), **{c: rows[c].array for c in columns}})

    def attribute(column: str, name: str) -> pd.DataFrame:
        rows = m[m[column].notna()]
        values = (
            rows[column].array
            if isinstance(rows[column].dtype, pd.CategoricalDtype)
            else pd.Series(_values(rows[column]), dtype=object).array
        )
        return pd.DataFrame({"meeting": meetings(rows.index.to_numpy()), name: values})

    return {
        "meetings": linked(t.sources, ["release"]),
        "meeting_dates": attribute("date", "date"),
        "meeting_kinds": attribute("kind", "kind"),
        "meeting_locations": attribute("location", "location"),
        "meeting_labels": attribute("label", "label"),
        "attendance": linked(t.attendance, ["person"]),
        "parties": linked(t.parties, ["party"]),
        "topics": linked(t.topics, ["topic"]),
        "participations": linked(t.participations, ["person", "role", "roleText", "affiliation"]),
    }


def update_tables(
    old: Tables, store: Store, graphs: Sequence[str], progress: Progress | None = None, state: str | None = None
) -> Tables:
    """The tables after the release graphs `graphs` were replaced, added or removed since `old` was
    read (the explorer's own writes: it knows which graphs it wrote). Only the meetings those
    graphs report, before and after, are read again, bound by VALUES: seconds on a large store
    where `build_tables` takes a minute. Equal to `build_tables` on the new state."""
    state = state if state is not None else store.state()
    graphs = sorted(set(graphs))
    if progress:
        progress("the meetings of the releases written", 0.1)
    touched = old.sources["release"].isin(graphs).to_numpy()
    before = set(old.meetings["meeting"].to_numpy(dtype=object)[np.unique(old.sources["mid"].to_numpy()[touched])])
    now = _restricted(store, "meetings", "release", graphs)
    affected = sorted(before | set(now["meeting"]))
    keep = ~old.meetings["meeting"].isin(affected).to_numpy()
    raw = _raw_of(old, keep)
    for i, name in enumerate(PER_MEETING):
        if progress:
            progress(dict(STEPS)[name], 0.2 + 0.6 * i / len(PER_MEETING))
        fresh = _restricted(store, name, "meeting", affected)
        raw[name] = pd.concat([raw[name], fresh[raw[name].columns]], ignore_index=True)

    if progress:
        progress("people, releases and places", 0.85)
    persons = set(old.attendance.loc[~keep[old.attendance["mid"].to_numpy()], "person"].astype(object))
    persons |= set(raw["attendance"]["person"][raw["attendance"]["meeting"].isin(affected)])
    named = dict(zip(old.people["person"], old.people["name"], strict=True))
    named.update(dict(_bound_rows(store, _PEOPLE_NAMED, "person", sorted(persons))))
    raw["people"] = pd.DataFrame(list(named.items()), columns=["person", "name"])

    releases = old.releases[~old.releases["release"].isin(graphs)]
    raw["releases"] = pd.concat([releases, _restricted(store, "releases", "release", graphs)], ignore_index=True)

    # the places stated in the graphs written: all their facts read again (one place at a time:
    # quick, where one query binding many places was not); the tables keep the places meetings name
    places = sorted({r[0] for r in _bound_rows(store, _PLACES_IN, "release", graphs)})
    fresh = [row for place in places for row in _bound_rows(store, _PLACE_FACTS, "place", [place])]
    raw["places"] = pd.concat(
        [
            old.place_facts[~old.place_facts["place"].isin(places)],
            pd.DataFrame(fresh, columns=["place", "property", "value"], dtype=object),
        ],
        ignore_index=True,
    )
    raw["labels"] = read_table(store, "labels")
    if progress:
        progress("assembling the tables", 1.0)
    return assemble(state, raw)


# --- cached on disk ---------------------------------------------------------------------------------


def cache_root(store: Store) -> Path | None:
    """Where the tables of this store are kept: env DIPLOGRAPH_TABLES (a folder; "off" for none),
    else `<store folder>.tables` beside an embedded store; None (memory only) for a server."""
    env = os.environ.get("DIPLOGRAPH_TABLES", "")
    if env.lower() in ("off", "0", "none"):
        return None
    if env:
        return Path(env)
    path = getattr(store, "path", None)
    if path is None:
        return None
    path = Path(path).resolve()
    return path.with_name(path.name + ".tables")


def _folder_name(state: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in state)
    return f"v{FORMAT}-{safe}"


def load_or_build(
    store: Store,
    progress: Progress | None = None,
    root: Path | None | str = "auto",
    previous: Tables | None = None,
    changed: Sequence[str] | None = None,
) -> Tables:
    """The tables of the store's current state: read back from disk when they were kept; else
    updated from `previous` when the release graphs `changed` since it are known; else built.
    New tables are kept when the store has a folder beside which to keep them."""
    state = store.state()
    where = cache_root(store) if root == "auto" else (Path(root) if root else None)
    folder = where / _folder_name(state) if where is not None and state != "empty" else None
    if folder is not None and (folder / "meta.json").exists():
        try:
            if progress:
                progress("reading the kept tables", 0.0)
            return Tables.load(folder)
        except (OSError, ValueError, KeyError) as e:  # a damaged or older folder: build again
            print(f"diplograph: rebuilding the tables ({e})")
    t0 = time.perf_counter()
    if previous is not None and changed is not None:
        tables = update_tables(previous, store, changed, progress, state=state)
        how = "updated"
    else:
        tables = build_tables(store, progress, state=state)
        how = "built"
    if folder is not None:
        try:
            tables.save(folder)
            _prune(folder.parent, keep=folder.name)
        except OSError:
            pass  # a read-only place: memory only
    tables.__dict__["build_seconds"] = round(time.perf_counter() - t0, 2)
    tables.__dict__["how"] = how
    return tables


def _prune(root: Path, keep: str) -> None:
    """Remove the oldest table folders: `keep` and the newest others, KEEP_STATES in all, stay."""
    others = sorted(
        (p for p in root.iterdir() if p.is_dir() and p.name != keep and ".tmp-" not in p.name),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for p in others[KEEP_STATES - 1 :]:
        shutil.rmtree(p, ignore_errors=True)


def kind_of_party(iri: str) -> str:
    if iri.startswith(COUNTRY):
        return "country"
    if iri.startswith(ORGANISATION):
        return "organisation"
    return ""
