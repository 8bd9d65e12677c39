"""Queries with a time limit, for the explorer's SPARQL console.

An embedded Oxigraph query cannot be interrupted from Python, so a query typed by a user runs in a
separate process that opens the store read-only beside the app's own handle; past the limit the
process is killed and nothing keeps running. A remote store gets the limit as its HTTP timeout.
An in-memory store (tests, notebooks) cannot be shared with another process: its query runs in a
thread, and past the limit the caller gets its answer while the thread finishes in the background.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
from collections.abc import Mapping
from typing import Any

from graph.store import (
    EmbeddedStore,
    QueryError,
    QueryResult,
    RemoteStore,
    Store,
    Term,
    open_store,
    query_form,
)


class QueryTimeout(QueryError):
    """The query ran past its time limit and was stopped."""


def _child(conn, path: str, sparql: str, params: Mapping[str, Term], limit: int | None) -> None:
    try:
        store = open_store(path, read_only=True)
        result = store.query(sparql, params, limit=limit)
        conn.send(("ok", result))
    except QueryError as e:
        conn.send(("error", str(e)))
    except Exception as e:  # noqa: BLE001 - reported to the parent as a failed query
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def query_with_time_limit(
    store: Store,
    sparql: str,
    params: Mapping[str, Any] | None = None,
    *,
    limit: int | None = None,
    seconds: float = 10.0,
) -> QueryResult:
    """store.query(sparql, params, limit=limit), stopped after `seconds` (QueryTimeout)."""
    params = dict(params or {})
    if isinstance(store, RemoteStore):
        remote = RemoteStore(
            store.query_url.rsplit("/", 1)[0],
            read_only=True,
            query_url=store.query_url,
            update_url=store.update_url,
            gsp_url=store.gsp_url,
            timeout=seconds,
        )
        try:
            return remote.query(sparql, params, limit=limit)
        except QueryError as e:
            if "timed out" in str(e):
                raise QueryTimeout(f"the query ran past the time limit of {seconds:g} s") from None
            raise
    if isinstance(store, EmbeddedStore) and store.path is not None:
        query_form(sparql)  # refuse updates here, before starting a process
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(child, str(store.path), sparql, params, limit), daemon=True)
        proc.start()
        child.close()
        try:
            if not parent.poll(seconds):
                raise QueryTimeout(f"the query ran past the time limit of {seconds:g} s and was stopped")
            status, payload = parent.recv()
        except EOFError:
            raise QueryError("the query process ended without an answer") from None
        finally:
            if proc.is_alive():
                proc.kill()
            proc.join(1)
            parent.close()
        if status == "error":
            raise QueryError(payload)
        return payload
    return _in_thread(store, sparql, params, limit, seconds)


def _in_thread(store: Store, sparql: str, params: Mapping[str, Any], limit: int | None, seconds: float) -> QueryResult:
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = store.query(sparql, params, limit=limit)
        except Exception as e:  # noqa: BLE001
            box["error"] = e

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise QueryTimeout(f"the query ran past the time limit of {seconds:g} s")
    if "error" in box:
        raise box["error"]
    return box["result"]
