"""The topics a meeting discussed, read from its sentences with the cue phrases of data/topics.ttl.

    load_scheme(path=None) -> TopicScheme              the SKOS scheme and its compiled cues (cached)
    classify(sentences, lang, scheme=None) -> [TopicAssignment]   one meeting's sentences
    topics_for_text(text, lang, scheme=None) -> [TopicAssignment]  a whole release
    split_sentences(text) -> [Evidence]                the body sentences of a text

The vocabulary is data: every concept's labels and cues, their strength and the phrases that
cancel them are written in data/topics.ttl, whose header documents the cue syntax. Here each cue
is compiled once into a sequence of word tests, indexed by its first word; a sentence is read
once, token by token, and each token looks up the cues that can start on it. Words are folded
(case, accents, ligatures) and lightly stemmed (plural endings, US spellings) on both sides, so
a cue written in the singular matches the plural, and no language model is needed (100,000
releases must stay cheap).

Scoring, per topic over the meeting's sentences:
- a strong cue (skos:prefLabel, skos:altLabel, skos:hiddenLabel) is enough on its own;
- a weak cue (dg:weakCue) needs a second, independent hit: another weak cue of the topic, or the
  same cue in another sentence;
- a strong cue inside a quotation counts as weak only (a passing mention in a quote);
- a cue overlapping one of the topic's block phrases (dg:blockCue) does not count.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path

from graph.records import Evidence, TopicAssignment
from graph.vocab import DG, ID, SKOS

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "topics.ttl"
TOPIC_NS = ID + "topic/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

STRONG, WEAK, BLOCK = "strong", "weak", "block"
CUE_PROPERTIES = {
    SKOS + "prefLabel": STRONG,
    SKOS + "altLabel": STRONG,
    SKOS + "hiddenLabel": STRONG,
    DG + "weakCue": WEAK,
    DG + "blockCue": BLOCK,
}
PREF_LABEL_IS_CUE = DG + "prefLabelIsCue"

GAP = "..."  # in a cue: up to GAP_WORDS other words in between
GAP_WORDS = 4
MIN_PREFIX = 3  # a `word*` cue needs at least this many letters before the star

WORD = re.compile(r"[^\W_]+")
APOSTROPHES = "'\u2019\u02bc"
# A word of one or two letters followed by an apostrophe is an elision (l', d', qu', j').
MAX_ELIDED = 2
OPENING_QUOTES = "\u201c\u00ab\u201e"
CLOSING_QUOTES = "\u201d\u00bb"
STRAIGHT_QUOTE = '"'
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})


# --- words -------------------------------------------------------------------------------------


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case, no accents, no ligatures: 'Défense' -> 'defense', 'cœur' -> 'coeur'."""
    word = word.casefold().translate(LIGATURES)
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def stem(folded: str) -> str:
    """A light stem of a folded word, the same for both languages, applied to cues and text alike:
    US spellings made British, plural endings dropped ('capabilities' -> 'capability',
    'régionaux' -> 'regional', 'câbles' -> 'cable')."""
    w = folded
    if "defens" in w:
        w = w.replace("defens", "defenc")
    if "iz" in w:
        w = re.sub(r"iz(?=[eai])", "is", w)
        w = re.sub(r"yz(?=[eai])", "ys", w)
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("aux"):
        return w[:-3] + "al"
    if len(w) > 3 and w[-1] in "sx" and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@dataclass(frozen=True)
class Token:
    folded: str
    stem: str
    start: int  # offsets into the text read
    end: int
    joined_next: bool  # followed directly by a hyphen or slash and another word ("cyber-attack")


def tokenize(text: str) -> list[Token]:
    """Words of a text, folded and stemmed; elided articles (l', d') and the English 's dropped."""
    out: list[Token] = []
    n = len(text)
    for m in WORD.finditer(text):
        s, e = m.span()
        after = text[e] if e < n else ""
        before = text[s - 1] if s > 0 else ""
        if after in APOSTROPHES and e - s <= MAX_ELIDED and e + 1 < n and text[e + 1].isalpha():
            continue  # l'Ukraine, d'adhésion, qu'il
        if before in APOSTROPHES and m.group() in ("s", "S"):
            continue  # Russia's
        f = fold(m.group())
        joined = after in "-/\u2010\u2011" and e + 1 < n and text[e + 1].isalnum()
        out.append(Token(f, stem(f), s, e, joined))
    return out


# --- cues --------------------------------------------------------------------------------------

