"""The Streamlit explorer's pages (one file each) and their shared state; see app.py."""
