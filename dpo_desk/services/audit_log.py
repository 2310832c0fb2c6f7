"""Reading the audit trail for the audit screen: paged, filtered, as plain DTOs.

Writing stays in ``services.audit`` (in the transaction of each change); this module only
reads. Dates of the filter are days in the organisation's time zone, turned into UTC
instants so that "entries of 3 March" means 3 March in Paris.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.sql import Select

from dpo_desk.errors import UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.store.models import AuditEvent

PAGE_MAX = 1000


@dataclass(frozen=True)
class AuditEntry:
    """One entry as the screen shows it (``at`` is aware, in UTC)."""

    id: int
    at: datetime
    actor: str
    operation: str
    entity: str
    record_ref: str
    summary: str


@dataclass(frozen=True)
class AuditFilter:
    """Every field optional, combined with AND.

    Attributes:
        operation: an exact operation ("case.create") or a family ending with a dot
            ("case." matches every case operation).
        actor: exact actor name.
        record: a record reference; matched exactly, case-insensitively.
        since, until: days (inclusive) in the organisation's time zone.
    """

    operation: str = ""
    actor: str = ""
    record: str = ""
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditPage:
    entries: tuple[AuditEntry, ...]
    offset: int
    #: True when entries exist after this page.
    more: bool


@dataclass(frozen=True)
class ChainStatus:
    """The result of walking the chain (``services.audit.verify``)."""

    ok: bool
    count: int
    head: str
    first_broken_id: int | None
    reason: str
    #: The newest sealed anchor compared with (``store.anchors``): when, by what.
    anchor_when: str = ""
    anchor_source: str = ""
    anchor_count: int = 0
    #: False when the trail no longer holds that anchor (its end was cut or replaced).
    anchor_holds: bool = True
    missing: int = 0
    bad_seals: int = 0


def _bounds(day: date, tz: str) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=ZoneInfo(tz))


def _query(flt: AuditFilter, tz: str) -> Select:
    stmt = select(AuditEvent)
    op = flt.operation.strip()
    if op.endswith("."):
        stmt = stmt.where(AuditEvent.operation.startswith(op, autoescape=True))
    elif op:
        stmt = stmt.where(AuditEvent.operation == op)
    if flt.actor.strip():
        stmt = stmt.where(AuditEvent.actor == flt.actor.strip())
    if flt.record.strip():
        stmt = stmt.where(func.upper(AuditEvent.record_ref) == flt.record.strip().upper())
    if flt.since and flt.until and flt.since > flt.until:
        raise UserError(
            "the date range is reversed ({since} is after {until})",
            since=flt.since,
            until=flt.until,
        )
    if flt.since:
        stmt = stmt.where(AuditEvent.at >= _bounds(flt.since, tz))
    if flt.until:
        stmt = stmt.where(AuditEvent.at < _bounds(flt.until + timedelta(days=1), tz))
    return stmt


def _entry(ev: AuditEvent) -> AuditEntry:
    return AuditEntry(ev.id, ev.at, ev.actor, ev.operation, ev.entity, ev.record_ref, ev.summary)


def list_entries(
    ctx: Context, flt: AuditFilter | None = None, *, offset: int = 0, limit: int = 200
) -> AuditPage:
    """A page of matching entries, newest first.

    Raises:
        UserError: a reversed date range, or a page size out of range.
    """
    if not 1 <= limit <= PAGE_MAX:
        raise UserError("page size must be between 1 and {page_max}", page_max=PAGE_MAX)
    stmt = _query(flt or AuditFilter(), ctx.timezone)
    stmt = stmt.order_by(AuditEvent.id.desc()).offset(max(0, offset)).limit(limit + 1)
    with ctx.db.read() as session:
        rows = list(session.scalars(stmt))
        entries = tuple(_entry(ev) for ev in rows[:limit])
    return AuditPage(entries, offset, len(rows) > limit)


def count_entries(ctx: Context, flt: AuditFilter | None = None) -> int:
    # count(*): SQLite counts without reading a column (anchors.entry_count).
    stmt = (
        _query(flt or AuditFilter(), ctx.timezone)
        .with_only_columns(func.count())
        .select_from(AuditEvent)
    )
    with ctx.db.read() as session:
        return int(session.scalar(stmt) or 0)


def operations(ctx: Context) -> list[str]:
    """The operations present in the trail, sorted (for the filter's choices)."""
    with ctx.db.read() as session:
        return sorted(session.scalars(select(AuditEvent.operation).distinct()))


def actors(ctx: Context) -> list[str]:
    with ctx.db.read() as session:
        return sorted(session.scalars(select(AuditEvent.actor).distinct()))


def chain_status(
    ctx: Context,
    *,
    progress: audit.VerifyProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ChainStatus:
    """Walk the whole chain (a minute or two at a million cases: run it in the background,
    with ``progress(done, total)`` and ``cancelled()`` checked between batches).

    Raises:
        audit.VerifyCancelled: ``cancelled()`` became true.
    """
    with ctx.db.read() as session:
        full = audit.verify_anchored(session, ctx.db, progress=progress, cancelled=cancelled)
    report, anchor = full.chain, full.anchor
    return ChainStatus(
        full.ok,
        report.count,
        report.head,
        report.first_broken_id,
        report.reason,
        anchor.when() if anchor else "",
        anchor.source if anchor else "",
        anchor.count if anchor else 0,
        full.anchor_holds,
        full.missing,
        full.bad_seals,
    )
