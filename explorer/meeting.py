"""A meeting: date, kind, place, participants with their roles, parties, topics, the evidence
sentences, and links to each release's text with the evidence highlighted."""

import streamlit as st

from explorer import state, ui
from graph import views

ui.setup()
current = st.query_params.get("id")
if not current or views.entity_kind(current) != "meeting":
    st.title("Meetings")
    st.caption("Open a meeting from a person's, a country's or a release's page, or from the list below.")
    latest = state.cached(views.filtered_meetings)(views.Filters(), 200)
    ui.table(latest[["date", "label", "meeting"]], links=["meeting"], key="meeting_list", select_to="meeting")
    state.publish(())
    st.stop()

meeting = current
view = state.cached(views.meeting_view, labelled=True, with_store=True)(meeting)
if not view.found:
    st.error("This meeting is not in the store (it may have been replaced by a re-ingested release).")
    st.stop()

st.title(view.label or "Meeting")
c1, c2, c3, c4 = st.columns(4)
c1.metric("Date", view.date or "undated")
c2.metric("Kind", view.kind or "—")
c3.metric("Place", view.city or view.place or "—")
c4.metric("Releases", view.releases)
if view.place and view.city and view.place != view.city:
    st.caption(f"Venue: {view.place}")
if view.country:
    st.caption(f"Country: {view.country}")

left, right = st.columns([3, 2])
with left:
    st.subheader("Participants")
    if view.participants.empty:
        st.info("No named participant.")
    else:
        st.caption("As each release reports them. Select a row to open the person.")
        ui.table(
            view.participants[["name", "role", "as written", "affiliation", "source", "person"]],
            links=["person"],
            key="participants",
            select_to="person",
        )
with right:
    st.subheader("Parties")
    for iri, label in view.parties:
        ui.link(iri, label)
    st.subheader("Topics")
    st.write(", ".join(label for _, label in view.topics) or "—")

st.subheader("Evidence")
if view.evidence.empty:
    st.info("No evidence sentence recorded.")
else:
    ev = view.evidence.drop_duplicates(["release", "start", "end"])
    for release, group in ev.groupby("release", sort=False):
        first = group.iloc[0]
        st.markdown(f"**{ui.escape(first['source'])}**" + (f" — {ui.escape(first['title'])}" if first["title"] else ""))
        for _, row in group.iterrows():
            st.markdown(f"> {ui.escape(row['text'])}")  # escaped: release text is untrusted
        ui.link(release, "Read the release with the evidence highlighted", meeting=meeting)
state.publish((), {"id": meeting})
