"""Frozen results of the register services (never ORM objects)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from dpo_desk.services.dto import jsonable as _jsonable


class _Dto:
    def to_dict(self) -> dict[str, Any]:
        return dict(_jsonable(asdict(self)))  # type: ignore[call-overload]


# --- recipients and transfers ---------------------------------------------------------


@dataclass(frozen=True)
class TransferView(_Dto):
    id: int
    recipient: str
    country: str
    adequacy_status: str
    adequacy_checked_on: date | None
    safeguard: str
    safeguard_label: str
    safeguard_source: str
    scc_module: str
    safeguard_document: str
    valid_from: date | None
    valid_until: date | None
    notes: str
    #: e.g. "validity ended on 2025-12-31", "adequacy checked more than a year ago".
    warnings: tuple[str, ...] = ()
    #: French texts (safeguard_document, notes); the plain fields hold English.
    texts_fr: dict[str, str] = field(default_factory=dict)
    #: Transfer impact assessment: date and conclusion.
    tia_on: date | None = None
    tia_conclusion: str = ""
    #: The row's version when read (optimistic concurrency, ``services.versions``).
    version: int = 0


@dataclass(frozen=True)
class MeasureView(_Dto):
    """One entry of the company's security measures list (GDPR Art. 32)."""

    id: int
    name: str
    category: str
    description: str
    texts_fr: dict[str, str] = field(default_factory=dict)
    #: How many activities apply it.
    activities: int = 0


@dataclass(frozen=True)
class RecipientView(_Dto):
    id: int
    name: str
    category: str
    category_label: str
    service: str
    country: str
    #: Outside the EEA (GDPR Chapter V).
    third_country: bool
    transfers: tuple[TransferView, ...] = ()
    activities: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    #: French texts (name, service); the plain fields hold English.
    texts_fr: dict[str, str] = field(default_factory=dict)
    #: The row's version when read (optimistic concurrency, ``services.versions``).
    version: int = 0


@dataclass(frozen=True)
class SafeguardDocument(_Dto):
    """A safeguard a person may ask a copy of (GDPR Art. 15(2), 46)."""

    recipient: str
    country: str
    safeguard: str
    safeguard_label: str
    safeguard_source: str
    scc_module: str
    document: str
    valid_until: date | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class DisclosureView(_Dto):
    """What a reply told about transfers, as frozen then."""

    id: int
    case_reference: str
    disclosed_at: datetime
    disclosed_to: str
    snapshot: tuple[dict[str, Any], ...]
    sha256: str
    #: The snapshot still matches its SHA-256 (it was not edited afterwards).
    intact: bool


# --- register of processing -----------------------------------------------------------


@dataclass(frozen=True)
class ActivityView(_Dto):
    id: int
    name: str
    purposes: str
    legal_basis: str
    legal_basis_label: str
    legal_basis_source: str
    data_categories: tuple[str, ...]
    subject_categories: tuple[str, ...]
    sources: str
    retention: str
    retention_rule: dict[str, Any]
    #: The machine rule in words ("3 years from the last contact"), "" without one.
    retention_rule_text: str
    recipients: tuple[str, ...]
    automated_decision: str
    active: bool
    ad_logic: str = ""
    ad_significance: str = ""
    ad_consequences: str = ""
    #: French texts (field -> text); the plain fields hold English.
    texts_fr: dict[str, str] = field(default_factory=dict)
    department: str = ""
    #: {"role", "name", "contract_on" (ISO or ""), "clauses_checked"} each.
    parties: tuple[dict[str, Any], ...] = ()
    dpia_criteria: tuple[str, ...] = ()
    #: WP248: two screening criteria or more (domain/dpia.py).
    dpia_likely_needed: bool = False
    dpia_done_on: date | None = None
    dpia_link: str = ""
    last_review_on: date | None = None
    next_review_on: date | None = None
    #: Names of the security measures applied (Art. 32).
    measures: tuple[str, ...] = ()
    #: The row's version when read (optimistic concurrency, ``services.versions``).
    version: int = 0


