"""Ingest: upload releases (.txt, .html; several at once), see what was read out of each, with the
evidence highlighted, before anything is stored; then commit. A release is keyed by its file
name: uploading it again replaces it."""

import streamlit as st

from explorer import state, ui
from graph import views
from graph.extract import extract_many
from graph.rdf import release_nquads
from graph.read import MAX_BYTES, read_bytes
from graph.records import ReadError
from graph.store import StoreError
from graph.vocab import release_iri

MAX_FILES = 20
ui.setup()
st.title("Ingest releases")
st.caption(
    f"Up to {MAX_FILES} files at once, .txt or .html, at most {MAX_BYTES // 1_000_000} MB each. "
    "Nothing is stored until you commit."
)
ss = st.session_state
files = st.file_uploader(
    "Releases", type=["txt", "html", "htm"], accept_multiple_files=True, key=f"uploader_{ss.get('uploads', 0)}"
)
if st.button("Read and extract", disabled=not files, key="ingest_extract"):
    problems, releases = [], []
    for file in (files or [])[:MAX_FILES]:
        data = file.getvalue()
        try:
            releases.append(
                read_bytes(data, file.name, file.type if file.type in ("text/html", "text/plain") else None)
            )
        except ReadError as e:
            problems.append(f"{file.name}: {e.reason}")
    if files and len(files) > MAX_FILES:
        problems.append(f"only the first {MAX_FILES} files were read")
    with st.spinner("Extracting meetings…"):
        ss["ingest_preview"] = list(extract_many(releases)) if releases else []
    ss["ingest_problems"] = problems
    ss["ingest_done"] = None

for problem in ss.get("ingest_problems") or []:
    st.warning(problem)
preview = ss.get("ingest_preview") or []
if preview:
    labels = state.labels()
    st.subheader("What was read")
    for ex in preview:
        rel = ex.release
        iri = release_iri(rel.source)
        exists = state.cached(views.release_view, store_only=True)(iri).found
        with st.expander(
            f"{rel.source} — {len(ex.meetings)} meeting(s)" + (" — replaces the stored release" if exists else ""),
            expanded=True,
        ):
            st.caption(" · ".join(x for x in (rel.title or "", rel.language, str(rel.published or "")) if x))
            for w in rel.warnings:
                st.caption(f"note: {w}")
            st.dataframe(views.extraction_table(ex, labels), hide_index=True)
            ui.release_text(views.highlight_html(rel.text, views.extraction_spans(ex)))
    if st.button(f"Commit {len(preview)} release(s) to the store", type="primary", key="ingest_commit"):
        try:
            state.write_releases([release_nquads(ex) for ex in preview])
        except StoreError as e:
            st.error(f"Nothing was stored: {e}")
        else:
            ss["ingest_done"] = [
                (release_iri(ex.release.source), ex.release.source, len(ex.meetings)) for ex in preview
            ]
            ss["ingest_preview"] = []
            ss["uploads"] = ss.get("uploads", 0) + 1
            st.rerun()

for iri, source, n in ss.get("ingest_done") or []:
    st.success(f"Stored {source}: {n} meeting(s).")
    ui.link(iri, f"Open {source}")
state.publish(())
