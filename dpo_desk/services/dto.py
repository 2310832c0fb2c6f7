"""Plain, frozen results of the services: safe to hand to another thread or to Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


def jsonable(value: Any) -> Any:
    """Dates as ISO strings, containers walked: what ``--json`` and exports print."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


@dataclass(frozen=True)
class CaseSummary:
    id: int
    reference: str
    subject_name: str
    email: str
    rights: tuple[str, ...]
    status: str
    channel: str
    jurisdiction: str
    received_on: date
    due: date | None
    extended: bool
    assignee: str
    flagged: str = ""
    #: The team member working on the case (issue 16), "" for nobody.
    assigned_to: str = ""
    #: The row's version when read (optimistic concurrency, ``services.collab``).
    version: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(jsonable(asdict(self)))


def summary_of_row(r: Sequence[Any], rights: Sequence[str]) -> CaseSummary:
    """A case list's row (the columns of ``services.cases.summaries``: id, reference, the
    requester's name, the case's then the person's e-mail, status, channel, jurisdiction,
    received, extended due, due, extended on, assignee, flag, assigned to, version). The
    one reading of those columns, for the services and for the window's first page
    read before them (``store.first_page``)."""
    return CaseSummary(
        id=r[0],
        reference=r[1],
        subject_name=r[2],
        email=r[3] or r[4],
        rights=tuple(rights),
        status=r[5],
        channel=r[6],
        jurisdiction=r[7],
        received_on=r[8],
        due=r[9] or r[10],
        extended=r[11] is not None,
        assignee=r[12],
        flagged=r[13],
        assigned_to=r[14] or "",
        version=r[15],
    )


@dataclass(frozen=True)
class IdentityFacts:
    id: int
    doubt_reason: str
    requested_on: date | None
    received_on: date | None
    method: str
    outcome: str
    verifier: str
    verified_at: datetime | None
    document_kind: str
    #: The last day given to answer (the DPO's, else the default of domain.identity).
    answer_by: date | None = None
    #: The outcome today: "expired" for a pending step past ``answer_by`` with nothing
    #: received (``domain.identity.current_outcome``); else ``outcome``.
    current: str = ""


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    kind: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    letter_kind: str
    lang: str
    created_at: datetime
    sent_at: datetime | None
    purged_at: datetime | None
    flags: str
    #: Dispatch of a sent letter (see ``dpo_desk.domain.dispatch``).
    sent_on: date | None = None
    dispatch_channel: str = ""
    tracking_number: str = ""
    delivered_on: date | None = None
    delivery_proof_id: int | None = None
    #: Days after the deadline the letter left (0 = on time), None if not sent.
    days_late: int | None = None
    #: Sent by e-mail: to whom, the Message-ID, and "sending" / "sent" / "failed".
    email_to: str = ""
    email_message_id: str = ""
    email_state: str = ""
    #: Four-eyes review (issue 16): who drafted the letter, who approved it and when.
    drafted_by: str = ""
    approved_by: str = ""
    approved_at: datetime | None = None


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    kind: str
    address: str
    phone: str
    notes: str
    received_at: datetime
    received_tz: str
    readings: dict[str, Any]
    due_date: date | None
    extension_notice_by: date | None
    extended_due_date: date | None
    extended_on: date | None
    extension_reason: str
    outcome: str
    outcome_reason: str
    answered_on: date | None
    closed_at: datetime | None
    subject_id: int
    subject_deceased: bool
    explanation: list[dict[str, Any]]
    sources: list[str]
    suspensions: list[tuple[date, date | None]]
    identity: list[IdentityFacts] = field(default_factory=list)
    documents: list[DocumentInfo] = field(default_factory=list)
    #: What the DPO found that makes the refusal's ground apply (quoted in the letter).
    refusal_facts: str = ""
    #: Why an answered case was closed without a reply letter sent.
    close_reason: str = ""

    @property
    def reference(self) -> str:
        return self.summary.reference

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        summary = data.pop("summary")
        return dict(jsonable({**summary, **data}))
