"""Data subjects, their cases, and what happens on a case (identity, deadlines, documents)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dpo_desk.store.models.base import Base
from dpo_desk.store.schema_version import OPEN_STATES_SQL
from dpo_desk.store.types import UTCDateTime, utcnow


class DataSubject(Base):
    """A person who exercises rights (or on whose behalf heirs act)."""

    __tablename__ = "data_subject"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300))
    #: Lower-case, accent-free copy for search ("lefevre" finds "Lefèvre").
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    postal_address: Mapped[str] = mapped_column(Text, default="")
    customer_ref: Mapped[str] = mapped_column(String(100), default="")
    deceased: Mapped[bool] = mapped_column(Boolean, default=False)
    deceased_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    no_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    cases: Mapped[list[Case]] = relationship(back_populates="subject")
    contact_history: Mapped[list[SubjectContact]] = relationship(
        back_populates="subject", cascade="all, delete-orphan", order_by="SubjectContact.id"
    )


class SubjectContact(Base):
    """A person's earlier contact details, kept when the DPO replaces them with newer
    ones at intake: a later letter goes to the new address, and what an earlier letter
    was sent to stays known (each case also keeps its own copy, ``Case.contact_*``)."""

    __tablename__ = "subject_contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_id: Mapped[int] = mapped_column(
        ForeignKey("data_subject.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(320), default="")
    postal_address: Mapped[str] = mapped_column(Text, default="")
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    replaced_by_case: Mapped[str] = mapped_column(String(32), default="")

    subject: Mapped[DataSubject] = relationship(back_populates="contact_history")


class Case(Base):
    """A request or complaint, from receipt to closure."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_case_status_due", "status", "due_date"),
        Index("ix_case_received_on", "received_on"),
        # The case list orders by the binding deadline; these keep a status filter or the
        # open queue at 100,000 cases an index walk instead of a sort (BENCHMARKS.md).
        Index("ix_cases_effective_due", text("coalesce(extended_due_date, due_date)"), "id"),
        Index(
            "ix_cases_status_effective_due",
            "status",
            text("coalesce(extended_due_date, due_date)"),
            "id",
        ),
        # The same list filtered by status in order of receipt or of reference (issue 19:
        # at 1,000,000 cases "closed" by receipt date sorted 700,000 rows, 317 ms).
        Index("ix_cases_status_received", "status", "received_on", "id"),
        Index("ix_cases_status_reference", "status", "reference", "id"),
        # Partial on PostgreSQL too: migration 0002 says ``postgresql_where``. The model
        # does not, because SQLAlchemy validates that keyword by importing its whole
        # PostgreSQL dialect (25 ms) on every start of the desktop program (issue 19).
        # The schema comes from the migrations; tests read the index on both databases.
        Index(
            "ix_cases_open_due",
            text("coalesce(extended_due_date, due_date)"),
            "id",
            sqlite_where=text(OPEN_STATES_SQL),
        ),
        # "My cases" (issue 16): one person's cases in deadline order; the status rides
        # along so that "my open cases" is checked in the index, not row by row (at
        # 100,000 cases: 56 ms instead of 390 ms, docs/team.md).
        Index(
            "ix_cases_assigned_due",
            "assigned_to",
            text("coalesce(extended_due_date, due_date)"),
            "id",
            "status",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="request")
    subject_id: Mapped[int] = mapped_column(ForeignKey("data_subject.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: The date of receipt in the organisation's zone: the legal "day of the event".
    received_on: Mapped[date] = mapped_column(Date)
    received_tz: Mapped[str] = mapped_column(String(64))
    jurisdiction: Mapped[str] = mapped_column(String(16))
    #: The readings of the contested points in force when the case was opened.
    readings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(24), default="received", index=True)
    assignee: Mapped[str] = mapped_column(String(200), default="")
    #: The team member (login name) working on the case, None when nobody is (issue 16).
    assigned_to: Mapped[str | None] = mapped_column(String(200), nullable=True)
    #: Optimistic concurrency (issue 16): raised by every UPDATE of the row, checked
    #: against the version a person loaded before their change is written.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The e-mail and postal address this case's letters go to, as given at intake (the
    #: person's details may change later; a case keeps the ones it was answered at).
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    contact_address: Mapped[str] = mapped_column(Text, default="")
    #: Denormalised deadline, recomputed by the services on every change, so lists can
    #: sort and filter by it in SQL.
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    extension_notice_by: Mapped[date | None] = mapped_column(Date, nullable=True)
    extended_due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    extended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(32), default="")
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    #: What the DPO found that makes the refusal's ground apply (quoted in the letter).
    refusal_facts: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: Why an answered case was closed without a reply sent (else empty).
    close_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    flagged: Mapped[str] = mapped_column(String(200), default="")
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    subject: Mapped[DataSubject] = relationship(back_populates="cases")
    rights: Mapped[list[CaseRight]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseRight.id"
    )
    identity_checks: Mapped[list[IdentityCheck]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="IdentityCheck.id"
    )
    deadline_events: Mapped[list[DeadlineEvent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="DeadlineEvent.id"
    )
    documents: Mapped[list[Document]] = relationship(back_populates="case", order_by="Document.id")

    __mapper_args__ = {"version_id_col": version}


class CaseRight(Base):
    __tablename__ = "case_right"
    __table_args__ = (
        UniqueConstraint("case_id", "right"),
        Index("ix_case_right_right_case", "right", "case_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    right: Mapped[str] = mapped_column(String(32), index=True)

    case: Mapped[Case] = relationship(back_populates="rights")


class IdentityCheck(Base):
    """One identity verification: why it was needed, how, and what it found.

    Once verified, any ID copy is purged and only these facts remain (CNIL SAN-2020-008).
    """

    __tablename__ = "identity_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    doubt_reason: Mapped[str] = mapped_column(Text, default="")
    requested_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: The last day the DPO gave the requester to answer (``domain.identity``); past it,
    #: with nothing received, the step has expired. Empty on steps recorded before 0010.
    answer_by: Mapped[date | None] = mapped_column(Date, nullable=True)
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    method: Mapped[str] = mapped_column(String(32), default="")
    outcome: Mapped[str] = mapped_column(String(16), default="pending")
    verifier: Mapped[str] = mapped_column(String(200), default="")
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    document_kind: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="identity_checks")


class DeadlineEvent(Base):
    """A suspension (identity awaited) or an extension of a case's period."""

    __tablename__ = "deadline_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="deadline_events")


class Document(Base):
    """An attachment, an evidence file or a generated letter; the bytes live encrypted in
    the data directory under ``stored_name``, never under the user's file name."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    purpose: Mapped[str] = mapped_column(String(64), default="")
    original_name: Mapped[str] = mapped_column(String(300), default="")
    stored_name: Mapped[str] = mapped_column(String(100), default="")
    media_type: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    letter_kind: Mapped[str] = mapped_column(String(32), default="")
    lang: Mapped[str] = mapped_column(String(8), default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    flags: Mapped[str] = mapped_column(String(200), default="")
    #: Why a letter was written after its date (the letter is then flagged "late").
    late_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Dispatch of a sent letter: the day it left (what the on-time check compares with
    #: the due date), how (post, registered post, e-mail, hand delivery), the registered
    #: post number, and later the proof of delivery (its date, optionally a scanned file
    #: kept as another document of kind "delivery-proof").
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    dispatch_channel: Mapped[str] = mapped_column(String(24), default="")
    tracking_number: Mapped[str] = mapped_column(String(64), default="")
    delivered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    delivery_proof_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), nullable=True
    )
    #: A letter sent by e-mail (issue 17): the address, the message's Message-ID, and
    #: "sending" (recorded before the SMTP exchange), "sent" (confirmed) or "failed".
    email_to: Mapped[str] = mapped_column(String(320), default="", server_default="")
    email_message_id: Mapped[str] = mapped_column(String(250), default="", server_default="")
    email_state: Mapped[str] = mapped_column(String(16), default="", server_default="")
    directive_id: Mapped[int | None] = mapped_column(
        ForeignKey("post_mortem_directive.id", ondelete="SET NULL"), nullable=True
    )
    death_notification_id: Mapped[int | None] = mapped_column(
        ForeignKey("death_notification.id", ondelete="SET NULL"), nullable=True
    )
    #: Four-eyes review (issue 16): who drafted a letter, and who else approved it.
    drafted_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    case: Mapped[Case | None] = relationship(back_populates="documents")
