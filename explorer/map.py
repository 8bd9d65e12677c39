"""Map: where the filtered meetings took place. Coordinates come from the graph (the gazetteer's
city coordinates, stored at ingest); the world outline is a TopoJSON file served with the app
(explorer/assets), drawn by Vega-Lite: no map tiles, nothing fetched."""

import json
from functools import cache
from pathlib import Path

import altair as alt
import streamlit as st

from explorer import state, ui
from graph import views

WORLD = Path(__file__).resolve().parent / "assets" / "world-110m.json"


@cache
def world() -> dict:
    return json.loads(WORLD.read_text(encoding="utf-8"))


ui.setup()
st.title("Map")
f = ui.filter_controls()
places = state.cached(views.meeting_places, labelled=True)(f)
if places.empty:
    st.warning("No meeting with a known city matches these filters.")
else:
    outline = alt.Chart(
        alt.Data(values=world(), format=alt.DataFormat(type="topojson", feature="countries"))
    ).mark_geoshape(fill="#eef0f2", stroke="#b9c0c8", strokeWidth=0.5)
    points = (
        alt.Chart(places)
        .mark_circle(color="#e15759", opacity=0.75, stroke="#7a1f1f", strokeWidth=0.5)
        .encode(
            longitude="longitude:Q",
            latitude="latitude:Q",
            size=alt.Size("meetings:Q", scale=alt.Scale(range=[30, 1200]), legend=alt.Legend(title="meetings")),
            tooltip=[
                alt.Tooltip("name:N", title="city"),
                alt.Tooltip("countryLabel:N", title="country"),
                alt.Tooltip("meetings:Q"),
            ],
        )
    )
    chart = (outline + points).project(type="equalEarth").properties(height=520)
    st.altair_chart(chart, width="stretch")
    st.caption(f"{len(places):,} cities, {int(places['meetings'].sum()):,} meetings — {f.describe(state.labels())}")
    st.dataframe(
        places[["name", "countryLabel", "meetings", "latitude", "longitude"]].rename(
            columns={"name": "city", "countryLabel": "country"}
        ),
        hide_index=True,
    )
state.publish(("f_from", "f_to", "f_countries", "f_orgs", "f_topics", "f_kinds"))
