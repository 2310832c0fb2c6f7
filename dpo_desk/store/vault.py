"""The bytes of documents, kept under names the app generates, never the user's.

Writes go to a temporary file, are fsynced, then renamed: a crash leaves either the whole
file or a ``*.tmp`` that the next start sweeps away (reliability.md F15). The content is
sealed by a ``Sealer`` (authenticated encryption once the store is encrypted).
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from dpo_desk import fsio
from dpo_desk.crypto.errors import DamagedError
from dpo_desk.crypto.stream import key_id, seal, unseal

CHUNK = 1024 * 1024

#: Document kinds whose bytes the desk produced (reply letters, incident notices): they
#: live in ``letters/``; every file that came from outside lives in ``documents/``.
PRODUCED_KINDS = frozenset({"letter", "incident-notice"})


def vault_folder(kind: str) -> str:
    """The vault folder of a document row's bytes. One answer for every reader: the
    orphan collector, the backup and the retention purge must agree on where a file is,
    or a live file is shredded as an orphan or left out of a backup."""
    return "letters" if kind in PRODUCED_KINDS else "documents"


class Sealer(Protocol):
    """Turns plaintext chunks into a sealed file and back."""

    def seal(self, chunks: Iterator[bytes], out: BinaryIO) -> None: ...

    def open(self, src: BinaryIO) -> Iterator[bytes]: ...


class SealedFiles:
    """AES-256-GCM sealed files (format in ``dpo_desk.crypto.stream``).

    Args:
        current: the base key new files are sealed with.
        keys: every base key that may have sealed an existing file, by key id (the
            current one, and the previous one while a re-key is under way).
    """

    def __init__(self, current: bytes, keys: dict[bytes, bytes] | None = None) -> None:
        self._current = current
        self._keys = dict(keys or {})
        self._keys[key_id(current)] = current

    def seal(self, chunks: Iterator[bytes], out: BinaryIO) -> None:
        seal(chunks, out, self._current)

    def open(self, src: BinaryIO) -> Iterator[bytes]:
        return unseal(src, self._keys.get)


class PlainSealer:
    """No encryption: used only for stores that are not encrypted."""

    def seal(self, chunks: Iterator[bytes], out: BinaryIO) -> None:
        for chunk in chunks:
            out.write(chunk)

    def open(self, src: BinaryIO) -> Iterator[bytes]:
        while chunk := src.read(CHUNK):
            yield chunk


@dataclass(frozen=True)
class Stored:
    stored_name: str
    size: int
    sha256: str


class FileStore(Protocol):
    """What the services need of a vault: a folder on a solo desk (``Vault``), rows of
    the team server on a shared one (``store.db_vault.DbVault``)."""

    def put(
        self, chunks: Iterator[bytes], suffix: str = "", *, stored_name: str | None = None
    ) -> Stored: ...

    def read(self, stored_name: str) -> bytes: ...

    def delete(self, stored_name: str) -> bool: ...

    def sweep_temporaries(self) -> int: ...


class Vault:
    """A folder of sealed files (``documents/`` or ``letters/`` of the data directory)."""

    def __init__(self, folder: Path, sealer: Sealer | None = None) -> None:
        self.folder = folder
        self.sealer: Sealer = sealer or PlainSealer()

    def put(
        self, chunks: Iterator[bytes], suffix: str = "", *, stored_name: str | None = None
    ) -> Stored:
        """Store ``chunks`` under a new random name, or under ``stored_name`` when a desk is
        moved (``team migrate``, a backup of a server): the rows that name the file are
        copied as they are, so the file keeps its name. An existing file is never replaced.
        """
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        name = stored_name or secrets.token_hex(16) + suffix
        if stored_name is not None and (self.folder / name).exists():
            raise FileExistsError(self.folder / name)
        final = self.folder / name
        tmp = self.folder / (name + ".tmp")
        digest = hashlib.sha256()
        size = 0

        def counted() -> Iterator[bytes]:
            nonlocal size
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                yield chunk

        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                self.sealer.seal(counted(), out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, final)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return Stored(name, size, digest.hexdigest())

    def read(self, stored_name: str) -> bytes:
        """The whole plaintext; a damaged or tampered file raises ``DamagedError``."""
        try:
            with (self.folder / stored_name).open("rb") as src:
                return b"".join(self.sealer.open(src))
        except DamagedError as exc:
            raise DamagedError(
                "{folder}/{stored_name}: {reason}",
                folder=self.folder.name,
                stored_name=stored_name,
                reason=exc,
            ) from None
        except FileNotFoundError:
            raise DamagedError(
                "{folder}/{stored_name} is missing",
                folder=self.folder.name,
                stored_name=stored_name,
            ) from None

    def delete(self, stored_name: str) -> bool:
        """Remove a file for good (overwritten first, then unlinked)."""
        return fsio.shred(self.folder / stored_name)

    def sweep_temporaries(self) -> int:
        """Delete ``*.tmp`` left by a crash; returns how many."""
        count = 0
        if self.folder.exists():
            for tmp in self.folder.glob("*.tmp"):
                tmp.unlink(missing_ok=True)
                count += 1
        return count
