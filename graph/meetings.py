"""Meetings of one release: which sentences report a meeting that took place, and the meeting's
date, kind, place, participants and parties.

The release is read as a narrative. A sentence whose meeting word ("met", "s'est entretenu",
"Call with ...") is in a tense that says it happened opens a meeting or adds to the current one;
the sentences after it (until the next meeting or an announcement) tell what it was about. A
running date and place carry from sentence to sentence ("Later that day", "Le lendemain, à
Belgrade"), anchored on the release's own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from . import dates as datelib
from .lexicon import fold, read_table
from .people import Person
from .sentences import GATHERINGS, Sentence

# A meeting reported as having happened is at most a month older than its release (readouts come
# out late, roundups weeks after), and
# not later than the day after it; outside that window it is recalled or announced.
PAST_WINDOW_DAYS = 31
FUTURE_WINDOW_DAYS = 1


@dataclass
class Draft:
    """A meeting being read."""

    date: date | None
    date_source: str
    sentences: list[Sentence]
    people: list[Person]
    actor: Person | None
    trigger_kind: str | None = None
    trip: bool = False  # the release reports an official trip
    hosted: bool = False  # the actor welcomed, hosted or received the others
    host: Person | None = None  # who received the actor ("a été reçue ... par le Président, M. X")
    # "a accordé une série d'audiences, en présence du ministre": a frame of the meetings after it
    series: bool = False
    framed: bool = False  # a later meeting took the frame's people in
    setting: Sentence | None = None  # the series' announcement, which may say where they all took place


# ------------------------------------------------------------------ dates


@dataclass
class DateContext:
    anchor: date | None
    current: date | None = None
    range_: tuple[date, date] | None = None
    heading: date | None = None  # the date of the section heading above ("PM meeting with X: 10 July 2024")
    fresh_heading: bool = False  # a dated heading came after the last meeting

    def plausible(self, d: date | None) -> bool:
        if d is None or self.anchor is None:
            return d is not None
        return self.anchor - timedelta(days=PAST_WINDOW_DAYS) <= d <= self.anchor + timedelta(days=FUTURE_WINDOW_DAYS)


def resolve_pluperfect(sent: Sentence, published: date | None = None) -> None:
    """'had met', 's'était entretenu': a memory, unless the sentence places it in the account's own
    days ("Earlier that day, he had spoken with ...", "Plus tôt dans la journée, il s'était entretenu
    avec ...", "lundi, M. Albares avait eu des entretiens"). A date alone does not: "leur rencontre du 7 décembre, à laquelle avait pris part
    ..." recalls a meeting ten days old."""
    if sent.status != "pluperfect":
        return
    # ("Avant-hier, le maire s'était entretenu par téléphone avec ...": a day the account counts from)
    own_days = any(dm.kind in ("sequential", "weekday", "relative") and dm.precision == "day" for dm in sent.dates)
    # ("Lundi 10 novembre, le maire avait déjà reçu ...", "s'était entretenu lundi 3 mars par
    # visioconférence": a day of the release's week, heading the sentence or named with its weekday)
    own_days = own_days or any(
        dm.kind == "explicit" and dm.precision == "day" and dm.value is not None and published is not None
        and timedelta(0) <= published - dm.value <= timedelta(days=7)
        and (dm.weekday is not None or re.fullmatch(r"\W*(?:(?:le|on)\s+)?", sent.text[: dm.start - sent.start], re.I))
        for dm in sent.dates)
    sent.status = "happened" if own_days else "recalled"


# the date of a dateline, before its dash: "Berne, 14.05.2025 - ", "Malabo, jeudi 23 octobre 2025 (BIP).- "
_DATELINE = re.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*\.?\s*[-–—]\s")


def sentence_date(sent: Sentence, ctx: DateContext, prev_meeting_date: date | None) -> tuple[date | None, str, bool]:
    """The date a meeting sentence gives: (date, how it was found, whether the sentence's date is out of window)."""
    out_of_window = False
    # a day after the account's ("the conference to be held in Paris tomorrow") dates another event
    # than a meeting told as past
    dates = [dm for dm in sent.dates if not (
        sent.status == "happened" and dm.kind == "relative" and (dm.offset_days or 0) > 0)]
    weekdays = [w for w in dates if w.kind == "weekday" and w.weekday is not None]
    named_day_too = any(dm.kind in ("weekday", "relative") and dm.precision == "day" for dm in dates)
    for dm in dates:
        if dm.kind == "explicit" and dm.value is not None:
            if dm.precision == "day" and _SIGNED_ON.search(sent.text, 0, dm.start - sent.start):
                # the day a text was signed dates no meeting; long past, it says the sentence recalls
                out_of_window = out_of_window or not ctx.plausible(dm.value)
                continue
            if dm.precision == "day" and named_day_too and _DATE_AS_MODIFIER.search(
                    sent.text, 0, dm.start - sent.start):
                # "met yesterday ... to discuss the period following the 6 October local elections": the
                # day the meeting word names, not another event's
                continue
            if dm.precision == "day" and weekdays and sent.trigger_at is not None and all(
                    w.weekday != dm.value.weekday() for w in weekdays) and min(
                    abs(w.start - sent.trigger_at) for w in weekdays) < abs(dm.start - sent.trigger_at):
                # "a reçu mardi ..., depuis que Chypre a pris, le 1er janvier, la présidence": the day
                # named by the meeting word, not another event's date of another weekday
                continue
            if dm.precision != "day":  # "en janvier", "in July 2023": a month dates no meeting's day
                # ... and one long past, or a month over a week before the release's (the meeting "in
                # Reykjavík in October" of a release of 26 November), says the sentence recalls another event
                earlier_month = (ctx.anchor is not None and dm.end_value is not None and dm.precision == "month"
                                 and dm.end_value < ctx.anchor.replace(day=1)
                                 and dm.end_value < ctx.anchor - timedelta(days=7))
                if earlier_month or not (ctx.plausible(dm.value) or ctx.plausible(dm.end_value)):
                    out_of_window = True
                continue
            if _DATELINE.match(sent.text[dm.end - sent.start :]) and dm.start - sent.start < 40 and (
                    ctx.anchor is None or abs((dm.value - ctx.anchor).days) <= 1):
                # "Berne, 14.05.2025 - Le conseiller fédéral ...": the release's date; not an item
                # of a digest ("• Friday, 12 December – 53rd Meeting of the Council ...")
                continue
            if dm.end_value is not None and dm.end_value != dm.value:
                # a range: the sentence frames several days; keep the range for weekday lookups
                ctx.range_ = (dm.value, dm.end_value)
                if ctx.plausible(dm.value) or ctx.plausible(dm.end_value):
                    # "a reçu, mardi, ... en visite les 3 et 4 mars": the weekday picks the day
                    for wd in dates:
                        day = _day_in(ctx.range_, wd.weekday) if wd.kind == "weekday" else None
                        if day is not None:
                            return day, "weekday", False
                    # "This morning, the Prime Minister received X, who is on an official visit from 16
                    # to 18 July": the day named picks the day
                    for rel in dates:
                        if rel.kind == "relative" and rel.precision == "day" and rel.value is not None:
                            day = _relative_day(rel, ctx)
                            if dm.value <= day <= dm.end_value:
                                return day, "relative", False
                    # "on an official visit from 10 to 12 February, for talks on 11 February"
                    for one in dates:
                        if (one.kind == "explicit" and one.precision == "day" and one.value is not None
                                and one.end_value in (None, one.value) and dm.value <= one.value <= dm.end_value):
                            return one.value, "explicit", False
                    return None, "range", False
                out_of_window = True
                continue
            if ctx.plausible(dm.value):
                return dm.value, "explicit", False
            out_of_window = True
    # "ce lundi dans l'après-midi": the day named dates it, the time of day only opens a new meeting
    named_day = any(dm.kind in ("weekday", "relative") and dm.precision == "day" for dm in dates)
    for dm in dates:
        if dm.kind == "sequential" and dm.offset_days is not None and not (named_day and dm.offset_days == 0):
            if ctx.fresh_heading and ctx.heading:
                return ctx.heading, "sequential", False  # the heading already says which day
            base = prev_meeting_date or ctx.current or ctx.anchor
            if base:
                return base + timedelta(days=dm.offset_days), "sequential", False
    # a weekday and a relative day in one sentence: the one nearer the meeting word dates the meeting
    # ("s'est entretenu hier soir avec M. Dan, élu dimanche")
    near = sorted((dm for dm in dates if dm.kind in ("weekday", "relative")),
                  key=lambda dm: abs(dm.start - sent.trigger_at) if sent.trigger_at is not None else 0)
    if near and near[0].kind == "relative" and near[0].value is not None and near[0].precision == "day":
        value = _relative_day(near[0], ctx)
        if ctx.plausible(value):
            return value, "relative", False
    for dm in dates:
        if dm.kind == "weekday" and dm.weekday is not None:
            day = _day_in(ctx.range_, dm.weekday) if ctx.range_ else None
            if day is not None:
                return day, "weekday", False
            ref = ctx.anchor or ctx.current
            if ref:
                d = dm.value or datelib.resolve_weekday(dm.weekday, ref, "past")
                return d, "weekday", False
    for dm in dates:
        # "last week", "earlier this month" place another event, not a meeting on a day
        if dm.kind == "relative" and dm.value is not None and dm.precision == "day":
            value = _relative_day(dm, ctx)
            if ctx.plausible(value):
                return value, "relative", False
            out_of_window = True
    if not out_of_window and any(dm.kind == "relative" and dm.precision == "week" and dm.value and dm.end_value
                                 and (dm.end_value - dm.value).days == 6 and _frames(sent, dm)
                                 for dm in dates):
        # "a reçu la semaine dernière deux délégations": the week frames the meetings told after it
        return None, "range", False
    return None, "", out_of_window


def _frames(sent: Sentence, dm) -> bool:
    """The date says when the sentence's own action was, not which other event it names ("last
    week's meeting", "la réunion de la semaine dernière")."""
    after = sent.text[dm.end - sent.start : dm.end - sent.start + 2]
    before = sent.text[max(0, dm.start - sent.start - 4) : dm.start - sent.start]
    return after not in ("'s", "’s") and not re.search(r"\b(?:de|of|du)\s*\Z", before)


def _day_in(days: tuple[date, date], weekday: int | None) -> date | None:
    """The day of a range that falls on a weekday ("les 3 et 4 mars" ... "mardi")."""
    if weekday is None:
        return None
    return next((days[0] + timedelta(days=k) for k in range((days[1] - days[0]).days + 1)
                 if (days[0] + timedelta(days=k)).weekday() == weekday), None)


def _relative_day(dm, ctx: DateContext) -> date:
    """'this morning' under a dated heading is that day, not the publication day; 'hier' that
    already lands on the heading's date is that day."""
    if ctx.heading and dm.offset_days is not None and dm.value != ctx.heading:
        return ctx.heading + timedelta(days=dm.offset_days)
    return dm.value


# ------------------------------------------------------------------ the narrative walk

_BACKREF = {"en": ("the meeting", "the talks", "the call", "the conversation", "the summit", "the conference",
                   "this meeting", "these talks", "this call", "this conversation",
                   "also attended", "also took part", "were joined", "was joined", "co hosted", "co chaired",
                   "the leaders", "the ministers", "both",
                   *(f"the two {w}" for w in ("ministers", "foreign ministers", "leaders", "presidents", "sides",
                                              "heads", "delegations", "counterparts", "officials", "men", "women",
                                              "interlocutors", "prime ministers", "secretaries"))),
            "fr": ("la reunion", "l entretien", "la rencontre", "le sommet", "la conference", "l echange",
                   "cette reunion", "cet entretien", "ces entretiens", "cette rencontre", "cet echange",
                   "participait egalement", "participaient egalement",
                   "etaient presents", "etaient presentes", "etait present", "etait presente", "assistaient",
                   "etaient representes", "etaient representees", "co preside", "a egalement participe",
                   "ont egalement participe", "a egalement pris part", "ont egalement pris part",
                   *(f"les deux {w}" for w in ("ministres", "dirigeants", "chefs", "presidents", "parties",
                                               "delegations", "personnalites", "hommes", "responsables",
                                               "interlocuteurs", "homologues", "premiers ministres")))}


_AFTER_THE_MEETING = re.compile(
    r"\s*(?:au[ ]+terme|à[ ]+l['’]issue|au[ ]+sortir|après|at[ ]+the[ ]+end|after|following)[ ]+"
    r"(?:de[ ]+|d['’]|of[ ]+)?"
    r"(?:cette|cet|ces|la|l['’]|les|the|this|these|their)[ ]*(?:rencontre|réunion|entretiens?|échanges?|"
    r"meeting|talks|conversation|audience)\b", re.I)
_ALSO = re.compile(r"\b(?:also|then|later|afterwards|également|aussi|ensuite|puis|par ailleurs)\b", re.I)
_DEFINITE = {"the", "this", "that", "le", "la", "l'", "l’", "cette", "ce"}


# "the earthquake of 28 March", "le séisme du 28 mars": a date that names another event
_DATE_AS_MODIFIER = re.compile(r"\b(?:of|since|following|after|before|the|du|de\s+la|de\s+l['’]|depuis|des|les|"
                               r"aux)\s+(?:the\s+)?\Z", re.I)
_OF_DATE = re.compile(r"\b(?:of|du|de\s+la|de\s+l['’]|since|depuis)\s+(?:the\s+)?\Z", re.I)
# the day a text was signed or adopted: "l'accord de paix ..., signé à Washington le 27 juin dernier"
_SIGNED_ON = re.compile(r"\b(?:signée?s?|adoptée?s?|conclue?s?|paraphée?s?|signed|adopted|concluded|initialled)\b"
                        r"[^,.;]{0,40}?\b(?:le|on)\s+\Z", re.I)


def _dates_another_thing(sent: Sentence) -> bool:
    """Every day the sentence names qualifies a noun: it tells no day of its own."""
    days = [dm for dm in sent.dates if dm.kind == "explicit" and dm.precision == "day"]
    return bool(days) and all(_OF_DATE.search(sent.text, 0, dm.start - sent.start) for dm in days)


def _named_only_after_trigger(d: Draft) -> bool:
    """The meeting's one named person is its guest ("Le Conseil d'État a reçu l'ambassadrice X"):
    the side that acts went unnamed."""
    first = d.sentences[0]
    at = next((pos for pos, p in first.people if p is d.people[0]), None)
    return first.trigger_at is not None and at is not None and at > first.trigger_at


def _gathering_as_subject(sent: Sentence) -> bool:
    """'The Ministerial Session was opened by ...', 'La séance a été présidée par ...': the gathering
    just told, as the subject of the meeting word, is told about again."""
    trigger = next((t for t in sent.tokens if t.idx == sent.trigger_at), None)
    if trigger is None:
        return False
    return any(c.dep_.startswith("nsubj") and fold(c.lemma_) in GATHERINGS
               and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in c.children) for c in trigger.children)


