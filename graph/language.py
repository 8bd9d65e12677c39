"""Tell a text's language from its script and its function words.

Latin and Cyrillic texts are scored against short lists of each language's commonest function words
(data/stopwords.csv): the language whose words make the largest share of the text wins, if it
leads clearly. Other scripts name their language directly (Greek, Arabic, Hebrew, CJK...). No
model, no network: a few milliseconds for a page.
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from pathlib import Path

FUNCTION_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "stopwords.csv"
# jusText's stoplists for the languages recognised (data/stopwords.csv), by ISO 639-1 code.
STOPLISTS = dict(
    item.split(":")
    for item in (
        "en:English fr:French de:German es:Spanish it:Italian pt:Portuguese nl:Dutch pl:Polish"
        " ro:Romanian sv:Swedish da:Danish cs:Czech ru:Russian uk:Ukrainian bg:Bulgarian"
    ).split()
)
CYRILLIC_LANGUAGES = ("ru", "uk", "bg")
MIN_LANGUAGE_WORDS = 3
MIN_STOPWORD_SHARE = 0.1
LANGUAGE_MARGIN = 1.2
LANGUAGE_SAMPLE_WORDS = 3000
WORD = re.compile(r"[^\W\d_]+")


@cache
def stoplist(language: str) -> frozenset[str] | None:
    """jusText's stopwords of a language, for telling prose from boilerplate (None: none here)."""
    import justext

    if language == "und":
        return stoplist("en") | stoplist("fr")  # type: ignore[operator]
    name = STOPLISTS.get(language)
    return frozenset(justext.get_stoplist(name)) if name else None


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Each language's commonest function words (data/stopwords.csv), for telling languages apart:
    jusText's Wikipedia-made lists share too many words ("the" is in several) for short texts."""
    rows = [
        line
        for line in FUNCTION_WORDS_FILE.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    return {row["lang"]: frozenset(row["words"].split()) for row in csv.DictReader(rows)}


def _script(text: str) -> str | None:
    """The language a non-Latin, non-Cyrillic script settles (or None)."""
    counts: dict[str, int] = {}
    letters = 0
    for char in text[:20000]:
        if not char.isalpha():
            continue
        letters += 1
        code = ord(char)
        if code < 0x250 or 0x1E00 <= code < 0x1F00:
            script = "latin"
        elif 0x400 <= code < 0x530:
            script = "cyrillic"
        elif 0x370 <= code < 0x400:
            script = "el"
        elif 0x600 <= code < 0x780 or 0xFB50 <= code < 0xFF00:
            script = "ar"
        elif 0x590 <= code < 0x600:
            script = "he"
        elif 0x900 <= code < 0x980:
            script = "hi"
        elif 0xE00 <= code < 0xE80:
            script = "th"
        elif 0x10A0 <= code < 0x1100:
            script = "ka"
        elif 0x530 <= code < 0x590:
            script = "hy"
        elif 0xAC00 <= code < 0xD7B0 or 0x1100 <= code < 0x1200:
            script = "ko"
        elif 0x3040 <= code < 0x3100:
            script = "ja"
        elif 0x4E00 <= code < 0xA000 or 0x3400 <= code < 0x4DC0:
            script = "zh"
        else:
            script = "other"
        counts[script] = counts.get(script, 0) + 1
    if not letters:
        return None
    top = max(counts, key=lambda s: counts[s])
    if top == "zh" and counts.get("ja", 0) > 0.05 * letters:
        return "ja"
    if top == "ar" and re.search("[پچژگ]", text[:20000]):
        return "fa"
    return top


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language from its script and stopword profile, "und" if unsure."""
    script = _script(text)
    if script is None or script == "other":
        return "und"
    if script not in ("latin", "cyrillic"):
        return script
    words = [w.lower() for w in WORD.findall(text[:200000])][:LANGUAGE_SAMPLE_WORDS]
    if len(words) < MIN_LANGUAGE_WORDS:
        return "und"
    profiles = function_words()
    candidates = [c for c in profiles if (c in CYRILLIC_LANGUAGES) == (script == "cyrillic")]
    shares = sorted(
        ((sum(1 for w in words if w in profiles[c]) / len(words), c) for c in candidates), reverse=True
    )
    (best, language), (second, _) = shares[0], shares[1]
    if best < MIN_STOPWORD_SHARE or best < LANGUAGE_MARGIN * second:
        return "ru" if script == "cyrillic" and best > 0 else "und"
    return language
