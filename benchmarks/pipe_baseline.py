"""The baseline of the ingest benchmark: a bare `nlp.pipe` pass of diplograph's spaCy pipelines
(graph.nlp: same models, same components) over the releases' texts, split over P processes, each
loading the models once, as ingest's workers do. Nothing else: no reading, extraction or store.

    python benchmarks/pipe_baseline.py TEXTS.jsonl [--processes P] [--batch-size 32]

TEXTS.jsonl: one {"lang": "fr", "text": "..."} per line (written by bench_ingest from the releases
as graph.read reads them). Prints {"texts": n, "words": w, "seconds": s} as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _pipe(shard: list[dict], batch_size: int) -> int:
    from graph import nlp

    tokens = 0
    for lang in ("fr", "en"):
        texts = [t["text"] for t in shard if nlp.model_language(t["lang"]) == lang]
        if texts:
            for doc in nlp.load(lang).pipe(texts, batch_size=batch_size):
                tokens += len(doc)
    return tokens


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("texts")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    items = [json.loads(line) for line in open(args.texts, encoding="utf-8")]
    t = time.perf_counter()
    if args.processes == 1:
        _pipe(items, args.batch_size)
    else:
        shards = [items[i :: args.processes] for i in range(args.processes)]
        with get_context("fork").Pool(args.processes) as pool:
            pool.starmap(_pipe, [(s, args.batch_size) for s in shards])
    words = sum(len(t["text"].split()) for t in items)
    print(json.dumps({"texts": len(items), "words": words, "seconds": round(time.perf_counter() - t, 2)}))


if __name__ == "__main__":
    main()
