"""The organisation whose DPO uses the desk: one row."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dpo_desk.store.models.base import Base
from dpo_desk.store.types import UTCDateTime, utcnow


class Organisation(Base):
    """Controller identity, DPO contact, authority, defaults and the contested readings."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    legal_form: Mapped[str] = mapped_column(String(100), default="")
    registration: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    dpo_name: Mapped[str] = mapped_column(String(200), default="")
    dpo_title: Mapped[str] = mapped_column(String(200), default="Data Protection Officer")
    dpo_email: Mapped[str] = mapped_column(String(320), default="")
    dpo_phone: Mapped[str] = mapped_column(String(50), default="")
    dpo_address: Mapped[str] = mapped_column(Text, default="")
    authority_name: Mapped[str] = mapped_column(
        String(200), default="Commission nationale de l'informatique et des libertés (CNIL)"
    )
    authority_address: Mapped[str] = mapped_column(
        Text, default="3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07"
    )
    authority_url: Mapped[str] = mapped_column(String(200), default="https://www.cnil.fr")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    default_jurisdiction: Mapped[str] = mapped_column(String(16), default="FR")
    language: Mapped[str] = mapped_column(String(8), default="fr")
    identity_policy: Mapped[str] = mapped_column(String(32), default="proportionate")
    #: Contested legal points (law.md): the reading chosen; copied onto each case.
    readings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Free settings (backup schedule, retention, lock delay, letterhead...).
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
