"""Network: people who met, countries and organisations that met, or people and their meetings,
over the filtered meetings; capped for the browser (the cap is shown), sized and coloured by
metrics; a click on a node (or the select box) opens its page; downloads as HTML, GraphML, GEXF."""

from datetime import date, timedelta

import streamlit as st

from explorer import state, ui
from explorer.graph_view import network_view
from graph import views
from graph.network import MAX_NODES

LARGE = 20_000  # meetings: above this the page opens on the latest 12 months

ui.setup()
st.title("Network")

ss = st.session_state
if not ss.get("_net_defaults"):
    ss["_net_defaults"] = True
    counts = state.cached(views.overview_counts)()
    no_dates = ss.get("f_from") is None and ss.get("f_to") is None and "from" not in st.query_params
    if counts.get("meetings", 0) > LARGE and no_dates:
        months = state.cached(views.meetings_per_month)()
        if not months.empty:
            last = date.fromisoformat(str(months["month"].iloc[-1]) + "-01")
            ss["f_from"] = (last.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=365)
            ss["_net_window_note"] = True

f = ui.filter_controls()
with st.sidebar:
    st.markdown("**View**")
    st.radio("Network", list(views.NETWORK_KINDS), key="net_kind", format_func=views.NETWORK_KINDS.get)
    st.number_input("Minimum edge weight (meetings)", min_value=1, max_value=1000, step=1, key="net_minw")
    st.slider("Top nodes (by weighted degree)", min_value=10, max_value=MAX_NODES, step=10, key="net_top")
    st.number_input("k-core (0: off)", min_value=0, max_value=50, step=1, key="net_core")
    st.selectbox(
        "Node size",
        ["degree", "weighted_degree", "betweenness"],
        key="net_size",
        format_func=lambda s: s.replace("_", " "),
    )
    st.selectbox("Node colour", ["community", "affiliation", "kind"], key="net_color")

if ss.get("_net_window_note"):
    st.info("Large graph: the view opens on the latest 12 months. Change the dates in the sidebar to widen it.")

kind = ss["net_kind"]
with st.spinner("Building the network…"):
    G = state.network(kind, f)
if G.number_of_nodes() == 0:
    st.warning("No meeting matches these filters.")
    state.publish(("f_from", "f_to", "f_countries", "f_orgs", "f_topics", "f_kinds", "net_kind"))
    st.stop()

labels = {n: a.get("label", n) for n, a in G.nodes(data=True)}
focus_options = [""] + [n for n, _ in sorted(G.degree(weight="weight"), key=lambda x: (-x[1], str(x[0])))[:2000]]
if ss.get("net_focus") and ss["net_focus"] not in focus_options:
    if ss["net_focus"] in G:
        focus_options.insert(1, ss["net_focus"])
    else:
        ss["net_focus"] = ""
c1, c2 = st.columns([3, 1])
c1.selectbox(
    "Ego network of", focus_options, key="net_focus", format_func=lambda n: labels.get(n, n) if n else "— everyone —"
)
c2.radio("Depth", [1, 2], key="net_depth", horizontal=True)

with st.spinner("Laying out the view…"):
    data = state.network_view(
        kind,
        f,
        ss["net_focus"],
        ss["net_depth"],
        ss["net_minw"],
        ss["net_core"],
        ss["net_top"],
        ss["net_size"],
        ss["net_color"],
    )
if data.get("empty"):
    st.warning("Nothing left to show with these settings (lower the minimum weight or the k-core).")
else:
    if data["capped"]:
        st.info(f"Cap: {data['description']}.")
    else:
        st.caption(data["description"].capitalize())
    clicked = network_view(data["html"], height=680, key=f"net_{kind}")
    if clicked and clicked.get("at") != ss.get("_handled_click"):
        ss["_handled_click"] = clicked.get("at")
        if ui.page_of(clicked.get("id")):
            ui.open_entity(clicked["id"])

    metrics = data["metrics"]
    ranked = metrics.sort_values(["weighted_degree", "label"], ascending=[False, True])
    pick = st.selectbox(
        "Open a node's page",
        list(ranked["node"]),
        index=None,
        key="net_open",
        format_func=lambda n: labels.get(n, n),
        placeholder="Choose a node…",
    )
    if pick:
        ui.open_entity(pick)
    d1, d2, d3 = st.columns(3)
    d1.download_button(
        "Download HTML (works offline)", data["html"], file_name=f"diplograph-{kind}.html", mime="text/html"
    )
    settings = (ss["net_focus"], ss["net_depth"], ss["net_minw"], ss["net_core"], ss["net_top"])
    betweenness = ss["net_size"] == "betweenness"
    d2.download_button(  # written on click: the page does not wait for files nobody asked for
        "Download GraphML",
        state.network_file("graphml", kind, f, *settings, betweenness),
        file_name=f"diplograph-{kind}.graphml",
        mime="application/graphml+xml",
    )
    d3.download_button(
        "Download GEXF (Gephi)",
        state.network_file("gexf", kind, f, *settings, betweenness),
        file_name=f"diplograph-{kind}.gexf",
        mime="application/gexf+xml",
    )
    with st.expander("Nodes of the view, with their metrics"):
        ui.table(
            ranked[
                [
                    c
                    for c in (
                        "label",
                        "kind",
                        "affiliation",
                        "degree",
                        "weighted_degree",
                        "betweenness",
                        "community",
                        "node",
                    )
                    if c in ranked.columns
                ]
            ],
            links=["node"],
            key="net_nodes",
        )
state.publish(
    (
        "f_from",
        "f_to",
        "f_countries",
        "f_orgs",
        "f_topics",
        "f_kinds",
        "net_kind",
        "net_minw",
        "net_top",
        "net_core",
        "net_focus",
        "net_depth",
        "net_size",
        "net_color",
    )
)
