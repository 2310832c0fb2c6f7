"""The figures of the DPO's annual report, computed from plain records (no store, no Qt).

The report answers what management and the authority ask of a DPO once a year: how many
requests came in (per right, channel and month), whether they were answered in time and
how fast, what was extended or refused and why, how identity was checked, which
incidents happened and whether they were notified within 72 hours, how the registers
changed and whether backups were made and verified.

**On time** (GDPR Art. 12(3), P-39.1 s. 32 for Quebec cases): a request is answered on
time when its answer (the reply, or the refusal, Art. 12(4)) is dated on or before the
*deadline in force*. The deadline in force is the extended deadline when the extension
was notified within the period the law allows for it (Art. 12(3): "within one month of
receipt", the stored ``extension_notice_by``); an extension notified later does not count
and the first deadline stays in force. A suspension while identity is awaited (décret
2019-536) is already folded into the stored deadline.

Each request is judged once, on its *judgement day*: the day of its answer when it came
on or before the deadline in force, else the day after that deadline (from that day it is
late, whatever happens later). A request belongs to the on-time rate of the period that
holds its judgement day, if that day has come by the report's "as of" day. Withdrawn and
forwarded requests owe no answer and are left out; so is a request whose clock is
stopped and not yet answered.

Percentiles use the nearest-rank method (the smallest value with at least p % of the
values at or below it), so every figure is a whole number of days found in the data.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from dpo_desk.errors import UserError

#: Outcomes that end a request without an answer being owed.
NOTHING_OWED = frozenset({"withdrawn", "forwarded"})

#: Audit operations that change a register, by register (GDPR Art. 30; Loi 78-17 art. 85).
REGISTER_FAMILIES: dict[str, str] = {
    "activity": "activities",
    "register": "activities",
    "recipient": "recipients",
    "transfer": "transfers",
    "directive": "directives",
    "death": "directives",
}
#: Operations that read a register without changing it.
_NOT_CHANGES = frozenset({"register.export"})


@dataclass(frozen=True)
class Period:
    """The days covered by the report, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise UserError(
                "the period ends ({end}) before it starts ({start})",
                end=self.end.isoformat(),
                start=self.start.isoformat(),
            )
        if (self.end - self.start).days > 3 * 366:
            raise UserError(
                "a report covers at most three years; {start} to {end} is longer",
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def months(self) -> list[str]:
        """The months the period touches, as ``YYYY-MM``, in order."""
        out, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


@dataclass(frozen=True)
class IdentityRecord:
    requested_on: date | None
    received_on: date | None
    outcome: str


@dataclass(frozen=True)
class CaseRecord:
    """What the report needs of a case. ``answer_on``: the day of the reply or of the
    refusal (None when neither was given); ``clock_stopped``: a suspension is running."""

    reference: str
    received_on: date
    channel: str
    kind: str
    rights: tuple[str, ...]
    status: str
    outcome: str = ""
    refusal_ground: str = ""
    due_date: date | None = None
    extension_notice_by: date | None = None
    extended_on: date | None = None
    extended_due_date: date | None = None
    answer_on: date | None = None
    clock_stopped: bool = False
    identity: tuple[IdentityRecord, ...] = ()


@dataclass(frozen=True)
class IncidentRecord:
    """An incident: when the organisation became aware, its 72-hour deadline (Art. 33(1)),
    the first notice to an authority (CNIL or CAI) and to the persons (Art. 34)."""

    reference: str
    aware_at: datetime
    due_at: datetime
    decision: str = ""
    authority_at: datetime | None = None
    persons_at: datetime | None = None


@dataclass(frozen=True)
class AuditRecord:
    on: date
    operation: str


def deadline_in_force(case: CaseRecord) -> date | None:
    """The deadline the answer is judged against (GDPR Art. 12(3)): the extended one only
    when the extension was notified by ``extension_notice_by``."""
    if extension_in_time(case) and case.extended_due_date is not None:
        return case.extended_due_date
    return case.due_date


def extension_in_time(case: CaseRecord) -> bool:
    """Whether the person was told of the extension within one month of receipt
    (GDPR Art. 12(3), second sentence)."""
    return (
        case.extended_on is not None
        and case.extension_notice_by is not None
        and case.extended_on <= case.extension_notice_by
    )


def judgement(case: CaseRecord) -> tuple[date, bool] | None:
    """The day a request is judged and whether it was on time; None when it is not judged
    (nothing owed, no deadline, or clock stopped with no answer yet)."""
    if case.outcome in NOTHING_OWED or case.status in NOTHING_OWED:
        return None
    due = deadline_in_force(case)
    if due is None:
        return None
    if case.answer_on is not None and case.answer_on <= due:
        return case.answer_on, True
    if case.answer_on is None and case.clock_stopped:
        return None
    return due + timedelta(days=1), False


def nearest_rank(values: Sequence[int], percent: float) -> int | None:
    """The nearest-rank percentile of ``values`` (None for no values)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class AnnualFigures:
    """Every figure the report prints; the PDF, the window and the tests read these."""

    period: Period
    as_of: date
    received: int = 0
    complaints: int = 0
    per_right: dict[str, int] = field(default_factory=dict)
    per_channel: dict[str, int] = field(default_factory=dict)
    per_month: dict[str, int] = field(default_factory=dict)
    judged: int = 0
    on_time: int = 0
    answered: int = 0
    median_days: int | None = None
    p90_days: int | None = None
    extensions: int = 0
    extensions_late_notice: int = 0
    refusals: dict[str, int] = field(default_factory=dict)
    id_requested: int = 0
    id_received: int = 0
    id_verified: int = 0
    id_failed: int = 0
    incidents: int = 0
    notified_authority: int = 0
    notified_within_72h: int = 0
    not_notified: int = 0
    notified_persons: int = 0
    register_changes: dict[str, int] = field(default_factory=dict)
    backups_verified: int = 0
    backups_failed: int = 0
    restores: int = 0

    @property
    def on_time_rate(self) -> float | None:
        """Share of the judged requests answered on time (None when none was judged)."""
        return self.on_time / self.judged if self.judged else None

    @property
    def refused(self) -> int:
        return sum(self.refusals.values())

    @property
    def late(self) -> int:
        return self.judged - self.on_time


def _requests(figures: AnnualFigures, cases: Iterable[CaseRecord]) -> None:
    period, as_of = figures.period, figures.as_of
    months = Counter({m: 0 for m in period.months()})
    rights: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    refusals: Counter[str] = Counter()
    delays: list[int] = []
    for case in cases:
        if case.received_on in period:
            figures.received += 1
            figures.complaints += case.kind == "complaint"
            months[case.received_on.strftime("%Y-%m")] += 1
            channels[case.channel] += 1
            rights.update(case.rights)
        judged = judgement(case)
        if judged is not None and judged[0] in period and judged[0] <= as_of:
            figures.judged += 1
            figures.on_time += judged[1]
        if case.answer_on is not None and case.answer_on in period:
            figures.answered += 1
            delays.append((case.answer_on - case.received_on).days)
            if case.outcome == "refused":
                refusals[case.refusal_ground or "unspecified"] += 1
        if case.extended_on is not None and case.extended_on in period:
            figures.extensions += 1
            figures.extensions_late_notice += not extension_in_time(case)
        for check in case.identity:
            if check.requested_on is not None and check.requested_on in period:
                figures.id_requested += 1
                figures.id_received += check.received_on is not None
                figures.id_verified += check.outcome == "verified"
                figures.id_failed += check.outcome == "failed"
    figures.per_month = dict(sorted(months.items()))
    figures.per_right = dict(rights.most_common())
    figures.per_channel = dict(channels.most_common())
    figures.refusals = dict(refusals.most_common())
    figures.median_days = nearest_rank(delays, 50)
    figures.p90_days = nearest_rank(delays, 90)


def _incidents(
    figures: AnnualFigures, incidents: Iterable[IncidentRecord], day_of: dict[str, date]
) -> None:
    for incident in incidents:
        if day_of[incident.reference] not in figures.period:
            continue
        figures.incidents += 1
        if incident.authority_at is not None:
            figures.notified_authority += 1
            figures.notified_within_72h += incident.authority_at <= incident.due_at
        elif incident.decision == "no-notify":
            figures.not_notified += 1
        figures.notified_persons += incident.persons_at is not None


def _audit(figures: AnnualFigures, events: Iterable[AuditRecord]) -> None:
    changes: Counter[str] = Counter()
    for event in events:
        if event.on not in figures.period:
            continue
        family = event.operation.split(".", 1)[0]
        if family in REGISTER_FAMILIES and event.operation not in _NOT_CHANGES:
            changes[REGISTER_FAMILIES[family]] += 1
        elif event.operation == "backup.create":
            figures.backups_verified += 1
        elif event.operation == "backup.failed":
            figures.backups_failed += 1
        elif event.operation == "backup.restore":
            figures.restores += 1
    figures.register_changes = dict(changes.most_common())


def compute(
    period: Period,
    as_of: date,
    cases: Iterable[CaseRecord],
    incidents: Iterable[IncidentRecord] = (),
    audit: Iterable[AuditRecord] = (),
    incident_days: dict[str, date] | None = None,
) -> AnnualFigures:
    """All the report's figures for ``period``, as known on ``as_of``.

    Args:
        incident_days: each incident's day of awareness in the organisation's zone (by
            reference); defaults to the UTC date of ``aware_at``.
    """
    figures = AnnualFigures(period=period, as_of=as_of)
    _requests(figures, cases)
    incident_list = list(incidents)
    days = incident_days or {i.reference: i.aware_at.date() for i in incident_list}
    _incidents(figures, incident_list, days)
    _audit(figures, audit)
    return figures