_INDEFINITE = {"a", "an", "un", "une"}


def _another_gathering(sent: Sentence) -> bool:
    """'Dimanche également, le ministre a conduit la délégation à une réunion de concertation avec ...':
    also, and a gathering named with an indefinite article, is another event of the same day."""
    return bool(_ALSO.search(sent.text)) and any(
        fold(t.lemma_) in GATHERINGS and any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in t.children)
        for t in sent.tokens)


def _has_phrase(sent: Sentence, phrases) -> bool:
    folded = " " + " ".join(w.norm for w in sent.words) + " "
    return any(" " + p + " " in folded for p in phrases)


def _when_of_the_main_clause(sent: Sentence) -> bool:
    """'They agreed ... when they met in Vancouver on Monday': the meeting word's clause tells when the
    sentence's own past happened; not 'Building on their discussion when they met in Antalya'."""
    trigger = next((t for t in sent.tokens if t.idx == sent.trigger_at), None)
    if trigger is None or trigger.dep_ != "advcl":
        return False
    head = trigger.head
    for _ in range(6):  # up the verbs it hangs from, never through a noun ("their discussion when ...")
        if head.pos_ in ("NOUN", "PROPN"):
            return False
        if head.dep_ == "ROOT":
            return head.pos_ in ("VERB", "AUX") and head.tag_ in ("VBD", "VBN")  # ("was on display ..., when")
        head = head.head
    return False


