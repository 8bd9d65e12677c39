"""Seeded, reproducible synthetic data for benchmarks and scale tests.

- `write_releases(folder, n, seed)`: n releases (.txt and .html, French and English) in
  `folder/releases`, their gold annotations in `folder/gold` (the corpus's format).
- `write_graph(folder, meetings, seed)`: the equivalent graph directly, as N-Quads files in the
  shape of docs/model.md (the project's own rdf stage writes them), with the reference graph.

    python -m benchmarks.synth releases OUT -n 1000 [--seed 1]
    python -m benchmarks.synth graph OUT --meetings 100000 [--seed 1] [--workers 2]
"""

from .graph import write_graph
from .pools import Pools
from .releases import SynthRelease, release
from .writer import write_releases

__all__ = ["Pools", "SynthRelease", "release", "write_graph", "write_releases"]