# One element of a compiled cue: ("word", stem) | ("prefix", folded start) | ("gap", max words).
Element = tuple[str, str | int]


@dataclass(frozen=True)
class Cue:
    topic: str
    kind: str  # STRONG, WEAK or BLOCK
    text: str  # as written in the scheme
    elements: tuple[Element, ...]


def compile_cue(text: str) -> list[tuple[Element, ...]]:
    """The word sequences a cue stands for. A hyphen or slash inside a word matches a hyphen, a
    space or nothing: 'cyber-attack*' gives ('cyber', 'attack*') and ('cyberattack*',)."""
    choices: list[list[list[Element]]] = []
    for chunk in text.split():
        if chunk in (GAP, "…"):
            choices.append([[("gap", GAP_WORDS)]])
            continue
        star = chunk.endswith("*")
        tokens = tokenize(chunk.rstrip("*"))
        if not tokens:
            continue
        spellings = [[t.folded for t in tokens]]
        if len(tokens) > 1 and all(t.joined_next for t in tokens[:-1]):
            spellings.append(["".join(t.folded for t in tokens)])
        variants = []
        for words in spellings:
            elements: list[Element] = [("word", stem(w)) for w in words]
            if star:
                elements[-1] = ("prefix", words[-1])
            variants.append(elements)
        choices.append(variants)
    out = []
    for combo in product(*choices):
        elements = tuple(e for part in combo for e in part)
        while elements and elements[0][0] == "gap":
            elements = elements[1:]
        while elements and elements[-1][0] == "gap":
            elements = elements[:-1]
        if elements:
            out.append(elements)
    return out


@dataclass(frozen=True)
class Hit:
    cue: Cue
    start: int  # token indexes, end exclusive
    end: int


class Matcher:
    """All the cues of one language, indexed by their first word (exact stem, or the first
    MIN_PREFIX letters of a prefix)."""

    def __init__(self, cues: Iterable[Cue]):
        self.exact: dict[str, list[Cue]] = {}
        self.prefix: dict[str, list[Cue]] = {}
        self.size = 0
        for cue in cues:
            kind, value = cue.elements[0]
            if kind == "word":
                self.exact.setdefault(str(value), []).append(cue)
            else:
                self.prefix.setdefault(str(value)[:MIN_PREFIX], []).append(cue)
            self.size += 1

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        hits = []
        for i, tok in enumerate(tokens):
            for cue in self.exact.get(tok.stem, ()):
                end = _match(cue.elements, 1, tokens, i + 1)
                if end is not None:
                    hits.append(Hit(cue, i, end))
            for cue in self.prefix.get(tok.folded[:MIN_PREFIX], ()):
                if tok.folded.startswith(str(cue.elements[0][1])):
                    end = _match(cue.elements, 1, tokens, i + 1)
                    if end is not None:
                        hits.append(Hit(cue, i, end))
        return hits


def _match(elements: tuple[Element, ...], k: int, tokens: Sequence[Token], i: int) -> int | None:
    """End (exclusive) of the shortest match of elements[k:] starting at token i, or None."""
    while k < len(elements):
        kind, value = elements[k]
        if kind == "gap":
            for skip in range(int(value) + 1):
                end = _match(elements, k + 1, tokens, i + skip)
                if end is not None:
                    return end
            return None
        if i >= len(tokens):
            return None
        tok = tokens[i]
        if kind == "word" and tok.stem != value:
            return None
        if kind == "prefix" and not tok.folded.startswith(str(value)):
            return None
        k += 1
        i += 1
    return i


# --- the scheme --------------------------------------------------------------------------------


@dataclass
class Concept:
    id: str
    iri: str
    pref_labels: dict[str, str] = field(default_factory=dict)  # language -> label
    alt_labels: list[tuple[str, str]] = field(default_factory=list)  # (label, language)
    scope_notes: dict[str, str] = field(default_factory=dict)


@dataclass
class TopicScheme:
    concepts: dict[str, Concept]  # in the order of the file
    cues: list[tuple[Cue, str]]  # (cue, language or "" for any)
    _matchers: dict[str, Matcher] = field(default_factory=dict)
    _languages: frozenset[str] | None = None

    @property
    def ids(self) -> list[str]:
        return list(self.concepts)

    def label(self, topic: str, lang: str = "en") -> str:
        labels = self.concepts[topic].pref_labels
        return labels.get(lang) or labels.get("en") or topic

    def matcher(self, lang: str) -> Matcher:
        """The cues of a language; for a language the scheme has no cue in, those of every one."""
        if self._languages is None:  # computed once: this runs for every meeting
            self._languages = frozenset(cue_lang for _, cue_lang in self.cues if cue_lang)
        key = lang if lang in self._languages else "*"
        if key not in self._matchers:
            self._matchers[key] = Matcher(c for c, cl in self.cues if key == "*" or cl in ("", key))
        return self._matchers[key]


