"""Ingest throughput against a bare spaCy pass, peak memory, and the extraction's score on
synthetic releases it never saw.

- whole commands, A and B in turn: `diplograph ingest DIR --workers P` (read, extract, rdf,
  store) against `benchmarks/pipe_baseline.py --processes P` (the same spaCy pipelines over the same
  texts, nothing else), for P = 1 and 2; releases/s, words/s, ratio of each pair;
- in one process, models loaded: extract_many (spaCy + rules) and read + extract + rdf against
  nlp.pipe over the same texts, and where the time goes (cProfile, by module);
- peak memory of the ingest command at 1k and 10k releases (is it flat?);
- the contract queries over the ingested store, scored against the generator's gold.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from .common import BENCH_DIR, DIPLOGRAPH, PYTHON, ROOT, median, run, secs, table
from .synth import write_releases

SCORE = ROOT.parent / "shared" / "tools" / "score.py"
CONTRACT = ("meetings", "meeting_parties", "meeting_topics", "mentioned_countries")


def releases(n: int, seed: int = 1) -> Path:
    folder = BENCH_DIR / f"releases-{n}-s{seed}"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        info = write_releases(folder, n, seed)
        (folder / "done").write_text(json.dumps(info))  # releases, words of their own text
    return folder


def texts(folder: Path) -> tuple[Path, int, int]:
    """The releases as graph.read reads them (read again each run: the reader changes), as JSON
    lines; (file, releases read, words). Unreadable ones are left out, as ingest skips them."""
    from graph.read import read_release
    from graph.records import ReadError

    out = folder / "texts.jsonl"
    n = words = 0
    with open(out, "w", encoding="utf-8") as fh:
        for f in sorted((folder / "releases").iterdir()):
            try:
                rel = read_release(f)
            except ReadError:
                continue
            fh.write(json.dumps({"lang": rel.language, "text": rel.text}, ensure_ascii=False) + "\n")
            n, words = n + 1, words + len(rel.text.split())
    return out, n, words


def ingest_run(folder: Path, workers: int, store: Path):
    shutil.rmtree(store, ignore_errors=True)
    return run([DIPLOGRAPH, "ingest", str(folder / "releases"), "--store", str(store), "--workers", str(workers)])


def whole_commands(folder: Path, repeat: int, processes=(1, 2)) -> dict:
    jsonl, n, words = texts(folder)
    out = {"releases": n, "words": words, "configs": {}}
    with tempfile.TemporaryDirectory(prefix="dg-ingest-") as tmp:
        for p in processes:
            pairs = []
            for _ in range(repeat):
                base = run([PYTHON, str(ROOT / "benchmarks" / "pipe_baseline.py"), str(jsonl), "--processes", str(p)])
                ing = ingest_run(folder, p, Path(tmp) / "store")
                if ing.returncode != 0:
                    raise RuntimeError(f"ingest failed: {ing.stderr[-2000:]}")
                pairs.append((base, ing))
            out["configs"][p] = {
                "baseline_s": [round(b.wall, 2) for b, _ in pairs],
                "ingest_s": [round(i.wall, 2) for _, i in pairs],
                "ratio": median([i.wall / b.wall for b, i in pairs]),
                "baseline_peak_mb": max(b.peak_tree_mb for b, _ in pairs),
                "ingest_peak_mb": max(i.peak_tree_mb for _, i in pairs),
                "ingest_peak_one_mb": max(i.peak_one_mb for _, i in pairs),
            }
        out["score"] = score(folder, Path(tmp) / "store")  # the store of the last ingest
    return out


def score(folder: Path, store: Path) -> dict:
    """Contract queries over the store, scored against the generator's gold by score.py."""
    if not SCORE.exists():
        return {}
    with tempfile.TemporaryDirectory(prefix="dg-score-") as res:
        for q in CONTRACT:
            r = run([DIPLOGRAPH, "query", str(ROOT / "queries" / f"{q}.rq"), "--store", str(store), "--format", "csv"])
            Path(res, f"{q}.csv").write_text(r.stdout, encoding="utf-8")
        r = run([PYTHON, str(SCORE), str(folder / "gold"), res, "--json"])
    return json.loads(r.stdout.strip().splitlines()[-1])


def in_process(folder: Path, limit: int = 400) -> dict:
    """Models warm, one process: nlp.pipe vs extract_many vs read + extract + rdf, and a profile."""
    from graph import nlp
    from graph.extract import extract_many
    from graph.rdf import release_nquads
    from graph.read import read_bytes
    from graph.records import ReadError

    files = sorted((folder / "releases").iterdir())[:limit]
    raw = [(f.name, f.read_bytes()) for f in files]
    rels = []
    for name, data in raw:
        try:
            rels.append(read_bytes(data, name))
        except ReadError:
            raw = [(n, d) for n, d in raw if n != name]
    words = sum(len(r.text.split()) for r in rels)
    for lang in ("fr", "en"):  # load and warm up
        list(nlp.load(lang).pipe(["Warm up."] * 4))

    def pipe() -> None:
        for lang in ("fr", "en"):
            list(nlp.load(lang).pipe([r.text for r in rels if nlp.model_language(r.language) == lang], batch_size=32))

    def extract() -> None:
        list(extract_many(rels))

    def full() -> None:
        fresh = [read_bytes(data, name) for name, data in raw]
        for ex in extract_many(fresh):
            release_nquads(ex)

    times: dict[str, list[float]] = defaultdict(list)
    for _ in range(2):
        for name, fn in (("pipe", pipe), ("extract", extract), ("read+extract+rdf", full)):
            t = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t)
    prof = cProfile.Profile()
    prof.runcall(full)
    by_module = _by_module(prof)
    med = {k: median(v) for k, v in times.items()}
    return {
        "releases": len(rels),
        "words": words,
        "seconds": med,
        "ratio_extract": med["extract"] / med["pipe"],
        "ratio_full": med["read+extract+rdf"] / med["pipe"],
        "profile": by_module,
    }


