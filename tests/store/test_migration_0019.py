"""Migration 0019: the (status, receipt) and (status, reference) indexes of the case list
are built over the cases already there and dropped again by the downgrade."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from dpo_desk.paths import database_path
from dpo_desk.store import migrate
from dpo_desk.store.db import make_engine, sqlite_url
from tests.store.test_migration_0018 import _case

NEW = {"ix_cases_status_received", "ix_cases_status_reference"}


def _indexes(engine) -> set[str]:  # type: ignore[no-untyped-def]
    return {i["name"] for i in inspect(engine).get_indexes("cases") if i["name"]}


def test_upgrade_indexes_the_cases_there_and_downgrade_drops_them(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    engine = make_engine(sqlite_url(database_path(data_dir)))
    migrate.upgrade(engine, data_dir / "backups", target="0018")
    with engine.begin() as conn:
        _case(conn, 1, "2025-12-15", ["access"])
        _case(conn, 2, "2025-11-20", ["erasure"])
    assert not NEW & _indexes(engine)
    migrate.upgrade(engine, data_dir / "backups")
    assert NEW <= _indexes(engine)
    first = "SELECT id FROM cases WHERE status = 'received' ORDER BY received_on, id"
    with engine.begin() as conn:
        assert conn.execute(text(first)).scalars().all() == [2, 1]
        plan = " ".join(str(r[3]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + first)))
        assert "ix_cases_status_received" in plan and "TEMP B-TREE" not in plan
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0018")
    assert not NEW & _indexes(engine)
    engine.dispose()
