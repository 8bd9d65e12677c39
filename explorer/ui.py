"""What every page shares: its setup (state, language switch), links between pages, the filter
controls of the network, map and export pages. Presentation only: the data comes from graph/."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from urllib.parse import quote

import pandas as pd
import streamlit as st

from explorer import state
from graph import views

PAGES = {
    "overview": "explorer/overview.py",
    "network": "explorer/network.py",
    "map": "explorer/map.py",
    "person": "explorer/person.py",
    "party": "explorer/party.py",
    "meeting": "explorer/meeting.py",
    "release": "explorer/release.py",
    "sparql": "explorer/sparql.py",
    "ingest": "explorer/ingest.py",
    "export": "explorer/export.py",
}
PAGE_OF_KIND = {
    "person": "person",
    "country": "party",
    "organisation": "party",
    "meeting": "meeting",
    "release": "release",
}


def setup() -> None:
    """First thing on every page: session state, then the sidebar (language, store)."""
    state.init_state()
    with st.sidebar:
        st.radio(
            "Labels",
            list(state.LANG_LABELS),
            key="lang",
            format_func=state.LANG_LABELS.get,
            horizontal=True,
            help="Labels of countries, organisations, topics, roles and kinds",
        )


def page_of(iri: str | None) -> str | None:
    """The page key showing this IRI (person, party, meeting, release), or None."""
    kind = views.entity_kind(iri or "")
    return PAGE_OF_KIND.get(kind) if kind else None


def url_of(iri: str | None) -> str | None:
    """A relative link to the page of an IRI: 'person?id=...'."""
    page = page_of(iri)
    if page is None or iri is None:
        return None
    extra = f"&lang={state.current_lang()}" if state.current_lang() != "en" else ""
    return f"{page}?id={quote(iri, safe='')}{extra}"


def open_entity(iri: str, **extra: str) -> None:
    """Go to the page of an IRI (a Streamlit page switch keeps the session)."""
    page = page_of(iri)
    if page is None:
        st.warning("That item has no page of its own.")
        return
    params = {"id": iri, **extra}
    if state.current_lang() != "en":
        params["lang"] = state.current_lang()
    st.switch_page(PAGES[page], query_params=params)


def link(iri: str, label: str, **extra: str) -> None:
    """A link to an entity's page (the label is plain text: Streamlit escapes it)."""
    page = page_of(iri)
    if page is None:
        st.write(label)
        return
    params = {"id": iri, **extra}
    if state.current_lang() != "en":
        params["lang"] = state.current_lang()
    st.page_link(PAGES[page], label=label or iri, query_params=params)


def with_links(df: pd.DataFrame, columns: Sequence[str]) -> tuple[pd.DataFrame, dict]:
    """The table with each IRI column turned into a link to its page (shown as 'open'), and the
    column configuration for st.dataframe."""
    out = df.copy()
    config = {}
    for col in columns:
        if col in out.columns:
            out[col] = [url_of(v) if isinstance(v, str) else None for v in out[col]]
            config[col] = st.column_config.LinkColumn(col, display_text="open ↗", width="small")
    return out, config


def table(
    df: pd.DataFrame,
    links: Sequence[str] = (),
    *,
    key: str | None = None,
    height: int | str = "auto",
    select_to: str | None = None,
) -> None:
    """A table; IRI columns in `links` become links. With `select_to` (an IRI column), selecting a
    row opens that row's page."""
    shown, config = with_links(df, links)
    if select_to is None:
        st.dataframe(shown, hide_index=True, column_config=config, height=height, key=key)
        return
    event = st.dataframe(
        shown,
        hide_index=True,
        column_config=config,
        height=height,
        key=key,
        on_select="rerun",
        selection_mode="single-row",
    )
    rows = event.selection.rows if event is not None else []
    if rows:
        iri = df.iloc[rows[0]][select_to]
        if isinstance(iri, str):
            open_entity(iri)


def choose_entity(label: str, options: dict[str, str], *, key: str, current: str | None) -> str | None:
    """A select box of entities (IRI -> label); returns the chosen IRI."""
    iris = list(options)
    if current and current not in options:
        iris.insert(0, current)
    index = iris.index(current) if current in iris else None
    return st.selectbox(
        label, iris, index=index, key=key, format_func=lambda i: options.get(i, i), placeholder="Type to search…"
    )


def filter_controls(*, where=None) -> views.Filters:
    """Date range, countries, organisations, topics, kinds: shared by Network, Map and Export."""
    box = where or st.sidebar
    labels = state.labels()
    with box:
        st.markdown("**Filter meetings**")
        c1, c2 = st.columns(2)
        c1.date_input(
            "From",
            key="f_from",
            min_value=date(1945, 1, 1),
            max_value=date(2100, 12, 31),
            format="YYYY-MM-DD",
        )
        c2.date_input(
            "To",
            key="f_to",
            min_value=date(1945, 1, 1),
            max_value=date(2100, 12, 31),
            format="YYYY-MM-DD",
        )
        countries = {i: text for i, text in labels.items() if views.entity_kind(i) == "country"}
        orgs = {i: text for i, text in labels.items() if views.entity_kind(i) == "organisation"}
        topics = {i: text for i, text in labels.items() if "/id/topic/" in i and not i.endswith("/scheme")}
        kinds = {i: text for i, text in labels.items() if "/id/kind/" in i and not i.endswith("/scheme")}
        for key, name, options in (
            ("f_countries", "Countries", countries),
            ("f_orgs", "Organisations", orgs),
            ("f_topics", "Topics", topics),
            ("f_kinds", "Meeting kinds", kinds),
        ):
            _keep_known(key, options)
            st.multiselect(
                name,
                sorted(options, key=lambda i, o=options: o[i].casefold()),
                key=key,
                format_func=lambda i, o=options: o.get(i, i),
                placeholder="any",
            )
    return state.filters()


def _keep_known(key: str, options: dict[str, str]) -> None:
    value = st.session_state.get(key) or []
    known = [v for v in value if v in options]
    if known != value:
        st.session_state[key] = known


def escape(text: object) -> str:
    return html.escape("" if text is None else str(text))


def highlight_css() -> None:
    st.markdown(
        "<style>.dg-text{line-height:1.6;font-size:0.95rem;max-height:32rem;overflow-y:auto;"
        "padding:0.5rem 0.75rem;border:1px solid rgba(128,128,128,0.3);border-radius:0.4rem}"
        ".dg-text mark{background:#fff1a8;padding:0 1px}"
        ".dg-text mark.dg-focus{background:#ffc46b;outline:1px solid #e69500}</style>",
        unsafe_allow_html=True,
    )


def release_text(text_html: str) -> None:
    """Show highlighted release text built by views.highlight_html (which escapes every character)."""
    highlight_css()
    st.markdown(f'<div class="dg-text">{text_html}</div>', unsafe_allow_html=True)
