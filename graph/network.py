"""Networks out of SPARQL results: builders, filters and caps, metrics, colours.

Builders take pandas DataFrames as the store's `QueryResult.to_dataframe()` gives them and return
networkx graphs. Every node carries `label`, `kind` (person / country / organisation / meeting /
other) and, where known, `affiliation` (a short code: "RO", "NATO"). Every edge carries `weight`,
`meetings` (display strings "2024-11-18 Mark Rutte – Marcel Ciolacu", latest first, capped at
`max_meetings`) and `meetings_total` (how many distinct meetings were known, before the cap).

Large graphs are cut down by `cap_view()` before anything is drawn; it says what it cut, so the UI
can tell the user. Rendering is in graph/network_view.py, files in graph/export.py.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import networkx as nx
import pandas as pd

from graph.vocab import ID

MAX_NODES = 1_500  # above this a browser view stops being usable
MAX_EDGES = 6_000
MAX_MEETINGS = 20  # meetings kept per edge for tooltips
MEETING_SEP = "|"  # separator of a GROUP_CONCAT'ed `meetings` or `meetingList` column
SEED = 42
EXACT_BETWEENNESS_BELOW = 500
BETWEENNESS_SAMPLES = 200

KINDS = ("person", "country", "organisation", "meeting", "other")
_KIND_OF_SEGMENT = {"person": "person", "country": "country", "org": "organisation", "meeting": "meeting"}

# Tableau 20: distinguishable, and fixed so that a community or a country keeps its colour.
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#a0cbe8", "#ffbe7d", "#ff9d9a", "#86bcb6", "#8cd17d", "#f1ce63",
    "#d4a6c8", "#fabfd2", "#d7b5a6", "#79706e",
)  # fmt: skip
NO_COLOR = "#c8c8c8"
KIND_COLORS = {
    "person": "#4e79a7",
    "country": "#f28e2b",
    "organisation": "#59a14f",
    "meeting": "#9c9c9c",
    "other": "#bab0ac",
}


# --- reading cells --------------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    """A cell as stripped text; None for missing cells (None, NaN, pd.NA, "")."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    text = str(value).strip()
    return text or None


def _number(value: Any, default: float = 1.0) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return default if math.isnan(number) else number


def _clean_number(number: float) -> int | float:
    return int(number) if float(number).is_integer() else number


def kind_of(iri: str, default: str = "other") -> str:
    """person / country / organisation / meeting, read from a minted IRI (graph/vocab.py)."""
    if iri.startswith(ID):
        return _KIND_OF_SEGMENT.get(iri[len(ID) :].split("/", 1)[0], default)
    return default


def short_name(iri: str) -> str:
    """The readable end of an IRI: dgid:country/RO -> "RO", dgid:person/marcel-ciolacu -> "marcel-ciolacu"."""
    tail = iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return unquote(tail) or iri


def affiliation_code(value: Any) -> str | None:
    """An affiliation cell (IRI or code) as a short code: "RO", "NATO"."""
    text = _text(value)
    if text is None:
        return None
    return short_name(text) if text.startswith(ID) else text


