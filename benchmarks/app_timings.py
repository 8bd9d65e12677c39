"""Page load times of the explorer in a real browser (Debian's chromium), on a large store.

    python -m benchmarks.app_graph --meetings 100000 --out /tmp/dg-100k     # once
    python -m benchmarks.app_timings --store /tmp/dg-100k --json benchmarks/results/app.json

Two runs of `streamlit run app.py` on 127.0.0.1, each in its own process:

1. first start: the tables kept beside the store (`<store>.tables/`) are removed first, so the
   first page opened reads the graph into them (graph/tables.py) -- the cold path of a new store;
2. restart: the same store, the tables read back from disk.

In each run every page is opened in a fresh browser page (a new session: "cold" the first time
the page is computed, then "reload": the same URL again, a full reload served from the caches),
then, in one session, the pages are reached by clicking as an analyst would ("switch": the sidebar
links, a person chosen in the select box, a meeting from the person's page, a country from the
meeting's page). A time runs from the navigation or click until the page's script has finished
(its title drawn and Streamlit's running indicator gone), less the 0.75 s of settling pauses.

The baseline, measured in the same run: a Streamlit page that only draws a title and a line of
text (`BASELINE_APP`), served and timed the same way -- the floor that Streamlit, the websocket
and the browser cost before the explorer does anything.

`--app-root` runs another checkout's app.py (e.g. a `git worktree` of an older commit) on the same
store, to measure "before"; `--runs first` or `--runs restart` runs one of the two.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path
from urllib.parse import quote

from tests.app_fixtures import CHROMIUM, CHROMIUM_ARGS, ROOT, AppServer

ID = "https://w3id.org/diplograph/id/"
PAUSES = 0.75  # settle(): three pauses of 250 ms
LIMIT = 900_000  # ms: the old explorer took minutes for some pages


def settle(page) -> None:
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=LIMIT)
    for _ in range(3):
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=LIMIT)
        page.wait_for_timeout(250)


def title(page) -> str:
    h1 = page.locator('[data-testid="stMain"] h1')
    return h1.first.inner_text() if h1.count() else ""


def run_query(page) -> None:
    """Run the saved query with a 120 s time limit (the console's default is 15 s); done when its
    rows or an error are shown."""
    page.get_by_label("Time limit (s)").fill("120")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Run").click()
    rows = page.locator("text=/\\d+ rows/")
    rows.or_(page.locator('[data-testid="stAlertContentError"]')).first.wait_for(timeout=LIMIT)


def timed(browser, url: str, action=None) -> float:
    """A fresh browser page (a new Streamlit session) opened on `url`, until settled."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    t0 = time.perf_counter()
    page.goto(url, timeout=LIMIT)
    settle(page)
    if action:
        action(page)
        settle(page)
    elapsed = time.perf_counter() - t0 - PAUSES * (2 if action else 1)
    page.close()
    return round(elapsed, 2)


def switched(page, action, url_part: str, expect_title: str | None = None, prepare=None) -> float:
    """Time a navigation inside the session: `action` clicks (after `prepare`, untimed: typing in a
    select box), then wait for the URL and a new title."""
    if prepare:
        prepare(page)
    before = title(page)
    t0 = time.perf_counter()
    action(page)
    page.wait_for_url(f"**{url_part}**", timeout=LIMIT)
    if expect_title is not None:
        page.wait_for_function(
            "(t) => { const h = document.querySelector('[data-testid=\"stMain\"] h1'); "
            "return h && h.innerText.trim() === t; }",
            arg=expect_title,
            timeout=LIMIT,
        )
    else:
        page.wait_for_function(
            "(t) => { const h = document.querySelector('[data-testid=\"stMain\"] h1'); "
            "return h && h.innerText.trim() !== t; }",
            arg=before,
            timeout=LIMIT,
        )
    settle(page)
    return round(time.perf_counter() - t0 - PAUSES, 2)


def nav(path: str):
    def click(page) -> None:
        page.locator(f'[data-testid="stSidebarNav"] a[href$="/{path}"]').first.click()

    return click


def typed(label: str, text: str):
    """Type `text` into the select box labelled `label` (the choice is made by pressing Enter)."""

    def type_in(page) -> None:
        box = page.locator('[data-testid="stSelectbox"]').filter(has_text=label).first
        box.locator("input").click()
        page.keyboard.type(text)
        page.wait_for_timeout(300)

    return type_in


def enter(page) -> None:
    page.keyboard.press("Enter")


def pages(person: str) -> dict[str, tuple[str, object]]:
    ro = quote(ID + "country/RO", safe="")
    return {
        "overview": ("", None),
        "network (default view)": ("network", None),
        "network, filtered (RO, 2024)": (f"network?country={ro}&from=2024-01-01&to=2024-12-31", None),
        "map": ("map", None),
        "person": ("person?id=" + quote(ID + "person/" + person, safe=""), None),
        "country (RO)": (f"party?id={ro}", None),
        "meeting": ("meeting", None),  # the id is filled in once the person page has one
        "SPARQL (meetings_by_kind)": ("sparql?q=meetings_by_kind", run_query),
    }


def lookups(store: Path, person: str) -> tuple[str, str]:
    """The person's name and their newest meeting, read from the store before the app starts."""
    from graph.store import open_store

    reader = open_store(store, read_only=True)
    iri = f"<{ID}person/{person}>"
    name = reader.query(f"SELECT (MIN(?n) AS ?name) WHERE {{ {iri} <http://www.w3.org/2000/01/rdf-schema#label> ?n }}")
    meeting = reader.query(
        f"SELECT ?m WHERE {{ ?m <https://schema.org/attendee> {iri} ; <https://schema.org/startDate> ?d }} "
        "ORDER BY DESC(?d) LIMIT 1"
    )
    reader.close()
    return (
        name.rows[0][0].value if name.rows and name.rows[0][0] else "",
        meeting.rows[0][0].value if meeting.rows else "",
    )


BASELINE_APP = 'import streamlit as st\n\nst.title("Baseline")\nst.write("A page that only draws text.")\n'


def baseline_run(log_dir: Path = Path("/tmp")) -> dict[str, float]:
    """Cold and reload times of a minimal Streamlit page (the same server flags, browser and
    timing): the framework's own floor, for reading the explorer's figures against it."""
    import tempfile

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="dg-baseline-app-") as tmp:
        (Path(tmp) / "app.py").write_text(BASELINE_APP, encoding="utf-8")
        server = AppServer(Path(tmp) / "no-store", log_dir / "app_timings_baseline.log", root=Path(tmp))
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
                cold = timed(browser, server.url + "/")
                reloads = [timed(browser, server.url + "/") for _ in range(5)]
                browser.close()
        finally:
            server.stop()
    reloads.sort()
    out = {"cold_s": cold, "reload_s": reloads[len(reloads) // 2]}
    print("baseline (minimal Streamlit page)", out, flush=True)
    return out


def one_run(args, name: str) -> dict:
    from playwright.sync_api import sync_playwright

    log = Path(f"/tmp/app_timings_{name}.log")
    server = AppServer(args.store, log, root=args.app_root)
    out: dict[str, dict[str, float]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            listed = pages(args.person)
            for page_name, (path, action) in listed.items():
                if page_name == "meeting" and args.meeting:
                    path = "meeting?id=" + quote(args.meeting, safe="")
                cold = timed(browser, f"{server.url}/{path}", action)
                warm = timed(browser, f"{server.url}/{path}", action)
                out[page_name] = {"cold_s": cold, "reload_s": warm}
                print(name, page_name, out[page_name], flush=True)
            if not args.no_switch:
                for page_name, seconds in switches(browser, server.url, args).items():
                    out.setdefault(page_name, {})["switch_s"] = seconds
                    print(name, page_name, "switch", seconds, flush=True)
            browser.close()
    finally:
        server.stop()
    return out


def switches(browser, url: str, args) -> dict[str, float]:
    """One session: overview, then each page reached by clicking."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url, timeout=LIMIT)
    settle(page)
    out = {}
    out["network (default view)"] = switched(page, nav("network"), "/network", "Network")
    out["map"] = switched(page, nav("map"), "/map", "Map")
    out["SPARQL (meetings_by_kind)"] = switched(page, nav("sparql"), "/sparql", "SPARQL")
    out["person"] = switched(page, nav("person"), "/person", "People")
    name = args.person_name
    if name:
        out["person"] = switched(page, enter, "person?id=", prepare=typed("Person", name))
        pick = page.locator('[data-testid="stSelectbox"]').filter(has_text="Open a meeting").first
        if pick.count():

            def unfold(pg) -> None:
                pick.locator("input").click()
                pg.keyboard.press("ArrowDown")

            out["meeting"] = switched(page, enter, "meeting?id=", prepare=unfold)
            party = page.locator('[data-testid="stPageLink"] a[href*="party?id="]').first
            if party.count():
                out["country (RO)"] = switched(page, lambda pg: party.click(), "party?id=")
    out["overview"] = switched(page, nav(""), "/", "diplograph")
    page.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--person", default="p3000", help="person key for the person page")
    ap.add_argument("--person-name", default="", help="that person's name, to pick it in the select box")
    ap.add_argument("--app-root", type=Path, default=ROOT, help="the checkout whose app.py is run")
    ap.add_argument("--runs", choices=("both", "first", "restart"), default="both")
    ap.add_argument("--no-switch", action="store_true", help="only cold and reload times")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()
    name, args.meeting = lookups(args.store, args.person)
    args.person_name = args.person_name or name
    results = {"baseline": baseline_run()}
    if args.runs in ("both", "first"):
        kept = args.store.resolve().with_name(args.store.resolve().name + ".tables")
        shutil.rmtree(kept, ignore_errors=True)
        results["first start"] = one_run(args, "first")
    if args.runs in ("both", "restart"):
        results["restart"] = one_run(args, "restart")
    print(json.dumps(results, indent=2))
    if args.json:
        from benchmarks.common import machine

        saved = {"machine": machine(), "meetings": count_meetings(args.store), "runs": results}
        args.json.write_text(json.dumps(saved, indent=2), encoding="utf-8")


def count_meetings(store: Path) -> int:
    import pyoxigraph as ox

    found = ox.Store.read_only(str(store)).query(
        "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <https://schema.org/Event> }", use_default_graph_as_union=True
    )
    return int(next(iter(found))[0].value)


if __name__ == "__main__":
    main()
