"""The dashboard's requests per month and right come from ``case_month_right``, which
triggers keep equal to the GROUP BY over cases and rights whatever changes the rows
(migration 0018, issue 19)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from dpo_desk.services import cases, dashboard

# FIXED_NOW in conftest: Monday 2 February 2026.

TRUTH = (
    'SELECT substr(c.received_on, 1, 7), r."right", count(*) FROM cases c '
    "JOIN case_right r ON r.case_id = c.id GROUP BY 1, 2 ORDER BY 1, 2"
)
KEPT = 'SELECT month, "right", n FROM case_month_right WHERE n > 0 ORDER BY 1, 2'


def _add(ctx, name: str, received: date, rights: list[str]) -> str:
    return cases.add_case(
        ctx, cases.NewCase(name=name, rights=rights, received=received, channel="email")
    ).reference


def _same(ctx) -> list[tuple[str, str, int]]:
    with ctx.db.read() as session:
        truth = [tuple(r) for r in session.execute(text(TRUTH))]
        kept = [tuple(r) for r in session.execute(text(KEPT))]
    assert kept == truth
    return truth


def test_counts_follow_every_change(ctx) -> None:
    _add(ctx, "A", date(2025, 12, 15), ["access"])
    _add(ctx, "B", date(2026, 1, 5), ["access", "erasure"])
    _add(ctx, "C", date(2026, 1, 20), ["rectification"])
    assert _same(ctx) == [
        ("2025-12", "access", 1),
        ("2026-01", "access", 1),
        ("2026-01", "erasure", 1),
        ("2026-01", "rectification", 1),
    ]
    with ctx.db.write() as session:  # changes made outside the services too
        session.execute(
            text("UPDATE case_right SET \"right\" = 'objection' WHERE \"right\" = 'erasure'")
        )
        session.execute(text("UPDATE cases SET received_on = '2025-11-30' WHERE id = 3"))
        session.execute(text("DELETE FROM case_right WHERE case_id = 2 AND \"right\" = 'access'"))
    assert _same(ctx) == [
        ("2025-11", "rectification", 1),
        ("2025-12", "access", 1),
        ("2026-01", "objection", 1),
    ]
    with ctx.db.write() as session:
        session.execute(text("DELETE FROM cases WHERE id = 1"))  # its rights go by cascade
    assert _same(ctx) == [("2025-11", "rectification", 1), ("2026-01", "objection", 1)]


def test_dashboard_reads_the_kept_counts(ctx) -> None:
    _add(ctx, "Old", date(2024, 1, 10), ["access"])  # more than 12 months ago: not shown
    _add(ctx, "A", date(2025, 3, 3), ["erasure", "access"])
    _add(ctx, "B", date(2026, 2, 2), ["access"])
    board = dashboard.dashboard(ctx)
    assert board.per_month == [
        ("2025-03", "access", 1),
        ("2025-03", "erasure", 1),
        ("2026-02", "access", 1),
    ]
