"""The OS keyring as a key slot: which backends count as a real secret store, and how
a key-encryption key is put there and read back.

Isolated because it is the one part that talks to the platform (Keychain, Windows
Credential Manager, Secret Service) and must treat every failure there as "no keyring"
(F8): the store then falls back to the passphrase.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from dpo_desk.crypto import kdf, keyfile
from dpo_desk.errors import UserError
from dpo_desk.keys.holder import _slot_key

SERVICE = "dpo-desk"


def _is_secure(backend: Any) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if type(backend).__module__.startswith("keyrings.alt"):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_secure(b) for b in backend.backends)
    return True


def secure_keyring() -> Any | None:
    """The keyring backend if it is a real secret store; None otherwise (F8)."""
    import keyring  # its backends' discovery: 20 ms, not before the first paint (issue 19)

    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any keyring failure means "no secure store"
        return None
    return backend if _is_secure(backend) else None


def keyring_account(data_dir: Path) -> str:
    return "store-" + hashlib.sha256(_slot_key(data_dir).encode("utf-8")).hexdigest()[:32]


def _keyring_get(account: str) -> bytes | None:
    if secure_keyring() is None:
        return None
    import keyring.errors

    try:
        value = keyring.get_password(SERVICE, account)
    except keyring.errors.KeyringError:
        return None
    try:
        return bytes.fromhex(value) if value else None
    except ValueError:
        return None


def _keyring_slot(data_dir: Path, master: bytes) -> dict[str, Any]:
    import keyring.errors

    account = keyring_account(data_dir)
    kek = kdf.new_key()
    try:
        keyring.set_password(SERVICE, account, kek.hex())
    except keyring.errors.KeyringError as exc:
        raise UserError(
            "the system keyring refused the key ({reason}); use a passphrase", reason=exc
        ) from None
    if _keyring_get(account) != kek:
        raise UserError("the system keyring did not keep the key; use a passphrase")
    return keyfile.wrap(
        kek, master, "keyring", {"kdf": "keyring", "service": SERVICE, "account": account}
    )
