"""The network view as a Streamlit component that reports clicks.

The component (components/network/index.html, served by the app, no build step) shows the
standalone page of graph/network_view.py in a sandboxed frame and passes the clicked node's id
back to Python as {"id": ..., "at": timestamp}."""

from pathlib import Path

import streamlit.components.v1 as components

_component = components.declare_component(
    "diplograph_network", path=str(Path(__file__).resolve().parent / "components" / "network")
)


def network_view(html: str, *, height: int = 680, key: str | None = None) -> dict | None:
    """Show the view; returns the last click ({"id", "at"}) or None."""
    return _component(html=html, height=height, key=key, default=None)
