"""The explorer's state: the store (cached for the process), query results (cached on the store's
state token), the session's settings and their mirror in the query string.

- One read-only store handle for the whole app process (`st.cache_resource`). `state()` notices a
  write by anyone (the Ingest page, or `diplograph ingest` beside the app) and the token it returns
  keys every cached result, so nothing stale is ever shown and nothing is recomputed needlessly.
- The graph's tables (graph/tables.py), read once per state token and kept for the process (and on
  disk beside the store): the pages answer from them in milliseconds; only targeted lookups (a
  release's text, a meeting's evidence) and the SPARQL console go to the store.
- Writes (the bundled sample on first start, the Ingest page) go through a short-lived read-write
  handle, one at a time in this process; Oxigraph allows one writer per folder, so a CLI ingest
  running at the same moment makes the write fail with a clear message instead of waiting.
- Settings that must survive a change of page (language, filters, network options) live in
  session state, set up by `init_state()` from the query string, and are written back to it, so
  a URL names the page, the entity and the filters it shows.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import streamlit as st

from graph import views
from graph.store import DEFAULT_PATH, EmbeddedStore, Store, StoreError, open_store
from graph.tables import Tables, load_or_build

# --- the store ------------------------------------------------------------------------------------


def location() -> tuple[str, str]:
    """(store folder, endpoint): env DIPLOGRAPH_ENDPOINT, else DIPLOGRAPH_STORE or ./.diplograph/store."""
    endpoint = os.environ.get("DIPLOGRAPH_ENDPOINT", "")
    path = os.environ.get("DIPLOGRAPH_STORE") or str(DEFAULT_PATH)
    return str(Path(path).resolve()) if not endpoint else "", endpoint


@st.cache_resource(show_spinner=False)
def _write_lock() -> threading.Lock:
    return threading.Lock()


def _has_releases(path: str) -> bool:
    if not (Path(path) / "CURRENT").exists():
        return False
    try:
        probe = EmbeddedStore(path, read_only=True)
    except StoreError:  # a store killed while being created: the writer below recovers it
        return False
    try:  # one pattern, not stats(): counting every quad of a large store takes seconds
        return bool(probe.query("ASK { ?g <https://w3id.org/diplograph/ns#fileName> ?f }"))
    finally:
        probe.close()


@st.cache_resource(show_spinner=False)
def _reader(path: str, endpoint: str) -> Store:
    if endpoint:
        return open_store(endpoint=endpoint, read_only=True)
    if not _has_releases(path):
        from graph.ingest import ensure_sample

        with _write_lock(), st.spinner("First start: building the store from the bundled sample releases…"):
            writer = open_store(path)
            try:
                ensure_sample(writer)
                _flush(writer)
            finally:
                writer.close()
    return open_store(path, read_only=True)


def _flush(writer: Store) -> None:
    """Make a write visible to read-only handles (RocksDB keeps recent writes in memory)."""
    flush = getattr(writer, "flush", None)
    if callable(flush):
        flush()


def store() -> Store:
    return _reader(*location())


def token() -> str:
    """The store's state: every cached result is keyed on it."""
    return store().state()


def write_releases(batch: list[tuple[str, str]]) -> None:
    """Store (graph IRI, N-Quads) items, each replacing its release: all or nothing."""
    from graph.ingest import ensure_reference

    path, endpoint = location()
    with _write_lock():
        writer = open_store(endpoint=endpoint) if endpoint else open_store(path)
        try:
            before = writer.state()
            ensure_reference(writer)
            writer.replace_releases(batch)
            _flush(writer)
            after = writer.state()
        finally:
            writer.close()
    holder = _holder()
    with holder.lock:  # the tables of `after` are those of `before` with these graphs read again
        holder.writes = {after: (before, [graph for graph, _ in batch])}
    reader = store()
    if isinstance(reader, EmbeddedStore):
        reader.refresh()


