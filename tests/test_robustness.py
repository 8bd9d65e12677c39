"""Bad input, hostile text and queries that would do more than they should (issue 7).

- A folder of bad files beside good releases: each bad file is reported by name and reason in the
  `ingest` summary, skipped or stored for what it holds; the good releases are stored.
- One release that cannot be written as RDF is skipped, not the run.
- `diplograph query` is read-only (INSERT, DELETE, LOAD, CLEAR, DROP refused), fetches nothing
  (SERVICE refused), stops at --timeout and at --limit.
- The exported standalone network page shows hostile names as text: nothing in it is markup and,
  in a real browser, nothing runs.
- `diplograph app` binds 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import re
import shutil
import struct
import subprocess
import sys
import threading
import zipfile
import zlib
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graph import cli
from graph.analysis import network_export
from graph.export import resolve_format
from graph.ingest import ensure_reference, ingest
from graph.link import person_key
from graph.rdf import release_nquads
from graph.records import Evidence, Extraction, Meeting, Participant, Place, Release, TopicAssignment
from graph.store import open_store
from graph.vocab import release_iri

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
DIPLOGRAPH = Path(sys.executable).parent / "diplograph"
CHROMIUM = Path("/usr/bin/chromium")


# --------------------------------------------------------------------------- bad input

def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("release.txt", "The Prime Minister met the President.")
    return buffer.getvalue()


PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\ntrailer <<>>\n%%EOF\n"
FRENCH = (SAMPLE / "fr-001.txt").read_text(encoding="utf-8")
NO_DATE = ("Foreign Minister meets Polish counterpart\n\n"
           "The Foreign Minister of Romania, Ana Popescu, met the Foreign Minister of Poland, Jan Kowalski, "
           "in Warsaw. They discussed support for Ukraine and the security of the Black Sea region.\n")
GERMAN = ("Bundeskanzler empfängt französischen Präsidenten\n\nBerlin, 12. März 2024 – Bundeskanzler Olaf Scholz "
          "hat am Dienstag den französischen Präsidenten Emmanuel Macron im Kanzleramt in Berlin empfangen. "
          "Die beiden sprachen über die Unterstützung der Ukraine und die europäische Verteidigung.\n")
RUSSIAN = ("Министр иностранных дел встретился с коллегой\n\nМосква, 12 марта 2024 года. Министр иностранных дел "
           "Сергей Лавров провёл переговоры с министром иностранных дел Турции Хаканом Фиданом. Стороны обсудили "
           "ситуацию на Украине и в Сирии.\n")
HTML_PAGE = (SAMPLE / "en-002.html").read_bytes()
GOOD = ["en-001.txt", "fr-002.txt", "en-006.html"]

# file -> (status, what the summary says about it)
EXPECTED = {
    "empty.txt": ("skipped", "empty file"),
    "blank.txt": ("skipped", "empty: the file holds only whitespace"),
    "report.pdf": ("skipped", "not a release: .pdf files are not read"),
    "scan.txt": ("skipped", "binary content: a PDF document"),
    "photo.png": ("skipped", "not a release: .png files are not read"),
    "photo.html": ("skipped", "binary content: a PNG image"),
    "bundle.zip": ("skipped", "not a release: .zip files are not read"),
    "bundle.txt": ("skipped", "binary content: a ZIP archive"),
    "huge.txt": ("skipped", "file too large (11,534,336 bytes; limit 5,242,880)"),
    "truncated.html": ("stored", "page looks truncated"),
    "cut-early.html": ("skipped", "HTML page without extractable main content"),
    "malformed.html": ("stored", "page looks truncated"),
    "cp1252.txt": ("stored", "not UTF-8: decoded as cp1252"),
    "utf16.txt": ("stored", "not UTF-8: decoded as utf-16"),
    "nodate.txt": ("stored", "no publication date found"),
    "de-001.txt": ("stored", "language is 'de', not French or English"),
    "ru-001.txt": ("stored", "language is 'ru', not French or English"),
    "nul.txt": ("stored", "1 control character(s) removed"),
    "[red]blank[bold].txt": ("skipped", "empty: the file holds only whitespace"),  # a name that reads as markup
    "en-001.txt": ("stored", ""),  # sub/en-001.txt has the same name
}


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("bad")
    for name in GOOD:
        shutil.copy(SAMPLE / name, d / name)
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\n\t \r\n",
        "report.pdf": PDF,
        "scan.txt": PDF,
        "photo.png": _png(),
        "photo.html": _png(),
        "bundle.zip": _zip(),
        "bundle.txt": _zip(),
        "truncated.html": HTML_PAGE[: len(HTML_PAGE) // 2],
        "cut-early.html": (SAMPLE / "en-006.html").read_bytes()[:3000],
        "malformed.html": b"<html><body><p>The Prime Minister met <b>the President of France <i>in Paris on 3 March "
                          b"2024.</p></div></span><p>They discussed Ukraine</body",
        "cp1252.txt": FRENCH.encode("cp1252", errors="replace"),
        "utf16.txt": FRENCH.encode("utf-16"),
        "nodate.txt": NO_DATE.encode(),
        "de-001.txt": GERMAN.encode(),
        "ru-001.txt": RUSSIAN.encode(),
        "nul.txt": (SAMPLE / "en-003.txt").read_bytes().replace(b". ", b".\x00 ", 1),
        "[red]blank[bold].txt": b"\n \n",
    }
    for name, data in files.items():
        (d / name).write_bytes(data)
    with open(d / "huge.txt", "wb") as fh:  # 11 MB of text
        fh.write((b"The Minister met his counterpart in Brussels. " * 300_000)[: 11 * 1024 * 1024])
    (d / "sub").mkdir()
    shutil.copy(SAMPLE / "en-005.txt", d / "sub" / "en-001.txt")  # same name, other content
    return d


@pytest.fixture(scope="module")
def bad_run(bad_folder, tmp_path_factory):
    """`diplograph ingest FOLDER` in process: (summary output, store path)."""
    store = tmp_path_factory.mktemp("bad-store") / "s"
    result = CliRunner().invoke(cli.app, ["ingest", str(bad_folder), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.output, store


def _line(output: str, name: str) -> str:
    lines = [ln for ln in output.splitlines() if re.search(rf"[/\\]{re.escape(name)}: ", ln)]
    assert lines, f"{name} is not in the ingest summary:\n{output}"
    return lines[0]


def test_every_bad_file_is_reported_by_name_and_reason(bad_run):
    output, _ = bad_run
    for name, (status, reason) in EXPECTED.items():
        if not reason:
            continue
        line = _line(output, name)
        assert line.strip().startswith("skipped" if status == "skipped" else "note"), line
        assert reason in line, line
    assert "same file name as" in _line(output, "en-001.txt") and "sub" in _line(output, "en-001.txt")


def test_the_summary_counts_add_up(bad_run):
    output, _ = bad_run
    skipped = sum(1 for s, _ in EXPECTED.values() if s == "skipped") + 1  # + sub/en-001.txt
    stored = len({n for n, (s, _) in EXPECTED.items() if s == "stored"} | set(GOOD))
    assert f"{stored} stored, 0 unchanged, {skipped} skipped" in output


def test_good_releases_and_what_the_others_hold_are_stored(bad_run, bad_folder):
    _, path = bad_run
    with open_store(path, read_only=True) as s:
        hashes = s.release_hashes()
        for name, (status, _) in EXPECTED.items():
            g = release_iri(name)
            if status == "skipped":
                assert g not in hashes, name
            else:
                assert hashes.get(g) == hashlib.sha256((bad_folder / name).read_bytes()).hexdigest(), name
        for name in GOOD:
            assert release_iri(name) in hashes
        text = {r["g"]: r["t"] for r in s.query("SELECT ?g ?t WHERE { GRAPH ?g { ?g <https://schema.org/text> ?t } }")
                .records()}
        for name in ("cp1252.txt", "utf16.txt"):  # decoded right: the accents are there
            assert "é" in text[release_iri(name)] and "\ufffd" not in text[release_iri(name)]
        assert "\x00" not in text[release_iri("nul.txt")]
        assert "Scholz" in text[release_iri("de-001.txt")] and "Лавров" in text[release_iri("ru-001.txt")]
        # the undated release still gives its meeting, without a date
        undated = s.query("SELECT ?g ?m ?d WHERE { GRAPH ?g { ?m a <https://schema.org/Event> "
                          "OPTIONAL { ?m <https://schema.org/startDate> ?d } } }",
                          {"g": ox.NamedNode(release_iri("nodate.txt"))})
        assert len(undated) == 1 and undated.rows[0][2] is None
        # the good ones give their meetings
        for name in GOOD:
            g = ox.NamedNode(release_iri(name))
            assert s.query("ASK { GRAPH ?g { ?m a <https://schema.org/Event> } }", {"g": g})


def test_a_page_with_an_invalid_canonical_url_is_stored_without_it(tmp_path):
    page = HTML_PAGE.replace(b"<head>", b'<head><link rel="canonical" href="https://example.org/a%zz#x#y">', 1)
    assert page != HTML_PAGE
    (tmp_path / "bad-url.html").write_bytes(page)
    store = open_store(in_memory=True)
    report = ingest([tmp_path], store)
    assert [o.source for o in report.stored] == ["bad-url.html"]
    assert not store.query("ASK { ?r <https://schema.org/url> ?u }")


def test_a_release_that_cannot_become_rdf_is_skipped_not_the_run(tmp_path, monkeypatch):
    import graph.ingest as ingest_module

    for name in ("en-003.txt", "en-004.txt"):
        shutil.copy(SAMPLE / name, tmp_path / name)
    real = ingest_module.release_nquads

    def failing(ex):
        if ex.release.source == "en-003.txt":
            raise ValueError("[/] is not markup")  # console markup would fail on it: "nothing to close"
        return real(ex)

    monkeypatch.setattr(ingest_module, "release_nquads", failing)
    result = CliRunner().invoke(cli.app, ["ingest", str(tmp_path), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert "1 stored, 0 unchanged, 1 skipped" in result.output
    assert "en-003.txt: could not be written as RDF: ValueError('[/] is not markup')" in result.output
    with open_store(tmp_path / "s", read_only=True) as s:
        assert set(s.release_hashes()) == {release_iri("en-004.txt")}


# --------------------------------------------------------------------------- queries


@pytest.fixture(scope="module")
def small_store(tmp_path_factory) -> Path:
    """A store on disk with the test fixture's releases (no extraction needed)."""
    from tests.test_store import load_fixture

    path = tmp_path_factory.mktemp("query-store") / "s"
    with open_store(path) as s:
        load_fixture(s)
    return path


