"""A person: every meeting as a timeline (with its release and evidence sentence), counterparts
ranked, topics, roles held over time."""

import altair as alt
import streamlit as st

from explorer import state, ui
from graph import views

ui.setup()
people = state.people()
options = dict(zip(people["person"], people["name"], strict=True))
current = st.query_params.get("id")
if current and views.entity_kind(current) != "person":
    current = None
chosen = ui.choose_entity("Person", options, key="person_pick", current=current)
if not chosen:
    st.title("People")
    st.caption("Choose a person above, or one of the busiest here.")
    ui.table(people.head(50)[["name", "meetings", "person"]], links=["person"], key="people_list", select_to="person")
    state.publish(())
    st.stop()
if chosen != current:
    st.query_params["id"] = chosen
person = chosen
name = options.get(person) or state.cached(views.person_name)(person)
st.title(name)

timeline = state.cached(views.person_timeline, labelled=True, with_store=True)(person)
meetings = timeline.drop_duplicates("meeting") if not timeline.empty else timeline
roles = state.cached(views.person_roles, labelled=True)(person)
c1, c2, c3 = st.columns(3)
c1.metric("Meetings", f"{meetings['meeting'].nunique() if not meetings.empty else 0:,}")
c2.metric("Releases", f"{timeline['release'].nunique() if not timeline.empty else 0:,}")
c3.metric("Roles", f"{len(roles):,}")
if len(timeline) >= views.TIMELINE_LIMIT:
    st.caption(f"Timeline: the latest {views.TIMELINE_LIMIT:,} rows.")

tab_time, tab_with, tab_topics, tab_roles = st.tabs(["Timeline", "Counterparts", "Topics", "Roles"])
with tab_time:
    if timeline.empty:
        st.info("No meeting recorded for this person.")
    else:
        dated = meetings.dropna(subset=["date"])
        if not dated.empty:
            chart = (
                alt.Chart(dated)
                .mark_circle(size=90)
                .encode(
                    x=alt.X("date:T", title=None),
                    y=alt.Y("kind:N", title=None),
                    color=alt.Color("kind:N", legend=None),
                    tooltip=["date:T", "kind:N", "place:N", "others:N", "topics:N"],
                )
                .properties(height=160)
            )
            st.altair_chart(chart, width="stretch")
        st.caption("One row per meeting and release reporting it. Select a row to open the meeting.")
        ui.table(
            timeline[
                [
                    "date",
                    "kind",
                    "place",
                    "role",
                    "affiliation",
                    "others",
                    "topics",
                    "source",
                    "evidence",
                    "meeting",
                    "release",
                ]
            ],
            links=["meeting", "release"],
            key="timeline",
            select_to="meeting",
        )
with tab_with:
    counterparts = state.cached(views.person_counterparts)(person)
    st.caption("Who this person met, most often first. Select a row to open that person.")
    ui.table(
        counterparts[["name", "meetings", "first", "last", "counterpart"]],
        links=["counterpart"],
        key="counterparts",
        select_to="counterpart",
    )
with tab_topics:
    topics = state.cached(views.topics_of, labelled=True)(person)
    if topics.empty:
        st.info("No topic recorded.")
    else:
        st.altair_chart(
            alt.Chart(topics)
            .mark_bar()
            .encode(x=alt.X("meetings:Q"), y=alt.Y("label:N", sort="-x", title=None), tooltip=["label", "meetings"]),
            width="stretch",
        )
with tab_roles:
    st.caption("Roles as reported, with the first and last meeting in each.")
    st.dataframe(roles, hide_index=True)

if not meetings.empty:
    st.divider()
    pick = st.selectbox(
        "Open a meeting",
        list(meetings["meeting"]),
        index=None,
        key="person_meeting",
        format_func=lambda m: " · ".join(
            str(x) for x in meetings.set_index("meeting").loc[m, ["date", "kind", "place", "others"]] if x
        ),
        placeholder="Choose a meeting…",
    )
    if pick:
        ui.open_entity(pick)
state.publish((), {"id": person})
