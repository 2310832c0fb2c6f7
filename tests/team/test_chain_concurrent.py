"""Issue 16: one verifiable audit chain with 8 desks writing at once on one server.

Each desk is an OS process (``spawn``: nothing shared but the server). With the advisory
lock of ``store.audit.lock_chain`` every change lands and the chain verifies; without it,
desks that read the same head collide on the unique ``prev_hash`` and their changes are
refused (the chain cannot fork, but work is lost), which is what the lock prevents.
"""

from __future__ import annotations

import multiprocessing
from datetime import date

from sqlalchemy import func, select

from dpo_desk.services import cases
from dpo_desk.services.context import Context
from dpo_desk.store import audit
from dpo_desk.store.models import AuditEvent, Case
from tests.team.chain_worker import add_cases
from tests.team.conftest import PG_URL, needs_pg

pytestmark = needs_pg
DESKS = 8
EACH = 12


def _entries_per_case(ctx: Context) -> int:
    with ctx.db.read() as session:
        before = audit.count(session)
    seed = cases.NewCase(name="Seed", rights=["access"], received=date(2026, 1, 5), channel="post")
    cases.add_case(ctx, seed)
    with ctx.db.read() as session:
        return audit.count(session) - before


def _run_desks(serialise: bool) -> list[tuple[int, int]]:
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Manager().Barrier(DESKS)
    with spawn.Pool(DESKS) as pool:
        jobs = [
            pool.apply_async(add_cases, (PG_URL, desk, EACH, serialise, start))
            for desk in range(DESKS)
        ]
        return [job.get(timeout=300) for job in jobs]


def test_eight_processes_keep_one_intact_chain(team_ctx: Context) -> None:
    per_case = _entries_per_case(team_ctx)
    with team_ctx.db.read() as session:
        before = audit.count(session)
    results = _run_desks(serialise=True)
    assert results == [(EACH, 0)] * DESKS  # no desk had a change refused
    with team_ctx.db.read() as session:
        report = audit.verify(session)
        prevs = session.scalars(select(AuditEvent.prev_hash)).all()
        n_cases = session.scalar(select(func.count(Case.id)))
        actors = set(session.scalars(select(AuditEvent.actor)).all())
    assert report.ok, report.reason
    assert report.count == before + DESKS * EACH * per_case
    assert len(prevs) == len(set(prevs))  # no two entries follow the same one
    assert n_cases == 1 + DESKS * EACH
    assert {f"desk-{d}" for d in range(DESKS)} <= actors


def test_without_the_lock_concurrent_desks_lose_changes(team_ctx: Context) -> None:
    """The control: the same load with the lock switched off loses changes."""
    _entries_per_case(team_ctx)
    results = _run_desks(serialise=False)
    refused = sum(r for _, r in results)
    assert refused > 0
    with team_ctx.db.read() as session:
        n_cases = session.scalar(select(func.count(Case.id)))
        report = audit.verify(session)
    assert n_cases == 1 + DESKS * EACH - refused
    assert report.ok  # the unique prev_hash kept the chain whole: the cost was lost work