def meeting_list(value: Any, sep: str = MEETING_SEP) -> list[str]:
    """A `meetings` cell as a list: a list as is, a string split on `sep`."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(sep) if part.strip()]
    if isinstance(value, Iterable):
        return [text for text in (_text(item) for item in value) if text]
    text = _text(value)
    return [text] if text else []


def meeting_display(meeting: Any = None, label: Any = None, date: Any = None) -> str | None:
    """Display string of a meeting, date first so that sorting is chronological:
    "2024-11-18 Mark Rutte – Marcel Ciolacu"."""
    date_text = _text(date)
    name = _text(label) or (short_name(m) if (m := _text(meeting)) else None)
    parts = [part for part in (date_text[:10] if date_text else None, name) if part]
    return " ".join(parts) or None


# --- builders -------------------------------------------------------------------------------------


class _NodeTally:
    """Label (first seen) and affiliation (most frequent) of each node while rows stream by."""

    def __init__(self, default_kind: str) -> None:
        self.default_kind = default_kind
        self.labels: dict[str, str] = {}
        self.unlabelled: set[str] = set()  # labelled from the IRI until a row gives a label
        self.affiliations: dict[str, Counter[str]] = {}

    def see(self, node: str, label: Any = None, affiliation: Any = None) -> None:
        if node not in self.labels:
            text = _text(label)
            self.labels[node] = text or short_name(node)
            if text is None:
                self.unlabelled.add(node)
        elif node in self.unlabelled and (text := _text(label)):
            self.labels[node] = text
            self.unlabelled.discard(node)
        if affiliation is not None and (code := affiliation_code(affiliation)):
            self.affiliations.setdefault(node, Counter())[code] += 1

    def attributes(self, node: str) -> dict[str, Any]:
        kind = kind_of(node, self.default_kind)
        attrs: dict[str, Any] = {"label": self.labels[node], "kind": kind}
        counts = self.affiliations.get(node)
        if counts:
            # most frequent, ties broken alphabetically so the result does not depend on row order
            attrs["affiliation"] = min(counts.items(), key=lambda item: (-item[1], item[0]))[0]
        elif kind in ("country", "organisation"):
            attrs["affiliation"] = short_name(node)
        return attrs


def _column(df: pd.DataFrame, *names: str) -> list[Any]:
    """The first of `names` that the table has, as a list; Nones if it has none of them."""
    for name in names:
        if name in df.columns:
            return df[name].tolist()
    return [None] * len(df)


def _require(df: pd.DataFrame, *names: str) -> None:
    missing = [name for name in names if name not in df.columns]
    if missing:
        raise ValueError(f"missing column(s) {', '.join(missing)}; got {', '.join(map(str, df.columns))}")


def _capped(meetings: dict[str, str], max_meetings: int) -> list[str]:
    return sorted(set(meetings.values()), reverse=True)[:max_meetings] if meetings else []


def _count(value: Any) -> float | None:
    """A `meetings` cell that holds a number of meetings (as co_attendance.rq gives) rather than a list."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return None if isinstance(value, float) and math.isnan(value) else float(value)
    if isinstance(value, str) and value.strip().isdigit():
        return float(value)
    return None


def pair_graph(
    df: pd.DataFrame,
    *,
    default_kind: str = "other",
    max_meetings: int = MAX_MEETINGS,
    sep: str = MEETING_SEP,
    name: str = "",
) -> nx.Graph:
    """Undirected weighted graph from a pair table.

    Columns: `a`, `b` (required, IRIs); optional `aLabel`/`aName`, `bLabel`/`bName`,
    `aAffiliation`, `bAffiliation`, `weight`, and the meetings behind the edge: `meetings` as a
    number (a count, as queries/co_attendance.rq gives it), a list, or a string joined with `sep`;
    `meetingList` (a list or joined string, next to a count); or one meeting per row as `meeting`,
    `meetingLabel`, `date`. Listed meetings are best written "2024-11-18 name" (sorted as text).
    Rows naming the same pair (in either order) are merged. The weight is, first found: the sum of
    `weight`; the sum of `meetings` counts; the number of distinct meetings listed; the number of
    rows. Rows with a == b are dropped.
    """
    _require(df, "a", "b")
    tally = _NodeTally(default_kind)
    has_weight = "weight" in df.columns
    per_row_meetings = bool({"meeting", "meetingLabel", "date"} & set(df.columns))
    weights: dict[tuple[str, str], float] = {}
    counts: dict[tuple[str, str], float] = {}
    meetings: dict[tuple[str, str], dict[str, str]] = {}
    rows = zip(
        _column(df, "a"), _column(df, "aLabel", "aName"), _column(df, "aAffiliation"),
        _column(df, "b"), _column(df, "bLabel", "bName"), _column(df, "bAffiliation"),
        _column(df, "weight"), _column(df, "meetings"), _column(df, "meetingList"),
        _column(df, "meeting"), _column(df, "meetingLabel"), _column(df, "date"),
        strict=True,
    )  # fmt: skip
    for (
        a,
        a_label,
        a_aff,
        b,
        b_label,
        b_aff,
        weight,
        listed,
        also_listed,
        meeting,
        meeting_label,
        date,
    ) in rows:
        a, b = _text(a), _text(b)
        if a is None or b is None or a == b:
            continue
        tally.see(a, a_label, a_aff)
        tally.see(b, b_label, b_aff)
        key = (a, b) if a < b else (b, a)
        behind = meetings.setdefault(key, {})
        count = _count(listed)
        if count is not None:
            counts[key] = counts.get(key, 0.0) + count
            listed = None
        for display in (*meeting_list(listed, sep), *meeting_list(also_listed, sep)):
            behind.setdefault(display, display)
        if per_row_meetings and (one := meeting_display(meeting, meeting_label, date)):
            behind.setdefault(_text(meeting) or one, one)
        weights[key] = weights.get(key, 0.0) + (_number(weight) if has_weight else 1.0)

    G = nx.Graph(name=name)
    for node in tally.labels:
        G.add_node(node, **tally.attributes(node))

    def edge(key: tuple[str, str], weight: float) -> tuple[str, str, dict[str, Any]]:
        behind = meetings[key]
        if not has_weight:
            weight = counts[key] if key in counts else float(len(behind) or weight)
        return (
            *key,
            {
                "weight": _clean_number(weight),
                "meetings": _capped(behind, max_meetings),
                "meetings_total": int(max(len(behind), counts.get(key, 0))),
            },
        )

    G.add_edges_from(edge(key, weight) for key, weight in weights.items())
    return G


