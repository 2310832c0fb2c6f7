"""The registers a DPO keeps: processing (GDPR Art. 30), recipients and transfers,
post-mortem directives (Loi 78-17 art. 84-85) and death notifications."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dpo_desk.store.models.base import Base
from dpo_desk.store.types import UTCDateTime, utcnow

activity_recipient = Table(
    "activity_recipient",
    Base.metadata,
    Column(
        "activity_id", ForeignKey("processing_activity.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("recipient_id", ForeignKey("recipient.id", ondelete="CASCADE"), primary_key=True),
)

activity_measure = Table(
    "activity_measure",
    Base.metadata,
    Column(
        "activity_id", ForeignKey("processing_activity.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("measure_id", ForeignKey("security_measure.id", ondelete="CASCADE"), primary_key=True),
)


class SecurityMeasure(Base):
    """One entry of the company's list of security measures (GDPR Art. 32), kept by the
    DPO; activities link to it, so the register names the measures of each (Art. 30(1)(g))."""

    __tablename__ = "security_measure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    #: e.g. "access", "encryption", "backup", "logging", "organisational"
    category: Mapped[str] = mapped_column(String(64), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    #: French texts (name, description); the plain columns hold English.
    texts_fr: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    activities: Mapped[list[ProcessingActivity]] = relationship(
        secondary=activity_measure, back_populates="measures"
    )


class ProcessingActivity(Base):
    """One line of the record of processing activities (GDPR Art. 30(1))."""

    __tablename__ = "processing_activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    purposes: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(String(32))
    data_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    subject_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    sources: Mapped[str] = mapped_column(Text, default="")
    retention: Mapped[str] = mapped_column(Text, default="")
    #: Machine-readable retention rule, e.g. {"from": "last-contact", "years": 3}.
    retention_rule: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    automated_decision: Mapped[str] = mapped_column(Text, default="")
    #: For an automated decision (GDPR Art. 15(1)(h), 22; CJEU C-203/22): the logic
    #: involved, its significance and its envisaged consequences for the person.
    ad_logic: Mapped[str] = mapped_column(Text, default="")
    ad_significance: Mapped[str] = mapped_column(Text, default="")
    ad_consequences: Mapped[str] = mapped_column(Text, default="")
    #: French texts of the fields above (field -> text); the plain columns hold English.
    #: Each language falls back to the other where a text is missing.
    texts_fr: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: The department that owns the activity (CNIL model register, "service").
    department: Mapped[str] = mapped_column(String(200), default="")
    #: Joint controllers (Art. 26) and processors (Art. 28) with their contracts:
    #: [{"role": "joint-controller" | "processor", "name", "contract_on": "YYYY-MM-DD"
    #: or "", "art28_clauses": bool}] (see services/registers/activity_extra.py).
    parties: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    #: WP248 screening criteria met (domain/dpia.py), the DPIA's date and where it is.
    dpia_criteria: Mapped[list[str]] = mapped_column(JSON, default=list)
    dpia_done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    dpia_link: Mapped[str] = mapped_column(String(500), default="")
    last_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    recipients: Mapped[list[Recipient]] = relationship(
        secondary=activity_recipient, back_populates="activities", order_by="Recipient.name"
    )
    #: Optimistic concurrency (issue 16): see ``Case.version``.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    measures: Mapped[list[SecurityMeasure]] = relationship(
        secondary=activity_measure, back_populates="activities", order_by="SecurityMeasure.name"
    )

    __mapper_args__ = {"version_id_col": version}


class Recipient(Base):
    """Who receives personal data: an internal department, a processor or a third party."""

    __tablename__ = "recipient"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    category: Mapped[str] = mapped_column(String(32))
    service: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="FR")
    #: French texts (name, service); the plain columns hold English.
    texts_fr: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    activities: Mapped[list[ProcessingActivity]] = relationship(
        secondary=activity_recipient, back_populates="recipients"
    )
    #: Optimistic concurrency (issue 16): see ``Case.version``.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    transfers: Mapped[list[Transfer]] = relationship(
        back_populates="recipient", cascade="all, delete-orphan", order_by="Transfer.id"
    )

    __mapper_args__ = {"version_id_col": version}


class Transfer(Base):
    """A transfer to a third country (GDPR Chapter V) and the safeguard that covers it."""

    __tablename__ = "transfer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient_id: Mapped[int] = mapped_column(
        ForeignKey("recipient.id", ondelete="CASCADE"), index=True
    )
    country: Mapped[str] = mapped_column(String(2))
    #: "adequate" / "not-adequate" / "partial", as read on the Commission's list...
    adequacy_status: Mapped[str] = mapped_column(String(16), default="not-adequate")
    #: ...on this date.
    adequacy_checked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    safeguard: Mapped[str] = mapped_column(String(32))
    scc_module: Mapped[str] = mapped_column(String(16), default="")
    safeguard_document: Mapped[str] = mapped_column(String(300), default="")
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: French texts (safeguard_document, notes); the plain columns hold English.
    texts_fr: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Transfer impact assessment (CJEU C-311/18 "Schrems II"; EDPB Recommendations
    #: 01/2020): when it was made and what it concluded.
    tia_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    tia_conclusion: Mapped[str] = mapped_column(Text, default="")

    #: Optimistic concurrency (issue 16): see ``Case.version``.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    recipient: Mapped[Recipient] = relationship(back_populates="transfers")

    __mapper_args__ = {"version_id_col": version}


class CaseScope(Base):
    """One register item (activity, recipient or transfer) the DPO found to concern the
    person of a case: the access reply tells only these (GDPR Art. 15(1); EDPB Guidelines
    01/2022 §4.3; CJEU C-154/21, the actual recipients)."""

    __tablename__ = "case_scope"
    __table_args__ = (UniqueConstraint("case_id", "item_kind", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    #: "activity", "recipient" or "transfer"
    item_kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RecipientNotice(Base):
    """A recipient of the register that the DPO told of a case's rectification, erasure or
    restriction, and when (GDPR Art. 19: "each recipient to whom the personal data have
    been disclosed"): the confirmation letter names only these. The recipient's name is
    kept as it was, so a later edit or removal from the register changes no history."""

    __tablename__ = "recipient_notice"
    __table_args__ = (UniqueConstraint("case_id", "recipient_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    recipient_id: Mapped[int | None] = mapped_column(
        ForeignKey("recipient.id", ondelete="SET NULL"), nullable=True
    )
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_name_fr: Mapped[str] = mapped_column(String(200), default="")
    notified_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TransferDisclosure(Base):
    """What a reply told a person about recipients and transfers, frozen as sent, so a
    later edit of the register never rewrites history."""

    __tablename__ = "transfer_disclosure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    disclosed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    disclosed_to: Mapped[str] = mapped_column(String(300), default="")
    snapshot: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    sha256: Mapped[str] = mapped_column(String(64), default="")


class PostMortemDirective(Base):
    """A particular directive (Loi 78-17 art. 85): what to do with one's data after death."""

    __tablename__ = "post_mortem_directive"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_id: Mapped[int | None] = mapped_column(
        ForeignKey("data_subject.id", ondelete="SET NULL"), nullable=True, index=True
    )
    person_name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    person_email: Mapped[str] = mapped_column(String(320), default="")
    person_birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    registered_on: Mapped[date] = mapped_column(Date)
    #: keep / delete / communicate
    action: Mapped[str] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(Text, default="")
    instructions: Mapped[str] = mapped_column(Text, default="")
    designated_person: Mapped[str] = mapped_column(String(300), default="")
    designated_contact: Mapped[str] = mapped_column(Text, default="")
    consent_evidence: Mapped[str] = mapped_column(Text, default="")
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    revocation_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DeathNotification(Base):
    """A death notified by an heir, an executor or a notary, and what was done about it."""

    __tablename__ = "death_notification"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_id: Mapped[int | None] = mapped_column(
        ForeignKey("data_subject.id", ondelete="SET NULL"), nullable=True, index=True
    )
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), nullable=True, index=True
    )
    deceased_name: Mapped[str] = mapped_column(String(300))
    death_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    notified_on: Mapped[date] = mapped_column(Date)
    notifier_name: Mapped[str] = mapped_column(String(300))
    notifier_capacity: Mapped[str] = mapped_column(String(16))
    notifier_contact: Mapped[str] = mapped_column(Text, default="")
    requests: Mapped[list[str]] = mapped_column(JSON, default=list)
    directive_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    actions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    evidence_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
