"""The synthetic world: countries, organisations, posts and the fictional people who hold them.

Everything is drawn from the tables in `data/` with a seeded generator, in a fixed order, so one
seed always gives the same people. Each post (a country's or an organisation's) has a succession of
holders over the years; activity is heavy-tailed because countries and posts carry weights.
"""

from __future__ import annotations

import csv
import random
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

ORGS = {  # acronym -> English name, French name, headquarters (en, fr, country)
    "NATO": ("NATO", "l'OTAN", ("Brussels", "Bruxelles", "BE")),
    "EU": ("the European Union", "l'Union européenne", ("Brussels", "Bruxelles", "BE")),
    "UN": ("the United Nations", "les Nations unies", ("New York", "New York", "US")),
    "OSCE": ("the OSCE", "l'OSCE", ("Vienna", "Vienne", "AT")),
    "OECD": ("the OECD", "l'OCDE", ("Paris", "Paris", "FR")),
}
NATIONAL_POSTS = {"P": 2, "PM": 3, "FM": 5, "DM": 2, "DPM": 0.5, "INT": 0.5, "FIN": 0.5}
ORG_POSTS = {
    ("NATO", "SG"): 6,
    ("NATO", "DSG"): 1.5,
    ("EU", "HR"): 2,
    ("EU", "COMP"): 1.5,
    ("UN", "SG"): 1.5,
    ("OSCE", "SG"): 0.6,
    ("OECD", "SG"): 0.4,
}


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@dataclass(frozen=True)
class Country:
    code: str
    en: str
    en_art: str
    fr: str
    fr_art: str
    dem_en: str
    dem_fr_m: str
    dem_fr_f: str
    cap_en: str
    cap_fr: str
    culture: str
    weight: float
    head: str

    def name(self, lang: str) -> str:
        """'Estonia', 'the Netherlands'; 'l'Estonie', 'les Pays-Bas'."""
        if lang == "en":
            return f"{self.en_art} {self.en}".strip()
        return self.fr_art + self.fr if self.fr_art == "l'" else f"{self.fr_art} {self.fr}"

    def bare(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr

    def of(self, lang: str) -> str:
        """'of Estonia'; 'de l'Estonie', 'du Canada', 'des Pays-Bas'."""
        if lang == "en":
            return "of " + self.name("en")
        return {"le": "du " + self.fr, "les": "des " + self.fr}.get(self.fr_art, "de " + self.name("fr"))

    def to(self, lang: str) -> str:
        """'to Estonia'; 'en Estonie', 'au Canada', 'aux Pays-Bas'."""
        if lang == "en":
            return "to " + self.name("en")
        return {"le": "au " + self.fr, "les": "aux " + self.fr}.get(self.fr_art, "en " + self.fr)

    def dem(self, lang: str, gender: str) -> str:
        if lang == "en":
            return self.dem_en
        return self.dem_fr_f if gender == "f" else self.dem_fr_m

    def capital(self, lang: str) -> str:
        return self.cap_en if lang == "en" else self.cap_fr


@dataclass(frozen=True)
class Role:
    post: str
    scope: str
    canonical: str
    alts: tuple[str, ...]
    en: tuple[str, ...]
    en_short: tuple[str, ...]
    fr_m: str
    fr_f: str
    fr_short_m: str
    fr_short_f: str

    def fr(self, gender: str) -> str:
        return self.fr_f if gender == "f" else self.fr_m

    def fr_short(self, gender: str) -> str:
        return self.fr_short_f if gender == "f" else self.fr_short_m


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    gender: str  # "m" or "f"
    affiliation: str  # ISO alpha-2 or organisation acronym
    post: str
    start: date
    end: date

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"


class Pools:
    """Tables and people for one seed; releases are published from `first_year` to `last_year`
    (terms of office cover a little more)."""

    def __init__(self, seed: int = 1, first_year: int = 2019, last_year: int = 2025):
        self.seed = seed
        self.window = date(first_year, 1, 1), date(last_year, 12, 31)
        self.first_year, self.last_year = first_year - 2, last_year + 1
        self.countries = {r["code"]: Country(**{**r, "weight": float(r["weight"])}) for r in _rows("countries.csv")}
        self.roles = {
            (r["post"], r["scope"]): Role(
                r["post"],
                r["scope"],
                r["canonical"],
                _split(r["alts"]),
                _split(r["en"]),
                _split(r["en_short"]),
                r["fr_m"],
                r["fr_f"],
                r["fr_short_m"],
                r["fr_short_f"],
            )
            for r in _rows("roles.csv")
        }
        self.names: dict[tuple[str, str], list[str]] = {}
        for r in _rows("names.csv"):
            self.names[(r["culture"], r["kind"])] = r["names"].split("|")
        self.topics: dict[str, dict[str, list[tuple[str, tuple[str, ...]]]]] = {"en": {}, "fr": {}}
        for r in _rows("topics.csv"):
            self.topics[r["lang"]].setdefault(r["topic"], []).append((r["phrase"], _split(r["mentions"])))
        with open(DATA / "templates.toml", "rb") as fh:
            self.templates = tomllib.load(fh)
        with open(DATA / "sites.toml", "rb") as fh:
            self.sites = tomllib.load(fh)["site"]

    # ------------------------------------------------------------------ posts and people

    def role(self, post: str, affiliation: str) -> Role:
        return self.roles.get((post, affiliation)) or self.roles[(post, "*")]

    @cached_property
    def participants(self) -> list[Country]:
        return [c for c in self.countries.values() if c.weight > 0]

    @cached_property
    def posts(self) -> list[tuple[str, str, float]]:
        """(affiliation, post, weight) of every post that someone holds."""
        out = []
        for c in self.participants:
            for post, w in NATIONAL_POSTS.items():
                if post == "P" and c.head != "P":
                    continue
                out.append((c.code, post, c.weight * w))
        out += [(org, post, w * 3) for (org, post), w in ORG_POSTS.items()]
        return out

    @cached_property
    def holders(self) -> dict[tuple[str, str], list[Person]]:
        """Successive holders of each post, drawn in a fixed order: one seed, one world."""
        rng = random.Random(f"people:{self.seed}")
        cultures = sorted({k[0] for k in self.names})
        taken: set[str] = set()
        out: dict[tuple[str, str], list[Person]] = {}
        for aff, post, _ in self.posts:
            culture = self.countries[aff].culture if aff in self.countries else None
            day = date(self.first_year, 1, 1).toordinal() - rng.randrange(0, 900)
            end_all = date(self.last_year, 12, 31).toordinal()
            people = []
            while day <= end_all:
                term = rng.randrange(500, 1800)
                gender = "f" if rng.random() < 0.4 else "m"
                for attempt in range(10_000):
                    cult = culture or rng.choice(cultures)
                    given = rng.choice(self.names[(cult, gender)])
                    surnames = [rng.choice(self.names[(cult, "s")]) for _ in range(1 + (attempt >= 20))]
                    surname = "-".join(
                        dict.fromkeys(  # a double-barrelled name once the pool runs dry
                            s.split("/")[1 if gender == "f" else 0] if "/" in s else s for s in surnames
                        )
                    )
                    if f"{given} {surname}" not in taken:
                        break
                taken.add(f"{given} {surname}")
                people.append(
                    Person(given, surname, gender, aff, post, date.fromordinal(day), date.fromordinal(day + term - 1))
                )
                day += term
            out[(aff, post)] = people
        return out

    def holder(self, affiliation: str, post: str, when: date) -> Person:
        for p in self.holders[(affiliation, post)]:
            if p.start <= when <= p.end:
                return p
        raise KeyError((affiliation, post, when))

    @cached_property
    def people(self) -> list[Person]:
        return [p for ps in self.holders.values() for p in ps]


def _split(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in (text or "").split("|") if x.strip())
