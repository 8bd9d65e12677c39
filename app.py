"""diplograph explorer: `streamlit run app.py` (or `diplograph app`). Only the navigation lives
here; each page is a file of explorer/, and the work is done by the graph package."""

import streamlit as st

st.set_page_config(page_title="diplograph", page_icon="🕊️", layout="wide")

st.navigation(
    {
        "Explore": [
            st.Page("explorer/overview.py", title="Overview", icon="🏠", default=True),
            st.Page("explorer/network.py", title="Network", icon="🕸️", url_path="network"),
            st.Page("explorer/map.py", title="Map", icon="🗺️", url_path="map"),
        ],
        "Look up": [
            st.Page("explorer/person.py", title="Person", icon="👤", url_path="person"),
            st.Page("explorer/party.py", title="Country / organisation", icon="🏛️", url_path="party"),
            st.Page("explorer/meeting.py", title="Meeting", icon="🤝", url_path="meeting"),
            st.Page("explorer/release.py", title="Release", icon="📄", url_path="release"),
        ],
        "Tools": [
            st.Page("explorer/sparql.py", title="SPARQL", icon="🔎", url_path="sparql"),
            st.Page("explorer/ingest.py", title="Ingest", icon="📥", url_path="ingest"),
            st.Page("explorer/export.py", title="Export", icon="📦", url_path="export"),
        ],
    }
).run()
