"""Identity: the keys that make one person, one meeting one node across releases and languages.

A person's key is their name folded to a spelling-independent form: diacritics dropped, the usual
transliteration variants of Cyrillic names unified (Zelensky / Zelenskyy / Zelenskyi / Zelenskiy,
Mykhaïlo / Mykhailo, the French Chmyhal / Oumerov for Shmyhal / Umerov). Two people who share a surname keep different keys (the given name is part of it).
A meeting's key is its date and the keys of its participants (or its parties and place when no
one is named), so the French and English editions of one release, or a NATO release and a
ministry's readout of the same talks, give the same meeting node.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
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