_WHEN_MET = re.compile(r"\b(?:when|lorsqu['’]?|quand)\b", re.I)
_RECALLING = re.compile(r"\s*(?:Recalling|Rappelant|Évoquant[ ]+(?:leur|le|la|sa|son))\b")


def walk(text: str, sentences: list[Sentence], lang: str, anchor: date | None, home: str | None = None) -> list[Draft]:
    """Read the release sentence by sentence and return the meetings it reports."""
    ctx = DateContext(anchor)
    drafts: list[Draft] = []
    current: Draft | None = None
    resume: Draft | None = None  # the meeting a flashback interrupted
    last_actor: Person | None = None
    authors = _joint_authors(sentences)
    leader: Person | None = None  # the head of the last delegation told of
    for sent in sentences:
        status, kind = sent.status, sent.trigger_kind
        if (led := _LED_DELEGATION.search(sent.text)) is not None:
            leader = next((p for pos, p in sent.people if pos >= sent.start + led.end()), leader)
        meeting_date, how, out_of_window = sentence_date(sent, ctx, current.date if current else None)
        if (status == "recalled" and how in ("explicit", "weekday", "relative") and meeting_date is not None
                and _WHEN_MET.search(sent.text) and _when_of_the_main_clause(sent)):
            # "agreed to work more closely ... when they met in Vancouver on Monday, March 2": the meeting
            # of the account, dated within its days, not a memory
            status = sent.status = "happened"
        if status == "happened" and (out_of_window and "recall" in sent.cues or _RECALLING.match(sent.text)):
            # "they last met in Kyiv in September", "Recalling the telephone conversation between ... last
            # year, both sides agreed ...": a memory, not the meeting's setting
            status = "recalled"
        prior = current
        if sent.headline:
            # a heading frames what follows ("PM meeting with President Duda: 11 July 2024") but
            # reports nothing by itself
            if how == "explicit":
                ctx.current = ctx.heading = meeting_date
                ctx.fresh_heading = True
            continue
        if last_actor is not None and not sent.headline and _title_for_principal(sent, last_actor):
            # "Le 16 octobre, le Prince Souverain a pris la parole ...": a title no one named holds,
            # as the subject, is whoever the account is about
            sent.people = sorted([*sent.people, (sent.unnamed_roles[0].start, last_actor)], key=lambda x: x[0])
        named = [p for pos, p in sent.people if not sender_at(sent, pos)]
        if last_actor is None and named and not sent.headline:
            last_actor = named[0]  # whoever the account is about, until a meeting says otherwise
        if status in ("future", "recalled") or (status and out_of_window and how == ""):
            # an announcement or a memory is about another event: it opens no meeting; it still tells
            # about the current one unless it names other people or another day
            others = [p for p in named if current is None or all(p is not q for q in current.people)]
            if current is not None and not others and not out_of_window and not sent.headline:
                current.sentences.append(sent)
            elif current is not None and status == "happened" and not others and not sent.headline:
                current.sentences.append(sent)  # "They discussed the plans due at the July summit"
            continue
        # ("Le Premier ministre avait salué en octobre l'engagement des villes aux côtés de l'Ukraine":
        # a past told in the pluperfect is nobody's presence at this meeting)
        # (but "Autour du maire avaient pris place vendredi 13 juin ...": the pluperfect of the meeting's own day)
        presence = "presence" in sent.cues and not (status is None and _pluperfect(sent, passive=False) and not (
            current is not None and how in ("explicit", "weekday") and meeting_date == current.date))
        if status != "happened" and presence and (current is None or out_of_window or (
                how == "explicit" and current.date is not None and meeting_date != current.date)):
            # "se tient aux côtés de": being present adds to a meeting, it opens none; nor to this
            # one when the sentence tells of another day ("doit être signé le 27 juin, en présence de")
            continue
        if status != "happened" and not presence:
            if current is not None and not sent.headline:
                current.sentences.append(sent)
                _add_co_subjects(current, sent)
            if (how in ("explicit", "weekday", "sequential") or how == "relative" and _where_they_were(sent, named)) \
                    and meeting_date and not sent.headline and not (
                    how == "explicit" and _dates_another_thing(sent)) and not (
                    status is None and _dated_in_pluperfect(sent)) and not (
                    status is None and anchor is not None and meeting_date > anchor):
                # (not "M. Hussar a rappelé que trois avions avaient pénétré le 19 septembre ...": an
                # earlier event, recalled or told in the pluperfect, leaves the account on its day; nor
                # "the State Visit ..., which will begin on 04 April": a day after the release's)
                ctx.current = meeting_date
            continue
        if meeting_date is None:
            if how == "range":
                # a gathering over several days is dated by its first ("a pris part lundi 9 et mardi
                # 10 février à la sixième réunion du Forum"); a stay only frames the meetings told after it
                meeting_date = ctx.range_[0] if "conference" in sent.cues and ctx.range_ else None
            else:
                # ("release": dated by the release's own day only, no day of the account yet)
                how = how or ("context" if ctx.current and ctx.current != anchor else "release")
                meeting_date = ctx.current or anchor
                gathering = next((d for d in reversed(drafts) if "conference" in d.sentences[0].cues), None)
                if "margins" in sent.cues and gathering is not None and gathering.date is not None:
                    # "On the sidelines of the meeting, ...": the day of the gathering, not of the
                    # talks told just before it ("On the eve of the meeting, ...")
                    meeting_date = gathering.date
        before = [p for pos, p in sent.people if sent.trigger_at is None or pos < sent.trigger_at]
        actor = before[0] if before and not sent.pronoun_subject else last_actor
        if before and id(before[0]) in sent.by_title and last_actor is not None and _same_title(
                before[0], last_actor) and not (home and before[0].affiliation == home != last_actor.affiliation):
            # (but "le Bourgmestre" on Brussels' site is Brussels' mayor, not the visiting mayor of Kyiv)
            # "le ministre a eu un entretien avec ...": the minister who was acting, not the last
            # minister named
            named = [last_actor if p is before[0] else p for p in named]
            actor = last_actor
        if actor is None and named:
            actor = named[0]
        separate = "separate" in sent.cues
        counterparts = [p for p in named if p is not actor]
        # "on the margins of the meeting" is another meeting, not this one told again
        # (not "Au terme de cette rencontre, M. Niang a été reçu par le Premier ministre": the next one)
        backref = "margins" not in sent.cues and not _AFTER_THE_MEETING.match(sent.text) and (
            _has_phrase(sent, _BACKREF.get(lang, ())) or _gathering_as_subject(sent))
        if resume is not None and current is not resume and meeting_date == resume.date:
            current = resume  # back from the flashback to the meeting it interrupted
        resume = None
        if (current is not None and current.date_source == "release" and how in ("explicit", "weekday")
                and meeting_date is not None and meeting_date != current.date and current is prior
                and named and all(any(p is q for q in current.people) for p in named)
                and "margins" not in sent.cues and "call" not in sent.cues):
            # "X has welcomed Y to Scotland for a two-day visit. X hosted Y at Bute House on Tuesday 20
            # May": the day told after a meeting dated only by the release is that meeting's
            current.date, current.date_source = meeting_date, how
        same_day = current is not None and meeting_date == current.date
        # a call told after a meeting of the same day is another exchange ("Earlier in the day, he
        # had spoken by telephone with ...")
        # (not "The Summit was also attended by X, while Y joined by video link": a gathering joined remotely)
        # (nor "Le maire de Kharkiv est intervenu en visioconférence": taking part by video, told of no meeting)
        new_call = "call" in sent.cues and current is not None and not _is_call(current) and not (
            presence and (backref or status is None))
        # "In the afternoon of the same day, X attended a meeting of ...": a new time of day opens
        # another meeting, unless the sentence points back at this one
        later = how == "sequential" and not backref
        # "Le Conseil d'État a reçu l'ambassadrice d'Ukraine. Une délégation, composée de X et de Y, a
        # accueilli l'ambassadrice, Z": a meeting whose other side went unnamed, told again with its names
        retold = current is not None and len(current.people) == 1 and any(p is current.people[0] for p in named) \
            and _named_only_after_trigger(current) and not _ALSO.search(sent.text)
        extends = current is not None and same_day and "margins" not in sent.cues and not new_call and not later and (
            not _another_gathering(sent)) and (
            presence or backref or retold or not counterparts
            or all(any(p is q for q in current.people) for p in counterparts)
        )
        extended = False
        if separate and len(counterparts) >= 2:
            for cp in counterparts:
                d = Draft(meeting_date, how, [sent], [actor, cp] if actor else [cp], actor)
                d.trigger_kind = kind
                drafts.append(d)
            current = drafts[-1]
        elif extends and current is not None:
            extended = True
            current.sentences.append(sent)
            for pos, p in sent.people:
                if all(p is not q for q in current.people) and any(p is q for q in named) and (
                        presence or _in_trigger_scope(sent, pos)):
                    current.people.append(p)
            if current.date is None and meeting_date:
                current.date = meeting_date
        else:
            people = list(named)
            if len(people) == 1 and leader is not None and leader is not people[0] and sent.trigger_at is not None and (
                    _THE_DELEGATION.search(sent.text, sent.trigger_at - sent.start)):
                # "une délégation ukrainienne conduite par X effectue une visite ... Hier, Y a reçu la
                # délégation": the delegation's head
                people.append(leader)
            # "Dans l'après-midi, les trois ministres ont été reçus ...": the group of the meeting before,
            # who act here in place of the account's last actor
            group = _group_named_before(sent, prior, actor) if prior is not None else []
            if not group and sent.we_subject and authors:
                group = authors  # "Yesterday, we were received by ...": the statement's authors
            if len(group) == 2 and len(named) >= 2:
                group = []  # "X spoke with Y. The two ministers discussed": the two just named
            if actor is not None and all(actor is not p for p in people) and not sent.headline and (
                    not group or any(actor is g for g in group)):
                people.insert(0, actor)
            people += [p for p in group if all(p is not q for q in people)]
            frame = next((d for d in reversed(drafts) if d.series), None)
            if frame is not None and frame.date == meeting_date and not sent.headline and all(
                    d.date == frame.date for d in drafts[drafts.index(frame):]):
                # each meeting of a series announced before has whoever the announcement had beside the actor
                people += [p for p in frame.people if all(p is not q for q in people)]
                frame.framed = True
            current = Draft(meeting_date, how, [sent], people, actor)
            if frame is not None and frame.framed and frame.date == meeting_date and frame is not current:
                current.setting = frame.sentences[0]
            current.trigger_kind = kind
            current.series = bool(_SERIES.search(sent.text)) and not sent.headline
            # the actor hosted only when the sentence makes them the host ("X welcomed", "Il a
            # reçu"), not "La conférence a réuni ..." told after X
            current.hosted = (sent.trigger_lemma in _HOST_VERBS and not _passive(sent)
                              and (bool(before) or sent.pronoun_subject))
            if sent.trigger_lemma in _HOST_VERBS and _passive(sent) and sent.trigger_at is not None:
                current.host = next((q for pos, q in sent.people if pos > sent.trigger_at and _AGENT.search(
                    sent.text, sent.trigger_at - sent.start, pos - sent.start)), None)
            drafts.append(current)
        if extended and current is not None and current.actor is not None:
            # "The Secretary General of BIMSTEC also attended the Summit": the account stays with its actor
            last_actor = current.actor
        elif actor is not None:
            last_actor = actor
        flashback = how in ("relative", "sequential") and _pluperfect(sent)
        if flashback:
            # "had welcomed him at the airport yesterday evening", "la veille, il avait été reçu par
            # ...": dates its own meeting; the account then goes back to its day and its meeting
            resume = prior
        elif meeting_date and how in ("explicit", "weekday", "sequential", "relative", "range"):
            ctx.current = meeting_date  # (a range here is a gathering's: its first day)
        ctx.fresh_heading = False
    return [d for d in drafts if not d.framed]


