"""What the explorer's pages show, as plain data: no Streamlit here (explorer/ is the shell).

The pages read the graph through its tables (graph/tables.py: meetings, attendance, parties,
topics, participations, releases, people, places, reference labels, read once per store state)
and get pandas tables or small dataclasses back, labels resolved in the language asked for
(reference labels in English or French, English when a French one is missing). Filtering,
ranking and the co-attendance edges are pandas work over those tables: milliseconds on 100,000
meetings, where the same joins asked of the on-disk store took seconds to minutes.

The store is still asked, with targeted queries, what the tables leave out: a release's text and
evidence, a meeting's participants and evidence as each release states them, the first evidence
sentence of the meetings on a timeline (bound to those meetings and their release graphs). Values
are bound with the store's own `bind_text` or written as N-Triples terms by pyoxigraph, so no value
can change a query's shape.

Filters (date range, countries, organisations, topics, kinds) select a set of meetings; the
network, the map and the filtered exports are built on that set.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from graph import network
from graph.queries import QUERIES_DIR, SavedQuery, bind_params, parse_saved_query
from graph.store import QueryResult, Store, Term, bind_text, to_term
from graph.tables import Tables, kind_of_party
from graph.vocab import ID, PREFIXES

VIEWS_DIR = QUERIES_DIR / "views"
LANGS = ("en", "fr")
TIMELINE_LIMIT = 2_000  # rows of a timeline shown at most (the page says when it stopped there)
TIMELINE_MEETINGS = 1_000  # the newest meetings of a timeline
ENTITY_KINDS = ("person", "country", "organisation", "meeting", "release")


# --- running the page queries ---------------------------------------------------------------------


@cache
def view_query(name: str) -> SavedQuery:
    """A query of queries/views/ (or, failing that, of queries/) by file stem."""
    for folder in (VIEWS_DIR, QUERIES_DIR):
        path = folder / f"{name}.rq"
        if path.exists():
            return parse_saved_query(path.read_text(encoding="utf-8"), name, path)
    raise KeyError(f"no view query {name!r} in {VIEWS_DIR} or {QUERIES_DIR}")


def bound_text(text: str, params: Mapping[str, Term]) -> str:
    return bind_text(text, params) if params else text


def run_view(
    store: Store, name: str, params: Mapping[str, Any] | None = None, *, limit: int | None = None
) -> QueryResult:
    q = view_query(name)
    return store.query(bound_text(q.text, bind_params(q, params)), limit=limit)


def view_frame(
    store: Store, name: str, params: Mapping[str, Any] | None = None, *, limit: int | None = None
) -> pd.DataFrame:
    return run_view(store, name, params, limit=limit).to_dataframe()


def values_clause(variables: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """`VALUES (?a ?b) { (<x> <y>) ... }`: every value written by pyoxigraph as an N-Triples term
    (IRIs validated, literals escaped), so a value cannot change the query's shape."""
    body = " ".join("(" + " ".join(str(to_term(v)) for v in row) + ")" for row in rows)
    return f"VALUES ({' '.join('?' + v for v in variables)}) {{ {body} }}"


# --- entities and labels --------------------------------------------------------------------------


def entity_kind(iri: str) -> str | None:
    """person / country / organisation / meeting / release for a minted IRI, else None."""
    if not iri.startswith(ID):
        return None
    segment = iri[len(ID) :].split("/", 1)[0]
    return {
        "person": "person",
        "country": "country",
        "org": "organisation",
        "meeting": "meeting",
        "release": "release",
    }.get(segment)


def expand_iri(text: str) -> str:
    """A full IRI from 'dgid:person/x' or an IRI."""
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return text


def reference_labels(store: Store, lang: str = "en") -> dict[str, str]:
    """IRI -> label for everything in the reference graph, in `lang` with English as fallback
    (from the store; the explorer reads them from its tables: `Tables.reference_labels`)."""
    labels = {r["node"]: r["label"] for r in run_view(store, "labels", {"lang": "en"}).records()}
    if lang != "en":
        labels.update({r["node"]: r["label"] for r in run_view(store, "labels", {"lang": lang}).records()})
    return labels


def person_names(store: Store) -> pd.DataFrame:
    """person, name, meetings: everyone, busiest first (from the store; the explorer reads the
    same from its tables: `Tables.people`)."""
    return view_frame(store, "people")


def label_of(iri: str | None, labels: Mapping[str, str]) -> str:
    """A display label: from the table, else the readable end of the IRI."""
    if not isinstance(iri, str) or not iri:
        return ""
    return labels.get(iri) or network.short_name(iri)


def _labels_of(text: Any, labels: Mapping[str, str], sep: str = " ") -> str:
    """'iri iri' (a GROUP_CONCAT of IRIs) as '; '-joined labels."""
    if not isinstance(text, str) or not text.strip():
        return ""
    return "; ".join(sorted({label_of(i, labels) for i in text.split(sep) if i}))


def _joined_labels(iris: Iterable[Any], labels: Mapping[str, str]) -> str:
    return "; ".join(sorted({label_of(i, labels) for i in iris if isinstance(i, str) and i}))


