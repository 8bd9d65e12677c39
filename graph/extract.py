"""The extract stage: a Release in, an Extraction out (meetings with their participants, parties,
places, topics; mentioned countries), every fact with the sentence it was read from."""

from __future__ import annotations

from dataclasses import replace

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta
from functools import cache

from . import affiliation, gazetteer, nlp, topics
from . import dates as datelib
from .lexicon import PhraseMatcher, fold, norm_tokens, read_table, tokenize
from .link import person_key
from .meetings import PAST_WINDOW_DAYS, Draft, resolve_pluperfect, sender_at, walk
from .mentions import Entities, all_honorific_words, find_names, find_roles
from .people import Person, add_surname_mentions, attach_roles, group_people, posting, title_extent
from .records import CountryMention, Evidence, Extraction, Meeting, Participant, Place, Release
from .sentences import (
    LEAD_VERBS,
    Sentence,
    cue_types,
    gathering_in_scope,
    is_headline,
    people_in,
    quotations,
    split_sentences,
    trigger_of,
    verbless_item,
)

SUPPORTED = ("fr", "en")


def extract(release: Release, doc=None) -> Extraction:
    """Everything one release reports. `doc` is its spaCy parse when the caller batched it."""
    lang = release.language if release.language in SUPPORTED else "en"
    text = release.text
    if doc is None:
        doc = nlp.parse(text, lang)
    countries = gazetteer.find_countries(text, lang)
    orgs = gazetteer.find_organisations(text, lang)
    words = tokenize(text)
    roles = find_roles(text, words, lang, countries, orgs)
    names = find_names(text, doc, lang, roles, countries, orgs)
    entities = Entities(countries, orgs, roles, names)
    people = group_people(entities)
    add_surname_mentions(text, people, entities)
    loose = attach_roles(text, people, entities)
    publisher = affiliation.publisher_country(release)
    sentences = _sentences(text, doc, lang, release, people, loose, words, publisher, orgs)
    drafts = walk(text, sentences, lang, release.published, publisher)
    if any(d.date for d in drafts):
        # "s'est rendu à Reykjavik du 15 au 17 octobre": a stay over several days frames the dated
        # meetings told after it; it is no event of its own
        drafts = [d for d in drafts if d.date is not None or d.date_source != "range"]
    # "held separate bilateral meetings with the Foreign Ministers of Malaysia and Japan": a summary of
    # the meetings told after it, no meeting of its own
    drafts = [d for d in drafts if not _summary_of_others(d, drafts)]
    trip = any("visit" in s.cues and s.status == "happened" for s in sentences)
    _calls_by_headline(drafts, sentences, lang)
    ents = [e for e in doc.ents if e.label_ in ("LOC", "GPE", "FAC")]
    prior = _prior_places(sentences, ents, entities, release.published, lang)
    places = {}
    for d in drafts:
        d.trip = trip
        places[id(d)] = None if _kind(d, _cues(d), []) == "call" else _place(d, ents, prior)
        if places[id(d)] is None and d.sentences and "visit" in d.sentences[0].cues:
            places[id(d)] = _visited(d.sentences[0], sentences, entities, ents)
        places[id(d)] = _namesake_of_the_story(places[id(d)], entities)
        gathering = next((g for g in reversed(drafts[: drafts.index(d)]) if "conference" in g.sentences[0].cues
                          and places.get(id(g)) is not None), None)
        if "margins" in d.sentences[0].cues and gathering is not None and places[id(d)] is not None and not (
                places_in(d.sentences[0], ents)) and _kind(d, _cues(d), []) != "call":
            # "On the margins of the Ministerial Council, X met Y": where the gathering was
            places[id(d)] = places[id(gathering)]
    # an organisation's site (its address in Geneva) says nothing of the country of the officials its
    # principal meets abroad: "le Président de la République" received the IOM's Director General in Chad
    principal = next((d.actor for d in drafts if d.actor is not None), None)
    for_org = principal is not None and principal.role is not None and not principal.role.info.national
    affiliations = affiliation.resolve(drafts, places, entities, None if for_org else publisher, text)
    for d in drafts:
        # a trip told in the release makes talks abroad visits, not the ones its principal holds at home
        place = places[id(d)]
        home = affiliations.get(id(d.actor)) if d.actor is not None else None
        if home is not None and gazetteer.country(home) is None:
            home = publisher  # an organisation's officer is at home where its site is: the PAP's in Midrand
        # (a host received at home the traveller the release follows: "In Entebbe, President Museveni
        # received the Executive Secretary" on the trip of an IGAD release)
        d.trip = trip and not (place is not None and home is not None and place.country == home
                               and not (d.hosted and publisher is not None and home != publisher))
    meetings = []
    in_titles = _in_titles(text, people, entities)
    premier = affiliation.premier_site(release)
    for d in drafts:
        m = _finish(d, text, lang, entities, places[id(d)], affiliations, publisher, in_titles, premier)
        if m is not None:
            meetings.append(m)
    return Extraction(release, _dedupe(meetings), mentioned_countries(text, entities, people))


def _summary_of_others(d: Draft, drafts: list[Draft]) -> bool:
    if (all("separate" in s.cues for s in d.sentences) and all(p is d.actor for p in d.people)
            and any(o is not d and o.date == d.date and any(p is d.actor for p in o.people) for o in drafts)):
        return True
    # "En deux jours, la présidente s'est entretenue avec le président de la Generalitat puis avec
    # l'ambassadeur de l'Inde": dated by the release only, each one met has a day of their own after it
    others = [p for p in d.people if p is not d.actor]
    return (d.date_source == "release" and "separate" in d.sentences[0].cues and bool(others)
            and all(any(o is not d and o.date != d.date and any(p is q for q in o.people) for o in drafts)
                    for p in others))


def _in_titles(text: str, people: list[Person], entities: Entities) -> list[tuple[int, int]]:
    """Where a country named beside "represented by" or "in the presence of" is no party of its own:
    in the title of a person named (his affiliation says it, if he took part: "the AU Champion, Faure
    Gnassingbé, President of the Council of Ministers of Togo"), and where any title's holder is
    posted ("the Ambassador of Australia to the Sultanate")."""
    return [title_extent(text, r) for p in people for r in p.roles] + [posting(text, r) for r in entities.roles]


def extract_many(releases: Iterable[Release], batch_size: int = 32) -> Iterator[Extraction]:
    """Extract a stream of releases, parsing each language's texts in batches with nlp.pipe."""
    pending: dict[str, list[Release]] = {}
    for rel in releases:
        lang = nlp.model_language(rel.language)
        pending.setdefault(lang, []).append(rel)
        if len(pending[lang]) >= batch_size:
            yield from _flush(pending.pop(lang), lang)
    for lang, rels in pending.items():
        yield from _flush(rels, lang)


def _flush(rels: list[Release], lang: str) -> Iterator[Extraction]:
    for rel, doc in zip(rels, nlp.parse_many((r.text for r in rels), lang), strict=True):
        yield extract(rel, doc)


# ------------------------------------------------------------------ sentences