# --- the tables -----------------------------------------------------------------------------------
#
# The pages answer from graph/tables.py's tables, read once per store state. They are built (or
# read back from the folder beside the store) in a worker thread, so that a page switch or a click
# during the first load does not restart it; every session waiting for them shows what is being
# read. The process keeps the tables of the current state only.


class _TableHolder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="diplograph-tables")
        self.tables: dict[str, Tables] = {}
        self.building: dict[str, Future] = {}
        self.progress: dict[str, tuple[str, float]] = {}
        self.writes: dict[str, tuple[str, list[str]]] = {}  # state after -> (state before, graphs)


@st.cache_resource(show_spinner=False)
def _holder() -> _TableHolder:
    return _TableHolder()


def _build(holder: _TableHolder, reader: Store, state: str) -> Tables:
    def progress(what: str, fraction: float) -> None:
        holder.progress[state] = (what, fraction)

    try:
        before, graphs = holder.writes.get(state, ("", []))
        previous = holder.tables.get(before)  # this app wrote the change: only its graphs are read again
        built = load_or_build(reader, progress, previous=previous, changed=graphs if previous is not None else None)
        with holder.lock:
            holder.tables = {state: built}  # the current state only
        return built
    finally:
        with holder.lock:
            holder.building.pop(state, None)
            holder.progress.pop(state, None)


def tables(ui: bool = True) -> Tables:
    """The tables of the store's current state; the first call for a state builds them (or reads
    them back from disk), showing what is being read when `ui`."""
    state = token()
    holder = _holder()
    with holder.lock:
        ready = holder.tables.get(state)
        if ready is not None:
            return ready
        job = holder.building.get(state)
        if job is None:
            job = holder.pool.submit(_build, holder, store(), state)
            holder.building[state] = job
    if ui:
        box = st.empty()
        while not job.done():
            what, fraction = holder.progress.get(state, ("opening the store", 0.0))
            box.progress(
                min(max(fraction, 0.0), 1.0),
                text=f"Reading the graph into the explorer's tables — {what}… (once per store state; "
                "kept on disk beside the store for the next start)",
            )
            wait([job], timeout=0.25)
        box.empty()
    return job.result()


def warm() -> None:
    """Load the tables before a page runs (app.py), with the progress shown."""
    try:
        tables()
    except StoreError as e:
        store_error(e)
        st.stop()


# --- cached results -------------------------------------------------------------------------------


def cached(
    fn: Callable[..., Any], *, labelled: bool = False, with_store: bool = False, store_only: bool = False
) -> Callable[..., Any]:
    """fn(tables, *args) as a function of (*args), cached on the store's state token.

    `labelled` functions also get `labels=` in the session's language (which then keys the cache
    too); `with_store` ones get `store=` for their targeted queries; `store_only` ones are
    fn(store, *args) and never wait for the tables."""

    @st.cache_data(show_spinner=False, max_entries=256)
    def run(state: str, name: str, lang: str, *args: Any) -> Any:
        if store_only:
            return fn(store(), *args)
        kwargs: dict[str, Any] = {}
        if labelled:
            kwargs["labels"] = _labels(state, lang)
        if with_store:
            kwargs["store"] = store()
        return fn(tables(ui=False), *args, **kwargs)

    def call(*args: Any) -> Any:
        if not store_only:
            tables()  # built before the cached call, so that its progress is never replayed
        return run(token(), fn.__name__, current_lang() if labelled else "", *args)

    call.__name__ = fn.__name__
    call.__doc__ = fn.__doc__
    return call


@st.cache_data(show_spinner=False, max_entries=8)
def _labels(state: str, lang: str) -> dict[str, str]:
    return tables(ui=False).reference_labels(lang)


def labels(lang: str | None = None) -> dict[str, str]:
    tables()
    return _labels(token(), lang or current_lang())


def people() -> pd.DataFrame:
    """person, name, meetings for everyone, busiest first."""
    return tables().people