# --- filters --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Which meetings a view covers: all of them by default. Within a field any value matches,
    across fields all must (e.g. a Baltic country AND the EU)."""

    start: date | None = None
    end: date | None = None
    countries: tuple[str, ...] = ()  # IRIs
    organisations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return self == Filters()

    def describe(self, labels: Mapping[str, str] | None = None) -> str:
        labels = labels or {}
        parts = []
        if self.start or self.end:
            parts.append(f"{self.start or '…'} to {self.end or '…'}")
        for name, values in (
            ("countries", self.countries),
            ("organisations", self.organisations),
            ("topics", self.topics),
            ("kinds", self.kinds),
        ):
            if values:
                parts.append(f"{name}: {', '.join(label_of(v, labels) for v in values)}")
        return "; ".join(parts) or "all meetings"


def select_meetings(t: Tables, f: Filters) -> np.ndarray:
    """The row numbers (mids) of the meetings the filters keep, ascending."""
    m = t.meetings
    keep = np.ones(len(m), dtype=bool)
    if f.start or f.end:
        dates = m["date"].to_numpy(dtype=object)
        dated = np.array([isinstance(d, str) for d in dates], dtype=bool)
        keep &= dated
        text = np.where(dated, dates, "").astype(str)
        if f.start:
            keep &= text >= f.start.isoformat()
        if f.end:
            keep &= text <= f.end.isoformat()
    for values, table, column in (
        (f.countries, t.parties, "party"),
        (f.organisations, t.parties, "party"),
        (f.topics, t.topics, "topic"),
    ):
        if values:
            wanted = [expand_iri(v) for v in values]
            hit = np.zeros(len(m), dtype=bool)
            hit[table.loc[table[column].isin(wanted), "mid"].to_numpy()] = True
            keep &= hit
    if f.kinds:
        keep &= m["kind"].isin([expand_iri(v) for v in f.kinds]).to_numpy()
    return np.flatnonzero(keep)


def _rows_of(table: pd.DataFrame, mids: np.ndarray | None) -> pd.DataFrame:
    """The rows of a (mid, ...) table for these meetings (all of them for None)."""
    if mids is None:
        return table
    return table[table["mid"].isin(mids)]


def _newest_first(t: Tables, mids: np.ndarray) -> np.ndarray:
    """Meetings sorted newest first (undated last; ties by IRI, for a stable order)."""
    m = t.meetings.iloc[mids]
    order = m.assign(_d=m["date"].fillna("")).sort_values(["_d", "meeting"], ascending=[False, True], kind="stable")
    dated = order["_d"] != ""
    return np.concatenate([order.index[dated].to_numpy(), order.index[~dated].to_numpy()])


def filtered_meetings(t: Tables, f: Filters, limit: int | None = None) -> pd.DataFrame:
    """meeting, date, label, kind of the filtered meetings, newest first."""
    mids = _newest_first(t, select_meetings(t, f))
    if limit is not None:
        mids = mids[:limit]
    m = t.meetings.iloc[mids]
    return pd.DataFrame(
        {
            "meeting": m["meeting"].to_numpy(dtype=object),
            "date": m["date"].to_numpy(dtype=object),
            "label": m["label"].to_numpy(dtype=object),
            "kind": m["kind"].to_numpy(dtype=object),
        }
    )


def meeting_places(t: Tables, f: Filters, lang: str = "en", labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """place, name, country, countryLabel, latitude, longitude, meetings: cities with coordinates
    (from the gazetteer at ingest) where the filtered meetings took place."""
    cols = ["place", "name", "country", "latitude", "longitude", "meetings", "countryLabel"]
    labels = labels or {}
    m = t.meetings.iloc[select_meetings(t, f)]
    per_city = m["city"].value_counts()
    per_city = per_city[per_city > 0]
    places = t.places.set_index("place")
    rows = []
    for city, n in per_city.items():
        if city not in places.index:
            continue
        p = places.loc[city]
        if not p["is_city"] or pd.isna(p["latitude"]) or pd.isna(p["longitude"]) or not isinstance(p["name"], str):
            continue
        country = p["parent"] if isinstance(p["parent"], str) else None
        rows.append(
            {
                "place": city,
                "name": p["name"],
                "country": country,
                "countryLabel": label_of(country, labels),
                "latitude": float(p["latitude"]),
                "longitude": float(p["longitude"]),
                "meetings": int(n),
            }
        )
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["meetings", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def releases_for(t: Tables, f: Filters) -> list[str]:
    """The release graphs that report at least one of the filtered meetings."""
    rows = _rows_of(t.sources, None if f.empty else select_meetings(t, f))
    return sorted(set(rows["release"].astype(object)))


# --- networks -------------------------------------------------------------------------------------

NETWORK_KINDS = {
    "person": "people who met (co-attendance)",
    "country": "countries and organisations",
    "bipartite": "people and meetings",
}


def _displays(t: Tables, mids: np.ndarray) -> np.ndarray:
    """ "2024-11-18 label" for each meeting (as network.meeting_display writes it), vectorised."""
    m = t.meetings.iloc[mids]
    iris = m["meeting"].to_numpy(dtype=object)
    labels = m["label"].to_numpy(dtype=object)
    dates = m["date"].to_numpy(dtype=object)
    out = np.empty(len(mids), dtype=object)
    for i, (iri, label, d) in enumerate(zip(iris, labels, dates, strict=True)):
        name = label.strip() if isinstance(label, str) and label.strip() else network.short_name(iri)
        out[i] = f"{d[:10]} {name}" if isinstance(d, str) and d else name
    return out


def _pairs(members: pd.DataFrame, column: str, t: Tables, max_meetings: int) -> pd.DataFrame:
    """a, b, weight, meetings, meetings_total: every pair of members of the same meeting (a < b),
    weighted by the meetings behind it, with the latest `max_meetings` of them ("date label",
    newest first; meetings with the same display counted once in the list, as network.pair_graph)."""
    cols = ["a", "b", "weight", "meetings", "meetings_total"]
    df = members[["mid", column]].drop_duplicates()
    codes, nodes = pd.factorize(df[column].astype(object), sort=True)  # code order = IRI order
    one = pd.DataFrame({"mid": df["mid"].to_numpy(), "n": codes})
    pairs = one.merge(one, on="mid", suffixes=("_a", "_b"))
    pairs = pairs[pairs["n_a"] < pairs["n_b"]]
    if pairs.empty:
        return pd.DataFrame(columns=cols)
    mid = pairs["mid"].to_numpy()
    used = np.unique(mid)
    dcode, displays = pd.factorize(_displays(t, used), sort=True)  # code order = text order
    d = dcode[np.searchsorted(used, mid)]
    na, nb = pairs["n_a"].to_numpy(), pairs["n_b"].to_numpy()
    order = np.lexsort((-d, nb, na))
    na, nb, d = na[order], nb[order], d[order]
    key = na.astype(np.int64) * len(nodes) + nb
    first = np.r_[True, key[1:] != key[:-1]]
    starts = np.flatnonzero(first)
    weights = np.diff(np.r_[starts, len(key)])
    # the pair's distinct displays, newest first, at most max_meetings of them
    distinct = first | np.r_[True, d[1:] != d[:-1]]
    group = np.cumsum(first) - 1
    rank = np.cumsum(distinct) - 1
    rank -= rank[starts][group]
    listed_rows = np.flatnonzero(distinct & (rank < max_meetings))
    texts = np.asarray(displays, dtype=object)[d[listed_rows]]
    bounds = np.searchsorted(listed_rows, starts[1:])
    listed = [chunk.tolist() for chunk in np.split(texts, bounds)]
    node_names = np.asarray(nodes, dtype=object)
    return pd.DataFrame(
        {
            "a": node_names[na[starts]],
            "b": node_names[nb[starts]],
            "weight": weights,
            "meetings": listed,
            "meetings_total": weights,
        },
        columns=cols,
    )


def _most_frequent_affiliation(t: Tables, mids: np.ndarray | None) -> dict[str, str]:
    """person -> short code of the affiliation they held at most of these meetings (ties: the
    smallest IRI)."""
    p = _rows_of(t.participations, mids)
    p = p.dropna(subset=["affiliation"])[["mid", "person", "affiliation"]].astype(
        {"person": object, "affiliation": object}
    )
    if p.empty:
        return {}
    counts = p.drop_duplicates().groupby(["person", "affiliation"]).size().rename("n").reset_index()
    counts = counts.sort_values(["person", "n", "affiliation"], ascending=[True, False, True], kind="stable")
    best = counts.drop_duplicates("person")
    return {person: network.short_name(aff) for person, aff in zip(best["person"], best["affiliation"], strict=True)}


def network_graph(
    t: Tables,
    kind: str,
    f: Filters,
    *,
    labels: Mapping[str, str] | None = None,
    names: Mapping[str, str] | None = None,
    max_meetings: int = network.MAX_MEETINGS,
) -> nx.Graph:
    """The whole network of one kind over the filtered meetings (cap it with network.cap_view).

    person: people linked by the meetings they attended together; country: parties linked by the
    meetings they took part in together; bipartite: people linked to their meetings. Edges carry
    `weight` (meetings), `meetings` (the latest `max_meetings`, "date label") and `meetings_total`."""
    if kind not in NETWORK_KINDS:
        raise ValueError(f"unknown network {kind!r}; choose one of {', '.join(NETWORK_KINDS)}")
    labels = labels or {}
    names = names if names is not None else t.names_of_people
    mids = None if f.empty else select_meetings(t, f)
    if kind == "country":
        members = _rows_of(t.parties, mids)
        return _pair_graph(t, members, "party", lambda n: label_of(n, labels), {}, "party meetings", max_meetings)

    members = _rows_of(t.attendance, mids)
    affiliation = _most_frequent_affiliation(t, mids)

    def name(node: str) -> str:
        return names.get(node) or network.short_name(node)

    if kind == "person":
        return _pair_graph(t, members, "person", name, affiliation, "co-attendance", max_meetings)
    G = nx.Graph(name="attendance")
    rows = members[["mid", "person"]].astype({"person": object})
    used = np.unique(rows["mid"].to_numpy())
    m = t.meetings.iloc[used]
    displays = dict(zip(used, _displays(t, used), strict=True))
    for iri, label, d, k in zip(m["meeting"], m["label"], m["date"], m["kind"], strict=True):
        label = label if isinstance(label, str) else ""
        d = d if isinstance(d, str) else ""
        G.add_node(
            iri,
            label=label or network.short_name(iri),
            kind="meeting",
            bipartite=1,
            **{key: v for key, v in (("date", d[:10]), ("meeting_kind", label_of(k, labels))) if v},
        )
    iri_of = dict(zip(used, m["meeting"], strict=True))
    for mid, person in zip(rows["mid"], rows["person"], strict=True):
        if person not in G:
            G.add_node(
                person,
                label=name(person),
                kind="person",
                bipartite=0,
                **({"affiliation": affiliation[person]} if person in affiliation else {}),
            )
        display = displays[mid]
        G.add_edge(person, iri_of[mid], weight=1, meetings=[display] if display else [], meetings_total=1)
    return G


def _pair_graph(
    t: Tables,
    members: pd.DataFrame,
    column: str,
    label,
    affiliation: Mapping[str, str],
    name: str,
    max_meetings: int,
) -> nx.Graph:
    G = nx.Graph(name=name)
    nodes = sorted(set(members[column].astype(object)))
    for n in nodes:
        attrs: dict[str, Any] = {"label": label(n), "kind": network.kind_of(n, "person")}
        if n in affiliation:
            attrs["affiliation"] = affiliation[n]
        elif attrs["kind"] in ("country", "organisation"):
            attrs["affiliation"] = network.short_name(n)
        G.add_node(n, **attrs)
    pairs = _pairs(members, column, t, max_meetings)
    G.add_edges_from(
        (a, b, {"weight": int(w), "meetings": listed, "meetings_total": int(w)})
        for a, b, w, listed in zip(pairs["a"], pairs["b"], pairs["weight"], pairs["meetings"], strict=True)
    )
    return G


# --- overview -------------------------------------------------------------------------------------


def overview_counts(t: Tables) -> dict[str, int]:
    parties = pd.Series(t.parties["party"].astype(object).unique(), dtype=object)
    kinds = parties.map(kind_of_party)
    return {
        "releases": int(t.releases["release"].nunique()),
        "meetings": len(t.meetings),
        "people": int(t.attendance["person"].nunique()),
        "countries": int((kinds == "country").sum()),
        "organisations": int((kinds == "organisation").sum()),
        "topics": int(t.topics["topic"].nunique()),
    }


def meetings_per_month(t: Tables) -> pd.DataFrame:
    """month ("YYYY-MM"), meetings: dated meetings per month, in order."""
    dates = t.meetings["date"].dropna().astype(str)
    per = dates.str.slice(0, 7).value_counts().sort_index()
    return pd.DataFrame({"month": per.index.astype(object), "meetings": per.to_numpy().astype(int)})


def busiest_people(t: Tables, n: int = 10) -> pd.DataFrame:
    return t.people.head(n)


def busiest_parties(t: Tables, labels: Mapping[str, str], n: int = 10) -> pd.DataFrame:
    """party, name, type, meetings: the countries and organisations in most meetings."""
    counts = t.parties.groupby("party", observed=True)["mid"].nunique().rename("meetings").reset_index()
    counts["party"] = counts["party"].astype(object)
    df = counts.sort_values(["meetings", "party"], ascending=[False, True], kind="stable").head(n)
    df = df.reset_index(drop=True)
    df.insert(1, "name", [label_of(p, labels) for p in df["party"]])
    df.insert(2, "type", [entity_kind(p) or "" for p in df["party"]])
    return df


def latest_releases(t: Tables, n: int = 10) -> pd.DataFrame:
    """release, source, title, published, language: newest first (undated last)."""
    df = t.releases.assign(_p=t.releases["published"].fillna(""))
    df = df.sort_values(["_p", "source"], ascending=[False, True], kind="stable")
    df = pd.concat([df[df["_p"] != ""], df[df["_p"] == ""]])
    return df.drop(columns="_p").head(n).reset_index(drop=True)


# --- person and party pages -----------------------------------------------------------------------


def _evidence_text(keyed: Any) -> str:
    """'0000000120 sentence' (the query's sortable form) -> 'sentence'."""
    if not isinstance(keyed, str):
        return ""
    return keyed[11:] if len(keyed) > 11 and keyed[:10].isdigit() else keyed


_EVIDENCE = """PREFIX dg: <https://w3id.org/diplograph/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?meeting ?release (MIN(?keyed) AS ?evidence)
WHERE {
  %s
  GRAPH ?release { ?meeting dg:evidence ?ev . ?ev prov:value ?text ; oa:start ?start . }
  BIND(CONCAT(SUBSTR("0000000000", STRLEN(STR(?start)) + 1), STR(?start), " ", ?text) AS ?keyed)
}
GROUP BY ?meeting ?release"""


def first_evidence(store: Store, pairs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(meeting, release) -> the first sentence of that release about that meeting, read from the
    store for these pairs only (each in its own release graph: quick on a large store)."""
    out: dict[tuple[str, str], str] = {}
    for i in range(0, len(pairs), 1000):
        chunk = pairs[i : i + 1000]
        text = _EVIDENCE % values_clause(("meeting", "release"), chunk)
        for m, g, ev in store.query(text).rows:
            if m is not None and g is not None:
                out[m.value, g.value] = _evidence_text(ev.value if ev is not None else None)
    return out


TIMELINE_COLUMNS = [
    "date",
    "kind",
    "place",
    "role",
    "affiliation",
    "others",
    "parties",
    "topics",
    "source",
    "evidence",
    "meeting",
    "release",
]


def _timeline_rows(
    t: Tables, mids: np.ndarray, store: Store | None, labels: Mapping[str, str], limit: int
) -> pd.DataFrame:
    """date, kind, place, topics, source, evidence, meeting, release (+ mid): one row per meeting
    and release reporting it, newest first, at most `limit` rows."""
    mids = _newest_first(t, mids)[:TIMELINE_MEETINGS]
    src = t.sources[t.sources["mid"].isin(mids)].astype({"release": object})
    order = pd.Series(np.arange(len(mids)), index=mids)
    src = src.assign(_o=order.reindex(src["mid"].to_numpy()).to_numpy())
    src = src.sort_values(["_o", "release"], kind="stable").head(limit)
    m = t.meetings.iloc[src["mid"].to_numpy()]
    topics = _grouped(t.topics, "topic", src["mid"].to_numpy())
    sources = t.release_sources
    out = pd.DataFrame(
        {
            "mid": src["mid"].to_numpy(),
            "date": m["date"].to_numpy(dtype=object),
            "kind": [label_of(k, labels) for k in m["kind"]],
            "place": [p if isinstance(p, str) else "" for p in m["place"]],
            "topics": [_joined_labels(topics.get(i, ()), labels) for i in src["mid"]],
            "source": [sources.get(r, network.short_name(r)) for r in src["release"]],
            "meeting": m["meeting"].to_numpy(dtype=object),
            "release": src["release"].to_numpy(dtype=object),
        }
    )
    if store is not None and not out.empty:
        evidence = first_evidence(store, list(zip(out["meeting"], out["release"], strict=True)))
        out["evidence"] = [evidence.get(k, "") for k in zip(out["meeting"], out["release"], strict=True)]
    else:
        out["evidence"] = ""
    return out


def _grouped(table: pd.DataFrame, column: str, mids: np.ndarray) -> dict[int, list[str]]:
    """mid -> the values of a (mid, value) table, for these meetings."""
    rows = table[table["mid"].isin(mids)]
    out: dict[int, list[str]] = {}
    for mid, value in zip(rows["mid"], rows[column].astype(object), strict=True):
        out.setdefault(int(mid), []).append(value)
    return out


def _empty_timeline(role: bool) -> pd.DataFrame:
    cols = [c for c in TIMELINE_COLUMNS if (c not in ("role", "affiliation", "others") or role)]
    if not role:
        cols.insert(cols.index("parties"), "people")
    return pd.DataFrame(columns=cols)


def person_timeline(
    t: Tables, person: str, labels: Mapping[str, str], *, store: Store | None = None, limit: int = TIMELINE_LIMIT
) -> pd.DataFrame:
    """One row per meeting and release, newest first: date, kind, place, role, affiliation, others,
    topics, source, evidence (labels resolved), meeting and release IRIs."""
    mids = np.unique(t.attendance.loc[t.attendance["person"] == person, "mid"].to_numpy())
    if len(mids) == 0:
        return _empty_timeline(role=True).drop(columns=["parties"])
    rows = _timeline_rows(t, mids, store, labels, limit)
    used = rows["mid"].to_numpy()
    parts = t.participations[(t.participations["person"] == person) & t.participations["mid"].isin(used)]
    parts = parts.astype({"role": object, "affiliation": object})
    parts = parts.assign(_n=parts["role"].isna().astype(int) + parts["affiliation"].isna().astype(int))
    parts = parts.sort_values(["mid", "_n"], kind="stable").drop_duplicates("mid").set_index("mid")
    people = t.attendance[t.attendance["mid"].isin(used)].astype({"person": object})
    names = t.names_of_people
    others: dict[int, set[str]] = {}
    for mid, other in zip(people["mid"], people["person"], strict=True):
        if other != person and other in names:
            others.setdefault(int(mid), set()).add(names[other])
    return _timeline_frame(rows, {
        "role": [label_of(parts["role"].get(i), labels) for i in used],
        "affiliation": [label_of(parts["affiliation"].get(i), labels) for i in used],
        "others": ["; ".join(sorted(others.get(int(i), ()))) for i in used],
    })


def party_timeline(
    t: Tables, party: str, labels: Mapping[str, str], *, store: Store | None = None, limit: int = TIMELINE_LIMIT
) -> pd.DataFrame:
    """One row per meeting and release, newest first: date, kind, place, people, parties (the
    others), topics, source, evidence, meeting, release."""
    mids = np.unique(t.parties.loc[t.parties["party"] == party, "mid"].to_numpy())
    if len(mids) == 0:
        return _empty_timeline(role=False)
    rows = _timeline_rows(t, mids, store, labels, limit)
    used = rows["mid"].to_numpy()
    parties = _grouped(t.parties, "party", used)
    people = _grouped(t.attendance, "person", used)
    names = t.names_of_people
    return _timeline_frame(rows, {
        "people": ["; ".join(sorted({names[p] for p in people.get(int(i), ()) if p in names})) for i in used],
        "parties": [_joined_labels((p for p in parties.get(int(i), ()) if p != party), labels) for i in used],
    })


def _timeline_frame(rows: pd.DataFrame, middle: dict) -> pd.DataFrame:
    """A timeline table: when, what and where, then the page's own columns, then topics and sources."""
    head = {c: rows[c] for c in ("date", "kind", "place")}
    tail = {c: rows[c] for c in ("topics", "source", "evidence", "meeting", "release")}
    return pd.DataFrame({**head, **middle, **tail}).reset_index(drop=True)


def person_counterparts(t: Tables, person: str) -> pd.DataFrame:
    """counterpart, name, meetings, first, last: who the person met, most often first."""
    cols = ["counterpart", "name", "meetings", "first", "last"]
    att = t.attendance
    mids = np.unique(att.loc[att["person"] == person, "mid"].to_numpy())
    rows = att[att["mid"].isin(mids) & (att["person"] != person)].astype({"person": object})
    if rows.empty:
        return pd.DataFrame(columns=cols)
    rows = rows.assign(date=t.meetings["date"].to_numpy(dtype=object)[rows["mid"].to_numpy()])
    g = rows.groupby("person", sort=True)
    out = pd.DataFrame(
        {
            "meetings": g["mid"].nunique(),
            "first": g["date"].min(),
            "last": g["date"].max(),
        }
    ).reset_index(names="counterpart")
    out.insert(1, "name", out["counterpart"].map(t.names_of_people))
    out = out.sort_values(["meetings", "name"], ascending=[False, True], kind="stable", na_position="last")
    return out[cols].reset_index(drop=True)


def person_roles(t: Tables, person: str, labels: Mapping[str, str]) -> pd.DataFrame:
    """role, as written, affiliation, first, last, meetings: the roles the person is reported in."""
    cols = ["role", "as written", "affiliation", "first", "last", "meetings"]
    p = t.participations[t.participations["person"] == person]
    if p.empty:
        return pd.DataFrame(columns=cols)
    p = p.astype({"role": object, "affiliation": object, "roleText": object})
    p = p.assign(
        date=t.meetings["date"].to_numpy(dtype=object)[p["mid"].to_numpy()],
        _r=p["role"].fillna(""),
        _a=p["affiliation"].fillna(""),
    )
    g = p.groupby(["_r", "_a"], sort=True)
    out = pd.DataFrame(
        {
            "roleText": g["roleText"].agg(lambda s: min((x for x in s if isinstance(x, str)), default="")),
            "first": g["date"].min(),
            "last": g["date"].max(),
            "meetings": g["mid"].nunique(),
        }
    ).reset_index()
    out = out.sort_values(["first", "_r", "_a"], kind="stable", na_position="first")
    return pd.DataFrame(
        {
            "role": [label_of(r, labels) for r in out["_r"]],
            "as written": out["roleText"].fillna("").to_numpy(),
            "affiliation": [label_of(a, labels) for a in out["_a"]],
            "first": out["first"].to_numpy(dtype=object),
            "last": out["last"].to_numpy(dtype=object),
            "meetings": out["meetings"].to_numpy(),
        },
        columns=cols,
    )


def topics_of(t: Tables, iri: str, labels: Mapping[str, str]) -> pd.DataFrame:
    """topic, label, meetings for a person or a party."""
    if entity_kind(iri) == "person":
        mids = t.attendance.loc[t.attendance["person"] == iri, "mid"]
    else:
        mids = t.parties.loc[t.parties["party"] == iri, "mid"]
    rows = t.topics[t.topics["mid"].isin(np.unique(mids.to_numpy()))].astype({"topic": object})
    counts = rows.groupby("topic", sort=True)["mid"].nunique().rename("meetings").reset_index()
    counts = counts.sort_values(["meetings", "topic"], ascending=[False, True], kind="stable")
    return pd.DataFrame(
        {
            "topic": counts["topic"].to_numpy(dtype=object),
            "label": [label_of(x, labels) for x in counts["topic"]],
            "meetings": counts["meetings"].to_numpy(),
        },
        columns=["topic", "label", "meetings"],
    )


def person_name(t: Tables, person: str) -> str:
    return t.names_of_people.get(person) or network.short_name(person)


def party_partners(t: Tables, party: str, labels: Mapping[str, str]) -> pd.DataFrame:
    """year, partner, label, meetings: who met the party, year by year ("" for undated)."""
    cols = ["year", "partner", "label", "meetings"]
    pt = t.parties
    mids = np.unique(pt.loc[pt["party"] == party, "mid"].to_numpy())
    rows = pt[pt["mid"].isin(mids) & (pt["party"] != party)].astype({"party": object})
    if rows.empty:
        return pd.DataFrame(columns=cols)
    dates = t.meetings["date"].to_numpy(dtype=object)[rows["mid"].to_numpy()]
    rows = rows.assign(year=[d[:4] if isinstance(d, str) else "" for d in dates])
    out = rows.groupby(["year", "party"], sort=True)["mid"].nunique().rename("meetings").reset_index()
    out = out.rename(columns={"party": "partner"})
    out = out.sort_values(["year", "meetings", "partner"], ascending=[True, False, True], kind="stable")
    out.insert(2, "label", [label_of(p, labels) for p in out["partner"]])
    return out[cols].reset_index(drop=True)


def partner_ranking(by_year: pd.DataFrame, split_year: int | None = None) -> pd.DataFrame:
    """partner, label, meetings (all years), and with `split_year` the meetings before it and from it
    on, and the change of each partner's share: how the ranking moved (e.g. after 2022)."""
    if by_year.empty:
        return pd.DataFrame(columns=["partner", "label", "meetings"])
    total = by_year.groupby(["partner", "label"], as_index=False)["meetings"].sum()
    if split_year is not None:
        years = pd.to_numeric(by_year["year"], errors="coerce")
        before = by_year[years < split_year].groupby("partner")["meetings"].sum()
        after = by_year[years >= split_year].groupby("partner")["meetings"].sum()
        total[f"before {split_year}"] = total["partner"].map(before).fillna(0).astype(int)
        total[f"{split_year} on"] = total["partner"].map(after).fillna(0).astype(int)
        share_before = total[f"before {split_year}"] / max(int(total[f"before {split_year}"].sum()), 1)
        share_after = total[f"{split_year} on"] / max(int(total[f"{split_year} on"].sum()), 1)
        total["share change (points)"] = ((share_after - share_before) * 100).round(1)
    return total.sort_values(["meetings", "label"], ascending=[False, True]).reset_index(drop=True)


def party_people(t: Tables, party: str, labels: Mapping[str, str]) -> pd.DataFrame:
    """person, name, meetings, roles, first, last: who took part on the party's behalf."""
    cols = ["person", "name", "meetings", "roles", "first", "last"]
    p = t.participations[t.participations["affiliation"] == party]
    names = t.names_of_people
    p = p[p["person"].isin(list(names))].astype({"person": object, "role": object})
    if p.empty:
        return pd.DataFrame(columns=cols)
    p = p.assign(date=t.meetings["date"].to_numpy(dtype=object)[p["mid"].to_numpy()])
    g = p.groupby("person", sort=True)
    out = pd.DataFrame(
        {
            "meetings": g["mid"].nunique(),
            "roles": g["role"].agg(lambda s: _joined_labels(s, labels)),
            "first": g["date"].min(),
            "last": g["date"].max(),
        }
    ).reset_index(names="person")
    out.insert(1, "name", out["person"].map(names))
    out = out.sort_values(["meetings", "name"], ascending=[False, True], kind="stable")
    return out[cols].reset_index(drop=True)


# --- meeting page ---------------------------------------------------------------------------------


@dataclass
class MeetingView:
    meeting: str
    label: str = ""
    date: str = ""
    kind: str = ""
    place: str = ""
    city: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    releases: int = 0
    participants: pd.DataFrame = field(default_factory=pd.DataFrame)
    parties: list[tuple[str, str]] = field(default_factory=list)  # (IRI, label)
    topics: list[tuple[str, str]] = field(default_factory=list)
    evidence: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def found(self) -> bool:
        return self.releases > 0


def _country_of(t: Tables, place: str | None) -> str | None:
    """The country a place is in (walking up containedInPlace), or the place if it is a country."""
    parents = dict(zip(t.places["place"], t.places["parent"], strict=True))
    seen = set()
    while isinstance(place, str) and place not in seen:
        if entity_kind(place) == "country":
            return place
        seen.add(place)
        place = parents.get(place)
    return None


def meeting_view(t: Tables, meeting: str, labels: Mapping[str, str], *, store: Store | None = None) -> MeetingView:
    """A meeting's facts (from the tables), and its participants and evidence as each release
    states them (from the store, bound to this meeting)."""
    view = MeetingView(meeting)
    mid = t.mid_of(meeting)
    if mid is None:
        return view
    m = t.meetings.iloc[mid]
    places = t.places.set_index("place")
    view.label = m["label"] if isinstance(m["label"], str) else ""
    view.date = m["date"] if isinstance(m["date"], str) else ""
    view.kind = label_of(m["kind"], labels)
    location = m["location"] if isinstance(m["location"], str) else None
    if location in places.index and isinstance(places.loc[location, "name"], str):
        view.place = places.loc[location, "name"]
    city = m["city"] if isinstance(m["city"], str) else None
    if city in places.index:
        c = places.loc[city]
        view.city = c["name"] if isinstance(c["name"], str) else ""
        if not pd.isna(c["latitude"]) and not pd.isna(c["longitude"]):
            view.latitude, view.longitude = float(c["latitude"]), float(c["longitude"])
    view.country = label_of(_country_of(t, location), labels)
    view.releases = int(m["releases"])
    one = np.array([mid])
    view.parties = [(p, label_of(p, labels)) for p in sorted(_grouped(t.parties, "party", one).get(mid, []))]
    view.topics = [(x, label_of(x, labels)) for x in sorted(_grouped(t.topics, "topic", one).get(mid, []))]
    if store is not None:
        parts = view_frame(store, "meeting_participants", {"meeting": meeting})
        if not parts.empty:
            parts = pd.DataFrame(
                {
                    "person": parts["person"],
                    "name": parts["name"].fillna(""),
                    "role": [label_of(r, labels) for r in parts["role"]],
                    "as written": parts["roleText"].fillna(""),
                    "affiliation": [label_of(a, labels) for a in parts["affiliation"]],
                    "source": parts["source"],
                }
            )
        view.participants = parts
        releases = sorted(t.sources.loc[t.sources["mid"] == mid, "release"].astype(object))
        view.evidence = meeting_evidence(store, meeting, releases, t)
    return view


_MEETING_EVIDENCE = """PREFIX dg: <https://w3id.org/diplograph/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT DISTINCT ?meeting ?release ?about ?start ?end ?text
WHERE {
  %s
  GRAPH ?release {
    {
      ?meeting dg:evidence ?ev . BIND("meeting" AS ?about)
    } UNION {
      ?x dg:meeting ?meeting ; dg:evidence ?ev .
      BIND(IF(EXISTS { ?x a dg:TopicAssignment }, "topic", "participant") AS ?about)
    }
    ?ev prov:value ?text ; oa:start ?start ; oa:end ?end .
  }
}"""


def meeting_evidence(store: Store, meeting: str, releases: Sequence[str], t: Tables | None = None) -> pd.DataFrame:
    """meeting, release, source, title, about, start, end, text: the sentences each of these
    releases reports the meeting in (the meeting's own, its participants' and its topics'), in
    release then text order. File names and titles come from the tables when given (asking the
    store for them beside the evidence made the query slow on a large store)."""
    cols = ["meeting", "release", "source", "title", "about", "start", "end", "text"]
    if not releases:
        return pd.DataFrame(columns=cols)
    text = _MEETING_EVIDENCE % values_clause(("meeting", "release"), [(meeting, r) for r in releases])
    df = store.query(text).to_dataframe()
    if df.empty:
        return pd.DataFrame(columns=cols)
    if t is not None:
        info = t.releases.set_index("release")
        named = {r: (info["source"].get(r), info["title"].get(r)) for r in set(df["release"])}
    else:
        named = {}
        for r in set(df["release"]):
            rec = (run_view(store, "release_info", {"release": r}).records() or [{}])[0]
            named[r] = (rec.get("source"), rec.get("title"))
    df["source"] = [named[r][0] if isinstance(named[r][0], str) else network.short_name(r) for r in df["release"]]
    df["title"] = [named[r][1] if isinstance(named[r][1], str) else None for r in df["release"]]
    return df.sort_values(["source", "start"], kind="stable")[cols].reset_index(drop=True)


# --- release page and highlighting ----------------------------------------------------------------


@dataclass
class ReleaseView:
    release: str
    source: str = ""
    title: str = ""
    published: str = ""
    language: str = ""
    url: str = ""
    text: str = ""
    evidence: pd.DataFrame = field(default_factory=pd.DataFrame)  # start, end, text, meeting
    meetings: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def found(self) -> bool:
        return bool(self.source)


def release_view(store: Store, release: str) -> ReleaseView:
    view = ReleaseView(release)
    info = run_view(store, "release_info", {"release": release}).records()
    if not info:
        return view
    rec = info[0]
    view.source, view.title = rec["source"], rec["title"]
    view.published, view.language, view.url, view.text = rec["published"], rec["language"], rec["url"], rec["text"]
    view.evidence = view_frame(store, "release_evidence", {"release": release})
    view.meetings = view_frame(store, "release_meetings", {"release": release})
    return view


def merge_spans(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Sorted, clipped to [0, length], overlapping or touching spans merged."""
    out: list[tuple[int, int]] = []
    for s, e in sorted((max(0, int(s)), min(length, int(e))) for s, e in spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def highlight_html(text: str, spans: Iterable[tuple[int, int]], strong: Iterable[tuple[int, int]] = ()) -> str:
    """The release text as HTML, every character escaped, evidence spans in <mark>; spans in `strong`
    get the class "dg-focus" (the meeting the reader came from). Line breaks kept."""
    strong_set = merge_spans(strong, len(text))
    spans = merge_spans([*spans, *strong_set], len(text))
    out, pos = [], 0
    for s, e in spans:
        out.append(html.escape(text[pos:s]))
        focus = any(a < e and s < b for a, b in strong_set)
        cls = ' class="dg-focus"' if focus else ""
        out.append(f'<mark{cls} data-start="{s}" data-end="{e}">{html.escape(text[s:e])}</mark>')
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>\n")


# --- exports --------------------------------------------------------------------------------------


def dump_graphs(store: Store, graphs: Sequence[str], fmt: str, *, with_reference: bool = True) -> bytes:
    """Some release graphs (and the reference graph) in one RDF format."""
    from graph.export import resolve_format, serialize_rdf
    from graph.vocab import REFERENCE_GRAPH

    chunks = [store.dump("nquads", graph=g) for g in [*graphs, *([REFERENCE_GRAPH] if with_reference else [])]]
    data = b"".join(chunks)
    target = resolve_format(fmt, "rdf")
    return data if target.name == "nquads" else serialize_rdf(data, "nquads", target)


# --- ingest preview -------------------------------------------------------------------------------


def extraction_table(ex: Any, labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per meeting of an Extraction (before it is stored): date, kind, place, participants,
    parties, topics, evidence."""
    from graph.vocab import party_iri, topic_iri

    labels = labels or {}
    rows = []
    for m in ex.meetings:
        place = ", ".join(x for x in ((m.place.venue, m.place.city, m.place.country) if m.place else ()) if x)
        rows.append(
            {
                "date": m.date.isoformat() if m.date else "",
                "kind": m.kind,
                "place": place,
                "participants": "; ".join(
                    p.name
                    + (f" ({', '.join(x for x in (p.role, p.affiliation) if x)})" if p.role or p.affiliation else "")
                    for p in m.participants
                ),
                "parties": "; ".join(label_of(party_iri(p), labels) for p in m.parties),
                "topics": "; ".join(label_of(topic_iri(t.topic), labels) for t in m.topics),
                "evidence": " … ".join(e.text for e in m.evidence),
            }
        )
    return pd.DataFrame(rows, columns=["date", "kind", "place", "participants", "parties", "topics", "evidence"])


def extraction_spans(ex: Any) -> list[tuple[int, int]]:
    """Offsets of every evidence sentence of an Extraction."""
    spans = []
    for m in ex.meetings:
        spans += [(e.start, e.end) for e in m.evidence]
        spans += [(p.evidence.start, p.evidence.end) for p in m.participants if p.evidence]
        spans += [(t.evidence.start, t.evidence.end) for t in m.topics if t.evidence]
    return spans
