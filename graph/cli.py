"""The `diplograph` command: thin shells over the package (ingest, query, export, app, validate)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(
    help="diplograph: press releases about diplomatic meetings -> a knowledge graph to query and explore.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)

StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", envvar="DIPLOGRAPH_STORE", help="Embedded store folder (default ./.diplograph/store)."),
]
EndpointOpt = Annotated[
    str | None,
    typer.Option("--endpoint", envvar="DIPLOGRAPH_ENDPOINT",
                 help="A SPARQL 1.1 server (query, update and graph store protocol) instead of the embedded store."),
]


def _open(store: Path | None, endpoint: str | None, read_only: bool = False):
    from .store import StoreError, open_store

    try:
        if endpoint:
            return open_store(endpoint=endpoint, read_only=read_only)
        return open_store(path=store, read_only=read_only)
    except StoreError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Release files (.txt, .html) and folders.")] = None,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    workers: Annotated[int, typer.Option(help="Worker processes for reading and extraction.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Releases written per all-or-nothing store transaction.")] = 64,
    explain: Annotated[Path | None, typer.Option("--explain", help="Print what one release gives, with evidence; store nothing.")] = None,
) -> None:
    """Read releases, extract their meetings and store one named graph per release."""
    if explain is not None:
        _explain(explain)
        return
    if not paths:
        err.print("[red]error:[/red] give release files or folders to ingest (or --explain FILE)")
        raise typer.Exit(2)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .ingest import ingest as run
    from .ingest import release_files

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]error:[/red] no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
    total = sum(1 for _ in release_files(paths))
    st = _open(store, endpoint)
    with st, Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=total)
        report = run(paths, st, workers=workers, batch_size=batch_size,
                     on_progress=lambda o: progress.advance(task))
    err.print(
        f"releases read: {len(report.stored)} stored, {len(report.unchanged)} unchanged, "
        f"{len(report.skipped)} skipped; meetings: {report.meetings}; people: {report.people}"
    )
    # file names and reasons come from the files: printed as text (never as markup), one line each
    for o in report.skipped:
        err.print(f"  [yellow]skipped[/yellow] {escape(o.path)}: {escape(o.reason)}", soft_wrap=True)
    for o in report.stored:
        if o.reason:
            err.print(f"  [dim]note[/dim] {escape(o.path)}: {escape(o.reason)}", soft_wrap=True)


def _explain(path: Path) -> None:
    from .ingest import explain
    from .records import ReadError

    try:
        ex = explain(path)
    except (ReadError, OSError) as e:
        err.print(f"[red]error:[/red] {escape(str(e))}")
        raise typer.Exit(2) from None
    out = Console(highlight=False)
    esc = escape  # names, titles and sentences come from the release: printed as text, never as markup
    rel = ex.release
    out.print(f"[bold]{esc(rel.source)}[/bold]  language={esc(rel.language)}  published={rel.published}  "
              f"title={esc(repr(rel.title))}")
    for w in rel.warnings:
        out.print(f"  [yellow]warning[/yellow] {esc(w)}")
    out.print(f"mentioned countries: {esc(', '.join(c.country for c in ex.mentioned_countries)) or '-'}")
    if not ex.meetings:
        out.print("no meeting reported as having taken place")
    for i, m in enumerate(ex.meetings, 1):
        place = ", ".join(x for x in ((m.place.venue, m.place.city, m.place.country) if m.place else ()) if x)
        out.print(f"\n[bold]meeting {i}[/bold]: {m.date} {m.kind} {esc(place) or '(no place)'}")
        for p in m.participants:
            out.print(f"  participant: {esc(p.name)} — {esc(p.role or '?')} ({esc(p.role_text or '')}) — "
                      f"{esc(p.affiliation or '?')}")
        out.print(f"  parties: {esc(', '.join(m.parties))}")
        out.print(f"  topics: {esc(', '.join(t.topic for t in m.topics))}")
        for ev in m.evidence:
            out.print(f"  [dim]evidence \\[{ev.start}:{ev.end}][/dim] {esc(ev.text)}")


QUERY_TIMEOUT = 60.0  # seconds; --timeout 0 for none
LimitOpt = Annotated[int | None, typer.Option("--limit", min=1, help="At most this many rows (a note says if more).")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", min=0, envvar="DIPLOGRAPH_QUERY_TIMEOUT",
                                           help="Stop the query after this many seconds (0: no limit).")]


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A saved query name (see `diplograph queries`) or a .rq file.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="k=v, repeatable.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    limit: LimitOpt = None,
    timeout: TimeoutOpt = QUERY_TIMEOUT,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """Run a saved query or a .rq file (read-only: updates are refused) and print its results."""
    from .queries import bind_params
    from .store import QueryError, RemoteStore, StoreError, query_form
    from .timelimit import QueryTimeout, query_with_time_limit

    params = {}
    for kv in param or []:
        if "=" not in kv:
            err.print(f"[red]error:[/red] --param wants k=v, got {kv!r}")
            raise typer.Exit(2)
        k, v = kv.split("=", 1)
        params[k.strip().lstrip("?$")] = v
    try:
        saved = _saved_query(name)
        query_form(saved.text)  # an update is refused before the store is opened
    except QueryError as e:
        if "is a SPARQL update" in str(e):
            err.print(f"[red]refused:[/red] {escape(str(e).split()[0])} is a SPARQL update and `diplograph query` is "
                      "read-only (a store changes only through `diplograph ingest`)", soft_wrap=True)
        else:
            err.print(f"[red]error:[/red] {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(2) from None
    except (ValueError, FileNotFoundError) as e:
        err.print(f"[red]error:[/red] {escape(str(e))}")
        raise typer.Exit(2) from None
    st = _open(store, endpoint, read_only=True)
    try:
        with st:
            bound = bind_params(saved, params)
            if timeout > 0 and isinstance(st, RemoteStore):  # the limit becomes the HTTP timeout
                result = query_with_time_limit(st, saved.text, bound, limit=limit, seconds=timeout)
            else:
                with _deadline(timeout):
                    result = st.query(saved.text, bound, limit=limit)
    except QueryTimeout as e:
        err.print(f"[red]stopped:[/red] {escape(str(e))}; simplify the query or raise --timeout", soft_wrap=True)
        raise typer.Exit(3) from None
    except (QueryError, StoreError, ValueError, KeyError) as e:
        err.print(f"[red]error:[/red] {escape(str(e))}")
        raise typer.Exit(2) from None
    if fmt == "csv":
        sys.stdout.write(result.to_csv())
    elif fmt == "json":
        sys.stdout.write(result.to_json() + "\n")
    elif fmt == "table":
        table = Table(*result.columns)
        for rec in result.records():
            table.add_row(*(escape("" if rec[c] is None else str(rec[c])) for c in result.columns))
        Console().print(table)
        err.print(f"{len(result)} rows")
    else:
        err.print(f"[red]error:[/red] unknown format {fmt!r} (table, csv, json)")
        raise typer.Exit(2)
    if result.truncated:
        err.print(f"[yellow]note:[/yellow] stopped at {limit} rows (--limit); more rows match")


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """End this process past `seconds` (exit code 3): an embedded query cannot be interrupted, and
    the command is the query's own process, so nothing else is lost. (The explorer, which must live
    on, runs a query in a child process instead: graph/timelimit.py.)"""
    if seconds <= 0:
        yield
        return

    def stop() -> None:
        err.print(f"[red]stopped:[/red] the query ran past the time limit of {seconds:g} s and was stopped; "
                  "simplify the query or raise --timeout", soft_wrap=True)
        sys.stderr.flush()
        os._exit(3)

    watchdog = threading.Timer(seconds, stop)
    watchdog.daemon = True
    watchdog.start()
    try:
        yield
    finally:
        watchdog.cancel()


def _saved_query(name: str):
    """A saved query by name, or a .rq file (its header optional: a bare query takes no parameters)."""
    from .queries import SavedQuery, load_saved_queries, parse_saved_query
    from .store import QueryError

    path = Path(name)
    if path.suffix == ".rq":
        text = path.read_text(encoding="utf-8")
        try:
            return parse_saved_query(text, path.stem, path)
        except ValueError:
            return SavedQuery(path.stem, path.stem, "", (), (), text, path)
    saved = load_saved_queries()
    if name not in saved:
        raise QueryError(f"no saved query {name!r}; known: {', '.join(saved)}")
    return saved[name]


@app.command()
def queries() -> None:
    """List the saved queries with their parameters and columns."""
    from .queries import load_saved_queries

    out = Console()
    for q in load_saved_queries().values():
        params = ", ".join(f"{p.name}:{p.type}{'' if p.required else '?'}" for p in q.params)
        out.print(f"[bold]{q.name}[/bold] — {q.title}" + (f"  [dim]params: {params}[/dim]" if params else ""))


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, trig, nt, nq, jsonld, xml (RDF); graphml, gexf, csv, html (network).")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default: standard output).")] = None,
    release: Annotated[str | None, typer.Option(help="Only this release's graph (its file name).")] = None,
    network: Annotated[str, typer.Option(help="For network formats: person, country or bipartite.")] = "person",
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """Export the graph (or one release) as RDF, or a network as GraphML/GEXF/CSV/HTML."""
    from .analysis import network_export
    from .export import UnknownFormat, resolve_format
    from .vocab import release_iri

    try:
        f = resolve_format(fmt)
    except UnknownFormat as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    st = _open(store, endpoint, read_only=True)
    with st:
        if f.kind == "rdf":
            data = st.dump(f.name, graph=release_iri(release) if release else None)
        else:
            data = network_export(st, network, f)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        err.print(f"wrote {output} ({len(data):,} bytes, {f.name})")


@app.command()
def validate(
    release: Annotated[str | None, typer.Option(help="Only this release's graph (its file name).")] = None,
    messages: Annotated[int, typer.Option(help="Print at most this many results.")] = 20,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
) -> None:
    """Check the store against the SHACL shapes of data/shapes.ttl (exit code 1 on violations)."""
    from .validate import validate_store

    st = _open(store, endpoint, read_only=True)
    with st:
        try:
            report = validate_store(st, release)
        except KeyError as e:
            err.print(f"[red]error:[/red] {escape(str(e.args[0]))}")
            raise typer.Exit(2) from None
    out = Console()
    for line in report.messages(messages):
        out.print(escape(line), soft_wrap=True)
    err.print(report.summary(), soft_wrap=True)
    if not report.conforms:
        raise typer.Exit(1)


@app.command(name="app")
def run_app(
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8501,
    address: Annotated[str, typer.Option(help="Address to bind (localhost only by default; expose it behind an authenticating proxy).")] = "127.0.0.1",
) -> None:
    """Open the Streamlit explorer on the store (built from the bundled sample if absent)."""
    env = dict(os.environ)
    if store:
        env["DIPLOGRAPH_STORE"] = str(store)
    if endpoint:
        env["DIPLOGRAPH_ENDPOINT"] = endpoint
    from .read import MAX_BYTES

    script = Path(__file__).resolve().parent.parent / "app.py"
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
           "--server.address", address, "--server.port", str(port), "--browser.gatherUsageStats", "false",
           "--server.maxUploadSize", str(max(1, MAX_BYTES // (1024 * 1024)))]
    raise typer.Exit(subprocess.call(cmd, env=env))


if __name__ == "__main__":
    app()
