"""Tell a text's language from its script and its function words.

Latin and Cyrillic texts are scored against short lists of each language's commonest function words
(data/stopwords.csv): the language whose words make the largest share of the text wins, if it
leads clearly. Other scripts name their language directly (Greek, Arabic, Hebrew, CJK...). No
model, no network: a few milliseconds for a page.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
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
LANGUAGE_SAMPLE_WORDS = 1000
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
    rows = [line for line in FUNCTION_WORDS_FILE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {row["lang"]: frozenset(row["words"].split()) for row in csv.DictReader(rows)}


# Letters of each script; the script with the most letters in a sample of the text wins.
SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "cyrillic": re.compile(r"[\u0400-\u052f]"),
    "el": re.compile(r"[\u0370-\u03ff]"),
    "ar": re.compile(r"[\u0600-\u077f\ufb50-\ufeff]"),
    "he": re.compile(r"[\u0590-\u05ff]"),
    "hi": re.compile(r"[\u0900-\u097f]"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
    "ka": re.compile(r"[\u10a0-\u10ff]"),
    "hy": re.compile(r"[\u0530-\u058f]"),
    "ko": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"),
    "ja": re.compile(r"[\u3040-\u30ff]"),
    "zh": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"),
}
SCRIPT_SAMPLE_CHARS = 5000
LETTER = re.compile(r"[^\W\d_]")


def _script(text: str) -> str | None:
    """The script most letters of the text are written in ("latin", "cyrillic"), or the language
    that a script settles by itself ("el", "ar", "zh"...); None when the text has no letters."""
    sample = text[:SCRIPT_SAMPLE_CHARS]
    if sample.isascii():
        return "latin" if re.search("[A-Za-z]", sample) else None
    letters = len(LETTER.findall(sample))
    if len(SCRIPTS["latin"].findall(sample)) > letters / 2:
        return "latin"
    counts = {script: len(pattern.findall(sample)) for script, pattern in SCRIPTS.items()}
    top = max(counts, key=lambda s: counts[s])
    if counts[top] == 0:
        return "other" if any(c.isalpha() for c in sample) else None
    if top == "zh" and counts["ja"] > 0.05 * counts["zh"]:
        return "ja"
    if top == "ar" and re.search("[پچژگ]", sample):
        return "fa"
    return top


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language from its script and stopword profile, "und" if unsure."""
    script = _script(text)
    if script is None or script == "other":
        return "und"
    if script not in ("latin", "cyrillic"):
        return script
    words = WORD.findall(text[: 20 * LANGUAGE_SAMPLE_WORDS])[:LANGUAGE_SAMPLE_WORDS]
    if len(words) < MIN_LANGUAGE_WORDS:
        return "und"
    counts = Counter(w.lower() for w in words)
    profiles = function_words()
    candidates = [c for c in profiles if (c in CYRILLIC_LANGUAGES) == (script == "cyrillic")]
    shares = sorted(((sum(counts[w] for w in profiles[c]) / len(words), c) for c in candidates), reverse=True)
    (best, language), (second, _) = shares[0], shares[1]
    if best < MIN_STOPWORD_SHARE or best < LANGUAGE_MARGIN * second:
        return "ru" if script == "cyrillic" and best > 0 else "und"
    return language
