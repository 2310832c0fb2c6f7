"""Read what the annual report counts, in one read transaction, as plain records.

One transaction gives one snapshot of the store (SQLite ``BEGIN DEFERRED`` in WAL mode):
a case answered while the report is gathered is either wholly in it or wholly out of it,
so the figures of one report always agree with each other. The counting itself is the
pure ``domain.annual_report``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from dpo_desk.bulk_objects import collector_paused, release_in_steps
from dpo_desk.domain.annual_report import (
    AnnualFigures,
    AuditRecord,
    CaseRecord,
    IdentityRecord,
    IncidentRecord,
    Period,
    compute,
)
from dpo_desk.services.context import Context
from dpo_desk.services.organisation import profile_in
from dpo_desk.store.models import (
    AuditEvent,
    Case,
    CaseRight,
    DeadlineEvent,
    IdentityCheck,
    Incident,
    IncidentNotice,
)

#: Audit operations the report reads (register changes, backups, refusal days).
_AUDIT_PREFIXES = (
    "activity.",
    "register.",
    "recipient.",
    "transfer.",
    "directive.",
    "death.",
    "backup.",
)

#: Rows converted per step of a large read. SQLAlchemy turns a whole result into rows in
#: one call that holds the GIL: 263,000 cases of a year at a million took 0.14 s, during
#: which the window could not paint; 20,000 rows take about 10 ms.
_IN_STEPS = {"yield_per": 20_000}


def _utc_bounds(period: Period, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The instants of the period's first and last local days (a day's margin: the exact
    day is decided in the organisation's zone afterwards)."""
    start = datetime.combine(period.start - timedelta(days=1), datetime.min.time(), zone)
    end = datetime.combine(period.end + timedelta(days=2), datetime.min.time(), zone)
    return start, end


def _refusal_days(session: Session, zone: ZoneInfo) -> dict[str, date]:
    """The day each refused case was refused (the audited move to ``refused``): the
    store keeps ``answered_on`` for replies only."""
    out: dict[str, date] = {}
    rows = session.execute(
        select(AuditEvent.record_ref, AuditEvent.at, AuditEvent.summary)
        .where(
            AuditEvent.operation == "case.transition", AuditEvent.summary.like('%"to": "refused"%')
        )
        .order_by(AuditEvent.id),
        execution_options=_IN_STEPS,
    )
    for ref, at, summary in rows:
        try:
            if json.loads(summary).get("to") != "refused":
                continue
        except (ValueError, AttributeError):
            continue
        out.setdefault(ref, at.astimezone(zone).date())
    return out


def _cases(session: Session, period: Period, zone: ZoneInfo) -> list[CaseRecord]:
    """Every case that can count in the period: received by its end, and either received
    in it or still undecided at its start (answered, refused, extended or due later)."""
    start = period.start
    relevant = and_(
        Case.received_on <= period.end,
        or_(
            Case.received_on >= start,
            Case.answered_on.is_(None),
            Case.answered_on >= start,
            Case.extended_on >= start,
            Case.due_date >= start - timedelta(days=1),
            Case.extended_due_date >= start - timedelta(days=1),
        ),
    )
    # The rows of the relevant cases, each table read once through a sub-select of the
    # case ids: chunks of 5,000 bound ids took 9 s at a million cases (263,000 cases
    # relevant to a year), the sub-select 1.4 s.
    relevant_ids = select(Case.id).where(relevant)
    rights: dict[int, list[str]] = defaultdict(list)
    checks: dict[int, list[IdentityRecord]] = defaultdict(list)
    for cid, right in session.execute(
        select(CaseRight.case_id, CaseRight.right)
        .where(CaseRight.case_id.in_(relevant_ids))
        .order_by(CaseRight.id),
        execution_options=_IN_STEPS,
    ):
        rights[cid].append(right)
    for cid, asked, got, outcome in session.execute(
        select(
            IdentityCheck.case_id,
            IdentityCheck.requested_on,
            IdentityCheck.received_on,
            IdentityCheck.outcome,
        )
        .where(IdentityCheck.case_id.in_(relevant_ids))
        .order_by(IdentityCheck.id),
        execution_options=_IN_STEPS,
    ):
        checks[cid].append(IdentityRecord(asked, got, outcome))
    stopped = set(
        session.scalars(
            select(DeadlineEvent.case_id).where(
                DeadlineEvent.case_id.in_(relevant_ids),
                DeadlineEvent.kind == "suspension",
                DeadlineEvent.ends_on.is_(None),
            )
        )
    )
    refused_on = _refusal_days(session, zone)
    # Read last and streamed: no list of rows is kept beside the records.
    rows = session.execute(
        select(
            Case.id,
            Case.reference,
            Case.received_on,
            Case.channel,
            Case.kind,
            Case.status,
            Case.outcome,
            Case.outcome_reason,
            Case.due_date,
            Case.extension_notice_by,
            Case.extended_on,
            Case.extended_due_date,
            Case.answered_on,
        ).where(relevant),
        execution_options=_IN_STEPS,
    )
    records = []
    for r in rows:
        refused = r.outcome == "refused" or r.status == "refused"
        records.append(
            CaseRecord(
                reference=r.reference,
                received_on=r.received_on,
                channel=r.channel,
                kind=r.kind,
                rights=tuple(rights.pop(r.id, ())),
                status=r.status,
                outcome=r.outcome,
                refusal_ground=r.outcome_reason if refused else "",
                due_date=r.due_date,
                extension_notice_by=r.extension_notice_by,
                extended_on=r.extended_on,
                extended_due_date=r.extended_due_date,
                answer_on=refused_on.get(r.reference) if refused else r.answered_on,
                clock_stopped=r.id in stopped,
                identity=tuple(checks.pop(r.id, ())),
            )
        )
    return records


