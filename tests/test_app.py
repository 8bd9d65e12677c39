"""Each explorer page run in process by Streamlit's AppTest, on a store built from data/sample (plus
a hostile release): filters change results, selections lead to entity pages, SPARQL errors and
refused updates are shown, an upload is previewed then committed and its meeting appears."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app_fixtures import (
    ROOT,
    hostile_person_iri,
    sample_store_dir,  # noqa: F401 - a fixture
    store_copy,  # noqa: F401 - a fixture
)

APP = str(ROOT / "app.py")
PAGES = ["overview", "network", "map", "person", "party", "meeting", "release", "sparql", "ingest", "export"]
RO = "https://w3id.org/diplograph/id/country/RO"


@pytest.fixture()
def app(sample_store_dir, monkeypatch):  # noqa: F811
    monkeypatch.setenv("DIPLOGRAPH_STORE", str(sample_store_dir))
    monkeypatch.delenv("DIPLOGRAPH_ENDPOINT", raising=False)

    def make(page: str = "overview", **params: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=180)
        if page != "overview":
            at.switch_page(f"explorer/{page}.py")
        for k, v in params.items():
            at.query_params[k] = v
        return at.run()

    return make


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def texts(at: AppTest) -> str:
    parts = [e.value for e in (*at.markdown, *at.caption, *at.info, *at.warning, *at.title, *at.success)]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("page", PAGES)
def test_page_runs(app, page):
    no_errors(app(page))


def test_overview_counts(app):
    at = app()
    values = {m.label: m.value for m in at.metric}
    assert int(values["Releases"].replace(",", "")) >= 40
    assert int(values["Meetings"].replace(",", "")) > 0


def test_network_filters_change_the_view(app):
    everything = app("network")
    no_errors(everything)
    filtered = app("network", country=RO)
    no_errors(filtered)
    assert texts(everything) != texts(filtered)
    assert filtered.multiselect(key="f_countries").value == [RO]


def test_network_minimum_weight_and_kind(app):
    at = app("network", net="country")
    no_errors(at)
    at.number_input(key="net_minw").set_value(2).run()
    no_errors(at)
    assert "weight ≥ 2" in texts(at)


def test_person_selection_shows_their_page(app):
    at = app("person")
    no_errors(at)
    box = at.selectbox(key="person_pick")
    person = box.options[0]
    box.select_index(0).run()
    no_errors(at)
    assert at.title[0].value == person
    assert at.query_params["id"]


def test_person_page_from_url_and_meeting_selection(app, sample_store_dir):  # noqa: F811
    from graph import views
    from graph.store import open_store

    busiest = views.person_names(open_store(sample_store_dir, read_only=True)).iloc[0]
    at = app("person", id=busiest["person"])
    no_errors(at)
    assert at.title[0].value == busiest["name"]
    assert any(m.label == "Meetings" and int(m.value) > 0 for m in at.metric)
    pick = at.selectbox(key="person_meeting")
    pick.select_index(0).run()
    no_errors(at)
    assert "meeting" in at.query_params.get("id", "")  # switched to the meeting's page


def test_country_page_ranks_partners(app):
    at = app("party", id=RO)
    no_errors(at)
    assert at.title[0].value == "Romania"
    frames = [df.value for df in at.dataframe]
    assert any("share change (points)" in f.columns for f in frames)


def test_french_labels(app):
    at = app("party", id=RO, lang="fr")
    no_errors(at)
    assert at.title[0].value == "Roumanie"


def test_hostile_person_page(app):
    at = app("person", id=hostile_person_iri(0))
    no_errors(at)
    assert "<script>" in at.title[0].value  # shown as text


def test_sparql_saved_query_rows(app):
    at = app("sparql", q="busiest_officials")
    no_errors(at)
    at.button(key="sparql_run").click().run()
    no_errors(at)
    assert not at.error
    assert len(at.dataframe[0].value) > 0


def test_sparql_syntax_error_shown(app):
    at = app("sparql")
    at.text_area(key="sparql_text").input("SELECT WHERE nonsense {").run()
    at.button(key="sparql_run").click().run()
    no_errors(at)
    assert at.error and "syntax" in at.error[0].value.lower()


def test_sparql_update_refused(app):
    at = app("sparql")
    at.text_area(key="sparql_text").input("INSERT DATA { <urn:a> <urn:b> <urn:c> }").run()
    at.button(key="sparql_run").click().run()
    assert at.error and "read-only" in at.error[0].value


def test_upload_preview_commit(store_copy, monkeypatch):  # noqa: F811
    from graph import views
    from graph.store import open_store

    monkeypatch.setenv("DIPLOGRAPH_STORE", str(store_copy))
    data = (ROOT / "data" / "sample" / "en-008.txt").read_bytes()
    at = AppTest.from_file(APP, default_timeout=300)
    at.run()
    releases_before = int(next(m.value for m in at.metric if m.label == "Releases").replace(",", ""))
    at.switch_page("explorer/ingest.py")
    at.run()
    at.file_uploader[0].set_value(("apptest-upload.txt", data, "text/plain"))
    at.run()
    at.button(key="ingest_extract").click().run()
    no_errors(at)
    assert any("meeting(s)" in e.label for e in at.expander)
    assert "<mark" in "\n".join(m.value for m in at.markdown)  # evidence highlighted before commit
    reader = open_store(Path(store_copy), read_only=True)
    iri = "https://w3id.org/diplograph/id/release/apptest-upload.txt"
    assert not views.release_view(reader, iri).found  # nothing stored before the commit
    at.button(key="ingest_commit").click().run()
    no_errors(at)
    assert any("Stored apptest-upload.txt" in s.value for s in at.success)
    reader.refresh()
    stored = views.release_view(open_store(Path(store_copy), read_only=True), iri)
    assert stored.found and not stored.meetings.empty
    # the explorer's tables follow: updated from the release written, as if built anew
    at.switch_page("explorer/overview.py").run()
    no_errors(at)
    assert int(next(m.value for m in at.metric if m.label == "Releases").replace(",", "")) == releases_before + 1
    from graph.tables import build_tables

    rebuilt = build_tables(open_store(Path(store_copy), read_only=True))
    assert int(next(m.value for m in at.metric if m.label == "Meetings").replace(",", "")) == len(rebuilt.meetings)


def test_store_that_cannot_be_read_is_rebuilt_not_a_crash(tmp_path, monkeypatch):
    """A store folder killed while being created may not open read-only: the first start treats it
    as empty (the writer recovers it) instead of failing with a traceback."""
    from explorer import state
    from graph.store import StoreError

    (tmp_path / "CURRENT").write_text("MANIFEST-000001\n")

    def unreadable(path, read_only=False):
        raise StoreError(f"cannot open the store at {path} read-only: Corruption")

    monkeypatch.setattr(state, "EmbeddedStore", unreadable)
    assert state._has_releases(str(tmp_path)) is False
