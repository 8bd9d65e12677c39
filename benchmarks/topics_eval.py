"""Score the topic classifier (graph/topics.py) on the annotated corpus, and time it.

    .venv/bin/python benchmarks/topics_eval.py            figures
    .venv/bin/python benchmarks/topics_eval.py -v         and every release's misses and extras
    .venv/bin/python benchmarks/topics_eval.py --speed    and sentences per second

Until meeting extraction gives each meeting's sentences, two proxies:
- release level: the topics found in all the body sentences of a release against the union of
  its gold meetings' topics (a release without meetings expects no topic);
- meeting level: the same, on releases that report exactly one meeting.
"release/with-meetings" leaves out the releases that report no meeting (announcements, statements),
where every topic found counts as an error until meeting extraction says there is no meeting.
Counts are micro-averaged over releases. HELD_OUT (every third corpus file, fixed before any cue
was written) is never looked at while curating cues, so its figures estimate how the scheme does
on releases it has not seen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.topics import classify, load_scheme, split_sentences  # noqa: E402

CORPUS = Path(os.environ.get("DIPLOGRAPH_CORPUS", ROOT.parent / "shared" / "corpus"))

HELD_OUT = frozenset(
    """en-003 en-006 en-009 en-012 en-015 en-018 en-021 fr-002 fr-005 fr-008 fr-011 fr-014 fr-017
    fr-020 seed-fr-000""".split()
)


@dataclass
class Case:
    stem: str
    language: str
    text: str
    meetings: list[set[str]]

    @property
    def expected(self) -> set[str]:
        return set().union(*self.meetings) if self.meetings else set()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    per_topic: Counter = field(default_factory=Counter)  # (topic, "tp"|"fp"|"fn") -> count

    def add(self, predicted: set[str], expected: set[str]) -> None:
        for t in predicted & expected:
            self.tp += 1
            self.per_topic[t, "tp"] += 1
        for t in predicted - expected:
            self.fp += 1
            self.per_topic[t, "fp"] += 1
        for t in expected - predicted:
            self.fn += 1
            self.per_topic[t, "fn"] += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        counts = f"(tp {self.tp}, fp {self.fp}, fn {self.fn})"
        return f"{name:<22} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  {counts}"


def read_text(path: Path) -> tuple[str, str | None]:
    """The release's own text (the project's reader, which drops site boilerplate), or the raw file."""
    try:
        from graph.read import read_release

        release = read_release(str(path))
        return release.text, release.language
    except Exception:  # the reader is another stage, still moving: fall back to the raw text
        return path.read_text(encoding="utf-8", errors="replace"), None


def load_cases(corpus: Path = CORPUS) -> list[Case]:
    cases = []
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text, language = read_text(corpus / "releases" / gold["file"])
        meetings = [set(m.get("topics") or []) for m in gold["meetings"]]
        cases.append(Case(gold_path.stem, gold.get("language") or language or "en", text, meetings))
    return cases


def predict(case: Case, scheme=None) -> list:
    return classify(split_sentences(case.text), case.language, scheme)


def evaluate(cases: list[Case], scheme=None) -> dict[str, Score]:
    """Scores by split: release level (all, dev, held-out) and meeting level (one-meeting releases)."""
    scores = {
        k: Score()
        for k in (
            "release/all",
            "release/dev",
            "release/held-out",
            "release/with-meetings",
            "meeting/all",
            "meeting/dev",
            "meeting/held-out",
        )
    }
    for case in cases:
        predicted = {a.topic for a in predict(case, scheme)}
        split = "held-out" if case.stem in HELD_OUT else "dev"
        for level in ("release",) + (("meeting",) if len(case.meetings) == 1 else ()):
            scores[f"{level}/all"].add(predicted, case.expected)
            scores[f"{level}/{split}"].add(predicted, case.expected)
        if case.meetings:
            scores["release/with-meetings"].add(predicted, case.expected)
    return scores


def per_topic_table(score: Score, topics: list[str]) -> list[str]:
    rows = []
    for t in topics:
        tp, fp, fn = (score.per_topic[t, k] for k in ("tp", "fp", "fn"))
        if not tp + fp + fn:
            continue
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        rows.append(f"  {t:<26} P {p:.2f}  R {r:.2f}   tp {tp:>2} fp {fp:>2} fn {fn:>2}")
    return rows


def details(cases: list[Case], scheme=None) -> list[str]:
    out = []
    for case in cases:
        found = {a.topic: a for a in predict(case, scheme)}
        extra = sorted(set(found) - case.expected)
        missed = sorted(case.expected - set(found))
        if not extra and not missed:
            continue
        tag = " [held-out]" if case.stem in HELD_OUT else ""
        out.append(f"{case.stem}{tag}: missed {missed}")
        for t in extra:
            ev = found[t].evidence
            out.append(f"    extra {t}: {ev.text[:160] if ev else ''}")
    return out


def speed(cases: list[Case], repeat: int = 20) -> tuple[float, int]:
    """Sentences per second over the corpus sentences, matchers already built."""
    scheme = load_scheme()
    batches = [(split_sentences(c.text), c.language) for c in cases]
    n = sum(len(s) for s, _ in batches) * repeat
    for s, lang in batches:  # warm the matchers and the word caches once
        classify(s, lang, scheme)
    from graph import topics

    topics.fold.cache_clear()  # time the word normalisation too, as on unseen text
    topics.stem.cache_clear()
    t0 = time.perf_counter()
    for _ in range(repeat):
        for s, lang in batches:
            classify(s, lang, scheme)
    return n / (time.perf_counter() - t0), n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list each release's misses and extras")
    ap.add_argument("--speed", action="store_true", help="time the classifier")
    args = ap.parse_args(argv)
    if not (CORPUS / "gold").is_dir():
        print(f"corpus not found at {CORPUS} (set DIPLOGRAPH_CORPUS)")
        return 1
    t0 = time.perf_counter()
    scheme = load_scheme()
    load_ms = (time.perf_counter() - t0) * 1000
    cases = load_cases()
    scores = evaluate(cases, scheme)
    print(
        f"{len(cases)} releases ({sum(c.stem in HELD_OUT for c in cases)} held out), "
        f"{len(scheme.concepts)} topics, {len(scheme.cues)} compiled cues, scheme loaded in {load_ms:.0f} ms"
    )
    for name, score in scores.items():
        print(score.line(name))
    print("per topic, release level, all releases:")
    print("\n".join(per_topic_table(scores["release/all"], scheme.ids)))
    if args.verbose:
        print("\n".join(details(cases, scheme)))
    if args.speed:
        rate, n = speed(cases)
        print(f"speed: {rate:,.0f} sentences/s ({1e6 / rate:.0f} µs per sentence, {n} sentences timed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