def _sentences(text, doc, lang, release, people, loose, words, home=None, orgs=()) -> list[Sentence]:
    quotes = quotations(text)
    starts = [w.start for w in words]
    # the city of a mayor's title ("le maire de Chișinău") names whom, not where
    title_cities = [r.qualifier_span for r in [*loose, *(x for p in people for x in p.roles)]
                    if r.info.role in ("Mayor", "Governor") and r.qualifier_span]
    out = []
    present: set[int] = set()  # people named otherwise than as a message's sender
    for s, e in split_sentences(text, doc):
        span = doc.char_span(s, e, alignment_mode="expand")
        toks = list(span) if span is not None else []
        own = words[bisect_left(starts, s) : bisect_left(starts, e)]
        sent = Sentence(s, e, text[s:e], is_headline(text, s, e), toks, own)
        sent.people = people_in(sent, people, loose, quotes, home)
        for pos, p in sent.people:
            if sender_at(sent, pos):
                p.elsewhere = p.elsewhere or id(p) not in present
            else:
                present.add(id(p))
                p.elsewhere = False
        sent.name_spans = [(m.start, m.end) for p in people for m in p.mentions if s <= m.start < e] + [
            (a, b) for a, b in title_cities if s <= a < e] + [
            (o.start, o.end) for o in orgs if s <= o.start < e]  # "at OAS headquarters": no town Oas
        sent.status, sent.trigger_kind, sent.trigger_at = trigger_of(sent, lang)
        if sent.trigger_at is not None and any(a <= sent.trigger_at < b for a, b in quotes):
            # somebody speaking ("« Lors de ma dernière rencontre avec ... »") reports no meeting
            sent.status = sent.trigger_kind = sent.trigger_at = None
        sent.cues = cue_types(sent.words, lang) & {"call", "visit", "conference", "represent", "presence", "separate",
                                                         "recall"}
        if _MARGINS.search(sent.text):
            sent.cues.add("margins")
        if sent.speech:
            sent.cues.add("presence")  # speaking at a gathering is being at it, like "took the floor"
        sent.dates = [
            _shift(dm, s) for dm in datelib.find_dates(sent.text, lang, release.published)
            # (not the start of a tenure: "en fonctions depuis juillet", "in office since March")
            if not (sent.status == "happened" and dm.precision in ("month", "year")
                    and _SINCE.search(sent.text, 0, max(0, dm.start)))
        ]
        if sent.status is None and not sent.headline and any(
                dm.kind == "explicit" and dm.precision == "day" for dm in sent.dates) and (
                item := verbless_item(sent, lang)) is not None:
            sent.status, sent.trigger_kind, sent.trigger_at = "happened", item[0], item[1]
        if sent.trigger_lemma in LEAD_VERBS and not any(
                dm.precision == "day" for dm in sent.dates):
            # "a conduit la délégation haïtienne à la 55e session": a stay's frame, unless it names the day
            sent.status = sent.trigger_kind = sent.trigger_at = None
        resolve_pluperfect(sent, release.published)
        if sent.status == "happened" and _YEAR_FRAME.match(sent.text) and not any(
                dm.precision == "day" for dm in sent.dates):
            sent.status = "recalled"  # "During 2024, Minister Borg visited Ukraine ...": a year's record
        sent.cues.discard("conference")
        if sent.status == "happened" and gathering_in_scope(sent):
            sent.cues.add("conference")
        sent.pronoun_subject = _pronoun_subject(sent)
        sent.we_subject = _pronoun_subject(sent, _WE)
        out.append(sent)
    _listed_meetings(text, out)
    _dates_from_a_programme(out)
    return out


_IN_CITY = re.compile(r"\s*(?:In|At|À|A|En)\s+([A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2})\s*,")


def _dates_from_a_programme(sentences: list[Sentence]) -> None:
    """A programme table ("Tue 18 Nov 2025 | Nairobi | ...") dates the paragraphs told by city after
    it ("In Nairobi, Dr. Workneh and ... discussed ..."), which name no day of their own."""
    by_city: dict[str, datelib.DateMention] = {}
    for s in sentences:
        cells = [c.strip() for c in s.text.split("|")]
        if len(cells) < 3 or not s.dates:
            continue
        day = min(s.dates, key=lambda dm: dm.start)
        if day.kind != "explicit" or day.value is None or day.start - s.start > len(cells[0]) + 1:
            continue
        for cell in cells[1:]:
            city = gazetteer.find_city(cell) if 0 < len(cell) <= 40 else None
            if city is not None:
                by_city.setdefault(fold(city.name_en), day)
                break
    if not by_city:
        return
    for s in sentences:
        if s.dates or "|" in s.text or (mo := _IN_CITY.match(s.text)) is None:
            continue
        city = gazetteer.find_city(mo.group(1))
        day = by_city.get(fold(city.name_en)) if city is not None else None
        if day is not None:
            s.dates = [replace(day, start=s.start + mo.start(1), end=s.start + mo.end(1))]


_BULLETS = "•·▪‣◦*-–—"


def _list_items(text: str, following: list[Sentence]) -> Iterator[tuple[Sentence, int]]:
    """The sentences of the bulleted list that follows a heading, with the start of each one's line;
    the list ends at a line that is no item."""
    for s in following:
        line_start = text.rfind("\n", 0, s.start) + 1
        if not text[line_start : s.start].strip() and s.text.lstrip()[:1] not in _BULLETS:
            return
        yield s, line_start


def _attendance_list(text: str, following: list[Sentence]) -> None:
    """The items under 'Ont pris part aux travaux :', 'Attending were:' were present."""
    for s, _ in _list_items(text, following):
        if s.people:
            s.cues.add("presence")


def _listed_meetings(text: str, sentences: list[Sentence]) -> None:
    """'Audiences accordées par le Président en marge de la session :' then '• Mardi 24 mars : M. X,
    ministre ...' lines: each item is a meeting of the heading's actor with the people it names."""
    for i, head in enumerate(sentences):
        if "presence" in head.cues and head.text.rstrip().endswith(":") and not head.people:
            _attendance_list(text, sentences[i + 1 :])  # "Ont pris part aux travaux :" then a list of names
            continue
        if head.status != "happened" or not head.text.rstrip().endswith(":") or not head.people:
            continue
        actor = head.people[0][1]
        items = 0
        done: set[int] = set()  # lines whose item is read
        for s, line_start in _list_items(text, sentences[i + 1 :]):
            if s.text.strip() in _BULLETS or not s.people or s.status is not None or line_start in done:
                continue  # (a later sentence of an item tells of it)
            guests = [(pos, p) for pos, p in s.people if p is not actor]
            if not guests:
                continue
            done.add(line_start)
            s.status, s.trigger_kind, s.trigger_at = "happened", head.trigger_kind, guests[0][0]
            s.people = [(s.start, actor), *guests]
            s.cues |= head.cues & {"call", "visit", "margins"}
            items += 1
        if items:
            head.status = None  # the heading reports nothing by itself