def _quads(path: Path) -> set[ox.Quad]:
    with open_store(path, read_only=True) as s:
        return set(ox.parse(s.dump("nquads"), format=ox.RdfFormat.N_QUADS))


UPDATES = [
    "INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> 1 } }",
    "PREFIX s: <https://schema.org/>\ndelete where { ?a s:name ?b }",
    "LOAD <file:///etc/passwd>",
    "# a comment\nCLEAR ALL",
    "DROP ALL",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
]


@pytest.mark.parametrize("update", UPDATES)
def test_query_refuses_updates_with_a_clear_message(small_store, tmp_path, update):
    before = _quads(small_store)
    rq = tmp_path / "update.rq"
    rq.write_text(update, encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["query", str(rq), "--store", str(small_store)])
    assert result.exit_code == 2
    assert "refused" in result.output and "read-only" in result.output, result.output
    assert _quads(small_store) == before


def test_query_fetches_nothing_from_elsewhere(small_store, tmp_path):
    """SERVICE would make the engine fetch any address the machine can reach."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(404)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        rq = tmp_path / "service.rq"
        rq.write_text(f"SELECT * WHERE {{ service <http://127.0.0.1:{server.server_port}/sparql> {{ ?s ?p ?o }} }}")
        result = CliRunner().invoke(cli.app, ["query", str(rq), "--store", str(small_store), "--timeout", "0"])
    finally:
        server.shutdown()
    assert hits == []
    assert result.exit_code == 2 and "SERVICE" in result.output and "refused" in result.output


CARTESIAN = ("# Every 5-tuple of triples\n# returns: n\n"
             "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }\n")


def test_a_pathological_query_is_stopped_at_the_time_limit(small_store, tmp_path):
    rq = tmp_path / "cartesian.rq"
    rq.write_text(CARTESIAN, encoding="utf-8")
    try:  # a real process: without the limit it would run for ever, and only this timeout stops it
        done = subprocess.run([str(DIPLOGRAPH), "query", str(rq), "--store", str(small_store), "--timeout", "2"],
                              capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("the query was not stopped at --timeout 2")
    assert done.returncode == 3, done.stderr
    assert "time limit of 2 s" in done.stderr and "stopped" in done.stderr


def test_query_stops_at_the_row_limit_and_says_so(small_store):
    args = ["query", "meetings", "--store", str(small_store), "-f", "csv", "--limit", "2"]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    rows = [ln for ln in result.stdout.splitlines() if ln]
    assert len(rows) == 3  # header and two rows
    assert "stopped at 2 rows" in result.output


def test_query_has_a_default_time_limit():
    assert cli.QUERY_TIMEOUT > 0
    result = CliRunner().invoke(cli.app, ["query", "--help"])
    assert "--timeout" in result.output and "--limit" in result.output


# --------------------------------------------------------------------------- hostile names in the exported page

HOSTILE = [
    "<script>window.__xss = 1</script>",
    '<img src=x onerror="window.__xss = 2">',
    "\"'><svg onload=window.__xss=3>",
    "javascript:window.__xss = 4",
    "</script><script>window.__xss = 5</script>",
    "<!-- <script>window.__xss = 6</script>",
    '"}]};window.__xss = 7;//',
    "\u2028window.__xss = 8",
    "Mark Rutte",
]


def hostile_extraction(source: str) -> Extraction:
    text = " ".join(HOSTILE) + "."
    ev = Evidence(0, len(text), text)
    people = [Participant(name=n, person_key=person_key(n) + f"-{i}", role="Prime Minister", role_text=n,
                          affiliation="RO", evidence=ev) for i, n in enumerate(HOSTILE)]
    meetings = [Meeting(date(2024, 11, 18), "meeting", Place(city="Brussels", venue=HOSTILE[1], country="BE"),
                        people[i : i + 3], ["RO", "NATO"], [TopicAssignment("support-ukraine", ev)], [ev])
                for i in range(0, len(people), 2)]
    rel = Release(source=source, text=text, language="en", content_hash="0" * 64, title=HOSTILE[0],
                  published=date(2024, 11, 18))
    return Extraction(rel, meetings, [])


@pytest.fixture(scope="module")
def exported_page(tmp_path_factory) -> Path:
    store = open_store(in_memory=True)
    ensure_reference(store)
    store.replace_releases([release_nquads(hostile_extraction("hostile.txt"))])
    data = network_export(store, "person", resolve_format("html"))
    path = tmp_path_factory.mktemp("export") / "network.html"
    path.write_bytes(data)
    return path


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_the_exported_page_holds_hostile_names_as_data_only(exported_page):
    page = exported_page.read_text(encoding="utf-8")
    parser = _Elements()
    parser.feed(page)
    tags = [t for t, _ in parser.tags]
    assert "img" not in tags and "svg" not in tags and "iframe" not in tags
    assert all(not k.startswith("on") for _, attrs in parser.tags for k in attrs)
    assert tags.count("script") == 3  # the data block, vis-network, the page's own script
    data = [attrs for t, attrs in parser.tags if t == "script" and attrs.get("type") == "application/json"]
    assert len(data) == 1
    for name in HOSTILE:
        if "<" in name or "\u2028" in name:
            assert name not in page  # escaped in the data block
    # and the names are all there, as data
    block = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', page, re.S)
    payload = json.loads(block.group(1))
    labels = {n.get("label") for n in payload["nodes"]} | {n.get("title") for n in payload["nodes"]}
    for name in HOSTILE:
        assert any(name.strip()[:39] in (x or "") for x in labels), name


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no chromium at /usr/bin/chromium")
def test_nothing_in_the_exported_page_runs_in_a_browser(exported_page, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    # the page as exported, and the same page without its Content-Security-Policy: the escaping
    # alone must keep the names inert
    bare = tmp_path / "no-csp.html"
    bare.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "",
                           exported_page.read_text(encoding="utf-8")), encoding="utf-8")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        try:
            for path in (exported_page, bare):
                page = browser.new_page()
                dialogs: list[str] = []
                page.on("dialog", lambda d, seen=dialogs: (seen.append(d.message), d.dismiss()))
                page.goto(path.as_uri())
                page.wait_for_function("() => window.diplographNetwork !== undefined", timeout=60_000)
                page.wait_for_function("() => { const l = document.getElementById('dg-loading'); "
                                       "return !l || l.style.display === 'none'; }", timeout=60_000)  # laid out
                # hover every node so that each tooltip is built and shown
                positions = page.evaluate("""() => { const n = window.diplographNetwork;
                    return Object.entries(n.getPositions()).map(([id, p]) => n.canvasToDOM(p)); }""")
                box = page.locator("#dg-network").bounding_box()
                shown = set()
                for pos in positions:
                    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
                    page.wait_for_timeout(400)
                    tip = page.evaluate("() => { const t = document.querySelector('.vis-tooltip'); "
                                        "return t && t.style.visibility !== 'hidden' ? t.textContent : null; }")
                    if tip:
                        shown.add(tip)
                assert page.evaluate("() => window.__xss") is None, path.name
                assert dialogs == []
                assert any("<script>" in t for t in shown), shown  # shown, as text
                assert page.evaluate("() => document.querySelectorAll('img, svg, iframe').length") == 0
                page.close()
        finally:
            browser.close()


# --------------------------------------------------------------------------- the explorer's address


def test_the_explorer_binds_localhost_by_default(monkeypatch):
    calls = []
    monkeypatch.setattr(cli.subprocess, "call", lambda cmd, env=None: calls.append(cmd) or 0)
    result = CliRunner().invoke(cli.app, ["app"])
    assert result.exit_code == 0, result.output
    cmd = calls[0]
    assert cmd[cmd.index("--server.address") + 1] == "127.0.0.1"


def test_the_explorer_caps_uploads_at_the_readers_limit(monkeypatch):
    """Streamlit refuses an upload above the reader's own size limit before it reaches memory; the
    reader refuses it again by name (test_read) if it gets through."""
    from graph.read import MAX_BYTES

    calls = []
    monkeypatch.setattr(cli.subprocess, "call", lambda cmd, env=None: calls.append(cmd) or 0)
    assert CliRunner().invoke(cli.app, ["app"]).exit_code == 0
    cmd = calls[0]
    assert int(cmd[cmd.index("--server.maxUploadSize") + 1]) * 1024 * 1024 <= MAX_BYTES
    source = (Path(__file__).resolve().parent.parent / "explorer" / "ingest.py").read_text(encoding="utf-8")
    assert 'type=["txt", "html", "htm"]' in source  # the uploader takes only the supported types


def test_a_pathological_console_query_is_stopped_and_blocks_no_other_reader(small_store):
    """The explorer's console runs a typed query in its own process: other sessions' queries on the
    same store answer while it runs, and it is stopped at its limit."""
    from graph.timelimit import QueryTimeout, query_with_time_limit

    store = open_store(path=small_store, read_only=True)
    events: list[str] = []

    def other_user():
        store.query("ASK { ?s ?p ?o }")
        events.append("other user answered")

    def analyst():
        try:
            query_with_time_limit(store, CARTESIAN, {}, limit=10, seconds=3)
        except QueryTimeout:
            events.append("pathological query stopped")

    console = threading.Thread(target=analyst)
    console.start()
    threading.Event().wait(0.5)  # the pathological query is running
    other_user()
    console.join(timeout=120)
    assert events == ["other user answered", "pathological query stopped"]
