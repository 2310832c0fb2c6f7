"""``<data dir>/keys.json``: the wrapped master key, its salts, and the unlock counter.

The master key (256 random bits) never touches the disk in clear. It is wrapped with
AES-256-GCM once per *slot*, each slot under its own key-encryption key (KEK):

* ``keyring``: a random KEK kept in the OS keyring (service ``dpo-desk``);
* ``passphrase``: Scrypt(passphrase, salt, n, r, p);
* ``recovery``: HKDF(recovery key, salt), the recovery key being 150 random bits.

The associated data of each wrap names the slot and the key id, so a wrap cannot be
moved to another slot or another key. The file is written owner-only, through a
temporary file, fsync and rename: a crash leaves the old file or the new one, never half.

Two processes (the window and a ``dpo-desk`` command, two commands) can change the file
at the same moment: a wrong guess counted while ``secure recovery`` renews the recovery
wrap. Every change therefore goes through ``update``: an OS lock on ``.keys.lock``, the
file re-read inside the lock, the change applied, an atomic replace (issue 13: without
it, a renewal was undone 6 times out of 6 and 10 of 12 parallel counter updates lost).

The file is a single point of failure (deleted or damaged, nothing opens the store, not
even the recovery key), so every save also writes a second copy, ``.keys.copy.json``,
under the same lock. Each copy carries a SHA-256 ``check`` of its content; a missing or
damaged ``keys.json`` is rebuilt from the copy with a warning. The wraps themselves are
AES-GCM-sealed, so the copy gives a thief nothing the first file does not.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dpo_desk.crypto import kdf
from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.crypto.stream import key_id
from dpo_desk.fsio import atomic_write

FORMAT = "dpo-desk-keys"
VERSION = 1
FILENAME = "keys.json"
#: The second copy of the wraps, kept in step with ``keys.json`` under the same lock.
COPY_NAME = ".keys.copy.json"
LOCK_NAME = ".keys.lock"

log = logging.getLogger(__name__)
T = TypeVar("T")

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
        "set_at": datetime.now(UTC).isoformat(timespec="seconds"),
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
        {
            "set_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "kdf": "hkdf-sha256",
            "salt": kdf.b64e(salt),
        },
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


def copy_path(path: Path) -> Path:
    """The second copy that goes with the key file ``path``."""
    return path.with_name(COPY_NAME)


def exists(path: Path) -> bool:
    """True when the key file or its second copy is there (the store is encrypted)."""
    return path.exists() or copy_path(path).exists()


def _encode(keyfile: KeyFile) -> bytes:
    body = keyfile.to_dict()
    body.pop("check", None)
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()
    return json.dumps({**body, "check": digest}, indent=2).encode("utf-8")


def _decode(raw: bytes) -> KeyFile:
    """Parse one copy; ``WrongSecretError`` when it is not a sound key file."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:
        raise WrongSecretError() from None
    if isinstance(data, dict) and "check" in data:
        check = data.pop("check")
        body = json.dumps(data, sort_keys=True).encode("utf-8")
        if check != hashlib.sha256(body).hexdigest():
            raise WrongSecretError()
    kf = KeyFile.from_dict(data)
    kf.extra.pop("check", None)
    return kf


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise WrongSecretError(
            "cannot read the key file {path}: {reason}", path=str(path), reason=exc.strerror
        ) from None


def load(path: Path) -> KeyFile:
    """The key file at ``path``, rebuilt from its second copy if it is missing or damaged.

    Raises:
        FileNotFoundError: neither copy exists (a plain store).
        WrongSecretError: both copies are damaged (the one generic message).
    """
    copy = copy_path(path)
    try:
        return _decode(_read(path))
    except FileNotFoundError:
        if not copy.exists():
            raise
        reason = "missing"
    except WrongSecretError:
        if not copy.exists():
            raise
        reason = "damaged"
    kf = _decode(_read(copy))
    # Repaired only if the lock is free: its holder (this process inside ``update``, or
    # another one) is about to write both copies anyway, and a repair racing it could
    # put back older wraps.
    with contextlib.suppress(OSError), locked(path, blocking=False) as mine:
        if mine:
            atomic_write(path, _encode(kf))
    log.warning(
        "the key file %s was %s: it was rebuilt from its second copy %s", path, reason, copy.name
    )
    return kf


def load_copy(path: Path) -> KeyFile | None:
    """The second copy alone (None when absent or damaged)."""
    try:
        return _decode(copy_path(path).read_bytes())
    except (OSError, WrongSecretError):
        return None


def save(path: Path, keyfile: KeyFile) -> None:
    """Write both copies, the second first: a crash between leaves the newer wraps in the
    copy, which ``load`` uses only if ``keys.json`` is unsound."""
    data = _encode(keyfile)
    atomic_write(copy_path(path), data)
    atomic_write(path, data)


def replace(path: Path, keyfile: KeyFile) -> None:
    """Write a whole new key file (set-up, re-key, restore) under the lock."""
    with locked(path):
        save(path, keyfile)


@contextlib.contextmanager
def locked(path: Path, blocking: bool = True) -> Iterator[bool]:
    """Hold the inter-process lock of the key file ``path``; yields whether it is held
    (always True when ``blocking``; False when another holder has it)."""
    with open(path.with_name(LOCK_NAME), "a+b") as handle:  # noqa: SIM115
        if blocking:
            _lock(handle)
        else:
            try:
                _lock(handle, blocking=False)
            except OSError:
                yield False
                return
        try:
            yield True
        finally:
            _unlock(handle)


def update(path: Path, change: Callable[[KeyFile], T]) -> T:
    """Re-read the key file inside its lock, apply ``change``, save both copies.

    ``change`` may raise to cancel (nothing is written); its result is returned.
    """
    with locked(path):
        kf = load(path)
        result = change(kf)
        save(path, kf)
        return result


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[bytes], blocking: bool = True) -> None:
        handle.seek(0)
        if not blocking:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return
        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                return
            except OSError:  # LK_LOCK gives up after 10 s: keep waiting
                continue

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes], blocking: bool = True) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