def _of_another_time(s: Sentence, published) -> bool:
    """'Cette réunion faisait suite à celle organisée en janvier à Riyad': prose dated only outside
    the release's weeks tells where something else happened."""
    dated = [dm for dm in s.dates if dm.kind in ("explicit", "relative") and dm.value is not None]
    if not dated or published is None:
        return False
    window = timedelta(days=PAST_WINDOW_DAYS)

    def now(dm) -> bool:
        if dm.precision == "day":
            return published - window <= dm.value <= published + timedelta(days=1)
        if dm.precision == "week" and dm.end_value is not None and dm.end_value < published - timedelta(
                days=published.weekday()):
            # "la semaine dernière" (not "earlier this week"): the account's days
            return published - window <= dm.value
        return dm.value <= published <= (dm.end_value or dm.value)  # "this week", "in February"

    return not any(now(dm) for dm in dated)


def _shift(dm, offset: int):
    from dataclasses import replace

    return replace(dm, start=dm.start + offset, end=dm.end + offset)


_PRONOUNS = {"il", "elle", "he", "she", "ils", "elles", "they"}
_WE = {"we", "nous"}


def _pronoun_subject(sent: Sentence, pronouns=frozenset(_PRONOUNS)) -> bool:
    """'Dans l'après-midi, il a rencontré X': the subject is whoever acted before."""
    first_named = sent.people[0][0] if sent.people else 10**9
    return any(
        tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and tok.lower_ in pronouns and tok.idx < first_named
        for tok in sent.tokens
    )


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _prior_places(sentences: list[Sentence], ents, entities: Entities, published=None, lang: str = "en"):
    """Places named before an offset in sentences that tell what happened (a trip, a dateline)."""
    marks = []
    for s in sentences:
        if s.status in ("future", "recalled") or _of_another_time(s, published):
            continue
        if s.status is None and "future" in cue_types(s.words, lang):
            continue  # "to hold the next meeting ... in Yerevan": where another meeting will be
        if s.status is None and "recall" in s.cues and published is not None and any(
                int(y) < published.year for y in _YEAR.findall(s.text)):
            continue  # "recalled her visit to Kyiv in the spring of 2023": where she was then
        found = places_in(s, ents)
        alone = s.text.strip().rstrip(".:—–- ")
        if not found and alone.isupper() and len(alone.split()) <= 3 and (
                city := gazetteer.find_city(alone)) is not None:
            found = [(city.name_en, None, city.country, alone)]  # a dateline on its own: "ASUNCIÓN."
        if s.status is None and s.text.lstrip()[:1] in "«“\"":
            continue  # a quotation ("“Pyongyang is gaining combat experience ...”") says where nobody is
        if s.status is None and not s.headline and len(s.words) > 12 and "visit" not in s.cues:
            # in other prose only a place one is in or goes to ("à Helsinki", "in New York"), not a
            # capital named for its government ("pressure from Moscow")
            # (or the dateline's city: "PORT OF SPAIN, Trinidad and Tobago, Saturday 16 May 2026 – ...")
            found = [f for f in found if f[3] and (_LOCATIVE.search(s.text, 0, max(0, s.text.find(f[3])))
                                                   or s.text.find(f[3]) == 0 and _dateline_city(s.text))]
        visited = _visited_country(s, entities) if "visit" in s.cues and s.status == "happened" else None
        if visited is not None and not any(f[2] == visited for f in found) and not (
                marks and marks[-1][1].country == visited):
            # "VIENNA, 22 May – The Executive Secretary paid an official visit to Nepal": the trip's
            # country, not the dateline's city, is where the meetings told after it took place
            marks.append((s.start, Place(country=visited)))
        elif found:
            marks.append((s.start, _to_place(found)))

    def before(offset: int) -> Place | None:
        prev = [p for start, p in marks if start < offset and (p.city or not p.venue)]
        return prev[-1] if prev else None

    return before


_REGION_AROUND = re.compile(r"([A-ZÀ-Ý][\w'’-]+(?:[ ](?:and|et)[ ][A-ZÀ-Ý][\w'’-]+)+)")
_VISIT_TO_CITY = re.compile(r"\b(?:visit|visite|trip|déplacement|voyage)(?:[ ]+[\w'’-]+){0,3}?[ ]+(?:to|in|à)[ ]+"
                            r"((?:The[ ]+|La[ ]+|Le[ ]+)?[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})")


def _visited_country(sent: Sentence, entities: Entities) -> str | None:
    """'une visite officielle en Andorre', 'an official visit to Nepal': the country named after a
    locative in a sentence about a visit."""
    quoted = quotations(sent.text)
    if (city := _VISIT_TO_CITY.search(sent.text)) is not None and gazetteer.find_city(city.group(1)) is not None:
        return None  # "a three-day working visit to The Hague, ... the situation in Venezuela": a city visited
    return next((c.code for c in entities.countries if sent.start <= c.start < sent.end and c.via == "name"
                 and _LOCATIVE.search(sent.text, 0, c.start - sent.start)
                 # (not in a past told in a relative clause: "qui avait effectué une visite d'État au Luxembourg")
                 and not _RECALLED_CLAUSE.search(sent.text, 0, c.start - sent.start)
                 and not any(a <= c.start - sent.start < b for a, b in quoted)), None)


def _visited(first: Sentence, sentences: list[Sentence], entities: Entities, ents) -> Place | None:
    """'une visite officielle en Andorre': the country visited, and the city of it the account
    names next ('reçu au siège du Gouvernement, à Andorra la Vella')."""
    code = _visited_country(first, entities)
    if code is None:
        return None
    following = [s for s in sentences if s.start >= first.end and s.status not in ("future", "recalled")][:3]
    for s in following:
        for city, _venue, country, written in places_in(s, ents):
            if city and country == code:
                return Place(city=city, venue=None, country=code, city_text=written)
    return Place(country=code)


# ------------------------------------------------------------------ a meeting's facts


def _namesake_of_the_story(place: Place | None, entities: Entities) -> Place | None:
    """'Victoria' is Hong Kong's by population, the Seychelles' in a release about the Seychelles:
    a city whose country the release never names yields to a namesake in a country it names."""
    if place is None or not place.city_text or not place.country:
        return place
    named = Counter(c.code for c in entities.countries)
    if place.country in named:
        return place
    for code, _n in named.most_common():
        city = gazetteer.find_city(place.city_text, code)
        if city is not None and city.country == code:
            return Place(city=city.name_en, venue=place.venue, country=code, city_text=place.city_text)
    return place


def _evidence(text: str, s: Sentence) -> Evidence:
    return Evidence(s.start, s.end, text[s.start : s.end])


@cache
def _venue_matcher() -> PhraseMatcher:
    m = PhraseMatcher()
    for r in read_table("venues.csv"):
        m.add(r["form"], (r["venue"], r["city"] or None, r["country"] or None))
    return m


def _not_a_place(sent: Sentence, start: int, end: int) -> bool:
    if any(a < end and start < b for a, b in sent.name_spans):
        return True
    if tuple(norm_tokens(sent.text[start - sent.start : end - sent.start])) in all_honorific_words():
        return True  # "the Speaker, Hon. Om Birla": no town Hon
    if _NATURAL_FEATURE.search(sent.text, 0, start - sent.start):
        return True  # "dans la vallée de la Roya", "Lake Ohrid": a valley, a lake, not the town of that name
    return sent.text[end - sent.start : end - sent.start + 2] in ("'s", "’s")


