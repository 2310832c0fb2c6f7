"""Opening and reading cases: the intake of a request and the lists a DPO works from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, bindparam, exists, func, select, text
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql import Select

from dpo_desk.domain.deadlines.receipt import receipt_zone
from dpo_desk.domain.deadlines.rulesets import get_ruleset
from dpo_desk.domain.identity import answer_deadline, current_outcome
from dpo_desk.domain.rights import CaseKind, Channel, Right, parse_channel, parse_right
from dpo_desk.domain.text import ADDRESS_MAX, NAME_MAX, NOTE_MAX, check_email, clean, fold
from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import audit, deadlines, search
from dpo_desk.services.context import Context
from dpo_desk.services.document_info import document_info
from dpo_desk.services.dto import CaseDetail, CaseSummary, IdentityFacts, summary_of_row
from dpo_desk.services.list_query import CaseFilter
from dpo_desk.services.organisation import profile_in
from dpo_desk.store.models import Case, CaseRight, DataSubject, SubjectContact
from dpo_desk.store.models.cases import OPEN_STATES_SQL


@dataclass
class NewCase:
    """What the intake form or ``case add`` collects."""

    name: str
    rights: Sequence[str]
    received: date | datetime
    channel: str
    email: str = ""
    address: str = ""
    phone: str = ""
    jurisdiction: str | None = None
    notes: str = ""
    kind: str | None = None
    subject_id: int | None = None
    assignee: str = ""
    customer_ref: str = ""
    attachments: list[str] = field(default_factory=list)
    #: With ``subject_id``: also make the typed e-mail and address the person's own (the
    #: earlier ones are kept in ``SubjectContact``). The case uses the typed ones anyway.
    update_contact: bool = False


def _rights(values: Sequence[str]) -> list[Right]:
    if not values:
        raise UserError("at least one right is required (--right)")
    out: list[Right] = []
    for value in values:
        try:
            right = parse_right(str(value))
        except ValueError as exc:
            raise UserError.carrying(exc) from None
        if right not in out:
            out.append(right)
    return out


def next_reference(session: Session, year: int) -> str:
    """``DPO-<year>-<n>``: readable on the phone and in a letter, unique per store."""
    prefix = f"DPO-{year}-"
    # Numerically, not as text: "DPO-2025-10000" sorts before "DPO-2025-9999" as text.
    number = func.cast(func.substr(Case.reference, len(prefix) + 1), Integer)
    last = session.scalar(select(func.max(number)).where(Case.reference.like(f"{prefix}%")))
    return f"{prefix}{int(last or 0) + 1:04d}"


def _received_instant(received: date | datetime, tz: str) -> datetime:
    """An instant of receipt; a time without offset is read in ``tz``, the receipt zone
    (the same rule as ``dpo-desk deadline``: law.md, contested point "date of receipt")."""
    if isinstance(received, datetime):
        if received.tzinfo is None or received.utcoffset() is None:
            return received.replace(tzinfo=ZoneInfo(tz))
        return received
    return datetime.combine(received, time(12, 0), tzinfo=ZoneInfo(tz))


def add_case(ctx: Context, new: NewCase) -> CaseDetail:
    """Register a request or complaint and compute its deadline; one transaction."""
    with ctx.db.write() as session:
        return detail_of(add_case_in(session, ctx, new), ctx.today())


def add_case_in(session: Session, ctx: Context, new: NewCase) -> Case:
    """``add_case`` inside the caller's transaction (never commits); returns the case,
    flushed and audited."""
    profile = profile_in(session)
    tz = profile.timezone
    name = clean(new.name, "name", max_len=NAME_MAX, required=new.subject_id is None)
    email = check_email(new.email)
    address = clean(new.address, "address", max_len=ADDRESS_MAX, multiline=True)
    phone = clean(new.phone, "phone", max_len=50)
    notes = clean(new.notes, "notes", max_len=NOTE_MAX, multiline=True)
    assignee = clean(new.assignee, "assignee", max_len=NAME_MAX)
    rights = _rights(new.rights)
    try:
        channel: Channel = parse_channel(new.channel)
    except ValueError as exc:
        raise UserError.carrying(exc) from None
    jurisdiction = deadlines.check_jurisdiction(new.jurisdiction or profile.default_jurisdiction)
    kind = new.kind or (CaseKind.COMPLAINT if rights == [Right.COMPLAINT] else CaseKind.REQUEST)
    readings = dict(profile.readings)
    # The receipt_timezone reading (e.g. UTC) wins over the organisation's zone, as in
    # ``dpo-desk deadline``: one rule, one day of receipt for the same instant.
    tz = receipt_zone(get_ruleset(jurisdiction), readings.get("receipt_timezone"), tz)
    instant = _received_instant(new.received, tz)
    readings["receipt_timezone"] = tz
    result = deadlines.compute(jurisdiction, instant, readings=readings, tz=tz, today=ctx.today())
    if new.subject_id is not None:
        subject = session.get(DataSubject, new.subject_id)
        if subject is None:
            raise NotFound("no data subject with id {subject_id}", subject_id=new.subject_id)
    else:
        subject = DataSubject(
            full_name=name,
            name_key=fold(name),
            email=email,
            postal_address=address,
            phone=phone,
            customer_ref=new.customer_ref,
        )
        session.add(subject)
        session.flush()
        audit.record(
            session,
            ctx,
            "subject.create",
            "data_subject",
            str(subject.id),
            {"name_key": subject.name_key[:3] + "…"},
        )
    case = Case(
        reference=next_reference(session, result.received.year),
        kind=str(kind),
        subject=subject,
        channel=str(channel),
        received_at=instant,
        received_on=result.received,
        received_tz=tz,
        jurisdiction=jurisdiction,
        readings=readings,
        status="received",
        assignee=assignee,
        assigned_to=assignee or None,
        notes=notes,
        due_date=result.due,
        extension_notice_by=result.extension_notice_by,
        extended_due_date=None,
        flagged="subject deceased" if subject.deceased else "",
    )
    # The case keeps the details its letters go to: the ones typed for this request,
    # else the person's (a known person's new address is never dropped silently).
    case.contact_email = email or subject.email
    case.contact_address = address or subject.postal_address
    case.rights = [CaseRight(right=str(r)) for r in rights]
    session.add(case)
    session.flush()
    if new.subject_id is not None and new.update_contact:
        _replace_contact(session, ctx, subject, email, address, case.reference)
    search.index_case(session, case)
    audit.record(
        session,
        ctx,
        "case.create",
        "case",
        case.reference,
        {
            "rights": [str(r) for r in rights],
            "channel": str(channel),
            "received_on": result.received,
            "jurisdiction": jurisdiction,
            "due": result.due,
        },
    )
    return case


def _load(session: Session, reference: str) -> Case:
    case = session.scalars(
        select(Case)
        .where(Case.reference == reference.strip().upper())
        .options(
            selectinload(Case.rights),
            selectinload(Case.subject),
            selectinload(Case.deadline_events),
            selectinload(Case.identity_checks),
            selectinload(Case.documents),
        )
    ).first()
    if case is None:
        raise NotFound("no case with reference {reference!r}", reference=reference)
    return case


def _replace_contact(
    session: Session, ctx: Context, subject: DataSubject, email: str, address: str, reference: str
) -> None:
    """Make ``email``/``address`` (those given) the person's details; the earlier ones
    go to the history first. Audited without the details themselves (only which changed)."""
    changed = [
        name
        for name, new, old in (
            ("email", email, subject.email),
            ("postal_address", address, subject.postal_address),
        )
        if new and new != old
    ]
    if not changed:
        return
    subject.contact_history.append(
        SubjectContact(
            email=subject.email, postal_address=subject.postal_address, replaced_by_case=reference
        )
    )
    if "email" in changed:
        subject.email = email
    if "postal_address" in changed:
        subject.postal_address = address
    audit.record(
        session,
        ctx,
        "subject.contact",
        "data_subject",
        str(subject.id),
        {"changed": changed, "case": reference},
    )


def load_case(session: Session, reference: str) -> Case:
    """The case with this reference, or NotFound; for other services' transactions."""
    return _load(session, reference)


