"""Read a saved release (scraped text or an HTML page) into a Release: its own text, cleaned of
site boilerplate, with language, publication date, title and URL.

    read_release(path) -> Release                    a file on disk
    read_bytes(data, name, media_type=None) -> Release   bytes, e.g. an upload

Steps: refuse what is not a text (empty, binary, too large, undecodable); decode (BOMs, UTF-8, else
charset-normalizer's guess) and normalise (NFC, line ends, zero-width characters and odd spaces);
then for an HTML page let trafilatura find the main content and read the page's metadata, and for
scraped text keep the body lines (graph.boilerplate); find the language from stopword profiles and
the publication date from the page's datelines. Anything doubtful but not fatal goes to
Release.warnings; anything unreadable raises ReadError.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from pathlib import Path

from graph import webpage
from graph.boilerplate import (
    DATE,
    FINAL_STOP,
    GOOD,
    Layout,
    is_published_line,
    is_updated_line,
    layout,
    unwrap,
)
from graph.language import detect_language, stoplist
from graph.pubdate import find_dates, fold, parse_loose
from graph.records import ReadError, Release

MAX_BYTES = 5 * 1024 * 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}

# Leading bytes of formats that are not text.
MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an office document)",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\xfd7zXZ": "an xz archive",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old office document",
    b"SQLite format 3": "an SQLite database",
    b"{\\rtf": "an RTF document",
    b"%!PS": "a PostScript document",
    b"\x00asm": "a WebAssembly module",
    b"\x00\x00\x01\x00": "an icon",
}
# Leading bytes that a text could also start with: binary only when control bytes follow.
WEAK_MAGIC = {
    b"OggS": "an audio or video file",
    b"ID3": "an MP3 file",
    b"fLaC": "a FLAC file",
    b"RIFF": "a RIFF media file",
    b"BZh": "a bzip2 archive",
}
BOMS = [  # UTF-32 before UTF-16: their BOMs share a prefix
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
# Control bytes (other than tab, line feed, form feed, carriage return) beyond this share: binary.
MAX_CONTROL_SHARE = 0.05
SNIFF_BYTES = 65536
# Text in an encoding may hold this many bad byte sequences (replaced), or this share of its
# characters, before it counts as not in that encoding.
MAX_BAD_SEQUENCES, MAX_BAD_SEQUENCES_SHARE = 3, 0.01
# Labels that browsers decode as windows-1252 (the WHATWG encoding standard).
WINDOWS_1252_ALIASES = dict.fromkeys(["iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"], "cp1252")
# Kept text below this share of the page's characters: warn that the page was mostly boilerplate.
BOILERPLATE_HEAVY = 0.3

# Zero-width and formatting characters dropped; odd spaces made plain spaces.
INVISIBLE = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F, *range(0x202A, 0x202F)])
ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
LINE_BREAKS = re.compile(r"\r\n|[\r\x85\u2028\u2029]")
SPACE_RUNS = re.compile(r" {2,}")

# The head of a paragraph that opens with its dateline, up to the dash after it.
DATELINE_OPENING = re.compile(r"^(.{6,60}?)\s(?:--|–|—|-)\s")


# ---------------------------------------------------------------- entry points


def read_release(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Release:
    """Read one saved release from disk."""
    file = Path(path)
    try:
        if file.is_dir():
            raise ReadError(str(path), "is a folder, not a file")
        size = file.stat().st_size
        if size > max_bytes:
            raise ReadError(str(path), f"file is {size:,} bytes, over the limit of {max_bytes:,}")
        data = file.read_bytes()
    except OSError as error:
        raise ReadError(str(path), f"cannot be read: {error.strerror or error}") from error
    return read_bytes(data, file.name, max_bytes=max_bytes, path=str(path))


def read_bytes(
    data: bytes,
    name: str,
    media_type: str | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    path: str | None = None,
) -> Release:
    """Read one release from its bytes; `name` is the file name, `media_type` the declared type
    ("text/html", "text/plain", optionally with "; charset=...")."""
    where = path or name
    if len(data) > max_bytes:
        raise ReadError(where, f"file is {len(data):,} bytes, over the limit of {max_bytes:,}")
    kind, declared_charset = _declared_type(media_type)
    text, encoding, decoding_note = decode(data, where, declared_charset)
    controls = len(CONTROLS.findall(text))
    text = normalise(text)
    if not text.strip():
        raise ReadError(where, "empty: the file holds only whitespace" if data.strip() else "empty file")
    if kind is None:
        kind = _guess_type(name, text)
    warnings: list[str] = []
    if encoding not in ("utf-8", "ascii"):
        warnings.append(f"not UTF-8: decoded as {encoding}")
    if decoding_note:
        warnings.append(decoding_note)
    if controls:
        warnings.append(f"{controls} control character(s) removed (NUL and the like)")
    if kind == "text/html":
        release = _read_html(text, where, warnings)
    else:
        release = _read_text(text, where, warnings)
    release.source = Path(name).name or name
    release.content_hash = hashlib.sha256(data).hexdigest()
    release.path = path
    return release


# ---------------------------------------------------------------- bytes to text


def _declared_type(media_type: str | None) -> tuple[str | None, str | None]:
    if not media_type:
        return None, None
    main, _, params = media_type.partition(";")
    main = main.strip().lower()
    charset = None
    match = re.search(r"charset\s*=\s*\"?([\w.:-]+)", params, re.I)
    if match:
        charset = match.group(1)
    if main in ("text/html", "application/xhtml+xml"):
        return "text/html", charset
    if main.startswith("text/"):
        return "text/plain", charset
    return None, charset


def _guess_type(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "text/html"
    head = text.lstrip()[:1024].lower()
    if head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head):
        return "text/html"
    if suffix not in TEXT_SUFFIXES and len(re.findall(r"</?(?:p|div|body|span|a|br)\b", text[:20000], re.I)) >= 5:
        return "text/html"
    return "text/plain"


def _binary_reason(data: bytes) -> str | None:
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            return f"binary content: {what}"
    for magic, what in WEAK_MAGIC.items():
        if data.startswith(magic) and any(b < 9 for b in data[len(magic) : 32]):
            return f"binary content: {what}"
    sample = data[:SNIFF_BYTES]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        return f"binary content: {controls / len(sample):.0%} control bytes"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text of a Latin script has a NUL in every other byte."""
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, where: str, declared: str | None = None) -> tuple[str, str, str | None]:
    """The text of the bytes, the encoding used and a warning if any: a BOM's encoding, else UTF-8
    when it decodes (a few stray bytes in UTF-8 text are replaced), else the declared charset, else
    charset-normalizer's guess."""
    if not data.strip():
        raise ReadError(where, "empty file" if not data else "empty: the file holds only whitespace")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text, note = _decode_mostly(data[len(bom) :], encoding)
            if text is None:
                raise ReadError(where, f"undecodable text: bad {encoding} after its byte-order mark")
            return text, encoding, note
    utf16 = _utf16_without_bom(data[:SNIFF_BYTES] if len(data) > SNIFF_BYTES else data[: len(data) // 2 * 2])
    if utf16:
        text, note = _decode_mostly(data, utf16)
        if text is not None:
            return text, utf16, note
    reason = _binary_reason(data)
    if reason:
        raise ReadError(where, reason)
    text, note = _decode_mostly(data, "utf-8")
    if text is not None:
        return text, "utf-8", note
    declared = declared or _charset_in_markup(data)
    if declared:
        encoding = WINDOWS_1252_ALIASES.get(declared.lower(), declared.lower())
        try:
            return data.decode(encoding), encoding, None
        except (LookupError, UnicodeDecodeError):
            pass
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise ReadError(where, "undecodable text: neither UTF-8 nor any known encoding fits")
    best = matches[0]
    # Single-byte encodings often tie; the web's commonest one wins a tie (é, è, à, ’ in French).
    for match in matches:
        if match.chaos <= best.chaos + 0.01 and "cp1252" in match.could_be_from_charset:
            return data.decode("cp1252"), "cp1252", None
    return str(best), best.encoding, None


def _decode_mostly(data: bytes, encoding: str) -> tuple[str | None, str | None]:
    """The bytes decoded, tolerating a few bad sequences in text that is plainly in this encoding
    (a file cut inside a character, a stray byte): they become U+FFFD and a warning says so."""
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError:
        pass
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode(encoding))
    good = sum(1 for char in text if ord(char) > 127 and char != "\ufffd")
    if bad > max(MAX_BAD_SEQUENCES, MAX_BAD_SEQUENCES_SHARE * len(text)):
        return None, None
    if encoding == "utf-8" and good < bad:  # few characters decode: text in another encoding
        return None, None
    return text, f"{bad} byte sequence(s) that are not {encoding} replaced"


def _charset_in_markup(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (<meta charset=...>)."""
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", data[:4096], re.I)
    return match.group(1).decode("ascii", "replace") if match else None


def normalise(text: str) -> str:
    """NFC, "\\n" line ends, no zero-width or control characters, plain spaces."""
    text = LINE_BREAKS.sub("\n", text)
    text = text.translate(INVISIBLE)
    text = CONTROLS.sub("", text)
    text = ODD_SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def _lines(text: str) -> list[str]:
    """The text's non-blank lines, spaces tidied, hard-wrapped paragraphs joined."""
    return unwrap([SPACE_RUNS.sub(" ", raw).strip() for raw in text.split("\n")])


def _language_warning(language: str) -> list[str]:
    if language in ("fr", "en"):
        return []
    if language == "und":
        return ["language undetermined"]
    return [f"language is '{language}', not French or English"]


# ---------------------------------------------------------------- scraped text


def _read_text(text: str, where: str, warnings: list[str]) -> Release:
    lines = _lines(text)
    page_language = detect_language(text)
    page = layout(lines, stoplist(page_language))
    language = detect_language(page.text) if page.kept else "und"
    if language not in ("und", page_language):  # the body's language decides, not the menus'
        page = layout(lines, stoplist(language))
    if not any(page.lines[i].kind == GOOD for i in page.kept):
        page = _prose_fallback(page, where)
        warnings.append("no paragraph of prose: kept the sentences found")
        language = detect_language(page.text)
    if language == "und":
        language = page_language
    body = page.text
    warnings.extend(_language_warning(language))
    published, date_warnings = text_publication_date(page, language)
    warnings.extend(date_warnings)
    if len(body) < BOILERPLATE_HEAVY * sum(len(line) for line in lines):
        warnings.append(f"boilerplate-heavy: kept {len(page.kept)} of {len(lines)} lines")
    return Release(
        source="",
        text=body,
        language=language,
        content_hash="",
        title=page.title,
        published=published,
        media_type="text/plain",
        site=_site_lines(page),
        warnings=warnings,
    )


SITE_LINES = 6  # header and footer lines kept as the publisher's furniture


def _site_lines(page: Layout) -> str:
    """The first and last lines left out of the body: they name the publisher ("GOV.UK",
    "Government of the Netherlands", "© Présidence de la République")."""
    kept = set(page.kept)
    head = [ln.text for i, ln in enumerate(page.lines[: page.body_start]) if i not in kept][:SITE_LINES]
    tail = [ln.text for i, ln in enumerate(page.lines) if i >= page.body_end and i not in kept][-SITE_LINES:]
    return "\n".join(head + tail)


def _prose_fallback(page: Layout, where: str) -> Layout:
    """No paragraph passed as prose: keep the sentences there are, or give up."""
    kept = [
        i
        for i, line in enumerate(page.lines)
        if line.kind != "bad" and line.words >= 4 and FINAL_STOP.search(line.text)
    ]
    if not kept:
        raise ReadError(where, f"no prose: none of its {len(page.lines)} lines is a sentence")
    page.kept = kept
    page.body_start, page.body_end = kept[0], kept[-1] + 1
    return page


def _around(index: int | None, n: int) -> list[int]:
    if index is None:
        return []
    return [i for i in (index - 1, index + 1, index - 2, index + 2) if 0 <= i < n]


def text_publication_date(page: Layout, language: str) -> tuple[date | None, list[str]]:
    """The date the page shows for itself: a "Published" line, then the datelines above the body
    (nearest first), the title, the first lines, a "Last updated" line; else the body's first date."""
    texts = [line.text for line in page.lines]
    folded = [fold(t) for t in texts]

    def first_date(indexes) -> date | None:
        for i in indexes:
            found = find_dates(texts[i])
            if found:
                return found[0]
        return None

    def after_keyword(test) -> date | None:
        for i, line in enumerate(folded):
            if test(line):
                found = first_date(range(i, min(len(texts), i + 3)))
                if found:
                    return found
        return None

    lead_end = next(
        (i for i in range(page.body_start, page.body_end) if page.lines[i].kind == GOOD),
        page.body_start,
    )
    candidates = [
        # (not a table's "Date | City | ..." header)
        lambda: after_keyword(lambda f: is_published_line(f) and not is_updated_line(f) and " | " not in f),
        lambda: first_date(sorted(page.datelines, reverse=True)),
        lambda: first_date(i for i in range(lead_end - 1, -1, -1) if page.lines[i].kind == DATE),
        lambda: first_date([page.title_index] if page.title_index is not None else []),
        # a date of its own line right above or below the title, even where the furniture around
        # it made it look like boilerplate ("Press release / 14. 2. 2025 / <title>")
        lambda: first_date(i for i in _around(page.title_index, len(texts)) if page.lines[i].own_kind == DATE),
        lambda: first_date(range(0, min(lead_end, 3))),
        # a line right above the body that opens on a date ("2025-09-24 | Media Relations Office | Views 412")
        lambda: first_date(i for i in range(lead_end - 1, max(-1, lead_end - 4), -1) if find_dates(texts[i][:12])),
        lambda: after_keyword(is_updated_line),
        lambda: _loose_head_date(texts, lead_end, language),
    ]
    for candidate in candidates:
        found = candidate()
        if found:
            return found, []
    if page.kept:  # a dateline that opens the first paragraph: "Vienna, 12 March 2025 -- The..."
        lead = texts[lead_end] if lead_end < len(texts) else ""
        opening = DATELINE_OPENING.match(lead)
        found = first_date([lead_end]) if opening and find_dates(opening.group(1)) else None
        if found:
            return found, []
    found = first_date(page.kept)
    if found:
        return found, ["publication date taken from the body text"]
    return None, ["no publication date found"]


DATEPARSER_LANGUAGES = ("fr", "en", "de", "es", "it", "nl", "pt", "pl", "ru")


def _loose_head_date(texts: list[str], lead_end: int, language: str) -> date | None:
    """dateparser over the short lines with digits above the body."""
    languages = [language] if language in DATEPARSER_LANGUAGES else ["fr", "en"]
    for text in texts[max(0, lead_end - 6) : lead_end]:
        if len(text) <= 60 and re.search(r"\d{4}", text):
            found = parse_loose(text, languages)
            if found:
                return found
    return None


# ---------------------------------------------------------------- HTML pages


# ---------------------------------------------------------------- HTML pages


def _read_html(text: str, where: str, warnings: list[str]) -> Release:
    tree = webpage.parse(text)
    meta = webpage.page_metadata(tree) if tree is not None else {}
    body, extracted_title, extracted_date = webpage.main_text(text)
    body = webpage.restored_dateline(tree, webpage.dropped_paragraphs(tree, body))
    page = _html_layout(body)
    if page is None:  # trafilatura found nothing readable: sort the page's own lines
        page = _html_layout(normalise(webpage.visible_text(tree)))
        if page is not None:
            warnings.append("main content found by the fallback extractor")
    if page is None:
        raise ReadError(where, "HTML page without extractable main content")
    title = meta.get("title") or extracted_title or page.title
    kept = page.text
    if title and fold(title) not in fold(kept[: len(title) + 200]):
        kept = f"{title}\n{kept}"
    language = detect_language(kept)
    declared = (meta.get("lang") or "").split("-")[0].split("_")[0].lower()
    if language == "und" and len(declared) == 2:
        language = declared
    elif declared and len(declared) == 2 and declared != language:
        warnings.append(f"page declares language '{declared}' but its text reads as '{language}'")
    warnings.extend(_language_warning(language))
    published = _first_date(meta.get("published")) or _first_date(extracted_date)
    if published is None:
        published, date_warnings = text_publication_date(
            layout(_lines(normalise(webpage.visible_text(tree))), stoplist(language)), language
        )
        warnings.extend(date_warnings)
    if "</html" not in text[-2000:].lower():
        warnings.append("page looks truncated: no closing </html>")
    return Release(
        source="",
        text=kept,
        language=language,
        content_hash="",
        title=title,
        published=published,
        url=meta.get("url"),
        media_type="text/html",
        site="\n".join(
            x for x in (meta.get("site"), meta.get("url") or meta.get("og_url"), _title_suffix(meta.get("title"))) if x
        ),
        warnings=warnings,
    )


def _title_suffix(title: str | None) -> str | None:
    """'Secretary Blinken's Meetings ... - United States Department of State' -> the site's name."""
    if not title:
        return None
    parts = re.split(r"\s[|–—-]\s", title)
    return parts[-1] if len(parts) > 1 else None


def _html_layout(body: str) -> Layout | None:
    """The layout of a page's text, or None when it holds no prose."""
    if not body.strip():
        return None
    page = layout(_lines(body), stoplist(detect_language(body)))
    return page if page.kept else None


def _first_date(value: str | None) -> date | None:
    found = find_dates(value) if value else []
    return found[0] if found else None