_NATURAL_FEATURE = re.compile(r"\b(?:vallée|vallées|col|lac|massif|gorges|valley|lake|mount)[ ]+"
                              r"(?:de[ ]+la[ ]+|du[ ]+|de[ ]+l['’]|des[ ]+|de[ ]+|d['’]|of[ ]+the[ ]+|of[ ]+)?\Z", re.I)


_VENUE_LOCATIVE = re.compile(r"\b(?:in|at|to|inside|from|à|au|aux|en|dans|depuis|sur)\s+"
                             r"(?:(?:the|la|le|les|l['’])\s*)?(?:\w+\s+){0,2}\Z", re.I)
_LOCATIVE = re.compile(r"\b(?:in|at|to|à|au|en|aux)\s+(?:the\s+)?\Z", re.I)
_PLACE_AFTER_PREP = re.compile(
    r"\b(?:[Ii]n|[Tt]o|[Aa]t|[Ff]rom|[Àà]|[Aa]u|[Ee]n|[Dd]epuis)\s+(?P<the>the\s+)?"
    r"((?:[A-Z][\w’'.-]+)(?:[ -](?:[A-Z][\w’'.-]+))*)"
)
# "Andorra la Vella", "Frankfurt am Main": small words inside a city's name, tried first
_CITY_WITH_PARTICLE = re.compile(
    r"[A-Z][\w’'.-]+(?:[ -](?:(?:la|le|de|del|della|di|da|das|do|dos|du|des|am|an|of)[ -])?[A-Z][\w’'.-]+)+")


def places_in(sent: Sentence, doc_ents) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(city, venue, country, city as written) of the places a sentence names; not inside a
    person's name ("von der Leyen"), nor a city standing for its government ("Warsaw's decision")."""
    if sent.places is None:
        sent.places = _places_in(sent, doc_ents)
    return sent.places


def without_article(name: str) -> str:
    """'the Hague' -> 'Hague', "l'Élysée" -> 'Élysée'; 'Langkawi' stays whole."""
    return re.sub(r"^(?:(?:the|la|le|les)\s+|l['’]\s*)", "", name, flags=re.I).strip()


def _places_in(sent: Sentence, doc_ents) -> list[tuple[str | None, str | None, str | None, str | None]]:
    found = []
    for mt in _venue_matcher().find(sent.words):
        venue, city, country = mt.value
        written = " ".join(w.text for w in sent.words[mt.first : mt.last + 1])
        if venue.isupper() and not written.isupper():
            continue  # an acronym venue ("SHAPE") is not the verb "shape"
        start = sent.words[mt.first].start - sent.start
        if not _VENUE_LOCATIVE.search(sent.text, 0, start):
            continue  # "the Kremlin is using energy as a weapon": the government, not where one is
        found.append((sent.words[mt.first].start, city, venue, country, None))
    seen_spans = []
    for ent in doc_ents:
        if ent.start_char < sent.start or ent.end_char > sent.end:
            continue
        if ent.label_ not in ("LOC", "GPE", "FAC") or _not_a_place(sent, ent.start_char, ent.end_char):
            continue
        name = without_article(ent.text)
        if (whole := _REGION_AROUND.search(ent.doc.text, max(0, ent.start_char - 60), ent.end_char)) is not None and (
                whole.end() == ent.end_char and gazetteer.country_of_region(whole.group(1)) is not None):
            continue  # "Premier of Newfoundland and Labrador": part of a region's name, not the town of Labrador
        city = gazetteer.find_city(ent.text.strip())  # "The Hague", "La Haye" as written
        if city is not None and not _LOCATIVE.search(sent.text, 0, ent.start_char - sent.start) and (
                (low := ent.text.strip().lower()) != ent.text.strip()) and re.search(
                r"(?<![\w'’])" + re.escape(low) + r"(?![\w'’])", ent.doc.text):
            continue  # "Crues torrentielles, éboulements ...": a word the text also writes in lower case
        longer = _CITY_WITH_PARTICLE.match(ent.doc.text, ent.start_char)
        if longer and longer.end() > ent.end_char and longer.end() <= sent.end and (
                whole := gazetteer.find_city(longer.group())) is not None:
            # the parser cut a city's name in two: "[Port] of [Spain]"
            city, name = whole, longer.group()
        if city is not None and gazetteer.country_from_name(name) and not _LOCATIVE.search(
                sent.text, 0, ent.start_char - sent.start):
            continue  # "the Foreign Ministers of Brunei, Singapore and Thailand": the country
        if city is not None and _OF_A_DELEGATION.search(sent.text, 0, ent.start_char - sent.start):
            continue  # "accompagné d'une délégation ... de la capitale nationale du Québec": where they come from
        if city is not None and sent.text[: ent.start_char - sent.start].endswith(("the ", "l'", "l’")) and not fold(
                city.name_en).startswith(("the ", "l")):
            continue  # "the two members of the Alliance": a body, not the town of Alliance, Ohio
        if city is not None and (whole := gazetteer.part_of_country_named(name, ent.doc.text)) and (
                whole != city.country):
            continue  # "at the Hyatt Regency Trinidad" in Trinidad and Tobago, not Trinidad, Bolivia
        if city is not None and gazetteer.is_venue_alias(name):
            # "at the Quai d'Orsay in Paris": a venue, in its city
            found.append((ent.start_char, city.name_en, name, city.country, None))
            seen_spans.append(ent.start_char)
        elif city is not None:
            if fold(city.name_en) == fold(ent.text.strip()):
                name = city.name_en  # "The Hague" keeps its article
            found.append((ent.start_char, name, None, city.country, name))
            seen_spans.append(ent.start_char)
        elif (mo := _CITY_VENUE.match(name) or _VENUE_OF_CITY.match(name) or _NAMED_VENUE_OF_CITY.match(name)) and (
                city := gazetteer.find_city(mo.group(1))) is not None:
            # "at Riga Castle", "Oslo City Hall", "l'Hôtel de Ville de Genève": a venue named after its city
            found.append((ent.start_char, city.name_en, name, city.country, mo.group(1)))
            seen_spans.append(ent.start_char)
    # "travelled to Kyiv, where": a capitalised place after a preposition that NER missed
    for mo in _PLACE_AFTER_PREP.finditer(sent.text):
        start = sent.start + mo.start(2)
        if start in seen_spans:
            continue
        name = mo.group(2)
        if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name):  # "in Copenhagen.", not "D.C."
            name = name[:-1]
        longer = _CITY_WITH_PARTICLE.match(sent.text, mo.start(2))
        if longer and len(longer.group().rstrip(".")) > len(name):
            if gazetteer.find_city(longer.group()):
                name = longer.group()
            elif re.search(r"[ -][a-z]+[ -]", longer.group()):
                continue  # "au Palácio das Necessidades": a longer name, not the town "Palacio"
        if _not_a_place(sent, start, start + len(name)):
            continue
        city = gazetteer.find_city(name) if not mo.group("the") else None  # not "in the Horn of Africa"
        if city is not None:
            found.append((start, name, None, city.country, name))
        elif (mv := _CITY_VENUE.match(name.rstrip("."))) and (city := gazetteer.find_city(mv.group(1))):
            # "at the Kuala Lumpur Convention Centre"
            found.append((start, city.name_en, name.rstrip("."), city.country, mv.group(1)))
    if not any(f[1] for f in found):
        # "hosted the Dubrovnik Forum", "au Forum de Dakar": a gathering named after its city
        for mo in _GATHERING_OF_CITY.finditer(sent.text):
            words = (mo.group("before") or mo.group("after")).split()
            for n in range(len(words), 0, -1):
                city = gazetteer.find_city(" ".join(words[:n]))
                if city is not None:
                    at = mo.start("before") if mo.group("before") else mo.start("after")
                    found.append((sent.start + at, city.name_en, None, city.country, " ".join(words[:n])))
                    break
    if not any(f[1] for f in found):
        # "Addis-Abeba, le 5 juin 2025 – Le Président ... a reçu, au siège de l'Union africaine, ...":
        # the dateline's city, when the sentence names no other
        mo = _dateline_city(sent.text)
        city = gazetteer.find_city(mo.group(1)) if mo else None
        if city is not None:
            found.append((sent.start, city.name_en, None, city.country, mo.group(1)))
    # not a place named in somebody's words ("an attempt by Moscow to destabilise our country")
    quoted = quotations(sent.text)
    found = [f for f in found if not any(a <= f[0] - sent.start < b for a, b in quoted)]
    # nor one of a past told in a relative clause ("reçu par le Président, qui avait effectué une
    # visite d'État au Luxembourg en 2017")
    found = [f for f in found if not _RECALLED_CLAUSE.search(sent.text, 0, max(0, f[0] - sent.start))
             and not _AID_TO.search(sent.text, 0, max(0, f[0] - sent.start))
             and not _PLANNED_AT.search(sent.text, 0, max(0, f[0] - sent.start))]
    # nor where one is headed ("on his way back to Geneva, the Director-General stopped in Amman")
    found = [f for f in found if not _HEADED_FOR.search(sent.text, 0, max(0, f[0] - sent.start))]
    elsewhere = [f for f in found if not _BACK_HOME.search(sent.text, 0, max(0, f[0] - sent.start))]
    found = elsewhere or found
    # (nor "the Korea–Africa Summit held in Seoul in June 2024": a place followed by a month or a year is
    # another event's; a meeting has its day)
    months = [dm.start for dm in sent.dates if dm.precision in ("month", "year")]
    found = [f for f in found if not _TOPICAL.search(sent.text, 0, max(0, f[0] - sent.start))
             and not _NAMES_A_THING.match(sent.text, f[0] - sent.start + len(f[4] or f[2] or f[1] or ""))
             and not any(0 <= at - (f[0] + len(f[4] or f[2] or f[1] or "")) <= 4 for at in months)]
    found.sort(key=lambda x: x[0])
    if len(found) > 1 and found[0][0] == sent.start and found[0][1] and any(f[1] for f in found[1:]) and (
            _dateline_city(sent.text)):
        # "Berne, 04.09.2025 - Le conseiller fédéral a effectué une visite de travail à Berlin": where he went
        found = found[1:]
    return [(c, v, k, w) for _, c, v, k, w in _venue_then_city(sent, found)]