def person_names() -> dict[str, str]:
    return tables().names_of_people


@st.cache_resource(show_spinner=False, max_entries=6)
def _network(state: str, kind: str, filters: views.Filters, lang: str) -> nx.Graph:
    # a resource, not data: a large graph is shared by reference instead of unpickled on every run;
    # callers never change it (cap_view copies)
    t = tables(ui=False)
    return views.network_graph(t, kind, filters, labels=_labels(state, lang), names=t.names_of_people)


def network(kind: str, filters: views.Filters) -> nx.Graph:
    tables()
    return _network(token(), kind, filters, current_lang())


# --- session state and the query string -----------------------------------------------------------

LANG_LABELS = {"en": "English", "fr": "Français"}
FILTER_KEYS = ("f_from", "f_to", "f_countries", "f_orgs", "f_topics", "f_kinds")
PERSISTENT = {
    # key: (query-string name, default)
    "lang": ("lang", "en"),
    "f_from": ("from", None),
    "f_to": ("to", None),
    "f_countries": ("country", []),
    "f_orgs": ("org", []),
    "f_topics": ("topic", []),
    "f_kinds": ("kind", []),
    "net_kind": ("net", "person"),
    "net_minw": ("minw", 1),
    "net_top": ("top", 150),
    "net_core": ("core", 0),
    "net_focus": ("focus", ""),
    "net_depth": ("depth", 1),
    "net_size": ("size", "degree"),
    "net_color": ("color", "community"),
}
LIST_KEYS = {"f_countries", "f_orgs", "f_topics", "f_kinds"}
INT_KEYS = {"net_minw", "net_top", "net_core", "net_depth"}


def _from_query(key: str, raw: list[str]) -> Any:
    default = PERSISTENT[key][1]
    if key in LIST_KEYS:
        return [views.expand_iri(v) for v in raw if v]
    if not raw or not raw[-1]:
        return default
    value = raw[-1]
    try:
        if key in ("f_from", "f_to"):
            return date.fromisoformat(value)
        if key in INT_KEYS:
            return int(value)
    except ValueError:
        return default
    if key == "lang" and value not in LANG_LABELS:
        return default
    return value


def init_state() -> None:
    """Set up the session once from the query string; afterwards keep the settings alive across
    pages (Streamlit forgets a widget's value when a page without that widget runs)."""
    ss = st.session_state
    if not ss.get("_initialised"):
        for key, (param, default) in PERSISTENT.items():
            raw = st.query_params.get_all(param)
            ss[key] = _from_query(key, raw) if raw else default
        ss["_initialised"] = True
        ss["_handled_click"] = None
    else:
        for key in PERSISTENT:
            if key in ss:
                ss[key] = ss[key]


def current_lang() -> str:
    return st.session_state.get("lang", "en")


def filters() -> views.Filters:
    ss = st.session_state
    return views.Filters(
        start=ss.get("f_from"),
        end=ss.get("f_to"),
        countries=tuple(ss.get("f_countries") or ()),
        organisations=tuple(ss.get("f_orgs") or ()),
        topics=tuple(ss.get("f_topics") or ()),
        kinds=tuple(ss.get("f_kinds") or ()),
    )


def publish(keys: tuple[str, ...] | list[str], extra: Mapping[str, str] | None = None) -> None:
    """Mirror these settings (and `extra`, e.g. the entity shown) in the query string; defaults are
    left out to keep links short."""
    wanted: dict[str, str | list[str]] = {}
    for key in ("lang", *keys):
        param, default = PERSISTENT[key]
        value = st.session_state.get(key, default)
        if value == default or value in (None, "", []):
            continue
        if key in LIST_KEYS:
            wanted[param] = [str(v) for v in value]
        else:
            wanted[param] = value.isoformat() if isinstance(value, date) else str(value)
    for k, v in (extra or {}).items():
        if v:
            wanted[k] = v
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normal = {k: (v if isinstance(v, list) else [v]) for k, v in wanted.items()}
    if current != normal:
        st.query_params.from_dict(wanted)