# "a accordé une série d'audiences", "held a series of talks", "a round of meetings": a frame of the
# meetings told after it, no meeting of its own once they are told
_SERIES = re.compile(r"\b(?:(?:a|une)[ ]+(?:series|série|round|serie)[ ]+(?:of|d['’]|de)[ ]*(?:[\w-]+[ ]+)?"
                     r"(?:meetings|talks|audiences|entretiens|rencontres|visits|visites|contacts|calls|consultations|"
                     r"échanges|exchanges))\b", re.I)


_LED_DELEGATION = re.compile(r"\b(?:délégation|delegation)\b[^.;]{0,80}?\b(?:conduite|dirigée|menée|emmenée|présidée|"
                             r"led|headed)[ ]+(?:par|by)\b", re.I)
_THE_DELEGATION = re.compile(r"\b(?:la|cette|the|this)[ ]+(?:délégation|delegation)\b(?![ ]+(?:de|du|des|d['’]|of)\b)",
                             re.I)


def _where_they_were(sent: Sentence, named: list) -> bool:
    """'X and Y were in Brussels yesterday for talks on ...': people told where they were on a day
    relative to the release's, outside anyone's words, date the meetings told after it."""
    return bool(named) and not any(q in sent.text for q in ('"', "“", "”", "«", "»")) and bool(
        _WERE_IN.search(sent.text))


