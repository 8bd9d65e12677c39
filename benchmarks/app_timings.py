"""Page load times of the explorer in a real browser (Debian's chromium), cold then warm.

    python benchmarks/app_graph.py --meetings 100000 --out /tmp/dg-100k     # once
    python benchmarks/app_timings.py --store /tmp/dg-100k

Each page is opened twice in a fresh browser page: the first load computes (cold: the store is
asked), the second is served from the app's caches (warm). The time is from navigation until the
page's script has finished (its title drawn and Streamlit's running indicator gone).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from urllib.parse import quote

from tests.app_fixtures import CHROMIUM, CHROMIUM_ARGS, AppServer

PERSON = "https://w3id.org/diplograph/id/person/"


def settle(page) -> None:
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=600_000)
    for _ in range(3):
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=600_000)
        page.wait_for_timeout(250)


def timed(browser, url: str, action=None) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    t0 = time.perf_counter()
    page.goto(url, timeout=600_000)
    settle(page)
    if action:
        action(page)
        settle(page)
    elapsed = time.perf_counter() - t0 - 0.75  # the settle pauses
    page.close()
    return round(elapsed, 2)


def run_query(page) -> None:
    page.get_by_role("button", name="Run").click()
    page.wait_for_selector("text=/\\d+ rows/", timeout=600_000)


def main() -> None:
    from playwright.sync_api import sync_playwright

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--person", default="p3000", help="person key for the person page")
    args = ap.parse_args()
    server = AppServer(args.store, Path("/tmp/app_timings_streamlit.log"))
    pages = {
        "overview": "",
        "network (default view)": "network",
        "network, filtered (RO, 2024)": "network?country="
        + quote("https://w3id.org/diplograph/id/country/RO")
        + "&from=2024-01-01&to=2024-12-31",
        "person": "person?id=" + quote(PERSON + args.person, safe=""),
        "country (RO)": "party?id=" + quote("https://w3id.org/diplograph/id/country/RO", safe=""),
        "SPARQL (meetings_by_kind)": "sparql?q=meetings_by_kind",
    }
    results = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for name, path in pages.items():
                action = run_query if path.startswith("sparql") else None
                cold = timed(browser, f"{server.url}/{path}", action)
                warm = timed(browser, f"{server.url}/{path}", action)
                results[name] = {"cold_s": cold, "warm_s": warm}
                print(name, results[name], flush=True)
            browser.close()
    finally:
        server.stop()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
