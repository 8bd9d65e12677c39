"""The extraction quality gate: the annotated releases are ingested, the four contract queries run,
and the project's scorer (../shared/tools/score.py, run, not copied) compares them with gold.
Floors only rise; a change that lowers a score below its floor fails here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph.ingest import ingest
from graph.queries import run_saved
from graph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
CONTRACT = ("meetings", "meeting_parties", "meeting_topics", "mentioned_countries")


def _own(name: str, **floors: float) -> tuple[Path, Path, dict[str, float]]:
    """A set of our own in tests/data: its releases, its gold and its floors."""
    return ROOT / "tests" / "data" / name / "releases", ROOT / "tests" / "data" / name / "gold", floors


# (releases, gold, floors): the development corpus, and releases of our own in other publishers'
# styles (tests/data/heldout) that the extractor was not written from.
SETS = {
    "corpus": (SHARED / "corpus" / "releases", SHARED / "corpus" / "gold",
               {"overall": 0.97, "date": 0.97, "part": 0.97, "party": 0.95, "topic": 0.90, "mention": 0.97}),
    "heldout": _own("heldout", overall=0.94, date=0.9, part=0.9, party=0.9, topic=0.8, mention=0.95),
    # written with their gold before the extractor first ran on them (first run: overall 0.903)
    "blind": _own("blind", overall=0.94, date=0.9, part=0.9, party=0.9, topic=0.8, mention=0.95),
    # a second blind batch (first run: overall 0.931)
    "blind2": _own("blind2", overall=0.94, date=0.9, part=0.9, party=0.9, topic=0.75, mention=0.9),
    # a third, of publishers and styles none of the others has (first run: overall 0.714)
    "blind3": _own("blind3", overall=0.85, date=0.9, part=0.85, party=0.8, topic=0.8, mention=0.95),
    # a fourth (first run: overall 0.807)
    "blind4": _own("blind4", overall=0.85, date=0.85, part=0.8, party=0.75, topic=0.65, mention=0.95),
    # a fifth (first run: overall 0.868)
    "blind5": _own("blind5", overall=0.9, date=0.95, part=0.92, party=0.9, topic=0.85, mention=0.95),
    # a sixth (first run: overall 0.880)
    "blind6": _own("blind6", overall=0.9, date=0.95, part=0.92, party=0.9, topic=0.85, mention=0.95),
    # a seventh and an eighth (first run: overall 0.823 and 0.831), floors below where they stand
    "blind7": _own("blind7", overall=0.92, date=0.95, part=0.93, party=0.93, topic=0.8, mention=0.95),
    "blind8": _own("blind8", overall=0.87, date=0.95, part=0.93, party=0.9, topic=0.8, mention=0.95),
    # a ninth (first run: overall 0.800)
    "blind9": _own("blind9", overall=0.87, date=0.9, part=0.87, party=0.83, topic=0.68, mention=0.95),
    # a tenth and an eleventh (first run: overall 0.818 and 0.827)
    "blind10": _own("blind10", overall=0.86, date=0.95, part=0.92, party=0.9, topic=0.72, mention=0.95),
    "blind11": _own("blind11", overall=0.9, date=0.93, part=0.92, party=0.88, topic=0.72, mention=0.95),
    # a twelfth, written after most of session 8's fixes (first run: overall 0.796)
    "blind12": _own("blind12", overall=0.87, date=0.95, part=0.88, party=0.9, topic=0.8, mention=0.95),
    # a thirteenth and a fourteenth, session 9 (first run: overall 0.862 and 0.858)
    "blind13": _own("blind13", overall=0.9, date=0.97, part=0.92, party=0.89, topic=0.78, mention=0.95),
    "blind14": _own("blind14", overall=0.91, date=0.94, part=0.93, party=0.9, topic=0.78, mention=0.97),
    # a fifteenth, session 10 (first run: overall 0.789)
    "blind15": _own("blind15", overall=0.92, date=0.96, part=0.96, party=0.94, topic=0.74, mention=0.98),
    # a sixteenth, session 10, after the fixes drawn from blind15 (first run: overall 0.831)
    "blind16": _own("blind16", overall=0.93, date=0.97, part=0.94, party=0.94, topic=0.82, mention=0.95),
    # a seventeenth, session 10, after the fixes drawn from blind15 and blind16 (first run: overall 0.827)
    "blind17": _own("blind17", overall=0.88, date=0.97, part=0.9, party=0.86, topic=0.78, mention=0.95),
    # an eighteenth and a nineteenth, session 11 (first run: overall 0.820 and 0.883)
    "blind18": _own("blind18", overall=0.9, date=0.97, part=0.97, party=0.91, topic=0.78, mention=0.97),
    "blind19": _own("blind19", overall=0.92, date=0.97, part=0.94, party=0.94, topic=0.72, mention=0.97),
    # a twentieth, session 11, after the fixes drawn from blind18 and blind19 (first run: overall 0.854)
    "blind20": _own("blind20", overall=0.89, date=0.97, part=0.94, party=0.92, topic=0.78, mention=0.97),
    # a twenty-first and a twenty-second, session 12 (first run: overall 0.834 and 0.829; the second
    # written after the fixes drawn from the first)
    "blind21": _own("blind21", overall=0.9, date=0.97, part=0.97, party=0.95, topic=0.68, mention=0.97),
    "blind22": _own("blind22", overall=0.89, date=0.97, part=0.93, party=0.91, topic=0.66, mention=0.96),
    # a twenty-third and a twenty-fourth, session 13, written side by side (first run: overall 0.866, and
    # 0.958 after the fixes drawn from the first)
    "blind23": _own("blind23", overall=0.92, date=0.97, part=0.97, party=0.97, topic=0.78, mention=0.97),
    "blind24": _own("blind24", overall=0.96, date=0.95, part=0.97, party=0.97, topic=0.85, mention=0.97),
    # a twenty-fifth and a twenty-sixth, session 13 (first run: overall 0.820 and 0.888)
    "blind25": _own("blind25", overall=0.92, date=0.95, part=0.95, party=0.9, topic=0.86, mention=0.97),
    "blind26": _own("blind26", overall=0.93, date=0.97, part=0.96, party=0.92, topic=0.78, mention=0.97),
    # a twenty-seventh and a twenty-eighth, session 13, scored at the end of it (first run: 0.854 and 0.811)
    "blind27": _own("blind27", overall=0.85, date=0.95, part=0.9, party=0.78, topic=0.8, mention=0.97),
    "blind28": _own("blind28", overall=0.88, date=0.95, part=0.95, party=0.93, topic=0.78, mention=0.97),
    # a twenty-ninth and a thirtieth, session 14, written side by side (first run: 0.855 and 0.852)
    "blind29": _own("blind29", overall=0.92, date=0.95, part=0.94, party=0.95, topic=0.86, mention=0.97),
    "blind30": _own("blind30", overall=0.89, date=0.95, part=0.95, party=0.92, topic=0.7, mention=0.96),
    # a thirty-first and a thirty-second, session 14, after the fixes drawn from blind29 and blind30
    # (first run: 0.804 and 0.896)
    "blind31": _own("blind31", overall=0.83, date=0.95, part=0.92, party=0.9, topic=0.6, mention=0.96),
    "blind32": _own("blind32", overall=0.88, date=0.95, part=0.94, party=0.88, topic=0.75, mention=0.97),
    # a thirty-third and a thirty-fourth, session 14, scored at its end (first run: 0.861 and 0.902)
    "blind33": _own("blind33", overall=0.83, date=0.95, part=0.83, party=0.85, topic=0.74, mention=0.97),
    "blind34": _own("blind34", overall=0.87, date=0.95, part=0.94, party=0.86, topic=0.68, mention=0.97),
    # a thirty-fifth and a thirty-sixth, session 15, written side by side (first run: 0.812 and 0.685)
    "blind35": _own("blind35", overall=0.9, date=0.95, part=0.93, party=0.86, topic=0.84, mention=0.96),
    "blind36": _own("blind36", overall=0.8, date=0.92, part=0.89, party=0.83, topic=0.6, mention=0.97),
    # a thirty-seventh and a thirty-eighth, session 15, scored after its fixes (first run: 0.824 and 0.822)
    "blind37": _own("blind37", overall=0.86, date=0.95, part=0.89, party=0.89, topic=0.75, mention=0.97),
    "blind38": _own("blind38", overall=0.87, date=0.97, part=0.95, party=0.93, topic=0.75, mention=0.97),
    # a thirty-ninth and a fortieth, session 15, scored at its end (first run: 0.885 and 0.805)
    "blind39": _own("blind39", overall=0.87, date=0.93, part=0.84, party=0.9, topic=0.69, mention=0.97),
    "blind40": _own("blind40", overall=0.81, date=0.88, part=0.86, party=0.78, topic=0.66, mention=0.97),
}


def score(releases: Path, gold: Path, out: Path) -> dict:
    store = open_store(in_memory=True)
    report = ingest([releases], store)
    assert not report.skipped, [(o.path, o.reason) for o in report.skipped]
    for name in CONTRACT:
        run_saved(store, name).to_csv(out / f"{name}.csv")
    done = subprocess.run([sys.executable, str(SCORER), str(gold), str(out), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SETS))
def test_extraction_scores_stay_above_their_floors(name, tmp_path):
    releases, gold, floors = SETS[name]
    if not SCORER.exists() or not releases.exists():
        pytest.skip(f"{SCORER} or {releases} not found (../shared sits beside the checkout in CI)")
    result = score(releases, gold, tmp_path)
    print(name, {k: (v["f1"] if isinstance(v, dict) else v) for k, v in result.items()})
    for measure, floor in floors.items():
        got = result[measure]["f1"] if isinstance(result[measure], dict) else result[measure]
        assert got >= floor, f"{name}: {measure} {got} fell below its floor {floor}"
