"""graph.dates: date expressions of French and English text, found and resolved.

Sentences here are written for the tests (not copied from the corpus). The corpus section checks
that every gold meeting date of shared/corpus is among the dates found in its release, with the
release's publication date (read from its dateline with parse_date) as the anchor, and reports how
each gold date is reached: written as a calendar date, or only through narrative resolution.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.dates import DateMention, find_dates, parse_date, resolve_weekday

CORPUS = Path(os.environ.get("DIPLOGRAPH_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
GOLD = sorted((CORPUS / "gold").glob("*.json")) if (CORPUS / "gold").is_dir() else []
needs_corpus = pytest.mark.skipif(not GOLD, reason="shared corpus not found")


def only(text: str, lang: str = "en", anchor: date | None = None) -> DateMention:
    mentions = find_dates(text, lang, anchor)
    assert len(mentions) == 1, mentions
    return mentions[0]


def values(text: str, lang: str, anchor: date | None = None) -> list[tuple[date | None, date | None]]:
    return [(m.value, m.end_value) for m in find_dates(text, lang, anchor)]


# ---------------------------------------------------------------- explicit dates


@pytest.mark.parametrize(
    ("sentence", "lang", "expected", "matched"),
    [
        (
            "La ministre a reçu son homologue le 18 novembre 2024 à Paris.",
            "fr",
            date(2024, 11, 18),
            "18 novembre 2024",
        ),
        ("Le traité est entré en vigueur le 1er juillet 2022.", "fr", date(2022, 7, 1), "1er juillet 2022"),
        ("The envoys met on March 3, 2025 in Geneva.", "en", date(2025, 3, 3), "March 3, 2025"),
        ("The envoys met on 3 March 2025 in Geneva.", "en", date(2025, 3, 3), "3 March 2025"),
        ("The summit opened on the 22nd of June 2025.", "en", date(2025, 6, 22), "22nd of June 2025"),
        ("Talks resumed on March 2nd, 2025.", "en", date(2025, 3, 2), "March 2nd, 2025"),
        ("Signed in Ottawa, 03/03/2025.", "en", date(2025, 3, 3), "03/03/2025"),
        ("Communiqué du 3.3.2025 sur la Moldavie.", "fr", date(2025, 3, 3), "3.3.2025"),
        ("Last modified 2025-03-03T10:12:00+01:00", "en", date(2025, 3, 3), "2025-03-03"),
        ("Readout of 14 Sep. 2018 on the Baltic states", "en", date(2018, 9, 14), "14 Sep. 2018"),
        ("Note du 9 déc. 2024 sur le flanc oriental", "fr", date(2024, 12, 9), "9 déc. 2024"),
        ("Réunion du 3 févr. 2025 à Bruxelles", "fr", date(2025, 2, 3), "3 févr. 2025"),
        ("Title of a page, 14-Sep.-2018", "en", date(2018, 9, 14), "14-Sep.-2018"),
        (
            "Le ministre s'est rendu à Chypre le jeudi 12 décembre 2024.",
            "fr",
            date(2024, 12, 12),
            "jeudi 12 décembre 2024",
        ),
        (
            "The ministers met on Monday, 3 March 2025 in Riga.",
            "en",
            date(2025, 3, 3),
            "Monday, 3 March 2025",
        ),
        ("Wed, 05 Mar 2025 10:00:00 GMT", "en", date(2025, 3, 5), "Wed, 05 Mar 2025"),
    ],
)
def test_explicit_dates_with_a_year(sentence, lang, expected, matched):
    mention = only(sentence, lang)
    assert (mention.kind, mention.value, mention.text, mention.has_year) == (
        "explicit",
        expected,
        matched,
        True,
    )
    assert sentence[mention.start : mention.end] == matched


def test_weekday_with_its_date_is_one_explicit_mention():
    fr = only("Ce lundi (18 novembre 2024), la ministre a reçu son homologue.", "fr")
    assert (fr.text, fr.value, fr.weekday, fr.kind) == (
        "Ce lundi (18 novembre 2024)",
        date(2024, 11, 18),
        0,
        "explicit",
    )
    en = only("The envoy came to Oslo on Thursday (13 September) for talks.", "en", date(2018, 9, 15))
    assert (en.text, en.value, en.weekday, en.has_year) == (
        "Thursday (13 September)",
        date(2018, 9, 13),
        3,
        False,
    )
    bare = only("Elle a reçu vendredi 14 février son homologue.", "fr", date(2025, 2, 16))
    assert (bare.value, bare.weekday) == (date(2025, 2, 14), 4)
    written_apart = only("Il a reçu ce mardi 4 mars le président.", "fr", date(2025, 3, 4))
    assert (written_apart.text, written_apart.value, written_apart.weekday) == (
        "ce mardi 4 mars",
        date(2025, 3, 4),
        1,
    )


def test_dates_without_a_year_take_the_anchor_year():
    mention = only("Les ministres se retrouveront le 1er avril à Vienne.", "fr", date(2025, 3, 20))
    assert (mention.value, mention.has_year, mention.is_future) == (date(2025, 4, 1), False, True)
    us = only("They spoke on Sept. 14 about the Arctic.", "en", date(2018, 9, 20))
    assert us.value == date(2018, 9, 14)
    assert only("Les ministres se retrouveront le 1er avril.", "fr").value is None  # no anchor, no guess


def test_year_inference_across_the_new_year():
    assert only("The leaders met on 12 December in Rome.", "en", date(2025, 1, 2)).value == date(2024, 12, 12)
    assert only("Ils se verront le 3 janvier à Madrid.", "fr", date(2024, 12, 28)).value == date(2025, 1, 3)
    december = only("The plan was adopted in December.", "en", date(2025, 1, 2))
    assert (december.value, december.end_value, december.precision) == (
        date(2024, 12, 1),
        date(2024, 12, 31),
        "month",
    )
    # a named weekday picks the year whose calendar agrees with it
    assert only("on Thursday (2 January)", "en", date(2025, 6, 30)).value == date(2025, 1, 2)


def test_modifiers_and_year_phrases_beside_a_date():
    last_october = only("depuis sa prise de fonctions, le 1er octobre dernier", "fr", date(2024, 12, 9))
    assert last_october.value == date(2024, 10, 1)
    assert only("le 1er octobre dernier", "fr", date(2024, 10, 1)).value == date(2023, 10, 1)
    assert only("the summit in Madrid in June last year", "en", date(2023, 7, 10)).value == date(2022, 6, 1)
    assert only("lors du sommet de juin de l'année dernière", "fr", date(2023, 7, 10)).value == date(
        2022, 6, 1
    )


def test_months_named_alone():
    assert values("Elle s'y était rendue en juin 2022.", "fr") == [(date(2022, 6, 1), date(2022, 6, 30))]
    assert only("The summit in July will decide.", "en", date(2024, 4, 3)).value == date(2024, 7, 1)
    assert only("mid-June", "en", date(2024, 4, 3)).value == date(2024, 6, 1)
    # a month alone needs a cue, a year or a modifier; "may" and "march" need their capital
    assert find_dates("Allies may march together; June was warm.", "en", date(2024, 4, 3)) == []
    assert find_dates("The probe flew to Mars in 2021.", "en", date(2024, 4, 3)) == []


# ---------------------------------------------------------------- numeric order


def test_numeric_dates_are_day_month_year_unless_english_says_otherwise():
    assert only("03/04/2025", "fr").value == date(2025, 4, 3)
    assert only("03/04/2025", "en").value == date(2025, 4, 3)  # both fit: day first
    assert only("04/23/2025", "en").value == date(2025, 4, 23)  # 23 cannot be a month
    assert find_dates("04/23/2025", "fr", None) == []
    assert only("2025/03/04", "fr").value == date(2025, 3, 4)
    assert find_dates("version 1.2.2025.4", "en", None) == []
    assert [m.value for m in find_dates("31/02/2025", "fr", None)] in ([], [None])  # no 31 February


# ---------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("sentence", "lang", "anchor", "first", "last"),
    [
        (
            "The Chair visited Estonia on 22 and 23 May.",
            "en",
            date(2023, 5, 23),
            date(2023, 5, 22),
            date(2023, 5, 23),
        ),
        (
            "Le Conseil européen se réunira les 21 et 22 mars.",
            "fr",
            date(2024, 3, 1),
            date(2024, 3, 21),
            date(2024, 3, 22),
        ),
        ("The exercise runs from 3 to 5 June.", "en", date(2025, 5, 1), date(2025, 6, 3), date(2025, 6, 5)),
        ("L'exercice se tiendra du 3 au 5 juin 2025.", "fr", None, date(2025, 6, 3), date(2025, 6, 5)),
        (
            "Le vendredi 14 et le samedi 15 février 2025, il a tenu des entretiens.",
            "fr",
            None,
            date(2025, 2, 14),
            date(2025, 2, 15),
        ),
        (
            "Leaders meet in Washington on 10-11 July.",
            "en",
            date(2024, 7, 1),
            date(2024, 7, 10),
            date(2024, 7, 11),
        ),
        (
            "Assemblée générale (New York, 24–26 septembre 2024)",
            "fr",
            None,
            date(2024, 9, 24),
            date(2024, 9, 26),
        ),
        (
            "Talks are planned between 3 and 7 June.",
            "en",
            date(2025, 5, 1),
            date(2025, 6, 3),
            date(2025, 6, 7),
        ),
        ("La mission durera du 30 juin au 2 juillet 2025.", "fr", None, date(2025, 6, 30), date(2025, 7, 2)),
        ("The meetings of May 22-23, 2025 in Oslo", "en", None, date(2025, 5, 22), date(2025, 5, 23)),
        (
            "The trip lasts from 30 December to 2 January.",
            "en",
            date(2024, 12, 20),
            date(2024, 12, 30),
            date(2025, 1, 2),
        ),
        ("Consultations du 03/03/2025 au 05/03/2025", "fr", None, date(2025, 3, 3), date(2025, 3, 5)),
        (
            "Leaders meet on Tuesday and Wednesday (11 and 12 July).",
            "en",
            date(2023, 7, 10),
            date(2023, 7, 11),
            date(2023, 7, 12),
        ),
    ],
)
def test_ranges(sentence, lang, anchor, first, last):
    mention = only(sentence, lang, anchor)
    assert (mention.kind, mention.value, mention.end_value) == ("explicit", first, last)


def test_days_listed_apart_are_separate_dates():
    mentions = find_dates("Votes took place on 3 and 10 March.", "en", date(2025, 3, 20))
    assert [(m.text, m.value, m.end_value) for m in mentions] == [
        ("3", date(2025, 3, 3), None),
        ("10 March", date(2025, 3, 10), None),
    ]
    two = find_dates("She was in Kyiv on 3 March 2025 and in Chisinau on 5 March 2025.", "en", None)
    assert [m.value for m in two] == [date(2025, 3, 3), date(2025, 3, 5)]


# ---------------------------------------------------------------- relative and sequential words

ANCHOR = date(2025, 5, 21)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "lang", "matched", "offset", "value"),
    [
        ("The minister spoke yesterday with her counterpart.", "en", "yesterday", -1, date(2025, 5, 20)),
        ("Le ministre a reçu hier son homologue.", "fr", "hier", -1, date(2025, 5, 20)),
        ("Le ministre reçoit aujourd’hui son homologue.", "fr", "aujourd’hui", 0, ANCHOR),
        ("Le ministre a reçu ce matin son homologue.", "fr", "ce matin", 0, ANCHOR),
        ("The President met the envoy this morning.", "en", "this morning", 0, ANCHOR),
        ("Le ministre se rendra demain à Rome.", "fr", "demain", 1, date(2025, 5, 22)),
        ("The minister travels to Rome tomorrow.", "en", "tomorrow", 1, date(2025, 5, 22)),
        ("Le ministre s'est rendu avant-hier à Rome.", "fr", "avant-hier", -2, date(2025, 5, 19)),
        ("They last spoke two days ago.", "en", "two days ago", -2, date(2025, 5, 19)),
        ("Ils se sont parlé il y a trois jours.", "fr", "il y a trois jours", -3, date(2025, 5, 18)),
    ],
)
def test_relative_days(sentence, lang, matched, offset, value):
    mention = only(sentence, lang, ANCHOR)
    assert (mention.kind, mention.text, mention.offset_days, mention.value) == (
        "relative",
        matched,
        offset,
        value,
    )
    assert only(sentence, lang, None).value is None  # without an anchor: the offset only


@pytest.mark.parametrize(
    ("sentence", "lang", "first", "last", "future", "precision"),
    [
        (
            "He recalled his visit to Kyiv last week.",
            "en",
            date(2025, 5, 12),
            date(2025, 5, 18),
            False,
            "week",
        ),
        (
            "Elle s'est rendue à Kyiv la semaine dernière.",
            "fr",
            date(2025, 5, 12),
            date(2025, 5, 18),
            False,
            "week",
        ),
        (
            "Il se rendra à Kyiv la semaine prochaine.",
            "fr",
            date(2025, 5, 26),
            date(2025, 6, 1),
            True,
            "week",
        ),
        ("The summit opens later this month.", "en", date(2025, 5, 22), date(2025, 5, 31), True, "month"),
        ("Ministers will meet again next month.", "en", date(2025, 6, 1), date(2025, 6, 30), True, "month"),
        ("Le sommet a eu lieu le mois dernier.", "fr", date(2025, 4, 1), date(2025, 4, 30), False, "month"),
        (
            "Allies agreed earlier this week to act.",
            "en",
            date(2025, 5, 19),
            date(2025, 5, 20),
            False,
            "week",
        ),
    ],
)
def test_relative_periods(sentence, lang, first, last, future, precision):
    mention = only(sentence, lang, ANCHOR)
    assert (mention.kind, mention.value, mention.end_value) == ("relative", first, last)
    assert (mention.is_future, mention.precision) == (future, precision)


@pytest.mark.parametrize(
    ("sentence", "lang", "matched", "offset"),
    [
        ("The following day, the envoy went to Vilnius.", "en", "The following day", 1),
        ("The next day she flew to Riga.", "en", "The next day", 1),
        ("Later that day, he met the President.", "en", "Later that day", 0),
        ("Later the same day, the Chair met the Minister.", "en", "Later the same day", 0),
        ("That evening the leaders dined together.", "en", "That evening", 0),
        ("Two days later, the ministers met again.", "en", "Two days later", 2),
        ("The day before, talks had stalled.", "en", "The day before", -1),
        ("Le lendemain, elle s'est entretenue avec le ministre.", "fr", "Le lendemain", 1),
        ("Le jour même, il a rencontré le président.", "fr", "Le jour même", 0),
        ("Plus tard dans la journée, il a reçu l'ambassadeur.", "fr", "Plus tard dans la journée", 0),
        ("Dans l’après-midi, il a rencontré le président.", "fr", "Dans l’après-midi", 0),
        ("La veille, les ministres avaient dîné ensemble.", "fr", "La veille", -1),
        ("Deux jours plus tard, le ministre était à Rome.", "fr", "Deux jours plus tard", 2),
    ],
)
def test_sequential_words_give_an_offset_only(sentence, lang, matched, offset):
    mention = only(sentence, lang, ANCHOR)
    assert (mention.kind, mention.text, mention.offset_days) == ("sequential", matched, offset)
    assert (mention.value, mention.is_future) == (None, None)


def test_the_day_after_tomorrow_is_not_the_day_after():
    mention = only("They will meet the day after tomorrow.", "en", ANCHOR)
    assert (mention.kind, mention.offset_days) == ("relative", 2)


# ---------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("sentence", "lang", "matched", "value", "future"),
    [
        ("The minister met her counterpart on Monday.", "en", "Monday", date(2025, 5, 19), None),
        ("Lundi, la ministre a reçu son homologue.", "fr", "Lundi", date(2025, 5, 19), None),
        (
            "Le ministre s'est entretenu ce mardi avec son homologue.",
            "fr",
            "ce mardi",
            date(2025, 5, 20),
            None,
        ),
        ("The President called him this Wednesday.", "en", "this Wednesday", ANCHOR, None),
        ("Ils se sont vus mercredi dernier.", "fr", "mercredi dernier", date(2025, 5, 14), False),
        ("They met last Wednesday in Bern.", "en", "last Wednesday", date(2025, 5, 14), False),
        ("Ils se verront mardi prochain.", "fr", "mardi prochain", date(2025, 5, 27), True),
        ("They will meet next Friday.", "en", "next Friday", date(2025, 5, 23), True),
        (
            "Vendredi après-midi, il a rencontré le président.",
            "fr",
            "Vendredi après-midi",
            date(2025, 5, 16),
            None,
        ),
    ],
)
def test_weekdays_alone(sentence, lang, matched, value, future):
    mention = only(sentence, lang, ANCHOR)
    assert (mention.kind, mention.text, mention.value, mention.is_future) == (
        "weekday",
        matched,
        value,
        future,
    )
    assert mention.weekday == value.weekday()
    unanchored = only(sentence, lang, None)
    assert (unanchored.value, unanchored.weekday) == (None, value.weekday())


def test_weekday_ranges():
    visit = only("Le ministre a effectué lundi et mardi une visite à Skopje.", "fr", ANCHOR)
    assert (visit.kind, visit.value, visit.end_value) == ("weekday", date(2025, 5, 19), date(2025, 5, 20))
    week = only("from Monday to Wednesday", "en", ANCHOR)
    assert (week.value, week.end_value) == (date(2025, 5, 19), ANCHOR)


def test_resolve_weekday():
    wednesday = date(2025, 5, 21)
    assert resolve_weekday(2, wednesday) == wednesday
    assert resolve_weekday(0, wednesday) == date(2025, 5, 19)
    assert resolve_weekday(3, wednesday, "past") == date(2025, 5, 15)
    assert resolve_weekday(2, wednesday, "future") == wednesday
    assert resolve_weekday(0, wednesday, "future") == date(2025, 5, 26)
    assert resolve_weekday(2, wednesday, "before") == date(2025, 5, 14)
    assert resolve_weekday(2, wednesday, "after") == date(2025, 5, 28)
    assert resolve_weekday(3, wednesday, "nearest") == date(2025, 5, 22)
    assert resolve_weekday(0, wednesday, "nearest") == date(2025, 5, 19)
    with pytest.raises(ValueError):
        resolve_weekday(7, wednesday)


# ---------------------------------------------------------------- what is not a date


@pytest.mark.parametrize(
    "sentence",
    [
        "Plusieurs Alliés consacrent déjà plus de 3 % du PIB à la défense.",
        "The target is 5% of GDP by the end of the decade.",
        "Ukraine exported 32 million tonnes of grain.",
        "The Alliance marks its 75th anniversary.",
        "Article 5 is the core of the treaty, Article 10 its open door.",
        "Deliveries of F-35 and F-16 aircraft continue.",
        "The G7 and the B9 met, as did the E5.",
        "La frontière s'étend sur 1 340 kilomètres.",
        "Allies agreed in 2014 to spend more, and d'ici 2029 davantage.",
        "Ouverture des portes à 16h30, discours à 10h30.",
        "Last updated 16:22 by the Press Section.",
        "Press release 424/16 of the Council",
        "The 20th EU-Canada summit and the 79e session",
    ],
)
def test_non_dates_are_not_found(sentence):
    assert find_dates(sentence, "en", ANCHOR) == []
    assert find_dates(sentence, "fr", ANCHOR) == []


def test_a_bare_year_is_not_a_date():
    assert find_dates("Since 2014 the Allies have invested more.", "en", ANCHOR) == []


def test_is_future_of_written_dates_compares_with_the_anchor():
    assert only("on 3 March 2025", "en", date(2025, 3, 1)).is_future is True
    assert only("on 3 March 2025", "en", date(2025, 3, 3)).is_future is False
    assert only("on 3 March 2025", "en", None).is_future is None
    june = only("in June", "en", date(2025, 6, 10))
    assert (june.value, june.is_future) == (date(2025, 6, 1), None)  # the anchor lies inside June
    assert only("tomorrow", "en", None).is_future is True
    assert only("yesterday", "en", None).is_future is False


# ---------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    ("dateline", "lang", "expected"),
    [
        ("17.07.2025", None, date(2025, 7, 17)),
        ("14 Sep. 2018", None, date(2018, 9, 14)),
        ("June 10, 2025", "en", date(2025, 6, 10)),
        ("09 déc. 2024", "fr", date(2024, 12, 9)),
        ("Publié le 21/03/2024", "fr", date(2024, 3, 21)),
        ("Le 24 février 2025 – Ottawa (Ontario)", "fr", date(2025, 2, 24)),
        ("01.10.2024 - Article", None, date(2024, 10, 1)),
        ("2024-02-17T19:12:44+00:00", None, date(2024, 2, 17)),
        ("05-Mar-25", None, date(2025, 3, 5)),  # two-digit year: left to dateparser
    ],
)
def test_parse_date(dateline, lang, expected):
    assert parse_date(dateline, lang) == expected


def test_parse_date_needs_an_anchor_for_a_yearless_date():
    assert parse_date("le 1er avril", "fr") is None
    assert parse_date("le 1er avril", "fr", date(2025, 3, 20)) == date(2025, 4, 1)
    assert parse_date("no date here", "en") is None
    assert parse_date("", None) is None


# ---------------------------------------------------------------- robustness

# pieces of dates, joined at random by the property test
DATE_BITS = (
    "1er|31|29|0|12|2025|1900|9999| |-|–|/|.|,|(|)|et|and|to|au|le|the|mai|May|févr.|Sep.|"
    "décembre|lundi|Monday|dernier|next|hier|two days later|il y a|deux|jours|last year|in|en|"
    "mid|aujourd’hui|this"
).split("|")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    text=st.one_of(st.text(), st.lists(st.sampled_from(DATE_BITS), max_size=12).map(" ".join)),
    lang=st.sampled_from(["fr", "en", "", "de"]),
    anchor=st.one_of(st.none(), st.dates()),
)
def test_any_text_gives_valid_mentions(text, lang, anchor):
    mentions = find_dates(text, lang, anchor)
    assert isinstance(mentions, list)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.kind in ("explicit", "weekday", "relative", "sequential")
        if m.value is not None and m.end_value is not None:
            assert m.value <= m.end_value
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)


# ---------------------------------------------------------------- the corpus

META_DATE = re.compile(r'(?:published_time|dcterms\.issued|dcterms\.date)"[^>]*?content="([^"]+)"')
HIDDEN = re.compile(r"(?is)<(script|style)\b.*?</\1>")
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[^\W\d_]{2,}")


def visible_lines(raw: str) -> list[str]:
    return [" ".join(TAG.sub(" ", line).split()) for line in HIDDEN.sub(" ", raw).splitlines()]


def publication_date(raw: str, lang: str) -> date | None:
    """The release's own date: the page's metadata, else its dateline (a short line that opens
    with a dated year: "14 Sep. 2018 -", "Publié le 21/03/2024"), else the first dated sentence."""
    meta = META_DATE.search(raw)
    if meta:
        return parse_date(meta.group(1), lang)
    lines = visible_lines(raw)
    for line in lines[:80]:
        if len(line) > 80:
            continue
        for mention in find_dates(line, lang, None):
            if mention.has_year and mention.precision == "day" and mention.value and mention.start <= 25:
                return mention.value
    for line in lines:
        for mention in find_dates(line, lang, None):
            if mention.has_year and mention.precision == "day" and mention.value:
                return mention.value
    return None


def covers(mention: DateMention, day: date) -> bool:
    if mention.value is None or mention.precision != "day":
        return False
    return mention.value == day or (
        mention.end_value is not None and mention.value <= day <= mention.end_value
    )


def classify(raw: str, lang: str, published: date, day: date) -> tuple[str, str]:
    """How a gold date is reached, with the expression that reaches it:
    "sentence": written as a calendar date in running text (a line of 10 words or more);
    "heading": written as a calendar date only in a short line (heading, title, dateline);
    "anchor": only a relative word or a weekday alone, resolved against the publication date;
    "sequential": only a sequential phrase ("the following day") from an earlier date of the text;
    "missing": none of these."""
    by_kind: dict[str, list[str]] = {}
    earlier: list[date] = []
    for line in visible_lines(raw):
        running = len(WORD.findall(line)) >= 10
        for m in find_dates(line, lang, published):
            if m.kind == "sequential" and running and m.offset_days is not None and m.precision == "day":
                if any(d + timedelta(days=m.offset_days) == day for d in earlier):
                    by_kind.setdefault("sequential", []).append(m.text)
            elif covers(m, day):
                kind = ("sentence" if running else "heading") if m.kind == "explicit" else "anchor"
                if kind != "anchor" or running:
                    by_kind.setdefault(kind, []).append(m.text)
            if m.value is not None and m.precision == "day" and running:
                earlier.append(m.value)
    for kind in ("sentence", "anchor", "sequential", "heading"):
        if kind in by_kind:
            return kind, by_kind[kind][0]
    return "missing", ""


def corpus_cases() -> list[tuple[str, str, str, date]]:
    cases = []
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = (CORPUS / "releases" / gold["file"]).read_text(encoding="utf-8")
        for day in sorted({date.fromisoformat(m["date"]) for m in gold["meetings"]}):
            cases.append((gold["file"], raw, gold["language"], day))
    return cases


@needs_corpus
@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_corpus_publication_date_is_found(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = (CORPUS / "releases" / gold["file"]).read_text(encoding="utf-8")
    published = publication_date(raw, gold["language"])
    assert published is not None
    for meeting in gold["meetings"]:  # meetings are reported after they happen
        assert date.fromisoformat(meeting["date"]) <= published


@needs_corpus
def test_corpus_gold_dates_are_among_the_dates_found():
    missed = []
    for name, raw, lang, day in corpus_cases():
        mentions = find_dates(raw, lang, publication_date(raw, lang))
        if not any(covers(m, day) for m in mentions):
            missed.append((name, day))
    assert missed == []


# Floors of the report below: they may only rise.
MIN_WRITTEN_IN_SENTENCES = 28
MAX_MISSING = 0


@needs_corpus
def test_corpus_report_how_gold_dates_are_reached(capsys):
    counts: Counter[str] = Counter()
    lines = []
    for name, raw, lang, day in corpus_cases():
        published = publication_date(raw, lang)
        assert published is not None
        kind, expression = classify(raw, lang, published, day)
        counts[kind] += 1
        if kind != "sentence":
            lines.append(f"  {name} {day} {kind}: {expression!r}")
    with capsys.disabled():
        print(f"\ngold dates (distinct per release): {sum(counts.values())}, {dict(counts)}")
        print("\n".join(lines))
    assert counts["sentence"] >= MIN_WRITTEN_IN_SENTENCES
    assert counts["missing"] <= MAX_MISSING
