"""Whom each participant represents, when the text does not write it next to their name.

In order: what the apposition says ("le premier ministre roumain", "Prime Minister of the
Netherlands", "NATO Secretary General", "Secretary of State" -> US); for an organisation's title,
the organisation the release names; the host of a meeting represents the country it took place in,
and so do the people a visitor met there; the release's own principal represents its publisher
(the site's name: "GOV.UK", "Government of the Netherlands", a .pl address); last, the country the
release talks about most that nobody else represents.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from urllib.parse import urlparse

import phonenumbers

from . import gazetteer
from .lexicon import fold, read_table
from .meetings import Draft
from .mentions import Entities
from .people import Person
from .records import Place, Release

_DOMAIN = re.compile(r"(?:^|(?<=\s))(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]*\.([a-z]{2})(?=$|[\s/:,])")
SITE_LINE_MAX = 120  # longer lines of the site's furniture are cookie or newsletter prose


@cache
def groupings() -> frozenset[str]:
    """Formats whose members, not the format, are the parties (data/groupings.csv)."""
    return frozenset(r["acronym"] for r in read_table("groupings.csv"))


@cache
def members(acronym: str) -> tuple[str, ...]:
    """The member states of a format (data/groupings.csv), when the table lists them."""
    for r in read_table("groupings.csv"):
        if r["acronym"] == acronym:
            return tuple(x for x in r["members"].split("|") if x)
    return ()


def publisher_country(release: Release) -> str | None:
    """The country whose government published the release, read from the site's furniture."""
    votes: Counter[str] = Counter()
    title = fold(release.title or "")[:60]
    lines = []
    head = fold(release.text[:400])
    for line in release.site.splitlines():
        if line.startswith(("http://", "https://")):  # (however long its path: the host counts)
            host = urlparse(line).hostname or ""
            tld = host.rsplit(".", 1)[-1].upper()
            code = {"UK": "GB", "GOV": "US", "MIL": "US"}.get(tld, tld)
            if len(code) == 2 and gazetteer.country(code):
                votes[code] += 2
            continue
        if len(line) > SITE_LINE_MAX or (title and title in fold(line)):
            continue
        *trail, last = _CRUMB.split(line)
        if trail and len(last) > 20 and fold(last) in head:
            line = " / ".join(trail)  # a breadcrumb ending in the release's own headline ("... / talks on eastern DRC")
        for tld in _DOMAIN.findall(line):  # "Belgium.be : Informations officielles", ".be"
            code = {"UK": "GB"}.get(tld.upper(), tld.upper())
            if gazetteer.country(code):
                votes[code] += 2
        for code in _phone_countries(line):  # "Tél. : (+228) 22 21 29 10"
            votes[code] += 2
        for mo in _POSTAL_CITY.finditer(line):  # "Piazzale della Farnesina, 1 - 00135 Rome"
            city = gazetteer.find_city(mo.group(1))
            if city is not None:
                votes[city.country] += 1.5
        lines.append(line)
    lang = release.language if release.language in ("fr", "en") else "en"
    for other in ("fr", "en"):  # a site's furniture may be in the other language ("Belgium.be")
        for c in gazetteer.find_countries("\n".join(lines), other):
            weight = 1 if c.via == "name" else 0.5
            votes[c.code] += weight if other == lang else weight / 2
    if not votes:
        # a region's own site names the region only: "République et Canton du Jura", "Government of Manitoba"
        for line in lines:
            for mo in _REGION_SITE.finditer(line):
                code = gazetteer.country_of_region(mo.group(1))
                if code is None and mo.group(0).startswith(("Canton", "Kanton")) and fold(mo.group(1)) in {
                        fold(n) for n in gazetteer.region_names(("CH",))}:
                    code = "CH"  # "Canton du Jura": the Swiss one, not the French département
                if code is not None:
                    votes[code] += 1
    if not votes:
        return None
    (best, n), *rest = votes.most_common(2) + [(None, 0)]
    return best if rest[0][1] < n else None


