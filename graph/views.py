"""What the explorer's pages show, as plain data: no Streamlit here (explorer/ is the shell).

Each page asks the store a few targeted questions (the saved queries of `queries/views/`, with the
header format of `queries/`) and gets pandas tables or small dataclasses back, labels resolved in
the language asked for (reference labels in English or French, English when a French one is
missing). Values are bound with the store's own `bind_text`: pyoxigraph writes each value as an
N-Triples term and only variable tokens are replaced, so no value can change a query's shape, and
the query is planned with the value in place (a person's page reads that person's meetings, not
everyone's).

Filters (date range, countries, organisations, topics, kinds) select a set of meetings; the
network, the map and the filtered exports are built on that set, assembled from fixed SPARQL
fragments below, again with values bound by `bind_text`.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import networkx as nx
import pandas as pd

from graph import network
from graph.queries import QUERIES_DIR, SavedQuery, bind_params, parse_saved_query
from graph.store import QueryResult, Store, Term, bind_text, to_term
from graph.vocab import ID, PREFIXES

VIEWS_DIR = QUERIES_DIR / "views"
LANGS = ("en", "fr")
TIMELINE_LIMIT = 2_000  # rows of a timeline read at most (the page says when it stopped there)
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
    """IRI -> label for everything in the reference graph, in `lang` with English as fallback."""
    labels = {r["node"]: r["label"] for r in run_view(store, "labels", {"lang": "en"}).records()}
    if lang != "en":
        labels.update({r["node"]: r["label"] for r in run_view(store, "labels", {"lang": lang}).records()})
    return labels


def person_names(store: Store) -> pd.DataFrame:
    """person, name, meetings: everyone, busiest first."""
    return view_frame(store, "people")


def label_of(iri: str | None, labels: Mapping[str, str]) -> str:
    """A display label: from the table, else the readable end of the IRI."""
    if not iri:
        return ""
    return labels.get(iri) or network.short_name(iri)


def _labels_of(text: Any, labels: Mapping[str, str], sep: str = " ") -> str:
    """'iri iri' (a GROUP_CONCAT of IRIs) as '; '-joined labels."""
    if not isinstance(text, str) or not text.strip():
        return ""
    return "; ".join(sorted({label_of(i, labels) for i in text.split(sep) if i}))


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


def _filter_pattern(f: Filters) -> tuple[str, dict[str, Term]]:
    """The group pattern binding ?meeting to the filtered meetings, and its parameters."""
    lines = ["?meeting a <https://schema.org/Event> ."]
    params: dict[str, Term] = {}
    if f.start or f.end:
        lines.append("?meeting <https://schema.org/startDate> ?fDate .")
        if f.start:
            lines.append("FILTER(?fDate >= ?fStart)")
            params["fStart"] = to_term(f.start)
        if f.end:
            lines.append("FILTER(?fDate <= ?fEnd)")
            params["fEnd"] = to_term(f.end)
    for field_name, values, predicate in (
        ("fCountry", f.countries, "https://w3id.org/diplograph/ns#party"),
        ("fOrg", f.organisations, "https://w3id.org/diplograph/ns#party"),
        ("fTopic", f.topics, "https://schema.org/about"),
        ("fKind", f.kinds, "https://w3id.org/diplograph/ns#kind"),
    ):
        if not values:
            continue
        names = []
        for i, value in enumerate(values):
            names.append(f"?{field_name}{i}")
            params[f"{field_name}{i}"] = to_term(expand_iri(value))
        lines.append(f"VALUES ?{field_name} {{ {' '.join(names)} }}")
        lines.append(f"?meeting <{predicate}> ?{field_name} .")
    return "{ SELECT DISTINCT ?meeting WHERE {\n  " + "\n  ".join(lines) + "\n} }", params


def filtered_query(body: str, select: str, f: Filters, tail: str = "") -> str:
    """`SELECT <select> WHERE { <filtered meetings> <body> } <tail>` with the values bound."""
    pattern, params = _filter_pattern(f)
    text = f"SELECT {select} WHERE {{\n{pattern}\n{body}\n}}\n{tail}"
    return bound_text(text, params)


_ROWS_PEOPLE = """
?meeting <https://schema.org/attendee> ?person .
OPTIONAL { ?meeting <https://schema.org/startDate> ?date }
OPTIONAL { ?part <https://w3id.org/diplograph/ns#meeting> ?meeting ;
                 <https://w3id.org/diplograph/ns#participant> ?person ;
                 <https://w3id.org/diplograph/ns#affiliation> ?affiliation }
"""

_ROWS_PARTIES = """
?meeting <https://w3id.org/diplograph/ns#party> ?party .
OPTIONAL { ?meeting <https://schema.org/startDate> ?date }
"""

_MEETING_LABELS = """
?meeting <https://schema.org/name> ?label .
OPTIONAL { ?meeting <https://schema.org/startDate> ?date }
OPTIONAL { ?meeting <https://w3id.org/diplograph/ns#kind> ?kind }
"""

_PLACES = """
?meeting <https://schema.org/location> ?loc .
OPTIONAL { ?loc <https://schema.org/containedInPlace> ?parent . ?parent a <https://schema.org/City> }
BIND(COALESCE(?parent, ?loc) AS ?place)
?place a <https://schema.org/City> ; <https://schema.org/latitude> ?lat ; <https://schema.org/longitude> ?long ;
       <https://schema.org/name> ?name .
OPTIONAL { ?place <https://schema.org/containedInPlace> ?country }
"""


def filtered_meetings(store: Store, f: Filters, limit: int | None = None) -> pd.DataFrame:
    """meeting, date, label, kind of the filtered meetings, newest first."""
    text = filtered_query(
        _MEETING_LABELS,
        "?meeting (MIN(?date) AS ?d) (MIN(?label) AS ?l) (SAMPLE(?kind) AS ?k)",
        f,
        "GROUP BY ?meeting ORDER BY DESC(?d)",
    )
    df = store.query(text, limit=limit).to_dataframe()
    return df.rename(columns={"d": "date", "l": "label", "k": "kind"})


def meeting_places(store: Store, f: Filters, lang: str = "en", labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """place, name, country, countryLabel, latitude, longitude, meetings: cities with coordinates
    (from the gazetteer at ingest) where the filtered meetings took place."""
    text = filtered_query(
        _PLACES,
        "?place (MIN(?name) AS ?n) (SAMPLE(?country) AS ?c) (MIN(?lat) AS ?latitude) "
        "(MIN(?long) AS ?longitude) (COUNT(DISTINCT ?meeting) AS ?meetings)",
        f,
        "GROUP BY ?place ORDER BY DESC(?meetings)",
    )
    df = store.query(text).to_dataframe().rename(columns={"n": "name", "c": "country"})
    labels = labels or {}
    df["countryLabel"] = [label_of(c, labels) for c in df["country"]]
    for col in ("latitude", "longitude"):
        df[col] = pd.to_numeric(df[col], errors="coerce")
    return df


# --- networks -------------------------------------------------------------------------------------

NETWORK_KINDS = {
    "person": "people who met (co-attendance)",
    "country": "countries and organisations",
    "bipartite": "people and meetings",
}


def _meeting_info(store: Store, f: Filters) -> dict[str, tuple[str, str, str]]:
    """meeting -> (date, label, kind IRI) for the filtered meetings."""
    df = filtered_meetings(store, f)
    return {
        m: (d or "", lab or "", k or "")
        for m, d, lab, k in zip(
            df["meeting"],
            df["date"].astype(object).where(df["date"].notna(), None),
            df["label"],
            df["kind"],
            strict=True,
        )
    }


def network_graph(
    store: Store,
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
    labels, names = labels or {}, names or {}
    info = _meeting_info(store, f)
    if kind == "country":
        rows = store.query(filtered_query(_ROWS_PARTIES, "DISTINCT ?meeting ?party", f)).rows
        members: dict[str, set[str]] = defaultdict(set)
        for m, p in rows:
            members[m.value].add(p.value)
        return _pair_graph(members, info, lambda n: label_of(n, labels), {}, "party meetings", max_meetings)
    rows = store.query(filtered_query(_ROWS_PEOPLE, "DISTINCT ?meeting ?person ?affiliation", f)).rows
    members = defaultdict(set)
    affiliations: dict[str, Counter[str]] = defaultdict(Counter)
    for m, p, a in rows:
        members[m.value].add(p.value)
        if a is not None:
            affiliations[p.value][a.value] += 1

    def name(node: str) -> str:
        return names.get(node) or network.short_name(node)

    affiliation = {
        p: network.short_name(min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]) for p, c in affiliations.items()
    }
    if kind == "person":
        return _pair_graph(members, info, name, affiliation, "co-attendance", max_meetings)
    G = nx.Graph(name="attendance")
    for m, people in members.items():
        d, lab, k = info.get(m, ("", "", ""))
        G.add_node(
            m,
            label=lab or network.short_name(m),
            kind="meeting",
            bipartite=1,
            **{key: v for key, v in (("date", d[:10]), ("meeting_kind", label_of(k, labels))) if v},
        )
        display = network.meeting_display(m, lab, d)
        for p in people:
            if p not in G:
                G.add_node(
                    p,
                    label=name(p),
                    kind="person",
                    bipartite=0,
                    **({"affiliation": affiliation[p]} if p in affiliation else {}),
                )
            G.add_edge(p, m, weight=1, meetings=[display] if display else [], meetings_total=1)
    return G


def _pair_graph(
    members: Mapping[str, set[str]], info, label, affiliation: Mapping[str, str], name: str, max_meetings: int
) -> nx.Graph:
    weights: Counter[tuple[str, str]] = Counter()
    behind: dict[tuple[str, str], list[str]] = defaultdict(list)
    nodes: set[str] = set()
    for m, group in members.items():
        nodes.update(group)
        if len(group) < 2:
            continue
        d, lab, _ = info.get(m, ("", "", ""))
        display = network.meeting_display(m, lab, d) or m
        ordered = sorted(group)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                weights[a, b] += 1
                behind[a, b].append(display)
    G = nx.Graph(name=name)
    for n in sorted(nodes):
        attrs: dict[str, Any] = {"label": label(n), "kind": network.kind_of(n, "person")}
        if n in affiliation:
            attrs["affiliation"] = affiliation[n]
        elif attrs["kind"] in ("country", "organisation"):
            attrs["affiliation"] = network.short_name(n)
        G.add_node(n, **attrs)
    for (a, b), w in weights.items():
        listed = sorted(set(behind[a, b]), reverse=True)
        G.add_edge(a, b, weight=w, meetings=listed[:max_meetings], meetings_total=w)
    return G


# --- overview -------------------------------------------------------------------------------------


def overview_counts(store: Store) -> dict[str, int]:
    rec = run_view(store, "counts").records(typed=True)
    return {k: int(v or 0) for k, v in (rec[0] if rec else {}).items()}


def meetings_per_month(store: Store) -> pd.DataFrame:
    return view_frame(store, "meetings_per_month")


def busiest_people(store: Store, n: int = 10) -> pd.DataFrame:
    return person_names(store).head(n)


def busiest_parties(store: Store, labels: Mapping[str, str], n: int = 10) -> pd.DataFrame:
    df = view_frame(store, "busiest_parties", limit=n)
    df.insert(1, "name", [label_of(p, labels) for p in df["party"]])
    df.insert(2, "type", [entity_kind(p) or "" for p in df["party"]])
    return df


def latest_releases(store: Store, n: int = 10) -> pd.DataFrame:
    return view_frame(store, "latest_releases").head(n)


# --- person and party pages -----------------------------------------------------------------------


def _evidence_text(keyed: Any) -> str:
    """'0000000120 sentence' (the query's sortable form) -> 'sentence'."""
    if not isinstance(keyed, str):
        return ""
    return keyed[11:] if len(keyed) > 11 and keyed[:10].isdigit() else keyed


def person_timeline(
    store: Store, person: str, labels: Mapping[str, str], *, limit: int = TIMELINE_LIMIT
) -> pd.DataFrame:
    """One row per meeting and release, newest first: date, kind, place, role, affiliation, others,
    topics, source, evidence (labels resolved), meeting and release IRIs."""
    df = view_frame(store, "person_timeline", {"person": person}, limit=limit)
    return _timeline(df, labels, role=True)


def party_timeline(store: Store, party: str, labels: Mapping[str, str], *, limit: int = TIMELINE_LIMIT) -> pd.DataFrame:
    df = view_frame(store, "party_timeline", {"party": party}, limit=limit)
    return _timeline(df, labels, role=False)


def _timeline(df: pd.DataFrame, labels: Mapping[str, str], role: bool) -> pd.DataFrame:
    if df.empty:
        cols = [
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
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame(
        {
            "date": df["date"],
            "kind": [label_of(k, labels) for k in df["kind"]],
            "place": df["place"].fillna(""),
        }
    )
    if role:
        out["role"] = [label_of(r, labels) for r in df["role"]]
        out["affiliation"] = [label_of(a, labels) for a in df["affiliation"]]
        out["others"] = df["others"].fillna("")
    else:
        out["people"] = df["people"].fillna("")
        out["parties"] = [_labels_of(p, labels) for p in df["parties"]]
    out["topics"] = [_labels_of(t, labels) for t in df["topics"]]
    out["source"] = df["source"]
    out["evidence"] = [_evidence_text(e) for e in df["evidence"]]
    out["meeting"] = df["meeting"]
    out["release"] = df["release"]
    return out


def person_counterparts(store: Store, person: str) -> pd.DataFrame:
    """counterpart, name, meetings, first, last: who the person met, most often first."""
    df = view_frame(store, "person_counterparts", {"person": person})
    return df.drop(columns=["person"], errors="ignore")


def person_roles(store: Store, person: str, labels: Mapping[str, str]) -> pd.DataFrame:
    df = view_frame(store, "person_roles", {"person": person})
    if df.empty:
        return pd.DataFrame(columns=["role", "as written", "affiliation", "first", "last", "meetings"])
    return pd.DataFrame(
        {
            "role": [label_of(r, labels) for r in df["role"]],
            "as written": df["roleText"].fillna(""),
            "affiliation": [label_of(a, labels) for a in df["affiliation"]],
            "first": df["first"],
            "last": df["last"],
            "meetings": df["meetings"],
        }
    )


def topics_of(store: Store, iri: str, labels: Mapping[str, str]) -> pd.DataFrame:
    """topic, label, meetings for a person or a party."""
    kind = entity_kind(iri)
    df = (
        view_frame(store, "person_topics", {"person": iri})
        if kind == "person"
        else view_frame(store, "party_topics", {"party": iri})
    )
    return pd.DataFrame(
        {
            "topic": df.get("topic", pd.Series(dtype=object)),
            "label": [label_of(t, labels) for t in df.get("topic", [])],
            "meetings": df.get("meetings", pd.Series(dtype=int)),
        }
    )


def person_name(store: Store, person: str) -> str:
    rows = run_view(store, "person_name", {"person": person}).records()
    return rows[0]["name"] if rows else network.short_name(person)


def party_partners(store: Store, party: str, labels: Mapping[str, str]) -> pd.DataFrame:
    """year, partner, label, meetings: who met the party, year by year."""
    df = view_frame(store, "party_partners", {"party": party})
    if df.empty:
        return pd.DataFrame(columns=["year", "partner", "label", "meetings"])
    df = df.drop(columns=["party"])
    df.insert(2, "label", [label_of(p, labels) for p in df["partner"]])
    return df


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


def party_people(store: Store, party: str, labels: Mapping[str, str]) -> pd.DataFrame:
    df = view_frame(store, "party_people", {"party": party})
    if df.empty:
        return pd.DataFrame(columns=["person", "name", "meetings", "roles", "first", "last"])
    df = df.drop(columns=["party"])
    df["roles"] = [_labels_of(r, labels) for r in df["roles"]]
    return df


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


def meeting_view(store: Store, meeting: str, labels: Mapping[str, str]) -> MeetingView:
    facts = run_view(store, "meeting_facts", {"meeting": meeting}).records(typed=True)
    view = MeetingView(meeting)
    if not facts or not facts[0].get("releases"):
        return view
    f = facts[0]
    view.label = f.get("label") or ""
    view.date = str(f.get("date") or "")
    view.kind = label_of(f.get("kind"), labels)
    view.place = f.get("place") or ""
    view.city = f.get("city") or ""
    view.country = label_of(f.get("country"), labels)
    view.latitude, view.longitude = f.get("latitude"), f.get("longitude")
    view.releases = int(f.get("releases") or 0)
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
    for rec in run_view(store, "meeting_links", {"meeting": meeting}).records():
        target = view.parties if rec["field"] == "party" else view.topics
        target.append((rec["value"], label_of(rec["value"], labels)))
    view.evidence = view_frame(store, "meeting_evidence", {"meeting": meeting})
    return view


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


def releases_for(store: Store, f: Filters) -> list[str]:
    """The release graphs that report at least one of the filtered meetings."""
    text = filtered_query(
        "GRAPH ?g { ?meeting a <https://schema.org/Event> . ?g <https://w3id.org/diplograph/ns#fileName> ?source }",
        "DISTINCT ?g",
        f,
        "ORDER BY ?g",
    )
    return [row[0].value for row in store.query(text).rows]


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