_WERE_IN = re.compile(r"\b(?:was|were|is|are|has[ ]+been|have[ ]+been|était|étaient|se[ ]+trouvai(?:t|ent)|"
                      r"a[ ]+séjourné|ont[ ]+séjourné|s['’]est[ ]+rendue?|se[ ]+sont[ ]+rendue?s)"
                      r"[ ]+(?:in|at|à|au|en)[ ]+(?:the[ ]+)?[A-ZÀ-Ý]")


def _dated_in_pluperfect(sent: Sentence) -> bool:
    """Every day the sentence names comes after a verb in the pluperfect: the days of an earlier
    event ("M. Hussar a rappelé que trois avions avaient pénétré le 19 septembre"), not of the
    sentence's own telling ("Opening the Council on Thursday, he said Malta had taken on ...")."""
    toks = list(sent.tokens)
    at = next((tok.idx for i, tok in enumerate(toks) if _past_aux(tok, passive=False) and any(
        t.tag_ == "VBN" or "Part" in t.morph.get("VerbForm") for t in toks[i + 1 : i + 3])), None)
    days = [dm for dm in sent.dates if dm.kind in ("explicit", "weekday")]
    return at is not None and bool(days) and all(dm.start > at for dm in days)


def _past_aux(tok, passive: bool = True) -> bool:
    return (tok.lemma_ == "have" and tok.tag_ == "VBD") or (
        tok.lemma_ in (("avoir", "être") if passive else ("avoir",)) and "Imp" in tok.morph.get("Tense"))