def person_graph(df: pd.DataFrame, **options: Any) -> nx.Graph:
    """Person–person co-attendance: columns as `pair_graph` (queries/co_attendance.rq: a, aName,
    b, bName, meetings)."""
    return pair_graph(df, default_kind="person", name="co-attendance", **options)


def country_graph(df: pd.DataFrame, **options: Any) -> nx.Graph:
    """Country/organisation meetings: columns as `pair_graph` (queries/party_edges.rq: a, aLabel,
    b, bLabel, meetings)."""
    return pair_graph(df, default_kind="country", name="party meetings", **options)


def person_meeting_graph(df: pd.DataFrame) -> nx.Graph:
    """Bipartite person–meeting graph (networkx convention: `bipartite` 0 = person, 1 = meeting).

    Columns: `person`, `meeting` (required, IRIs); optional `personLabel`, `meetingLabel`, `date`,
    `affiliation` (IRI or code: who the person spoke for at that meeting), `role` / `roleLabel`,
    and for the meeting `kind` (IRI or word) and `place`.
    A person's `affiliation` is the one they held at most meetings.
    """
    _require(df, "person", "meeting")
    people = _NodeTally("person")
    G = nx.Graph(name="attendance")
    rows = zip(
        _column(df, "person"), _column(df, "personLabel"), _column(df, "affiliation"),
        _column(df, "meeting"), _column(df, "meetingLabel"), _column(df, "date"),
        _column(df, "roleLabel"), _column(df, "role"), _column(df, "kind"), _column(df, "place"),
        strict=True,
    )  # fmt: skip
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for (
        person,
        person_label,
        affiliation,
        meeting,
        meeting_label,
        date,
        role_label,
        role,
        kind,
        place,
    ) in rows:
        person, meeting = _text(person), _text(meeting)
        if person is None or meeting is None:
            continue
        people.see(person, person_label, affiliation)
        if meeting not in G:
            extra = {
                "date": (d := _text(date)) and d[:10],
                "meeting_kind": (k := _text(kind)) and short_name(k),  # dgid:kind/call -> "call"
                "place": _text(place),
            }
            G.add_node(
                meeting,
                label=_text(meeting_label) or short_name(meeting),
                kind="meeting",
                bipartite=1,
                **{key: value for key, value in extra.items() if value},
            )
        attrs = edges.setdefault((person, meeting), {"weight": 1})
        for key, value in (
            ("affiliation", affiliation_code(affiliation)),
            ("role", _text(role_label) or (short_name(r) if (r := _text(role)) else None)),
        ):
            if value and key not in attrs:
                attrs[key] = value
    for person in people.labels:
        G.add_node(person, bipartite=0, **people.attributes(person))
    for (person, meeting), attrs in edges.items():
        display = meeting_display(meeting, G.nodes[meeting]["label"], G.nodes[meeting].get("date"))
        G.add_edge(person, meeting, meetings=[display] if display else [], meetings_total=1, **attrs)
    return G


