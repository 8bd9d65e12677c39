"""SPARQL servers started on 127.0.0.1 for tests and benchmarks, and stopped by them: Virtuoso Open
Source (Debian's virtuoso-opensource: virtuoso-t, isql-vt) and the Oxigraph server (pip oxigraph)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = {d}, {load}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
MaxQueryMem = 2G
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
EnabledDavVSP = 0
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, process: subprocess.Popen, seconds: float, log: Path | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urlopen(url, timeout=2).read()
            return
        except OSError:
            if process.poll() is not None:
                detail = log.read_text()[-1000:] if log and log.exists() else ""
                raise RuntimeError(f"the server exited: {detail}") from None
            time.sleep(0.2)
    stop(process)
    raise RuntimeError(f"no answer from {url} after {seconds:.0f} s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Virtuoso:
    """virtuoso-t in `folder`, HTTP and SQL ports on 127.0.0.1; `load_dir` is readable by its loader."""

    def __init__(self, folder: Path, load_dir: Path | None = None, memory_gb: float = 0.2):
        self.folder, self.load_dir = Path(folder), Path(load_dir or folder)
        self.sql, self.http = free_port(), free_port()
        buffers = int(memory_gb * 2**30 / 8192 * 0.66)  # 8 KB pages, two thirds of the memory given
        (self.folder / "virtuoso.ini").write_text(
            VIRTUOSO_INI.format(
                d=self.folder,
                load=self.load_dir,
                sql=self.sql,
                http=self.http,
                buffers=buffers,
                dirty=int(buffers * 0.75),
            )
        )
        self.url = f"http://127.0.0.1:{self.http}"
        self.process = subprocess.Popen(
            [shutil.which("virtuoso-t") or "virtuoso-t", "-f", "-c", str(self.folder / "virtuoso.ini")],
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(self.url + "/sparql?query=ASK%7B%7D", self.process, 180, self.folder / "virtuoso.log")
        # updates and Graph Store Protocol writes as the anonymous SPARQL user: a local server
        # only; a shared one takes writes on /sparql-auth from a user of its own (docs/scaling.md)
        self.sql_exec('GRANT SPARQL_UPDATE TO "SPARQL";')

    @staticmethod
    def available() -> bool:
        return bool(shutil.which("virtuoso-t") and shutil.which("isql-vt"))

    def sql_exec(self, statement: str, timeout: float = 3600) -> str:
        r = subprocess.run(
            [shutil.which("isql-vt") or "isql-vt", f"127.0.0.1:{self.sql}", "dba", "dba", f"exec={statement}"],
            check=True,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return r.stdout

    def bulk_load(self, pattern: str, graph: str = "urn:diplograph:unused") -> None:
        """Virtuoso's own loader over the N-Quads files of load_dir (the graph named in each quad
        wins over `graph`), then a checkpoint."""
        self.sql_exec(f"ld_dir('{self.load_dir}', '{pattern}', '{graph}');")
        self.sql_exec("rdf_loader_run();")
        self.sql_exec("checkpoint;")

    def stop(self) -> None:
        stop(self.process)


class OxigraphServer:
    """`oxigraph serve --union-default-graph` on a folder, bound to 127.0.0.1."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                self.binary() or "oxigraph",
                "serve",
                "--location",
                str(folder),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--union-default-graph",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(self.url + "/query?query=ASK%7B%7D", self.process, 60)

    @staticmethod
    def binary() -> str | None:
        beside = Path(sys.executable).with_name("oxigraph")
        return str(beside) if beside.exists() else shutil.which("oxigraph")

    def stop(self) -> None:
        stop(self.process)