@lru_cache(maxsize=8)
def load_scheme(path: str | Path | None = None) -> TopicScheme:
    """The topic scheme of data/topics.ttl (or another Turtle file), with its cues compiled."""
    from pyoxigraph import Literal, NamedNode, RdfFormat, parse

    path = Path(path) if path else DATA_FILE
    concepts: dict[str, Concept] = {}
    raw: list[tuple[str, str, str, str]] = []  # topic, kind, text, language
    pref_is_cue: dict[str, bool] = {}
    with open(path, "rb") as fh:
        for t in parse(fh, format=RdfFormat.TURTLE):
            s, p, o = t.subject, t.predicate.value, t.object
            if not (isinstance(s, NamedNode) and s.value.startswith(TOPIC_NS)):
                continue
            topic = s.value[len(TOPIC_NS) :]
            if topic == "scheme":
                continue
            if p == RDF_TYPE and o.value == SKOS + "Concept":
                concepts.setdefault(topic, Concept(topic, s.value))
            if not isinstance(o, Literal):
                continue
            concept = concepts.setdefault(topic, Concept(topic, s.value))
            lang = o.language or ""
            if p == SKOS + "prefLabel":
                concept.pref_labels[lang or "en"] = o.value
            elif p == SKOS + "altLabel":
                concept.alt_labels.append((o.value, lang))
            elif p == SKOS + "scopeNote":
                concept.scope_notes[lang or "en"] = o.value
            elif p == PREF_LABEL_IS_CUE:
                pref_is_cue[topic] = o.value.strip().lower() in ("true", "1")
            if p in CUE_PROPERTIES:
                raw.append((topic, CUE_PROPERTIES[p], o.value, lang))
    cues = []
    for topic, kind, text, lang in raw:
        if text.strip() == "" or (
            kind == STRONG and not pref_is_cue.get(topic, True) and _is_pref(concepts[topic], text)
        ):
            continue
        for elements in compile_cue(text):
            cues.append((Cue(topic, kind, text, elements), lang))
    return TopicScheme(concepts, cues)


def _is_pref(concept: Concept, text: str) -> bool:
    return text in concept.pref_labels.values()


# --- classification ----------------------------------------------------------------------------


def classify(
    sentences: Sequence[Evidence], lang: str, scheme: TopicScheme | None = None,
    ignore: Sequence[tuple[int, int]] = (),
) -> list[TopicAssignment]:
    """The topics the sentences clearly discuss, each with the sentence that decided it.

    `sentences` are the sentences attributed to one meeting; `lang` is the release language;
    `ignore` are spans of the release text (the names of the countries taking part) where a weak
    cue does not count."""
    scheme = scheme or load_scheme()
    matcher = scheme.matcher(lang)
    strong: dict[str, Evidence] = {}
    weak: dict[str, list[WeakHit]] = {}
    for n, sentence in enumerate(sentences):
        tokens = tokenize(sentence.text)
        hits = matcher.find(tokens)
        if not hits:
            continue
        blocked = [(h.cue.topic, h.start, h.end) for h in hits if h.cue.kind == BLOCK]
        quoted = _quoted_spans(sentence.text)
        for h in hits:
            topic = h.cue.topic
            if h.cue.kind == BLOCK or topic in strong:
                continue
            if any(t == topic and h.start < e and s < h.end for t, s, e in blocked):
                continue
            kind = h.cue.kind
            if kind == STRONG and quoted and _inside(tokens[h.start].start, quoted):
                kind = WEAK
            if kind == STRONG:
                strong[topic] = sentence
            else:
                words = tuple(t.stem for t in tokens[h.start : h.end])
                party = any(a <= sentence.start + tokens[h.start].start < b for a, b in ignore)
                weak.setdefault(topic, []).append(WeakHit(h, n, words, sentence, party))
    decided = dict(strong)
    for topic, found in weak.items():
        # (the name of a country taking part backs another cue, never one of its own names)
        if topic not in decided and not all(w.party for w in found) and _independent(found):
            decided[topic] = found[0].sentence
    return [TopicAssignment(t, decided[t]) for t in scheme.concepts if t in decided]