@dataclass(frozen=True)
class AccessRecipient(_Dto):
    """A recipient as an Art. 15(1)(c) reply names it, with its Art. 15(2) safeguards."""

    name: str
    category: str
    category_label: str
    country: str
    third_country: bool
    transfers: tuple[TransferView, ...] = ()


@dataclass(frozen=True)
class AccessActivity(_Dto):
    """One processing as an access reply describes it (GDPR Art. 15(1))."""

    name: str
    #: (a)
    purposes: str
    legal_basis: str
    legal_basis_label: str
    #: (b)
    data_categories: tuple[str, ...]
    #: (c)
    recipients: tuple[AccessRecipient, ...]
    #: (d)
    retention: str
    retention_rule_text: str
    #: (g)
    source: str
    #: (h) None when there is no automated decision-making.
    automated_decision: str | None

    @property
    def third_country_recipients(self) -> tuple[AccessRecipient, ...]:
        return tuple(r for r in self.recipients if r.third_country or r.transfers)


@dataclass(frozen=True)
class ErasureItem(_Dto):
    """What happens to one processing's data on an erasure request."""

    activity: str
    legal_basis: str
    #: erase / keep / archive / review
    decision: str
    reason: str
    #: The last day the data may be kept (None: erase now, or no machine rule).
    keep_until: date | None
    retention: str
    retention_rule_text: str


@dataclass(frozen=True)
class ErasureAssessment(_Dto):
    case_reference: str
    reference_date: date
    items: tuple[ErasureItem, ...]
    #: The simplification used, to show next to the result.
    note: str


@dataclass(frozen=True)
class ImportReport(_Dto):
    kind: str
    created: int
    updated: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


# --- post-mortem directives and deaths ------------------------------------------------


@dataclass(frozen=True)
class DirectiveView(_Dto):
    id: int
    person_name: str
    person_email: str
    person_birth_date: date | None
    registered_on: date
    action: str
    action_label: str
    scope: str
    instructions: str
    designated_person: str
    designated_contact: str
    consent_evidence: str
    subject_id: int | None
    revoked_on: date | None
    revocation_note: str

    @property
    def active(self) -> bool:
        return self.revoked_on is None

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "active": self.active}


@dataclass(frozen=True)
class EvidenceFile(_Dto):
    document_id: int
    kind: str
    size: int
    sha256: str
    purged_at: datetime | None


@dataclass(frozen=True)
class DeathNotificationView(_Dto):
    id: int
    case_reference: str
    subject_id: int | None
    deceased_name: str
    death_date: date | None
    notified_on: date
    notifier_name: str
    notifier_capacity: str
    notifier_contact: str
    requests: tuple[str, ...]
    directive_ids: tuple[int, ...]
    actions: tuple[dict[str, Any], ...]
    answered_on: date | None
    evidence_purged_at: datetime | None
    evidence: tuple[EvidenceFile, ...] = ()
    #: Other open cases of the deceased, flagged "subject deceased".
    flagged_cases: tuple[str, ...] = ()
    #: Evidence still expected: "death-certificate", "capacity-proof".
    missing_evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class HeirsReply(_Dto):
    """Everything the "heirs-reply" letter needs (Loi 78-17 art. 85: the controller
    justifies, at no cost, what it did)."""

    notification_id: int
    case_reference: str
    deceased_name: str
    death_date: date | None
    notifier_name: str
    notifier_capacity: str
    notifier_capacity_label: str
    notifier_contact: str
    notified_on: date
    requests: tuple[str, ...]
    request_labels: tuple[str, ...]
    directive_found: bool
    directives: tuple[DirectiveView, ...]
    #: "2026-02-03: close-accounts — customer account closed" (one line per action).
    actions_done: tuple[str, ...]
    actions: tuple[dict[str, Any], ...]
    answered_on: date | None
