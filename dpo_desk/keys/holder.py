"""The master key, what HKDF derives from it, and which data directories are unlocked.

Everything else in the package builds on these: the key types, the in-process registry
of unlocked keys (``_UNLOCKED``: never in the database, never in a settings file) and
the location of ``keys.json``, whose presence is what makes a data directory encrypted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dpo_desk.crypto import kdf, keyfile
from dpo_desk.crypto.keyfile import KeyFile
from dpo_desk.crypto.stream import key_id
from dpo_desk.errors import UserError, template
from dpo_desk.store.vault import SealedFiles

ENV_PASSPHRASE = "DPO_DESK_PASSPHRASE"  # noqa: S105 - a variable name

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class NeedSecret(UserError):
    """The keyring cannot unlock this store: ask for the passphrase or recovery key."""


class RateLimited(UserError):
    """Too many wrong secrets in a row; ``retry_after`` seconds to wait."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(
            template("too many wrong attempts: try again in {seconds} s"),
            seconds=int(retry_after + 0.999),
        )
        self.retry_after = retry_after


@dataclass(frozen=True)
class MasterKey:
    key: bytes = field(repr=False)

    @property
    def id(self) -> str:
        return keyfile.master_id(self.key)

    def db_key(self) -> str:
        """The SQLCipher key as a raw-key literal (sqlcipher3 via the SQLAlchemy URL)."""
        return "x'" + kdf.hkdf(self.key, "sqlcipher").hex() + "'"

    def files_key(self) -> bytes:
        return kdf.hkdf(self.key, "files")

    def backup_key(self) -> bytes:
        return kdf.hkdf(self.key, "backup")


@dataclass(frozen=True)
class Keys:
    """The unlocked keys of a data directory (``previous`` only during a re-key)."""

    current: MasterKey
    previous: MasterKey | None = None

    def all(self) -> list[MasterKey]:
        return [self.current] + ([self.previous] if self.previous else [])

    def sealer(self) -> SealedFiles:
        keys = {key_id(m.files_key()): m.files_key() for m in self.all()}
        return SealedFiles(self.current.files_key(), keys)


_UNLOCKED: dict[str, Keys] = {}
_GUARD = threading.Lock()


def _slot_key(data_dir: Path) -> str:
    return str(Path(data_dir).resolve())


def keys_path(data_dir: Path) -> Path:
    return keyfile.path_in(Path(data_dir))


def is_encrypted(data_dir: Path) -> bool:
    return keyfile.exists(keys_path(data_dir))


def unlocked(data_dir: Path) -> Keys | None:
    with _GUARD:
        return _UNLOCKED.get(_slot_key(data_dir))


def remember(data_dir: Path, keys: Keys) -> None:
    with _GUARD:
        _UNLOCKED[_slot_key(data_dir)] = keys


def forget(data_dir: Path) -> None:
    """Drop the keys of ``data_dir`` from memory (the store must be closed first)."""
    with _GUARD:
        _UNLOCKED.pop(_slot_key(data_dir), None)


def load_keyfile(data_dir: Path) -> KeyFile:
    try:
        return keyfile.load(keys_path(data_dir))
    except FileNotFoundError:
        raise UserError("{data_dir} is not encrypted (no keys.json)", data_dir=data_dir) from None


def require_keys(data_dir: Path) -> Keys:
    keys = unlocked(data_dir)
    if keys is None:
        raise UserError("the data directory is locked: unlock it first")
    return keys