# --- filters --------------------------------------------------------------------------------------


def _order_key(G: nx.Graph, by: str) -> dict[Hashable, float]:
    if by == "degree":
        return dict(G.degree())
    if by == "weighted_degree":
        return dict(G.degree(weight="weight"))
    raise ValueError(f"rank by 'degree' or 'weighted_degree', not {by!r}")


def top_nodes(G: nx.Graph, n: int, by: str = "weighted_degree") -> nx.Graph:
    """The subgraph induced by the `n` nodes ranking highest (ties: by node id, for determinism)."""
    if G.number_of_nodes() <= n:
        return G.copy()
    score = _order_key(G, by)
    keep = sorted(G, key=lambda node: (-score[node], str(node)))[:n]
    return G.subgraph(keep).copy()


def min_weight(G: nx.Graph, threshold: float) -> nx.Graph:
    """Edges of weight >= threshold, and the nodes they join."""
    H = nx.Graph()
    H.graph.update(G.graph)
    for a, b, attrs in G.edges(data=True):
        if attrs.get("weight", 1) >= threshold:
            H.add_node(a, **G.nodes[a])
            H.add_node(b, **G.nodes[b])
            H.add_edge(a, b, **attrs)
    return H


def k_core(G: nx.Graph, k: int) -> nx.Graph:
    """The maximal subgraph in which every node has at least k neighbours."""
    H = G.copy()
    H.remove_edges_from(list(nx.selfloop_edges(H)))
    return nx.k_core(H, k).copy()


def ego(G: nx.Graph, node: Hashable, depth: int = 1) -> nx.Graph:
    """The node, its neighbours, and (depth 2) theirs."""
    if depth not in (1, 2):
        raise ValueError(f"ego depth is 1 or 2, not {depth}")
    if node not in G:
        raise ValueError(f"{node!r} is not in the graph")
    return nx.ego_graph(G, node, radius=depth).copy()


def heaviest_edges(G: nx.Graph, m: int) -> nx.Graph:
    """All nodes, and the m heaviest edges (ties: by endpoints, for determinism)."""
    if G.number_of_edges() <= m:
        return G.copy()
    ranked = sorted(
        G.edges(data="weight", default=1), key=lambda edge: (-edge[2], str(edge[0]), str(edge[1]))
    )
    H = nx.Graph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((a, b, G.edges[a, b]) for a, b, _ in ranked[:m])
    return H


class GraphTooLarge(ValueError):
    """Raised instead of drawing more than the cap: cut the graph down with cap_view() first."""


def ensure_renderable(G: nx.Graph, max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES) -> None:
    if G.number_of_nodes() > max_nodes or G.number_of_edges() > max_edges:
        raise GraphTooLarge(
            f"{G.number_of_nodes():,} nodes and {G.number_of_edges():,} edges exceed the cap of "
            f"{max_nodes:,} nodes / {max_edges:,} edges; use cap_view() first"
        )


