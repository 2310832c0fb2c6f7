"""``<data dir>/keys.json``: the wrapped master key, its salts, and the unlock counter.

The master key (256 random bits) never touches the disk in clear. It is wrapped with
AES-256-GCM once per *slot*, each slot under its own key-encryption key (KEK):

* ``keyring``: a random KEK kept in the OS keyring (service ``dpo-desk``);
* ``passphrase``: Scrypt(passphrase, salt, n, r, p);
* ``recovery``: HKDF(recovery key, salt), the recovery key being 150 random bits.

The associated data of each wrap names the slot and the key id, so a wrap cannot be
moved to another slot or another key. The file is written owner-only, through a
temporary file, fsync and rename: a crash leaves the old file or the new one, never half.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dpo_desk.crypto import kdf
from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.crypto.stream import key_id
from dpo_desk.fsio import atomic_write

FORMAT = "dpo-desk-keys"
VERSION = 1
FILENAME = "keys.json"

#: Rate limit of wrong secrets: after the n-th failure in a row, wait 2**(n-1) s (max 5 min).
BASE_DELAY = 1.0
MAX_DELAY = 300.0


def master_id(master: bytes) -> str:
    return key_id(master).hex()


def _aad(slot: str, kid: str) -> bytes:
    return f"dpo-desk-keys/v{VERSION}/{slot}/{kid}".encode("ascii")


def wrap(
    kek: bytes, master: bytes, slot: str, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    nonce = os.urandom(12)
    ct = AESGCM(kek).encrypt(nonce, master, _aad(slot, master_id(master)))
    return {**(extra or {}), "nonce": kdf.b64e(nonce), "ct": kdf.b64e(ct)}


def unwrap(kek: bytes, entry: dict[str, Any], slot: str, kid: str) -> bytes:
    try:
        master = AESGCM(kek).decrypt(
            kdf.b64d(entry["nonce"]), kdf.b64d(entry["ct"]), _aad(slot, kid)
        )
    except (InvalidTag, KeyError, TypeError, ValueError):
        raise WrongSecretError() from None
    if master_id(master) != kid:
        raise WrongSecretError()
    return master


def passphrase_slot(master: bytes, passphrase: str) -> dict[str, Any]:
    salt = os.urandom(16)
    params = {
        "kdf": "scrypt",
        "n": kdf.SCRYPT_N,
        "r": kdf.SCRYPT_R,
        "p": kdf.SCRYPT_P,
        "salt": kdf.b64e(salt),
    }
    kek = kdf.scrypt(passphrase, salt, kdf.SCRYPT_N, kdf.SCRYPT_R, kdf.SCRYPT_P)
    return wrap(kek, master, "passphrase", params)


def open_passphrase_slot(entry: dict[str, Any], passphrase: str, kid: str) -> bytes:
    try:
        salt = kdf.b64d(entry["salt"])
        kek = kdf.scrypt(passphrase, salt, int(entry["n"]), int(entry["r"]), int(entry["p"]))
    except (KeyError, TypeError, ValueError):
        raise WrongSecretError() from None
    return unwrap(kek, entry, "passphrase", kid)


def recovery_slot(master: bytes, recovery_key: str) -> dict[str, Any]:
    salt = os.urandom(16)
    return wrap(
        kdf.recovery_kek(recovery_key, salt),
        master,
        "recovery",
        {"kdf": "hkdf-sha256", "salt": kdf.b64e(salt)},
    )


def open_recovery_slot(entry: dict[str, Any], recovery_key: str, kid: str) -> bytes:
    try:
        salt = kdf.b64d(entry["salt"])
    except (KeyError, TypeError):
        raise WrongSecretError() from None
    return unwrap(kdf.recovery_kek(recovery_key, salt), entry, "recovery", kid)


@dataclass
class KeyFile:
    """The parsed key file. ``slots`` maps a slot name to its wrap."""

    key_id: str
    slots: dict[str, dict[str, Any]]
    created_at: str = ""
    state: str = "ready"
    #: During ``secure rekey``: the previous master key, wrapped by the new one.
    previous: dict[str, Any] | None = None
    failures: int = 0
    not_before: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def new(cls, master: bytes) -> KeyFile:
        return cls(master_id(master), {}, datetime.now(UTC).isoformat(timespec="seconds"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "key_id": self.key_id,
            "created_at": self.created_at,
            "state": self.state,
            "slots": self.slots,
            "previous": self.previous,
            "attempts": {"failures": self.failures, "not_before": self.not_before},
            **self.extra,
        }

    @classmethod
    def from_dict(cls, data: Any) -> KeyFile:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise WrongSecretError()
        if data.get("version") != VERSION:
            raise WrongSecretError("the key file comes from a newer version of DPO Desk")
        try:
            attempts = data.get("attempts") or {}
            known = {
                "format",
                "version",
                "key_id",
                "created_at",
                "state",
                "slots",
                "previous",
                "attempts",
            }
            return cls(
                key_id=str(data["key_id"]),
                slots=dict(data["slots"]),
                created_at=str(data.get("created_at", "")),
                state=str(data.get("state", "ready")),
                previous=data.get("previous"),
                failures=int(attempts.get("failures", 0)),
                not_before=float(attempts.get("not_before", 0.0)),
                extra={k: v for k, v in data.items() if k not in known},
            )
        except (KeyError, TypeError, ValueError):
            raise WrongSecretError() from None

    # -- rate limiting ------------------------------------------------------------------

    def wait_seconds(self, now: float) -> float:
        return max(0.0, self.not_before - now)

    def record_failure(self, now: float) -> None:
        self.failures += 1
        self.not_before = now + min(MAX_DELAY, BASE_DELAY * 2 ** (self.failures - 1))

    def record_success(self) -> bool:
        changed = self.failures != 0 or self.not_before != 0.0
        self.failures = 0
        self.not_before = 0.0
        return changed


def path_in(data_dir: Path) -> Path:
    return data_dir / FILENAME


def load(path: Path) -> KeyFile:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise WrongSecretError("cannot read the key file {path}: {reason}",
            path=path, reason=exc.strerror) from None
    try:
        data = json.loads(raw)
    except ValueError:
        raise WrongSecretError() from None
    return KeyFile.from_dict(data)


def save(path: Path, keyfile: KeyFile) -> None:
    atomic_write(path, json.dumps(keyfile.to_dict(), indent=2).encode("utf-8"))


