"""From the store to networks: the saved queries that feed each network view, run and built.

Shared by the CLI's network exports and the explorer, so both draw the same graph."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from . import network
from .export import ExportFormat, export_network
from .queries import run_saved
from .store import Store

# network kind -> (saved query, builder)
NETWORKS = {
    "person": ("co_attendance", network.person_graph),
    "country": ("party_edges", network.country_graph),
    "bipartite": ("person_meeting_edges", network.person_meeting_graph),
}


def build_network(store: Store, kind: str = "person", params: Mapping[str, Any] | None = None) -> nx.Graph:
    """The whole network of one kind (filters are the saved query's parameters)."""
    if kind not in NETWORKS:
        raise ValueError(f"unknown network {kind!r}; choose one of {', '.join(NETWORKS)}")
    query, builder = NETWORKS[kind]
    df = run_saved(store, query, {k: v for k, v in (params or {}).items() if v not in (None, "")}).to_dataframe()
    return builder(df)


def network_export(store: Store, kind: str, fmt: ExportFormat, params: Mapping[str, Any] | None = None) -> bytes:
    G = build_network(store, kind, params)
    if fmt.name == "html":
        G = network.cap_view(G).graph
        network.add_metrics(G)
    return export_network(G, fmt)
