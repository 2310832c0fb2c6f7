"""Opening the store: the checks that keep a bad file from ever being written to.

Order matters: lock the directory (one process), check the file is a database we can read,
check its integrity, refuse a newer schema, copy it, migrate. Any refusal leaves the file
exactly as it was. The desktop program may defer the integrity check (``defer_check``):
the store then opens with its writes held at a gate until :meth:`Store.finish_check` has
passed, run off the GUI thread after the window is painted (``store.checking``).
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from dpo_desk import fsio
from dpo_desk.errors import StoreError
from dpo_desk.paths import database_path, ensure_data_dir
from dpo_desk.store import anchors, installation, migrate, vault_check
from dpo_desk.store.checking import IntegrityGate, damaged
from dpo_desk.store.db import Database, make_engine, sqlite_url
from dpo_desk.store.lock import InstanceLock

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class Store:
    """An open data directory: its database and the lock that makes it ours."""

    data_dir: Path
    db: Database
    encrypted: bool
    _lock: InstanceLock | None = field(default=None, repr=False)
    #: Leftover vault files (no row names them, or ``*.tmp``) removed at this opening.
    orphans_collected: int = 0
    #: The deferred check (``PRAGMA quick_check`` or ``integrity_check``), or "".
    deferred_check: str = ""
    #: When the store was opened (epoch seconds): a deferred collection of orphans
    #: leaves alone the files written since, which may belong to a write in progress.
    opened_at: float = field(default_factory=time.time)

    @property
    def path(self) -> Path:
        return database_path(self.data_dir)

    def finish_check(self) -> None:
        """Run the deferred integrity check on its own connection, then what the opening
        does after it (collect orphans, anchor the audit head), and open the write gate.
        Does nothing when the check was not deferred or already ran.

        Raises:
            StoreError: the database is damaged; the gate stays shut, nothing is written.
        """
        gate = self.db.gate
        if gate is None:
            return
        if gate.done:
            gate.before_write(0)
            return
        try:
            with self.db.engine.connect() as conn:
                verdict = str(conn.exec_driver_sql(f"PRAGMA {self.deferred_check}").scalar())
        except sa_exc.DatabaseError as exc:
            verdict = _first_line(exc)
        except BaseException as exc:
            gate.settle(f"not checked: {_first_line(exc)}")
            raise
        if verdict != "ok":
            gate.settle(verdict)
            raise damaged(self.path, verdict)
        if self._lock is not None:
            try:
                self.orphans_collected = _collect(self.data_dir, self.db.engine, self.opened_at)
            except (OSError, sa_exc.DatabaseError):  # housekeeping: never blocks the work
                log.exception("orphaned vault files not collected")
            fsio.sweep_recorded(self.data_dir, self.opened_at)
        gate.settle("ok")
        anchors.checkpoint(self.db, "start")

    def close(self) -> None:
        gate = self.db.gate
        if self.db.anchors is not None and (gate is None or gate.passed):
            anchors.checkpoint(self.db, "close")
        self.db.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _check_file(path: Path, key: str | None) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError("{path} is a directory, not a DPO Desk database", path=path)
    size = path.stat().st_size
    if size == 0:
        raise StoreError("{path} is empty (0 bytes): not a DPO Desk database", path=path)
    with path.open("rb") as fh:
        header = fh.read(16)
    if key is None and header != SQLITE_HEADER:
        raise StoreError(
            "{path} is not a readable DPO Desk database (not SQLite, or encrypted and no key "
            "was given; if its keys.json was lost, rebuild it with 'dpo-desk secure "
            "rebuild-keys')",
            path=path,
        )


def open_store(
    data_dir: Path,
    *,
    key: str | None = None,
    lock: bool | InstanceLock = True,
    migrate_schema: bool = True,
    check: str = "quick_check",
    defer_check: bool = False,
) -> Store:
    """Open (creating if needed) the store in ``data_dir``.

    Args:
        key: the SQLCipher key; None opens a plain SQLite file.
        lock: take the single-instance lock (False only for tools that must read a store
            another process holds, such as a backup verifier working on a copy), or the
            lock the caller already took (the window reads its first page under it).
        check: ``quick_check`` at every start (fast), ``integrity_check`` for doctor.
        defer_check: open without waiting for the check when the schema is current (no
            migration to write): writes then wait for :meth:`Store.finish_check`, which
            the caller must run (the desktop program, issue 19).

    Raises:
        StoreError: locked by another process, not a database, wrong key, damaged, or
            written by a newer DPO Desk.
    """
    ensure_data_dir(data_dir)
    instance_lock: InstanceLock | None = None
    if isinstance(lock, InstanceLock):
        instance_lock = lock  # taken by the caller
    elif lock:
        instance_lock = InstanceLock(data_dir)
        instance_lock.acquire()
    try:
        path = database_path(data_dir)
        _check_file(path, key)
        engine = make_engine(sqlite_url(path, key))
        opened_at = time.time()
        try:
            # A migration writes: only a store at the current schema may defer its check.
            deferred = defer_check and migrate.current_revision(engine) == migrate.HEAD
            if not deferred:
                with engine.connect() as conn:
                    verdict = conn.exec_driver_sql(f"PRAGMA {check}").scalar()
                if verdict != "ok":
                    raise damaged(path, str(verdict))
            if migrate_schema:
                migrate.upgrade(engine, data_dir / "backups")
            collected = _collect(data_dir, engine) if instance_lock and not deferred else 0
            if instance_lock and not deferred:
                fsio.sweep_recorded(data_dir)  # exports and packs a killed process left
            if instance_lock:
                with contextlib.suppress(OSError):  # a read-only directory still opens
                    installation.ensure(data_dir)
        except sa_exc.DatabaseError as exc:
            engine.dispose()
            if fsio.is_disk_full(exc) or fsio.nearly_full(data_dir):
                # Not damage: SQLite cannot create its -wal/-shm files (issue 13).
                raise StoreError(
                    "the disk holding {path} is full: DPO Desk cannot open its data, which "
                    "is not damaged; free some space and try again",
                    path=str(path),
                ) from exc
            raise StoreError(
                "cannot open {path}: not a DPO Desk database, damaged, or a wrong key ({value})",
                path=path,
                value=_first_line(exc),
            ) from exc
        except StoreError:
            engine.dispose()
            raise
        path.chmod(0o600)
        db = Database(engine)
        if deferred:
            db.gate = IntegrityGate(path)
        if lock:  # only the owner of the directory writes its anchors
            db.anchors = anchors.AnchorBook(data_dir, anchors.mac_key(key))
            if not deferred:  # else once the check has passed (Store.finish_check)
                anchors.checkpoint(db, "start")
        return Store(
            data_dir,
            db,
            key is not None,
            instance_lock,
            collected,
            deferred_check=check if deferred else "",
            opened_at=opened_at,
        )
    except BaseException:
        if instance_lock:
            instance_lock.release()
        raise


def _collect(data_dir: Path, engine: Engine, before: float | None = None) -> int:
    """Collect orphaned vault files while we hold the instance lock: every process that
    writes the vault holds it, so no write is in progress and every file a row will ever
    name is already named by a committed row (reliability.md F15, issue 13). With
    ``before`` (a deferred check: this process may already be writing) only files older
    than that instant are candidates."""
    raw = engine.raw_connection()
    try:
        count, _ = vault_check.collect_orphans(data_dir, raw.driver_connection, before)
    finally:
        raw.close()
    return count


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).splitlines()[0] if str(orig) else type(orig).__name__
