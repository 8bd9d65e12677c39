"""A country or an organisation: its meetings as a timeline, partners ranked (and how the ranking
moved from a chosen year on), its people, topics."""

import altair as alt
import streamlit as st

from explorer import state, ui
from graph import views

ui.setup()
labels = state.labels()
options = {i: text for i, text in labels.items() if views.entity_kind(i) in ("country", "organisation")}
current = st.query_params.get("id")
if current and views.entity_kind(current) not in ("country", "organisation"):
    current = None
chosen = ui.choose_entity(
    "Country or organisation", dict(sorted(options.items(), key=lambda kv: kv[1])), key="party_pick", current=current
)
if not chosen:
    st.title("Countries and organisations")
    parties = state.cached(views.busiest_parties, labelled=True)()
    ui.table(parties[["name", "type", "meetings", "party"]], links=["party"], key="parties", select_to="party")
    state.publish(())
    st.stop()
if chosen != current:
    st.query_params["id"] = chosen
party = chosen
st.title(views.label_of(party, labels))
st.caption(views.entity_kind(party) or "")

timeline = state.cached(views.party_timeline, labelled=True, with_store=True)(party)
meetings = timeline.drop_duplicates("meeting") if not timeline.empty else timeline
by_year = state.cached(views.party_partners, labelled=True)(party)
c1, c2, c3 = st.columns(3)
c1.metric("Meetings", f"{meetings['meeting'].nunique() if not meetings.empty else 0:,}")
c2.metric("Partners", f"{by_year['partner'].nunique() if not by_year.empty else 0:,}")
c3.metric("Releases", f"{timeline['release'].nunique() if not timeline.empty else 0:,}")

tab_partners, tab_time, tab_people, tab_topics = st.tabs(["Partners", "Timeline", "People", "Topics"])
with tab_partners:
    years = sorted({int(y) for y in by_year["year"] if str(y).isdigit()}) if not by_year.empty else []
    split = None
    if len(years) > 1:
        split = st.select_slider(
            "Compare before and from year",
            options=years[1:],
            value=2022 if 2022 in years[1:] else years[-1],
            key="party_split",
        )
    ranking = views.partner_ranking(by_year, split)
    st.caption("Countries and organisations met most, with how each one's share of meetings moved.")
    ui.table(ranking.head(50), links=["partner"], key="partners", select_to="partner")
    top = ranking.head(8)["partner"].tolist()
    dated = by_year[by_year["partner"].isin(top) & by_year["year"].astype(str).str.isdigit()]
    if not dated.empty:
        st.altair_chart(
            alt.Chart(dated)
            .mark_line(point=True)
            .encode(
                x=alt.X("year:O", title=None),
                y=alt.Y("meetings:Q"),
                color=alt.Color("label:N", title="partner"),
                tooltip=["year", "label", "meetings"],
            )
            .properties(height=260),
            width="stretch",
        )
with tab_time:
    if timeline.empty:
        st.info("No meeting recorded.")
    else:
        st.caption("One row per meeting and release reporting it. Select a row to open the meeting.")
        ui.table(
            timeline[
                ["date", "kind", "place", "people", "parties", "topics", "source", "evidence", "meeting", "release"]
            ],
            links=["meeting", "release"],
            key="party_timeline",
            select_to="meeting",
        )
with tab_people:
    ppl = state.cached(views.party_people, labelled=True)(party)
    st.caption("People who took part on its behalf.")
    ui.table(
        ppl[["name", "meetings", "roles", "first", "last", "person"]],
        links=["person"],
        key="party_people",
        select_to="person",
    )
with tab_topics:
    topics = state.cached(views.topics_of, labelled=True)(party)
    if topics.empty:
        st.info("No topic recorded.")
    else:
        st.altair_chart(
            alt.Chart(topics)
            .mark_bar()
            .encode(x="meetings:Q", y=alt.Y("label:N", sort="-x", title=None), tooltip=["label", "meetings"]),
            width="stretch",
        )
state.publish((), {"id": party})
