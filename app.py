"""diplograph explorer: `streamlit run app.py` (or `diplograph app`). Only the navigation lives
here; each page is a file of explorer/, and the work is done by the graph package."""

import streamlit as st

from explorer import state

st.set_page_config(page_title="diplograph", page_icon=":material/hub:", layout="wide")

page = st.navigation(
    {
        "Explore": [
            st.Page("explorer/overview.py", title="Overview", icon=":material/home:", default=True),
            st.Page("explorer/network.py", title="Network", icon=":material/hub:", url_path="network"),
            st.Page("explorer/map.py", title="Map", icon=":material/public:", url_path="map"),
        ],
        "Look up": [
            st.Page("explorer/person.py", title="Person", icon=":material/person:", url_path="person"),
            st.Page(
                "explorer/party.py", title="Country / organisation", icon=":material/account_balance:", url_path="party"
            ),
            st.Page("explorer/meeting.py", title="Meeting", icon=":material/handshake:", url_path="meeting"),
            st.Page("explorer/release.py", title="Release", icon=":material/article:", url_path="release"),
        ],
        "Tools": [
            st.Page("explorer/sparql.py", title="SPARQL", icon=":material/query_stats:", url_path="sparql"),
            st.Page("explorer/ingest.py", title="Ingest", icon=":material/upload_file:", url_path="ingest"),
            st.Page("explorer/export.py", title="Export", icon=":material/download:", url_path="export"),
        ],
    }
)
state.warm()  # the graph's tables, read once per store state (progress shown on the first load)
page.run()