def _incidents(
    session: Session, period: Period, zone: ZoneInfo
) -> tuple[list[IncidentRecord], dict[str, date]]:
    low, high = _utc_bounds(period, zone)
    rows = session.scalars(
        select(Incident).where(Incident.aware_at >= low, Incident.aware_at < high)
    ).all()
    first: dict[tuple[int, str], datetime] = {}
    if rows:
        for iid, who, at in session.execute(
            select(
                IncidentNotice.incident_id, IncidentNotice.addressee, IncidentNotice.sent_at
            ).where(IncidentNotice.incident_id.in_([i.id for i in rows]))
        ):
            key = (iid, "persons" if who == "persons" else "authority")
            first[key] = min(at, first.get(key, at))
    records = [
        IncidentRecord(
            i.reference,
            i.aware_at,
            i.due_at,
            i.decision,
            first.get((i.id, "authority")),
            first.get((i.id, "persons")),
        )
        for i in rows
    ]
    days = {
        i.reference: i.aware_at.astimezone(ZoneInfo(i.aware_tz or zone.key)).date() for i in rows
    }
    return records, days


def _audit(session: Session, period: Period, zone: ZoneInfo) -> list[AuditRecord]:
    low, high = _utc_bounds(period, zone)
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.operation).where(
            AuditEvent.at >= low,
            AuditEvent.at < high,
            or_(*(AuditEvent.operation.startswith(p) for p in _AUDIT_PREFIXES)),
        ),
        execution_options=_IN_STEPS,
    )
    return [AuditRecord(at.astimezone(zone).date(), op) for at, op in rows]


def gather(session: Session, period: Period, as_of: date, zone: ZoneInfo) -> AnnualFigures:
    """The report's figures from an open read session."""
    incidents, days = _incidents(session, period, zone)
    cases, audit = _cases(session, period, zone), _audit(session, period, zone)
    try:
        return compute(period, as_of, cases, incidents, audit, days)
    finally:
        release_in_steps(cases)
        release_in_steps(audit)


def annual_figures(ctx: Context, start: date, end: date) -> tuple[AnnualFigures, str]:
    """The annual report's figures for ``start``..``end`` (both included) as known today,
    with the organisation's name; one read transaction."""
    period = Period(start, end)
    # Every record lives until the figures are counted: see bulk_objects for why the
    # collector waits (1.2 s of full collections at a million cases, freezing the window).
    with collector_paused(), ctx.db.read() as session:
        profile = profile_in(session)
        zone = ZoneInfo(profile.timezone or ctx.timezone)
        return gather(session, period, ctx.today(), zone), profile.name
