"""A write that finds SQLite's writer lock taken: a person's save is refused in words
after the busy timeout; unattended work (a backup beside the open window) waits for
a gap and then writes, once."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.store import db as db_module
from dpo_desk.store.db import Database, StoreBusy, make_engine, sqlite_url


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 50)  # read at each connect
    path = tmp_path / "busy.sqlite3"
    database = Database(make_engine(sqlite_url(path)))
    with database.write() as session:
        session.execute(text("CREATE TABLE t (v INTEGER)"))
    yield database
    database.dispose()


def _hold_writer_lock(path: Path, seconds: float, taken: threading.Event) -> None:
    other = sqlite3.connect(path, isolation_level=None)  # another program
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO t VALUES (0)")
    taken.set()
    time.sleep(seconds)
    other.execute("COMMIT")
    other.close()


def _rows(database: Database) -> list[int]:
    with database.read() as session:
        return [r[0] for r in session.execute(text("SELECT v FROM t ORDER BY v"))]


def _holding(database: Database, seconds: float) -> threading.Thread:
    path = Path(database.engine.url.database or "")
    taken = threading.Event()
    holder = threading.Thread(target=_hold_writer_lock, args=(path, seconds, taken))
    holder.start()
    assert taken.wait(5)
    return holder


def test_a_save_is_refused_in_words_and_writes_nothing(database: Database) -> None:
    holder = _holding(database, 0.6)
    with pytest.raises(StoreBusy, match="busy.*nothing was saved"), database.write() as session:
        session.execute(text("INSERT INTO t VALUES (1)"))
    holder.join()
    assert _rows(database) == [0]


def test_unattended_write_waits_past_the_busy_timeout_and_writes_once(
    database: Database,
) -> None:
    tries: list[float] = []

    def action(session) -> str:  # type: ignore[no-untyped-def]
        tries.append(time.monotonic())
        session.execute(text("INSERT INTO t VALUES (2)"))
        return "written"

    holder = _holding(database, 0.6)  # 12 busy timeouts long
    assert database.write_when_free(action, within_s=10) == "written"
    holder.join()
    assert _rows(database) == [0, 2]  # once, after the other program's row
    assert len(tries) >= 2  # it did meet the lock, and tried again


def test_unattended_write_gives_up_after_its_window(database: Database) -> None:
    holder = _holding(database, 1.0)
    started = time.monotonic()
    with pytest.raises(StoreBusy):
        database.write_when_free(lambda s: s.execute(text("INSERT INTO t VALUES (3)")), 0.3)
    waited = time.monotonic() - started
    holder.join()
    assert 0.3 <= waited < 0.95
    assert _rows(database) == [0]
