"""Migration 0014 (working together, issue 16): the person named at intake becomes the
case's assignee, a letter's drafter is read from its audit entry, every row starts at
version 1; the downgrade removes the columns and keeps the rows."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from dpo_desk.services import cases, letters, registers
from dpo_desk.services.context import Context
from dpo_desk.store import migrate


def _to(ctx: Context, target: str, down: bool = False) -> None:
    with ctx.db.engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def test_upgrade_fills_assignee_drafter_and_versions_and_downgrade_keeps_rows(
    ctx: Context,
) -> None:
    new = cases.NewCase(
        name="Élodie Lefèvre",
        rights=["access"],
        received=ctx.today(),
        channel="post",
        assignee="Claire Martin",
    )
    ref = cases.add_case(ctx, new).reference
    plain = cases.add_case(ctx, cases.NewCase("Jean Dupont", ["erasure"], ctx.today(), "email"))
    letter = letters.generate(ctx, ref, "acknowledgement", "fr")
    registers.add_recipient(ctx, registers.NewRecipient("Payroll", "internal"))
    _to(ctx, "0013", down=True)
    columns = {c["name"] for c in inspect(ctx.db.engine).get_columns("cases")}
    assert "assigned_to" not in columns and "version" not in columns
    with ctx.db.engine.begin() as conn:  # a letter written before 0014 had no drafter
        assert conn.execute(text("SELECT count(*) FROM document")).scalar() == 1
    _to(ctx, "0014")
    with ctx.db.engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT reference, assigned_to FROM cases")).all())
        assert rows == {ref: "Claire Martin", plain.reference: None}
        assert set(conn.execute(text("SELECT version FROM cases")).scalars()) == {1}
        assert conn.execute(text("SELECT version FROM recipient")).scalar() == 1
        drafted = conn.execute(
            text("SELECT drafted_by, approved_by, approved_at FROM document WHERE id = :i"),
            {"i": letter.document_id},
        ).one()
        assert tuple(drafted) == ("test-dpo", "", None)
        indexes = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars()
        )
        # "my cases" has its index, and the round trip kept the deadline indexes
        assert {"ix_cases_assigned_due", "ix_cases_open_due", "ix_cases_effective_due"} <= indexes
    summary = cases.list_cases(ctx, cases.CaseFilter(assigned_to="Claire Martin"))
    assert [s.reference for s in summary] == [ref]