def _pluperfect(sent: Sentence, passive: bool = True) -> bool:
    """The sentence tells of its event in the past perfect: 'had welcomed', 'avait été reçu' (with
    passive=False, not "étaient représentés", a passive of the account's own time)."""
    toks = list(sent.tokens)
    for i, tok in enumerate(toks):
        if _past_aux(tok, passive) and any(t.tag_ == "VBN" or "Part" in t.morph.get("VerbForm")
                                           for t in toks[i + 1 : i + 3]):
            return True
    return False


# "conveyed the greetings of Prime Minister X", "a transmis un message du président X", "en qualité
# d'Envoyé spécial du Président de la République, Son Excellence X": somebody absent, whose words
# are carried (not past "to"/"with": "the greetings of President X to President Y" names Y; not "at
# the invitation of": the host)
_SENDER = re.compile(
    r"\b(?:greetings|message|letter|(?<!à l')(?<!à l’)(?<!at the )(?<!on the )invitation|regards|wishes|"
    r"condolences|congratulations|on behalf|"
    r"salutations|lettre|vœux|voeux|condoléances|félicitations|au nom|de la part)"
    r"(?:\s+(?:written|verbal|personal|écrite?|verbale?|personnelle?))?\s+(?:of|from|du|de|de la|de l['’]|des)"
    # (a message may come from a long title: "the Chairperson of the Assembly of Heads of State and Government, X")
    r"\s+(?:(?!(?:to|à|au|with|avec|and|et)\b)[\w'’.,-]+\s+){0,14}$"
    # an envoy's principal is named close after the word: "the special envoy of President X", not the
    # envoy himself after a long title ("l'Envoyé spécial du Secrétaire général ... pour la région des
    # Grands Lacs, M. X")
    r"|\b(?:(?:special|personal)\s+envoy|emissary|envoyée?\s+spéciale?|émissaire)"
    r"\s+(?:of|from|du|de|de la|de l['’]|des)"
    r"\s+(?:(?!(?:to|à|au|with|avec|and|et)\b)[\w'’.,-]+\s+){0,10}$",
    re.I,
)


