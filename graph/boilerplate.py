"""Keep a scraped page's own text and drop its site boilerplate, line by line.

Text saved from a web page holds the release between menus, cookie and newsletter notices, share
buttons, tag lists and footers. Each line is classed, in the manner of jusText (stopword density and
length), with two signals of our own:

- web-interface vocabulary (data/boilerplate.csv: cookies, passwords, newsletters, "click",
  "download", social networks...), weighed against the line's length, plus the reader addressed
  as "you" / "vous" and French imperatives ("inscrivez", "cliquez");
- navigation shapes: link lists joined by "|", ">" or "›", bare labels ("Home", "Menu"), the
  headings of tag and related-link lists ("Tags", "Keywords", "Voir aussi") and the short lines
  under them.

Classes: GOOD (prose: long, ends as a sentence, with stopwords), BAD (boilerplate), DATE (a short
line with a full date), SHORT (anything else: headlines, labels, names). Repeated lines are kept
once. The body is the run of lines around the GOOD lines with the most prose, cut where two BAD
lines meet (a menu, a footer). Within it, all but BAD lines are kept (sub-headings, "Quick facts");
after it, short closing sentences and the items of a list its last line announces ("Programme :");
above it, the headline (the wordiest line near the body) and the datelines.

Hard-wrapped text (wire copy, mail) is unwrapped first, so that its paragraphs read as prose.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graph.pubdate import find_dates, fold, month_names

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "boilerplate.csv"

GOOD, SHORT, BAD, DATE = "good", "short", "bad", "date"

# jusText's defaults are 70 characters and a stopword density of 0.30 with its (large) stoplists.
MIN_PROSE_CHARS = 60
MIN_PROSE_WORDS = 8
MIN_STOPWORD_DENSITY = 0.25
# A line is boilerplate when its web-interface weight reaches 1 per this many words.
WORDS_PER_UI_POINT = 30
# Lines that separate two parts of a page: this many BAD lines in a row end the body.
BREAK_RUN = 2
# A part of the page apart from the main body is kept when it has this share of the body's prose.
SECOND_PART_SHARE = 0.5
# How far above the body the title may stand (lines that are not boilerplate).
TITLE_REACH = 6
# Items of a list announced at the end of the body ("Programme:") that are taken in, at most.
MAX_LIST_ITEMS = 30

WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Link-list separators surrounded by spaces: "Home | News", "Accueil > Presse", "Home › Press".
NAV_SEPARATOR = re.compile(r"\s(?:\||>|›|»|/|•|·|\\)\s")
SECOND_PERSON = re.compile(r"(?<!\w)(?:you|your|yours|vous|votre|vos)(?!\w)")
# French second-person plural verbs, the voice of forms and buttons: "inscrivez-vous", "cliquez".
FRENCH_IMPERATIVE = re.compile(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ]{2,}ez(?!\w)")
NOT_IMPERATIVE = {"chez", "assez"}
# How a paragraph of prose ends (a headline, a label or a link has no such end).
PROSE_END = re.compile(r"(?:[.!?…:;][\"”»)\s]*|[\"”»]\s*)$")
# The end of a written sentence (not of a label ending in ":").
FINAL_STOP = re.compile(r"[.!?…][\"”»)\s]*$")
# A line that is only a link: a URL, or Markdown links with little text around them.
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
MARKDOWN_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DOMAIN = re.compile(r"(?<![\w@.])[\w-]+\.(?:gov|int|org|com|net|eu|uk|gc\.ca|fr|be|de)(?![\w])")


# Hard-wrapped text (mail, wire copy, text from PDF): lines cut at a fixed width, paragraphs apart.
WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 50, 100
WRAP_MIN_LINES = 8


def unwrap(raw_lines: list[str]) -> list[str]:
    """Join the lines of hard-wrapped paragraphs; other text is returned as it is. `raw_lines` are
    stripped lines where "" marks a blank line; the result has no blank lines."""
    lengths = sorted(len(line) for line in raw_lines if len(line) >= 20)
    if len(lengths) < WRAP_MIN_LINES:
        return [line for line in raw_lines if line]
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near_width = [line for line in raw_lines if 0.75 * width <= len(line) <= width]
    cut = sum(1 for line in near_width if not FINAL_STOP.search(line))
    # hard-wrapped text is mostly lines of about one width, many of them cut mid-sentence
    if (not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH or cut < 0.4 * len(near_width)
            or len(near_width) < 0.5 * len(lengths)):
        return [line for line in raw_lines if line]
    joined: list[str] = []
    open_paragraph = False
    for line in raw_lines:
        if not line:
            open_paragraph = False
            continue
        if open_paragraph:
            joined[-1] = (
                joined[-1][:-1] + line if joined[-1].endswith("-") and line[:1].islower() else f"{joined[-1]} {line}"
            )
        else:
            joined.append(line)
        open_paragraph = len(line) >= 0.6 * width
    return joined


@dataclass(frozen=True)
class Lexicon:
    ui: list[tuple[re.Pattern[str], float]]
    lines: frozenset[str]
    headings: frozenset[str]
    heading_prefix: re.Pattern[str]
    published: re.Pattern[str]
    updated: re.Pattern[str]


def _alternation(phrases: list[str]) -> str:
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        if phrase.endswith("*"):
            parts.append(re.escape(phrase[:-1]) + r"[\w'-]*")
        else:
            parts.append(re.escape(phrase))
    return r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])" if parts else r"(?!x)x"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    rows = [line for line in DATA_FILE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    by_kind: dict[str, dict[float, list[str]]] = {}
    for row in csv.DictReader(rows):
        phrase = fold(row["phrase"].strip())
        by_kind.setdefault(row["kind"], {}).setdefault(float(row["weight"]), []).append(phrase)
    ui = [(re.compile(_alternation(p)), w) for w, p in by_kind.get("ui", {}).items()]

    def flat(kind: str) -> list[str]:
        return [p for group in by_kind.get(kind, {}).values() for p in group]

    headings = flat("heading")
    return Lexicon(
        ui=ui,
        lines=frozenset(flat("line")),
        headings=frozenset(headings),
        heading_prefix=re.compile(r"^(?:" + _alternation(headings) + r")\s*:"),
        published=re.compile(r"^\W*" + _alternation(flat("published"))),
        updated=re.compile(_alternation(flat("updated"))),
    )


def ui_weight(line: str, folded: str) -> float:
    """How much the line speaks the language of web interfaces."""
    weight = sum(len(pattern.findall(folded)) * w for pattern, w in lexicon().ui)
    weight += 0.3 * len(SECOND_PERSON.findall(folded))
    weight += 0.5 * sum(1 for verb in FRENCH_IMPERATIVE.findall(line) if verb not in NOT_IMPERATIVE)
    weight += len(EMAIL.findall(line)) + 0.5 * len(DOMAIN.findall(line))
    return weight


def bare(folded: str) -> str:
    return folded.strip(" \t:>›|-–—.•·*#")


def is_list_heading(folded: str) -> bool:
    lex = lexicon()
    return bare(folded) in lex.headings or bool(lex.heading_prefix.match(folded))


def is_published_line(folded: str) -> bool:
    return bool(lexicon().published.match(folded))


def is_updated_line(folded: str) -> bool:
    return bool(lexicon().updated.search(folded))


@dataclass
class Line:
    text: str
    kind: str
    words: int
    prose_chars: int  # characters of prose: what a part of the page is weighed by
    listed: bool = False  # boilerplate only as an item of a list ("Related", "Lire aussi")

    @property
    def own_kind(self) -> str:
        """The line's class from its own words: a listed line may still be a title or a dateline."""
        return (
            DATE
            if self.listed and find_dates(self.text) and self.words <= 14
            else (SHORT if self.listed else self.kind)
        )


