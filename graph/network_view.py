"""An interactive, self-contained HTML view of a network (vis-network, through pyvis).

- Offline: vis-network's JS and CSS are inlined from the pyvis package; the page loads nothing
  (pyvis's own template links a CSS framework from a CDN, so it is not used) and a
  Content-Security-Policy forbids any fetch.
- Fast: node and edge dicts are appended to `net.nodes` / `net.edges` (pyvis `add_edge` is
  quadratic in edges).
- Settles, then stops: physics runs a bounded number of stabilisation iterations and is switched
  off when they are done, so a view of a few thousand nodes stays interactive.
- Safe with hostile text: release text only reaches the page as JSON in a
  `<script type="application/json">` block with `<`, `>`, `&`, U+2028/2029 escaped; labels are
  drawn on a canvas; tooltips are DOM elements filled through `textContent`, never parsed as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from graph.network import (
    MAX_EDGES,
    MAX_NODES,
    SEED,
    color_for,
    communities,
    ensure_renderable,
    node_colors,
    node_sizes,
)

VIS_VERSION = "9.1.2"
LABEL_CHARS = 40  # longer labels are cut on the canvas (the tooltip has the full text)
PHYSICS = {
    "barnesHut": {
        "gravitationalConstant": -6000,
        "centralGravity": 0.3,
        "springLength": 120,
        "springConstant": 0.04,
        "damping": 0.3,
        "avoidOverlap": 0.1,
    },
    "forceAtlas2Based": {
        "gravitationalConstant": -60,
        "centralGravity": 0.01,
        "springLength": 100,
        "springConstant": 0.08,
        "damping": 0.4,
    },
    "repulsion": {"nodeDistance": 120, "springLength": 120, "damping": 0.3},
}
NODE_MESSAGE = "diplograph:node"  # type of the message posted to the parent window on a click

_CSS_LENGTH = re.compile(r"^\d+(\.\d+)?(px|%|vh|em|rem)$")
_SCRIPT_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")


# --- vis-network from the pyvis package -----------------------------------------------------------


@cache
def vis_assets() -> tuple[str, str]:
    """(JS, CSS) of the vis-network shipped inside pyvis, made safe to inline."""
    import pyvis

    folder = Path(pyvis.__file__).parent / "lib" / f"vis-{VIS_VERSION}"
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    return _inline_safe(js, "script"), _inline_safe(css, "style")


def _inline_safe(text: str, tag: str) -> str:
    # The HTML parser turns CR LF into LF before the CSP hash is taken: do it first.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Inside <script>/<style> only "</tag" and "<!--" are special; "<\/" means the same in JS/CSS.
    text = re.sub(f"</(?={tag})", r"<\\/", text, flags=re.IGNORECASE)
    return text.replace("<!--", "<\\!--")


def script_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: nothing in it can close the element, open a
    comment, or end a JS line; non-ASCII text stays as it is (the page is UTF-8)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if _SURROGATE.search(text):  # lone halves of a pair cannot be written as UTF-8
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    for char, escape in _SCRIPT_ESCAPES:  # str.replace: ~10x faster than str.translate here
        text = text.replace(char, escape)
    return text


# --- nodes and edges ------------------------------------------------------------------------------


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _number_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3g}" if not value.is_integer() else f"{int(value):,}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def node_tooltip(node: Any, attrs: dict[str, Any], facts: dict[str, Any] | None = None) -> str:
    """Plain text; the page turns it into a DOM element with textContent."""
    facts = {**attrs, **(facts or {})}
    lines = [str(attrs.get("label", node))]
    described = ("kind", "meeting_kind", "affiliation", "date", "place")
    lines.append(" · ".join(str(attrs[key]) for key in described if attrs.get(key)))
    lines.append(
        " · ".join(
            f"{name} {_number_text(facts[key])}"
            for key, name in (
                ("degree", "links"),
                ("weighted_degree", "weighted"),
                ("community", "community"),
                ("betweenness", "betweenness"),
            )
            if facts.get(key) is not None and not (isinstance(facts[key], float) and math.isnan(facts[key]))
        )
    )
    return "\n".join(line for line in lines if line)


def edge_tooltip(a_label: str, b_label: str, attrs: dict[str, Any]) -> str:
    """ "A — B", how many meetings (and the weight if it is something else), the meetings listed."""
    meetings = [str(m) for m in attrs.get("meetings") or []]
    total = max(int(attrs.get("meetings_total") or 0), len(meetings))
    weight = attrs.get("weight", 1)
    summary = [f"{total:,} meeting{'' if total == 1 else 's'}"] if total else []
    if weight != total:
        summary.append(f"weight {_number_text(weight)}")
    lines = [f"{a_label} — {b_label}", " · ".join(summary), *meetings]
    if meetings and total > len(meetings):
        lines.append(f"… and {total - len(meetings):,} more")
    return "\n".join(lines)


def _edge_width(weight: float) -> float:
    return round(1 + min(9.0, 1.5 * math.log2(max(weight, 1))), 2)


def to_pyvis(
    G: nx.Graph,
    *,
    size_by: str | None = "weighted_degree",
    color_by: str | None = "community",
    height: str = "700px",
    seed: int = SEED,
    max_nodes: int = MAX_NODES,
    max_edges: int = MAX_EDGES,
) -> Network:
    """A pyvis Network holding G's nodes and edges as vis-network dicts (label, title, size,
    colour), built by appending to `net.nodes` / `net.edges`. Refuses graphs over the cap."""
    ensure_renderable(G, max_nodes, max_edges)
    degree = dict(G.degree())
    weighted = dict(G.degree(weight="weight"))
    groups = nx.get_node_attributes(G, "community")
    if color_by == "community" and len(groups) < G.number_of_nodes():
        groups = communities(G, seed=seed)
    if color_by == "community":
        colors = {node: color_for(groups.get(node)) for node in G}
    else:
        colors = node_colors(G, color_by, seed=seed)
    sizes = node_sizes(G, size_by)
    net = Network(height=_css_length(height), width="100%", directed=G.is_directed())
    ids = {node: str(node) for node in G}
    labels = {node: str(attrs.get("label", node)) for node, attrs in G.nodes(data=True)}
    net.nodes = [
        {
            "id": ids[node],
            "label": _short(labels[node]),
            "title": node_tooltip(
                node,
                attrs,
                {"degree": degree[node], "weighted_degree": weighted[node], "community": groups.get(node)},
            ),
            "color": colors[node],
            "size": sizes[node],
            "kind": attrs.get("kind", "other"),
        }
        for node, attrs in G.nodes(data=True)
    ]
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.edges = [
        {
            "from": ids[a],
            "to": ids[b],
            "width": _edge_width(float(attrs.get("weight", 1))),
            "title": edge_tooltip(labels[a], labels[b], attrs),
        }
        for a, b, attrs in G.edges(data=True)
    ]
    return net


# --- the page -------------------------------------------------------------------------------------


def _css_length(value: str | int) -> str:
    text = f"{value}px" if isinstance(value, int) else str(value).strip()
    if not _CSS_LENGTH.match(text):
        raise ValueError(f"height must be a CSS length such as '700px' or '80vh', not {value!r}")
    return text


def vis_options(
    n_nodes: int,
    n_edges: int,
    *,
    physics: str | None = "barnesHut",
    stabilization_iterations: int = 250,
    physics_options: dict[str, Any] | None = None,
    seed: int = SEED,
) -> dict[str, Any]:
    """vis-network options: bounded stabilisation, lighter drawing for large views."""
    if physics is not None and physics not in PHYSICS:
        raise ValueError(f"physics is one of {', '.join(PHYSICS)} or None, not {physics!r}")
    large = n_edges > 1_000 or n_nodes > 500
    options: dict[str, Any] = {
        "autoResize": True,
        "layout": {"randomSeed": seed, "improvedLayout": n_nodes <= 150},  # slow above that
        "nodes": {"shape": "dot", "borderWidth": 1, "font": {"face": "system-ui, sans-serif", "size": 14}},
        "edges": {
            "color": {"color": "#9aa5b1", "highlight": "#333333", "hover": "#555555", "inherit": False},
            "smooth": False if large else {"type": "continuous"},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
        },
    }
    if physics is None:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {
            "enabled": True,
            "solver": physics,
            physics: {**PHYSICS[physics], **(physics_options or {})},
            "minVelocity": 0.75,
            "stabilization": {
                "enabled": True,
                "iterations": max(1, int(stabilization_iterations)),
                "updateInterval": 25,
                "fit": True,
            },
        }
    return options


_PAGE_CSS = """
html, body { margin: 0; padding: 0; font-family: system-ui, sans-serif; background: #ffffff; }
.dg-caption { margin: 4px 8px; font-size: 13px; color: #444444; }
.dg-frame { position: relative; width: 100%; }
#dg-network { width: 100%; border: 1px solid #e0e0e0; box-sizing: border-box; }
#dg-loading { position: absolute; top: 8px; left: 8px; padding: 2px 8px; font-size: 12px;
  background: rgba(255, 255, 255, 0.85); border-radius: 4px; pointer-events: none; }
.dg-tip { white-space: pre-line; max-width: 420px; font-size: 12px; }
"""

# Reads the data from the JSON block, turns tooltips into text-only elements, draws, stops the
# physics after stabilisation, and tells the parent window (the app) which node was clicked.
_BOOT_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  function tip(text) {
    var box = document.createElement("div");
    box.className = "dg-tip";
    box.textContent = text;
    return box;
  }
  function withTips(items) {
    for (var i = 0; i < items.length; i++) {
      if (typeof items[i].title === "string") { items[i].title = tip(items[i].title); }
    }
    return items;
  }
  var loading = document.getElementById("dg-loading");
  var network = new vis.Network(
    document.getElementById("dg-network"),
    { nodes: new vis.DataSet(withTips(data.nodes)), edges: new vis.DataSet(withTips(data.edges)) },
    data.options
  );
  var done = false;
  function settled() {
    if (done) { return; }
    done = true;
    network.setOptions({ physics: { enabled: false } });
    if (loading) { loading.style.display = "none"; }
  }
  if (data.options.physics && data.options.physics.enabled && data.nodes.length) {
    network.on("stabilizationProgress", function (p) {
      if (loading) { loading.textContent = "laying out " + Math.round(100 * p.iterations / p.total) + "%"; }
    });
    network.once("stabilizationIterationsDone", settled);
    network.once("stabilized", settled);  // whichever comes first
  } else {
    settled();
  }
  if (data.postClicks && window.parent && window.parent !== window) {
    network.on("click", function (p) {
      if (p.nodes.length) { window.parent.postMessage({ type: data.messageType, id: p.nodes[0] }, "*"); }
    });
  }
  window.diplographNetwork = network;
})();
"""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def network_html(
    net: Network,
    *,
    caption: str | None = None,
    physics: str | None = "barnesHut",
    stabilization_iterations: int = 250,
    physics_options: dict[str, Any] | None = None,
    post_clicks: bool = True,
    csp: bool = True,
    seed: int = SEED,
) -> str:
    """The standalone page for a Network built by `to_pyvis` (or any net with dict nodes/edges)."""
    vis_js, vis_css = vis_assets()
    options = vis_options(
        len(net.nodes),
        len(net.edges),
        physics=physics,
        stabilization_iterations=stabilization_iterations,
        physics_options=physics_options,
        seed=seed,
    )
    payload = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": options,
        "postClicks": post_clicks,
        "messageType": NODE_MESSAGE,
    }
    title = html.escape(caption or "diplograph network")
    policy = ""
    if csp:
        # Only our two scripts may run (no inline handlers, no injected script), and nothing may be
        # fetched: a blank view offline is impossible, an exfiltration online too.
        policy = (
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            f"script-src {_sha256(vis_js)} {_sha256(_BOOT_JS)}; style-src 'unsafe-inline'; "
            'img-src data:; font-src data:">\n'
        )
    caption_html = f'<p class="dg-caption">{html.escape(caption)}</p>\n' if caption else ""
    loading = '<div id="dg-loading">laying out…</div>' if physics is not None else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        '<meta charset="utf-8">\n'
        f"{policy}"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        f"<style>\n{vis_css}\n</style>\n<style>{_PAGE_CSS}</style>\n"
        "</head>\n<body>\n"
        f"{caption_html}"
        f'<div class="dg-frame"><div id="dg-network" style="height: {_css_length(net.height)}"></div>'
        f"{loading}</div>\n"
        f'<script type="application/json" id="dg-data">{script_json(payload)}</script>\n'
        f"<script>{vis_js}</script>\n"
        f"<script>{_BOOT_JS}</script>\n"
        "</body>\n</html>\n"
    )


def render_html(
    G: nx.Graph,
    *,
    size_by: str | None = "weighted_degree",
    color_by: str | None = "community",
    height: str = "700px",
    physics: str | None = "barnesHut",
    stabilization_iterations: int = 250,
    physics_options: dict[str, Any] | None = None,
    caption: str | None = None,
    post_clicks: bool = True,
    csp: bool = True,
    seed: int = SEED,
    max_nodes: int = MAX_NODES,
    max_edges: int = MAX_EDGES,
) -> str:
    """A self-contained, offline HTML page showing G. Raises GraphTooLarge above the cap (cut the
    graph down with `network.cap_view` and pass its description as `caption`)."""
    net = to_pyvis(
        G,
        size_by=size_by,
        color_by=color_by,
        height=height,
        seed=seed,
        max_nodes=max_nodes,
        max_edges=max_edges,
    )
    return network_html(
        net,
        caption=caption,
        physics=physics,
        stabilization_iterations=stabilization_iterations,
        physics_options=physics_options,
        post_clicks=post_clicks,
        csp=csp,
        seed=seed,
    )