def summary_of(case: Case) -> CaseSummary:
    return CaseSummary(
        id=case.id,
        reference=case.reference,
        subject_name=case.subject.full_name,
        email=case.contact_email or case.subject.email,
        rights=tuple(r.right for r in case.rights),
        status=case.status,
        channel=case.channel,
        jurisdiction=case.jurisdiction,
        received_on=case.received_on,
        due=case.extended_due_date or case.due_date,
        extended=case.extended_on is not None,
        assignee=case.assignee,
        flagged=case.flagged,
        assigned_to=case.assigned_to or "",
        version=case.version,
    )


def detail_of(case: Case, today: date) -> CaseDetail:
    result = deadlines.of_case(case, today)
    subject = case.subject
    return CaseDetail(
        summary=summary_of(case),
        kind=case.kind,
        address=case.contact_address or subject.postal_address,
        phone=subject.phone,
        notes=case.notes,
        received_at=case.received_at,
        received_tz=case.received_tz,
        readings=dict(case.readings or {}),
        due_date=case.due_date,
        extension_notice_by=case.extension_notice_by,
        extended_due_date=case.extended_due_date,
        extended_on=case.extended_on,
        extension_reason=case.extension_reason,
        outcome=case.outcome,
        outcome_reason=case.outcome_reason,
        refusal_facts=case.refusal_facts,
        close_reason=case.close_reason,
        answered_on=case.answered_on,
        closed_at=case.closed_at,
        subject_id=subject.id,
        subject_deceased=subject.deceased,
        explanation=[s.to_dict() for s in result.steps],
        sources=list(result.sources),
        suspensions=[
            (e.starts_on, e.ends_on) for e in case.deadline_events if e.kind == "suspension"
        ],
        identity=[
            IdentityFacts(
                c.id,
                c.doubt_reason,
                c.requested_on,
                c.received_on,
                c.method,
                c.outcome,
                c.verifier,
                c.verified_at,
                c.document_kind,
                answer_by=answer_deadline(c.requested_on, c.answer_by) if c.requested_on else None,
                current=current_outcome(
                    c.outcome, c.requested_on, c.received_on, c.answer_by, today
                ),
            )
            for c in case.identity_checks
        ],
        documents=[document_info(d) for d in case.documents],
    )


