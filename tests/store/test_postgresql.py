"""The same models, migrations and services on PostgreSQL, for a team sharing one server.

Runs against the server named by ``DPO_DESK_TEST_PG`` (a SQLAlchemy URL); ``.ci/run``
starts a throw-away PostgreSQL (tools/test_postgres.sh) and sets it, so CI always runs
these tests. Without the variable they are skipped with that reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from dpo_desk.services import audit, cases, dashboard, letters, team_keys, workflow
from dpo_desk.services.case_list import ListQuery, case_ids
from dpo_desk.services.context import Context
from dpo_desk.services.demo import load_demo
from dpo_desk.store import migrate
from dpo_desk.store.db import Database, make_engine
from tests.conftest import FIXED_NOW

URL = os.environ.get("DPO_DESK_TEST_PG", "")
pytestmark = pytest.mark.skipif(not URL, reason="DPO_DESK_TEST_PG is not set (see .ci/run)")


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    engine = make_engine(URL)
    with engine.begin() as conn:  # a clean schema per test
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    yield engine
    engine.dispose()


@pytest.fixture
def pg_ctx(pg_engine: Engine, tmp_path: Path) -> Context:
    migrate.upgrade(pg_engine, None)
    ctx = Context(Database(pg_engine), tmp_path, actor="test-dpo", clock=lambda: FIXED_NOW)
    # A team server keeps letters and documents sealed with the team key (issue 16).
    team_keys.create_team_key(ctx, "test team passphrase")
    return ctx


def test_migrations_run_step_by_step(pg_engine: Engine) -> None:
    migrate.upgrade(pg_engine, None, target="0001")
    assert migrate.current_revision(pg_engine) == "0001"
    migrate.upgrade(pg_engine, None)
    assert migrate.current_revision(pg_engine) == migrate.HEAD


def test_demo_workflow_search_dashboard_and_audit(pg_ctx: Context) -> None:
    load_demo(pg_ctx)
    assert len(cases.list_cases(pg_ctx)) == 32
    # no FTS5 on PostgreSQL: the folded-name fallback still ignores accents
    found = cases.list_cases(pg_ctx, cases.CaseFilter(text="lefevre"))
    assert [c.subject_name for c in found] == ["Élodie Lefèvre"]
    ref = cases.add_case(
        pg_ctx,
        cases.NewCase(
            name="Дмитрий Иванов", rights=["access"], received=date(2025, 1, 31), channel="post"
        ),
    ).reference
    assert cases.get_case(pg_ctx, ref).due_date == date(2025, 2, 28)
    workflow.extend(
        pg_ctx, ref, "Several requests at once", date(2025, 2, 20), evidence="e-mail of 20 Feb"
    )
    assert cases.get_case(pg_ctx, ref).extended_due_date == date(2025, 4, 28)
    board = dashboard.dashboard(pg_ctx)
    assert sum(board.counts.values()) > 0 and board.per_month
    with pg_ctx.db.read() as session:
        assert (
            len(case_ids(session, ListQuery(cases.CaseFilter(open_only=True)), pg_ctx.today())) > 0
        )
        report = audit.verify(session)
    assert report.ok and report.count > 150


def test_letters_and_instants_keep_their_time_zone(pg_ctx: Context) -> None:
    load_demo(pg_ctx)
    ref = cases.list_cases(pg_ctx)[0].reference
    generated = letters.generate(pg_ctx, ref, "acknowledgement", "fr")
    sent = letters.mark_sent(pg_ctx, generated.document_id)
    assert sent.sent_at is not None and sent.sent_at.tzinfo is not None
    detail = cases.get_case(pg_ctx, ref)
    assert detail.received_at.tzinfo is not None


def test_the_open_queue_index_is_partial_on_the_server(pg_engine: Engine) -> None:
    """The model leaves ``postgresql_where`` out (it would load SQLAlchemy's PostgreSQL
    dialect on every desktop start); the migrations still make the index partial here."""
    migrate.upgrade(pg_engine, None)
    with pg_engine.connect() as conn:
        definition = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_cases_open_due'")
        ).scalar_one()
    assert "WHERE" in definition
    for status in ("received", "awaiting-identity", "in-progress", "extended"):
        assert f"'{status}'" in definition
    assert "'closed'" not in definition


def test_the_register_export_gathers_rights_on_the_server(pg_ctx: Context, tmp_path: Path) -> None:
    """string_agg on PostgreSQL where SQLite says group_concat: the same register."""
    import csv

    from dpo_desk.services import exports

    load_demo(pg_ctx)
    ref = cases.add_case(
        pg_ctx,
        cases.NewCase(
            name="Deux Droits",
            rights=["erasure", "access"],
            received=date(2025, 1, 31),
            channel="post",
        ),
    ).reference
    out = tmp_path / "register.csv"
    result = exports.export_requests(pg_ctx, "csv", out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert result.rows == len(rows) - 1 == len(cases.list_cases(pg_ctx))
    mine = next(r for r in rows if r[0] == ref)
    assert mine[2] == "access, erasure" and mine[1] == "2025-01-31"
    received = [r[1] for r in rows[1:]]
    assert received == sorted(received)


def test_the_annual_report_reads_in_steps_on_the_server(pg_ctx: Context) -> None:
    """The report's large reads go a step at a time (server-side cursors on PostgreSQL)
    inside its one read transaction, and count the same as the case list."""
    from dpo_desk.services.reports.gather import annual_figures

    load_demo(pg_ctx)
    figures, organisation = annual_figures(pg_ctx, date(2025, 1, 1), date(2026, 1, 31))
    received = [
        c
        for c in cases.list_cases(pg_ctx)
        if date(2025, 1, 1) <= c.received_on <= date(2026, 1, 31)
    ]
    assert figures.received == len(received) > 0
    assert organisation
