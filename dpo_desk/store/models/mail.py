"""Messages a case came from: the proof of when and what was received (issue 17)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dpo_desk.store.models.base import Base
from dpo_desk.store.types import UTCDateTime, utcnow


class MailMessage(Base):
    """One imported e-mail. The message itself is a sealed document of the case
    (``document_id``); this row holds what finds it again: its Message-ID (the same
    message twice is refused), the ids it answers (a reply joins its thread's case) and
    the SHA-256 of the bytes as received. No name or address here: those are the case's,
    and go with it when it is anonymised."""

    __tablename__ = "mail_message"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), nullable=True
    )
    #: Without angle brackets; NULL when the message had none (then the SHA-256 is the
    #: only way a second import of it is recognised).
    message_id: Mapped[str | None] = mapped_column(String(998), nullable=True, unique=True)
    #: In-Reply-To then References, space-separated, nearest first.
    thread_refs: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: ``received`` (the organisation's server's hop), ``date`` (the sender's clock) or "".
    received_source: Mapped[str] = mapped_column(String(16), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
