"""The engine, its SQLite settings, and the two kinds of session a use case opens.

Settings from reliability.md: WAL, ``synchronous=FULL`` (a committed case survives a power
cut; NORMAL can roll it back), foreign keys, a busy timeout. Write transactions start with
``BEGIN IMMEDIATE`` so that the audit chain's "read the head, append after it" happens
under the writer lock, never interleaved with another writer.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from dpo_desk import fsio
from dpo_desk.errors import StoreError, UserError
from dpo_desk.store.checking import IntegrityGate

#: SQLSTATE of a privilege or row-level security refusal (``insufficient_privilege``).
DENIED = "42501"


class ServerRefused(UserError):
    """The team server refused a write for the person's role (a GRANT, a row-level
    security policy or the audit trigger of ``store.team_roles``); nothing was saved.
    ``services.team.guard`` names the role and the action."""


BUSY_TIMEOUT_MS = 5000

T = TypeVar("T")


class StoreBusy(StoreError):
    """Another program held SQLite's writer lock for the whole busy timeout."""


def sqlite_url(path: Path, key: str | None = None) -> str:
    """URL of the store file; with ``key`` the file is opened through SQLCipher."""
    if key is None:
        return f"sqlite:///{path}"
    return f"sqlite+pysqlcipher://:{quote(key, safe='')}@/{path}"


def make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (the driver's implicit
        # transactions would start too late, after the first SELECT).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """An engine with a read session factory and a serialised write session factory."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(bind=writer, expire_on_commit=False)
        # One writer at a time inside this process too (threads of the GUI).
        self._write_lock = threading.RLock()
        #: Where the audit head is anchored (``store.anchors.AnchorBook``); set by
        #: ``open_store``, None for a bare database (tests, snapshots).
        self.anchors: Any = None
        #: Shut while the start-up integrity check runs (``store.checking``); every write
        #: waits there, so none happens before the check has passed (reliability.md F6).
        self.gate: IntegrityGate | None = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction for one user action: commits on success, rolls back on error.

        Raises:
            StoreError: the start-up integrity check has not passed (still running, or
                the database is damaged): nothing is written.
        """
        if self.gate is not None:
            self.gate.before_write()
        try:
            with self._write_lock, self._write.begin() as session:
                yield session
        except sa_exc.OperationalError as exc:
            raise _as_user_error(exc) from exc
        except sa_exc.DBAPIError as exc:
            if denied(exc):
                raise ServerRefused(
                    "the server refused this change: your role may not make it; nothing was saved"
                ) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._read() as session:
                yield session
        except sa_exc.OperationalError as exc:
            if fsio.is_disk_full(exc):  # a read in WAL mode may need to grow -shm/-wal
                raise StoreError(
                    "the disk is full: DPO Desk cannot read its data, which is "
                    "not damaged; free some space and try again"
                ) from exc
            raise

    def write_when_free(self, action: Callable[[Session], T], within_s: float = 120.0) -> T:
        """Run ``action`` in one write transaction, trying again while the store is busy.

        For unattended work (a scheduled backup from another process): the window's
        saves come one after another, and SQLite's busy handler, which polls, can lose
        every race for the writer lock during its 5 s (seen once in CI against a loop of
        saves). Each try is a whole transaction rolled back on refusal, so running
        ``action`` again is safe; a random pause between tries breaks the lock-step.
        A person's own save still gets the plain refusal after 5 s: they can retry.
        """
        deadline = time.monotonic() + within_s
        while True:
            try:
                with self.write() as session:
                    return action(session)
            except StoreBusy:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(random.uniform(0.02, 0.25))

    def dispose(self) -> None:
        self.engine.dispose()


def denied(exc: BaseException) -> bool:
    """Is ``exc`` the server's refusal of a privilege or a policy (PostgreSQL)?"""
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) == DENIED


def _as_user_error(exc: sa_exc.OperationalError) -> Exception:
    """The environment's refusals, in words; anything else stays a bug (reliability F3, F9)."""
    text = str(exc.orig or exc).lower()
    if "full" in text:
        return StoreError("the disk is full: nothing was saved; free some space and try again")
    if "locked" in text or "busy" in text:
        return StoreBusy(
            "the data is busy (another program is writing); nothing was saved, try again"
        )
    if "readonly" in text or "read-only" in text:
        return StoreError("the data directory is read-only: nothing was saved")
    return exc
