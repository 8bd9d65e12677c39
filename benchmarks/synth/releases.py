"""Synthetic releases: French and English readouts of diplomatic meetings, with their gold.

`release(pools, seed, index)` is a pure function of its arguments, so release i is the same in a
run of 1,000 and of 100,000, and releases can be made in any order or in parallel. It returns a
`SynthRelease`: title, paragraphs of sentences, and what they report (the gold: meetings that took
place, with date, kind, place, participants as whom, parties, topics, each with the sentence it is
read from; countries the text names). `pages.render` wraps it in a site's page (.txt or .html).

The phenomena are those of real readouts: several meetings on different days, calls, official
visits, conferences with meetings on their margins, announced meetings and recalled past ones
(which are not meetings that took place), dates written in full, with a weekday, relative to the
publication ("yesterday", "hier") or to the previous meeting ("the following day", "le
lendemain"), people introduced by appositions with roles and demonyms, then named by surname,
title or pronoun.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from .pools import ORGS, Country, Person, Pools

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FR_MON = ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"]
TOPIC_WEIGHTS = {
    "support-ukraine": 5,
    "russia": 3,
    "defence-spending": 3,
    "deterrence-defence": 2,
    "forward-presence": 2,
    "defence-industry": 2,
    "air-missile-defence": 2,
}
SCENARIOS = {"bilateral": 30, "two_meetings": 15, "visit": 15, "calls": 15, "conference": 15, "none": 5}
GAP = "\x00"  # where an apposition closes with a comma unless punctuation follows


@dataclass
class GoldMeeting:
    date: date
    kind: str
    place: dict | None  # {"city": [...], "venue": [...], "country": "BE"} or None for calls
    participants: list[tuple[Person, list[str]]]  # the person and the role forms accepted
    parties: list[str]
    topics: list[str] = field(default_factory=list)
    sentence: int = 0  # evidence: index of the sentence reporting it
    topic_sentence: int | None = None


@dataclass
class SynthRelease:
    source: str  # file name
    lang: str
    fmt: str  # "txt" or "html"
    published: date
    site: dict
    title: str
    paragraphs: list[list[int]]  # sentence indices per paragraph
    sentences: list[str]
    meetings: list[GoldMeeting]
    mentions: dict[str, int]  # country code -> first sentence naming it (-1: the title)
    url: str

    def body(self) -> list[str]:
        return [" ".join(self.sentences[i] for i in par) for par in self.paragraphs]

    def gold(self) -> dict:
        """The annotation, in the corpus's gold format (../shared/corpus/README.md)."""
        return {
            "file": self.source,
            "language": self.lang,
            "meetings": [
                {
                    "date": m.date.isoformat(),
                    "kind": m.kind,
                    "place": m.place,
                    "participants": [
                        {"name": [p.name], "role": roles, "affiliation": p.affiliation} for p, roles in m.participants
                    ],
                    "parties": m.parties,
                    "topics": m.topics,
                }
                for m in self.meetings
            ],
            "mentioned_countries": sorted(self.mentions),
        }


def release(pools: Pools, seed: int, index: int) -> SynthRelease:
    """Release `index` of the corpus of `seed`."""
    rng = random.Random(f"release:{seed}:{index}")
    lang = "fr" if rng.random() < 0.5 else "en"
    fmt = "html" if rng.random() < 0.3 else "txt"
    first, last = pools.window
    published = first + timedelta(days=rng.randrange((last - first).days + 1))
    w = _Writer(pools, rng, lang, published)
    scenario = rng.choices(list(SCENARIOS), weights=list(SCENARIOS.values()))[0]
    getattr(w, "_" + scenario)()
    w.context()
    site = rng.choice([s for s in pools.sites if s["lang"] == lang])
    source = f"{lang}-{index:06d}.{fmt}"
    return SynthRelease(
        source,
        lang,
        fmt,
        published,
        site,
        w.title,
        w.paragraphs,
        w.sentences,
        w.meetings,
        w.mentions,
        f"https://press.example.org/{lang}/news/{index:06d}",
    )


# ---------------------------------------------------------------------------------------------


