"""A release: its text with every evidence sentence highlighted (the sentences about the meeting
the reader came from stand out), and the meetings read out of it."""

import streamlit as st

from explorer import state, ui
from graph import views

ui.setup()
current = st.query_params.get("id")
focus = st.query_params.get("meeting")
if not current or views.entity_kind(current) != "release":
    st.title("Releases")
    latest = state.cached(views.latest_releases)(50)
    ui.table(
        latest[["published", "source", "title", "language", "release"]],
        links=["release"],
        key="release_list",
        select_to="release",
    )
    state.publish(())
    st.stop()

view = state.cached(views.release_view, store_only=True)(current)
if not view.found:
    st.error("This release is not in the store.")
    st.stop()
st.title(view.title or view.source)
st.caption(" · ".join(x for x in (view.source, view.published, view.language) if x))
if view.url.startswith(("https://", "http://")):
    st.link_button("Original page ↗", view.url)

ev = view.evidence
spans = list(zip(ev["start"], ev["end"], strict=True)) if not ev.empty else []
strong = (
    [(s, e) for s, e, m in zip(ev["start"], ev["end"], ev["meeting"], strict=True) if m == focus]
    if focus and not ev.empty
    else []
)
left, right = st.columns([3, 2])
with left:
    st.subheader("Text")
    st.caption(
        "Highlighted: sentences facts were read from" + (" (darker: the meeting you came from)" if strong else "")
    )
    ui.release_text(views.highlight_html(view.text or "", spans, strong))
with right:
    st.subheader("Meetings reported")
    if view.meetings.empty:
        st.info("No meeting was read out of this release.")
    else:
        ui.table(
            view.meetings[["date", "label", "meeting"]], links=["meeting"], key="release_meetings", select_to="meeting"
        )
    st.subheader("Evidence sentences")
    if not ev.empty:
        st.dataframe(ev[["start", "end", "text"]].drop_duplicates(), hide_index=True)
state.publish((), {"id": current, "meeting": focus or ""})
