"""The questions a DPO asks every morning: what is late, what is due, what waits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from dpo_desk.errors import InvalidValue
from dpo_desk.services.cases import EFFECTIVE_DUE, OPEN_STATES, summaries
from dpo_desk.services.context import Context
from dpo_desk.services.dto import CaseSummary
from dpo_desk.services.list_query import QUEUES
from dpo_desk.store.models import Case, CaseRight, DeadlineEvent
from dpo_desk.store.models.cases import OPEN_STATES_SQL

_open_suspension = exists().where(
    and_(
        DeadlineEvent.case_id == Case.id,
        DeadlineEvent.kind == "suspension",
        DeadlineEvent.ends_on.is_(None),
    )
)


def queue_query(name: str, today: date, days: int = 7) -> Select:
    """Case ids of one dashboard queue, most urgent first."""
    base = select(Case.id).where(text(OPEN_STATES_SQL))
    if name == "overdue":
        # A suspended case is not late: its clock is stopped (décret 2019-536).
        stmt = base.where(EFFECTIVE_DUE < today, ~_open_suspension)
    elif name == "due-soon":
        stmt = base.where(
            EFFECTIVE_DUE >= today, EFFECTIVE_DUE <= today + timedelta(days=days), ~_open_suspension
        )
    elif name == "extension-notice":
        stmt = base.where(
            Case.extended_on.is_(None),
            Case.extension_notice_by.is_not(None),
            Case.extension_notice_by >= today,
            Case.extension_notice_by <= today + timedelta(days=days),
        )
    elif name == "awaiting-identity":
        stmt = base.where(Case.status == "awaiting-identity")
    elif name == "suspended":
        stmt = base.where(_open_suspension)
    else:
        raise InvalidValue("unknown queue {name!r}", name=name)
    return stmt.order_by(EFFECTIVE_DUE.asc(), Case.id)


@dataclass(frozen=True)
class Dashboard:
    counts: dict[str, int]
    upcoming: list[CaseSummary]
    per_month: list[tuple[str, str, int]]  # (YYYY-MM, right, count)


def _count(session: Session, stmt: Select) -> int:
    return int(
        session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    )


def queue(ctx: Context, name: str, days: int = 7, limit: int | None = None) -> list[CaseSummary]:
    with ctx.db.read() as session:
        stmt = queue_query(name, ctx.today(), days)
        if limit:
            stmt = stmt.limit(limit)
        return summaries(session, list(session.scalars(stmt)))


def dashboard(ctx: Context, days: int = 7, upcoming: int = 15, months: int = 12) -> Dashboard:
    today = ctx.today()
    with ctx.db.read() as session:
        counts = {q: _count(session, queue_query(q, today, days)) for q in QUEUES}
        # The late cases first (the most urgent), then the coming ones; a late date whose
        # clock is stopped (suspension) is not late and waits in its own queue.
        up_ids = list(
            session.scalars(
                select(Case.id)
                .where(
                    Case.status.in_(OPEN_STATES),
                    EFFECTIVE_DUE.is_not(None),
                    or_(EFFECTIVE_DUE >= today, ~_open_suspension),
                )
                .order_by(EFFECTIVE_DUE, Case.id)
                .limit(upcoming)
            )
        )
        first = date(today.year, today.month, 1)
        for _ in range(months - 1):
            first = (first - timedelta(days=1)).replace(day=1)
        rows = _per_month(session, first)
        return Dashboard(
            counts, summaries(session, up_ids), [(str(m), str(r), int(n)) for m, r, n in rows]
        )


def _per_month(session: Session, first: date) -> list[Any]:
    """(YYYY-MM, right, count) since ``first``.

    On SQLite from ``case_month_right``, which triggers keep equal to the GROUP BY below
    (migration 0018): a hundred rows instead of a join over the last year's cases (about
    150,000 at a million cases, a second and more). On PostgreSQL the GROUP BY itself.
    """
    if session.get_bind().dialect.name == "sqlite":
        return list(
            session.execute(
                text(
                    'SELECT month, "right", n FROM case_month_right '
                    'WHERE month >= :first AND n > 0 ORDER BY month, "right"'
                ),
                {"first": first.strftime("%Y-%m")},
            ).all()
        )
    month = func.to_char(Case.received_on, "YYYY-MM")
    return list(
        session.execute(
            select(month, CaseRight.right, func.count())
            .join(CaseRight, CaseRight.case_id == Case.id)
            .where(Case.received_on >= first)
            .group_by(month, CaseRight.right)
            .order_by(month, CaseRight.right)
        ).all()
    )
