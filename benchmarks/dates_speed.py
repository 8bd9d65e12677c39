"""How fast graph.dates.find_dates reads sentences: prints sentences per second.

Sentences come from the development corpus (shared/corpus/releases, HTML tags stripped) when it is
there, else from a small built-in set. Run: .venv/bin/python benchmarks/dates_speed.py [rounds]
"""

from __future__ import annotations

import re
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.dates import find_dates  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "releases"
FALLBACK = [
    "Ce lundi (18 novembre 2024), le secrétaire général s'est entretenu avec le premier ministre roumain.",
    "NATO Secretary General welcomed the Prime Minister to NATO Headquarters on Friday (14 September).",
    "Le lendemain, il s'est entretenu avec le ministre de la Défense, qui porte ses dépenses à 3 % du PIB.",
    "The following day, the Secretary General was in Belgrade for talks with the President of Serbia.",
    "Allies agreed in 2014 to spend 2% of GDP on defence within a decade, the Minister recalled.",
]


def sentences() -> list[str]:
    if not CORPUS.is_dir():
        return FALLBACK
    found = []
    for path in sorted(CORPUS.iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        text = re.sub(r"(?s)<(script|style)\b.*?</\1>|<[^>]+>", " ", text)
        for line in text.splitlines():
            found += [s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if len(s) > 20]
    return found or FALLBACK


def main(rounds: int = 5) -> None:
    items = sentences()
    anchor = date(2025, 1, 15)
    find_dates("warm-up: compile the expression on 1 January 2025", "en", anchor)
    start = time.perf_counter()
    mentions = 0
    for _ in range(rounds):
        for sentence in items:
            mentions += len(find_dates(sentence, "fr", anchor))
    elapsed = time.perf_counter() - start
    calls = rounds * len(items)
    mean_chars = sum(map(len, items)) / len(items)
    print(
        f"{len(items)} sentences (mean {mean_chars:.0f} chars) x {rounds} rounds, "
        f"{mentions // rounds} mentions"
    )
    print(f"{calls / elapsed:,.0f} sentences/s, {elapsed / calls * 1000:.3f} ms per sentence")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
