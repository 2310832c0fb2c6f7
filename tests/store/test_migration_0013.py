"""Migration 0013 (the register complete): an activity and a transfer written at 0010
keep their data and get empty details; the downgrade gives the 0010 tables back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from dpo_desk.paths import database_path
from dpo_desk.store import migrate
from dpo_desk.store.db import make_engine, sqlite_url


def test_upgrade_from_0010_keeps_rows_and_downgrade_restores(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    engine = make_engine(sqlite_url(database_path(data_dir)))
    migrate.upgrade(engine, data_dir / "backups", target="0010")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO processing_activity (name, purposes, legal_basis, data_categories, "
                "subject_categories, sources, retention, retention_rule, automated_decision, "
                "ad_logic, ad_significance, ad_consequences, texts_fr, active, created_at, "
                "updated_at) VALUES ('Orders', 'Deliver', 'contract', '[]', '[]', '', '', '{}', "
                "'', '', '', '', '{}', 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO recipient (name, category, service, country, texts_fr, created_at, "
                "updated_at) VALUES ('Atlas', 'processor', '', 'MA', '{}', "
                "'2025-01-01 00:00:00', '2025-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO transfer (recipient_id, country, adequacy_status, safeguard, "
                "scc_module, safeguard_document, notes, texts_fr) VALUES (1, 'MA', "
                "'not-adequate', 'scc', '2', 'SCC', '', '{}')"
            )
        )
    migrate.upgrade(engine, data_dir / "backups", target="0013")
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT name, department, parties, dpia_criteria, dpia_link, next_review_on "
                "FROM processing_activity"
            )
        ).one()
        assert tuple(row) == ("Orders", "", "[]", "[]", "", None)
        assert conn.execute(text("SELECT tia_on, tia_conclusion FROM transfer")).one() == (None, "")
        assert conn.execute(text("SELECT count(*) FROM security_measure")).scalar() == 0
    from alembic import command

    with engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    names = inspect(engine).get_table_names()
    assert "security_measure" not in names and "activity_measure" not in names
    columns = {c["name"] for c in inspect(engine).get_columns("processing_activity")}
    assert "department" not in columns
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM processing_activity")).scalar() == "Orders"
    engine.dispose()
