"""Word tokens with offsets, and a phrase matcher over them for the tables in data/.

Matching is case- and accent-insensitive and works on whole words: "Premier ministre",
"première ministre" and "PREMIER MINISTRE" all match the form "premier ministre". The matcher is a
trie over normalised tokens, so one pass over a sentence finds every phrase of a table.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"})


def fold(text: str) -> str:
    """Casefolded, accents removed, apostrophes unified: the form every comparison uses."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Token:
    norm: str
    start: int
    end: int
    text: str
    after_stop: bool = False  # a sentence ends between the previous token and this one

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """fold() of one word, cached: the words of releases repeat."""
    return fold(word)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word tokens (letters/digits runs) with character offsets into the text."""
    out: list[Token] = []
    prev_end = 0
    for m in _WORD.finditer(text):
        word = m.group()
        stop = bool(out) and _ends_sentence(text[prev_end : m.start()], out[-1].text)
        out.append(Token(fold_word(word), m.start() + offset, m.end() + offset, word, stop))
        prev_end = m.end()
    return out


_STOP = re.compile(r"[.!?]+[\s\"'”’»)\]]*\s|\n")


def _ends_sentence(gap: str, before: str) -> bool:
    """'... Ukraine's defence. Minister Braže ...': no phrase (a title, a country) runs across a
    sentence's end or a line break; an initial or abbreviation ('U.S. Secretary') is no end."""
    if "\n" in gap:
        return True
    return bool(_STOP.match(gap)) and not (len(before) <= 2 and before[:1].isupper())


def norm_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(phrase))


@dataclass(frozen=True)
class Match:
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    value: object  # what the table says about the phrase


class PhraseMatcher:
    """Longest-match lookup of multi-word phrases in a token list."""

    def __init__(self) -> None:
        self._root: dict = {}

    def add(self, phrase: str | tuple[str, ...], value: object) -> None:
        toks = norm_tokens(phrase) if isinstance(phrase, str) else phrase
        if not toks:
            return
        node = self._root
        for t in toks:
            node = node.setdefault(t, {})
        node.setdefault(None, []).append(value)

    def longest_at(self, tokens: list[Token], i: int) -> tuple[int, list] | None:
        """(index of the last token, values) of the longest phrase starting at token i."""
        node, best = self._root, None
        j = i
        while j < len(tokens):
            if j > i and tokens[j].after_stop:
                break
            node = node.get(tokens[j].norm)
            if node is None:
                break
            if None in node:
                best = (j, node[None])
            j += 1
        return best

    def find(self, tokens: list[Token]) -> Iterator[Match]:
        """Non-overlapping longest matches, left to right."""
        i = 0
        while i < len(tokens):
            hit = self.longest_at(tokens, i)
            if hit is None:
                i += 1
                continue
            last, values = hit
            for v in values:
                yield Match(i, last, v)
            i = last + 1


def read_table(name: str) -> list[dict[str, str]]:
    """A CSV table of data/, '#' lines being comments."""
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


@cache
def word_list(name: str, column: str = "form", **where: str) -> frozenset[str]:
    """The folded forms of one column of a table, filtered on other columns."""
    return frozenset(
        " ".join(norm_tokens(r[column]))
        for r in read_table(name)
        if all(r.get(k) == v for k, v in where.items())
    )


def any_in(tokens: Iterable[Token], words: frozenset[str]) -> bool:
    return any(t.norm in words for t in tokens)