@dataclass
class CappedView:
    """A graph cut down for display, and what was cut (plain text: escape it before HTML)."""

    graph: nx.Graph
    total_nodes: int
    total_edges: int
    steps: list[str] = field(default_factory=list)

    @property
    def shown_nodes(self) -> int:
        return self.graph.number_of_nodes()

    @property
    def shown_edges(self) -> int:
        return self.graph.number_of_edges()

    @property
    def capped(self) -> bool:
        return self.shown_nodes < self.total_nodes or self.shown_edges < self.total_edges

    @property
    def description(self) -> str:
        if not self.capped:
            return f"showing all {self.total_nodes:,} nodes and {self.total_edges:,} edges"
        text = (
            f"showing {self.shown_nodes:,} of {self.total_nodes:,} nodes, "
            f"{self.shown_edges:,} of {self.total_edges:,} edges"
        )
        return f"{text} ({'; '.join(self.steps)})" if self.steps else text


def cap_view(
    G: nx.Graph,
    *,
    focus: Hashable | None = None,
    depth: int = 1,
    weight_at_least: float | None = None,
    core: int | None = None,
    top_n: int | None = None,
    by: str = "weighted_degree",
    max_nodes: int = MAX_NODES,
    max_edges: int = MAX_EDGES,
) -> CappedView:
    """Apply the user's filters, then the hard caps, in this order: ego network of `focus`,
    minimum edge weight, k-core, top-N nodes by `by`; then at most `max_nodes` nodes (top by `by`)
    and `max_edges` edges (the heaviest)."""
    view = CappedView(G, G.number_of_nodes(), G.number_of_edges())
    H = G
    if focus is not None:
        H = ego(H, focus, depth)
        label = G.nodes[focus].get("label", focus)
        view.steps.append(f"within {depth} step{'s' if depth > 1 else ''} of {label}")
    if weight_at_least is not None and weight_at_least > 1:
        H = min_weight(H, weight_at_least)
        view.steps.append(f"edges of weight ≥ {_clean_number(weight_at_least):,}")
    if core is not None and core > 0:
        H = k_core(H, core)
        view.steps.append(f"{core}-core")
    by_text = by.replace("_", " ")
    if top_n is not None and H.number_of_nodes() > top_n:
        H = top_nodes(H, top_n, by)
        view.steps.append(f"top {top_n:,} by {by_text}")
    if H.number_of_nodes() > max_nodes:
        H = top_nodes(H, max_nodes, by)
        view.steps.append(f"capped at the top {max_nodes:,} by {by_text}")
    if H.number_of_edges() > max_edges:
        H = heaviest_edges(H, max_edges)
        view.steps.append(f"capped at the heaviest {max_edges:,} edges")
    view.graph = H if H is not G else G.copy()
    return view


# --- metrics --------------------------------------------------------------------------------------


def _canonical(G: nx.Graph) -> nx.Graph:
    """The same graph with nodes and edges inserted in sorted order, so that seeded algorithms give
    the same answer whatever order the query returned rows in."""
    H = nx.Graph()
    H.add_nodes_from(sorted(G, key=str))
    edges = (tuple(sorted((a, b), key=str)) + (w,) for a, b, w in G.edges(data="weight", default=1))
    H.add_weighted_edges_from(sorted(edges, key=lambda edge: (str(edge[0]), str(edge[1]))))
    return H


def communities(G: nx.Graph, *, seed: int = SEED, resolution: float = 1.0) -> dict[Hashable, int]:
    """Louvain communities numbered 0, 1, ... from the largest (ties: by smallest node id)."""
    if G.number_of_nodes() == 0:
        return {}
    found = nx.community.louvain_communities(_canonical(G), weight="weight", seed=seed, resolution=resolution)
    ordered = sorted(found, key=lambda c: (-len(c), min(map(str, c))))
    return {node: number for number, members in enumerate(ordered) for node in members}


def betweenness(
    G: nx.Graph,
    *,
    exact_below: int = EXACT_BETWEENNESS_BELOW,
    k: int = BETWEENNESS_SAMPLES,
    seed: int = SEED,
) -> dict[Hashable, float]:
    """Normalised betweenness (hops, unweighted: weight is closeness, not distance); exact on small
    graphs, estimated from `k` sampled sources above `exact_below` nodes. Run it on the capped view."""
    n = G.number_of_nodes()
    if n < exact_below:
        return nx.betweenness_centrality(G)
    H = _canonical(G)
    return nx.betweenness_centrality(H, k=min(k, n), seed=seed)


