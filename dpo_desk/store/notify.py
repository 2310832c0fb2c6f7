"""Hear what other desks change on a team server (PostgreSQL LISTEN/NOTIFY, issue 16).

Migration 0017 makes every change to a table a desk shows send a JSON notification on
``CHANNEL`` (table, operation, references, the server's ``session_user``). A
:class:`ChangeListener` holds its own connection (never one of the engine's pool: a pooled
connection is handed to other work and its notifications would be lost), LISTENs in a
background thread, folds a burst of notifications into one :class:`ChangeBatch`
(``COALESCE_S``), and hands it to a callback, on that thread.

A dropped connection (server restart, ``pg_terminate_backend``, network) is re-opened with
a growing pause; notifications sent while it was down are lost, so the first batch after a
reconnection says ``resync``: the receiver reloads everything it shows.

No Qt here: the window's bridge (``dpo_desk.ui.live``) moves batches to the GUI thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import psycopg
from sqlalchemy import Engine, event
from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

CHANNEL = "dpo_desk_changes"
#: Notifications arriving within this window after the first one form one batch.
COALESCE_S = 0.2
#: How long one wait on the socket lasts: the longest a ``stop()`` waits for the thread.
POLL_S = 0.25
#: Pauses between reconnection attempts (the last one repeats).
RETRY_S = (0.2, 0.5, 1.0, 2.0, 5.0)


@dataclass(frozen=True)
class Change:
    """One notification: ``refs`` None means "many rows" (reload the whole table)."""

    table: str
    op: str
    refs: tuple[str, ...] | None
    who: str
    pid: int


@dataclass(frozen=True)
class ChangeBatch:
    """What changed during one coalescing window, or ``resync`` after a lost connection."""

    changes: tuple[Change, ...] = ()
    resync: bool = False

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(c.table for c in self.changes)

    @property
    def who(self) -> tuple[str, ...]:
        """The people who made these changes, in order, each once."""
        return tuple(dict.fromkeys(c.who for c in self.changes if c.who))

    def refs(self, tables: Iterable[str] | None = None) -> frozenset[str]:
        """References named by the changes (of ``tables`` if given)."""
        wanted = None if tables is None else set(tables)
        return frozenset(
            r
            for c in self.changes
            if c.refs and (wanted is None or c.table in wanted)
            for r in c.refs
        )

    def many(self, tables: Iterable[str]) -> bool:
        """True when one of ``tables`` changed in bulk (no references) or after a resync."""
        wanted = set(tables)
        return self.resync or any(c.refs is None and c.table in wanted for c in self.changes)


def parse(payload: str, pid: int) -> Change | None:
    """The change a notification describes; None for a payload this version cannot read."""
    try:
        data = json.loads(payload)
        refs = data.get("refs")
        return Change(
            table=str(data["table"]),
            op=str(data.get("op", "")),
            refs=None if refs is None or data.get("many") else tuple(str(r) for r in refs),
            who=str(data.get("who") or ""),
            pid=pid,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("unreadable change notification: %.200s", payload)
        return None


def libpq_url(url: URL) -> str:
    """The engine's URL for psycopg itself (no "+psycopg" driver suffix)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class OwnConnections:
    """The backend pids of an engine's pooled connections: changes this desk made itself
    (already shown by its own signals) are told apart from other desks' by that pid."""

    def __init__(self, engine: Engine) -> None:
        self.pids: set[int] = set()
        event.listen(engine, "checkout", self._checkout)

    def _checkout(self, dbapi_connection: object, _record: object, _proxy: object) -> None:
        info = getattr(dbapi_connection, "info", None)
        pid = getattr(info, "backend_pid", None)
        if isinstance(pid, int):
            self.pids.add(pid)


@dataclass
class ChangeListener:
    """LISTEN on ``CHANNEL`` in a daemon thread; ``on_batch`` runs on that thread.

    ``ignore_pids`` (read at each notification) drops the desk's own changes.
    """

    conninfo: str
    on_batch: Callable[[ChangeBatch], None]
    ignore_pids: Callable[[], set[int]] = set
    coalesce_s: float = COALESCE_S
    _stop: threading.Event = field(default_factory=threading.Event, init=False)
    _thread: threading.Thread | None = field(default=None, init=False)
    _conn: psycopg.Connection[object] | None = field(default=None, init=False)
    #: Set (and cleared by the thread) each time the connection is listening.
    listening: threading.Event = field(default_factory=threading.Event, init=False)
    connections: int = field(default=0, init=False)

    @classmethod
    def for_engine(
        cls, engine: Engine, on_batch: Callable[[ChangeBatch], None], **kwargs: object
    ) -> ChangeListener:
        return cls(libpq_url(engine.url), on_batch, **kwargs)  # type: ignore[arg-type]

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="dpo-desk-listen", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listening connection (tests terminate it)."""
        conn = self._conn
        return conn.info.backend_pid if conn is not None and not conn.closed else None

    # -- the thread ---------------------------------------------------------------

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            try:
                self._listen(resync=self.connections > 0)
                attempt = 0
            except psycopg.Error as exc:
                self.listening.clear()
                pause = RETRY_S[min(attempt, len(RETRY_S) - 1)]
                log.info("change listener disconnected (%s); retrying in %.1fs", exc, pause)
                attempt += 1
                self._stop.wait(pause)
            finally:
                self._close()

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()

    def _listen(self, resync: bool) -> None:
        conn: psycopg.Connection[object] = psycopg.connect(
            self.conninfo, autocommit=True, connect_timeout=5
        )
        self._conn = conn
        conn.execute(f"LISTEN {CHANNEL}")
        self.connections += 1
        self.listening.set()
        if resync:  # what was sent while we were away is lost: reload everything
            self._deliver(ChangeBatch(resync=True))
        pending: list[Change] = []
        deadline: float | None = None
        while not self._stop.is_set():
            wait = POLL_S if deadline is None else max(0.0, deadline - time.monotonic())
            for note in conn.notifies(timeout=wait):
                if note.channel != CHANNEL or note.pid in self.ignore_pids():
                    continue
                change = parse(note.payload, note.pid)
                if change is not None:
                    pending.append(change)
                    if deadline is None:
                        deadline = time.monotonic() + self.coalesce_s
                # never leave this loop early: psycopg drops the rest of a packet read
            if deadline is not None and time.monotonic() >= deadline:
                batch, pending, deadline = ChangeBatch(tuple(pending)), [], None
                self._deliver(batch)
            if conn.closed or conn.broken:
                raise psycopg.OperationalError("the listening connection was closed")

    def _deliver(self, batch: ChangeBatch) -> None:
        try:
            self.on_batch(batch)
        except Exception:  # a receiver's bug must not stop the desk hearing changes
            log.exception("change batch receiver failed")
