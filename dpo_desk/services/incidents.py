"""The breach and incident register: intake, reading and listing incidents.

Every personal-data breach is documented, notified or not (GDPR Art. 33(5)); every
confidentiality incident is entered in the Quebec register (CQLR c. P-39.1, s. 3.8; r. 3.1
s. 6). Each change is audited in its own transaction. The assessment, the notices and the
decision not to notify are in ``services.incident_actions``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain import incidents as rules
from dpo_desk.domain.text import NAME_MAX, NOTE_MAX, clean
from dpo_desk.errors import NotFound, UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.incident_dto import IncidentDetail, IncidentSummary, NoticeInfo
from dpo_desk.services.organisation import OrganisationProfile, get_profile, profile_in
from dpo_desk.store.models import Case, Incident, Recipient

T = TypeVar("T")
COUNT_MAX = 1_000_000_000


@contextmanager
def refusals() -> Iterator[None]:
    """Turn the domain's refusals into ``UserError`` (same template, same parameters)."""
    try:
        yield
    except rules.IncidentError as exc:
        raise UserError.carrying(exc) from None


def checked(fn: Callable[..., T], *args: Any) -> T:
    with refusals():
        return fn(*args)


@dataclass
class NewIncident:
    """What the intake dialog or ``incident add`` collects."""

    title: str
    aware_at: datetime
    reporter: str = "internal"
    reporter_detail: str = ""
    natures: Sequence[str] = ("confidentiality",)
    origin: str = "other"
    cause: str = "unknown"
    circumstances: str = ""
    occurred_from: datetime | None = None
    occurred_to: datetime | None = None
    occurred_note: str = ""
    subject_categories: Sequence[str] = ()
    people_count: int | None = None
    records_count: int | None = None
    quebec_people: int | None = None
    data_categories: Sequence[str] = ()
    consequences: str = ""
    measures_taken: str = ""
    measures_proposed: str = ""
    person_advice: str = ""
    recipients: Sequence[str] = ()
    cases: Sequence[str] = ()
    gdpr: bool | None = None
    quebec: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def reading_of(ctx: Context) -> str:
    """The organisation's reading of "72 hours" (setting ``breach_hours``)."""
    return _reading(get_profile(ctx))


def _reading(profile: OrganisationProfile) -> str:
    return str(profile.readings.get("breach_hours") or rules.DEFAULT_READING)


def preview_clock(ctx: Context, aware_at: datetime) -> rules.BreachClock:
    """The due instant an intake would record, shown before saving."""
    return clock_of(get_profile(ctx), aware_at)


def clock_of(profile: OrganisationProfile, aware_at: datetime) -> rules.BreachClock:
    """The clock of an incident known since ``aware_at``, under a profile already read."""
    with refusals():
        return rules.notification_clock(aware_at, profile.timezone, _reading(profile))


def next_reference(session: Session, year: int) -> str:
    """``INC-<year>-<n>``, numbered per year of awareness like cases."""
    prefix = f"INC-{year}-"
    number = func.cast(func.substr(Incident.reference, len(prefix) + 1), Integer)
    last = session.scalar(select(func.max(number)).where(Incident.reference.like(f"{prefix}%")))
    return f"{prefix}{int(last or 0) + 1:04d}"