def classify(text: str, stopwords: frozenset[str] | None) -> Line:
    """Class one line of a page: GOOD, BAD, DATE or SHORT."""
    folded = fold(text)
    words = WORD.findall(folded)
    n = len(words)
    if bare(folded) in lexicon().lines or is_list_heading(folded):
        return Line(text, BAD, n, 0)
    if ui_weight(text, folded) >= max(1.0, n / WORDS_PER_UI_POINT):
        return Line(text, BAD, n, 0)
    if URL_LINE.match(text) or len(MARKDOWN_LINK.sub("", text).strip(" |*-•·,")) < 0.3 * len(text):
        return Line(text, BAD, n, 0)
    separators = len(NAV_SEPARATOR.findall(text))
    if separators >= 2 and _table_row(text):
        return Line(text, SHORT, n, 0)  # a row of the release's own table ("Tue 18 Nov 2025 | Nairobi | ...")
    # a dateline, not a sentence that happens to hold a date ("The next Council meets on 17 May.")
    dated = n <= 14 and not (n >= 6 and FINAL_STOP.search(text)) and bool(find_dates(text))
    if separators >= 2 or (separators == 1 and n <= 12 and not dated and not PROSE_END.search(text)):
        return Line(text, BAD, n, 0)
    if dated:
        return Line(text, DATE, n, 0)
    # prose is long, ends as a sentence does and, in a language with a stoplist, has stopwords
    if len(text) >= MIN_PROSE_CHARS and (n >= MIN_PROSE_WORDS or stopwords is None) and PROSE_END.search(text):
        if stopwords is None or sum(1 for w in words if w in stopwords) / max(1, n) >= MIN_STOPWORD_DENSITY:
            return Line(text, GOOD, n, len(text))
    return Line(text, SHORT, n, 0)