# a place that qualifies the people who came ("une délégation d'élus ... de la capitale nationale du
# Québec", "a delegation of business leaders from Busan")
_OF_A_DELEGATION = re.compile(
    r"\b(?:délégation|delegation|représentants|representatives|élus)\b[^.;:()«»\"]{0,120}?"
    r"\b(?:de|du|des|d['’]|of|from)\s+(?:la\s+|l['’]\s*|the\s+)?(?:[\w'’-]+\s+){0,4}\Z", re.I)


_HEADED_FOR = re.compile(r"\b(?:on\s+(?:his|her|their|the)\s+way\s+(?:back\s+|home\s+)?to"
                         r"|en\s+route\s+(?:to|for|pour|vers)"
                         # "before returning to Zagreb", "avant de regagner Paris": where one goes next
                         r"|before\s+(?:returning|heading|travelling|traveling|flying)\s+(?:back\s+|home\s+)?(?:to|for)"
                         r"|avant\s+de\s+(?:regagner|rentrer\s+(?:à|au|en)|repartir\s+(?:pour|vers)|rejoindre))"
                         r"\s+(?:the\s+)?\Z", re.I)
# home again: where the next meeting was ("De retour à Libreville, le Président a reçu hier ..."), unless the
# sentence names another ("De retour à Moroni ce lundi, le Président a pris part samedi ... à Addis-Abeba")
_BACK_HOME = re.compile(r"\b(?:de\s+retour\s+(?:à|au|en)|(?:à|dès)\s+son\s+retour\s+(?:à|au|en)|(?:back|home\s+again)"
                        r"\s+in|(?:upon|on|after)\s+(?:his|her|their)\s+return\s+to)\s+(?:the\s+)?\Z", re.I)


_VENUE_CITY_GAP = re.compile(r",?\s*(?:in|à|at)\s+\Z", re.I)


def _venue_then_city(sent: Sentence, found: list) -> list:
    """'at São Bento Palace, in Lisbon': the city written after a venue is where the venue stands,
    whatever town the venue's own name recalls."""
    out: list = []
    for f in found:
        if out and out[-1][2] and not f[2] and f[1]:
            v = out[-1]
            venue_end = v[0] - sent.start + len(v[2])
            gap = sent.text[venue_end : f[0] - sent.start]
            if 0 <= venue_end <= f[0] - sent.start and len(gap) <= 8 and _VENUE_CITY_GAP.fullmatch(gap):
                out[-1] = (v[0], f[1], v[2], f[3], f[4])
                continue
        out.append(f)
    return out


# "l'aide financière et militaire à Kiev", "aid to Kyiv": a capital standing for its country
# ("quelque 90 000 ressortissants vivant au Luxembourg"), or a subject of the talks ("L'entretien a
# porté sur l'intégration des communautés lusophones au Luxembourg")
_AID_TO = re.compile(r"\b(?:aide|aid|soutien|support|assistance|livraisons?|deliveries)\b(?:\s+[\w'’-]+){0,4}\s+"
                     r"(?:à|to|au|aux)\s+\Z"
                     r"|\b(?:vivant|living|résidant|residing|installés|établis|based)\s+(?:à|au|aux|en|in)\s+\Z"
                     r"|\b(?:porté|portaient|porte|portent|focused|centred|centered)\s+(?:sur|on)\b[^,;:]*\Z", re.I)
# where a gathering is to be held: "la Commission mixte, prévue au premier trimestre 2026 à Nairobi"
_PLANNED_AT = re.compile(r"\b(?:prévue?s?|programmée?s?|envisagée?s?|scheduled|planned|slated|due|to[ ]+be[ ]+held|"
                         r"se[ ]+tiendra|se[ ]+tiendront|aura[ ]+lieu|auront[ ]+lieu|"
                         r"will[ ]+(?:be[ ]+held|take[ ]+place))"
                         r"\b[^,;.:()]*\Z", re.I)
_RECALLED_CLAUSE = re.compile(
    r"\b(?:qui|dont|who|which)\s+(?:l['’]\s*|y\s+)?(?:avait|avaient|était|étaient|had)\b[^,;:()]*\Z", re.I)


