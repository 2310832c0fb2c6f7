"""Unlocking a data directory: by the keyring, or by the passphrase or recovery key.

Wrong secrets are counted in ``keys.json`` and slow the next attempt down; every wrong
secret gets the one generic message, so a failure says nothing about which slot exists.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from dpo_desk.crypto import kdf, keyfile
from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.crypto.keyfile import KeyFile
from dpo_desk.keys.holder import (
    Clock,
    Keys,
    MasterKey,
    NeedSecret,
    RateLimited,
    Sleep,
    keys_path,
    load_keyfile,
    remember,
)
from dpo_desk.keys.os_keyring import _keyring_get


def _open_slots(kf: KeyFile, secret: str) -> bytes:
    """Try the passphrase slot, then (if the text looks like one) the recovery slot."""
    if "passphrase" in kf.slots:
        try:
            return keyfile.open_passphrase_slot(kf.slots["passphrase"], secret, kf.key_id)
        except WrongSecretError:
            pass
    if "recovery" in kf.slots and len(kdf.normalise_recovery_key(secret)) == 30:
        return keyfile.open_recovery_slot(kf.slots["recovery"], secret, kf.key_id)
    raise WrongSecretError()


def _previous(kf: KeyFile, master: bytes) -> MasterKey | None:
    if not kf.previous:
        return None
    old = keyfile.unwrap(
        kdf.hkdf(master, "previous"), kf.previous, "previous", str(kf.previous.get("key_id", ""))
    )
    return MasterKey(old)


def unlock(
    data_dir: Path,
    *,
    secret: str | None = None,
    clock: Clock = time.time,
    sleep: Sleep = time.sleep,
    wait: bool = True,
) -> Keys:
    """Unlock ``data_dir``: with the keyring when ``secret`` is None, else with the
    passphrase or the recovery key.

    Wrong secrets are counted in ``keys.json``; after the n-th in a row the next attempt
    waits 2**(n-1) s (``wait=True``: sleep; ``wait=False``: raise ``RateLimited``).

    Raises:
        NeedSecret: no secret given and the keyring cannot unlock.
        WrongSecretError: "wrong passphrase or damaged key file" (always that message).
        RateLimited: ``wait=False`` and the delay has not elapsed.
    """
    data_dir = Path(data_dir)
    kf = load_keyfile(data_dir)
    if secret is None:
        entry = kf.slots.get("keyring")
        kek = _keyring_get(str(entry.get("account", ""))) if entry else None
        if kek is None:
            raise NeedSecret(
                "this data directory is encrypted and the keyring cannot unlock "
                "it: enter the passphrase or the recovery key"
            )
        master = keyfile.unwrap(kek, entry or {}, "keyring", kf.key_id)
    else:
        remaining = kf.wait_seconds(clock())
        if remaining > 0:
            if not wait:
                raise RateLimited(remaining)
            sleep(remaining)
        try:
            master = _open_slots(kf, secret)
        except WrongSecretError:
            # Counted inside the key file's lock, on the file as it is now: a renewal
            # made by another process while Scrypt ran is kept (issue 13).
            # A read-only key file still refuses; the delay is just not kept.
            with contextlib.suppress(OSError):
                keyfile.update(keys_path(data_dir), lambda k: k.record_failure(clock()))
            raise WrongSecretError() from None
        if kf.failures or kf.not_before:
            with contextlib.suppress(OSError):
                keyfile.update(keys_path(data_dir), lambda k: k.record_success())
    keys = Keys(MasterKey(master), _previous(kf, master))
    remember(data_dir, keys)
    return keys


def check_secret(
    data_dir: Path,
    secret: str,
    *,
    clock: Clock = time.time,
    sleep: Sleep = time.sleep,
    wait: bool = True,
) -> None:
    """Raise unless ``secret`` opens ``data_dir`` (rate-limited like ``unlock``)."""
    unlock(data_dir, secret=secret, clock=clock, sleep=sleep, wait=wait)
