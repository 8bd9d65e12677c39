"""Overview: what the graph holds, meetings per month, the busiest people and parties, the
latest releases."""

import altair as alt
import streamlit as st

from explorer import state, ui
from graph import views

ui.setup()
st.title("diplograph")
st.caption("Diplomatic meetings read out of press releases, as a knowledge graph.")

counts = state.cached(views.overview_counts)()
cols = st.columns(6)
for col, (key, name) in zip(
    cols,
    [
        ("releases", "Releases"),
        ("meetings", "Meetings"),
        ("people", "People"),
        ("countries", "Countries"),
        ("organisations", "Organisations"),
        ("topics", "Topics"),
    ],
    strict=True,
):
    col.metric(name, f"{counts.get(key, 0):,}")

st.subheader("Meetings per month")
per_month = state.cached(views.meetings_per_month)()
if per_month.empty:
    st.info("No dated meeting yet.")
else:
    chart = (
        alt.Chart(per_month)
        .mark_bar()
        .encode(
            x=alt.X("month:T", title=None, timeUnit="yearmonth"),
            y=alt.Y("meetings:Q", title="meetings"),
            tooltip=[alt.Tooltip("month:N"), alt.Tooltip("meetings:Q")],
        )
        .properties(height=220)
    )
    st.altair_chart(chart, width="stretch")

left, right = st.columns(2)
with left:
    st.subheader("Most active people")
    ui.table(
        state.people().head(10)[["name", "meetings", "person"]], links=["person"], key="top_people", select_to="person"
    )
with right:
    st.subheader("Most active countries and organisations")
    parties = state.cached(views.busiest_parties, labelled=True)()
    ui.table(parties[["name", "type", "meetings", "party"]], links=["party"], key="top_parties", select_to="party")

st.subheader("Latest releases")
latest = state.cached(views.latest_releases)()
ui.table(
    latest[["published", "source", "title", "language", "release"]],
    links=["release"],
    key="latest",
    select_to="release",
)
state.publish(())
