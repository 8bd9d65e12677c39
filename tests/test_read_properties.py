"""Property tests: whatever bytes arrive, read_bytes returns a clean Release or raises ReadError.

The default run tries a few hundred inputs per property; HYPOTHESIS_PROFILE=fuzz tries many more
(see tests/FUZZING.md for the figures of the last long run).
"""

from __future__ import annotations

import os
import string
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.pubdate import find_dates
from graph.read import read_bytes
from graph.records import ReadError

settings.register_profile("default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

NAMES = st.sampled_from(["release.txt", "page.html", "upload", "note.text", "x.htm", "data.csv"])
MEDIA_TYPES = st.sampled_from(
    [None, "text/html", "text/plain", "text/html; charset=utf-8", "text/plain; charset=latin-1", "image/png"]
)

WORDS = [
    "le", "la", "ministre", "a", "rencontré", "son", "homologue", "à", "Paris", "the", "Minister", "met",
    "his", "counterpart", "in", "Kyiv", "on", "14", "Sep.", "2018", "Published", "Tags:", "Ukraine",
    "cookies", "Home", "|", ">", "»", "–", "«", "Accueil", "newsletter", "17.07.2025", "2025-02-30",
    "31/02/2024", "Last", "updated:", "©", "Skip", "to", "content", "Related", "links", "M.", "Mme",
    "Путин", "встреча", "Ελλάδα", "東京", "\u200b", "\u00a0", "\ufeff", "\u2028", "\t", "\r", "\x00",
]  # fmt: skip
TAGS = ["p", "div", "h1", "h2", "nav", "footer", "article", "main", "script", "style", "time", "li", "br"]


def _check(release) -> None:
    assert isinstance(release.text, str) and release.text.strip()
    assert "\x00" not in release.text and "\r" not in release.text
    assert isinstance(release.language, str) and release.language
    assert release.media_type in ("text/plain", "text/html")
    assert len(release.content_hash) == 64


def _read(data: bytes, name: str, media_type: str | None = None) -> None:
    try:
        release = read_bytes(data, name, media_type)
    except ReadError as error:
        assert error.reason
        return
    _check(release)


@given(st.binary(max_size=4096), NAMES, MEDIA_TYPES)
def test_arbitrary_bytes(data, name, media_type):
    _read(data, name, media_type)


@given(st.text(max_size=3000), NAMES, st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252", "latin-1"]))
def test_arbitrary_text_in_any_encoding(text, name, encoding):
    _read(text.encode(encoding, errors="replace"), name)


@st.composite
def wordy_lines(draw) -> str:
    """Lines made of release words, boilerplate words, dates and odd characters."""
    lines = draw(st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join), max_size=40))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
    return ending.join(line + draw(st.sampled_from(["", ".", ":", " -", "?"])) for line in lines)


@given(wordy_lines(), NAMES)
def test_text_pages_of_release_words(text, name):
    _read(text.encode("utf-8"), name)


@st.composite
def html_ish(draw) -> str:
    """Tag soup: nested, unclosed, with attributes, metadata, JSON-LD and text of release words."""
    parts: list[str] = [draw(st.sampled_from(["", "<!DOCTYPE html>", "<html lang='fr'>", '<html lang="x">']))]
    if draw(st.booleans()):
        meta = draw(st.sampled_from([
            "<meta property='article:published_time' content='{}'>",
            "<link rel='canonical' href='{}'>",
            "<script type='application/ld+json'>{}</script>",
            "<meta charset='{}'>",
            "<title>{}</title>",
        ]))  # fmt: skip
        parts.append(meta.format(draw(st.text(alphabet=string.printable, max_size=60))))
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(TAGS))
        words = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=30)))
        close = draw(st.sampled_from([f"</{tag}>", "", "</div>", "<"]))
        parts.append(f"<{tag} class='{draw(st.text(max_size=5))}'>{words}{close}")
    if draw(st.booleans()):
        parts.append("</body></html>")
    return "".join(parts)


@given(html_ish(), st.sampled_from(["page.html", "page.txt", "upload"]))
def test_html_ish_pages(page, name):
    _read(page.encode("utf-8"), name)


@given(st.text(max_size=500), st.text(max_size=2000))
def test_json_ld_and_meta_values(value, body):
    page = (
        "<html><head>"
        f"<script type='application/ld+json'>{value}</script>"
        f"<meta property='article:published_time' content=\"{value}\">"
        f"</head><body><article><p>{body}</p>"
        "<p>The Foreign Minister met his counterpart in Brussels today to discuss the war in Ukraine.</p>"
        "</article></body></html>"
    )
    _read(page.encode("utf-8", errors="replace"), "page.html")


SAMPLES = sorted(p for p in (Path(__file__).resolve().parent / "data" / "read").iterdir() if p.is_file())
CORPUS_RELEASES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "releases"
if CORPUS_RELEASES.is_dir():
    SAMPLES += sorted(CORPUS_RELEASES.iterdir())


@st.composite
def mutated_release(draw) -> tuple[bytes, str]:
    """A real release, cut, spliced with odd text or with bytes overwritten."""
    path = draw(st.sampled_from(SAMPLES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "insert", "overwrite", "duplicate"]))
        if action == "cut":
            data = data[:where]
        elif action == "insert":
            data[where:where] = draw(st.text(max_size=200)).encode("utf-8", errors="replace")
        elif action == "overwrite":
            patch = draw(st.binary(min_size=1, max_size=16))
            data[where : where + len(patch)] = patch
        else:
            data[where:where] = data[max(0, where - 500) : where]
    return bytes(data), path.name


@given(mutated_release())
def test_mutated_releases(release):
    data, name = release
    _read(data, name)


@given(mutated_release())
@settings(max_examples=50)
def test_reading_is_deterministic(release):
    data, name = release
    try:
        first = read_bytes(data, name)
    except ReadError as error:
        first = error.reason
    try:
        second = read_bytes(data, name)
    except ReadError as error:
        second = error.reason
    assert first == second


@given(st.text(alphabet=string.digits + " ./-,:" + "janfévrirmayjuloctsepdécembreofth", max_size=80))
def test_found_dates_are_real_dates_in_range(text):
    for found in find_dates(text):
        assert 1945 <= found.year <= date.today().year + 1