def _by_module(prof: cProfile.Profile, top: int = 12) -> list[tuple[str, float]]:
    """Own time per module: graph/* by file, spaCy and thinc together, the rest by package."""
    stats = pstats.Stats(prof)
    total: dict[str, float] = defaultdict(float)
    for (file, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "/graph/" in file:
            key = "graph/" + file.rsplit("/graph/", 1)[1]
        elif any(p in "/" + file for p in ("/spacy/", "/thinc/", "/srsly/", "/numpy/", "/cymem/", "/preshed/")):
            key = "spaCy + thinc + numpy"
        elif "site-packages/" in file:
            key = file.split("site-packages/", 1)[1].split("/", 1)[0]
        elif file == "~":
            key = "built-ins (C calls: regex, str, ...)"
        else:
            key = "python stdlib: " + Path(file).name
        total[key] += tottime
    grand = sum(total.values())
    return [(k, round(v / grand, 3)) for k, v in sorted(total.items(), key=lambda kv: -kv[1])[:top]]


def memory(sizes: list[int]) -> dict:
    """Peak memory of `diplograph ingest --workers 2` as the corpus grows."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="dg-mem-") as tmp:
        for n in sizes:
            folder = releases(n)
            r = ingest_run(folder, 2, Path(tmp) / "store")
            out[n] = {
                "seconds": round(r.wall, 1),
                "peak_tree_mb": round(r.peak_tree_mb),
                "peak_one_mb": round(r.peak_one_mb),
                "timeline": r.timeline,
            }
    return out


def bench(quick: bool = False) -> dict:
    n = 200 if quick else 1000
    folder = releases(n)
    result = {
        "whole": whole_commands(folder, repeat=1 if quick else 2, processes=(1, 2)),
        "in_process": in_process(folder, limit=100 if quick else 400),
    }
    if not quick:
        result["memory"] = memory([1000, 10000])
    return result


def report(r: dict) -> str:
    w = r["whole"]
    lines = [f"### Ingest throughput ({w['releases']} synthetic releases, {w['words']:,} words of text)", ""]
    rows = []
    for p, c in w["configs"].items():
        b, i = median(c["baseline_s"]), median(c["ingest_s"])
        rows.append(
            [
                f"{p} process{'es' if int(p) > 1 else ''}",
                f"{w['releases'] / i:.1f} rel/s, {w['words'] / i:,.0f} words/s ({secs(i)})",
                f"{w['releases'] / b:.1f} rel/s, {w['words'] / b:,.0f} words/s ({secs(b)})",
                f"{c['ratio']:.2f}x",
                f"{c['ingest_peak_mb']:.0f} MB / {c['baseline_peak_mb']:.0f} MB",
            ]
        )
    lines.append(
        table(
            [
                "workers",
                "diplograph ingest",
                "bare nlp.pipe (baseline)",
                "ingest / baseline",
                "peak RSS ingest / baseline (all processes)",
            ],
            rows,
        )
    )
    ip = r["in_process"]
    s = ip["seconds"]
    lines += [
        "",
        f"In one process, models loaded ({ip['releases']} releases, {ip['words']:,} words): "
        f"nlp.pipe {secs(s['pipe'])}, extract_many {secs(s['extract'])} "
        f"(**{ip['ratio_extract']:.2f}x** the bare pass), read + extract + rdf {secs(s['read+extract+rdf'])} "
        f"({ip['ratio_full']:.2f}x).",
        "",
        "Own time by module (read + extract + rdf):",
        "",
        table(["module", "share"], [[m, f"{v:.0%}"] for m, v in ip["profile"]]),
    ]
    if w.get("score"):
        sc = w["score"]
        lines += [
            "",
            "Extraction scored on these synthetic releases (score.py against the generator's gold): "
            + ", ".join(f"{k} F1 {sc[k]['f1']}" for k in ("date", "part", "pair", "party", "topic", "mention"))
            + ", "
            + ", ".join(
                f"{k} {sc[k]}"
                for k in ("role_acc", "aff_acc", "kind_acc", "place_country_acc", "place_name_acc", "identity")
            )
            + f", **overall {sc['overall']}**.",
        ]
    if r.get("memory"):
        lines += [
            "",
            table(
                ["releases", "ingest --workers 2", "peak RSS, all processes", "largest process"],
                [
                    [n, secs(m["seconds"]), f"{m['peak_tree_mb']} MB", f"{m['peak_one_mb']} MB"]
                    for n, m in r["memory"].items()
                ],
            ),
        ]
    return "\n".join(lines)