METRIC_COLUMNS = [
    "node", "label", "kind", "affiliation", "degree", "weighted_degree", "betweenness", "community",
]  # fmt: skip


def node_metrics(G: nx.Graph, *, with_betweenness: bool = True, seed: int = SEED) -> pd.DataFrame:
    """One row per node: label, kind, affiliation, degree, weighted_degree, betweenness, community."""
    between = betweenness(G, seed=seed) if with_betweenness else {}
    groups = communities(G, seed=seed)
    weighted = dict(G.degree(weight="weight"))
    rows = [
        {
            "node": node,
            "label": attrs.get("label", str(node)),
            "kind": attrs.get("kind"),
            "affiliation": attrs.get("affiliation"),
            "degree": G.degree(node),
            "weighted_degree": _clean_number(weighted[node]),
            "betweenness": between.get(node, math.nan),
            "community": groups.get(node),
        }
        for node, attrs in G.nodes(data=True)
    ]
    return pd.DataFrame(rows, columns=METRIC_COLUMNS).set_index("node")


def add_metrics(G: nx.Graph, *, with_betweenness: bool = True, seed: int = SEED) -> nx.Graph:
    """Write degree, weighted_degree, community (and betweenness) onto the nodes; returns G."""
    nx.set_node_attributes(G, dict(G.degree()), "degree")
    weighted = {node: _clean_number(w) for node, w in G.degree(weight="weight")}
    nx.set_node_attributes(G, weighted, "weighted_degree")
    nx.set_node_attributes(G, communities(G, seed=seed), "community")
    if with_betweenness:
        nx.set_node_attributes(G, betweenness(G, seed=seed), "betweenness")
    return G


# --- size and colour ------------------------------------------------------------------------------

SIZE_BY = ("degree", "weighted_degree", "betweenness", None)
COLOR_BY = ("community", "affiliation", "kind", None)


def color_for(value: Any) -> str:
    """A palette colour that depends only on the value: ints by position, text by checksum."""
    if value is None:
        return NO_COLOR
    if isinstance(value, int) and not isinstance(value, bool):
        return PALETTE[value % len(PALETTE)]
    return PALETTE[zlib.crc32(str(value).encode("utf-8")) % len(PALETTE)]


def node_colors(G: nx.Graph, by: str | None = "community", *, seed: int = SEED) -> dict[Hashable, str]:
    if by is None:
        return {node: KIND_COLORS["person"] for node in G}
    if by == "kind":
        return {node: KIND_COLORS.get(kind, NO_COLOR) for node, kind in G.nodes(data="kind", default="other")}
    if by == "community":
        groups = nx.get_node_attributes(G, "community")
        if len(groups) < G.number_of_nodes():
            groups = communities(G, seed=seed)
        return {node: color_for(groups.get(node)) for node in G}
    if by == "affiliation":
        return {node: color_for(aff) for node, aff in G.nodes(data="affiliation")}
    raise ValueError(f"colour by one of {', '.join(map(str, COLOR_BY))}, not {by!r}")


def node_sizes(
    G: nx.Graph, by: str | None = "weighted_degree", *, smallest: float = 8, largest: float = 40
) -> dict[Hashable, float]:
    """Sizes between `smallest` and `largest`, proportional to the square root of the metric (so
    that area, not radius, follows it)."""
    if by is None:
        return dict.fromkeys(G, (smallest + largest) / 3)
    if by in ("degree", "weighted_degree"):
        values = _order_key(G, by)
    elif by == "betweenness":
        values = nx.get_node_attributes(G, "betweenness")
        if len(values) < G.number_of_nodes():
            values = betweenness(G)
    else:
        raise ValueError(f"size by one of {', '.join(map(str, SIZE_BY))}, not {by!r}")
    top = math.sqrt(max(values.values(), default=0) or 1)
    return {
        node: round(smallest + (largest - smallest) * math.sqrt(max(values.get(node, 0), 0)) / top, 2)
        for node in G
    }