class _Writer:
    """Writes one release sentence by sentence, keeping what each sentence reports."""

    def __init__(self, pools: Pools, rng: random.Random, lang: str, published: date):
        self.pools, self.rng, self.lang, self.published = pools, rng, lang, published
        self.t = pools.templates[lang]
        self.sentences: list[str] = []
        self.paragraphs: list[list[int]] = [[]]
        self.meetings: list[GoldMeeting] = []
        self.mentions: dict[str, int] = {}
        self._pending: set[str] = set()
        self._introduced: dict[Person, list[str]] = {}  # person -> role forms written
        self.title = ""
        self.actor = self._actor()

    # ------------------------------------------------------------------ scenarios

    def _bilateral(self) -> None:
        b = self._counterpart()
        d = self.published - timedelta(days=self._first_offset(0))
        self._meeting("meeting", d, [b], None)
        self._maybe_recalled(b)
        self._maybe_future()
        self._title("meeting", counterpart=b)

    def _two_meetings(self) -> None:
        b1 = self._counterpart()
        b2 = self._counterpart(exclude={b1.affiliation})
        gap = self.rng.choice([0, 1, 1, 2])
        d1 = self.published - timedelta(days=self._first_offset(gap))
        place = self._place_for(b1)
        self._meeting("meeting", d1, [b1], None, place=place)
        self._new_paragraph()
        self._meeting("meeting", d1 + timedelta(days=gap), [b2], d1, place=place)
        self._maybe_future()
        self._title("meeting", counterpart=b1)

    def _calls(self) -> None:
        b1 = self._counterpart()
        d = self.published - timedelta(days=self._first_offset(1))
        self._meeting("call", d, [b1], None)
        if self.rng.random() < 0.6:
            b2 = self._counterpart(exclude={b1.affiliation})
            gap = self.rng.choice([0, 1])
            self._new_paragraph()
            self._meeting("call", d + timedelta(days=gap), [b2], d)
        self._maybe_future()
        self._title("call", counterpart=b1)

    def _visit(self) -> None:
        host = self._country(exclude={self.actor.affiliation})
        two_days = self.rng.random() < 0.5
        d = self.published - timedelta(days=self._first_offset(1 if two_days else 0))
        first = self._official(host.code, "P" if host.head == "P" else "PM", d)
        self._meeting("visit", d, [first], None, place=self._capital(host), host=host)
        if two_days:
            posts = self.rng.sample([p for p in ("PM", "FM", "DM") if p != first.post], self.rng.choice([1, 2]))
            people = [self._official(host.code, p, d + timedelta(days=1)) for p in posts]
            self._new_paragraph()
            self._meeting("visit", d + timedelta(days=1), people, d, place=self._capital(host), host=host, follow=True)
        self._maybe_future()
        self._title("visit", country=host)

    def _conference(self) -> None:
        city_country = self._country()
        d = self.published - timedelta(days=self._first_offset(0))
        others = [c for c in self.pools.participants if c.code != self.actor.affiliation]
        members = self.rng.sample(others, self.rng.randrange(3, 7))
        self._meeting("conference", d, [], None, place=self._capital(city_country), members=members)
        if self.rng.random() < 0.6:
            b = self._official(self.rng.choice(members).code, self.rng.choice(["FM", "DM", "FM"]), d)
            self._meeting("meeting", d, [b], d, place=self._capital(city_country), margins=True)
        self._maybe_future()
        self._title("conference", city=city_country)

    def _none(self) -> None:
        """An announcement: no meeting took place (gold meetings: [])."""
        fc = self._country(exclude={self.actor.affiliation})
        c = self._official(fc.code, self.rng.choice(["P", "PM", "FM"]) if fc.head == "P" else "PM", self.published)
        self._say(
            self.rng.choice(self.t["no_meeting"]),
            A=lambda: self._ref(self.actor),
            C=lambda: self._ref(c),
            pron=self._pron,
            fcity=fc.capital(self.lang),
            fcountry=lambda: self._name(fc),
            to_fcountry=lambda: self._to(fc),
            fdate=self._future_date(),
        )
        self._say(self.rng.choice(self.t["statement"]), topics=self._topics(self.rng.randrange(1, 3))[1])
        self._title("none", fcountry=fc)

    # ------------------------------------------------------------------ meetings

    def _meeting(
        self,
        kind: str,
        d: date,
        people: list[Person],
        prev: date | None,
        *,
        place: dict | None = None,
        host: Country | None = None,
        members: list[Country] = (),
        margins: bool = False,
        follow: bool = False,
    ) -> None:
        rng, t = self.rng, self.t
        if kind != "call" and place is None:
            place = self._place_for(people[0])
        slots = {
            "A": lambda: self._ref(self.actor),
            "a": lambda: self._short(self.actor),
            "B": lambda: self._refs(people, implied=host),
            "when": lambda: self._date(d, prev),
            "pron": self._pron,
            "e": "e" if self.actor.gender == "f" else "",
        }
        if place:
            slots |= {"city": self._city(place)}
            venue = rng.choice(range(len(t["venues"])))
            slots |= {"venue": t["venues"][venue], "at_venue": _at(t["venues"][venue])}
        if host is not None:
            slots |= {"country": lambda: self._name(host), "to_country": lambda: self._to(host)}
        if members:
            slots |= {
                "conf": rng.choice(t["conferences"]),
                "list": lambda: self._list(members, "name"),
                "list_de": lambda: self._list(members, "of"),
            }
        key = "margins" if margins else "visit_next" if follow else kind
        template = rng.choice(t[key])
        if place and "venue" not in template and "at_venue" not in template:
            place = {**place, "venue": []}
        elif place:
            v = self.pools.templates["en"]["venues"][venue], self.pools.templates["fr"]["venues"][venue]
            place = {**place, "venue": [_drop_article(x) for x in v]}
        if margins:
            self._new_paragraph()
        idx = self._say(template, **slots)
        participants = [self.actor, *people]
        parties = list(dict.fromkeys([p.affiliation for p in participants] + [c.code for c in members]))
        m = GoldMeeting(
            d,
            kind,
            place if kind != "call" else None,
            [(p, self._role_forms(p)) for p in participants],
            parties,
            sentence=idx,
        )
        self.meetings.append(m)
        topics, phrase = self._topics(rng.choice([1, 1, 2, 2, 3]))
        key = "conference_topics" if kind == "conference" else "topics"
        m.topic_sentence = self._say(rng.choice(t[key]), topics=phrase)
        m.topics = topics
        if rng.random() < 0.4:
            more, phrase = self._topics(rng.choice([1, 1, 2]), exclude=topics)
            self._say(rng.choice(t["more_topics"]), topics=phrase, a=lambda: self._short(self.actor))
            m.topics = topics + more
        other = people[0] if people else None
        for _ in range(rng.choice([0, 1, 2, 2])):
            filler = rng.choice([f for f in t["fillers"] if other is not None or "{b}" not in f])
            self._say(filler, a=lambda: self._short(self.actor), b=lambda: self._short(other))
        if rng.random() < 0.5:
            self._say(rng.choice(t["quote"]), quote=rng.choice(t["quotes"]), a=self._short(self.actor))

    def context(self) -> None:
        """A closing paragraph of background, which reports nothing."""
        n = self.rng.choice([1, 2, 2, 3])
        if n:
            self._new_paragraph()
            for sentence in self.rng.sample(self.t["context"], n):
                self._say(sentence, a=lambda: self._short(self.actor))

    def _maybe_recalled(self, b: Person) -> None:
        if self.rng.random() < 0.35:
            months_back = self.rng.randrange(3, 30)
            y, mo = divmod(self.published.year * 12 + self.published.month - 1 - months_back, 12)
            rmonth = f"{(EN_MONTHS if self.lang == 'en' else FR_MONTHS)[mo]} {y}"
            rcity = self._country().capital(self.lang)
            self._say(
                self.rng.choice(self.t["recalled"]),
                a=self._short(self.actor),
                b=self._short(b),
                rcity=rcity,
                rmonth=rmonth,
            )

    def _maybe_future(self) -> None:
        if self.rng.random() < 0.5:
            fc = self._country(exclude={self.actor.affiliation})
            c = self._official(fc.code, self.rng.choice(["PM", "FM"]), self.published)
            first = self.meetings[0].place if self.meetings else None
            city = (
                self._city(first) if first else self.pools.countries.get(self.actor.affiliation, fc).capital(self.lang)
            )
            self._new_paragraph()
            self._say(
                self.rng.choice(self.t["future"]),
                a=self._short(self.actor),
                C=lambda: self._ref(c),
                pron=self._pron,
                fcity=fc.capital(self.lang),
                fcountry=lambda: self._name(fc),
                to_fcountry=lambda: self._to(fc),
                fdate=self._future_date(),
                city=city,
            )

    # ------------------------------------------------------------------ people

    def _actor(self) -> Person:
        posts = [(a, p, w) for a, p, w in self.pools.posts if p in ("P", "PM", "FM", "DM") or a in ORGS]
        aff, post, _ = self.rng.choices(posts, weights=[w**1.3 for *_, w in posts])[0]
        return self.pools.holder(aff, post, self.published)

    def _counterpart(self, exclude: set[str] = frozenset()) -> Person:
        if self.actor.affiliation not in ORGS and self.rng.random() < 0.15:
            orgs = [(a, p, w) for a, p, w in self.pools.posts if a in ORGS and a not in exclude]
            aff, post, _ = self.rng.choices(orgs, weights=[w for *_, w in orgs])[0]
            return self.pools.holder(aff, post, self.published)
        c = self._country(exclude={self.actor.affiliation, *exclude})
        return self._official(c.code, self._national_post(c))

    def _national_post(self, c: Country) -> str:
        posts = {"P": 2, "PM": 3, "FM": 6, "DM": 2, "DPM": 0.4, "INT": 0.3, "FIN": 0.3}
        if c.head != "P":
            posts.pop("P")
        return self.rng.choices(list(posts), weights=list(posts.values()))[0]

    def _official(self, aff: str, post: str, when: date | None = None) -> Person:
        return self.pools.holder(aff, post, when or self.published)

    def _country(self, exclude: set[str] = frozenset()) -> Country:
        cs = [c for c in self.pools.participants if c.code not in exclude]
        return self.rng.choices(cs, weights=[c.weight for c in cs])[0]

    def _ref(self, p: Person, implied: Country | None = None) -> str:
        """First mention: an apposition with role and country; then a short reference."""
        if p in self._introduced:
            return self._short(p)
        role = self.pools.role(p.post, p.affiliation)
        c = self.pools.countries.get(p.affiliation)
        rng, name = self.rng, p.name
        if self.lang == "en":
            title = rng.choice(role.en)
            if c is None:
                forms = [title]
                style = rng.choice(["the", "pre", "post"]) if " of " in title else rng.choice(["pre", "post"])
                text = {
                    "the": f"the {title}, {name}{GAP}",
                    "pre": f"{title} {name}",
                    "post": f"{name}, the {title}{GAP}",
                }[style]
            elif implied is not None and implied.code == c.code and rng.random() < 0.5:
                forms, text = [title], f"the {title}, {name}{GAP}"
            else:
                self._pending.add(c.code)
                style = rng.randrange(4)
                forms = [title, f"{c.dem_en} {title}"]
                text = [
                    f"{c.dem_en} {title} {name}",
                    f"the {title} {c.of('en')}, {name}{GAP}",
                    f"{name}, the {c.dem_en} {title}{GAP}",
                    f"{title} {name} {c.of('en')}",
                ][style]
        else:
            art = "la" if p.gender == "f" else "le"
            bare = role.fr(p.gender).replace(" {dem}", "")
            if c is None:
                forms = [bare]
                text = rng.choice([f"{art} {bare}, {name}{GAP}", f"{name}, {bare}{GAP}"])
            elif implied is not None and implied.code == c.code and rng.random() < 0.5:
                forms, text = [bare], f"{art} {bare}, {name}{GAP}"
            else:
                self._pending.add(c.code)
                with_dem = role.fr(p.gender).format(dem=c.dem(self.lang, p.gender))
                forms = [bare, with_dem]
                text = rng.choice(
                    [
                        f"{art} {with_dem}, {name}{GAP}",
                        f"{art} {bare} {c.of('fr')}, {name}{GAP}",
                        f"{name}, {with_dem}{GAP}",
                    ]
                )
        self._introduced[p] = forms
        return text

    def _refs(self, people: list[Person], implied: Country | None = None) -> str:
        parts = [self._ref(p, implied) for p in people]
        return _join(parts, self.lang)

    def _short(self, p: Person) -> str:
        role = self.pools.role(p.post, p.affiliation)
        if p is self.actor and self.rng.random() < 0.4:
            return self.rng.choice(role.en_short) if self.lang == "en" else role.fr_short(p.gender)
        if self.lang == "en":
            return f"{'Ms' if p.gender == 'f' else 'Mr'} {p.surname}"
        return f"{'Mme' if p.gender == 'f' else 'M.'} {p.surname}"

    def _pron(self) -> str:
        female = self.actor.gender == "f"
        return ("she" if female else "he") if self.lang == "en" else ("elle" if female else "il")

    def _role_forms(self, p: Person) -> list[str]:
        role = self.pools.role(p.post, p.affiliation)
        written = self._introduced.get(p, [])
        return list(dict.fromkeys([role.canonical, *role.alts, *written]))

    # ------------------------------------------------------------------ places, dates, topics

    def _place_for(self, counterpart: Person) -> dict:
        """Where a meeting with `counterpart` takes place: the actor's seat or the other's capital."""
        home = self.actor if self.rng.random() < 0.6 else counterpart
        if home.affiliation in ORGS:
            en, fr, country = ORGS[home.affiliation][2]
            return {"city": list(dict.fromkeys([en, fr])), "venue": [], "country": country}
        return self._capital(self.pools.countries[home.affiliation])

    def _city(self, place: dict) -> str:
        return place["city"][-1 if self.lang == "fr" else 0]

    def _capital(self, c: Country) -> dict:
        return {"city": list(dict.fromkeys([c.cap_en, c.cap_fr])), "venue": [], "country": c.code}

    def _first_offset(self, span: int) -> int:
        """Days between the first meeting and publication, leaving room for `span` more days."""
        return span + self.rng.choice([0, 0, 1, 1, 1, 2, 3, 4, 5, 6, 8, 10])

    def _date(self, d: date, prev: date | None) -> str:
        rng, lang, k = self.rng, self.lang, (self.published - d).days
        day, month, year, wd = d.day, d.month - 1, d.year, d.weekday()
        if lang == "en":
            forms = [
                f"on {EN_DAYS[wd]} ({day} {EN_MONTHS[month]})",
                f"on {day} {EN_MONTHS[month]} {year}",
                f"on {EN_MONTHS[month]} {day}, {year}",
                f"on {EN_DAYS[wd]}, {day} {EN_MONTHS[month]} {year}",
            ]
            if prev is not None:
                forms = {0: ["later that day", "the same day"], 1: ["the following day", "the next day"]}.get(
                    (d - prev).days, forms[:1]
                )
            elif k == 0:
                forms += ["today"] * 2
            elif k == 1:
                forms += ["yesterday"] * 3
            elif k <= 6:
                forms += [f"last {EN_DAYS[wd]}"]
        else:
            dd = "1er" if day == 1 else str(day)
            forms = [
                f"le {dd} {FR_MONTHS[month]} {year}",
                f"le {dd} {FR_MONTHS[month]}",
                f"{FR_DAYS[wd]} {dd} {FR_MONTHS[month]}",
                f"le {day:02d}/{d.month:02d}/{year}",
            ]
            if prev is not None:
                forms = {0: ["plus tard dans la journée", "le même jour"], 1: ["le lendemain"] * 2}.get(
                    (d - prev).days, [f"le {FR_DAYS[wd]} {dd} {FR_MONTHS[month]}"]
                )
            elif k == 0:
                forms += ["aujourd'hui"]
            elif k == 1:
                forms += ["hier"] * 3
            if prev is None and k <= 6:
                forms += [f"ce {FR_DAYS[wd]} ({dd} {FR_MONTHS[month]} {year})"] * 2
            if prev is None and 1 <= k <= 6:
                forms += [f"{FR_DAYS[wd]} dernier"]
        return rng.choice(forms)

    def _future_date(self) -> str:
        d = self.published + timedelta(days=self.rng.randrange(3, 30))
        if self.lang == "en":
            return f"{d.day} {EN_MONTHS[d.month - 1]}"
        return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]}"

    def _topics(self, n: int, exclude: list[str] = ()) -> tuple[list[str], str]:
        pool = self.pools.topics[self.lang]
        ids = list(pool)
        chosen: list[str] = []
        while len(chosen) < n:
            t = self.rng.choices(ids, weights=[TOPIC_WEIGHTS.get(i, 1) for i in ids])[0]
            if t not in chosen and t not in exclude:
                chosen.append(t)
        phrases = []
        for t in chosen:
            phrase, mentions = self.rng.choice(pool[t])
            phrases.append(phrase)
            self._pending.update(mentions)
        return chosen, _join(phrases, self.lang)

    def _name(self, c: Country) -> str:
        self._pending.add(c.code)
        return c.name(self.lang)

    def _to(self, c: Country) -> str:
        self._pending.add(c.code)
        return c.to(self.lang)

    def _list(self, cs: list[Country], form: str) -> str:
        self._pending.update(c.code for c in cs)
        return _join([c.name(self.lang) if form == "name" else c.of(self.lang) for c in cs], self.lang)

    # ------------------------------------------------------------------ text

    def _say(self, template: str, **slots) -> int:
        """Fill a template (callables are called only for the slots it uses) and add the sentence."""
        values = {}
        for key, value in slots.items():
            if "{" + key + "}" in template:
                values[key] = value() if callable(value) else value
        text = _close_appositions(template.format(**values))
        text = text[0].upper() + text[1:]
        self.sentences.append(text)
        idx = len(self.sentences) - 1
        self.paragraphs[-1].append(idx)
        for code in self._pending:
            self.mentions.setdefault(code, idx)
        self._pending.clear()
        return idx

    def _new_paragraph(self) -> None:
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    def _title(
        self,
        kind: str,
        *,
        counterpart: Person | None = None,
        country: Country | None = None,
        city: Country | None = None,
        fcountry: Country | None = None,
    ) -> None:
        role = self.pools.role(self.actor.post, self.actor.affiliation)
        c = self.pools.countries.get(self.actor.affiliation)
        if self.lang == "en":
            actor = role.en[0] if c is None else f"{c.dem_en} {role.en[0]}"
        else:
            art = "La" if self.actor.gender == "f" else "Le"
            actor = f"{art} {role.fr(self.actor.gender).format(dem=c.dem('fr', self.actor.gender) if c else '')}"
        actor = " ".join(actor.split())
        codes = {c.code} if c else set()
        slots = {"actor": actor}
        if counterpart is not None:
            crole = self.pools.role(counterpart.post, counterpart.affiliation)
            cc = self.pools.countries.get(counterpart.affiliation)
            if self.lang == "en":
                slots["counterpart"] = crole.en[0] if cc is None else f"the {crole.en[0]} {cc.of('en')}"
            else:
                art = "la" if counterpart.gender == "f" else "le"
                dem = cc.dem("fr", counterpart.gender) if cc else ""
                slots["counterpart"] = " ".join(f"{art} {crole.fr(counterpart.gender).format(dem=dem)}".split())
            codes |= {cc.code} if cc else set()
        for key, value in (("country", country), ("fcountry", fcountry)):
            if value is not None:
                slots[key] = value.name(self.lang)
                slots["to_" + key] = value.to(self.lang)
                codes.add(value.code)
        if city is not None:
            slots["city"] = city.capital(self.lang)
        slots["conf"] = self.rng.choice(self.t["conferences"])
        template = self.rng.choice(self.pools.templates[self.lang]["titles"][kind])
        used = {k for k in slots if "{" + k + "}" in template}
        self.title = template.format(**slots)
        self.title = self.title[0].upper() + self.title[1:]
        mentioned = set()
        if "actor" in used and c:
            mentioned.add(c.code)
        if "counterpart" in used and counterpart is not None and counterpart.affiliation in self.pools.countries:
            mentioned.add(counterpart.affiliation)
        for key, value in (("country", country), ("fcountry", fcountry)):
            if value is not None and ({key, "to_" + key} & used):
                mentioned.add(value.code)
        for code in mentioned & codes:
            self.mentions[code] = -1


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" and " if lang == "en" else " et ") + items[-1]


def _close_appositions(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        if ch == GAP:
            nxt = text[i + 1] if i + 1 < len(text) else "."
            if nxt not in ".,;:)":
                out.append(",")
        else:
            out.append(ch)
    return "".join(out)


def _at(venue: str) -> str:
    """French 'à' + venue: 'au palais présidentiel', 'à la résidence du gouvernement'."""
    if venue.startswith("le "):
        return "au " + venue[3:]
    if venue.startswith("les "):
        return "aux " + venue[4:]
    return "à " + venue


def _drop_article(venue: str) -> str:
    for art in ("the ", "le ", "la ", "l'"):
        if venue.startswith(art):
            return venue[len(art) :]
    return venue