# a place that is what the talks were about, not where they were: "the situation in Gaza", "the
# ceasefire in Gaza", "la situation à Gaza", "la guerre au Soudan"
_TOPICAL = re.compile(
    r"\b(?:situation|ceasefire|cease-fire|war|conflict|crisis|peace|hostilities|violence|fighting|"
    r"reconstruction|aid|access|strikes?|attacks?|offensive|developments|catastrophe|tragedy|emergency|famine|"
    r"guerre|conflit|crise|paix|drame|"
    r"cessez-le-feu|violences|combats|frappes|attaques?|reconstruction|"
    # the people of a place, not a place one is in: "les besoins de la population de Gaza"
    r"population|people|peuple|habitants|inhabitants|residents|citizens)"
    # (and the adjectives French puts after: "un cessez-le-feu immédiat et permanent à Gaza")
    r"(?:\s+(?!(?:in|on|to|for|of|à|au|en|aux|de|du|dans)\b)[\w'’-]+){0,3}"
    r"\s+(?:in|on|to|for|of|à|au|en|aux|de|du|dans)"
    r"\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?\Z"
    # an example of a topic just named: "the latest developments in the region, particularly in Gaza"
    r"|\b(?:particularly|especially|notably|including|notamment|particulièrement|en[ ]+particulier)[ ]+"
    r"(?:in|à|au|aux|en|dans)[ ]+(?:the\s+|la\s+|le\s+|l['’]\s*)?\Z"
    # a city's body or official, not where one is: "une délégation du Conseil municipal de Banjul", "son
    # homologue de Banjul"
    r"|\b(?:conseil[ ]+municipal|municipal[ ]+council|city[ ]+council|délégation|delegation|homologue|counterpart)"
    r"\s+(?:de|du|d['’]|of)\s*(?:the\s+|la\s+|l['’]\s*)?\Z"
    # what a gathering decided: "la mise en œuvre des décisions du Sommet de Banjul"
    r"|\b(?:décisions|decisions|conclusions|outcomes?|résultats|recommandations|recommendations)\s+"
    r"(?:du|des|de\s+la|de\s+l['’]|of\s+the|of)\s*[\w'’-]+\s+(?:de|d['’]|of)\s*\Z", re.I)


# a place that names a thing, not where one is: "the Baku–Tbilisi–Ceyhan pipeline", "the Lobito Corridor"
_NAMES_A_THING = re.compile(r"[ –-]*(?:pipeline|corridor|railway|highway|format|process|agreement|initiative|"
                            r"declaration|accords?|gazoduc|oléoduc|processus)\b", re.I)


_GATHERING_OF_CITY = re.compile(
    r"\b(?:the|le|la|du|au)\s+(?:(?P<before>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})\s+(?:Forum|Summit|Conference|"
    r"Dialogue|Ministerial|Meeting)\b|(?:Forum|Sommet|Conférence|Dialogue|Réunion)\s+(?:de|d['’])\s*"
    r"(?P<after>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?))")


_CITY_VENUE = re.compile(r"(?:(?:Grand\s+)?Hotel\s+)?([A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+){0,2}?)\s+"
                         r"(?:Castle|Palace|City Hall|Town Hall|Cathedral|Congress Centre|Congress Center|"
                         r"Conference Centre|Conference Center|"
                         r"Convention Centre|Convention Center)$")


_VENUE_OF_CITY = re.compile(r"(?:H[ôo]tel[ ]+de[ ]+[Vv]ille|Mairie|Palais[ ]+communal|Maison[ ]+communale|"
                            r"Palais[ ]+provincial|H[ôo]tel[ ]+de[ ]+(?:[Rr]égion|la[ ]+[Pp]rovince|[Pp]réfecture)|"
                            r"H[ôo]tel[ ]+du[ ]+[Dd]épartement|Palais[ ]+du[ ]+[Gg]ouvernement)[ ]+"
                            r"(?:de[ ]+|d['’])([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})$")


# "l'Abbaye-aux-Dames de Caen", "le Mémorial de Caen", "the University of Oslo": a venue of a kind that
# takes its town's name (not a palace or a format named after a place: "Palacio de Santa Cruz",
# "Triangle de Weimar")
_NAMED_VENUE_OF_CITY = re.compile(
    r"(?:Abbaye(?:-aux-[\w]+)?|Mémorial|Memorial|Université|University|Citadelle|Château|Préfecture|Port|"
    r"Aéroport|Airport|Cathédrale|Basilique|Palais[ ]+des[ ]+congrès|Centre[ ]+des?[ ]+congrès|"
    r"Parc[ ]+des[ ]+expositions)"
    r"[ ]+(?:de[ ]+|d['’]|of[ ]+)([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})$")

_DATELINE_CITY = re.compile(
    r"\s*([A-ZÀ-Ý][\w'’.]*(?:[ -][A-ZÀ-Ý][\w'’.]*){0,3})\s*(?:\([^)]{1,20}\))?\s*,\s*"
    # (its country: "PORT OF SPAIN, Trinidad and Tobago, Saturday 16 May 2026")
    r"(?:[A-ZÀ-Ý][\w'’.-]*(?:[ ](?:and|et|[A-ZÀ-Ý][\w'’.-]*)){0,3}\s*,\s*)?"
    r"(?:le\s+|on\s+)?(?:\d{1,2}(?:er)?\s|\d{1,2}[./-]\d|[A-Z][a-zé]+\.?\s+\d)"
)


# ... or the city alone before a dash, the date standing on its own line: "HONOLULU — Governor Josh Green
# welcomed ...", "Bruxelles (Belga) – Le ministre ..."
_DATELINE_DASH = re.compile(r"\s*([A-ZÀ-Ý][\w'’.]*(?:[ -][A-ZÀ-Ý][\w'’.]*){0,3})\s*(?:\([^)]{1,20}\))?\s*[—–]\s")


def _dateline_city(text: str) -> re.Match | None:
    return _DATELINE_CITY.match(text) or _DATELINE_DASH.match(text)


# where a mission is accredited ("la Mission permanente de la Belgique auprès de l'Office des Nations Unies",
# "the Permanent Mission of Ghana to the UN"), whom a delegation's remit names ("la délégation pour les
# relations avec le Parlement panafricain"): no party of the meeting
_ACCREDITED_TO = re.compile(r"(?:\bauprès[ ]+(?:de[ ]+l['’]|de[ ]+la[ ]+|du[ ]+|des[ ]+|de[ ]+)"
                            r"|\brelations[ ]+(?:avec|with)[ ]+(?:le[ ]+|la[ ]+|les[ ]+|l['’]|the[ ]+)?|\bMission[ ]+"
                            r"(?:of[ ]+(?:the[ ]+)?[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*)*[ ]+)?to[ ]+(?:the[ ]+)?)"
                            r"(?:[A-Z][\w'’-]*[ ]+(?:des|de[ ]+la|du|de|of[ ]+the|of)[ ]+)?\Z")


# "The Russian Federation was not represented", "n'était pas représentée": absent, not a party
_NEGATED = re.compile(r"\b(?:was|were)\s+not\b|\bn['’](?:était|étaient)\s+pas\b|\bne\s+\w+\s+pas\b|"
                      r"\b(?:absent|absente|absents|absentes)\b", re.I)


