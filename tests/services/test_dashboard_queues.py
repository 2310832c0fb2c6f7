"""The morning queues: overdue, due soon, extension notices, identity waits."""

from __future__ import annotations

from datetime import date

from dpo_desk.services import cases, dashboard, identity, workflow

# FIXED_NOW in conftest: Monday 2 February 2026.


def _add(ctx, name: str, received: date, **kw: object) -> str:
    return cases.add_case(
        ctx, cases.NewCase(name=name, rights=["access"], received=received, channel="email", **kw)
    ).reference  # type: ignore[arg-type]


def test_queues(ctx) -> None:
    late = _add(ctx, "Late", date(2025, 12, 15))  # due 15 Jan 2026
    soon = _add(ctx, "Soon", date(2026, 1, 5))  # due 5 Feb 2026
    waiting = _add(ctx, "Waiting", date(2025, 12, 1))  # would be overdue, but suspended
    identity.request_identity(ctx, waiting, "Different e-mail address", date(2025, 12, 2))
    done = _add(ctx, "Done", date(2025, 12, 10))
    workflow.transition(ctx, done, "answered", late_reason="Answered by phone, recorded now")
    board = dashboard.dashboard(ctx)
    assert [c.reference for c in dashboard.queue(ctx, "overdue")] == [late]
    assert [c.reference for c in dashboard.queue(ctx, "due-soon")] == [soon]
    assert [c.reference for c in dashboard.queue(ctx, "awaiting-identity")] == [waiting]
    assert [c.reference for c in dashboard.queue(ctx, "suspended")] == [waiting]
    # Extension notice due within a week: the first due date of "Soon" is 5 Feb.
    assert soon in [c.reference for c in dashboard.queue(ctx, "extension-notice")]
    assert board.counts == {
        "overdue": 1,
        "due-soon": 1,
        "extension-notice": 1,
        "awaiting-identity": 1,
        "suspended": 1,
    }
    assert [c.reference for c in board.upcoming] == [late, soon]  # the late one first
    months = {m for m, _, _ in board.per_month}
    assert months == {"2025-12", "2026-01"}


def test_an_extended_case_is_not_late_on_its_first_date(ctx) -> None:
    ref = _add(ctx, "Ext", date(2025, 12, 15))
    workflow.extend(
        ctx, ref, "Complex request", date(2026, 1, 10), evidence="minutes of 10 January"
    )
    assert dashboard.queue(ctx, "overdue") == []
