"""Network builders, filters and caps, metrics, colours, and the offline HTML view."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from html.parser import HTMLParser

import networkx as nx
import pandas as pd
import pytest

from graph import network as net
from graph import network_view as view
from graph.vocab import country_iri, meeting_iri, org_iri, person_iri

RUTTE, CIOLACU, ZELENSKY, SANDU = (
    person_iri(key) for key in ("mark-rutte", "marcel-ciolacu", "volodymyr-zelensky", "maia-sandu")
)
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>alert(1)</script>"
XSS_COMMENT = "<!--<script>alert(2)//"
LINE_SEPARATORS = "Ann\u2028Lee\u2029"
UNICODE_NAMES = ["Владимир Зеленский", "Κυριάκος Μητσοτάκης", "Mevlüt Çavuşoğlu", "Hakan Fıdan", "Ağrı Şahin"]


def co_attendance() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "a": RUTTE, "aLabel": "Mark Rutte", "aAffiliation": org_iri("NATO"),
                "b": CIOLACU, "bLabel": "Marcel Ciolacu", "bAffiliation": country_iri("RO"),
                "weight": 2, "meetings": "2024-11-18 Rutte – Ciolacu|2024-03-01 Bucharest talks",
            },
            {
                "a": RUTTE, "aLabel": "Mark Rutte", "aAffiliation": org_iri("NATO"),
                "b": ZELENSKY, "bLabel": "Volodymyr Zelensky", "bAffiliation": country_iri("UA"),
                "weight": 5, "meetings": ["2024-10-03 Kyiv visit"],
            },
            {
                "a": ZELENSKY, "aLabel": "Volodymyr Zelensky", "aAffiliation": "UA",
                "b": SANDU, "bLabel": None, "bAffiliation": float("nan"),
                "weight": 1, "meetings": None,
            },
        ]
    )  # fmt: skip


# --- builders -------------------------------------------------------------------------------------


def test_person_graph_nodes_and_edges():
    G = net.person_graph(co_attendance())
    assert G.number_of_nodes() == 4 and G.number_of_edges() == 3
    assert G.nodes[RUTTE] == {"label": "Mark Rutte", "kind": "person", "affiliation": "NATO"}
    assert G.nodes[CIOLACU]["affiliation"] == "RO"
    assert G.nodes[SANDU] == {"label": "maia-sandu", "kind": "person"}  # no label: end of the IRI
    edge = G.edges[RUTTE, CIOLACU]
    assert edge["weight"] == 2
    assert edge["meetings"] == ["2024-11-18 Rutte – Ciolacu", "2024-03-01 Bucharest talks"]  # latest first
    assert edge["meetings_total"] == 2
    assert G.edges[RUTTE, ZELENSKY]["meetings"] == ["2024-10-03 Kyiv visit"]
    assert G.edges[ZELENSKY, SANDU]["meetings"] == []


def test_rows_per_meeting_are_merged_in_either_order():
    m1, m2, m3 = (meeting_iri(k) for k in ("m1", "m2", "m3"))
    df = pd.DataFrame(
        {
            "a": [RUTTE, CIOLACU, RUTTE, RUTTE, RUTTE],
            "b": [CIOLACU, RUTTE, CIOLACU, RUTTE, ZELENSKY],
            "meeting": [m1, m2, m1, m3, m3],
            "meetingLabel": ["Talks", "Call", "Talks", "Self", None],
            "date": ["2024-01-05", "2024-02-07T00:00:00", "2024-01-05", "2024-03-01", "2024-03-01"],
        }
    )
    G = net.person_graph(df)
    assert not nx.number_of_selfloops(G)
    assert G.edges[RUTTE, CIOLACU]["weight"] == 2  # distinct meetings, not rows
    assert G.edges[RUTTE, CIOLACU]["meetings"] == ["2024-02-07 Call", "2024-01-05 Talks"]
    assert G.edges[RUTTE, ZELENSKY]["meetings"] == ["2024-03-01 m3"]


def test_query_shaped_rows_counts_and_names():
    """As queries/co_attendance.rq gives them: aName, bName, and `meetings` as a count."""
    df = pd.DataFrame(
        {"a": [RUTTE, CIOLACU], "aName": ["Mark Rutte", None], "b": [CIOLACU, ZELENSKY],
         "bName": ["Marcel Ciolacu", "Volodymyr Zelensky"], "meetings": [3, "2"]}
    )  # fmt: skip
    G = net.person_graph(df)
    assert G.nodes[RUTTE]["label"] == "Mark Rutte" and G.nodes[CIOLACU]["label"] == "Marcel Ciolacu"
    assert G.edges[RUTTE, CIOLACU] == {"weight": 3, "meetings": [], "meetings_total": 3}
    assert G.edges[CIOLACU, ZELENSKY]["weight"] == 2


def test_a_count_can_come_with_a_list():
    df = pd.DataFrame(
        {"a": [RUTTE], "b": [CIOLACU], "meetings": [4], "meetingList": ["2024-01-02 Talks|2024-03-04 Call"]}
    )
    edge = net.person_graph(df).edges[RUTTE, CIOLACU]
    assert edge == {"weight": 4, "meetings": ["2024-03-04 Call", "2024-01-02 Talks"], "meetings_total": 4}
    assert view.edge_tooltip("Rutte", "Ciolacu", edge).splitlines() == [
        "Rutte — Ciolacu", "4 meetings", "2024-03-04 Call", "2024-01-02 Talks", "… and 2 more",
    ]  # fmt: skip
    assert (
        view.edge_tooltip("A", "B", {"weight": 1, "meetings": [], "meetings_total": 1}) == "A — B\n1 meeting"
    )


def test_explicit_weights_are_summed():
    df = pd.DataFrame({"a": [RUTTE, CIOLACU], "b": [CIOLACU, RUTTE], "weight": [2, 3.0]})
    G = net.person_graph(df)
    assert G.edges[RUTTE, CIOLACU]["weight"] == 5 and isinstance(G.edges[RUTTE, CIOLACU]["weight"], int)


def test_meetings_behind_an_edge_are_capped():
    meetings = [f"2024-01-{day:02d} meeting {day}" for day in range(1, 31)]
    df = pd.DataFrame({"a": [RUTTE], "b": [CIOLACU], "meetings": ["|".join(meetings)]})
    G = net.person_graph(df, max_meetings=5)
    edge = G.edges[RUTTE, CIOLACU]
    assert edge["meetings"] == sorted(meetings, reverse=True)[:5]
    assert edge["meetings_total"] == 30 and edge["weight"] == 30


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match="missing column"):
        net.person_graph(pd.DataFrame({"a": [RUTTE]}))


def test_country_graph_kinds():
    df = pd.DataFrame(
        {
            "a": [country_iri("RO"), country_iri("RO")],
            "aLabel": ["Romania", "Romania"],
            "b": [org_iri("NATO"), country_iri("UA")],
            "bLabel": ["NATO", "Ukraine"],
            "weight": [4, 1],
        }
    )
    G = net.country_graph(df)
    assert G.nodes[country_iri("RO")] == {"label": "Romania", "kind": "country", "affiliation": "RO"}
    assert G.nodes[org_iri("NATO")]["kind"] == "organisation"
    assert G.edges[country_iri("RO"), org_iri("NATO")]["weight"] == 4


def test_person_meeting_graph_is_bipartite():
    m1, m2, m3 = (meeting_iri(k) for k in ("m1", "m2", "m3"))
    df = pd.DataFrame(
        {
            "person": [RUTTE, CIOLACU, RUTTE, RUTTE, CIOLACU],
            "personLabel": ["Mark Rutte", "Marcel Ciolacu", "Mark Rutte", "Mark Rutte", "Marcel Ciolacu"],
            "meeting": [m1, m1, m2, m3, m1],
            "meetingLabel": ["Rutte – Ciolacu", "Rutte – Ciolacu", "Summit", "Talks", "Rutte – Ciolacu"],
            "date": ["2024-11-18", "2024-11-18", "2024-07-10", "2023-05-01", "2024-11-18"],
            "affiliation": [org_iri("NATO"), "RO", org_iri("NATO"), country_iri("NL"), "RO"],
            "roleLabel": ["Secretary General", "Prime Minister", None, "Prime Minister", None],
            "kind": ["https://w3id.org/diplograph/id/kind/meeting", None, "conference", None, None],
            "place": ["Brussels", None, "Washington", None, None],
        }
    )
    G = net.person_meeting_graph(df)
    people = {n for n, part in G.nodes(data="bipartite") if part == 0}
    assert people == {RUTTE, CIOLACU}
    assert nx.bipartite.is_bipartite_node_set(G, people)
    assert G.nodes[RUTTE]["affiliation"] == "NATO"  # the affiliation he held at most meetings
    assert G.nodes[m1] == {
        "label": "Rutte – Ciolacu", "kind": "meeting", "bipartite": 1, "date": "2024-11-18",
        "meeting_kind": "meeting", "place": "Brussels",
    }  # fmt: skip
    assert G.nodes[m3] == {"label": "Talks", "kind": "meeting", "bipartite": 1, "date": "2023-05-01"}
    assert G.number_of_edges() == 4  # the duplicate row collapses
    edge = G.edges[RUTTE, m3]
    assert edge["affiliation"] == "NL" and edge["role"] == "Prime Minister"
    assert edge["meetings"] == ["2023-05-01 Talks"]


# --- filters and caps -----------------------------------------------------------------------------


def weighted_path(n: int) -> nx.Graph:
    G = nx.Graph()
    for i in range(n - 1):
        G.add_edge(i, i + 1, weight=i + 1)
    nx.set_node_attributes(G, {i: f"n{i}" for i in G}, "label")
    return G


def test_min_weight_keeps_heavy_edges_and_their_nodes():
    H = net.min_weight(weighted_path(6), 4)
    assert sorted(H.edges) == [(3, 4), (4, 5)]
    assert set(H) == {3, 4, 5}
    assert H.nodes[3]["label"] == "n3"


def test_top_nodes_by_degree_and_weight():
    star = nx.star_graph(5)
    nx.set_edge_attributes(star, 1, "weight")
    star.add_edge(10, 11, weight=50)
    assert set(net.top_nodes(star, 1, by="degree")) == {0}
    assert set(net.top_nodes(star, 2, by="weighted_degree")) == {10, 11}
    with pytest.raises(ValueError):
        net.top_nodes(star, 2, by="size")


def test_k_core():
    G = nx.complete_graph(4)
    G.add_edges_from([(3, 4), (4, 5), (5, 5)])
    assert set(net.k_core(G, 3)) == {0, 1, 2, 3}
    assert set(net.k_core(G, 2)) == {0, 1, 2, 3}
    assert set(net.k_core(G, 1)) == {0, 1, 2, 3, 4, 5}


def test_ego_depths():
    G = weighted_path(7)
    assert set(net.ego(G, 3, 1)) == {2, 3, 4}
    assert set(net.ego(G, 3, 2)) == {1, 2, 3, 4, 5}
    with pytest.raises(ValueError):
        net.ego(G, 3, 3)
    with pytest.raises(ValueError, match="not in the graph"):
        net.ego(G, 99)


def test_heaviest_edges_keep_all_nodes():
    H = net.heaviest_edges(weighted_path(6), 2)
    assert sorted(H.edges) == [(3, 4), (4, 5)] and H.number_of_nodes() == 6


def random_graph(n: int, m: int, seed: int = 7) -> nx.Graph:
    G = nx.gnm_random_graph(n, m, seed=seed)
    rng = random.Random(seed)
    for a, b in G.edges:
        G.edges[a, b]["weight"] = rng.randint(1, 6)
    nx.set_node_attributes(G, {i: f"person {i}" for i in G}, "label")
    return G


def test_cap_view_enforces_the_caps_and_says_so():
    G = random_graph(600, 20000)
    capped = net.cap_view(G, max_nodes=300, max_edges=1000)
    assert capped.shown_nodes == 300 and capped.shown_edges == 1000
    assert capped.capped
    assert capped.description == (
        "showing 300 of 600 nodes, 1,000 of 20,000 edges "
        "(capped at the top 300 by weighted degree; capped at the heaviest 1,000 edges)"
    )
    assert G.number_of_nodes() == 600  # the input is left alone


def test_cap_view_applies_the_user_filters_in_order():
    G = random_graph(400, 2000)
    capped = net.cap_view(G, focus=5, depth=2, weight_at_least=2, core=2, top_n=50, by="degree")
    H = capped.graph
    assert H.number_of_nodes() <= 50
    assert all(w >= 2 for _, _, w in H.edges(data="weight"))
    assert set(H) <= set(nx.ego_graph(G, 5, radius=2))
    assert "within 2 steps of person 5" in capped.description
    assert "edges of weight ≥ 2" in capped.description and "2-core" in capped.description
    assert "top 50 by degree" in capped.description


def test_cap_view_of_a_small_graph_shows_everything():
    capped = net.cap_view(weighted_path(4))
    assert not capped.capped
    assert capped.description == "showing all 4 nodes and 3 edges"


def test_rendering_refuses_more_than_the_cap():
    G = random_graph(100, 400)
    with pytest.raises(net.GraphTooLarge, match="cap_view"):
        view.render_html(G, max_nodes=50)
    with pytest.raises(net.GraphTooLarge):
        view.render_html(G, max_edges=399)


# --- metrics and colours --------------------------------------------------------------------------


def two_cliques() -> nx.Graph:
    G = nx.Graph()
    G.add_weighted_edges_from((a, b, 3) for a in "abcde" for b in "abcde" if a < b)
    G.add_weighted_edges_from((a, b, 3) for a in "vwxy" for b in "vwxy" if a < b)
    G.add_edge("e", "v", weight=1)
    return G


def test_degree_and_weighted_degree():
    table = net.node_metrics(two_cliques())
    assert table.loc["e", "degree"] == 5 and table.loc["e", "weighted_degree"] == 13
    assert table.loc["a", "degree"] == 4 and table.loc["a", "weighted_degree"] == 12
    assert list(table.columns) == net.METRIC_COLUMNS[1:]


def test_betweenness_exact_then_sampled():
    path = nx.path_graph(3)
    assert net.betweenness(path) == {0: 0.0, 1: 1.0, 2: 0.0}
    G = random_graph(120, 400)
    sampled = net.betweenness(G, exact_below=100, k=20)
    assert set(sampled) == set(G)
    assert sampled == net.betweenness(G, exact_below=100, k=20)  # seeded


def test_communities_are_found_numbered_and_deterministic():
    groups = net.communities(two_cliques())
    assert {n for n, c in groups.items() if c == 0} == set("abcde")  # largest first
    assert {n for n, c in groups.items() if c == 1} == set("vwxy")
    G = random_graph(300, 1500)
    reference = net.communities(G)
    shuffled = nx.Graph()
    nodes, edges = list(G.nodes(data=True)), list(G.edges(data=True))
    random.Random(1).shuffle(nodes)
    random.Random(2).shuffle(edges)
    shuffled.add_nodes_from(nodes)
    shuffled.add_edges_from((b, a, d) for a, b, d in edges)
    assert net.communities(shuffled) == reference


def test_add_metrics_writes_node_attributes():
    G = net.add_metrics(two_cliques())
    assert G.nodes["e"]["degree"] == 5 and G.nodes["e"]["weighted_degree"] == 13
    assert G.nodes["a"]["community"] == 0
    assert G.nodes["e"]["betweenness"] > G.nodes["a"]["betweenness"]


def test_colours_are_stable():
    assert net.color_for(0) == net.PALETTE[0] and net.color_for(21) == net.PALETTE[1]
    assert net.color_for("RO") == net.color_for("RO") and net.color_for("RO") in net.PALETTE
    assert net.color_for(None) == net.NO_COLOR
    G = net.person_graph(co_attendance())
    by_affiliation = net.node_colors(G, "affiliation")
    assert by_affiliation[RUTTE] == net.color_for("NATO") and by_affiliation[SANDU] == net.NO_COLOR
    by_community = net.node_colors(two_cliques(), "community")
    assert by_community["a"] == net.PALETTE[0] and by_community["v"] == net.PALETTE[1]
    assert net.node_colors(G, "kind")[RUTTE] == net.KIND_COLORS["person"]
    with pytest.raises(ValueError):
        net.node_colors(G, "shoe size")


def test_sizes_grow_with_the_metric():
    sizes = net.node_sizes(two_cliques(), "weighted_degree", smallest=10, largest=30)
    assert sizes["e"] == 30 and 10 <= sizes["a"] < sizes["e"]
    by_betweenness = net.node_sizes(two_cliques(), "betweenness")
    assert by_betweenness["a"] == 8 and max(by_betweenness.values()) == 40 == by_betweenness["e"]


# --- the HTML view --------------------------------------------------------------------------------


class PageParser(HTMLParser):
    """Collects start tags (with attributes), the text of each <script>, <style> and <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self.title = ""
        self._open: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style", "title"):
            self._open, self._text = tag, []

    def handle_data(self, data):
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == self._open:
            text = "".join(self._text)
            if tag == "script":
                self.scripts.append((dict(self.tags[-1][1]) if self.tags[-1][0] == "script" else {}, text))
            elif tag == "style":
                self.styles.append(text)
            else:
                self.title = text
            self._open = None


