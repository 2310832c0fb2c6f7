"""What the desktop case list and case view read: ordered ids, timelines, people.

The case list at 100,000 cases holds only the ordered ids (one integer column); the rows
are fetched by page through :func:`dpo_desk.services.cases.summaries`. Sorting, filtering
and searching are done here, in SQL, never in the GUI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from dpo_desk.domain.text import fold
from dpo_desk.errors import InvalidValue, NotFound
from dpo_desk.services import search
from dpo_desk.services.cases import EFFECTIVE_DUE, case_query
from dpo_desk.services.context import Context
from dpo_desk.services.dashboard import queue_query
from dpo_desk.services.list_query import ORDER_KEYS, QUEUES, CaseFilter, ListQuery, narrowed
from dpo_desk.store.models import AuditEvent, Case, DataSubject, DeadlineEvent, Document


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
    dialect = session.get_bind().dialect.name
    walkable = query.order != "name"  # the order by name sorts the join: no index walk
    if limit is not None and dialect == "sqlite" and walkable and query.filter.text.strip():
        walked = _first_hits_by_walk(session, query, today, limit)
        if walked is not None:
            return walked
    stmt = id_query(query, today, dialect)
    if limit is not None:
        stmt = stmt.limit(limit)
    return fetch_ints(session, stmt)


#: A search with at least this many hits finds its first page by walking the list's order.
WALK_FROM_HITS = 5_000
#: The walk gives up (and the query sorts the hits) after this many cases of the list.
WALK_AT_MOST = 14_000
#: The walk's first step (each next one doubles it).
WALK_STEP = 2_000


def _first_hits_by_walk(
    session: Session, query: ListQuery, today: date, limit: int
) -> list[int] | None:
    """The first ``limit`` hits of a search that matches many cases, or None.

    With a search, SQLite reads every hit, looks each case up and sorts them all before
    the first row: a family name at a million cases (41,000 hits) took 110-150 ms for its
    first 300 rows (issue 19: first rows ≤ 100 ms). Instead the hits (rowids only, 45 ms)
    become a set, and the list's own order, without the search, is walked by its index
    until ``limit`` of them are found: 300 of 41,000 hits among a million cases are in
    the first ~7,500. The result is that of the query with LIMIT, in the same order (the
    order ends on the case id, so it is total); a test compares them. None when there
    are few hits (the plain query is quick then) or the walk found too few of them.
    """
    hits = fetch_ints(session, search.matching_ids(query.filter.text, "sqlite"))
    if len(hits) < WALK_FROM_HITS:
        return None
    wanted = set(hits)
    plain = id_query(replace(query, filter=replace(query.filter, text="")), today, "sqlite")
    found: list[int] = []
    offset, step = 0, WALK_STEP
    while offset < WALK_AT_MOST:
        chunk = fetch_ints(session, plain.offset(offset).limit(step))
        found.extend(i for i in chunk if i in wanted)
        if len(found) >= limit or len(chunk) < step:
            return found[:limit]
        offset += step
        step *= 2
    return None


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


def matches_elsewhere(ctx: Context, query: ListQuery) -> int:
    """How many cases the search text of ``query`` finds once every other filter is
    lifted; 0 when there is no text or nothing else narrows it.

    Why: the list opens on the open cases, and a DPO who types the reference of a closed
    case, or the name of a requester filed under another law, sees an empty list and may
    believe the case lost. The page says where the matches are instead.
    """
    if not query.filter.text.strip() or not narrowed(query):
        return 0
    with ctx.db.read() as session:
        stmt = case_query(CaseFilter(text=query.filter.text), session.get_bind().dialect.name)
        found = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    return int(found or 0)


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
