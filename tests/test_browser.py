"""The explorer in a real browser: Debian's chromium driven by Playwright, against `streamlit run
app.py` on 127.0.0.1 (one server for the module, on a store built from data/sample plus a hostile
release). Screenshots of each page go to tests/artifacts/."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.app_fixtures import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    HOSTILE_SOURCE,
    ROOT,
    AppServer,
    hostile_person_iri,
    sample_store_dir,  # noqa: F401 - a fixture
)

pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is absent (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

PAGES = ["", "network", "map", "person", "party", "meeting", "release", "sparql", "ingest", "export"]
TIMEOUT = 90_000


@pytest.fixture(scope="module")
def server(sample_store_dir, tmp_path_factory):  # noqa: F811
    store = tmp_path_factory.mktemp("browser") / "store"
    shutil.copytree(sample_store_dir, store)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    app = AppServer(store, ARTIFACTS / "streamlit.log")
    yield app
    app.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT)
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def settle(page) -> None:
    """Wait until the app has finished running the page's script (every page has a title)."""
    page.wait_for_selector('[data-testid="stMain"] h1')
    for _ in range(3):
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
        page.wait_for_timeout(400)


def visit(page, server, path: str) -> None:
    page.goto(f"{server.url}/{path}")
    settle(page)
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator(
        '[data-testid="stException"]'
    ).first.inner_text()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def network_frame(page):
    """The sandboxed frame holding the vis-network page, inside the component's frame."""
    page.wait_for_selector('iframe[title*="diplograph_network"], iframe[src*="diplograph_network"]')
    for _ in range(100):
        for frame in page.frames:
            try:
                if frame.evaluate("() => !!window.diplographNetwork"):
                    return frame
            except Exception:  # noqa: BLE001 - a frame being replaced
                continue
        page.wait_for_timeout(200)
    raise AssertionError("no network view frame")


def test_every_page_renders(page, server):
    for path in PAGES:
        visit(page, server, path)
        shot(page, path or "overview")
    visit(page, server, "")
    assert "Meetings" in page.inner_text('[data-testid="stMain"]')


def test_network_canvas_has_nodes(page, server):
    visit(page, server, "network")
    frame = network_frame(page)
    assert frame.locator("canvas").count() >= 1
    nodes = frame.evaluate("() => window.diplographNetwork.body.data.nodes.length")
    assert nodes > 0
    page.wait_for_timeout(1500)  # let the layout settle for the screenshot
    shot(page, "network")


def test_network_click_opens_page(page, server):
    visit(page, server, "network?net=country")
    frame = network_frame(page)
    node = frame.evaluate("() => window.diplographNetwork.body.data.nodes.getIds()[0]")
    frame.evaluate("(id) => window.parent.postMessage({type: 'diplograph:node', id: id}, '*')", node)
    page.wait_for_url("**/party?**")
    settle(page)
    assert quote(node, safe="") in page.url or node in page.url


def test_saved_query_shows_rows(page, server):
    visit(page, server, "sparql?q=busiest_officials")
    page.get_by_role("button", name="Run").click()
    page.wait_for_selector("text=/\\d+ rows/")
    settle(page)
    assert page.locator('[data-testid="stDataFrame"]').count() >= 1
    shot(page, "sparql")


def test_update_is_refused(page, server):
    visit(page, server, "sparql")
    page.get_by_label("Query", exact=True).fill("DELETE WHERE { ?s ?p ?o }")
    page.get_by_role("button", name="Run").click()
    page.wait_for_selector('[data-testid="stAlertContentError"]')
    assert "read-only" in page.inner_text('[data-testid="stAlertContentError"]')


def test_upload_preview_commit(page, server, tmp_path):
    text = (ROOT / "data" / "sample" / "en-008.txt").read_bytes()
    upload = tmp_path / "browser-upload.txt"
    upload.write_bytes(text)
    visit(page, server, "ingest")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(upload))
    page.wait_for_selector("text=browser-upload.txt")
    page.get_by_role("button", name="Read and extract").click()
    page.wait_for_selector("text=/meeting\\(s\\)/")
    settle(page)
    assert page.locator("mark").count() > 0  # evidence highlighted before committing
    shot(page, "ingest")
    page.get_by_role("button", name="Commit").click()
    page.wait_for_selector("text=Stored browser-upload.txt")
    settle(page)
    page.get_by_text("Open browser-upload.txt").click()
    page.wait_for_url("**/release?**")
    settle(page)
    body = page.inner_text('[data-testid="stMain"]')
    assert "Meetings reported" in body and "No meeting was read" not in body


def test_export_downloads_parse(page, server):
    import networkx as nx
    import pyoxigraph as ox

    visit(page, server, "export")
    page.get_by_role("button", name="Prepare the file").click()
    page.wait_for_selector("text=/Download diplograph/")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download diplograph").click()
    data = Path(info.value.path()).read_bytes()
    assert len(list(ox.parse(data, ox.RdfFormat.TURTLE))) > 1000

    page.get_by_label("Format").click()
    page.get_by_role("option", name="graphml").click()
    settle(page)
    page.get_by_role("button", name="Prepare the file").click()
    page.wait_for_selector("text=/Download diplograph.graphml/")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download diplograph").click()
    G = nx.read_graphml(io.BytesIO(Path(info.value.path()).read_bytes()))
    assert G.number_of_nodes() > 0


def test_hostile_text_never_runs(page, server):
    person = quote(hostile_person_iri(0), safe="")
    visits = [
        f"person?id={person}",
        "release?id=" + quote("https://w3id.org/diplograph/id/release/" + HOSTILE_SOURCE, safe=""),
    ]
    for path in visits:
        visit(page, server, path)
    # the hostile meeting's page, from the person's timeline
    visit(page, server, f"person?id={person}")
    meeting_links = page.locator('a[href*="meeting?id="]')
    if meeting_links.count():
        href = meeting_links.first.get_attribute("href")
        visit(page, server, href.lstrip("/").split("/")[-1])
    shot(page, "hostile-meeting")
    # the network around the hostile people
    visit(page, server, f"network?focus={person}&depth=2")
    frame = network_frame(page)
    labels = frame.evaluate("() => window.diplographNetwork.body.data.nodes.get().map(n => n.label).join(' ')")
    assert "<script>" in labels  # shown as text on the canvas, not run
    page.wait_for_timeout(1500)
    shot(page, "hostile-network")
    for frame in page.frames:
        try:
            assert frame.evaluate("() => window.__xss === undefined"), frame.url
        except sync_api.Error:
            continue
    assert page.evaluate("() => window.__xss === undefined")
    assert page.dialogs == []
