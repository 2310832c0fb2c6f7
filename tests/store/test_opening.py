"""Opening the store: settings, single instance, refusals that change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.errors import StoreError
from dpo_desk.paths import database_path
from dpo_desk.store import migrate
from dpo_desk.store.opening import open_store


def test_pragmas_are_those_of_a_store_with_legal_weight(store) -> None:
    with store.db.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_data_dir_and_database_are_owner_only(store) -> None:
    assert store.data_dir.stat().st_mode & 0o777 == 0o700
    assert database_path(store.data_dir).stat().st_mode & 0o777 == 0o600


def test_second_instance_is_refused_with_a_clear_message(store) -> None:
    with pytest.raises(StoreError, match="already open"):
        open_store(store.data_dir)


def test_lock_is_released_on_close(data_dir: Path) -> None:
    first = open_store(data_dir)
    first.close()
    second = open_store(data_dir)
    second.close()


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        open_store(target)
    assert target.read_text() == "x"


def test_not_a_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = database_path(data_dir)
    db.write_bytes(b"this is a text file, not SQLite" * 10)
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not a readable DPO Desk database"):
        open_store(data_dir)
    assert db.read_bytes() == before


def test_empty_file_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    database_path(data_dir).write_bytes(b"")
    with pytest.raises(StoreError, match="0 bytes"):
        open_store(data_dir)


def test_newer_schema_is_refused(data_dir: Path) -> None:
    open_store(data_dir).close()
    db = database_path(data_dir)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db.stat().st_size
    with pytest.raises(StoreError, match="newer version of DPO Desk"):
        open_store(data_dir)
    assert db.stat().st_size == before


def test_damaged_interior_page_is_caught_at_start(data_dir: Path) -> None:
    s = open_store(data_dir)
    with s.db.write() as session:
        session.execute(text("CREATE TABLE filler (x TEXT)"))
        for i in range(300):
            session.execute(text("INSERT INTO filler VALUES (:x)"), {"x": "y" * 900 + str(i)})
    s.close()
    db = database_path(data_dir)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(db.read_bytes())
    page = 4096
    for number in range(10, 20):  # b-tree page type bytes of interior pages
        raw[page * number] = 0x07
    db.write_bytes(bytes(raw))
    with pytest.raises(StoreError, match="damaged"):
        open_store(data_dir)


def test_zeroed_header_is_refused(data_dir: Path) -> None:
    open_store(data_dir).close()
    db = database_path(data_dir)
    raw = bytearray(db.read_bytes())
    raw[:100] = bytes(100)
    db.write_bytes(bytes(raw))
    with pytest.raises(StoreError, match="not a readable"):
        open_store(data_dir)


def test_upgrade_from_first_revision_to_head_keeps_a_copy(data_dir: Path) -> None:
    from dpo_desk.store.db import make_engine, sqlite_url

    data_dir.mkdir(parents=True)
    engine = make_engine(sqlite_url(database_path(data_dir)))
    migrate.upgrade(engine, data_dir / "backups", target="0001")
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()
    s = open_store(data_dir)
    try:
        assert migrate.current_revision(s.db.engine) == migrate.head_revision()
    finally:
        s.close()


@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression")
def test_models_and_migrations_agree(store) -> None:
    """Autogenerate finds nothing to do: the migrations create exactly the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dpo_desk.store.models import Base

    with store.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The FTS5 search index and the dashboard's per-month counts (kept by triggers,
    # migration 0018) are SQLite-only and created by their migrations, not by models.
    assert [d for d in diff if not _is_sqlite_only(d)] == []


def _is_sqlite_only(diff: tuple) -> bool:
    table = diff[1]
    return getattr(table, "name", "").startswith(("case_search", "case_month_right"))


def test_models_compile_for_postgresql() -> None:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    from dpo_desk.store.models import Base

    ddl = [
        str(CreateTable(t).compile(dialect=postgresql.dialect()))
        for t in Base.metadata.sorted_tables
    ]
    assert any("CREATE TABLE cases" in d for d in ddl)
    assert all("sqlite" not in d.lower() for d in ddl)


def test_head_constant_is_alembics_head() -> None:
    assert migrate.HEAD == migrate.head_revision()
