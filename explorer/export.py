"""Export: the whole graph, one release, or the releases reporting the filtered meetings, in
every format of the CLI (`diplograph export`): RDF formats from the store, network formats from
the network of the filtered meetings."""

import streamlit as st

from explorer import state, ui
from graph import network as net
from graph import views
from graph.export import export_network, known_formats

ui.setup()
st.title("Export")
formats = {f.name: f for f in known_formats()}
scope = st.radio("What", ["whole graph", "one release", "filtered meetings"], key="export_scope", horizontal=True)
release = None
f = views.Filters()
if scope == "one release":
    latest = state.cached(views.latest_releases)(10_000)
    options = dict(zip(latest["release"], latest["source"], strict=True))
    release = st.selectbox("Release", list(options), format_func=options.get, key="export_release")
elif scope == "filtered meetings":
    f = ui.filter_controls(where=st.container())
fmt_name = st.selectbox(
    "Format", list(formats), key="export_format", format_func=lambda n: f"{n} — {formats[n].description}"
)
fmt = formats[fmt_name]
kind = "person"
if fmt.kind == "network":
    kind = st.radio("Network", list(views.NETWORK_KINDS), format_func=views.NETWORK_KINDS.get, key="export_net")


@st.cache_data(show_spinner=False, max_entries=16)
def prepare(
    state_token: str, scope: str, release: str | None, f: views.Filters, fmt_name: str, kind: str, lang: str
) -> bytes:
    fmt = formats[fmt_name]
    store = state.store()
    if fmt.kind == "rdf":
        if scope == "whole graph":
            return store.dump(fmt.name)
        graphs = [release] if scope == "one release" and release else views.releases_for(state.tables(ui=False), f)
        return views.dump_graphs(store, graphs, fmt.name)
    G = state.network(kind, f)
    if fmt.name == "html":
        view = net.cap_view(G)
        net.add_metrics(view.graph)
        return export_network(view.graph, fmt, caption=view.description)
    return export_network(G, fmt)


if st.button("Prepare the file", type="primary", key="export_prepare"):
    with st.spinner("Writing…"):
        ss = st.session_state
        ss["export_bytes"] = prepare(state.token(), scope, release, f, fmt_name, kind, state.current_lang())
        ss["export_name"] = f"diplograph{'-' + release.rsplit('/', 1)[-1] if release else ''}.{fmt.extension}"
        ss["export_mime"] = fmt.media_type
data = st.session_state.get("export_bytes")
if data is not None:
    st.caption(f"{len(data):,} bytes")
    st.download_button(
        f"Download {st.session_state['export_name']}",
        data,
        file_name=st.session_state["export_name"],
        mime=st.session_state["export_mime"],
        key="export_download",
    )
state.publish(
    ("f_from", "f_to", "f_countries", "f_orgs", "f_topics", "f_kinds") if scope == "filtered meetings" else ()
)
