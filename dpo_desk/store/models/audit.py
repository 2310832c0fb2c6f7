"""The audit trail: append-only, each entry chained to the previous one by SHA-256."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dpo_desk.store.models.base import Base
from dpo_desk.store.types import UTCDateTime


class AuditEvent(Base):
    """Who did what to which record, when (CNIL deliberation 2021-122).

    ``prev_hash`` is unique: two writers racing to append after the same entry cannot both
    commit, so the chain never forks, on SQLite or on a shared PostgreSQL server.
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(200))
    operation: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_ref: Mapped[str] = mapped_column(String(100), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