@dataclass(frozen=True)
class WeakHit:
    hit: Hit
    sentence_index: int
    words: tuple[str, ...]  # the stems matched
    sentence: Evidence
    party: bool = False  # on the name of a country taking part


def _independent(found: list[WeakHit]) -> bool:
    """Two weak hits that back each other: one in another sentence, or another cue on other words
    ("partner*" and "partnership*" on one word are one hit; "Serbia, Serbia" is one too)."""
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            if a.sentence_index != b.sentence_index:
                return True
            apart = a.hit.end <= b.hit.start or b.hit.end <= a.hit.start
            if apart and a.hit.cue.text != b.hit.cue.text and a.words != b.words:
                return True
    return False


def topics_for_text(text: str, lang: str, scheme: TopicScheme | None = None) -> list[TopicAssignment]:
    """The topics of a whole release text (its body sentences, read together)."""
    return classify(split_sentences(text), lang, scheme)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text inside quotation marks. A quote opened and not closed runs to
    the end; one closed and not opened (begun in an earlier sentence) runs from the start."""
    if not any(q in text for q in OPENING_QUOTES + CLOSING_QUOTES + STRAIGHT_QUOTE):
        return []
    spans, open_at, straight_open = [], None, False
    for i, c in enumerate(text):
        if c in OPENING_QUOTES or (c == STRAIGHT_QUOTE and not straight_open):
            if open_at is None:
                open_at = i
            straight_open = straight_open or c == STRAIGHT_QUOTE
        elif c in CLOSING_QUOTES or c == STRAIGHT_QUOTE:
            spans.append((0 if open_at is None else open_at, i))
            open_at, straight_open = None, False
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


# --- sentences ---------------------------------------------------------------------------------

# A sentence ends at . ! ? … (with closing quotes) followed by a space and a capital, a digit or
# an opening quote; not after an initial or a dotted abbreviation (M., J., U.S., H.E.) nor after a
# courtesy title of data/honorifics.csv (Mr., Dr., Mme.).
SENTENCE_END = re.compile(r"[.!?…]+[\"”»)']*\s+(?=[\"“«(]?\s?[A-ZÀ-ÖØ-Þ0-9])")
INITIALS = re.compile(r"(?:^|[\s(])(?:[^\W\d_]\.)*[^\W\d_]\.$")
HONORIFICS_FILE = DATA_FILE.parent / "honorifics.csv"
# Lines kept as prose: with sentence punctuation at the end, or long enough to be prose anyway.
FINAL_STOP = re.compile(r"[.!?…][\"”»)]*$")
PROSE_END = re.compile(r"[.!?…:;][\"”»)]*\s*$")
MIN_PROSE_WORDS = 15


def split_sentences(text: str) -> list[Evidence]:
    """The sentences of a text's prose lines, with their offsets; short lines without sentence
    punctuation (titles, menus, datelines, labels) are left out. A line that goes on in lower case
    on the next one (text wrapped within a paragraph) is read with it."""
    out: list[Evidence] = []
    for start, line in _paragraphs(text):
        body = line.rstrip()
        if not body.strip():
            continue
        if not PROSE_END.search(body) and len(body.split()) < MIN_PROSE_WORDS:
            continue
        s = len(body) - len(body.lstrip())
        for m in SENTENCE_END.finditer(body):
            if _abbreviation(body[s : m.start() + 1]):
                continue
            end = m.start() + len(m.group().rstrip())
            out.append(Evidence(start + s, start + end, body[s:end]))
            s = m.end()
        if s < len(body):
            out.append(Evidence(start + s, start + len(body), body[s:]))
    return out


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each line, wrapped lines joined: a line not ending a sentence, followed by
    one that begins in lower case."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        head = line.lstrip()[:1]
        if out and head.islower() and not FINAL_STOP.search(out[-1][1].rstrip()):
            out[-1] = (out[-1][0], out[-1][1] + line)
        else:
            out.append((start, line))
    return out


def _abbreviation(text: str) -> bool:
    """Does the text end with an abbreviation's period rather than a sentence's?"""
    if INITIALS.search(text):
        return True
    last = text.rsplit(None, 1)[-1][:-1] if text.strip() else ""
    return fold(last) in _titles()


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Single-word courtesy titles (Mr, Dr, Mme) of data/honorifics.csv, folded."""
    import csv

    if not HONORIFICS_FILE.exists():
        return frozenset()
    with open(HONORIFICS_FILE, encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return frozenset(fold(r["form"].rstrip(".")) for r in rows if r.get("form") and " " not in r["form"])