def _cues(d: Draft) -> set[str]:
    first = d.sentences[0]
    cues = set(first.cues) | set().union(*(s.cues for s in d.sentences[1:] if s.status == "happened"))
    if any(_THE_VISIT.match(s.text) for s in d.sentences[1:]):
        cues.add("visit")  # "The visit was the minister's first official visit to Greenland"
    return cues


# the meeting told about as a visit: "The visit ...", "Cette visite officielle ..."
_THE_VISIT = re.compile(r"\s*(?:The|This|La|Cette)\s+(?:(?:official|state|working|first)\s+)?visite?\b"
                        r"(?!\s+(?:of|to|de|à|au|en)\b)", re.I)


def _finish(d: Draft, text: str, lang: str, entities: Entities, place: Place | None,
            affiliations: dict[int, str | None], publisher: str | None,
            in_titles: Sequence[tuple[int, int]] = (), premier: str | None = None) -> Meeting | None:
    """Turn a draft into a Meeting: participants as whom, parties, kind, place, topics. `in_titles`:
    where the countries named are no party of their own (see `_in_titles`)."""
    if all(s.headline for s in d.sentences if s.status == "happened"):
        return None  # a headline alone announces as often as it reports; its paragraph decides
    evidence = [_evidence(text, s) for s in d.sentences]
    participants: list[Participant] = []
    parties: list[str] = []
    for p in _unique(d.people):
        if p.roles and (p.role.role.startswith("Spokesperson") or all(x.role.startswith("Spokesperson")
                                                                   for x in p.roles)):
            continue  # a spokesperson tells of the meeting ("a indiqué la porte-parole, Tina Salama")
        aff = affiliations.get(id(p))
        r = p.role
        role = r.role if r else None
        if role == "Counterpart":  # "son homologue ukrainien": the actor's title, for the other side
            role = d.actor.role.role if d.actor is not None and d.actor.role is not None else None
            role = _counterpart_roles().get(role, role) if role else None
            own = affiliations.get(id(d.actor)) if d.actor is not None else None
            if role and aff and own and own != aff and f" {own} " in f" {role} ":
                # the UEMOA Commission's president's counterpart "de la CEMAC" presides the CEMAC's
                role = f" {role} ".replace(f" {own} ", f" {aff} ").strip()
        if role in ("Prime Minister", "Premier") and premier and aff in (None, premier) and not any(
                x.country for x in p.roles):
            role, aff = "Premier", premier  # "le premier ministre Doug Ford" on Ontario's site
        ev = next((_evidence(text, s) for s in d.sentences if any(q is p for _, q in s.people)), evidence[0])
        participants.append(Participant(
            name=p.name, person_key=person_key(p.name),
            role=role, role_text=r.text if r else None,
            affiliation=aff, evidence=ev))
        if aff:
            parties.append(aff)
    # countries and organisations listed as taking part, and titles acting with no name
    # (an organisation's officials on a visit meet the host country's: "le Directeur général s'est
    # entretenu avec le ministre de l'Adaptation")
    visitors_of_an_org = d.people and all(p.role is not None and not p.role.info.national for p in d.people)
    host = place.country if place is not None and visitors_of_an_org else None
    parties += affiliation.unnamed_parties(d, entities, publisher, host)
    for s in d.sentences:
        if ("represent" in s.cues or "presence" in s.cues) and not _NEGATED.search(s.text):
            parties += [c.code for c in entities.countries if s.start <= c.start < s.end and c.via == "name"
                        and not any(a <= c.start < b for a, b in in_titles)]
            parties += [o.acronym for o in entities.orgs if s.start <= o.start < s.end
                        and not _ACCREDITED_TO.search(text, max(0, o.start - 40), o.start)]
            # "hosted the foreign ministers of the Nordic-Baltic Eight (NB8)": a format's members
            parties += [m for o in entities.orgs if s.start <= o.start < s.end
                        for m in affiliation.members(o.acronym)]
    parties = [x for x in dict.fromkeys(parties) if x not in affiliation.groupings()]
    if len(participants) < 2 and len(parties) < 2:
        return None
    kind = _kind(d, _cues(d), parties)
    if kind == "conference":
        # the organisation whose gathering it is: "the 20th BIMSTEC Ministerial Meeting", "le sommet de l'UA"
        parties += [o.acronym for o in _convening(d.sentences[0], entities.orgs, text)
                    if o.acronym not in parties and o.acronym not in affiliation.groupings()]
    if kind == "call":
        place = None
    # the countries taking part are who meets, not what is discussed ("Australia" is no Indo-Pacific cue
    # in talks with Australia's Prime Minister)
    party_names = [(c.start, c.end) for c in entities.countries if c.code in parties]
    # (not what an announcement of another event is about: "the minister will host a conference on
    # Ukraine's reconstruction next month")
    about = [e for e, s in zip(evidence, d.sentences, strict=True)
             if s.status != "future" or _root_in_past(s)] or evidence
    topic_list = topics.classify(about, lang, ignore=party_names)
    return Meeting(d.date, kind, place, participants, parties, topic_list, evidence)


_GATHERING_AFTER = re.compile(r"[ ]+(?:(?:[A-Z][\w-]*|\d+\w*)[ ]+){0,2}?"
                              r"(?:Summit|Ministerial|Meeting|Council|Conference|Forum|Assembly|Session|Leaders)\b")
_GATHERING_BEFORE = re.compile(r"\b(?:sommet|réunion|conférence|conseil|assemblée|session|forum)"
                               r"(?:[ ]+[a-zéè]+){0,3}?[ ]+(?:de[ ]+l['’]|du|des|de[ ]+la|de)[ ]*\Z", re.I)


def _convening(sent: Sentence, orgs, text: str) -> list:
    """The organisations a gathering told in the sentence is named after."""
    return [o for o in orgs if sent.start <= o.start < sent.end and (
        _GATHERING_AFTER.match(text, o.end) or _GATHERING_BEFORE.search(text, max(0, o.start - 60), o.start))]