def _table_row(text: str) -> bool:
    """A row of a table in the body: its first cell a day's date, some cell several words long (a
    menu's cells are one or two words; "English | Français" has no date)."""
    cells = [c.strip() for c in text.split("|")]
    if len(cells) < 3 or not cells[0] or len(cells[0]) > 30:
        return False
    return bool(find_dates(cells[0])) and max(len(WORD.findall(c)) for c in cells) >= 4


def _mark_table_heads(lines: list[Line]) -> None:
    """A table's header row ("Date | City | Meeting | Venue") belongs with the rows under it."""
    for i, line in enumerate(lines):
        if line.kind != BAD or len(NAV_SEPARATOR.findall(line.text)) < 2:
            continue
        below = next((x for x in lines[i + 1 :] if x.text.strip()), None)
        if below is not None and below.kind == SHORT and _table_row(below.text):
            line.kind = SHORT


@dataclass
class Layout:
    """A page's lines, their classes and where its body lies."""

    lines: list[Line]
    body_start: int = 0  # index of the first body line (a GOOD line)
    body_end: int = 0  # index past the last body line
    title_index: int | None = None
    datelines: list[int] = field(default_factory=list)  # date lines kept above the body
    kept: list[int] = field(default_factory=list)  # indexes of the lines that make the text

    @property
    def title(self) -> str | None:
        return None if self.title_index is None else self.lines[self.title_index].text

    @property
    def text(self) -> str:
        return "\n".join(self.lines[i].text for i in self.kept)


def _mark_lists(lines: list[Line]) -> None:
    """The lines under a list heading ("Tags", "Related links") belong to the list, up to the first
    sentence: tags and related headlines have no final stop."""
    in_list = False
    for line in lines:
        if line.kind == BAD and is_list_heading(fold(line.text)):
            in_list = True
        elif in_list and line.kind == GOOD and FINAL_STOP.search(line.text):
            in_list = False
        elif in_list:
            line.listed = line.kind != BAD
            line.kind = BAD
            line.prose_chars = 0


def _mark_repeats(lines: list[Line]) -> None:
    """Lines printed more than once are kept once. Prose keeps its first copy (a paragraph echoed
    further down the page), other lines their last one (a page title echoed by the headline above
    the body)."""
    copies: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        copies.setdefault(fold(line.text), []).append(i)
    for indexes in copies.values():
        if len(indexes) < 2:
            continue
        dropped = indexes[1:] if lines[indexes[0]].kind == GOOD else indexes[:-1]
        for i in dropped:
            lines[i].kind, lines[i].prose_chars = BAD, 0


def _parts(lines: list[Line]) -> list[tuple[int, int]]:
    """Spans of the page between runs of BREAK_RUN or more BAD lines."""
    parts: list[tuple[int, int]] = []
    start, run = 0, 0
    for i, line in enumerate(lines):
        if line.kind == BAD:
            run += 1
            if run == BREAK_RUN:
                if i - run + 1 > start:
                    parts.append((start, i - run + 1))
            continue
        if run >= BREAK_RUN:
            start = i
        run = 0
    if run < BREAK_RUN and start < len(lines):
        parts.append((start, len(lines)))
    return parts


def _trim(lines: list[Line], start: int, end: int) -> tuple[int, int] | None:
    """Narrow a part to its first and last GOOD lines."""
    good = [i for i in range(start, end) if lines[i].kind == GOOD]
    return (good[0], good[-1] + 1) if good else None


def _headline_words(text: str) -> int:
    """Words of a line that are not part of a date."""
    return sum(1 for w in WORD.findall(fold(text)) if w not in month_names())


