"""What every benchmark shares: where data goes, the machine, timing whole processes with their
memory, and printing figures with their ratio to a baseline measured in the same run."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(os.environ.get("DIPLOGRAPH_BENCH_DIR", "/tmp/diplograph-bench"))
PYTHON = sys.executable
DIPLOGRAPH = str(Path(sys.executable).parent / "diplograph")


def machine() -> dict:
    """nproc, RAM, CPU model, versions, and how busy the machine was when the run started."""
    cpu = ""
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as fh:
        ram_kb = int(fh.readline().split()[1])

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "-"

    return {
        "nproc": os.cpu_count(),
        "ram_gib": round(ram_kb / 2**20, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "pyoxigraph": version("pyoxigraph"),
        "rdflib": version("rdflib"),
        "spacy": version("spacy"),
        "loadavg": os.getloadavg()[0],
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


# ---------------------------------------------------------------------------------------------
# processes


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_rss(pid: int) -> tuple[float, float]:
    """(sum, largest) resident memory in MB of a process and all its descendants."""
    todo, sizes = [pid], []
    while todo:
        p = todo.pop()
        sizes.append(_rss_mb(p))
        todo += _children(p)
    return sum(sizes), max(sizes, default=0.0)


@dataclass
class Run:
    wall: float
    returncode: int
    peak_tree_mb: float  # the process and its workers together, at their highest
    peak_one_mb: float  # the largest single process
    timeline: list[tuple[float, float]] = field(default_factory=list)  # (seconds, tree MB)
    stdout: str = ""
    stderr: str = ""
    timed_out: bool = False


def run(
    cmd: Sequence[str],
    *,
    timeout: float | None = None,
    env: dict | None = None,
    sample: float = 0.25,
    on_start: Callable[[subprocess.Popen], None] | None = None,
    mem_limit_gb: float | None = None,
) -> Run:
    """Run a command to its end (or `timeout`), sampling the memory of its process tree."""
    preexec = None
    if mem_limit_gb:
        import resource

        def preexec() -> None:
            limit = int(mem_limit_gb * 2**30)
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd),
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=preexec,
    )
    if on_start:
        on_start(proc)
    peaks = [0.0, 0.0]
    timeline: list[tuple[float, float]] = []
    done = threading.Event()

    def watch() -> None:
        last = 0.0
        while not done.wait(sample):
            total, one = tree_rss(proc.pid)
            peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], one)
            now = time.perf_counter() - start
            if now - last >= 5:
                timeline.append((round(now, 1), round(total)))
                last = now

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    timed_out = False
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(proc.pid, 9)
        out, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    watcher.join()
    return Run(wall, proc.returncode, peaks[0], peaks[1], timeline, out, err, timed_out)


# ---------------------------------------------------------------------------------------------
# numbers


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def timed(fn: Callable[[], object], repeat: int = 3, budget: float = 60.0) -> tuple[list[float], object]:
    """Run `fn` up to `repeat` times (fewer once `budget` seconds are spent); times and last result."""
    times, result, spent = [], None, 0.0
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
        spent += times[-1]
        if spent > budget:
            break
    return times, result


def secs(x: float | None) -> str:
    if x is None or x != x:
        return "-"
    if x >= 100:
        return f"{x:.0f} s"
    if x >= 1:
        return f"{x:.2f} s"
    return f"{x * 1000:.0f} ms"


def ratio(a: float | None, b: float | None) -> str:
    if not a or not b or a != a or b != b:
        return "-"
    return f"{a / b:.2f}x"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table (printed as is, and pasted into benchmarks/README.md)."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)