def get_case(ctx: Context, reference: str) -> CaseDetail:
    with ctx.db.read() as session:
        return detail_of(_load(session, reference), ctx.today())


OPEN_STATES = ("received", "awaiting-identity", "in-progress", "extended")
EFFECTIVE_DUE = func.coalesce(Case.extended_due_date, Case.due_date)


def case_query(flt: CaseFilter, dialect: str = "sqlite") -> Select:
    """The SELECT of case ids matching ``flt``, in its order; shared by list and count."""
    # No join to the people here: the text search has its own sub-select, and a join
    # would stop SQLite from walking the deadline indexes in order.
    stmt = select(Case.id)
    if flt.statuses:
        stmt = stmt.where(Case.status.in_(flt.statuses))
    if flt.open_only:
        # Literal SQL, the very text of the partial index ix_cases_open_due: SQLite uses a
        # partial index only when the query's WHERE visibly implies the index's.
        stmt = stmt.where(text(OPEN_STATES_SQL))
    if flt.right:
        # A correlated EXISTS, not ``id IN (SELECT case_id ...)``: SQLite then walks the
        # list's order index and probes the (case_id, right) key per case, so the first
        # page stops after a few hundred probes; the IN form built the whole set first
        # (at 1,000,000 cases the first page of "access" took 243 ms, now ~1 ms).
        stmt = stmt.where(
            exists().where(CaseRight.case_id == Case.id, CaseRight.right == flt.right)
        )
    if flt.jurisdiction:
        stmt = stmt.where(Case.jurisdiction == flt.jurisdiction)
    if flt.assigned_to is not None:
        stmt = stmt.where(Case.assigned_to == flt.assigned_to)
    if flt.due_before:
        stmt = stmt.where(EFFECTIVE_DUE <= flt.due_before)
    if flt.due_after:
        stmt = stmt.where(EFFECTIVE_DUE >= flt.due_after)
    if flt.text.strip():
        stmt = stmt.where(Case.id.in_(search.matching_ids(flt.text, dialect)))
    orders = {
        # Every case has a due date from intake on: no NULLS LAST needed (it would defeat
        # the index on the effective deadline).
        "due": (EFFECTIVE_DUE.asc(), Case.id),
        "received": (Case.received_on.desc(), Case.id.desc()),
        "reference": (Case.reference,),
    }
    return stmt.order_by(*orders.get(flt.order, orders["due"]))


def list_cases(ctx: Context, flt: CaseFilter | None = None) -> list[CaseSummary]:
    flt = flt or CaseFilter()
    with ctx.db.read() as session:
        stmt = case_query(flt, session.get_bind().dialect.name).offset(flt.offset)
        if flt.limit:
            stmt = stmt.limit(flt.limit)
        ids = list(session.scalars(stmt))
        return summaries(session, ids)


#: The two statements of :func:`summaries`, built once with an expanding IN parameter:
#: building ``in_(ids)`` anew coerced each of the 64 ids, more time than SQLite's part.
_SUMMARY_ROWS = (
    select(
        Case.id,
        Case.reference,
        DataSubject.full_name,
        Case.contact_email,
        DataSubject.email,
        Case.status,
        Case.channel,
        Case.jurisdiction,
        Case.received_on,
        Case.extended_due_date,
        Case.due_date,
        Case.extended_on,
        Case.assignee,
        Case.flagged,
        Case.assigned_to,
        Case.version,
    )
    .join(DataSubject, Case.subject_id == DataSubject.id)
    .where(Case.id.in_(bindparam("ids", expanding=True)))
)
_SUMMARY_RIGHTS = (
    select(CaseRight.case_id, CaseRight.right)
    .where(CaseRight.case_id.in_(bindparam("ids", expanding=True)))
    .order_by(CaseRight.id)
)


def summaries(session: Session, ids: Sequence[int]) -> list[CaseSummary]:
    """Summaries of ``ids`` in the given order: two queries (the cases with their
    requester, then their rights), read as rows, not ORM objects. A page of the case
    list (64 rows) took 20 ms through the ORM with its relationships loaded, against
    under a millisecond for the same rows in raw SQL (issue 19); the fields are those of
    :func:`summary_of`, which a test compares."""
    if not ids:
        return []
    wanted = {"ids": list(ids)}
    rows = session.execute(_SUMMARY_ROWS, wanted).all()
    rights: dict[int, list[str]] = {}
    for case_id, right in session.execute(_SUMMARY_RIGHTS, wanted):
        rights.setdefault(case_id, []).append(right)
    by_id = {r[0]: summary_of_row(r, rights.get(r[0], ())) for r in rows}
    return [by_id[i] for i in ids if i in by_id]