def _count(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    if not 0 <= int(value) <= COUNT_MAX:
        raise UserError("{what} must be a number between 0 and {max}", what=what, max=COUNT_MAX)
    return int(value)


def _words(kind: type[Any], values: Sequence[str], what: str) -> list[str]:
    out: list[str] = []
    for value in values:
        word = str(checked(rules.parse_word, kind, value, what))
        if word not in out:
            out.append(word)
    return out


def _text(value: str, what: str) -> str:
    return clean(value, what, max_len=NOTE_MAX, multiline=True)


def _instant(value: datetime | None, what: str) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise UserError("{what} needs a time zone or a UTC offset", what=what)
    return value


def link_recipients(session: Session, names: Sequence[str]) -> list[Recipient]:
    found = []
    for name in names:
        row = session.scalar(select(Recipient).where(Recipient.name == name.strip()))
        if row is None:
            raise NotFound("no recipient or processor named {name!r} in the register", name=name)
        found.append(row)
    return found


def link_cases(session: Session, refs: Sequence[str]) -> list[Case]:
    found = []
    for ref in refs:
        row = session.scalar(select(Case).where(Case.reference == ref.strip().upper()))
        if row is None:
            raise NotFound("no case with reference {reference}", reference=ref)
        found.append(row)
    return found


#: The facts of an intake validated one by one (``check_fact``); the links and the regimes
#: are checked against the store and each other.
FACTS = (
    "title",
    "reporter",
    "reporter_detail",
    "natures",
    "origin",
    "cause",
    "circumstances",
    "occurred_from",
    "occurred_to",
    "occurred_note",
    "subject_categories",
    "people_count",
    "records_count",
    "quebec_people",
    "data_categories",
    "consequences",
    "measures_taken",
    "measures_proposed",
    "person_advice",
)
#: What ``update_incident`` may change: everything but the awareness instant, which
#: started the clock (and against which the notices already recorded were judged).
EDITABLE = (*FACTS, "recipients", "cases", "gdpr", "quebec")

_CHECKS: dict[str, Callable[[Any], Any]] = {
    "title": lambda v: clean(v, "title", max_len=NAME_MAX, required=True),
    "reporter": lambda v: str(checked(rules.parse_word, rules.Reporter, v, "reporter")),
    "reporter_detail": lambda v: _text(v, "reporter"),
    "natures": lambda v: _words(rules.Nature, v, "nature"),
    "origin": lambda v: str(checked(rules.parse_word, rules.Origin, v, "origin")),
    "cause": lambda v: str(checked(rules.parse_word, rules.Cause, v, "cause")),
    "circumstances": lambda v: _text(v, "circumstances"),
    "occurred_from": lambda v: _instant(v, "the start of the incident"),
    "occurred_to": lambda v: _instant(v, "the end of the incident"),
    "occurred_note": lambda v: _text(v, "period of the incident"),
    "subject_categories": lambda v: [
        clean(c, "category of people", max_len=NAME_MAX) for c in v if c.strip()
    ],
    "people_count": lambda v: _count(v, "the number of people"),
    "records_count": lambda v: _count(v, "the number of records"),
    "quebec_people": lambda v: _count(v, "the number of people living in Quebec"),
    "data_categories": lambda v: _words(rules.DataCategory, v, "data category"),
    "consequences": lambda v: _text(v, "likely consequences"),
    "measures_taken": lambda v: _text(v, "measures taken"),
    "measures_proposed": lambda v: _text(v, "measures proposed"),
    "person_advice": lambda v: _text(v, "advice to the persons"),
}


def check_fact(name: str, value: Any) -> Any:
    """One intake fact, validated and normalised the same way at intake and on update."""
    return _CHECKS[name](value)


def check_period(
    occurred_from: datetime | None, occurred_to: datetime | None, aware_at: datetime
) -> None:
    if occurred_from and occurred_to and occurred_to < occurred_from:
        raise UserError("the incident cannot end before it starts")
    if occurred_from and occurred_from > aware_at:
        raise UserError("the incident cannot start after the organisation became aware of it")


def add_incident(ctx: Context, new: NewIncident) -> IncidentDetail:
    """Record an incident and start its clock; one transaction, audited."""
    with ctx.db.write() as session:
        # The profile read in the transaction that records the incident (issue 15).
        return detail_of(add_incident_in(session, ctx, new))


def add_incident_in(session: Session, ctx: Context, new: NewIncident) -> Incident:
    """``add_incident`` in the caller's transaction (never commits); flushed, audited."""
    profile = profile_in(session)
    tz = profile.timezone
    title = check_fact("title", new.title)
    clock = clock_of(profile, new.aware_at)
    if new.aware_at > ctx.now():
        raise UserError("the organisation cannot have become aware in the future")
    occurred_from = check_fact("occurred_from", new.occurred_from)
    occurred_to = check_fact("occurred_to", new.occurred_to)
    check_period(occurred_from, occurred_to, new.aware_at)
    quebec_people = check_fact("quebec_people", new.quebec_people)
    quebec = (
        new.quebec
        if new.quebec is not None
        else (bool(quebec_people) or profile.default_jurisdiction == "CA-QC")
    )
    gdpr = new.gdpr if new.gdpr is not None else profile.default_jurisdiction != "CA-QC"
    if not (gdpr or quebec):
        raise UserError("an incident falls under the GDPR, the Quebec act, or both")
    aware_on = new.aware_at.astimezone(ZoneInfo(tz)).date()
    facts = {name: check_fact(name, getattr(new, name)) for name in FACTS}
    values = dict(
        facts,
        title=title,
        status="open",
        aware_at=clock.aware_at,
        aware_tz=tz,
        reading=clock.reading,
        due_at=clock.due_at,
        gdpr=gdpr,
        quebec=quebec,
        keep_until=rules.keep_until(aware_on, quebec),
    )
    incident = Incident(reference=next_reference(session, aware_on.year), **values)
    incident.recipients = link_recipients(session, new.recipients)
    incident.cases = link_cases(session, new.cases)
    session.add(incident)
    session.flush()
    audit.record(
        session,
        ctx,
        "incident.create",
        "incident",
        incident.reference,
        {
            "aware_at": clock.aware_at,
            "due_at": clock.due_at,
            "reading": clock.reading,
            "gdpr": gdpr,
            "quebec": quebec,
            "origin": values["origin"],
            "people": values["people_count"],
        },
    )
    return incident


def load_incident(session: Session, reference: str) -> Incident:
    """The incident with this reference, or NotFound."""
    row = session.scalars(
        select(Incident)
        .where(Incident.reference == reference.strip().upper())
        .options(
            selectinload(Incident.notices),
            selectinload(Incident.recipients),
            selectinload(Incident.cases),
        )
    ).first()
    if row is None:
        raise NotFound("no incident with reference {reference}", reference=reference)
    return row


def _authority_notices(row: Incident) -> list[datetime]:
    return [n.sent_at for n in row.notices if n.addressee == "authority"]


def summary_of(row: Incident) -> IncidentSummary:
    sent = _authority_notices(row)
    cai_sent = any(n.addressee == "cai" for n in row.notices)
    decided_not = row.decision == "no-notify"
    return IncidentSummary(
        id=row.id,
        reference=row.reference,
        title=row.title,
        status=row.status,
        aware_at=row.aware_at,
        aware_tz=row.aware_tz,
        due_at=row.due_at,
        gdpr=row.gdpr,
        quebec=row.quebec,
        risk_level=row.risk_level,
        qc_serious=row.qc_serious,
        decision=row.decision,
        people_count=row.people_count,
        clock_running=(
            row.gdpr
            and row.status == "open"
            and not sent
            and not decided_not
            and row.risk_level != "none"
        ),
        quebec_running=(
            row.quebec
            and row.status == "open"
            and not cai_sent
            and not decided_not
            and row.qc_serious is not False
        ),
        authority_notified_at=min(sent) if sent else None,
    )


def detail_of(row: Incident) -> IncidentDetail:
    clock = rules.notification_clock(row.aware_at, row.aware_tz, row.reading)
    return IncidentDetail(
        summary=summary_of(row),
        reading=row.reading,
        occurred_from=row.occurred_from,
        occurred_to=row.occurred_to,
        occurred_note=row.occurred_note,
        reporter=row.reporter,
        reporter_detail=row.reporter_detail,
        natures=tuple(row.natures or ()),
        origin=row.origin,
        cause=row.cause,
        circumstances=row.circumstances,
        subject_categories=tuple(row.subject_categories or ()),
        records_count=row.records_count,
        quebec_people=row.quebec_people,
        data_categories=tuple(row.data_categories or ()),
        sensitive=tuple(rules.sensitive_categories(list(row.data_categories or ()))),
        consequences=row.consequences,
        measures_taken=row.measures_taken,
        measures_proposed=row.measures_proposed,
        person_advice=row.person_advice,
        risk_reasons=row.risk_reasons,
        persons_exception=row.persons_exception,
        qc_sensitivity=row.qc_sensitivity,
        qc_consequences=row.qc_consequences,
        qc_likelihood=row.qc_likelihood,
        qc_reasons=row.qc_reasons,
        decision_reasons=row.decision_reasons,
        keep_until=row.keep_until,
        recipients=tuple(r.name for r in row.recipients),
        cases=tuple(c.reference for c in row.cases),
        notices=tuple(
            NoticeInfo(
                n.id, n.addressee, n.kind, n.sent_at, n.late, n.delay_reasons, n.channel, n.note
            )
            for n in row.notices
        ),
        explanation=tuple(s.to_dict() for s in clock.steps),
    )


def get_incident(ctx: Context, reference: str) -> IncidentDetail:
    with ctx.db.read() as session:
        return detail_of(load_incident(session, reference))


@dataclass(frozen=True)
class IncidentFilter:
    """What the register shows; every field optional, combined with AND."""

    running_only: bool = False
    status: str = ""
    regime: str = ""  # "gdpr", "quebec" or ""
    text: str = ""


def list_incidents(ctx: Context, flt: IncidentFilter | None = None) -> list[IncidentSummary]:
    """The register, running clocks first (nearest deadline first), then the others,
    most recent awareness first."""
    flt = flt or IncidentFilter()
    with ctx.db.read() as session:
        stmt = select(Incident).options(selectinload(Incident.notices))
        if flt.status:
            stmt = stmt.where(Incident.status == flt.status)
        if flt.regime == "gdpr":
            stmt = stmt.where(Incident.gdpr.is_(True))
        elif flt.regime == "quebec":
            stmt = stmt.where(Incident.quebec.is_(True))
        if flt.text.strip():
            like = f"%{flt.text.strip()}%"
            stmt = stmt.where(
                or_(
                    Incident.title.ilike(like),
                    Incident.reference.ilike(like),
                    Incident.circumstances.ilike(like),
                )
            )
        stmt = stmt.order_by(
            case((Incident.status == "open", 0), else_=1), Incident.aware_at.desc()
        )
        rows = [summary_of(r) for r in session.scalars(stmt)]
    if flt.running_only:
        rows = [r for r in rows if r.clock_running or r.quebec_running]
    running = sorted(
        (r for r in rows if r.clock_running or r.quebec_running),
        key=lambda r: (not r.clock_running, r.due_at if r.clock_running else r.aware_at),
    )
    return running + [r for r in rows if not (r.clock_running or r.quebec_running)]