_REGION_SITE = re.compile(r"\b(?:Canton|Région|Province|Land|State|Government|Gouvernement|Regione|Kanton)"
                          r"[ ]+(?:de[ ]+la[ ]+|de[ ]+l['’]|du[ ]+|de[ ]+|d['’]|of[ ]+(?:the[ ]+)?)?"
                          r"([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")


def premier_site(release: Release) -> str | None:
    """The country of the Canadian province or Australian state whose site this is, where a bare
    "premier ministre" or "Prime Minister" is the region's Premier ("le premier ministre Doug Ford"
    on Ontario's), or None."""
    site = fold(release.site)
    return next((code for name, code in _premier_regions().items()
                 if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", site)), None)


@cache
def _premier_regions() -> dict[str, str]:
    return {fold(n): code for n, code in gazetteer.region_names(("CA", "AU")).items()}


_CRUMB = re.compile(r"[ ]+[/>»›][ ]+")
# an international number: "+39 06 36911", "(+228) 22 21 29 10", "+32 (0)2 421 82 11"
_PHONE = re.compile(r"\(?\+\d{1,3}\)?[ ]?(?:\(0\)[ ]?)?\d[\d .-]{5,}\d")
_POSTAL_CITY = re.compile(r"(?<![\d/.])\b\d{4,5}[ ]+([A-ZÉ][\w'’-]+(?:[ -][A-ZÉ][\w'’-]+)?)")


def _phone_countries(line: str) -> list[str]:
    """The countries of the international phone numbers of a site's furniture (its address)."""
    out = []
    for mo in _PHONE.finditer(line):
        try:
            number = phonenumbers.parse(mo.group().lstrip("(").replace(")", " ", 1), None)
        except phonenumbers.NumberParseException:
            continue
        region = phonenumbers.region_code_for_number(number) or phonenumbers.region_code_for_country_code(
            number.country_code)
        if region and region != "ZZ" and gazetteer.country(region):
            out.append(region)
    return out


def resolve(drafts: list[Draft], places: dict[int, Place | None], entities: Entities,
            publisher: str | None, text: str = "") -> dict[int, str | None]:
    """id(person) -> affiliation, one answer per person for the whole release."""
    people = {id(p): p for d in drafts for p in d.people if p is not None}
    explicit = {pid: p.affiliation for pid, p in people.items() if p.affiliation and not _implied_only(p)}
    out: dict[int, str | None] = dict(explicit)
    for pid, p in people.items():
        if pid in out:
            continue
        sole = next((r.info.country for r in p.roles if r.info.sole and r.info.country), None)
        if sole and _implied_only(p):  # "the Tánaiste" on a Welsh site: Ireland's
            out[pid] = sole
            continue
        if p.affiliation:  # "le Président de la République" on an Ivorian site: Côte d'Ivoire's
            national = p.role is None or p.role.info.national  # not "la haute représentante": the EU's
            # ... and, on no country's site, the one who received a visitor in Dakar: Senegal's
            out[pid] = (national and (_from_publisher(p, drafts, publisher, explicit, principal=False)
                                      or (publisher is None and _host_at_home(p, drafts, places, entities)))
                        or p.affiliation)
            continue
        r = p.role
        if r is not None and not r.info.national:
            out[pid] = _organisation_of(r, entities)
            continue
        # the release's principal speaks for its publisher wherever the meeting was held
        # ("Queenstown" has namesakes; a host abroad is rare, a visitor abroad common)
        out[pid] = (_other_side(p, drafts, explicit, publisher) or _host_at_home(p, drafts, places, entities)
                    or _from_publisher(p, drafts, publisher, explicit) or _delegation_of(p, drafts, text)
                    or _beside_the_actor(p, drafts, out) or _from_meetings(p, drafts, places))
    for pid, p in people.items():
        if out.get(pid) is None and p.role is not None and p.role.info.national:
            # "Vice Speaker Lee Hak-young ... attended the talks": a national title beside the publisher's
            # principal, of no country written, is the publisher's
            out[pid] = _beside_the_principal(p, drafts, publisher, out)
        if out.get(pid) is None and p.role is not None:
            taken = {a for q, a in out.items() if q != pid and a}
            # a national title of no country written, on a country's site, is most likely that country's
            # ("le président du Gouvernement, Nicolas Chèvre" on the Jura's, not Cambodia's named in passing)
            own = publisher if publisher is not None and p.role.info.national and publisher not in taken else None
            out[pid] = own or home_country(entities, taken)
    return out


def _beside_the_actor(p: Person, drafts: list[Draft], out: dict) -> str | None:
    """'The Chief Minister and the Deputy Chief Minister began the day with a working breakfast with
    X': named with the one who acts, before the meeting word, on the actor's side."""
    for d in drafts:
        first = d.sentences[0]
        if d.actor is None or d.actor is p or first.trigger_at is None or not out.get(id(d.actor)):
            continue
        before = {id(q) for pos, q in first.people if pos < first.trigger_at}
        after = [q for pos, q in first.people if pos > first.trigger_at]
        # (not "Kallas and Ramful held talks": with no one met after the word, the two are its sides)
        if after and id(p) in before and id(d.actor) in before and re.search(
                r"\b(?:and|et)\b", first.text[: first.trigger_at - first.start]):
            return out[id(d.actor)]
    return None


def _beside_the_principal(p: Person, drafts: list[Draft], publisher: str | None, out: dict) -> str | None:
    for d in drafts:
        if not any(q is p for q in d.people) or d.actor is None or d.actor is p:
            continue
        if publisher is not None and out.get(id(d.actor)) == publisher:
            return publisher
        if publisher is None and d.hosted and out.get(id(d.actor)) and all(
                q is not p for _, q in d.sentences[0].people):
            # on no country's site, joining later the meeting of a host who received a guest ("auquel
            # participait également X, adjointe au maire"): the host's side, not the guest named with them
            return out[id(d.actor)]
    return None


# "held bilateral meetings ... as part of the Dominican delegation headed by President Abinader"
_PART_OF_DELEGATION = re.compile(r"\b(?:as[ ]+part[ ]+of|a[ ]+member[ ]+of|within|au[ ]+sein[ ]+de|dans)[ ]+"
                                 r"(?:the|la)[ ]+(?:([A-Z][\w-]+)[ ]+delegation|délégation[ ]+([a-zé][\w-]+))\b")


def _delegation_of(p: Person, drafts: list[Draft], text: str) -> str | None:
    """The country of the delegation the release's principal belongs to, where no site says it."""
    if not text or not any(d.actor is p for d in drafts):
        return None
    mo = _PART_OF_DELEGATION.search(text)
    return gazetteer.country_from_demonym(mo.group(1) or mo.group(2)) if mo else None


def _other_side(p: Person, drafts: list[Draft], explicit: dict, publisher: str | None) -> str | None:
    """'en présence du ministre des Affaires étrangères, X, et du ministre béninois des Affaires
    étrangères, Y': two holders of one title at a meeting stand for its two sides; the one whose
    country is not written is the publisher's."""
    if publisher is None or p.role is None:
        return None
    for d in drafts:
        if all(q is not p for q in d.people):
            continue
        for q in d.people:
            if q is not None and q is not p and q.role is not None and q.role.role == p.role.role:
                side = explicit.get(id(q))
                if side and side != publisher:
                    return publisher
    return None


def _implied_only(p: Person) -> bool:
    """The person's country comes only from what a title implies in its language."""
    return not p.country and all(r.org is None and r.country is None for r in p.roles)


def _organisation_of(r, entities: Entities) -> str | None:
    # the UN writes "Secretary-General" with a hyphen, NATO and the OSCE without
    if "-" in r.text and r.role == "Secretary General":
        return "UN"
    counts = Counter(o.acronym for o in entities.orgs if o.acronym not in groupings())
    return counts.most_common(1)[0][0] if counts else None


def _host_at_home(p: Person, drafts: list[Draft], places: dict[int, Place | None], entities: Entities) -> str | None:
    """'In Entebbe, President Museveni received the Executive Secretary': whoever receives a visitor
    in a city of a country the release names (not only through the city: "Queenstown" has
    namesakes, and a host abroad is rarer than a visitor) hosts at home."""
    named = {c.code for c in entities.countries}
    # (not the one the release follows: "Minister Lamola hosted ... in New York" is South Africa's)
    principal = Counter(id(d.actor) for d in drafts if d.actor is not None).most_common(1)
    if principal and principal[0][0] == id(p):
        return None
    for d in drafts:
        place = places.get(id(d))
        if (d.actor is p and d.hosted or d.host is p) and place is not None and place.country in named and any(
                q is not p for q in d.people):
            return place.country
    return None


def _from_meetings(p: Person, drafts: list[Draft], places: dict[int, Place | None]) -> str | None:
    for d in drafts:
        place = places.get(id(d))
        if place is None or not place.country or all(q is not p for q in d.people):
            continue
        if d.actor is p and d.hosted:
            return place.country  # "Foreign Minister Baerbock welcomed ... to the Foreign Office in Berlin"
        if d.actor is not p and d.actor is not None:
            return place.country  # "le premier ministre, Petteri Orpo" met on a visit to Helsinki
    return None


def _from_publisher(p: Person, drafts: list[Draft], publisher: str | None, explicit: dict,
                    principal: bool = True) -> str | None:
    """The release's principal (who acts in its meetings) represents its publisher, unless the
    other side of its meetings already is the publisher's; so does anyone whose country a title
    implies only by its language (principal=False: "le Président de la République" on a
    Mauritanian site)."""
    acts = any(d.actor is p for d in drafts)
    if publisher is None or (principal and not acts):
        return None
    if not principal and not acts:
        return publisher
    for d in drafts:
        if any(q is p for q in d.people) and any(
            explicit.get(id(q)) == publisher for q in d.people if q is not None and q is not p
        ):
            return None  # the other side already is the publisher's country
    return publisher


def home_country(entities: Entities, taken: set[str]) -> str | None:
    """The country the release talks about most, other than the ones its other people represent."""
    weights: Counter[str] = Counter()
    for c in entities.countries:
        if c.code not in taken:
            weights[c.code] += 1.0 if c.via == "name" else 0.5
    if not weights:
        return None
    (best, w), *rest = weights.most_common(2) + [(None, 0.0)]
    return best if rest[0][1] < w else None


def unnamed_parties(d: Draft, entities: Entities, publisher: str | None, host: str | None = None) -> list[str]:
    """Titles with no name that act in the meeting's sentence ("Le Président de la République
    s'est entretenu ..."): the country or organisation they stand for takes part."""
    out = []
    first = d.sentences[0]
    for r in first.unnamed_roles:
        if r.info.national:  # the publisher's before the country a title implies by its language
            # (on an organisation's site, the country where the meeting was: "Mardi, le Directeur
            # général s'est entretenu avec le ministre de l'Adaptation" on a visit to Vanuatu)
            aff = r.org or r.country or publisher or host or r.info.country
        else:  # "The Secretary-General met today with ...": the organisation the title belongs to
            aff = r.org or r.country
            named = {o.acronym for o in entities.orgs}
            if aff is None and r.info.org and (r.info.org in named or not named):
                aff = r.info.org  # "the Commission President" is the EU's where the EU is named
            aff = aff or _organisation_of(r, entities)  # ... else the organisation the release is about
        if aff:
            out.append(aff)
    return out


_SPACES = re.compile(r"\s+")
