"""Find date expressions in French and English text and resolve them to calendar dates.

`find_dates(text, lang, anchor)` returns every date expression of a sentence or a text as a
`DateMention` with character offsets (text[m.start:m.end] == m.text), its kind and, where the text
and the anchor (the release's publication date) allow, the calendar date(s) it names:

- "explicit": a full or partial calendar date, alone or in a range: "18 novembre 2024", "le 1er
  avril", "March 3, 2025", "Monday, 3 March 2025", "03/03/2025", "2025-03-03", "14-Sep.-2018",
  "22 and 23 May", "du 3 au 5 juin", "le vendredi 14 et le samedi 15 février 2025", "Ce lundi
  (18 novembre 2024)". A month named alone ("in June", "en juin 2022", "June last year") is
  explicit with precision "month".
- "weekday": a weekday alone ("on Monday", "lundi", "ce mardi", "mardi dernier", "next Tuesday",
  "lundi et mardi"), resolved against the anchor (default: the latest such day <= anchor).
- "relative": relative to the publication date ("yesterday", "ce matin", "la semaine dernière",
  "later this month"); value = the day (or the period, with precision "week"/"month"/"year").
- "sequential": relative to the previous event of the narrative ("the following day", "le
  lendemain", "la veille", "two days later"): offset_days only; the caller resolves it.

Decisions, so that callers know what they get:
- Numeric dates are day-month-year, the order of European publishers: "03/04/2025" is 3 April 2025.
  Only when lang == "en" and the middle field cannot be a month (> 12) is it month/day/year
  ("04/23/2025"). Year-first forms ("2025-03-04", "2025/03/04") are year-month-day. Numeric dates
  need a four-digit year (a two-digit one is too often a version number or a fraction).
- A bare year ("in 2014", "d'ici 2029") is not the date of a day: it is not returned.
- A date without a year takes the year that puts it closest to the anchor (a "12 December" in a
  release of 2 January is the previous December), preferring a year whose weekday matches a named
  weekday, and following "dernier"/"prochain"; without an anchor its value is None.
- Times ("16h30", "16:22") are not dates and are skipped; so are numbers that only look like a day
  ("Article 5", "75th anniversary", "G7", "3 % du PIB").
- is_future: True when the mention lies after the anchor day (or says so: "tomorrow", "next week",
  "mardi prochain"), False when it lies on or before it ("today", "hier"), None when unknown.

Vocabulary is data: month and weekday names from babel's locale data, everything else (extra
spellings, relative and sequential phrases, modifiers) from data/date_words.csv. The work is one
compiled regular expression over the text; dateparser is used only by `parse_date`, as a fallback
for strings the expression does not read at all.
"""

from __future__ import annotations

