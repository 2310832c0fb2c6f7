"""Creating the keys of a data directory and changing its key slots afterwards.

Set-up makes the master key and wraps it in the slots asked for (OS keyring, passphrase,
recovery key); the later changes (new passphrase, new recovery key, keyring on) re-wrap
the same master key, so the data is never re-encrypted. ``status`` reports the slots.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dpo_desk.crypto import kdf, keyfile
from dpo_desk.crypto.keyfile import KeyFile
from dpo_desk.errors import UserError
from dpo_desk.keys.holder import (
    ENV_PASSPHRASE,
    Keys,
    MasterKey,
    is_encrypted,
    keys_path,
    load_keyfile,
    remember,
    require_keys,
    unlocked,
)
from dpo_desk.keys.os_keyring import _keyring_slot, secure_keyring
from dpo_desk.paths import database_path, ensure_data_dir

MIN_PASSPHRASE = 10


@dataclass(frozen=True)
class SetupResult:
    """What ``setup`` created. Show ``recovery_key`` once; it is stored nowhere."""

    key_id: str
    slots: list[str]
    recovery_key: str | None


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE or not passphrase.strip():
        raise UserError(
            "the passphrase must have at least {min_passphrase} characters",
            min_passphrase=MIN_PASSPHRASE,
        )
    if "\x00" in passphrase:
        raise UserError("the passphrase cannot contain a NUL character")
    return passphrase


def new_keyfile(
    data_dir: Path,
    master: bytes,
    *,
    passphrase: str | None,
    use_keyring: bool,
    with_recovery: bool = True,
) -> tuple[KeyFile, str | None]:
    """A key file for ``master`` with the requested slots (not yet saved)."""
    if not passphrase and not use_keyring:
        raise UserError(
            "no secure keyring on this computer (Aucun trousseau sécurisé disponible): choose "
            "a passphrase (prompt, or the {env_passphrase} variable)",
            env_passphrase=ENV_PASSPHRASE,
        )
    kf = KeyFile.new(master)
    if use_keyring:
        kf.slots["keyring"] = _keyring_slot(data_dir, master)
    if passphrase:
        kf.slots["passphrase"] = keyfile.passphrase_slot(master, check_passphrase(passphrase))
    recovery = kdf.new_recovery_key() if with_recovery else None
    if recovery:
        kf.slots["recovery"] = keyfile.recovery_slot(master, recovery)
    return kf, recovery


def setup(
    data_dir: Path,
    *,
    passphrase: str | None = None,
    use_keyring: bool | None = None,
) -> SetupResult:
    """Create the keys of a NEW data directory (no database yet).

    Args:
        passphrase: wraps the master key (None: keyring only).
        use_keyring: None = use the OS keyring if a secure one exists.

    Raises:
        UserError: already encrypted; a plain database already exists (use
            ``secure encrypt``); no key source at all; passphrase too short.
    """
    data_dir = Path(data_dir)
    if is_encrypted(data_dir):
        raise UserError("{data_dir} is already encrypted", data_dir=data_dir)
    if database_path(data_dir).exists():
        raise UserError(
            "{data_dir} already holds a plain store: convert it with 'dpo-desk secure encrypt'",
            data_dir=data_dir,
        )
    ensure_data_dir(data_dir)
    if use_keyring is None:
        use_keyring = secure_keyring() is not None
    elif use_keyring and secure_keyring() is None:
        raise UserError("no secure keyring on this computer: use a passphrase")
    master = kdf.new_key()
    kf, recovery = new_keyfile(data_dir, master, passphrase=passphrase, use_keyring=use_keyring)
    keyfile.replace(keys_path(data_dir), kf)
    remember(data_dir, Keys(MasterKey(master)))
    return SetupResult(kf.key_id, sorted(kf.slots), recovery)


def change_passphrase(data_dir: Path, new_passphrase: str | None) -> None:
    """Re-wrap the master key under a new passphrase (None: remove the passphrase slot,
    allowed only if the keyring slot remains). The store must be unlocked."""
    keys = require_keys(data_dir)
    load_keyfile(data_dir)  # a clear refusal when the store is not encrypted
    slot = (
        None
        if new_passphrase is None
        else keyfile.passphrase_slot(keys.current.key, check_passphrase(new_passphrase))
    )

    def change(kf: KeyFile) -> None:
        if slot is None:
            if "keyring" not in kf.slots:
                raise UserError("cannot remove the passphrase: it is the only everyday key")
            kf.slots.pop("passphrase", None)
        else:
            kf.slots["passphrase"] = slot

    keyfile.update(keys_path(data_dir), change)


def new_recovery_key(data_dir: Path) -> str:
    """Replace the recovery key (the old one stops opening this store); shown once."""
    keys = require_keys(data_dir)
    load_keyfile(data_dir)
    recovery = kdf.new_recovery_key()
    slot = keyfile.recovery_slot(keys.current.key, recovery)
    keyfile.update(keys_path(data_dir), lambda kf: kf.slots.__setitem__("recovery", slot))
    return recovery


def enable_keyring(data_dir: Path) -> None:
    keys = require_keys(data_dir)
    if secure_keyring() is None:
        raise UserError("no secure keyring on this computer")
    load_keyfile(data_dir)
    slot = _keyring_slot(data_dir, keys.current.key)
    keyfile.update(keys_path(data_dir), lambda kf: kf.slots.__setitem__("keyring", slot))


@dataclass(frozen=True)
class SecureStatus:
    encrypted: bool
    unlocked: bool
    key_id: str
    slots: list[str]
    keyring_available: bool
    has_recovery: bool
    state: str
    failed_attempts: int

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def status(data_dir: Path) -> SecureStatus:
    available = secure_keyring() is not None
    if not is_encrypted(data_dir):
        return SecureStatus(False, False, "", [], available, False, "plain", 0)
    kf = load_keyfile(data_dir)
    return SecureStatus(
        True,
        unlocked(data_dir) is not None,
        kf.key_id,
        sorted(kf.slots),
        available,
        "recovery" in kf.slots,
        kf.state,
        kf.failures,
    )
