"""What the desktop case list and case view read: ordered ids, timelines, people.

The case list at 100,000 cases holds only the ordered ids (one integer column); the rows
are fetched by page through :func:`dpo_desk.services.cases.summaries`. Sorting, filtering
and searching are done here, in SQL, never in the GUI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from dpo_desk.domain.text import fold
from dpo_desk.errors import InvalidValue, NotFound
from dpo_desk.services.cases import EFFECTIVE_DUE, CaseFilter, case_query
from dpo_desk.services.context import Context
from dpo_desk.services.dashboard import QUEUES, queue_query
from dpo_desk.store.models import AuditEvent, Case, DataSubject, DeadlineEvent, Document

#: Keys the list can be ordered by (a click on a column header).
ORDER_KEYS = ("reference", "name", "status", "received", "due")


@dataclass(frozen=True)
class ListQuery:
    """One state of the case list: filters, an optional dashboard queue, an order."""

    filter: CaseFilter = field(default_factory=CaseFilter)
    queue: str | None = None
    order: str = "due"
    descending: bool = False


def _order_by(order: str, descending: bool) -> tuple[Any, ...]:
    columns: dict[str, Any] = {
        "reference": Case.reference,
        "name": DataSubject.name_key,
        "status": Case.status,
        "received": Case.received_on,
        "due": EFFECTIVE_DUE,
    }
    if order not in columns:
        raise InvalidValue(
            "unknown order {order!r}; use one of: {order_keys}",
            order=order,
            order_keys=", ".join(ORDER_KEYS),
        )
    col = columns[order]
    key = col.desc() if descending else col.asc()
    tie = Case.id.desc() if descending else Case.id.asc()
    return (key, tie)


def id_query(query: ListQuery, today: date, dialect: str = "sqlite") -> Select[Any]:
    """The SELECT of the ids the list shows, in order."""
    stmt = case_query(query.filter, dialect).order_by(None)
    if query.order == "name":
        stmt = stmt.join(DataSubject, Case.subject_id == DataSubject.id)
    if query.queue:
        if query.queue not in QUEUES:
            raise InvalidValue("unknown queue {queue!r}", queue=query.queue)
        stmt = stmt.where(Case.id.in_(queue_query(query.queue, today).order_by(None)))
    return stmt.order_by(*_order_by(query.order, query.descending))


def case_ids(
    session: Session, query: ListQuery, today: date, limit: int | None = None
) -> list[int]:
    """The ids matching ``query``, ordered (100k ints: a few hundred kilobytes); with
    ``limit`` only the first ones (the index walk stops there)."""
    stmt = id_query(query, today, session.get_bind().dialect.name)
    if limit is not None:
        stmt = stmt.limit(limit)
    return fetch_ints(session, stmt)


def fetch_ints(session: Session, stmt: Select[Any]) -> list[int]:
    """The first column of ``stmt`` as ints, through the driver's cursor on SQLite.

    At 100,000 rows the ORM's result machinery costs twice the query itself (BENCHMARKS.md);
    for a list of integers nothing of it is needed. The statement is still built and
    compiled by SQLAlchemy, with bound parameters.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return [int(i) for i in session.scalars(stmt)]
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    processors = compiled._bind_processors  # noqa: SLF001 - SQLite's date/str converters
    values = []
    for name in compiled.positiontup or ():
        value = params[name]
        processor = processors.get(name)
        values.append(processor(value) if callable(processor) else value)
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), values)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def list_ids(ctx: Context, query: ListQuery) -> list[int]:
    with ctx.db.read() as session:
        return case_ids(session, query, ctx.today())


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a case's history.

    Attributes:
        at: When it happened (UTC) or, for a deadline period, when it was recorded.
        source: ``audit``, ``deadline`` or ``document``.
        operation: The audit operation (``case.create``...), the deadline event kind
            (``suspension``, ``extension``) or the document kind.
        actor: Who did it (audit entries), else "".
        details: Parsed summary (audit), or the facts of the event or document.
    """

    at: datetime
    source: str
    operation: str
    actor: str
    details: dict[str, Any]


def _details(summary: str) -> dict[str, Any]:
    if not summary:
        return {}
    try:
        value = json.loads(summary)
    except ValueError:
        return {"text": summary}
    return value if isinstance(value, dict) else {"text": str(value)}


def timeline(ctx: Context, reference: str) -> list[TimelineEntry]:
    """Everything that happened to a case, oldest first: its audit entries (and those of
    its documents), its deadline events and its documents and letters."""
    ref = reference.strip().upper()
    with ctx.db.read() as session:
        case = session.scalars(select(Case).where(Case.reference == ref)).first()
        if case is None:
            raise NotFound("no case with reference {reference!r}", reference=reference)
        docs = list(session.scalars(select(Document).where(Document.case_id == case.id)))
        doc_refs = [str(d.id) for d in docs]
        where = AuditEvent.record_ref == ref
        if doc_refs:
            where = or_(
                where, and_(AuditEvent.entity == "document", AuditEvent.record_ref.in_(doc_refs))
            )
        out = [
            TimelineEntry(e.at, "audit", e.operation, e.actor, _details(e.summary))
            for e in session.scalars(select(AuditEvent).where(where).order_by(AuditEvent.id))
        ]
        events = session.scalars(
            select(DeadlineEvent).where(DeadlineEvent.case_id == case.id).order_by(DeadlineEvent.id)
        )
        for ev in events:
            # placed on the legal day it starts (the row's creation time is the machine's)
            out.append(
                TimelineEntry(
                    datetime.combine(ev.starts_on, time(0), tzinfo=ZoneInfo(ctx.timezone)),
                    "deadline",
                    ev.kind,
                    "",
                    {
                        "starts_on": ev.starts_on.isoformat(),
                        "ends_on": ev.ends_on.isoformat() if ev.ends_on else None,
                        "reason": ev.reason,
                    },
                )
            )
        for doc in docs:
            out.append(
                TimelineEntry(
                    doc.created_at,
                    "document",
                    doc.kind,
                    "",
                    {
                        "name": doc.original_name,
                        "letter_kind": doc.letter_kind,
                        "purged": doc.purged_at is not None,
                        "sent_at": doc.sent_at.isoformat() if doc.sent_at else None,
                        "late": "late" in (doc.flags or "").split(),
                        "late_reason": doc.late_reason,
                    },
                )
            )
    order = {"audit": 0, "deadline": 1, "document": 2}
    return sorted(out, key=lambda e: (e.at, order[e.source]))


@dataclass(frozen=True)
class SubjectMatch:
    """A person already known, shown at intake to avoid a duplicate."""

    id: int
    full_name: str
    email: str
    cases: int
    last_reference: str
    postal_address: str = ""


def find_subjects(ctx: Context, text: str, limit: int = 8) -> list[SubjectMatch]:
    """People whose name (accents ignored) or e-mail contains ``text``."""
    needle = fold(text)
    if len(needle) < 2:
        return []
    like = f"%{needle.replace('%', '').replace('_', '')}%"
    with ctx.db.read() as session:
        count = func.count(Case.id)
        last = func.max(Case.reference)
        rows = session.execute(
            select(
                DataSubject.id,
                DataSubject.full_name,
                DataSubject.email,
                count,
                last,
                DataSubject.postal_address,
            )
            .outerjoin(Case, Case.subject_id == DataSubject.id)
            .where(or_(DataSubject.name_key.like(like), func.lower(DataSubject.email).like(like)))
            .group_by(DataSubject.id)
            .order_by(DataSubject.name_key, DataSubject.id)
            .limit(limit)
        ).all()
    return [
        SubjectMatch(int(i), str(n), str(e or ""), int(c or 0), str(r or ""), str(a or ""))
        for i, n, e, c, r, a in rows
    ]
