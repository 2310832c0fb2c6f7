"""Files and team keys on a shared server (issue 16, team mode).

On a PostgreSQL server the documents and letters are rows of ``sealed_blob``, sealed on
the client with the team key before they are sent (``dpo_desk.store.db_vault``): the
server, its disk and its dumps only ever hold ciphertext. ``member_key_slot`` holds, for
each member, the team key sealed to that member's public key and the member's private
key wrapped with their own passphrase or keyring secret (``dpo_desk.keys.team_key``).
The tables exist on SQLite too (one schema), where they stay empty.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from dpo_desk.store.models.base import Base
from dpo_desk.store.types import UTCDateTime, utcnow


class SealedBlob(Base):
    """The sealed bytes of one vault file (format of ``dpo_desk.crypto.stream``).

    ``size`` and ``sha256`` describe the sealed bytes, not the plaintext: they let an
    administrator check the rows without any key and reveal nothing of the content.
    """

    __tablename__ = "sealed_blob"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    folder: Mapped[str] = mapped_column(String(16))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MemberKeySlot(Base):
    """One member's way to the team key (the model of team vaults in password managers).

    ``private_key`` is the member's X25519 private key wrapped with a key derived from
    their secret (``kdf`` holds the scrypt parameters and salt, or says "keyring");
    ``team_key`` is the team key sealed to ``public_key``, so a DPO can re-seal a new team
    key for every remaining member at a rotation without knowing their secrets.
    """

    __tablename__ = "member_key_slot"

    login: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64))
    private_key: Mapped[dict[str, Any]] = mapped_column(JSON)
    kdf: Mapped[dict[str, Any]] = mapped_column(JSON)
    team_key: Mapped[dict[str, Any]] = mapped_column(JSON)
    key_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