def _extend(lines: list[Line], end: int) -> int:
    """Take in what closes a body: short sentences ("They agreed to stay in close contact.") and
    the items of a list that its last line announces ("Programme:")."""
    while end < len(lines):
        line = lines[end]
        if line.kind == SHORT and line.words >= 2 and FINAL_STOP.search(line.text):
            end += 1
        elif end == len(lines) - 1 and line.kind == SHORT and line.words >= MIN_PROSE_WORDS:
            end += 1  # the last words of a truncated file: a paragraph cut short
        elif line.kind != BAD and line.text.endswith(":") and end + 1 < len(lines) and lines[end + 1].kind != BAD:
            limit = end + 1 + MAX_LIST_ITEMS
            end += 1
            while end < min(len(lines), limit) and lines[end].kind != BAD:
                end += 1
        else:
            break
    return end


def _title_window(lines: list[Line], body_start: int) -> list[int]:
    """The lines above the body where its title and dateline stand, nearest first: up to
    TITLE_REACH lines that are not boilerplate (share buttons may sit between title and body; a
    "Read also" list may end just above the title), up to a breadcrumb or another part's prose."""
    window: list[int] = []
    for i in range(body_start - 1, max(-1, body_start - 1 - 3 * TITLE_REACH), -1):
        line = lines[i]
        if line.kind == GOOD or len(window) >= TITLE_REACH:
            break
        if line.kind == BAD and not line.listed:
            if len(NAV_SEPARATOR.findall(line.text)) >= 2 and not _share_bar(line.text) and not _DATED_META.match(
                    line.text):
                break  # a menu or breadcrumb: the page's head (not "2025-09-24 | Media Office | Views 412")
            continue
        window.append(i)
    return window


_DATED_META = re.compile(r"\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*\|")
_SHARE_WORDS = frozenset({"share", "partager", "partagez", "print", "imprimer", "email", "e-mail", "mail", "courriel",
                          "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "bluesky", "threads",
                          "instagram", "youtube", "flickr", "messenger", "pdf", "envoyer", "copy", "copier"})


def _share_bar(text: str) -> bool:
    """"Share: Facebook | X | WhatsApp | Email", "Print | Email | Share": the buttons between a
    headline and its text, not a menu above it."""
    parts = [p.strip().rstrip(":").lower() for p in re.split(r"\s(?:\||•|·)\s|:\s", text) if p.strip()]
    return bool(parts) and all(p and p.split()[0] in _SHARE_WORDS and len(p.split()) <= 2 for p in parts)


def _find_title(lines: list[Line], window: list[int]) -> int | None:
    """The headline: the line of the window with the most words (dates aside), a word less for
    each line between it and the body, and one less for a line with a date (a dateline names a
    place and an office; a headline with a date is still the wordiest)."""
    best, best_score = None, 2.0
    for distance, i in enumerate(window):
        line = lines[i]
        words = _headline_words(line.text)
        if line.text.endswith(":") or words <= 2:
            continue
        score = words - distance - (1 if line.own_kind == DATE else 0)
        if score > best_score:
            best, best_score = i, score
    return best


def _datelines(lines: list[Line], window: list[int], title: int | None) -> list[int]:
    """The date lines of the window, but those of a list (related items) only below the title."""
    return [
        i
        for i in window
        if i != title and lines[i].own_kind == DATE and (not lines[i].listed or (title is not None and i > title))
    ]


def layout(raw_lines: list[str], stopwords: frozenset[str] | None) -> Layout:
    """Class the lines of a page and choose the ones that make its text."""
    lines = [classify(text, stopwords) for text in raw_lines]
    _mark_table_heads(lines)
    _mark_repeats(lines)
    _mark_lists(lines)
    page = Layout(lines)
    spans = [span for span in (_trim(lines, s, e) for s, e in _parts(lines)) if span]
    if not spans:
        return page

    def prose(span: tuple[int, int]) -> int:
        return sum(lines[i].prose_chars for i in range(*span))

    spans = [(start, _extend(lines, end)) for start, end in spans]
    main = max(spans, key=prose)
    chosen = [s for s in spans if s == main or prose(s) >= SECOND_PART_SHARE * prose(main)]
    page.body_start, page.body_end = chosen[0][0], chosen[-1][1]
    window = _title_window(lines, page.body_start)
    page.title_index = _find_title(lines, window)
    kept: set[int] = set()
    for start, end in chosen:
        kept.update(i for i in range(start, end) if lines[i].kind != BAD)
    # above the body: the title and its datelines
    page.datelines = _datelines(lines, window, page.title_index)
    kept.update(page.datelines)
    if page.title_index is not None:
        kept.add(page.title_index)
    page.kept = sorted(kept)
    return page
