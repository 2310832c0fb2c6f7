"""The vault of a team server: the same interface as ``store.vault.Vault`` (put, read,
delete by stored name), the sealed bytes kept as rows of ``sealed_blob``.

Files are sealed on the client before they leave it, with the team key
(``keys.team_key``); the server only ever receives ciphertext. Each call is its own short
transaction, as a file write is outside the database transaction on a solo desk: callers
keep their order (seal first, row after; shred after the commit).

A re-key (``services.team_keys.revoke_member_key``) re-seals every row under an exclusive
advisory lock; puts and reads take the same lock shared, and ask for the sealer inside
that transaction, so no file is ever sealed with a key that was just replaced.
"""

from __future__ import annotations

import hashlib
import io
import secrets
from collections.abc import Callable, Iterator
from datetime import timedelta

from sqlalchemy import Connection, Engine, and_, delete, exists, func, insert, select, text

from dpo_desk.crypto.errors import DamagedError
from dpo_desk.store.models import Document, SealedBlob
from dpo_desk.store.vault import CHUNK, Sealer, Stored

#: The advisory lock of the team's files: shared by puts and reads, exclusive for a
#: re-key. Always taken after the audit chain's lock when a transaction needs both.
VAULT_LOCK = int.from_bytes(b"DPOVAULT", "big") - 2**63

#: A row no live document names is collected only once this old: a desk may have just
#: sealed it and not yet committed the document's row (put first, row after).
ORPHAN_AFTER = timedelta(hours=1)

#: Gives the sealer of the current team key, read inside the caller's transaction.
SealerSource = Callable[[Connection], Sealer]


def lock_files(conn: Connection, exclusive: bool = False) -> None:
    fn = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SELECT {fn}(:key)"), {"key": VAULT_LOCK})


def seal_bytes(sealer: Sealer, content: bytes) -> bytes:
    out = io.BytesIO()
    sealer.seal(iter([content[i : i + CHUNK] for i in range(0, len(content), CHUNK)]), out)
    return out.getvalue()


def open_bytes(sealer: Sealer, sealed: bytes) -> bytes:
    return b"".join(sealer.open(io.BytesIO(sealed)))


class DbVault:
    """The ``documents`` or ``letters`` folder of a team server, as table rows."""

    def __init__(self, engine: Engine, folder: str, sealer: SealerSource) -> None:
        self.engine = engine
        self.folder_name = folder
        self._sealer = sealer

    def put(
        self, chunks: Iterator[bytes], suffix: str = "", *, stored_name: str | None = None
    ) -> Stored:
        """Seal and store; under ``stored_name`` when a move or a restore keeps the
        names its rows already carry."""
        content = b"".join(chunks)
        name = stored_name or secrets.token_hex(16) + suffix
        with self.engine.begin() as conn:
            lock_files(conn)
            sealed = seal_bytes(self._sealer(conn), content)
            conn.execute(
                insert(SealedBlob).values(
                    name=name,
                    folder=self.folder_name,
                    content=sealed,
                    size=len(sealed),
                    sha256=hashlib.sha256(sealed).hexdigest(),
                    created_at=func.now(),  # the server's clock: one clock for every desk
                )
            )
        return Stored(name, len(content), hashlib.sha256(content).hexdigest())

    def read(self, stored_name: str) -> bytes:
        """The whole plaintext; a missing, damaged or tampered row raises ``DamagedError``."""
        with self.engine.begin() as conn:
            lock_files(conn)
            sealed = conn.scalar(
                select(SealedBlob.content).where(
                    SealedBlob.name == stored_name, SealedBlob.folder == self.folder_name
                )
            )
            if sealed is None:
                raise DamagedError(
                    "{folder}/{stored_name} is missing",
                    folder=self.folder_name,
                    stored_name=stored_name,
                )
            sealer = self._sealer(conn)
        try:
            return open_bytes(sealer, bytes(sealed))
        except DamagedError as exc:
            raise DamagedError(
                "{folder}/{stored_name}: {reason}",
                folder=self.folder_name,
                stored_name=stored_name,
                reason=exc,
            ) from None

    def delete(self, stored_name: str) -> bool:
        """Remove a file's row for good; False when there was none."""
        with self.engine.begin() as conn:
            done = conn.execute(
                delete(SealedBlob).where(
                    SealedBlob.name == stored_name, SealedBlob.folder == self.folder_name
                )
            )
        return bool(done.rowcount)

    def sweep_temporaries(self) -> int:
        """Nothing to sweep: a row is written whole or not at all."""
        return 0

    def names(self) -> list[str]:
        """Every stored name of this folder (backup, migration, orphan checks)."""
        with self.engine.connect() as conn:
            return list(
                conn.scalars(
                    select(SealedBlob.name)
                    .where(SealedBlob.folder == self.folder_name)
                    .order_by(SealedBlob.name)
                )
            )


def collect_orphans(engine: Engine) -> int:
    """Delete the rows no live document names, older than ``ORPHAN_AFTER``: a desk killed
    between sealing a file and committing its row, or after a purge's commit and before
    the file's deletion (the server's counterpart of ``vault_check.collect_orphans``).
    Ages are read on the server's clock, never a desk's."""
    named = exists().where(
        and_(Document.stored_name == SealedBlob.name, Document.purged_at.is_(None))
    )
    with engine.begin() as conn:
        done = conn.execute(
            delete(SealedBlob).where(SealedBlob.created_at < func.now() - ORPHAN_AFTER, ~named)
        )
    return int(done.rowcount or 0)
