"""The breach and confidentiality-incident register (GDPR Art. 33(5); CQLR c. P-39.1,
s. 3.8 and r. 3.1 s. 6), the notices sent about each incident, and its links to the
recipients/processors register and to cases."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Column, Date, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dpo_desk.store.models.base import Base
from dpo_desk.store.models.cases import Case, Document
from dpo_desk.store.models.registers import Recipient
from dpo_desk.store.types import UTCDateTime, utcnow

incident_recipient = Table(
    "incident_recipient",
    Base.metadata,
    Column("incident_id", ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True),
    Column("recipient_id", ForeignKey("recipient.id", ondelete="CASCADE"), primary_key=True),
)

incident_case = Table(
    "incident_case",
    Base.metadata,
    Column("incident_id", ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True),
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
)

#: The notices produced for an incident (authority summary, CAI notice, notice to the
#: persons): documents of the vault, archived like letters.
incident_document = Table(
    "incident_document",
    Base.metadata,
    Column("incident_id", ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("document.id", ondelete="CASCADE"), primary_key=True),
)


class Incident(Base):
    """One breach or confidentiality incident, notified or not.

    ``due_at`` is the denormalised 72-hour deadline (GDPR) so that the list can order the
    running clocks in SQL; ``reading`` is the reading of "72 hours" in force at intake.
    """

    __tablename__ = "incident"
    __table_args__ = (Index("ix_incident_status_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    occurred_from: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    occurred_to: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    occurred_note: Mapped[str] = mapped_column(Text, default="")
    aware_at: Mapped[datetime] = mapped_column(UTCDateTime)
    aware_tz: Mapped[str] = mapped_column(String(64))
    reading: Mapped[str] = mapped_column(String(16), default="elapsed")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    gdpr: Mapped[bool] = mapped_column(Boolean, default=True)
    quebec: Mapped[bool] = mapped_column(Boolean, default=False)
    reporter: Mapped[str] = mapped_column(String(24), default="internal")
    reporter_detail: Mapped[str] = mapped_column(Text, default="")
    natures: Mapped[list[str]] = mapped_column(JSON, default=list)
    origin: Mapped[str] = mapped_column(String(32), default="other")
    cause: Mapped[str] = mapped_column(String(24), default="unknown")
    circumstances: Mapped[str] = mapped_column(Text, default="")
    subject_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    people_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    records_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quebec_people: Mapped[int | None] = mapped_column(Integer, nullable=True)
    data_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    consequences: Mapped[str] = mapped_column(Text, default="")
    measures_taken: Mapped[str] = mapped_column(Text, default="")
    measures_proposed: Mapped[str] = mapped_column(Text, default="")
    person_advice: Mapped[str] = mapped_column(Text, default="")
    risk_level: Mapped[str] = mapped_column(String(8), default="")
    risk_reasons: Mapped[str] = mapped_column(Text, default="")
    persons_exception: Mapped[str] = mapped_column(String(24), default="")
    qc_sensitivity: Mapped[str] = mapped_column(String(8), default="")
    qc_consequences: Mapped[str] = mapped_column(String(8), default="")
    qc_likelihood: Mapped[str] = mapped_column(String(8), default="")
    qc_serious: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    qc_reasons: Mapped[str] = mapped_column(Text, default="")
    #: "" (not decided), "notify" or "no-notify", with its reasons (GDPR Art. 33(5)).
    decision: Mapped[str] = mapped_column(String(12), default="")
    decision_reasons: Mapped[str] = mapped_column(Text, default="")
    keep_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    notices: Mapped[list[IncidentNotice]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="IncidentNotice.id"
    )
    recipients: Mapped[list[Recipient]] = relationship(
        secondary=incident_recipient, order_by="Recipient.name"
    )
    cases: Mapped[list[Case]] = relationship(secondary=incident_case, order_by="Case.reference")
    documents: Mapped[list[Document]] = relationship(
        secondary=incident_document, order_by="Document.id"
    )


class IncidentNotice(Base):
    """A notice sent about an incident: to the authority (initial, complementary or
    complete, GDPR Art. 33(4)), to the CAI (s. 3.5), or to the persons (Art. 34)."""

    __tablename__ = "incident_notice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    addressee: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16), default="")
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    delay_reasons: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    incident: Mapped[Incident] = relationship(back_populates="notices")
