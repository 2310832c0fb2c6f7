"""Migrating a team server: one desk at a time (advisory lock), after a pg_dump that
pg_restore can read; no pg_dump, no migration."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.errors import StoreError
from dpo_desk.keys.server import ServerProfile, server_engine
from dpo_desk.store import migrate
from tests.team._srv_fixtures import needs_pg, team_db

__all__ = ["team_db"]
pytestmark = needs_pg


def test_two_desks_migrating_at_once_migrate_once(team_db: ServerProfile, tmp_path: Path) -> None:
    engines = [server_engine(team_db) for _ in range(2)]
    migrate.upgrade(engines[0], None, target="0012")
    results: list[Path | None] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def desk(index: int) -> None:
        start.wait()
        try:
            results.append(migrate.upgrade_server(engines[index], tmp_path / f"desk{index}"))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    dumps = [r for r in results if r is not None]
    assert len(results) == 2 and len(dumps) == 1  # the second desk found it done
    with engines[0].connect() as conn:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert rows == [migrate.HEAD]
    listing = subprocess.run(
        ["pg_restore", "--list", str(dumps[0])], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE public cases" in listing and "alembic_version" in listing
    for engine in engines:
        engine.dispose()


def test_a_second_desk_waits_for_the_lock(team_db: ServerProfile, tmp_path: Path) -> None:
    engine = server_engine(team_db)
    migrate.upgrade(engine, None, target="0012")
    holder = server_engine(team_db)
    with holder.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": migrate.MIGRATION_LOCK})
        conn.commit()
        done = threading.Event()
        worker = threading.Thread(
            target=lambda: (migrate.upgrade_server(engine, tmp_path), done.set())
        )
        worker.start()
        assert not done.wait(1.5)  # waiting while another desk holds the lock
        assert migrate.current_revision(engine) == "0012"
        conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": migrate.MIGRATION_LOCK})
        conn.commit()
        assert done.wait(60)
    worker.join()
    assert migrate.current_revision(engine) == migrate.HEAD
    holder.dispose()
    engine.dispose()


def test_a_desk_that_waited_too_long_is_told_so(
    team_db: ServerProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = server_engine(team_db)
    migrate.upgrade(engine, None, target="0012")
    monkeypatch.setattr(migrate, "LOCK_WAIT", "300ms")
    holder = server_engine(team_db)
    with holder.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": migrate.MIGRATION_LOCK})
        conn.commit()
        with pytest.raises(StoreError, match="another desk has been upgrading the team server"):
            migrate.upgrade_server(engine, tmp_path)
    holder.dispose()
    assert migrate.current_revision(engine) == "0012"
    with engine.connect() as conn:  # the pool's connections keep the default timeout
        assert conn.execute(text("SHOW lock_timeout")).scalar() == "0"
    engine.dispose()


def test_without_pg_dump_the_migration_is_refused(
    team_db: ServerProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = server_engine(team_db)
    migrate.upgrade(engine, None, target="0012")
    assert shutil.which("pg_dump")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(StoreError, match="pg_dump .* is not installed.*nothing was changed"):
        migrate.upgrade_server(engine, tmp_path / "backups")
    assert migrate.current_revision(engine) == "0012"
    engine.dispose()


def test_a_failed_dump_refuses_the_migration(
    team_db: ServerProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = server_engine(team_db)
    migrate.upgrade(engine, None, target="0012")
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "pg_dump").write_text(
        "#!/bin/sh\necho 'pg_dump: error: server version mismatch' >&2\nexit 1\n"
    )
    (fake / "pg_dump").chmod(0o755)
    monkeypatch.setenv("PATH", str(fake))
    with pytest.raises(StoreError, match="backup of the team server.*failed.*version mismatch"):
        migrate.upgrade_server(engine, tmp_path / "backups")
    assert migrate.current_revision(engine) == "0012"
    assert list((tmp_path / "backups").iterdir()) == []
    engine.dispose()
