"""The start-up integrity check deferred off the first paint (issue 19) keeps the
guarantee of reliability.md F6: no write before it has passed, a damaged store caught and
left as it was."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.errors import StoreError
from dpo_desk.paths import database_path
from dpo_desk.store import checking, migrate
from dpo_desk.store.db import make_engine, sqlite_url
from dpo_desk.store.opening import open_store


def _count(store, table: str = "filler") -> int:
    with store.db.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _make(data_dir: Path, rows: int = 0) -> None:
    s = open_store(data_dir)
    with s.db.write() as session:
        session.execute(text("CREATE TABLE filler (x TEXT)"))
        for i in range(rows):
            session.execute(text("INSERT INTO filler VALUES (:x)"), {"x": "y" * 900 + str(i)})
    s.close()


def _damage(data_dir: Path) -> bytes:
    db = database_path(data_dir)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(db.read_bytes())
    pages = len(raw) // 4096
    # The last pages hold the filler table's rows (created last): the schema still
    # reads, so only the integrity check can tell (an interior page, as in F6).
    for number in range(pages - 6, pages - 1):
        raw[4096 * number] = 0x07
    db.write_bytes(bytes(raw))
    return bytes(raw)


def test_a_write_before_the_check_is_refused_clearly_and_writes_nothing(
    data_dir: Path, monkeypatch
) -> None:
    _make(data_dir)
    monkeypatch.setattr(checking, "WRITE_WAIT_S", 0.05)
    s = open_store(data_dir, defer_check=True)
    try:
        assert s.db.gate is not None and not s.db.gate.done
        with (
            pytest.raises(StoreError, match="still checking its data, a moment"),
            s.db.write() as session,
        ):
            session.execute(text("INSERT INTO filler VALUES ('early')"))
        assert _count(s) == 0  # reads work meanwhile; nothing was written
        s.finish_check()
        assert s.db.gate.passed
        with s.db.write() as session:
            session.execute(text("INSERT INTO filler VALUES ('after')"))
        assert _count(s) == 1
    finally:
        s.close()


def test_a_write_waits_for_the_check_and_goes_ahead_once_it_passed(data_dir: Path) -> None:
    _make(data_dir)
    s = open_store(data_dir, defer_check=True)
    order: list[str] = []

    def write() -> None:
        with s.db.write() as session:
            order.append("write")
            session.execute(text("INSERT INTO filler VALUES ('waited')"))

    try:
        worker = threading.Thread(target=write)
        worker.start()
        time.sleep(0.2)
        assert order == [] and worker.is_alive()  # held at the gate
        order.append("check")
        s.finish_check()
        worker.join(5)
        assert order == ["check", "write"]
        assert _count(s) == 1
    finally:
        s.close()


def test_a_damaged_store_opened_deferred_is_caught_and_never_written(data_dir: Path) -> None:
    _make(data_dir, rows=300)
    damaged = _damage(data_dir)
    s = open_store(data_dir, defer_check=True)
    try:
        with pytest.raises(StoreError, match="damaged"):
            s.finish_check()
        assert s.db.gate is not None and s.db.gate.done and not s.db.gate.passed
        with pytest.raises(StoreError, match="damaged"), s.db.write() as session:
            session.execute(text("INSERT INTO filler VALUES ('late')"))
        with pytest.raises(StoreError, match="damaged"):
            s.finish_check()  # asked again: the same verdict, no second chance
    finally:
        s.close()
    assert database_path(data_dir).read_bytes() == damaged


def test_the_command_line_still_checks_before_it_opens(data_dir: Path) -> None:
    _make(data_dir, rows=300)
    _damage(data_dir)
    with pytest.raises(StoreError, match="damaged"):
        open_store(data_dir)


def test_a_store_to_migrate_is_checked_before_it_opens(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    engine = make_engine(sqlite_url(database_path(data_dir)))
    migrate.upgrade(engine, data_dir / "backups", target="0001")
    engine.dispose()
    s = open_store(data_dir, defer_check=True)  # a migration writes: no deferral
    try:
        assert s.db.gate is None
        assert migrate.current_revision(s.db.engine) == migrate.HEAD
    finally:
        s.close()


def test_deferred_collection_spares_files_written_since_the_opening(data_dir: Path) -> None:
    _make(data_dir)
    docs = data_dir / "documents"
    docs.mkdir(exist_ok=True)
    old = docs / "orphan-from-a-crash.tmp"
    old.write_bytes(b"x" * 10)
    past = time.time() - 3600
    os.utime(old, (past, past))
    s = open_store(data_dir, defer_check=True)
    try:
        fresh = docs / "being-written-now.tmp"  # a write of this process, row not yet in
        fresh.write_bytes(b"y" * 10)
        s.finish_check()
        assert not old.exists() and fresh.exists()
        assert s.orphans_collected == 1
    finally:
        s.close()