import calendar
import csv
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "date_words.csv"
LOCALES = ("en", "fr")
KINDS = ("explicit", "weekday", "relative", "sequential")
DIRECTIONS = ("past", "before", "future", "after", "nearest")
# A weekday named with a yearless date picks the matching year only within this many days.
WEEKDAY_YEAR_WINDOW = 300


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text; see the module docstring for the kinds."""

    start: int
    end: int
    text: str
    kind: str  # one of KINDS
    value: date | None = None  # the day, or the first day of a range / period
    end_value: date | None = None  # last day of a range or of a week/month/year period
    offset_days: int | None = None  # relative: from the anchor; sequential: from the previous event
    weekday: int | None = None  # 0 = Monday, when a weekday is named
    has_year: bool = False  # the text states the year
    is_future: bool | None = None
    precision: str = "day"  # "day", or "week" / "month" / "year" for periods


# ---------------------------------------------------------------------------------------------
# Vocabulary

_LOOSE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-"})


def fold(text: str) -> str:
    """Casefolded, accents removed, apostrophes and hyphens unified (for lookups only)."""
    text = unicodedata.normalize("NFKD", text.translate(_LOOSE))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _key(text: str) -> str:
    """Lookup key of a phrase: folded, hyphens as spaces, single spaces, no trailing period."""
    words = " ".join(fold(text).replace("-", " ").split())
    return words.replace("' ", "'").rstrip(".")


@dataclass(frozen=True)
class _Phrase:
    kind: str  # "relative" or "sequential"
    offset: int
    unit: str  # day, week, month, year
    part: str  # "", "rest", "start"


@dataclass
class _Vocab:
    months: dict[str, int] = field(default_factory=dict)
    month_langs: dict[str, set[str]] = field(default_factory=dict)
    wide_months: set[str] = field(default_factory=set)
    weekdays: dict[str, int] = field(default_factory=dict)  # full names
    weekday_abbr: dict[str, int] = field(default_factory=dict)  # only before a date
    capitalised: set[str] = field(default_factory=set)
    numbers: dict[str, int] = field(default_factory=dict)
    phrases: dict[str, _Phrase] = field(default_factory=dict)
    modifiers: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (direction, position)
    dayparts: set[str] = field(default_factory=set)
    month_cues: dict[str, set[str]] = field(default_factory=dict)  # key -> languages
    range_to: set[str] = field(default_factory=set)
    range_and: set[str] = field(default_factory=set)
    range_open: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    linkers: set[str] = field(default_factory=set)


def _read_rows() -> list[dict[str, str]]:
    lines = [line for line in WORDS_FILE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    from babel.dates import get_day_names, get_month_names

    v = _Vocab()

    def add_month(name: str, number: int, lang: str, wide: bool) -> None:
        key = _key(name)
        v.months.setdefault(key, number)
        v.month_langs.setdefault(key, set()).add(lang)
        if wide:
            v.wide_months.add(key)

    for lang in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, lang).items():
                    add_month(name, number, lang, width == "wide")
                for number, name in get_day_names(width, context, lang).items():
                    target = v.weekdays if width == "wide" else v.weekday_abbr
                    target.setdefault(_key(name), number)
    for row in _read_rows():
        kind, lang, key, value = row["kind"], row["lang"], _key(row["form"]), row["value"]
        if kind == "month":
            add_month(key, int(value), lang, wide=False)
        elif kind == "weekday":
            v.weekday_abbr.setdefault(key, int(value))
        elif kind == "capitalised":
            v.capitalised.add(key)
        elif kind == "number":
            v.numbers[key] = int(value)
        elif kind in ("relative", "sequential"):
            v.phrases[key] = _Phrase(kind, int(value), row["unit"] or "day", row["part"] or "")
        elif kind == "modifier":
            v.modifiers[key] = (value, row["position"])
        elif kind == "daypart":
            v.dayparts.add(key)
        elif kind == "month_cue":
            v.month_cues.setdefault(key, set()).add(lang)
        elif kind == "article":
            v.articles.add(key)
        elif kind == "linker":
            v.linkers.add(key)
        elif kind in ("range_to", "range_and", "range_open"):
            getattr(v, kind).add(key)
    for key in v.weekdays:  # a full name also works where an abbreviation does
        v.weekday_abbr.setdefault(key, v.weekdays[key])
    return v


# ---------------------------------------------------------------------------------------------
# The regular expression

_SPACE = r"[\s\u00a0\u202f]+"
_SPACE0 = r"[\s\u00a0\u202f]*"
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014]"
_APOS = r"['\u2019\u2018\u02bc`]"
_DAY = r"(?<!\w)(?<!\d[.,])(?:3[01]|[12]\d|0?[1-9])(?:er|\u1d49\u02b3|st|nd|rd|th)?(?!\w)"
_YEAR = r"(?:19|20|21)\d\d(?!\d)"


@lru_cache(maxsize=1)
def _letter_classes() -> dict[str, str]:
    """For each base letter, a character class of it and its accented forms (accent-blind regexes)."""
    variants: dict[str, set[str]] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = fold(ch)
        if len(base) == 1 and base.isascii() and base.isalpha():
            variants.setdefault(base, set()).add(ch.lower())
    return {base: "[" + base + "".join(sorted(chars)) + "]" for base, chars in variants.items()}


def _unit_regex(unit: str, number_regex: str) -> str:
    if unit == "{n}":
        return number_regex
    if unit == " ":
        return r"[\s\u00a0\u202f\-\u2010\u2011]+"
    if unit == "'":
        return _APOS + _SPACE0
    return _letter_classes().get(unit, re.escape(unit))


def _trie_regex(keys: list[str], number_regex: str = r"\d+") -> str:
    """One alternation for many phrase keys, factored as a trie so a mismatch fails fast."""
    trie: dict = {}
    for key in keys:
        node = trie
        for unit in re.findall(r"\{n\}|.", key):
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends_here = "" in node
        branches = [_unit_regex(u, number_regex) + emit(child) for u, child in sorted(node.items()) if u]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    v = _vocab()
    number = r"(?:\d{1,3}|" + _trie_regex(list(v.numbers)) + r")"
    month = "(?:" + _trie_regex(list(v.months)) + r")(?!\w)\.?"
    wd_full = "(?:" + _trie_regex(list(v.weekdays)) + r")(?!\w)"
    wd_any = "(?:" + _trie_regex(list(v.weekday_abbr)) + r")(?!\w)\.?"
    daypart = "(?:" + _trie_regex(sorted(v.dayparts)) + r")(?!\w)"
    pre_mods = [k for k, (_, pos) in v.modifiers.items() if pos == "before"]
    post_mods = [k for k, (_, pos) in v.modifiers.items() if pos == "after"]
    year_rel = [k for k, p in v.phrases.items() if p.unit == "year" and not p.part]
    post = "(?:" + _trie_regex(post_mods + year_rel) + r")(?!\w)"
    pre = "(?:" + _trie_regex(pre_mods) + r")(?!\w)"
    cue = "(?:" + _trie_regex(list(v.month_cues) + pre_mods) + r")(?!\w)"
    joiner = "(?:" + _trie_regex(sorted(v.range_to | v.range_and)) + r")(?!\w)"
    list_sep = rf"{_SPACE0}(?:,|{_DASH}|{joiner}){_SPACE0}"
    year_sep = rf"(?:{_SPACE0},{_SPACE0}|{_SPACE0}{_DASH}{_SPACE0}|{_SPACE})"
    phrase = _trie_regex(list(v.phrases), number)
    article = rf"(?:(?:{_trie_regex(sorted(v.articles))}){_SPACE})"
    linker = rf"(?:(?:{_trie_regex(sorted(v.linkers))}){_SPACE})"
    # what follows the day of a day-first date: a list after a month-first date stops before it
    day_to_month = rf"(?:{_SPACE0}{_DASH}{_SPACE0}|{_SPACE}){linker}?{month}"

    day_first = (
        rf"(?:(?P<a_wd>{wd_any}),?{_SPACE}{article}?)?"
        rf"(?P<a_days>{_DAY}(?:{list_sep}{article}?(?:{wd_any}{_SPACE})?{_DAY})*)"
        rf"(?:{_SPACE0}{_DASH}{_SPACE0}|{_SPACE}){linker}?(?P<a_month>{month})"
        rf"(?:{year_sep}(?P<a_year>{_YEAR}))?(?:{_SPACE}(?P<a_post>{post}))?"
    )
    month_first = (
        rf"(?:(?P<b_wd>{wd_any}),?{_SPACE})?(?P<b_month>{month}){_SPACE}{article}?"
        rf"(?P<b_days>{_DAY}(?:{_SPACE0}(?:{_DASH}|{joiner}){_SPACE0}{_DAY}(?!{day_to_month}))*)"
        rf"(?:(?:{_SPACE0},{_SPACE0}|{_SPACE})(?P<b_year>{_YEAR}))?(?:{_SPACE}(?P<b_post>{post}))?"
    )
    numeric = (
        r"(?<![\w.])(?:(?P<c_iy>(?:19|20|21)\d\d)(?P<c_isep>[-/.])(?P<c_im>1[0-2]|0?[1-9])(?P=c_isep)"
        r"(?P<c_id>3[01]|[12]\d|0?[1-9])(?!\d)"
        r"|(?P<c_a>\d{1,2})(?P<c_sep>[-/.]|\.[ ])(?P<c_b>\d{1,2})(?P=c_sep)(?P<c_y>(?:19|20|21)\d\d)(?![\d]|[./-]\d))"
    )
    weekday = (
        rf"(?:(?P<f_pre>{pre}){_SPACE})?(?P<f_wd>{wd_full})(?:{_SPACE}{daypart})?"
        rf"(?:{_SPACE0}(?:{_DASH}|{joiner}){_SPACE0}{article}?(?P<f_wd2>{wd_full})(?:{_SPACE}{daypart})?)?"
        rf"(?:{_SPACE}(?P<f_post>{post}))?"
    )
    month_alone = (
        rf"(?:(?P<d_cue>{cue})(?:{_SPACE}|{_DASH}))?(?P<d_month>{month})"
        rf"(?!{_SPACE}{article}?{_DAY})"  # "by June 30" is a day, read by month_first
        rf"(?:{year_sep}(?P<d_year>{_YEAR}))?(?:{_SPACE}(?P<d_post>{post}))?"
    )
    words = rf"(?P<e_phrase>{phrase})(?!\w)"
    # Order matters where two start at one place: a date before a weekday or month alone.
    # Inner groups are prefixed a_ (day_first), b_ (month_first), c_ (numeric), f_ (weekday),
    # d_ (month_alone), e_ (words).
    alternatives = [
        ("day_first", day_first),
        ("month_first", month_first),
        ("numeric", numeric),
        ("weekday", weekday),
        ("month_alone", month_alone),
        ("words", words),
    ]
    body = "|".join(rf"(?P<{name}>{regex})" for name, regex in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})", re.IGNORECASE)


_DAY_TOKEN = re.compile(r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)")
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


# ---------------------------------------------------------------------------------------------
# Parsed items, before resolution

Point = tuple[int | None, int, int | None]  # (year, month, day); day None for a month


@dataclass
class _Item:
    start: int
    end: int
    kind: str
    first: Point | None = None
    last: Point | None = None  # end of a range
    weekday: int | None = None
    weekday_end: int | None = None
    direction: str | None = None  # from a modifier: past, before, future, after
    year_shift: int | None = None  # "June last year" -> -1
    phrase: _Phrase | None = None
    count: int = 1  # the {n} of a phrase
    precision: str = "day"


def _direction(word: str | None) -> tuple[str | None, int | None]:
    """(direction, year shift) of a modifier or year phrase written beside a date."""
    if not word:
        return None, None
    v = _vocab()
    key = _key(word)
    if key in v.modifiers:
        return v.modifiers[key][0], None
    phrase = v.phrases.get(key)
    if phrase and phrase.unit == "year":
        return None, phrase.offset
    return None, None


def _month_of(token: str) -> int | None:
    """Month number of a matched month token; English words that are also common words
    ("may", "march") count only when capitalised."""
    v = _vocab()
    key = _key(token)
    if key in v.capitalised and not token[:1].isupper():
        return None
    return v.months.get(key)


def _weekday_in(segment: str, table: dict[str, int]) -> int | None:
    for word in _WORD_TOKEN.findall(segment):
        number = table.get(_key(word))
        if number is not None:
            return number
    return None


def _preceded_by_range_open(text: str, start: int) -> bool:
    words = _WORD_TOKEN.findall(text[max(0, start - 24) : start])
    v = _vocab()
    words = [w for w in words if _key(w) not in v.articles]
    return bool(words) and _key(words[-1]) in v.range_open


def _day_list(
    text: str, m: re.Match[str], days_group: str, month: int, year: int | None, prefix_wd: int | None
) -> list[_Item]:
    """Items of a list of days sharing a month: one range ("22 and 23 May", "3 to 5 June") or,
    for days that do not follow each other ("3 and 10 March"), one item per day."""
    v = _vocab()
    offset = m.start(days_group)
    days_text = m.group(days_group)
    tokens = list(_DAY_TOKEN.finditer(days_text))
    days = [int(t.group()) for t in tokens]
    separators = [days_text[a.end() : b.start()] for a, b in zip(tokens, tokens[1:], strict=False)]
    weekdays = [prefix_wd] + [_weekday_in(s, v.weekday_abbr) for s in separators]
    is_range = len(days) == 1 or any(
        re.search(_DASH, s) or any(w in v.range_to for w in map(_key, _WORD_TOKEN.findall(s)))
        for s in separators
    )
    is_range = is_range or all(b == a + 1 for a, b in zip(days, days[1:], strict=False))
    is_range = is_range or _preceded_by_range_open(text, m.start())
    if is_range:
        last = (year, month, days[-1]) if len(days) > 1 else None
        return [_Item(m.start(), m.end(), "explicit", (year, month, days[0]), last, weekday=weekdays[0])]
    items = []
    for i, token in enumerate(tokens):
        start = m.start() if i == 0 else offset + token.start()
        end = m.end() if i == len(tokens) - 1 else offset + token.end()
        items.append(_Item(start, end, "explicit", (year, month, days[i]), weekday=weekdays[i]))
    return items


def _numeric_point(a: int, b: int, year: int, lang: str) -> Point | None:
    if b <= 12 and 1 <= a <= 31 and b >= 1:
        return (year, b, a)
    if lang == "en" and a <= 12 and 1 <= a and 1 <= b <= 31:  # month/day/year, the only reading
        return (year, a, b)
    return None


def _items(text: str, lang: str) -> list[_Item]:
    v = _vocab()
    items: list[_Item] = []
    for m in _pattern().finditer(text):
        g = m.group
        if g("day_first") is not None or g("month_first") is not None:
            p = "a" if g("day_first") is not None else "b"
            month = _month_of(g(f"{p}_month"))
            if month is None:
                continue
            year = int(g(f"{p}_year")) if g(f"{p}_year") else None
            wd = v.weekday_abbr.get(_key(g(f"{p}_wd"))) if g(f"{p}_wd") else None
            direction, shift = _direction(g(f"{p}_post"))
            found = _day_list(text, m, f"{p}_days", month, year, wd)
            for item in found:
                item.direction, item.year_shift = direction, shift
                if p == "a" and item.end == m.end():
                    item.end = _without_full_stop(m, "a_month", v)
            items.extend(found)
        elif g("numeric") is not None:
            if g("c_iy"):
                point: Point | None = (int(g("c_iy")), int(g("c_im")), int(g("c_id")))
            else:
                point = _numeric_point(int(g("c_a")), int(g("c_b")), int(g("c_y")), lang)
            if point:
                items.append(_Item(m.start(), m.end(), "explicit", point))
        elif g("weekday") is not None:
            pre, _ = _direction(g("f_pre"))
            post, _ = _direction(g("f_post"))
            wd1 = v.weekdays.get(_key(g("f_wd")))
            wd2 = v.weekdays.get(_key(g("f_wd2"))) if g("f_wd2") else None
            if wd1 is not None:
                items.append(
                    _Item(m.start(), m.end(), "weekday", weekday=wd1, weekday_end=wd2, direction=post or pre)
                )
        elif g("month_alone") is not None:
            month_item = _month_alone(m, v)
            if month_item:
                items.append(month_item)
        elif g("words") is not None:
            phrase_item = _phrase_item(m)
            if phrase_item:
                items.append(phrase_item)
    return items


def _without_full_stop(m: re.Match[str], month_group: str, v: _Vocab) -> int:
    """End of a match that closes on a month: a period after a full month name ends the sentence
    ("on 22 and 23 May."), while after an abbreviation ("14 Sep.") it belongs to the month."""
    if m.end(month_group) == m.end() and m.group(month_group).endswith("."):
        if _key(m.group(month_group)) in v.wide_months:
            return m.end() - 1
    return m.end()


def _month_alone(m: re.Match[str], v: _Vocab) -> _Item | None:
    """A month named without a day: needs a cue ("in", "en", "last"), a year or a year phrase."""
    g = m.group
    token = g("d_month")
    month = _month_of(token)
    key = _key(token)
    cue = _key(g("d_cue")) if g("d_cue") else None
    year = int(g("d_year")) if g("d_year") else None
    direction, shift = _direction(g("d_post"))
    pre_direction = v.modifiers[cue][0] if cue in v.modifiers else None
    if month is None or key not in v.month_langs:
        return None
    if year is None and key not in v.wide_months:
        return None  # "in Mar" is not a month; "Mar 2025" is
    if cue is not None and cue not in v.modifiers and not (v.month_cues.get(cue, set()) & v.month_langs[key]):
        cue = None  # "in Mars" is not March: cue and month of one language
    if cue is None and year is None and direction is None and shift is None:
        return None
    start = m.start() if pre_direction else m.start("d_month")
    return _Item(
        start,
        _without_full_stop(m, "d_month", v),
        "explicit",
        (year, month, None),
        direction=direction or pre_direction,
        year_shift=shift,
        precision="month",
    )


def _phrase_item(m: re.Match[str]) -> _Item | None:
    v = _vocab()
    matched = m.group("e_phrase")
    key = _key(matched)
    count = 1
    phrase = v.phrases.get(key)
    if phrase is None:  # a "{n}" phrase: find the number and look the pattern up
        words = key.split(" ")
        for i, word in enumerate(words):
            number = int(word) if word.isdigit() else v.numbers.get(word)
            candidate = v.phrases.get(" ".join(words[:i] + ["{n}"] + words[i + 1 :]))
            if number is not None and candidate is not None:
                phrase, count = candidate, number
                break
    if phrase is None:
        return None
    return _Item(m.start(), m.end(), phrase.kind, phrase=phrase, count=count, precision=phrase.unit)


# ---------------------------------------------------------------------------------------------
# Merging neighbours: "Ce lundi (18 novembre 2024)", "30 June - 2 July 2025"

_OPEN_GAP = re.compile(r"[\s\u00a0\u202f]*(?:,[\s\u00a0\u202f]*)?(\()?[\s\u00a0\u202f]*")
_CLOSE_GAP = re.compile(r"[\s\u00a0\u202f]*\)")


_RANGE_GAP = re.compile(
    rf"{_SPACE0}(?:(?P<dash>{_DASH})|(?P<word>[^\W\d_]+(?:['\u2019][^\W\d_]+)?)){_SPACE0}"
    rf"(?:(?P<article>[^\W\d_]+){_SPACE})?"
)


def _is_range_gap(gap: str, text: str, first: _Item) -> bool:
    """Whether the text between two dates joins them into a range ("-", "to", "au", "and" after
    "between")."""
    m = _RANGE_GAP.fullmatch(gap)
    v = _vocab()
    if m is None or (m.group("article") and _key(m.group("article")) not in v.articles):
        return False
    if m.group("dash"):
        return True
    word = _key(m.group("word"))
    return word in v.range_to or (word in v.range_and and _preceded_by_range_open(text, first.start))


def _merge(text: str, items: list[_Item]) -> list[_Item]:
    out: list[_Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is not None and nxt.kind == "explicit" and nxt.precision == "day":
            gap = text[item.end : nxt.start]
            opener = _OPEN_GAP.fullmatch(gap)
            named_day = item.kind == "weekday" or (item.kind == "relative" and item.precision == "day")
            if opener and named_day:
                close = _CLOSE_GAP.match(text, nxt.end) if opener.group(1) else None
                if not opener.group(1) or close:
                    nxt.start = item.start
                    nxt.end = close.end() if close else nxt.end
                    if item.kind == "weekday":  # its direction does not bind a written date
                        nxt.weekday = item.weekday
                    else:
                        nxt.phrase, nxt.count = item.phrase, item.count
                    i += 1
                    continue
            if (
                item.kind == "explicit"
                and item.precision == "day"
                and item.last is None
                and nxt.phrase is None
                and _is_range_gap(gap, text, item)
            ):
                assert item.first is not None and nxt.first is not None
                end = nxt.last or nxt.first
                year, month, day = item.first
                if year is None and end[0] is not None:
                    year = end[0] - 1 if (month, day or 0) > (end[1], end[2] or 0) else end[0]
                item.first = (year, month, day)
                item.last = end
                item.end = nxt.end
                out.append(item)
                i += 2
                continue
        out.append(item)
        i += 1
    return out


# ---------------------------------------------------------------------------------------------
# Resolution against the anchor


def resolve_weekday(weekday: int, reference: date, direction: str = "past") -> date:
    """The day of the given weekday (0 = Monday) near `reference`.

    "past": the latest such day <= reference; "before": < reference; "future": the earliest >=
    reference; "after": > reference; "nearest": whichever of past/future is closer.
    """
    if not 0 <= weekday <= 6 or direction not in DIRECTIONS:
        raise ValueError(f"weekday {weekday!r} / direction {direction!r}")
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if direction == "before":
        back = back or 7
    if direction == "after":
        ahead = ahead or 7
    if direction in ("past", "before") or (direction == "nearest" and back <= ahead):
        return reference - timedelta(days=back)
    return reference + timedelta(days=ahead)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _infer_year(point: Point, anchor: date, weekday: int | None, direction: str | None) -> int | None:
    """The year for a (month, day) without one: closest to the anchor, with a named weekday
    matching if possible, and on the side a modifier ("dernier", "next") says."""
    _, month, day = point
    candidates: list[tuple[date, int]] = []  # (first day, year)
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append((date(year, month, day or 1), year))
        except ValueError:
            continue
    if day is None:  # a month: compare whole months
        anchor_index = anchor.year * 12 + anchor.month
        distance = {y: abs(y * 12 + month - anchor_index) for _, y in candidates}
        side = {y: (y * 12 + month > anchor_index) - (y * 12 + month < anchor_index) for _, y in candidates}
    else:
        distance = {y: abs((d - anchor).days) for d, y in candidates}
        side = {y: (d > anchor) - (d < anchor) for d, y in candidates}
    wanted = {"past": (-1, 0), "before": (-1,), "future": (0, 1), "after": (1,)}.get(direction or "")
    if wanted:
        candidates = [c for c in candidates if side[c[1]] in wanted]
    if weekday is not None and day is not None:
        matching = [
            c for c in candidates if c[0].weekday() == weekday and distance[c[1]] <= WEEKDAY_YEAR_WINDOW
        ]
        candidates = matching or candidates
    if not candidates:
        return None
    return min(candidates, key=lambda c: (distance[c[1]], c[1] != anchor.year))[1]


def _point_date(point: Point, year: int) -> date:
    return date(year, point[1], point[2] or 1)


def _future(value: date | None, end: date | None, anchor: date | None) -> bool | None:
    if value is None or anchor is None:
        return None
    if value > anchor:
        return True
    if (end or value) <= anchor:
        return False
    return None


def _resolve_explicit(item: _Item, anchor: date | None) -> tuple[date | None, date | None, bool]:
    """(value, end_value, has_year) of an explicit item."""
    assert item.first is not None
    first, last = item.first, item.last
    has_year = first[0] is not None or (last is not None and last[0] is not None)
    year = first[0]
    if year is None and last is not None and last[0] is not None:
        year = last[0]
    if year is None and anchor is not None:
        if item.year_shift is not None:
            year = anchor.year + item.year_shift
        else:
            year = _infer_year(first, anchor, item.weekday, item.direction)
    if year is None:
        return None, None, has_year
    value = _point_date(first, year)
    if last is not None:
        end_year = last[0] if last[0] is not None else year
        end = _point_date(last, end_year)
        if end < value and last[0] is None:
            end = _point_date(last, end_year + 1)
        if last[2] is None:
            end = _month_end(end.year, end.month)
    elif first[2] is None:
        end = _month_end(year, first[1])
    else:
        end = None
    return value, end, has_year


def _period(phrase: _Phrase, count: int, anchor: date) -> tuple[date | None, date | None]:
    offset = phrase.offset * count
    if phrase.unit == "day":
        day = anchor + timedelta(days=offset)
        return day, None
    if phrase.unit == "week":
        first = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
        last = first + timedelta(days=6)
    elif phrase.unit == "month":
        year, month = _add_months(anchor.year, anchor.month, offset)
        first, last = date(year, month, 1), _month_end(year, month)
    else:
        first, last = date(anchor.year + offset, 1, 1), date(anchor.year + offset, 12, 31)
    if phrase.part == "rest":
        first = anchor + timedelta(days=1)
    elif phrase.part == "start":
        last = anchor - timedelta(days=1)
    if first > last:
        return None, None
    return first, last


def _static_future(phrase: _Phrase) -> bool | None:
    """is_future of a relative phrase when there is no anchor to compare with."""
    if phrase.offset > 0 or phrase.part == "rest":
        return True
    if phrase.offset < 0 or phrase.part == "start" or phrase.unit == "day":
        return False
    return None


def _mention(text: str, item: _Item, anchor: date | None) -> DateMention:
    base = DateMention(item.start, item.end, text[item.start : item.end], item.kind)
    if item.kind == "explicit":
        value, end, has_year = _resolve_explicit(item, anchor)
        offset = item.phrase.offset * item.count if item.phrase and item.phrase.unit == "day" else None
        return replace(
            base,
            value=value,
            end_value=end,
            offset_days=offset,
            weekday=item.weekday,
            has_year=has_year,
            is_future=_future(value, end, anchor),
            precision=item.precision,
        )
    if item.kind == "weekday":
        assert item.weekday is not None
        direction = item.direction or "past"
        value = end = None
        if anchor is not None:
            if item.weekday_end is None:
                value = resolve_weekday(item.weekday, anchor, direction)
            else:
                span = (item.weekday_end - item.weekday) % 7
                if direction in ("past", "before"):
                    end = resolve_weekday(item.weekday_end, anchor, direction)
                    value = end - timedelta(days=span)
                else:
                    value = resolve_weekday(item.weekday, anchor, direction)
                    end = value + timedelta(days=span)
        future = {"future": True, "after": True, "before": False}.get(direction)
        return replace(base, value=value, end_value=end, weekday=item.weekday, is_future=future)
    assert item.phrase is not None
    phrase = item.phrase
    step = {"day": 1, "week": 7}.get(phrase.unit)
    offset = phrase.offset * item.count * step if step is not None and not phrase.part else None
    if item.kind == "sequential":
        return replace(base, offset_days=offset, precision=phrase.unit)
    value = end = None
    if anchor is not None:
        value, end = _period(phrase, item.count, anchor)
    future = _future(value, end, anchor) if anchor is not None else _static_future(phrase)
    return replace(
        base, value=value, end_value=end, offset_days=offset, is_future=future, precision=phrase.unit
    )


def find_dates(text: str, lang: str, anchor: date | None) -> list[DateMention]:
    """Every date expression of `text`, in order; see the module docstring."""
    if not isinstance(text, str) or not text:
        return []
    mentions = []
    for item in _merge(text, _items(text, lang or "")):
        try:
            mentions.append(_mention(text, item, anchor))
        except (ValueError, OverflowError):  # a date outside the calendar (31 June, year 10000)
            mentions.append(DateMention(item.start, item.end, text[item.start : item.end], item.kind))
    return mentions


def parse_date(text: str, lang: str | None = None, anchor: date | None = None) -> date | None:
    """The date of a short date string ("17.07.2025", "14 Sep. 2018", "le 1er avril"): the first
    day-precise date the expression finds. Strings it does not resolve ("05-Mar-25") go to
    dateparser. A date without a year needs the anchor (else None: no guessing from today)."""
    if not isinstance(text, str):
        return None
    for mention in find_dates(text, lang or "", anchor):
        if mention.value is not None and mention.precision == "day" and mention.kind != "sequential":
            return mention.value
    if not re.search(r"\d", text) or len(text) > 100:  # dateparser is for short date strings
        return None
    return _dateparser_fallback(text, lang, anchor)


def _dateparser_fallback(text: str, lang: str | None, anchor: date | None) -> date | None:
    import dateparser  # slow to import: only when needed

    languages = ["fr", "en"] if lang not in ("fr", "en") else [lang, "en" if lang == "fr" else "fr"]
    base = datetime(anchor.year, anchor.month, anchor.day) if anchor else datetime(2000, 1, 1)
    settings = {
        "DATE_ORDER": "DMY",
        "RELATIVE_BASE": base,
        # without an anchor the year must be written, or dateparser would invent one
        "REQUIRE_PARTS": ["day", "month"] + ([] if anchor else ["year"]),
    }
    try:
        parsed = dateparser.parse(text, languages=languages, settings=settings)
    except Exception:  # dateparser fails on some odd input: no date then
        return None
    return parsed.date() if parsed else None
