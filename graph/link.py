"""Identity: the keys that make one person, one meeting one node across releases and languages.

A person's key is their name folded to a spelling-independent form: diacritics dropped, the usual
transliteration variants of Cyrillic names unified (Zelensky / Zelenskyy / Zelenskyi / Zelenskiy,
Mykhaïlo / Mykhailo, the French Chmyhal / Oumerov for Shmyhal / Umerov). Two people who share a
surname keep different keys (the given name is part of it).
A meeting's key is its date and the keys of its participants (or its parties and place when no
one is named), so the French and English editions of one release, or a NATO release and a
ministry's readout of the same talks, give the same meeting node.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .lexicon import fold

# Applied in order to each folded name word. French transliterations of Slavic names first
# (ou -> u, ch -> sh, tch -> ch), then the endings and the y/i variant.
_TRANSLIT = [
    (re.compile(r"tch"), "ch"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"(?<!s)ch(?=[^aeiouy]|$)"), "sh"),  # Chmyhal -> Shmyhal, but Michel stays
    (re.compile(r"dj"), "j"),
    (re.compile(r"iy$|yi$|ij$|yj$|ii$|yy$"), "i"),
    (re.compile(r"(?<=[^aeiou])y(?=[^aeiou]|$)"), "i"),  # Volodymyr / Volodimir, Dmytro / Dmitro
]

_HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "m", "mme", "sir", "dame", "he", "se"}


def name_words(name: str) -> list[str]:
    words = re.findall(r"[^\W\d_]+", fold(name))
    return [w for w in words if w not in _HONORIFIC_WORDS or len(words) <= 1]


def spelling_key(word: str) -> str:
    for pattern, repl in _TRANSLIT:
        word = pattern.sub(repl, word)
    return word


def person_key(name: str) -> str:
    """'Volodymyr Zelenskyy' and 'Volodymyr Zelensky' -> 'volodimir-zelenski'."""
    words = [spelling_key(w) for w in name_words(name)]
    # a middle initial does not make another person: "Antony J. Blinken" == "Antony Blinken"
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return "-".join(words) or "unknown"


def meeting_key(when: date | None, person_keys: Iterable[str], parties: Iterable[str], place: str | None) -> str:
    people = sorted(set(person_keys))
    basis = [when.isoformat() if when else "undated"]
    if len(people) >= 2:
        basis += people
    else:
        basis += people + sorted(set(parties)) + [fold(place or "")]
    return hashlib.sha1("|".join(basis).encode()).hexdigest()[:16]


# ---------------------------------------------------------------- across releases

# Two spellings of one given name ("Sergueï" / "Sergey", "Mykola" / "Nikolai" does not pass):
# rapidfuzz similarity of the keyed given names, with the same keyed surname.
GIVEN_NAME_SIMILARITY = 70
# A meeting another release already reported: same day, and most of its people.
MEETING_OVERLAP = 0.5


@dataclass
class MeetingIdentity:
    iri: str
    when: date | None
    people: frozenset[str]  # person keys
    kind: str = "meeting"


# kinds two releases may give one meeting (one publisher's visit is the other's meeting)
_KIND_CLASS = {"visit": "meeting", "": "meeting"}


@dataclass
class ReleaseIdentity:
    """What a release names that may already be in the graph: its people and its meetings."""

    people: dict[str, str] = field(default_factory=dict)  # person key -> name as written
    meetings: list[MeetingIdentity] = field(default_factory=list)


def release_identity(ex) -> ReleaseIdentity:
    from .rdf import meeting_node

    ident = ReleaseIdentity()
    for m in ex.meetings:
        for p in m.participants:
            ident.people.setdefault(p.person_key, p.name)
        ident.meetings.append(
            MeetingIdentity(meeting_node(m), m.date, frozenset(p.person_key for p in m.participants), m.kind))
    return ident


class Linker:
    """The people and meetings already in the graph, to link what a new release names to them.

    Keys already make spelling variants one node; the linker catches what keys cannot (a given
    name transliterated another way) and a meeting that another release reported with one person
    more or less. It works on IRIs, after extraction, so extraction stays a pure function."""

    def __init__(self) -> None:
        self._by_surname: dict[str, list[str]] = {}
        self._keys: set[str] = set()
        self._meetings: dict[date | None, list[MeetingIdentity]] = {}

    @classmethod
    def from_store(cls, store) -> Linker:
        from .vocab import DG, ID, SCHEMA

        linker = cls()
        prefix = ID + "person/"
        rows = store.query(f"SELECT DISTINCT ?p WHERE {{ ?p a <{SCHEMA}Person> }}").rows
        for (p,) in rows:
            if p is not None and p.value.startswith(prefix):
                linker._add_person(_unquote(p.value[len(prefix):]))
        rows = store.query(
            f"SELECT ?m ?d (SAMPLE(?k) AS ?kind) (GROUP_CONCAT(DISTINCT STR(?p); separator=' ') AS ?ps) WHERE {{ "
            f"?m a <{SCHEMA}Event> ; <{SCHEMA}attendee> ?p ; <{DG}kind> ?k . OPTIONAL {{ ?m <{SCHEMA}startDate> ?d }} }} "
            f"GROUP BY ?m ?d"
        ).rows
        for m, d, k, ps in rows:
            keys = frozenset(_unquote(x[len(prefix):]) for x in (ps.value.split() if ps else []) if x.startswith(prefix))
            when = date.fromisoformat(d.value[:10]) if d is not None else None
            kind = k.value.rsplit("/", 1)[-1] if k is not None else "meeting"
            linker._meetings.setdefault(when, []).append(MeetingIdentity(m.value, when, keys, kind))
        return linker

    def _add_person(self, key: str) -> None:
        if key not in self._keys:
            self._keys.add(key)
            self._by_surname.setdefault(key.rsplit("-", 1)[-1], []).append(key)

    def person(self, key: str) -> str:
        """The key of the person already known under another spelling, or the key itself."""
        if key in self._keys or "-" not in key:
            return key
        from rapidfuzz import fuzz

        given, surname = key.split("-", 1)[0], key.rsplit("-", 1)[-1]
        best, score = key, 0.0
        for known in self._by_surname.get(surname, ()):
            kgiven = known.split("-", 1)[0]
            s = fuzz.ratio(given, kgiven)
            if len(given) == 1 or len(kgiven) == 1:  # an initial: "J. Biden"
                s = 100.0 if given[0] == kgiven[0] else 0.0
            if s >= GIVEN_NAME_SIMILARITY and s > score:
                best, score = known, s
        return best

    def link(self, ident: ReleaseIdentity) -> dict[str, str]:
        """IRI -> IRI rewrites that make this release's people and meetings the known ones; the
        release's own ones become known."""
        from .vocab import meeting_iri, person_iri

        rewrite: dict[str, str] = {}
        keys = {k: self.person(k) for k in ident.people}
        for k, canon in keys.items():
            if canon != k:
                rewrite[person_iri(k)] = person_iri(canon)
        for k in keys.values():
            self._add_person(k)
        # a release's own meetings are never one another (a conference and a bilateral on its
        # margins): match against what other releases gave, then make this release's known
        new: list[MeetingIdentity] = []
        for m in ident.meetings:
            people = frozenset(keys.get(k, k) for k in m.people)
            target = self._same_meeting(m.when, people, m.kind)
            if target is None:
                renamed = people != m.people and len(people) >= 2
                target = MeetingIdentity(meeting_iri(meeting_key(m.when, people, (), None)) if renamed else m.iri,
                                         m.when, people, m.kind)
                new.append(target)
            if target.iri != m.iri:
                rewrite[m.iri] = target.iri
        for target in new:
            self._meetings.setdefault(target.when, []).append(target)
        return rewrite

    def _same_meeting(self, when: date | None, people: frozenset[str], kind: str) -> MeetingIdentity | None:
        if when is None or len(people) < 2:
            return None
        best, score = None, 0.0
        for known in self._meetings.get(when, ()):
            if _KIND_CLASS.get(known.kind, known.kind) != _KIND_CLASS.get(kind, kind):
                continue  # a call is not the visit, a conference not a bilateral on its margins
            shared = len(people & known.people)
            overlap = shared / len(people | known.people) if known.people else 0.0
            if shared >= 2 and overlap >= MEETING_OVERLAP and overlap > score:
                best, score = known, overlap
        return best


def rewrite_iris(nquads: str, rewrite: dict[str, str]) -> str:
    """Replace whole IRI terms (`<...>`) in N-Quads: nothing else can match."""
    if not rewrite:
        return nquads
    def swap(mo: re.Match) -> str:
        term = mo.group()
        if term.startswith('"'):
            return term  # a literal may hold "<...>" as text: never touched
        return f"<{rewrite.get(term[1:-1], term[1:-1])}>"

    return _TERM.sub(swap, nquads)


_TERM = re.compile(r'"(?:[^"\\\n]|\\.)*"|<[^<>"\s]*>')


def _unquote(segment: str) -> str:
    from urllib.parse import unquote

    return unquote(segment)