def _root_in_past(sent: Sentence) -> bool:
    """'Both sides agreed to step up ... and to convene the Commission': a future told by a past verb
    (what was agreed was discussed), not 'Il participera le mois prochain à la réunion ...'."""
    root = next((t for t in sent.tokens if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    if root.tag_ == "VBD":
        return True
    auxes = [c for c in root.children if c.dep_.startswith("aux")]
    return "Part" in root.morph.get("VerbForm") and "Past" in root.morph.get("Tense") and any(
        "Pres" in a.morph.get("Tense") and a.lemma_ in ("avoir", "être") for a in auxes)


@cache
def _counterpart_roles() -> dict[str, str]:
    return {r["role"]: r["counterpart"] for r in read_table("role_counterparts.csv")}


def _unique(people):
    out = []
    for p in people:
        if p is not None and all(p is not q for q in out):
            out.append(p)
    return out


def _calls_by_headline(drafts: list[Draft], sentences: list[Sentence], lang: str) -> None:
    """'Entretiens téléphoniques avec M. Dan et Mme Sandu', 'Phone call with X': a heading that
    calls it a call says so of each exchange with the people it names, even when the body only
    says "s'est entretenu avec"."""
    headings = [s for s in sentences if s.headline and "call" in s.cues]
    # the people a heading names after its call word ("..., holds video call with X": X, not
    # whoever the heading names before it)
    called = [q for h in headings for at in [_call_word_at(h, lang)] for pos, q in h.people if at is not None and pos > at]
    for d in drafts:
        others = [p for p in d.people if p is not d.actor]
        if not others or d.trigger_kind == "call" or any("visit" in s.cues for s in d.sentences):
            continue
        if any(q is p for q in called for p in others):
            d.trigger_kind = "call"


def _call_word_at(s: Sentence, lang: str) -> int | None:
    """Offset of the first call cue of a sentence."""
    for i, w in enumerate(s.words):
        if "call" in cue_types(s.words[i : i + 4], lang) and "call" not in cue_types(s.words[i + 1 : i + 4], lang):
            return w.start
    return None


def _kind(d: Draft, cues: set[str], parties: list[str]) -> str:
    first = d.sentences[0].cues
    if "conference" in first and "call" not in first and "margins" not in first:
        return "conference"  # (a summit some joined by video link is still a summit)
    if "call" in cues or d.trigger_kind == "call" and "visit" not in cues:
        return "call"
    # (a gathering joined on the margins of another is a gathering: "a pris part à la réunion de
    # coordination ..., en marge de l'Assemblée générale")
    if "conference" in d.sentences[0].cues or "margins" not in d.sentences[0].cues and (
        d.trigger_kind == "conference" or len(parties) >= 6
    ):
        return "conference"
    if "visit" in cues or d.trigger_kind == "visit" or d.trip:
        return "visit"
    return "meeting"


def _place(d: Draft, ents, prior_places) -> Place | None:
    """Where the meeting was: named in its own sentence, else where the account had brought us
    (a trip, a dateline), else named later in its account. A venue with no city ("the
    Presidential Palace") takes the city of the context."""
    first = d.sentences[0]
    own = places_in(first, ents)
    context = prior_places(first.start)
    # later sentences name the place only when they tell of the meeting ("The meeting took place at
    # ..."); otherwise a capital there stands for its government ("pressure from Moscow")
    later = [f for s in d.sentences[1:] if s.status == "happened" for f in places_in(s, ents)]
    if not own and d.setting is not None:
        own = places_in(d.setting, ents)  # "a accordé, au Palais du Peuple de Malabo, une série d'audiences"
    if context is not None and not context.city and not context.venue and later and (
            _to_place(later).country == context.country):
        context = None  # the country visited, and its city named in the meeting's account
    place = _to_place(own) if own else context or (_to_place(later) if later else None)
    if place is not None and place.city is None and place.venue:
        donor = context or (_to_place(later) if later else None)
        if donor is not None and donor.city:
            place = Place(city=donor.city, venue=place.venue, country=place.country or donor.country,
                          city_text=donor.city_text)
        elif donor is not None and donor.country and not place.country:
            place = Place(venue=place.venue, country=donor.country)  # a venue of the country visited
    return place


def _to_place(found) -> Place:
    city = next((f for f in found if f[0]), None)
    venue = next((f for f in found if f[1]), None)
    country = (venue[2] if venue and venue[2] else None) or (city[2] if city else None)
    return Place(
        city=city[0] if city else (venue[0] if venue else None),
        venue=venue[1] if venue else None,
        country=country,
        city_text=city[3] if city else None,
    )


def _dedupe(meetings: list[Meeting]) -> list[Meeting]:
    """One meeting told twice (a headline and its paragraph) is one meeting."""
    out: list[Meeting] = []
    for m in meetings:
        keys = {p.person_key for p in m.participants}
        twin = None
        for o in out:
            okeys = {p.person_key for p in o.participants}
            if o.date != m.date or (o.kind == "call") != (m.kind == "call"):
                continue
            if (o.kind == "conference") != (m.kind == "conference") and any(_MARGINS.search(x.evidence[0].text)
                                                                        for x in (o, m)):
                continue  # talks on the margins of a conference, between two of its participants
            if keys == okeys or (keys < okeys and _is_headline_evidence(m)) or (okeys < keys and _is_headline_evidence(o)):
                twin = o
                break
            if (keys < okeys or okeys < keys) and len(keys & okeys) >= 2 and _same_city(o, m) and not any(
                    _LATER.search(x.evidence[0].text) for x in (o, m)):
                # "a effectué une visite de travail à Berlin ... Il a été reçu par Boris Pistorius au ministère":
                # the visit told again with who came along
                twin = o
                break
        if twin is None:
            out.append(m)
            continue
        _merge_into(twin, m)
    return out


_SINCE = re.compile(r"\b(?:since|depuis)[ ]+(?:(?:le|la|the|mi-|début|fin|early|late|mid-?)[ ]+)?\Z", re.I)
_YEAR_FRAME = re.compile(r"\s*(?:During|Throughout|In|Over|Since|Durant|Pendant|En|Depuis|Au[ ]+cours[ ]+de)"
                         r"(?:[ ]+(?:the[ ]+year|the[ ]+course[ ]+of|l['’]ann[ée]e))?[ ]+\d{4}\b(?![ ]*[-/.]\d)")
_MARGINS = re.compile(r"\b(?:on the (?:margins|sidelines)|en marge)\b", re.I)


_LATER = re.compile(r"\b(?:later|then|afterwards|in the (?:morning|afternoon|evening)|ensuite|puis|"
                    r"dans l['’](?:après-midi|après midi|soirée)|en (?:fin de )?(?:matinée|soirée))\b", re.I)


def _same_city(a: Meeting, b: Meeting) -> bool:
    return a.place is not None and b.place is not None and a.place.city is not None and a.place.city == b.place.city


def _is_headline_evidence(m: Meeting) -> bool:
    return len(m.evidence) == 1 and not m.evidence[0].text.rstrip().endswith((".", "!", "?"))


def _merge_into(a: Meeting, b: Meeting) -> None:
    known = {p.person_key: p for p in a.participants}
    for p in b.participants:
        q = known.get(p.person_key)
        if q is None:
            a.participants.append(p)
        elif not q.role and p.role:
            q.role, q.role_text = p.role, p.role_text
            q.affiliation = q.affiliation or p.affiliation
    a.parties = list(dict.fromkeys(a.parties + b.parties))
    have = {t.topic for t in a.topics}
    a.topics += [t for t in b.topics if t.topic not in have]
    a.evidence = sorted(set(a.evidence) | set(b.evidence), key=lambda e: e.start)
    if a.place is None:
        a.place = b.place


def mentioned_countries(text: str, entities: Entities, people: list[Person]) -> list[CountryMention]:
    """Every country the release's own text names, with the first sentence naming it."""
    inside_names = [(m.start, m.end) for p in people for m in p.mentions]
    seen: dict[str, CountryMention] = {}
    for c in entities.countries:
        if any(a <= c.start < b for a, b in inside_names):
            continue
        if c.code not in seen:
            s, e = _sentence_around(text, c.start)
            seen[c.code] = CountryMention(c.code, Evidence(s, e, text[s:e]))
    return list(seen.values())


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    s = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos) + 1) + 1
    e = len(text)
    for mark in ("\n", ". "):
        k = text.find(mark, pos)
        if k != -1:
            e = min(e, k + (1 if mark == ". " else 0))
    while s < pos and text[s] == " ":
        s += 1
    return s, e
