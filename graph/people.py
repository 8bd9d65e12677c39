"""People of one release: name mentions grouped into persons, each with the role and affiliation
read from the appositions around its mentions; and what a bare title or surname refers to.

"le premier ministre roumain, Marcel Ciolacu" -> Marcel Ciolacu, Prime Minister, RO; a later
"M. Ciolacu" or "le premier ministre" is the same person.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from . import gazetteer
from .lexicon import fold, norm_tokens, read_table
from .mentions import Entities, NameMention, RoleMention, chamber_at, honorific_regex, not_name_words


@cache
def _title_gap() -> re.Pattern:
    """Between a title and the name it introduces: a comma, an aside in brackets, and courtesy
    titles of data/honorifics.csv ("le ministre de la Défense, l'honorable Bill Blair"), with their
    article ("le ministre ..., le Professeur Robert Dussey")."""
    courtesy = honorific_regex().pattern
    return re.compile(
        rf"^(?:[ ]*\([^()\n]{{1,15}}\))?(?:[ ]*,)?[ ]*(?:(?:the[ ]+|le|la|l['’])[ ]*(?={courtesy}))?"
        rf"(?:{courtesy})*\Z", re.I)


_COMPLEMENT = re.compile(r"^[ ]+of[ ]+the[ ]+[^,;.\n()]{3,60}(?=,)"
                         # "la présidente [du gouvernement des îles Baléares], Marga Prohens", "le président [du
                         # Conseil exécutif de Corse], Gilles Simeoni": the body, ending on its proper name
                         r"|^[ ]+(?:du|de[ ]+la|de[ ]+l['’]|des)[ ]*(?:[\w'’-]+[ ]+){0,5}?[A-ZÉÈ][\w'’-]*(?=[ ]*,)")
# where the office sits: "Minister of State [at the Ministry of Foreign Affairs] Dr. X"
_AT_MINISTRY = re.compile(r"^[ ]+(?:at|in)[ ]+the[ ]+(?:Ministry|Department|Office)[ ]+(?:of|for)[ ]+(?:the[ ]+)?"
                          r"[A-Z][\w'’-]*(?:[ ]+(?:and[ ]+|of[ ]+)?[A-Z][\w'’-]*){0,4}?"
                          r"(?=[ ]*,|[ ]+(?:Dr|Mr|Mrs|Ms|HE|H\.E\.|Prof|Sheikh|Ambassador)\b)"
                          r"|^[ ]+(?:au|auprès[ ]+du)[ ]+ministère[ ]+(?:de[ ]+la|du|des|de[ ]+l['’]|de)[ ]*"
                          r"[A-ZÉ][^,;.]{0,60}?(?=,|[ ]+(?:M\.|Mme|Dr)[ ])")
_COUNTRY_AGAIN = re.compile(r"^[ ]+of[ ]+(?:the[ ]+)?[A-Z][\w'’-]*"
                            r"(?:[ ]+(?:of[ ]+(?:the[ ]+)?|and[ ]+)?[A-Z][\w'’-]*){0,6}"
                            r"(?=[ ]*,|[ ]+(?:Dr|Mr|Mrs|Ms|HE|H\.E\.|Prof|Sheikh|Ambassador)\b)")
_NATIONALITY_NOUN = re.compile(r"^[ ]*,[ ]*(?:le|la|the)[ ]+([A-ZÀ-Ý][\w'’-]+)[ ]*$")
_CAPITALISED_REST = re.compile(r"^(?:[ ]+(?:of[ ]+(?:the[ ]+)?)?[A-Z][\w'’-]*){1,5}(?=[ ]*,)")
# a title's hyphenated tail: "Chair-in-Office", "President-elect", "Prime Minister-designate"; an
# interim holder's: "maire faisant fonction", "ministre par intérim", "Minister ad interim"
_TITLE_TAIL = re.compile(r"^(?:-(?:in-office|elect|designate|désignée?|élue?)\b"
                          r"|[ ]+(?:par[ ]+intérim|ad[ ]+interim|faisant[ ]+fonction|a\.[ ]?i\.|f\.[ ]?f\.)(?!\w))",
                          re.I)
# the title's remit: "vice-président exécutif de la Commission européenne [chargé de la cohésion et des
# réformes], Raffaele Fitto", "Commissioner [responsible for Trade], X"
_REMIT = re.compile(r"^[ ]+(?:chargée?s?[ ]+(?:de[ ]+la|de[ ]+l['’]|des|du|de|d['’])|responsible[ ]+for"
                    r"|in[ ]+charge[ ]+of)[ ]*[^,;.:()\n]{2,80}?(?=[ ]*,)", re.I)
# the body a title names, described in an aside: "le président du Riigikogu[, le Parlement estonien],
# M. Lauri Hussar", "Speaker of the Sejm[, the lower house of the Polish parliament], Szymon Hołownia"
_BODY_ASIDE = re.compile(
    r"^[ ]*,[ ]*(?:the|le|la|l['’])[ ]*(?:[\w'’-]+[ ]+){0,3}?(?:parliament|parlement|assembly|assemblée|"
    r"chamber|chambre|house|senate|sénat|congress|congrès|legislature|council|conseil)"
    r"(?:[ ]+[\w'’-]+){0,5}?(?=[ ]*,)", re.I)


def _rest_of_title(gap: str, r: RoleMention) -> str:
    """What lies between a title and the next name once the title's own tail is taken off: its
    hyphenated tail, its complement ("the President of the 80th Session of the General Assembly,
    Ms Annalena Baerbock"), an acronym aside, where it is held."""
    gap = _AT_MINISTRY.sub("", _TITLE_TAIL.sub("", gap, count=1), count=1)
    gap = _REMIT.sub("", gap, count=1)
    if r.qualifier_span or r.country or r.org or " " in r.text.strip():
        # (only after a title with its complement: "the Speaker, the Rt. Hon. X" keeps its courtesy)
        gap = _BODY_ASIDE.sub("", gap, count=1)
    gap = _COMPLEMENT.sub("", gap, count=1) if not r.country and not r.org else gap
    if r.country or r.org:
        # the title's country written again after it: "Minister of Foreign Affairs, Emigration and Egyptian
        # Expatriates [of the Arab Republic of Egypt] Dr. Badr Abdelatty"
        gap = _COUNTRY_AGAIN.sub("", gap, count=1)
    if r.qualifier_span and r.qualifier_span[0] > r.end:
        # the rest of a complement whose demonym said the country: "Speaker of the Australian [House of
        # Representatives], Milton Dick", "Speaker of the Lithuanian [Seimas] Saulius Skvernelis"
        gap = _CAPITALISED_REST.sub("", gap, count=1)
        if (chamber := chamber_at(gap, len(gap) - len(gap.lstrip(" ")))) is not None:
            gap = " " + gap[chamber:]
    if (nationality := _NATIONALITY_NOUN.match(gap)) is not None and any(
            gazetteer.country_from_demonym(nationality.group(1), lang) for lang in ("fr", "en")):
        # "le Président de la Commission de l'UA, [le Djiboutien] Mahmoud Ali Youssouf"
        gap = ", "
    gap = _posted().sub("", _ACRONYM_ASIDE.sub("", gap, count=1), count=1)
    # (where, then an acronym aside: "Head of the OSCE Mission [to Bosnia and Herzegovina (BiH)], Ambassador X")
    return _ACRONYM_ASIDE.sub("", _POSTED_TO.sub("", gap, count=1), count=1)


def title_extent(text: str, r: RoleMention) -> tuple[int, int]:
    """Where a title is written, with its country or organisation and where its holder is posted:
    "[the EU Ambassador to Tanzania]", "[President of the Council of Ministers of Togo]"."""
    start = min(r.start, r.qualifier_span[0]) if r.qualifier_span else r.start
    return start, posting(text, r)[1]


def posting(text: str, r: RoleMention) -> tuple[int, int]:
    """Where a title says its holder is posted: "the Ambassador of Australia[ to the Sultanate]"."""
    end = max(r.end, r.qualifier_span[1]) if r.qualifier_span else r.end
    posted = _posted().match(text[end : end + 200]) or _POSTED_TO.match(text[end : end + 120])
    return end, end + (posted.end() if posted else 0)


# "the High Commissioner of Bangladesh [to Malaysia] were present": where, however the sentence goes on
_POSTED_TO = re.compile(r"[ ]+(?:to|in|auprès[ ]+(?:de|du|des))[ ]+(?:the[ ]+|la[ ]+|l['’])?"
                        r"[A-ZÀ-Ý][\w'’-]+(?:[ ]+(?:and[ ]+|of[ ]+(?:the[ ]+)?)?[A-ZÀ-Ý][\w'’-]+){0,3}")


# where or to whom a title is held, between it and the name or the next title of its chain:
# "Représentante spéciale du Secrétaire général [en Centrafrique] et cheffe de la MINUSCA"
@cache
def _title_heads() -> str:
    """The first words of the titles of data/roles.csv ("ministre", "Secretary", "cheffe"), as a regex."""
    heads = {r["form"].split()[0].split("-")[0].lower() for r in read_table("roles.csv")} | {"chef", "cheffe", "head"}
    return "|".join(sorted((re.escape(h) for h in heads if len(h) > 2), key=len, reverse=True))


@cache
def _posted() -> re.Pattern:
    heads = _title_heads()
    return re.compile(
        r"^(?:[ ]+(?:en|au|aux|in|to|pour|for|auprès[ ]+de|auprès[ ]+du|near)[ ]+"
        # (up to the next title, not inside a pair of places: "pour l'Afrique centrale et le bassin du lac Tchad")
        r"[^,;.\n()]{3,60}?(?=,|[ ]+(?:et|and)[ ]+(?:(?:le|la|les|l['’]|the)[ ]*)?(?i:" + heads + r")\b)"
        # an office held beside it: "[et Chef du Bureau régional des Nations Unies pour l'Afrique centrale] (UNOCA)"
        r"|[ ]+(?:et|and)[ ]+(?:[Cc]hef|[Cc]heffe|[Hh]ead)[ ]+(?:du|de[ ]+la|de[ ]+l['’]|des|de|of[ ]+the|of)[ ]*"
        r"[^,;.\n()]{3,80}?(?=[ ]*[,(])"
        # a region's or a federated entity's: "premier ministre du Québec, François Legault", "gouverneur de
        # la région du Nord, M. X"
        r"|[ ]+(?:du|de[ ]+la|de[ ]+l['’]|de(?=[ ]+[A-ZÉ])|of[ ]+the|of)[ ]*"
        r"(?:(?:région|province|[ÉéE]tat|département|region|state)[ ]+(?:du|de[ ]+la|de[ ]+l['’]|des|de|d['’]|of)[ ]*)?"
        r"(?!(?:Président|Présidente|President|Premier|Prime|Secrétaire|Secretary|Chef|Cheffe|Head|Roi|King|Reine|"
        r"Queen|Ministre|Minister|Vice|Deputy|Emir|Émir|Prince|Sultan|Chancel)\b)[A-ZÉ][^,;.\n()]{2,40}?(?=,)"
        # an aside on the portfolio: ", en charge des Relations internationales,"
        r"|[ ]*,[ ]*(?:en[ ]+charge|chargée?|in[ ]+charge)[ ]+(?:de|des|du|d['’]|of)[^,;.\n()]{3,60}(?=,))+")


# the organisation's acronym after its name, before the rest of the title: "de la Commission du bassin
# du lac Tchad [(CBLT)] et Chef de mission de la Force multinationale mixte (FMM), l'Ambassadeur X"
_ACRONYM_ASIDE = re.compile(r"^[ ]*\([A-Z][A-Za-z-]{1,11}\)(?=[ ]+(?:et|and)[ ]+)")
# between a name and the title after it: "Stéphane Séjourné, ministre de ...", "Mr X, President of Y"
_APPOSITION_GAP = re.compile(
    # (after the name's post-nominal letters: "Mr. Hamish Falconer MP, Parliamentary Under-Secretary ...",
    # "Hon. Mulambo Haimbe, SC, MP, Minister of ...")
    r"^(?:[ ]*,?[ ]+\(?(?:MP|MEP|MPP|MLA|MSP|TD|KC|QC|SC|SAN|OBE|CBE|MBE|KBE|DBE|PhD)\b\)?)*[ ]*,[ ]*(?:"
    # "Anita Anand, who was appointed Minister of Foreign Affairs of Canada last week"
    r"(?:who|qui)[ ]+(?:was|has[ ]+been|had[ ]+been|is|a[ ]+été|avait[ ]+été|vient[ ]+d['’]être)[ ]+"
    r"(?:(?:recently|newly|just|récemment)[ ]+)?(?:appointed|named|elected|nommée?|élue?)[ ]+(?:as[ ]+)?)?"
    r"(?:the[ ]+|le[ ]+|la[ ]+|l['’][ ]*)?\Z", re.I)
# between two titles of one person: "le vice-Premier ministre et ministre des Affaires étrangères"
# (an article after "et"/"and" introduces another person: "la Ministre-Présidente et la ministre ..., X")
_TITLE_CHAIN = re.compile(r"^[ ]*(?:(?:et|and)[ ]*|,[ ]*(?:the[ ]+|le[ ]+|la[ ]+)?)\Z", re.I)


def _chains(gap: str) -> bool:
    """Whether two titles are one chain: "Ministre des Affaires étrangères, S.E. Ambassadeur X",
    "Représentante spéciale ... en Centrafrique et cheffe de la MINUSCA"."""
    gap = _posted().sub("", _ACRONYM_ASIDE.sub("", gap, count=1), count=1)
    return bool(_TITLE_CHAIN.match(gap) or _TITLE_CHAIN.match(honorific_regex().sub("", gap)))


@dataclass
class Person:
    name: str  # the fullest form written
    tokens: tuple[str, ...]
    mentions: list[NameMention] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    country: str | None = None  # "Serbia's Marko Đurić", "President Zelenskyy of Ukraine"
    elsewhere: bool = False  # named so far only as a message's sender ("a message from Prime Minister X")

    @property
    def first(self) -> int:
        return self.mentions[0].start

    @property
    def key_tokens(self) -> tuple[str, ...]:
        return self.tokens

    @property
    def role(self) -> RoleMention | None:
        """The most specific title written for this person."""
        if not self.roles:
            return None
        return max(self.roles, key=lambda r: (not r.secondary, r.specificity, -r.start))

    @property
    def affiliation(self) -> str | None:
        for r in sorted(self.roles, key=lambda r: (-r.specificity, r.start)):
            if r.org or r.country:
                return r.org or r.country
        if self.country:
            return self.country
        for r in self.roles:
            if r.info.org or r.info.country:
                return r.info.org or r.info.country
        return None

    def at(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.mentions)


def _suffix_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    # not the father's name of a patronymic: "Abdullah II" is not "Al Hussein bin Abdullah II"
    return (len(short) < len(full) and full[-len(short) :] == short
            and full[-len(short) - 1] not in _PATRONYMIC)


_PATRONYMIC = frozenset({"bin", "ben", "ibn", "bint", "binti"})


def _prefix_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """'Faisal bin Farhan' of 'Faisal bin Farhan bin Abdullah' (the lineage cut short), 'Þorgerður
    Katrín' of 'Þorgerður Katrín Gunnarsdóttir' (given names, as Icelanders are called): the
    first words of a longer name."""
    return 2 <= len(short) < len(full) and full[: len(short)] == short


def _family_name_first(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return len(first) > 1 and first.isupper() and len(name.split()) >= 2 and not name.split()[1].isupper()


def group_people(entities: Entities) -> list[Person]:
    """One Person per individual: full names first, then surnames attached to them."""
    names = entities.names
    people: list[Person] = []
    by_tokens: dict[tuple[str, ...], Person] = {}
    for n in sorted(names, key=lambda n: -len(n.tokens)):
        if n.tokens in by_tokens:
            by_tokens[n.tokens].mentions.append(n)
            continue
        if len(n.tokens) >= 2:
            # a longer form already seen ("Antony J. Blinken" vs "Antony Blinken")?
            match = next(
                (p for p in people if p.tokens[-1] == n.tokens[-1] and p.tokens[0] == n.tokens[0]), None
            )
            if match is None:
                match = next((p for p in people if _suffix_of(n.tokens, p.tokens)
                              or _prefix_of(n.tokens, p.tokens)), None)
            if match is None:
                # the first of two family names, as Spanish names are shortened ("Martínez-Acha" of
                # "Javier Martínez-Acha Vásquez"): when one person only has it
                paternal = [p for p in people if len(p.tokens) >= len(n.tokens) + 2
                            and p.tokens[-1 - len(n.tokens) : -1] == n.tokens]
                match = paternal[0] if len(paternal) == 1 else None
            if match is None:
                p = Person(n.text, n.tokens, [n])
                people.append(p)
                by_tokens[n.tokens] = p
                continue
            match.mentions.append(n)
            by_tokens[n.tokens] = match
            continue
        # a single word: a surname of somebody named in full (the nearest before it), or a new person
        candidates = [p for p in people if _suffix_of(n.tokens, p.tokens) or p.tokens[-1] == n.tokens[0]]
        if not candidates:
            # the first word of a name: a family name written first, in capitals as Japanese and
            # Korean releases do ("Minister Iwaya" of "IWAYA Takeshi"), or in ordinary case when one
            # person only has it ("Minister Iwaya" of "Iwaya Takeshi", "Prime Minister Abiy")
            firsts = [p for p in people if len(p.tokens) >= 2 and p.tokens[0] == n.tokens[0]]
            candidates = [p for p in firsts if any(_family_name_first(m.text) for m in p.mentions)] or (
                firsts if len(firsts) == 1 else [])

        if candidates:
            before = [p for p in candidates if p.first <= n.start] or candidates
            target = max(before, key=lambda p: p.first)
            target.mentions.append(n)
        else:
            p = Person(n.text, n.tokens, [n])
            people.append(p)
            by_tokens[n.tokens] = p
    # a single word that spaCy took for a name, with no title before it and nobody named in full
    # behind it, is more often a weapon, a city or a weekday than a person ("Patriot", "Lundi")
    people = [p for p in people if len(p.tokens) >= 2 or any(m.source == "title" for m in p.mentions)]
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
    people.sort(key=lambda p: p.first)
    return people


def add_surname_mentions(text: str, people: list[Person], entities: Entities) -> None:
    """'On the margins, Barth Eide held talks with Gunnarsdóttir': the surname of somebody named in
    full earlier, written alone where the NER saw no name. One or two last words of the full name,
    held by that person only, outside other mentions, countries, organisations and titles."""
    taken = [(m.start, m.end) for p in people for m in p.mentions]
    taken += [(x.start, x.end) for x in (*entities.countries, *entities.orgs, *entities.roles)]
    owners: dict[str, set[int]] = {}
    person_of: dict[int, Person] = {}
    for p in people:
        words = p.name.split()
        for k in (1, 2):
            if len(words) > k:
                owners.setdefault(" ".join(words[-k:]), set()).add(id(p))
                person_of[id(p)] = p
    stop = not_name_words()
    for form in sorted(owners, key=len, reverse=True):  # "Barth Eide" before "Eide"
        if len(owners[form]) != 1 or len(form) < 3 or not form[:1].isupper() or fold(form) in stop:
            continue
        p = person_of[next(iter(owners[form]))]
        tokens = tuple(norm_tokens(form))
        for mo in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
            s, e = mo.span()
            if s < p.first or any(a < e and s < b for a, b in taken):
                continue
            p.mentions.append(NameMention(s, e, form, tokens, "surname"))
            taken.append((s, e))
        p.mentions.sort(key=lambda m: m.start)


def attach_roles(text: str, people: list[Person], entities: Entities) -> list[RoleMention]:
    """Attach each title to the name it introduces or follows; return the titles left alone."""
    mention_owner = {(m.start, m.end): p for p in people for m in p.mentions}
    mentions = sorted(mention_owner)
    loose: list[RoleMention] = []
    roles = sorted(entities.roles, key=lambda r: r.start)
    attached: set[int] = set()
    owner_of_role: dict[int, Person] = {}
    for idx, r in enumerate(roles):
        after = max(r.end, r.qualifier_span[1] if r.qualifier_span else r.end)
        owner = None
        # title before the name
        nxt = next(((s, e) for s, e in mentions if s >= after), None)
        gap = _rest_of_title(text[after : nxt[0]] if nxt else "", r)
        if nxt and _title_gap().match(gap):
            owner = mention_owner[nxt]
            # "réunis Vitali Klitschko, maire de Kyiv, Ihor Terekhov, maire de Kharkiv": in a list of
            # names each followed by its title, the title goes back to the untitled name before it
            begin = min(r.start, r.qualifier_span[0]) if r.qualifier_span else r.start
            prev = next(((s, e) for s, e in reversed(mentions) if e <= begin), None)
            if (prev and "," in gap and re.fullmatch(r"[ ]*,[ ]*", text[prev[1] : begin])
                    and not mention_owner[prev].roles and mention_owner[prev] is not owner):
                owner = mention_owner[prev]
        else:
            # a chain of titles before the name: "vice-Premier ministre et ministre des ..."
            j, f_after = idx, after
            held = {r.info.role}
            while owner is None and j + 1 < len(roles) and _chains(text[f_after : roles[j + 1].start]):
                if roles[j + 1].info.role in held and r.country and not re.match(
                        r"[ ]+(?:of|de|du|des|d['’])\b", text[roles[j + 1].end :]):
                    # "Receiving Timor-Leste's Foreign Minister, Deputy PM, FM Son": one country's office,
                    # then that office again, are two people (not "Président de la République, Chef de l'État";
                    # nor "préfet de la région Hauts-de-France, préfet du Nord, X": one holder of two posts)
                    break
                held.add(roles[j + 1].info.role)
                j += 1
                follower = roles[j]
                f_after = max(follower.end, follower.qualifier_span[1] if follower.qualifier_span else 0)
                nxt2 = next(((s, e) for s, e in mentions if s >= f_after), None)
                if nxt2 and _title_gap().match(_rest_of_title(text[f_after : nxt2[0]], follower)):
                    owner = mention_owner[nxt2]
        if owner is None:
            # name before the title: "Stéphane Séjourné, ministre de l'Europe ...", "Maria Antoniou,
            # the Greek Prime Minister" (the title then starts at its demonym)
            begin = min(r.start, r.qualifier_span[0]) if r.qualifier_span else r.start
            prev = next(((s, e) for s, e in reversed(mentions) if e <= begin), None)
            if prev and _APPOSITION_GAP.match(text[prev[1] : begin]):
                owner = mention_owner[prev]
        if owner is None and idx and id(roles[idx - 1]) in attached:
            # the next title of a chain after the name: "X, Deputy Prime Minister and Minister of
            # Foreign Affairs of Pakistan"
            before = roles[idx - 1]
            if _chains(text[max(before.end, before.qualifier_span[1] if before.qualifier_span else 0) : r.start]):
                owner = owner_of_role.get(id(before))
        if owner is not None:
            owner.roles.append(r)
            attached.add(id(r))
            owner_of_role[id(r)] = owner
            if len(r.countries) > 1:
                _distribute(text, r, owner, mention_owner, mentions)
        else:
            loose.append(r)
    for p in people:
        _mark_chains(text, p)
    for r in roles:
        if r.role == "Counterpart" and (r.country or r.countries):
            _counterparts_named_after(text, r, roles, mention_owner, mentions, entities.countries)
    _read_person_countries(text, people, entities)
    _read_represented_by(text, people, entities)
    return loose


# "Finland was represented by Minister ... Elina Valtonen and Iceland by Minister ... X", "la France
# était représentée par ...", "the incoming Polish Presidency was represented by ..."
_REPRESENTED_BY = re.compile(
    r"[ ]+(?:(?:Presidency|Chairmanship|présidence)[ ]+)?(?:was|were|is|are|has[ ]+been|have[ ]+been|a[ ]+été|"
    r"ont[ ]+été|était|étaient|est|sont)[ ]+(?:represented|représentée?s?)[ ]+(?:by|par)[ ]+"
    r"|[ ]+(?:by|par)[ ]+(?=\S)")


def _read_represented_by(text: str, people: list[Person], entities: Entities) -> None:
    owner = {(m.start, m.end): p for p in people for m in p.mentions}
    starts = sorted(owner)
    said = False  # the elliptic "and Iceland by ..." only after a whole "was represented by"
    for c in sorted(entities.countries, key=lambda c: c.start):
        mo = _REPRESENTED_BY.match(text, c.end)
        if mo is None or (mo.group().strip() in ("by", "par") and not (
                said and re.search(r"(?:,|\band|\bet)[ ]*\Z", text[max(0, c.start - 8) : c.start]))):
            continue
        said = True
        nxt = next(((s, e) for s, e in starts if s >= mo.end()), None)
        if nxt is None or nxt[0] - mo.end() > 90 or re.search(r"[.;:\n]", text[mo.end() : nxt[0]]):
            continue
        person = owner[nxt]
        if person.country is None and all(r.country is None and r.org is None for r in person.roles):
            person.country = c.code


def _counterparts_named_after(text: str, r: RoleMention, roles: list[RoleMention], owner_of, mentions,
                              countries=()) -> None:
    """'their Australian counterparts, Foreign Minister Penny Wong and Defence Minister Richard
    Marles': the people listed after a qualified 'counterparts' represent its country (or its
    countries, in order); 'ses homologues du Mali, X, et du Burkina Faso, Y': each the country
    written before the name."""
    codes = r.countries or [r.country]
    pos = max(r.end, r.qualifier_span[1] if r.qualifier_span else r.end)
    owners: list[Person] = []
    own_codes: list[str | None] = [None]
    for s, e in mentions:
        if s < pos:
            continue
        gap = text[pos:s]
        written = None
        if owners:  # ", et du Burkina Faso, S.E.M. Y": the next one's country, then the name
            written = next((c for c in countries if pos <= c.start and c.end <= s
                            and _COUNTRY_LINK.fullmatch(text[pos : c.start])), None)
            if written is not None:
                gap = text[written.end : s]
        for t in roles:  # titles inside the gap are the person's own
            if pos <= t.start and t.end <= s:
                gap = gap.replace(text[t.start : t.end], " ")
        gap = re.sub(r"\b(?:and|et)\b", " ", gap) if owners else gap
        if not _title_gap().match(gap.replace(",", " ") if owners else gap.lstrip(" ,")) or "\n" in gap:
            break
        if not owners and not gap.lstrip().startswith(","):
            break
        owner = owner_of[(s, e)]
        if all(owner is not o for o in owners):
            owners.append(owner)
            if len(owners) > 1:
                own_codes.append(written.code if written is not None else None)
        pos = e
    if not owners or (len(codes) > 1 and len(codes) != len(owners)):
        return
    for i, person in enumerate(owners):
        code = own_codes[i] or (codes[i] if len(codes) > 1 else codes[0])
        if person.country is None and all(x.country is None and x.org is None for x in person.roles):
            person.country = code
        if not person.roles:  # "MM. Diop, Traoré et Sangaré": each one the counterpart of its country
            person.roles.append(replace(r, country=code, countries=[]))


_COUNTRY_LINK = re.compile(r"[ ]*,?[ ]*(?:and|et)[ ]+(?:du|de[ ]+la|de[ ]+l['’][ ]*|des|de|d['’][ ]*|of|from)?[ ]*"
                           r"(?:the[ ]+)?")


def _mark_chains(text: str, p: Person) -> None:
    """Of a chain of titles written for one person, the first names the office; the others are
    held beside it ("Prime Minister and Minister of Foreign Affairs"). A deputy's rank comes
    first but the portfolio after it is the office ("Deputy Prime Minister and Minister of ...")."""
    roles = sorted(p.roles, key=lambda r: r.start)
    chain: list[RoleMention] = []
    for r in [*roles, None]:
        prev = chain[-1] if chain else None
        if r is not None and prev is not None and _chains(
                text[max(prev.end, prev.qualifier_span[1] if prev.qualifier_span else 0) : r.start]):
            chain.append(r)
            continue
        if len(chain) > 1:
            # (and "ministre d'État, ministre des Affaires étrangères": a rank, then the office)
            head = next((x for x in chain if not _DEPUTY.match(x.role) and x.role != "Minister of State"), chain[0])
            for x in chain:
                x.secondary = x is not head
        chain = [r] if r is not None else []


# (a vice-president holds an office of his own: "Vice-President of the Republic and Minister of Development")
_DEPUTY = re.compile(r"(?:First )?(?:Deputy|Vice)\b(?![ -]President)", re.I)


def _distribute(text: str, r: RoleMention, first: Person, owner_of, mentions) -> None:
    """'his Estonian and Latvian counterparts, Margus Tsahkna and Baiba Braže': one title and one
    country each, in order."""
    owners = [first]
    pos = max(m.end for m in first.mentions if m.start >= r.end)
    for s, e in mentions:
        if s >= pos and re.fullmatch(r",?[ ]+(?:and|et)[ ]+", text[pos:s]):
            owners.append(owner_of[(s, e)])
            pos = e
    if len(owners) != len(r.countries):
        return
    first.roles.remove(r)
    for person, code in zip(owners, r.countries, strict=True):
        person.roles.append(replace(r, country=code, countries=[]))


_LED_BY = re.compile(r"[^.;\n]{0,40}?\b(?:conduite|dirigée|menée|led|headed)[ ]+(?:par|by)[ ]+")


def _read_delegation_leaders(text: str, people: list[Person], entities: Entities) -> None:
    """'La délégation suisse était conduite par le conseiller national X', 'the Swiss delegation was
    led by X': the delegation's country is its leader's."""
    for c in entities.countries:
        if not (re.search(r"\bdélégation[ ]+\Z", text[max(0, c.start - 12) : c.start], re.I)
                or re.match(r"[ ]+delegation\b", text[c.end : c.end + 12], re.I)):
            continue
        led = _LED_BY.match(text, c.end)
        if led is None:
            continue
        for p in people:
            if not p.country and not any(r.country or r.org for r in p.roles) and any(
                    led.end() <= m.start <= led.end() + 60 for m in p.mentions):
                p.country = c.code
                break


def _read_person_countries(text: str, people: list[Person], entities: Entities) -> None:
    """'Serbia's Marko Đurić', 'President Volodymyr Zelenskyy of Ukraine', 'Zelensky (Ukraine)'."""
    ends = {c.end: c for c in entities.countries}
    starts = {c.start: c for c in entities.countries}
    _read_delegation_leaders(text, people, entities)
    _read_sides(text, people)
    for p in people:
        if p.country:
            continue
        for m in p.mentions:
            for gap in ("'s ", "’s "):
                c = ends.get(m.start - len(gap))
                if c and text[c.end : m.start] == gap:
                    p.country = c.code
            mo = re.match(r"\s+of\s+(?:the\s+)?|\s*\(", text[m.end : m.end + 12])
            if mo and (m.end + mo.end()) in starts:
                p.country = starts[m.end + mo.end()].code
            if p.country:
                break


# "attended on the Albanian side by ..., and on the Croatian side by ...", "côté albanais, par ..."
_SIDE = re.compile(r"\b(?:on[ ]+the[ ]+([A-Z][\w-]+)[ ]+side|(?:du[ ]+)?côté[ ]+([a-zé][\w-]+))\b")


def _read_sides(text: str, people: list[Person]) -> None:
    """The people named after "on the Albanian side" (up to the next side or the sentence's end)
    represent that country, whatever country their title would imply."""
    sides = list(_SIDE.finditer(text))
    for k, mo in enumerate(sides):
        code = gazetteer.country_from_demonym(mo.group(1) or mo.group(2))
        if code is None:
            continue
        stop = re.search(r"[.;]\s|\n", text[mo.end() :])
        end = mo.end() + (stop.start() if stop else len(text) - mo.end())
        if k + 1 < len(sides):
            end = min(end, sides[k + 1].start())
        for p in people:
            if any(mo.end() <= m.start < end for m in p.mentions):
                p.country = code


_OWN_LEADER = re.compile(r"\b(?:head of (?:state|government)|chef de l['’]\s*[ée]tat|chef du gouvernement)\b", re.I)


def _serves(p: Person, home: str) -> bool:
    """Whether p holds a title for `home`, or one whose country only the language implies
    ("le Président de la République" on an Ivorian site)."""
    if p.affiliation == home or any(x.country == home for x in p.roles):
        return True
    return bool(p.roles) and all(x.country is None and x.org is None for x in p.roles) and any(
        x.info.country for x in p.roles)


def resolve_title(r: RoleMention, people: list[Person], before: int, exclude=(),
                  home: str | None = None) -> Person | None:
    """The person a bare title refers to (see _resolve_title); a country the title implies only by
    the language ("le Président de la République" is France's in French) yields to the text: in a
    Senegalese release, the one president named. "Le Chef de l'État", "the Head of Government"
    with no country are the publisher's own (`home`), when the release names theirs."""
    if home and not (r.org or r.country) and _OWN_LEADER.search(r.text or ""):
        # (the head of state, not the president of a chamber: the very title)
        own = [p for p in people if all(p is not q for q in exclude) and p.first <= before and _serves(p, home)
               and fold(r.role) in {fold(x.role) for x in p.roles}]
        found = _resolve_title(r, own, before, exclude, implied=False)
        if found is not None:
            return found
    found = _resolve_title(r, people, before, exclude, implied=True)
    if found is None and r.info.country and not (r.org or r.country):
        found = _resolve_title(r, people, before, exclude, implied=False)
    return found


def _resolve_title(r: RoleMention, people: list[Person], before: int, exclude=(), implied: bool = True) -> Person | None:
    """The person a bare title refers to: the latest one mentioned before it holding that title,
    not one named in the same sentence ("Le ministre a reçu le ministre belge, M. Prévot")."""
    want = fold(r.role)
    if r.role == "Counterpart" and (r.country or r.org):
        # "son homologue lituanien" after "le ministre lituanien Gabrielius Landsbergis": the one
        # person named for that country
        side = r.country or r.org
        named = [p for p in people if all(p is not q for q in exclude) and p.first <= before
                 and side in ({p.affiliation} if p.affiliation else {x.affiliation for x in p.roles})]
        return named[0] if len(named) == 1 else None
    cands = []
    for p in people:
        if any(p is q for q in exclude) or p.elsewhere:
            continue  # (nor whoever only sent a message: "the Prime Minister" then is one in the room)
        held = {fold(x.role) for x in p.roles}
        if not held:
            continue
        # a bare head title names whoever holds a title it heads: "the Secretary" is the
        # Secretary of State, "le ministre" the Minister of Defence, "the Chair" the Chair of ...;
        # a national title not an organisation's ("Secretary" is not the Secretary-General)
        ok = want in held or any(fold(x.role).startswith(want + " ") and x.info.national == r.info.national
                                 for x in p.roles)
        if not ok and r.org is None and r.info.org and not re.search(r"europ", fold(r.text or "")):
            # "le Président de la Commission" after "le Président de la Commission de la CEMAC": the
            # commission the release named, not the European one the bare title defaults to
            ok = _office(want) in {_office(h) for h in held}
        if not ok or _other_gender(r, p):
            continue
        # "le Président de la République" is France's; a title's default organisation is only a guess
        wanted = r.org or r.country or (r.info.country if implied else None)
        # and not one whose title says another country ("Président élu de la Roumanie")
        held_for = {p.affiliation} if p.affiliation else {x.affiliation or x.info.country for x in p.roles} - {None}
        if wanted and held_for and wanted not in held_for:
            continue
        last = max((m.start for m in p.mentions if m.start <= before), default=None)
        if last is None:
            last = -1 - p.first if p.first > before else p.first  # named later: the first named after it
        # a title of one country ("le Président de la République") names first whoever holds it
        # for that country, then the latest holder of a title of no stated country
        cands.append((bool(wanted) and wanted in held_for, last, p, want in held))
    if not cands:
        return None
    if not any(exact for *_, exact in cands):
        # only titles it heads ("la Présidente" after the Presidents of the Assemblée nationale and
        # of the Bundestag): the one the release is about, the first named, before the latest
        principal = min(people, key=lambda q: q.first)
        return max(cands, key=lambda x: (x[0], x[2] is principal, x[1]))[2]
    return max(cands, key=lambda x: x[:2])[2]


def _other_gender(bare: RoleMention, p: Person) -> bool:
    """'la présidente' is not the man written 'le président Salvador Illa' (nor the reverse): a French
    title's feminine form against the masculine one the person was given."""
    b = fold(bare.text or "").split()[0] if bare.text and bare.text.split() else ""
    held = {fold(x.text or "").split()[0] for x in p.roles if x.text and x.text.split()}
    if bare.feminine is not None and any(x.feminine is not None and x.feminine != bare.feminine for x in p.roles):
        return True  # "la ministre" is not the man written "le ministre délégué ..., M. X"
    return bool(b) and any(h != b and (h + "e" == b or b + "e" == h) for h in held)


def _office(role: str) -> str:
    """A title without the body it is held in: 'president of the cemac commission' -> 'president of the commission'."""
    return re.sub(r"\bof the .+ (commission|council|parliament)\Z", r"of the \1", role)


def dominant_org(entities: Entities) -> str | None:
    counts = Counter(o.acronym for o in entities.orgs)
    return counts.most_common(1)[0][0] if counts else None