def store_error(e: StoreError) -> None:
    st.error(f"The store could not be used: {e}")


# --- network views --------------------------------------------------------------------------------


@st.cache_resource(show_spinner=False, max_entries=16)
def _capped(
    state: str,
    kind: str,
    filters: views.Filters,
    lang: str,
    focus: str,
    depth: int,
    minw: int,
    core: int,
    top: int,
    with_betweenness: bool,
) -> tuple[Any, nx.Graph] | None:
    """The view as shown: the network capped (cap_view) before anything is drawn, its metrics
    computed on the capped graph only (betweenness when asked for or on a small view)."""
    from graph import network as net

    G = _network(state, kind, filters, lang)
    if G.number_of_nodes() == 0:
        return None
    view = net.cap_view(
        G,
        focus=focus if focus in G else None,
        depth=depth,
        weight_at_least=minw,
        core=core or None,
        top_n=top,
        by="weighted_degree",
    )
    H = view.graph
    net.add_metrics(H, with_betweenness=with_betweenness or H.number_of_nodes() <= 300)
    return view, H


def _metrics_of(H: nx.Graph) -> pd.DataFrame:
    """The node metrics add_metrics wrote on the capped graph, as a table (not computed again)."""
    from graph.network import METRIC_COLUMNS

    rows = [{"node": n, **{c: attrs.get(c) for c in METRIC_COLUMNS[1:]}} for n, attrs in H.nodes(data=True)]
    df = pd.DataFrame(rows, columns=METRIC_COLUMNS)
    df["label"] = [lab if lab is not None else str(n) for n, lab in zip(df["node"], df["label"], strict=True)]
    return df


@st.cache_data(show_spinner=False, max_entries=32)
def _network_view(
    state: str,
    kind: str,
    filters: views.Filters,
    lang: str,
    focus: str,
    depth: int,
    minw: int,
    core: int,
    top: int,
    size_by: str,
    color_by: str,
) -> dict[str, Any]:
    from graph.network_view import render_html

    capped = _capped(state, kind, filters, lang, focus, depth, minw, core, top, size_by == "betweenness")
    if capped is None:
        return {"empty": True}
    view, H = capped
    caption = f"{views.NETWORK_KINDS[kind]} — {filters.describe(_labels(state, lang))} — {view.description}"
    html = render_html(H, size_by=size_by, color_by=color_by, height="640px", caption=caption)
    return {
        "empty": H.number_of_nodes() == 0,
        "html": html,
        "description": view.description,
        "capped": view.capped,
        "total_nodes": view.total_nodes,
        "shown_nodes": view.shown_nodes,
        "metrics": _metrics_of(H),
    }


def network_view(
    kind: str,
    filters: views.Filters,
    focus: str,
    depth: int,
    minw: int,
    core: int,
    top: int,
    size_by: str,
    color_by: str,
) -> dict[str, Any]:
    tables()
    return _network_view(token(), kind, filters, current_lang(), focus, depth, minw, core, top, size_by, color_by)


@st.cache_data(show_spinner=False, max_entries=16)
def _network_file(
    state: str,
    fmt: str,
    kind: str,
    filters: views.Filters,
    lang: str,
    focus: str,
    depth: int,
    minw: int,
    core: int,
    top: int,
    with_betweenness: bool,
) -> bytes:
    from graph.export import export_network

    capped = _capped(state, kind, filters, lang, focus, depth, minw, core, top, with_betweenness)
    return export_network(capped[1], fmt) if capped is not None else b""


def network_file(fmt: str, kind: str, filters: views.Filters, *settings: Any) -> Callable[[], bytes]:
    """The shown view as a GraphML or GEXF file, written when the download is clicked."""
    state, lang = token(), current_lang()
    return lambda: _network_file(state, fmt, kind, filters, lang, *settings)
