"""Migration 0018: ``case_month_right`` is filled from the cases already there, then kept
by its triggers; the downgrade removes the table and the triggers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import insert, inspect, text

from dpo_desk.paths import database_path
from dpo_desk.store import migrate
from dpo_desk.store.db import make_engine, sqlite_url
from dpo_desk.store.models import Case, CaseRight, DataSubject


def _case(conn, case_id: int, received: str, rights: list[str]) -> None:
    """Rows through Core inserts of the models' tables (their defaults fill the rest)."""
    now = datetime(2025, 1, 1, tzinfo=UTC)
    conn.execute(
        insert(DataSubject.__table__).values(
            id=case_id, full_name="P", name_key="p", created_at=now
        )
    )
    conn.execute(
        insert(Case.__table__).values(
            id=case_id,
            reference=f"DPO-{case_id}",
            subject_id=case_id,
            channel="email",
            jurisdiction="FR",
            received_on=date.fromisoformat(received),
            received_at=now,
            received_tz="Europe/Paris",
            created_at=now,
            updated_at=now,
        )
    )
    for right in rights:
        conn.execute(insert(CaseRight.__table__).values(case_id=case_id, right=right))


def test_backfill_then_triggers_then_downgrade(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    engine = make_engine(sqlite_url(database_path(data_dir)))
    migrate.upgrade(engine, data_dir / "backups", target="0017")
    with engine.begin() as conn:
        _case(conn, 1, "2025-12-15", ["access", "erasure"])
        _case(conn, 2, "2025-12-20", ["access"])
    migrate.upgrade(engine, data_dir / "backups", target="0018")
    kept = 'SELECT month, "right", n FROM case_month_right ORDER BY 1, 2'
    with engine.begin() as conn:
        assert [tuple(r) for r in conn.execute(text(kept))] == [
            ("2025-12", "access", 2),
            ("2025-12", "erasure", 1),
        ]
        _case(conn, 3, "2026-01-02", ["access"])
        assert [tuple(r) for r in conn.execute(text(kept))][-1] == ("2026-01", "access", 1)
    with engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0017")
    assert "case_month_right" not in inspect(engine).get_table_names()
    with engine.begin() as conn:
        assert (
            conn.execute(
                text(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                    "AND name LIKE 'case_month_right%'"
                )
            ).scalar()
            == 0
        )
        _case(conn, 4, "2026-01-03", ["access"])  # no trigger left to fail
    engine.dispose()
