"""Plain, frozen views of an incident: safe for another thread, Qt, JSON and letters."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from dpo_desk.services.dto import jsonable


@dataclass(frozen=True)
class NoticeInfo:
    id: int
    addressee: str
    kind: str
    sent_at: datetime
    late: bool
    delay_reasons: str
    channel: str
    note: str


@dataclass(frozen=True)
class IncidentSummary:
    """One line of the register.

    Attributes:
        clock_running: GDPR: the authority must still be notified or a decision taken.
        quebec_running: Quebec: the CAI must still be notified "promptly" or a decision taken.
    """

    id: int
    reference: str
    title: str
    status: str
    aware_at: datetime
    aware_tz: str
    due_at: datetime
    gdpr: bool
    quebec: bool
    risk_level: str
    qc_serious: bool | None
    decision: str
    people_count: int | None
    clock_running: bool
    quebec_running: bool
    authority_notified_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return dict(jsonable(asdict(self)))


@dataclass(frozen=True)
class IncidentDetail:
    summary: IncidentSummary
    reading: str
    occurred_from: datetime | None
    occurred_to: datetime | None
    occurred_note: str
    reporter: str
    reporter_detail: str
    natures: tuple[str, ...]
    origin: str
    cause: str
    circumstances: str
    subject_categories: tuple[str, ...]
    records_count: int | None
    quebec_people: int | None
    data_categories: tuple[str, ...]
    sensitive: tuple[str, ...]
    consequences: str
    measures_taken: str
    measures_proposed: str
    person_advice: str
    risk_reasons: str
    persons_exception: str
    qc_sensitivity: str
    qc_consequences: str
    qc_likelihood: str
    qc_reasons: str
    decision_reasons: str
    keep_until: date | None
    recipients: tuple[str, ...]
    cases: tuple[str, ...]
    notices: tuple[NoticeInfo, ...]
    explanation: tuple[dict[str, str], ...]

    @property
    def reference(self) -> str:
        return self.summary.reference

    def to_dict(self) -> dict[str, Any]:
        return dict(jsonable(asdict(self)))