def parse_page(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def page_data(page: str) -> dict:
    (data,) = [text for attrs, text in parse_page(page).scripts if attrs.get("type") == "application/json"]
    return json.loads(data)


def hostile_graph() -> nx.Graph:
    G = nx.Graph()
    names = [XSS_IMG, XSS_SCRIPT, XSS_COMMENT, LINE_SEPARATORS, "Quote \" and ' & amp"]
    for i, name in enumerate(names):
        G.add_node(f"p{i}", label=name, kind="person", affiliation=f"<b>{i}</b>")
    for i in range(len(names) - 1):
        G.add_edge(f"p{i}", f"p{i + 1}", weight=i + 1, meetings=[f"2024-01-0{i + 1} {XSS_SCRIPT}", XSS_IMG])
    return G


def test_page_is_offline():
    page = view.render_html(random_graph(50, 120))
    parsed = parse_page(page)
    assert [tag for tag, attrs in parsed.tags if "src" in attrs or "href" in attrs] == []
    assert not any(tag == "link" for tag, _ in parsed.tags)
    for style in parsed.styles:
        assert "@import" not in style and "url(http" not in style.replace(" ", "").replace('"', "")
    vis_js, vis_css = view.vis_assets()
    assert "@version 9.1.2" in vis_js and vis_js in page and vis_css in page
    assert "vis.Network" in page
    policy = next(attrs["content"] for tag, attrs in parsed.tags if attrs.get("http-equiv"))
    assert "default-src 'none'" in policy


def test_csp_hashes_match_the_scripts():
    import base64
    import hashlib

    page = view.render_html(random_graph(10, 20))
    parsed = parse_page(page)
    policy = next(attrs["content"] for tag, attrs in parsed.tags if attrs.get("http-equiv"))
    for attrs, text in parsed.scripts:
        if attrs.get("type") == "application/json":
            continue
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_hostile_text_stays_text():
    G = hostile_graph()
    caption = f"view of {XSS_IMG}"
    page = view.render_html(G, caption=caption, color_by="affiliation")
    ours = page.replace(view.vis_assets()[0], "")  # the library itself has "<b>" in its code
    for payload in (XSS_IMG, XSS_SCRIPT, XSS_COMMENT, "<b>", "\u2028", "\u2029", "onerror=alert(1)>"):
        assert payload not in ours
    assert XSS_IMG not in page and XSS_SCRIPT not in page
    parsed = parse_page(page)
    assert {tag for tag, _ in parsed.tags} == {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "p",
        "div",
        "script",
    }
    assert len(parsed.scripts) == 3  # data, vis-network, ours
    assert parsed.title == caption  # escaped in the markup, the same text once parsed
    data = page_data(page)
    labels = {node["id"]: node for node in data["nodes"]}
    for i, name in enumerate([XSS_IMG, XSS_SCRIPT, XSS_COMMENT, LINE_SEPARATORS]):
        assert labels[f"p{i}"]["label"] == name
        assert labels[f"p{i}"]["title"].startswith(name + "\n")
        assert f"<b>{i}</b>" in labels[f"p{i}"]["title"]
    tooltip = data["edges"][0]["title"]
    assert tooltip.splitlines() == [
        f"{XSS_IMG} — {XSS_SCRIPT}",
        "2 meetings · weight 1",
        f"2024-01-01 {XSS_SCRIPT}",
        XSS_IMG,
    ]


def test_script_json_escapes_what_could_end_the_script():
    value = {"x": "</script><!--\u2028\u2029&'\"", "y": "Ж\ud800"}
    text = view.script_json(value)
    for raw in ("<", ">", "&", "\u2028", "\u2029", "\ud800"):
        assert raw not in text
    assert json.loads(text) == value
    assert "Ж" in text  # non-ASCII is kept as is


def test_names_in_any_script_survive():
    G = nx.Graph()
    G.add_nodes_from((name, {"label": name, "kind": "person"}) for name in UNICODE_NAMES)
    G.add_edges_from(
        zip(UNICODE_NAMES, UNICODE_NAMES[1:], strict=False), weight=1, meetings=["2024-05-01 Ankara"]
    )
    page = view.render_html(G)
    assert page.index('<meta charset="utf-8">') < page.index("<title>")
    for name in UNICODE_NAMES:
        assert name in page  # written as UTF-8, not as \\u escapes
    assert [n["label"] for n in page_data(page)["nodes"]] == UNICODE_NAMES
    page.encode("utf-8")


def test_a_large_view_renders_with_every_edge():
    G = random_graph(2000, 20000)
    page = view.render_html(G, max_nodes=2000, max_edges=20000)
    data = page_data(page)
    assert len(data["edges"]) == 20000 and len(data["nodes"]) == 2000
    assert data["options"]["edges"]["smooth"] is False  # straight edges are cheaper to draw
    assert data["options"]["layout"]["improvedLayout"] is False


def test_physics_is_bounded_and_optional():
    G = random_graph(30, 60)
    physics = page_data(view.render_html(G, stabilization_iterations=80))["options"]["physics"]
    assert physics["enabled"] is True and physics["stabilization"]["iterations"] == 80
    assert page_data(view.render_html(G, physics=None))["options"]["physics"] == {"enabled": False}
    forced = view.render_html(G, physics="forceAtlas2Based", physics_options={"springLength": 50})
    assert page_data(forced)["options"]["physics"]["forceAtlas2Based"]["springLength"] == 50
    with pytest.raises(ValueError):
        view.render_html(G, physics="gravity")


def test_height_must_be_a_css_length():
    G = random_graph(5, 5)
    assert 'style="height: 80vh"' in view.render_html(G, height="80vh")
    with pytest.raises(ValueError):
        view.render_html(G, height="1px;background:url(x)")


def test_to_pyvis_fills_the_network_lists():
    G = net.person_graph(co_attendance())
    pv = view.to_pyvis(G, color_by="affiliation")
    assert len(pv.nodes) == 4 and len(pv.edges) == 3
    assert {e["from"] for e in pv.edges} | {e["to"] for e in pv.edges} == set(G)
    rutte = next(n for n in pv.nodes if n["id"] == RUTTE)
    assert rutte["color"] == net.color_for("NATO")


# The page's own script, run in node against stand-ins for the DOM and vis-network.
SHIM = r"""
const handlers = {}, once = {}, calls = [], posted = [];
function element(id) { return { id: id, style: {}, textContent: "", className: "" }; }
const elements = { "dg-network": element("dg-network"), "dg-loading": element("dg-loading"),
                   "dg-data": element("dg-data") };
elements["dg-data"].textContent = __DATA__;
globalThis.document = { getElementById: (id) => elements[id], createElement: (tag) => ({ tag: tag }) };
globalThis.window = { parent: { postMessage: (message, origin) => posted.push([message, origin]) } };
let given = null;
globalThis.vis = {
  DataSet: function (items) { this.items = items; },
  Network: function (container, data, options) {
    given = data;
    this.on = (name, f) => { handlers[name] = f; };
    this.once = (name, f) => { once[name] = f; };
    this.setOptions = (o) => calls.push(o);
  },
};
"""


REPORT = r"""
console.log(JSON.stringify({
  calls: calls, posted: posted, handlers: Object.keys(handlers).concat(Object.keys(once)).sort(),
  loading: elements["dg-loading"].style.display, tip: given.nodes.items.length && given.nodes.items[0].title,
}));
"""


def run_page_script(page: str, events: str, tmp_path) -> dict:
    """Runs the page's own script in node, fires `events` (JS) at it, returns what it did."""
    scripts = parse_page(page).scripts
    data_text = next(text for attrs, text in scripts if attrs.get("type") == "application/json")
    runner = tmp_path / "run.js"
    runner.write_text(
        SHIM.replace("__DATA__", json.dumps(data_text)) + scripts[-1][1] + events + REPORT, encoding="utf-8"
    )
    done = subprocess.run(["node", str(runner)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="needs node")


@needs_node
def test_page_script_stops_physics_and_posts_clicks(tmp_path):
    events = """
once["stabilizationIterationsDone"]();
once["stabilized"]();  // a second signal changes nothing
handlers["click"]({ nodes: ["p1"] });
handlers["click"]({ nodes: [] });
"""
    out = run_page_script(view.render_html(hostile_graph()), events, tmp_path)
    assert out["calls"] == [{"physics": {"enabled": False}}]
    assert out["posted"] == [[{"type": "diplograph:node", "id": "p1"}, "*"]]
    assert out["loading"] == "none"
    assert out["tip"]["tag"] == "div" and out["tip"]["textContent"].startswith(XSS_IMG)


@needs_node
def test_page_script_without_physics_or_nodes_settles_at_once(tmp_path):
    still = run_page_script(view.render_html(hostile_graph(), physics=None, post_clicks=False), "", tmp_path)
    empty = run_page_script(view.render_html(nx.Graph()), "", tmp_path)
    for out in (still, empty):
        assert out["calls"] == [{"physics": {"enabled": False}}]
        assert "stabilizationIterationsDone" not in out["handlers"]
    assert "click" not in still["handlers"] and "click" in empty["handlers"]
