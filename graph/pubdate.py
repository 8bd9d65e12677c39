"""Find the publication date of a release in the lines of its page.

A press page shows its date in a dateline near the title ("14 Sep. 2018 -", "17.07.2025 - Press
release", "Le 24 février 2025 – Ottawa"), after a word such as "Published" / "Publié le", or at the
foot ("Last updated: ..."). The body holds other dates (of the meeting, of past events), so the
page's own date lines win over body dates, which are only a last resort.

Dates are matched with regular expressions over month names taken from babel for the languages
below (a few milliseconds for a whole page); dateparser is the fallback for the few short lines
near the title that those miss (other languages, unusual forms).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

# Month names of these locales are recognised; fr and en are the languages of the releases.
MONTH_LOCALES = ("en", "fr", "de", "es", "it", "nl", "pt")
# Spellings babel does not give: common abbreviations in press pages.
EXTRA_MONTHS = dict(
    (name, int(number))
    for name, number in (
        item.split(":")
        for item in (
            "sept:9 febr:2 fevr:2 janv:1 juil:7 juill:7 avr:4 dec:12 oct:10 nov:11 aout:8 mrt:3 mei:5"
            " okt:10 dez:12 mär:3 maerz:3"
        ).split()
    )
)
MIN_YEAR = 1945


COMBINING_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without accents, curly apostrophes made straight (for matching only)."""
    if text.isascii():
        return text.lower()
    text = COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text.lower()))
    return text.replace("\u2019", "'")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    from babel.dates import get_month_names

    months: dict[str, int] = {}
    for locale in MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    key = fold(name).rstrip(".")
                    if len(key) >= 3:
                        months.setdefault(key, number)
    months.update(EXTRA_MONTHS)
    return months


def month_names() -> frozenset[str]:
    """Folded month names and abbreviations."""
    return frozenset(_months())


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    month = "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))
    day = r"(?P<d>[0-3]?\d)(?:er|re|st|nd|rd|th|º|\.)?"
    year = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    return [
        # 14 Sep. 2018, 14-Sep.-2018, 1er juillet 2022, 17. Juli 2025, 3rd of March 2025, 10 de junio de 2025
        (
            re.compile(
                rf"(?<!\d){day}(?:\s*-\s*|\s+(?:of\s+|de\s+)?)(?P<m>{month})\.?(?:\s*-\s*|,?\s+(?:de\s+)?){year}"
            ),
            "dmy",
        ),
        # June 10, 2025 / Sep. 9 2020
        (re.compile(rf"(?<![\w])(?P<m>{month})\.?\s+{day},?\s+{year}"), "mdy"),
        # 2025-09-02 (ISO), also inside timestamps
        (re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"), "iso"),
        # 17.07.2025, 08/07/2016, 14. 2. 2025: day first, as in the releases' locales
        (re.compile(r"(?<![\d.])(?P<d>\d{1,2})(?:[./]|\.[ ])(?P<m>\d{1,2})(?:[./]|\.[ ])(?P<y>(?:19|20)\d\d)(?![\d])"),
         "num"),
    ]


def _make(year: int, month: int, day: int, latest_year: int) -> date | None:
    if not MIN_YEAR <= year <= latest_year:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(line: str, latest_year: int | None = None) -> list[date]:
    """Every full date (day, month and year) written in the line, in order of position."""
    if not any(c.isdigit() for c in line):
        return []
    latest = latest_year or date.today().year + 1
    folded = fold(line)
    months = _months()
    found: list[tuple[int, date]] = []
    taken: list[tuple[int, int]] = []
    for pattern, style in _patterns():
        for match in pattern.finditer(folded):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            day, year = int(match["d"]), int(match["y"])
            if style in ("dmy", "mdy"):
                month = months[match["m"]]
            else:
                month = int(match["m"])
            value = _make(year, month, day, latest)
            if value is None and style == "num":  # a US page may write month first
                value = _make(year, day, month, latest)
            if value is not None:
                found.append((match.start(), value))
                taken.append(match.span())
    return [value for _, value in sorted(found, key=lambda item: item[0])]


def parse_loose(line: str, languages: list[str]) -> date | None:
    """dateparser's reading of a short line, for date forms the patterns miss."""
    import dateparser.search

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        results = dateparser.search.search_dates(line, languages=languages, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a miss is not an error here
        return None
    for _, value in results or []:
        if MIN_YEAR <= value.year <= date.today().year + 1:
            return value.date()
    return None