def sender_at(sent: Sentence, pos: int) -> bool:
    """Whether the person named at pos sends or receives a message, greetings or an invitation
    ("greetings from the President"): named, not present."""
    before = sent.text[max(0, pos - sent.start - 160) : pos - sent.start]
    # "the Chairperson of the Assembly of Heads of State and Government": one body, not two people
    before = _STATE_AND_GOVERNMENT.sub("State-Government", before)
    # "conveyed the greetings of His Majesty X and His Royal Highness Y to President Z": all the
    # people of the greetings, who send or receive them, are elsewhere
    return _SENDER.search(before) is not None or (
        _GREETINGS_CLAUSE.search(sent.text, 0, pos - sent.start) is not None)


_GREETINGS_CLAUSE = re.compile(r"\b(?:greetings|regards|best[ ]+wishes|salutations|vœux|voeux)[ ]+"
                               r"(?:of|from|de|du|des|de[ ]+la|de[ ]+l['’])[ ]+[^;:.]*\Z")


_STATE_AND_GOVERNMENT = re.compile(r"\b(?:State|[ÉE]tat)\s+(?:and|et)\s+(?:de\s+)?(?:Government|[Gg]ouvernement)\b")


_HOST_VERBS = {"welcome", "host", "receive", "accueillir", "recevoir", "reunir", "convene", "chair", "presider"}


