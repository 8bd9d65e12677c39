"""Sentences of a release, as the meeting reader sees them: the meeting word and the tense that
says whether it happened ("met", "s'est entretenu" / "will meet", "rencontrera" / "when they met"),
the cues around it (a call, a visit, a gathering, people present or represented), who the sentence
names, and where quotations are."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .lexicon import PhraseMatcher, Token, fold, read_table
from .mentions import RoleMention, honorific_words, name_abbreviations
from .people import Person, resolve_title


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    headline: bool
    tokens: list  # spaCy tokens of the sentence
    words: list[Token]  # lexicon tokens (folded) with offsets
    people: list[tuple[int, Person]] = field(default_factory=list)  # (offset, person) in order
    by_title: set[int] = field(default_factory=set)  # ids of people named only by a bare title here
    unnamed_roles: list = field(default_factory=list)  # titles acting with no name ("Le Président")
    # "happened", "future", "recalled" when a meeting word is present ("pluperfect" until its dates
    # are read: see meetings.resolve_pluperfect)
    status: str | None = None
    trigger_kind: str | None = None
    trigger_at: int | None = None  # offset of the meeting word
    trigger_lemma: str | None = None
    cues: set[str] = field(default_factory=set)  # cue types present: call, visit, conference...
    dates: list = field(default_factory=list)
    pronoun_subject: bool = False
    we_subject: bool = False  # "we" / "nous" acts: the authors of a joint statement
    name_spans: list = field(default_factory=list)  # names of people and organisations (not places)
    places: list | None = None  # (city, venue, country, as written), read once
    speech: bool = False  # the meeting word is a speech at a gathering ("spoke at the panel")


# ------------------------------------------------------------------ cue tables


@cache
def _cue_matcher(lang: str) -> PhraseMatcher:
    m = PhraseMatcher()
    for r in read_table("meeting_cues.csv"):
        if r["lang"] == lang:
            m.add(r["cue"], r["type"])
    return m


def cue_types(words: list[Token], lang: str) -> set[str]:
    """The types of meeting cues (call, visit, presence, ...) the words hold: one pass of a trie."""
    found: set[str] = set()
    root = _cue_matcher(lang)._root
    for i in range(len(words)):
        node = root
        for w in words[i:]:
            nxt = node.get(w.norm)
            if nxt is None and node is not root and w.norm in _INSERTIONS:
                continue  # "étaient également représentés", "were all represented"
            node = nxt
            if node is None:
                break
            found.update(node.get(None, ()))
    return found


# adverbs that may sit inside a cue phrase without changing it
_INSERTIONS = frozenset({"egalement", "aussi", "notamment", "tous", "toutes", "ainsi", "bien", "also", "all",
                         "both", "likewise", "too"})


@cache
def verb_cues(lang: str) -> dict[str, str]:
    return {fold(r["cue"]): r["kind"] for r in read_table("meeting_cues.csv") if r["type"] == "verb" and r["lang"] == lang}


@cache
def noun_cues(lang: str) -> dict[str, str]:
    return {fold(r["cue"]): r["kind"] for r in read_table("meeting_cues.csv") if r["type"] == "noun" and r["lang"] == lang}


# ------------------------------------------------------------------ tense


_EN_MODALS = {"will", "would", "shall", "may", "might", "could", "should", "must", "can", "'ll", "wo"}
_EN_FUTURE_HEADS = {"due", "expect", "expected", "schedule", "scheduled", "set", "plan", "intend",
                    "hope", "want", "look", "aim", "seek", "prepare", "invite", "agree", "decide"}
_FR_FUTURE_HEADS = {"devoir", "aller", "prévoir", "compter", "souhaiter", "vouloir", "espérer",
                    "envisager", "convenir", "décider", "accepter", "proposer", "inviter", "préparer", "falloir"}
# a conditional, where the tagger saw an imperfect: the future's stem then "-ait" ("rendrait", "rencontrerait",
# "irait"); meeting verbs' imperfects end otherwise ("rendait", "rencontrait", "allait")
_FR_CONDITIONAL_ENDING = re.compile(r"(?:[eidtvr]r|^aur|^ser|^fer)ai(?:t|ent)$")
_FR_FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)$")
_RECALL_MARKS = {"when", "since", "after", "once", "lorsque", "quand", "depuis", "après"}


_MET_NOT_PEOPLE = frozenset({"commitment", "target", "goal", "requirement", "need", "deadline", "criterion",
                             "criteria", "standard", "obligation", "demand", "expectation", "challenge", "benchmark",
                             "condition", "threshold", "pledge", "objective"})


def trigger_status(tok, lang: str, headline: bool) -> str | None:
    """'happened', 'future' or 'recalled' for a meeting verb token; None if it does not report one."""
    morph = tok.morph
    if tok.lemma_ == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MET_NOT_PEOPLE for c in tok.children):
        return None  # "Croatia has met the commitment to spend 2 percent": a target met, nobody
    tense = morph.get("Tense")
    mood = morph.get("Mood")
    verbform = morph.get("VerbForm")
    auxes = [c for c in tok.children if c.dep_.startswith("aux")]
    if lang == "en":
        if any(a.lower_ in _EN_MODALS for a in auxes):
            return "future"
        if any(a.lower_ == "had" for a in auxes) and tok.tag_ == "VBN":
            return "pluperfect"
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in _RECALL_MARKS for c in tok.children):
            return "recalled"  # "when they met in Antalya on May 15"
        # (a passive infinitive too: "is due to be received by")
        passive_infinitive = tok.tag_ == "VBN" and any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes)
        if (tok.tag_ in ("VB", "VBG") or passive_infinitive) and not any(
                a.lower_ in ("did", "is", "are", "was", "were") and tok.tag_ == "VBG" for a in auxes):
            # infinitive or gerund: "is due to travel", "to meet", "looking forward to meeting"
            head = tok.head
            hops = 0
            while head != tok and hops < 4:
                if head.lemma_.lower() in _EN_FUTURE_HEADS or any(a.lower_ in _EN_MODALS for a in head.children if a.dep_.startswith("aux")):
                    return "future"
                if head.lower_ == "going":  # "is going to meet"; "went on to discuss" happened
                    return "future"
                if head.head == head:
                    break
                head, hops = head.head, hops + 1
            if tok.tag_ == "VBG" and any(a.lower_ in ("is", "are") for a in auxes):
                return "future" if not headline else "happened"
            if passive_infinitive:
                return "happened"  # "was honoured to be received by the King"
            return None if not headline else "happened"
        if tok.tag_ in ("VBD", "VBN") or (tok.tag_ in ("VBZ", "VBP") and headline):
            return "happened"
        if tok.tag_ in ("VBZ", "VBP"):
            return "happened"
        if tok.tag_.startswith("NN"):
            return "happened" if headline else None
        return None
    if not headline and tok.dep_ == "acl" and "Part" in verbform and "Past" in tense and not auxes and (
            tok.head.pos_ == "NOUN" and fold(tok.head.lemma_) not in GATHERINGS):
        # "le pacte d'amitié signé entre Bruxelles et Kyiv en 2023": a thing, described (not "Réunion
        # extraordinaire ..., présidée par le ministre": the gathering, told)
        return None
    # French (the tagger's Fut/Cnd is checked against the ending: "accueille" is no future)
    if ("Fut" in tense or "Cnd" in mood) and _FR_FUTURE_ENDING.search(tok.lower_):
        return "future"
    if "Imp" in tense and _FR_CONDITIONAL_ENDING.search(tok.lower_):
        return "future"  # "il se rendrait à Montpellier", tagged an imperfect: the conditional's "-rait"
    for a in auxes:
        at, am = a.morph.get("Tense"), a.morph.get("Mood")
        if ("Fut" in at or "Cnd" in am) and _FR_FUTURE_ENDING.search(a.lower_):
            return "future"
        reflexive = any(c.lower_ in ("se", "s'", "s’") for c in tok.children)
        if "Imp" in at and a.lemma_ in ("avoir", "être") and tok.morph.get("VerbForm") == ["Part"] \
                and (a.dep_ != "aux:pass" or reflexive):
            # "étaient réunis" is a passive of the account's own time; "s'étaient rencontrés" a memory
            return "pluperfect"
    if any(c.dep_ == "mark" and c.lower_ in _RECALL_MARKS for c in tok.children):
        return "recalled"
    passive_infinitive = "Inf" not in verbform and any("Inf" in a.morph.get("VerbForm") for a in auxes)
    if "Inf" in verbform or passive_infinitive:
        # (a passive infinitive too: "où il doit être reçu vendredi"; but "a eu l'honneur d'être reçu")
        head = tok.head
        hops = 0
        while head != tok and hops < 4:
            if head.lemma_.lower() in _FR_FUTURE_HEADS:
                return "future"
            ht, hm = head.morph.get("Tense"), head.morph.get("Mood")
            if "Fut" in ht or "Cnd" in hm:
                return "future"
            if head.head == head:
                break
            head, hops = head.head, hops + 1
        return "happened" if passive_infinitive else None
    if tok.pos_ == "NOUN":
        return "happened" if headline else None
    return "happened"


# ------------------------------------------------------------------ sentences


def split_sentences(text: str, doc) -> list[tuple[int, int]]:
    """spaCy's sentences, cut again at line breaks (a title line is a sentence of its own), and
    mended where the parser cut inside one ("le chef d'état | -major des armées")."""
    spans: list[tuple[int, int]] = []
    for s in doc.sents:
        a = s.start_char
        for part in re.split(r"(\n+)", text[s.start_char : s.end_char]):
            if part and not part.startswith("\n"):
                if part.strip():
                    lead = len(part) - len(part.lstrip())
                    start, end = a + lead, a + len(part.rstrip())
                    if spans and _continues(text, spans[-1], start):
                        spans[-1] = (spans[-1][0], end)
                    else:
                        spans.append((start, end))
            a += len(part)
    return spans


def _continues(text: str, prev: tuple[int, int], start: int) -> bool:
    """A fragment on the same line continues the sentence when it starts in lower case or with a
    hyphen, or when the sentence before it stopped on a word or a comma ("la vice-présidente | Kallas
    s'est entretenue", "JAKARTA, | 16 January 2026 –"): the parser cut where no punctuation ends anything."""
    if "\n" in text[prev[1] : start]:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if text.count(" | ", line_start, len(text) if line_end < 0 else line_end) >= 2:
        return True  # a table's row is read whole: its date cell dates its other cells
    first = text[start : start + 1]
    last = text[prev[1] - 1 : prev[1]]
    if last == "." and (word := re.search(r"(\w+)\.\Z", text[prev[0] : prev[1]])) and (
            (fold(word.group(1)),) in _short_honorifics()):
        return True  # "his Nigerian counterpart, Amb. | Yusuf Tuggar": a courtesy title's full stop
    before = text[prev[0] : prev[1]]
    if last == "." and first.isupper() and (re.search(r"(?:^|[\s(])[A-Z][a-z]?\.\Z", before) or (
            (word := re.search(r"(?:^|[\s(])(\w+\.)\Z", before)) and word.group(1) in name_abbreviations())):
        return True  # an initial or an abbreviation before a name: "the Rt. | Hon. Peters", "Mohd. | Hasan"
    return first.islower() or first in "-–,;:)" or last.isalnum() or last in "-,"


@cache
def _short_honorifics() -> frozenset[tuple[str, ...]]:
    return frozenset(h for lang in ("en", "fr") for h in honorific_words(lang) if len(h) == 1 and len(h[0]) <= 5)


def is_headline(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].strip()
    whole_line = text[start:end].strip() == line
    return whole_line and not re.search(r"[.!?»”\"]$", line) and len(line.split()) <= 30


# leading a delegation to a gathering is taking part in it ("led the Nepali delegation to the Ministerial")
LEAD_VERBS = frozenset({"lead", "conduire", "diriger"})


def trigger_of(sent: Sentence, lang: str) -> tuple[str | None, str | None, int | None]:
    """(status, kind hint, offset) of the strongest meeting word of a sentence."""
    verbs = verb_cues(lang)
    nouns = noun_cues(lang)
    best: tuple[str | None, str | None, int | None] = (None, None, None)
    for i, tok in enumerate(sent.tokens):
        lemma = fold(tok.lemma_)
        if tok.pos_ in ("VERB", "AUX") and lemma in verbs:
            # "rendre" reports a trip only as "se rendre à"; "prendre" only as "prendre part"
            # "se rendre à" or "rendre visite à" report a trip; "rendre hommage" does not
            if lang == "fr" and lemma == "rendre" and not any(
                    c.lower_ in ("se", "s'", "s’", "visite") for c in tok.children):
                continue
            if lemma in ("prendre", "take") and not any(c.lower_ == "part" for c in tok.children):
                continue  # "prendre part à", "took part in"
            if lemma in LEAD_VERBS and not any(
                    c.dep_ in ("dobj", "obj") and fold(c.lemma_) in ("delegation", "délégation") for c in tok.children):
                continue  # "led the Nepali delegation to the Ministerial Meeting"; not "led the talks"
            if lang == "fr" and lemma == "tenir" and not _object_is_meeting(tok, lang):
                continue
            if lemma in ("hold", "pay", "have", "avoir", "grant", "accorder", "open", "ouvrir") and not _object_is_meeting(
                    tok, lang):
                continue  # "held talks", "paid a visit", "a accordé une audience"; not "held responsible"
            kind = verbs[lemma]
            if lemma == "pay" and any(c.dep_ == "dobj" and c.lemma_ == "call" for c in tok.children):
                kind = "meeting"  # "paid a courtesy call on the Prime Minister": talks in person, no visit
            if lemma == "call" and _calls_on_someone(tok):
                kind = "meeting"  # "EAM called on the President of Finland": a courtesy call, in person
            elif lemma in ("appeler", "call") and _calls_for(tok):
                continue  # "a appelé à un cessez-le-feu", "called for restraint", "called on all sides to"
            if lemma in ("speak", "talk") and any(
                    c.dep_ == "prep" and c.lower_ in ("at", "during", "before")
                    and any(fold(o.lemma_) in GATHERINGS | _STAGES for o in c.children) for c in tok.children):
                kind = "meeting"  # "spoke at the panel together with X": a speech in the room, not a call
                sent.speech = True
            if lemma == "call" and _names_a_thing(tok):
                continue  # "the programme, which he called 'the largest investment'"
            if lemma in ("welcome", "accueillir") and _welcomes_a_thing(tok):
                continue  # "welcomed the reform momentum", "a accueilli favorablement la décision"
            status = trigger_status(tok, lang, sent.headline)
            if status == "happened":
                sent.trigger_lemma = lemma
                return status, kind, tok.idx
            if status and best[0] is None:
                best = (status, kind, tok.idx)
        elif tok.pos_ in ("NOUN", "PROPN") and (lemma in nouns or tok.lower_ in nouns):
            if best[0] is not None:
                continue
            kind = nouns.get(lemma) or nouns.get(tok.lower_)
            if sent.headline:
                best = ("happened", kind, tok.idx)
            elif _with_follows(sent.tokens, i):
                # "was in Belgrade for talks with X", "a eu un entretien avec X": the tense of the
                # clause's verb says whether it happened
                verb = _governing_verb(tok)
                status = trigger_status(verb, lang, False) if verb is not None else None
                if status is None and verb is not None:
                    status = "happened" if _is_past(verb, lang) else None
                if status:
                    best = (status, kind, tok.idx)
    return best


# a meeting reported with a body or a crowd as its subject is a gathering: "The Council met",
# "Les ministres se sont réunis" (plural only: "the Minister met" is one person)
_COLLECTIVE_BODIES = {"council", "summit", "conference", "meeting", "ministerial", "forum", "conseil",
                      "sommet", "reunion"}
_COLLECTIVE_PEOPLE = {"minister", "leader", "ally", "head", "delegation", "participant", "member", "ministre",
                      "dirigeant", "allie", "chef", "membre"}
GATHERINGS = {"summit", "conference", "ministerial", "forum", "meeting", "meetings", "roundtable", "table",
               "session", "council", "sommet", "reunion", "seance", "conseil", "ministerielle"}
_STAGES = {"panel", "plenary", "opening", "debate", "dialogue", "roundtable", "event", "ceremony"}
_TALKS_WITH = {"meeting", "meetings", "session", "seance", "reunion"}
SCOPE_HOPS = 4


_JOIN_VERBS = {"take", "participate", "attend", "join", "chair", "convene", "hold", "prendre", "participer",
               "assister", "joindre", "presider", "tenir", *LEAD_VERBS}
_HOST_GATHERING_VERBS = {"host", "welcome", "receive", "reunir", "accueillir", "recevoir", "convoquer"}


# words that only place talks in time beside a gathering: "on the eve of", "en marge de", "before the closing session"
_FRAMES = {"eve", "sideline", "sidelines", "margin", "margins", "veille", "marge", "marges", "ahead", "end", "close",
           "opening", "lendemain", "issue", "ouverture", "cloture", "before", "after", "avant", "apres",
           # a gathering being prepared is not the one held: "venue préparer la première session"
           "preparer", "prepare", "preparation", "preparatifs"}


def gathering_in_scope(sent: Sentence) -> bool:
    """The meeting word's own event is a multilateral gathering: "took part in a summit", "welcomed
    ... for the EU-Canada summit", "a réuni ... pour une séance de travail", "The Foreign Affairs
    Council met"; not a bilateral held at one ("met X at the NATO Summit"), nor a summit that the
    talks were about ("talks on following up the Brussels Summit")."""
    trigger = next((t for t in sent.tokens if t.idx == sent.trigger_at), None)
    if trigger is None:
        return False
    if any(c.dep_ in ("dobj", "obj") and any(fold(a.lower_) in _FEW_SIDED for a in c.children)
           for c in trigger.children):
        return False  # "the Foreign Ministers of Georgia, Azerbaijan and Türkiye held a trilateral meeting"
    # "Le Conseil d'État a reçu l'ambassadrice": a government receiving a guest gives an audience
    receives_someone = fold(trigger.lemma_) in ("receive", "recevoir", "welcome", "accueillir") and any(
        c.dep_ in ("dobj", "obj") and fold(c.lemma_) not in GATHERINGS for c in trigger.children)
    for c in trigger.children:  # (the parse may run across a line break: stay in the sentence)
        if receives_someone:
            break
        if sent.start <= c.idx < sent.end and c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
            lemma = fold(c.lemma_)
            if lemma not in _COLLECTIVE_PEOPLE and fold(c.lower_).rstrip("s") in _COLLECTIVE_PEOPLE:
                lemma = fold(c.lower_).rstrip("s")  # "Foreign Ministers" tagged a proper noun keeps its plural
            # "the ministers met"; not "les trois ministres ont été reçus par le Président" (an audience)
            if lemma in _COLLECTIVE_BODIES or (lemma in _COLLECTIVE_PEOPLE and "Plur" in c.morph.get("Number")
                                               and c.dep_ == "nsubj"):
                return True
    lemma = fold(trigger.lemma_)
    # "the ministers met in Apia for their annual meeting": meeting nobody in particular, for a gathering
    met_for = lemma in ("meet", "gather", "reunir", "rassembler") and not any(
        c.dep_ in ("dobj", "obj") for c in trigger.children)
    if lemma not in _JOIN_VERBS and lemma not in _HOST_GATHERING_VERBS and not met_for:
        return False
    tokens = list(sent.tokens)
    for k, tok in enumerate(tokens):
        if fold(tok.lower_) not in GATHERINGS or tok == trigger:
            continue
        path, head = [], tok
        while head != trigger and head.head != head and len(path) <= SCOPE_HOPS:
            head = head.head
            path.append(head)
        # "held a meeting with X", "a tenu une séance de travail avec le ministre": talks of two
        if head != trigger or (fold(tok.lower_) in _TALKS_WITH and (_bilateral(tok) or _with_follows(tokens, k))):
            continue
        if any(fold(t.lemma_) in _FRAMES and not (  # "attended the opening of the Forum": being there
                t.head == trigger and t.dep_ in ("dobj", "obj") and lemma in _JOIN_VERBS) for t in path[:-1]):
            continue  # "On the eve of the meeting, X held talks with Y": the gathering only dates them
        preps = {fold(t.lower_) for t in path[:-1] if t.pos_ == "ADP"} | {
            fold(c.lower_) for c in tok.children if c.dep_ == "case"}
        if met_for and not preps & {"for", "pour"}:
            continue
        if lemma in _JOIN_VERBS or preps & {"for", "pour"} or tok.dep_ in ("dobj", "obj"):
            return True
    return False


_FEW_SIDED = frozenset({"bilateral", "trilateral", "bilaterale", "trilaterale", "bilaterales", "trilaterales",
                        "bilateraux", "trilateraux"})


def _bilateral(tok) -> bool:
    return any(c.lower_ in ("bilateral", "bilatéral", "with", "avec") for c in list(tok.children) + [tok.head])


def verbless_item(sent: Sentence, lang: str) -> tuple[str | None, int] | None:
    """'• Wednesday, 10 December – Video call with the Secretary General of the OSCE, X.': an item
    of a dated digest, with no verb, whose meeting word is followed by its guest: (kind, offset)."""
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN",) for t in sent.tokens):
        return None
    nouns = noun_cues(lang)
    for i, tok in enumerate(sent.tokens):
        kind = nouns.get(fold(tok.lemma_)) or nouns.get(tok.lower_)
        if kind is not None and tok.pos_ in ("NOUN", "PROPN") and _with_follows(sent.tokens, i):
            return kind, tok.idx
    return None


def _with_follows(tokens, i: int) -> bool:
    # (or further, as a meal's own complement: "a working breakfast at the UK Mission to the EU with X")
    meal = fold(tokens[i].lemma_) in _MEALS
    return any(t.lower_ in ("with", "avec") and (k < i + 4 or meal and _complement_of(t, tokens[i].i))
               for k, t in enumerate(tokens[i + 1 : i + 16], start=i + 1))


_MEALS = {"breakfast", "lunch", "luncheon", "dinner", "petit-dejeuner", "dejeuner", "diner"}


def _complement_of(tok, head_i: int, hops: int = 4) -> bool:
    """The word hangs from the token at head_i through nouns and prepositions, not another verb."""
    for _ in range(hops):
        if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX") and tok.head.i != head_i:
            return False
        tok = tok.head
        if tok.i == head_i:
            return True
    return False


def _governing_verb(tok):
    head = tok
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head == head:
            return None
        head = head.head
    return None


def _is_past(verb, lang: str) -> bool:
    if lang == "en":
        return verb.tag_ in ("VBD", "VBN")
    tense = verb.morph.get("Tense")
    if "Past" in tense:
        return True
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    return bool(aux) and all("Pres" in a.morph.get("Tense") for a in aux)


_MEETING_OBJECTS = {"talk", "talks", "meeting", "meetings", "call", "conversation", "discussion", "entretien",
                    "entretiens", "réunion", "rencontre", "rencontres", "conference", "conférence", "summit",
                    "sommet", "videoconference", "visioconférence", "échange", "échanges", "consultation",
                    "consultations", "session", "séance", "dialogue", "phone", "telephone", "video", "bilateral",
                    "visit", "visite", "courtesy", "audience", "lunch", "dinner", "déjeuner", "dîner"}


_GUESTS = {"counterpart", "counterparts", "minister", "ministers", "president", "delegation", "delegations",
           "leader", "leaders", "ambassador", "guest", "guests", "colleague", "colleagues", "chancellor",
           "secretary", "chair", "chairperson", "head", "heads", "representative", "representatives",
           "homologue", "homologues", "ministre", "ministres", "président", "présidente", "délégation",
           "délégations", "chef", "chefs", "dirigeant", "dirigeants", "ambassadeur", "représentant",
           "représentants", "secrétaire", "chancelier", "première", "premier", "vice-président",
           "participants", "participant", "allies", "partners", "alliés", "partenaires", "envoy", "envoyé",
           "king", "queen", "prince", "roi", "reine", "emir", "émir", "governor", "mayor", "commissioner",
           "adviser", "advisor", "speaker", "chairman", "chairwoman",
           # (the feminine of the French titles above)
           "ambassadrice", "ambassadrices", "représentante", "représentantes", "dirigeante", "dirigeantes",
           "cheffe", "cheffes", "chancelière", "vice-présidente", "envoyée", "secrétaires", "présidentes",
           "maire", "mairesse", "gouverneur", "gouverneure", "commissaire", "conseiller", "conseillère"}


def _calls_on_someone(tok) -> bool:
    """'called on the President', 'called on Prime Minister X'; not 'called on Russia to withdraw'."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False
    for on in (c for c in tok.children if c.lower_ in ("on", "upon")):  # not "on 16 June"
        obj = next((c for c in on.children if c.dep_ == "pobj"), None)
        if obj is None or any(c.lower_ == "to" and c.dep_ == "aux" for t in obj.subtree for c in t.children):
            continue
        if obj.lower_ in _GUESTS or (obj.pos_ == "PROPN" and any(
                t.lower_ in _GUESTS or t.lower_ in _STYLES or t.ent_type_ == "PERSON" for t in obj.subtree)):
            return True  # "called on the President", "called on His Excellency X", "called on Dr Y"
    return False


# forms of address that stand for a person: "called on His Excellency Sayyid Badr"
_STYLES = {"excellency", "majesty", "highness", "excellence", "majesté", "altesse"}


_CALL_FOR = {"à", "au", "aux", "for", "on", "upon"}


def _calls_for(tok) -> bool:
    """'a appelé à un cessez-le-feu', 'appelait à une approche' (the 'à' under its object),
    'called for restraint', 'called on all sides to'."""
    return any(c.lower_ in _CALL_FOR or (c.dep_.startswith("obl") and any(
        g.dep_ == "case" and g.lower_ in _CALL_FOR for g in c.children)) or (
        # "ont appelé à préserver l'intégrité": a call to do something
        c.pos_ == "VERB" and c.dep_ in ("xcomp", "ccomp", "advcl", "obl") and any(
            g.dep_ == "mark" and g.lower_ in ("à", "a") for g in c.children)) for c in tok.children)


_RELATIVES = {"which", "that", "what", "it", "this", "these", "those"}


def _names_a_thing(tok) -> bool:
    """'called the plan a success', 'which he called "historic"': calling something by a name,
    not calling someone."""
    if any(c.dep_ == "oprd" for c in tok.children):
        return True
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return any(o.lower_ in _RELATIVES or (o.pos_ == "NOUN" and o.lower_ not in _GUESTS) for o in objects)


def _welcomes_a_thing(tok) -> bool:
    """'welcomed the reform momentum', not 'welcomed the Prime Minister' or 'welcomed him'."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return False
    obj = objects[0]
    if obj.pos_ in ("PROPN", "PRON"):
        return False
    for t in tok.doc[tok.i + 1 : tok.i + 8]:
        if t.pos_ in ("VERB", "AUX"):
            break
        if fold(t.lemma_) in _MEETING_OBJECTS or t.lower_ in _MEETING_OBJECTS:
            # "a accueilli les troisièmes Rencontres des maires", "a accueilli mardi à Papeete la
            # réunion annuelle", "hosted the summit": a gathering
            return False
    if obj.pos_ == "NOUN":  # the head says: "the new Nordic Warden operation" is a thing
        return obj.lower_ not in _GUESTS
    return not any(t.pos_ == "PROPN" or t.lower_ in _GUESTS for t in obj.subtree)


def _object_is_meeting(tok, lang: str) -> bool:
    if tok.dep_ in ("acl:relcl", "relcl") and (
            tok.head.lower_ in _MEETING_OBJECTS or fold(tok.head.lemma_) in _MEETING_OBJECTS):
        return True  # "la visioconférence que le Gouverneur a tenue mardi avec ...": the noun it relates to
    for c in tok.subtree:
        if c.lower_ in _MEETING_OBJECTS or fold(c.lemma_) in _MEETING_OBJECTS:
            return True
    return False


def people_in(sent: Sentence, people: list[Person], loose_roles: list[RoleMention], quotes: list[tuple[int, int]],
              home: str | None = None):
    """Who a sentence names: full names, surnames and bare titles, outside quotations; `home` is
    the publisher's country, whose own leader a bare "Head of State" names."""
    found: list[tuple[int, Person]] = []
    sent.by_title = set()
    sent.unnamed_roles = []
    for p in people:
        for m in p.mentions:
            if sent.start <= m.start < sent.end and not _in_quote(m.start, quotes):
                found.append((m.start, p))
                break
    chained = {id(r) for a, r in zip(loose_roles, loose_roles[1:], strict=False)
               if re.fullmatch(r"[ ]+(?:and|et)[ ]+", sent_text_between(sent, a.end, r.start) or "x")}
    for r in loose_roles:
        if id(r) in chained:
            continue  # "HE the Prime Minister and Minister of Foreign Affairs": one person, two offices
        if sent.start <= r.start < sent.end and not _in_quote(r.start, quotes):
            if _CAPACITY.search(sent.text, 0, r.start - sent.start):
                continue  # "X, en sa qualité de président du Conseil": X's own office, nobody else
            if _TITLE_NAMES_A_PLACE.match(sent.text, r.end - sent.start):
                continue  # "welcomed from the Speaker's chair", "at the President's Office": a place
            p = resolve_title(r, people, r.start, exclude=[q for _, q in found], home=home)
            if p is None:
                sent.unnamed_roles.append(r)
            elif all(p is not q for _, q in found):
                found.append((r.start, p))
                if not (r.country or r.org):  # "le maire de Marseille" says which mayor; "le maire" does not
                    sent.by_title.add(id(p))
    found.sort(key=lambda x: x[0])
    return found


def sent_text_between(sent: Sentence, a: int, b: int) -> str | None:
    """The sentence's text from offset a to b, or None when they lie outside it."""
    return sent.text[a - sent.start : b - sent.start] if sent.start <= a <= b <= sent.end else None


_TITLE_NAMES_A_PLACE = re.compile(r"['’]s[ ]+(?:[a-z]+[ ]+)?(?:chair|gallery|office|room|hall|residence|lodge|desk|"
                                  r"podium|rostrum|box|palace|house|building|garden)s?\b", re.I)
_CAPACITY = re.compile(r"\b(?:en\s+sa\s+qualité\s+de|en\s+qualité\s+de|in\s+(?:his|her|its|their)\s+capacity\s+as|"
                       r"à\s+titre\s+de)\s*(?:the\s+|le\s+|la\s+|l['’]\s*)?\Z", re.I)


def quotations(text: str) -> list[tuple[int, int]]:
    spans = []
    for mo in re.finditer(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"", text):
        spans.append((mo.start(), mo.end()))
    return spans


def _in_quote(pos: int, quotes) -> bool:
    return any(a <= pos < b for a, b in quotes)