def _title_for_principal(sent: Sentence, principal: Person) -> bool:
    """The sentence opens with a national title of no stated country that nobody named holds,
    before anyone is named, and the principal holds that title or none."""
    if not sent.unnamed_roles or any(p is principal for _, p in sent.people):
        return False
    r = sent.unnamed_roles[0]
    if r.start - sent.start > 30 or not r.info.national or r.country or r.org:
        return False
    if sent.people and sent.people[0][0] < r.start:
        return False
    held = {fold(x.role) for x in principal.roles}
    return not held or fold(r.role) in held


def _in_trigger_scope(sent: Sentence, pos: int) -> bool:
    """The person named at pos takes part in the sentence's meeting word ("X and Y discussed",
    "they discussed ... with X"), not in another clause ("agreed that X was right to ...")."""
    trigger = next((t for t in sent.tokens if t.idx == sent.trigger_at), None)
    tok = next((t for t in sent.tokens if t.idx >= pos), None)
    if trigger is None or tok is None:
        return True
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # from the name's head word: "Radosław" -> "Sikorski"
    for _ in range(8):
        if tok == trigger:
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def _is_call(d: Draft) -> bool:
    return d.trigger_kind == "call" or any("call" in s.cues for s in d.sentences)


_AGENT = re.compile(r"\b(?:par|by)\b")


def _passive(sent: Sentence) -> bool:
    return any(t.dep_ in ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass") for t in sent.tokens)


def _add_co_subjects(d: Draft, sent: Sentence) -> None:
    """'M. Prévot et le ministre, Jean-Noël Barrot, ont évoqué ...': a person acting jointly with a
    participant, as a subject of the sentence, took part too."""
    def head_of_name(pos: int):
        tok = next((t for t in sent.tokens if t.idx >= pos), None)
        while tok is not None and tok.dep_ in ("compound", "flat", "flat:name", "appos") and tok.head != tok:
            tok = tok.head
        return tok

    known = [head_of_name(pos) for pos, p in sent.people if any(p is q for q in d.people)]
    # the verbs the participants are subjects of: a co-subject acts in the same clause, not in a
    # relative one ("the programme, which Prime Minister X called ...")
    verbs = {t.head.i for t in known if t is not None and t.dep_ in ("nsubj", "nsubj:pass")}
    verbs |= {t.head.head.i for t in known if t is not None and t.dep_ == "conj"}
    if not verbs:
        return  # no participant acts here ("X a adressé un message lu par M. Simonyan"): nobody joins
    for pos, p in sent.people:
        if any(p is q for q in d.people) or sender_at(sent, pos):
            continue
        tok = head_of_name(pos)
        if tok is None:
            continue
        if tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.i in verbs or (
                tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubj:pass")):
            d.people.append(p)


@cache
def _number_words() -> dict[str, int]:
    return {fold(r["form"]): int(r["value"]) for r in read_table("date_words.csv")
            if r["kind"] == "number" and 3 <= int(r["value"]) <= 12}


# (folded, so "présidents" and "délégations" are "presidents" and "delegations")
_GROUP_NOUNS = ("ministers", "foreign ministers", "leaders", "heads of state", "presidents", "delegations",
                "counterparts", "mayors", "prime ministers", "ministres", "dirigeants", "chefs d etat",
                "chefs de la diplomatie", "homologues", "maires", "presidents", "premiers ministres")


_WE_NAMED = re.compile(r"\s*(?:We|Nous)\s*,")


def _joint_authors(sentences: list[Sentence]) -> list[Person]:
    """The people a joint statement opens with ("We, Senator Kamina Johnson Smith, ..., and Mr
    Margus Tsahkna, ..., met today"): whom its later "we" means."""
    for sent in sentences:
        if not sent.headline and _WE_NAMED.match(sent.text):
            end = sent.trigger_at if sent.trigger_at is not None else sent.end
            named = [p for pos, p in sent.people if pos < end]
            return named if len(named) >= 2 else []
    return []


def _group_named_before(sent: Sentence, prior: Draft, actor: Person | None) -> list[Person]:
    """'the three ministers' after a meeting of those three (with or without its host): them."""
    words = [w.norm for w in sent.words]
    folded = " " + " ".join(words) + " "
    for k, w in enumerate(words[:-1]):
        n = _number_words().get(w) or (int(w) if w.isdigit() and 3 <= int(w) <= 12 else None) or (
            2 if w in ("two", "deux") else None)
        if n is None or k == 0 or words[k - 1] not in ("the", "les", "ces", "these"):
            continue
        if not any(f" {words[k - 1]} {w} {noun} " in folded for noun in _GROUP_NOUNS):
            continue
        group = [p for p in prior.people if p is not None]
        if len(group) == n:
            return group
        if n == 2 and len(group) > 2:
            return group[:2]  # "les deux maires" after their meeting with others present: its two principals
        others = [p for p in group if p is not actor and p is not prior.actor]
        if len(others) == n:
            return others
    return []


def _same_title(a: Person, b: Person) -> bool:
    ra, rb = a.role, b.role
    if ra is None or rb is None:
        return False
    ha, hb = fold(ra.role).split(), fold(rb.role).split()
    # (not "Prime Minister" and "Minister for Pacific Island Affairs")
    return ha[-1] in hb and ha[0] == hb[0]
