"""The team key of a shared server and each member's way to it.

The model of team vaults in password managers: one random 32-byte team key seals every
file of the team (through HKDF, as the master key of a solo desk does); each member has
an X25519 key pair whose private half is wrapped with a key derived from the member's
own secret (scrypt for a passphrase, HKDF for a random keyring secret, as in
``crypto.keyfile``) and the team key is sealed to the public half. So:

- granting a member needs only the team key and the member's (initial) secret;
- rotating the team key when a member leaves needs no remaining member's secret: the
  new key is sealed to each public key, and the removed member's slot is deleted;
- the server holds public keys, wrapped private keys and sealed team keys: nothing a
  reader of its disk or dumps can open without a member's secret.

Nothing here touches the database: ``services.team_keys`` reads and writes the slots.
The unlocked private key of a desk lives in memory only (``remember``), per open database.
"""

from __future__ import annotations

import hashlib
import os
import threading
import unicodedata
import weakref
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization as ser
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dpo_desk.crypto import kdf, keyfile
from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.crypto.stream import key_id
from dpo_desk.store.vault import SealedFiles

PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind
KEYRING = "keyring"
KINDS = (PASSPHRASE, KEYRING)


def new_team_key() -> bytes:
    return kdf.new_key()


def team_key_id(team_key: bytes) -> str:
    """Public name of a team key (derived; says which generation sealed a slot)."""
    return keyfile.master_id(team_key)


def files_sealer(team_key: bytes) -> SealedFiles:
    """The sealer of the team's files: the same format and sub-key as a solo desk's."""
    return SealedFiles(kdf.hkdf(team_key, "files"))


@dataclass(frozen=True)
class Slot:
    """What the server stores for one member (the columns of ``MemberKeySlot``)."""

    kind: str
    public_key: str
    private_key: dict[str, Any]
    kdf: dict[str, Any]
    team_key: dict[str, Any]
    key_id: str


def _secret_kek(secret: str, kind: str, params: dict[str, Any]) -> bytes:
    """The key-encryption key of a member's secret: scrypt for a passphrase a person
    chose (OWASP parameters of ``crypto.kdf``), HKDF for 256 random bits from a keyring."""
    salt = kdf.b64d(str(params.get("salt", "")))
    if kind == PASSPHRASE:
        try:
            n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        except (KeyError, TypeError, ValueError):
            raise WrongSecretError() from None
        return kdf.scrypt(secret, salt, n, r, p)
    if kind == KEYRING:
        data = unicodedata.normalize("NFC", secret).encode("utf-8")
        return kdf.hkdf(data, "team-keyring", salt)
    raise WrongSecretError()


def _new_params(kind: str) -> dict[str, Any]:
    params: dict[str, Any] = {
        "kdf": "scrypt" if kind == PASSPHRASE else "hkdf",
        "salt": kdf.b64e(os.urandom(16)),
        "set_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if kind == PASSPHRASE:
        params.update(n=kdf.SCRYPT_N, r=kdf.SCRYPT_R, p=kdf.SCRYPT_P)
    return params


def _raw_private(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())


def _raw_public(public: X25519PublicKey) -> bytes:
    return public.public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)


def _aad(login: str, purpose: str) -> bytes:
    return f"dpo-desk-team/v1/{purpose}/{login}".encode()


def _wrap_slot(login: str) -> str:
    """The slot name bound into the private key's wrapping (``keyfile`` wants ASCII; a
    login may be "rené"): a slot copied onto another member's row does not open."""
    return "team-member/" + hashlib.sha256(login.encode("utf-8")).hexdigest()[:32]


def seal_to(public_key: str, team_key: bytes, login: str) -> dict[str, Any]:
    """The team key sealed to a member's public key (ephemeral X25519, HKDF, AES-GCM)."""
    ephemeral = X25519PrivateKey.generate()
    peer = X25519PublicKey.from_public_bytes(kdf.b64d(public_key))
    epk = _raw_public(ephemeral.public_key())
    kek = kdf.hkdf(ephemeral.exchange(peer), "team-key", epk)
    nonce = os.urandom(12)
    ct = AESGCM(kek).encrypt(nonce, team_key, _aad(login, "team-key"))
    return {"epk": kdf.b64e(epk), "nonce": kdf.b64e(nonce), "ct": kdf.b64e(ct)}


@dataclass(frozen=True)
class MemberKey:
    """A member's unlocked private key (in memory only)."""

    login: str
    private: X25519PrivateKey = field(repr=False)


def new_slot(
    team_key: bytes, login: str, secret: str, kind: str = PASSPHRASE
) -> tuple[Slot, MemberKey]:
    """A fresh key pair for ``login``, its private half wrapped with ``secret``; also
    returns the unlocked key (the member creating their own slot need not unwrap it)."""
    if kind not in KINDS:
        raise ValueError(kind)
    private = X25519PrivateKey.generate()
    public = kdf.b64e(_raw_public(private.public_key()))
    params = _new_params(kind)
    kek = _secret_kek(secret, kind, params)
    wrapped = keyfile.wrap(kek, _raw_private(private), _wrap_slot(login))
    wrapped["kid"] = keyfile.master_id(_raw_private(private))
    slot = Slot(
        kind, public, wrapped, params, seal_to(public, team_key, login), team_key_id(team_key)
    )
    return slot, MemberKey(login, private)


def open_private(
    login: str, kind: str, wrapped: dict[str, Any], params: dict[str, Any], secret: str
) -> MemberKey:
    """Unwrap a member's private key with their secret.

    Raises:
        WrongSecretError: wrong secret (or a slot altered on the server).
    """
    kek = _secret_kek(secret, kind, params)
    raw = keyfile.unwrap(kek, wrapped, _wrap_slot(login), str(wrapped.get("kid", "")))
    return MemberKey(login, X25519PrivateKey.from_private_bytes(raw))


def open_team_key(member: MemberKey, sealed: dict[str, Any], expected_id: str) -> bytes:
    """The team key sealed to ``member`` (checked against the slot's key id)."""
    try:
        epk = kdf.b64d(sealed["epk"])
        shared = member.private.exchange(X25519PublicKey.from_public_bytes(epk))
        kek = kdf.hkdf(shared, "team-key", epk)
        team_key = AESGCM(kek).decrypt(
            kdf.b64d(sealed["nonce"]), kdf.b64d(sealed["ct"]), _aad(member.login, "team-key")
        )
    except (InvalidTag, KeyError, TypeError, ValueError):
        raise WrongSecretError() from None
    if team_key_id(team_key) != expected_id:
        raise WrongSecretError()
    return team_key


def file_key_id(team_key: bytes) -> bytes:
    """The key id written in the header of every file sealed with this team key."""
    return key_id(kdf.hkdf(team_key, "files"))


# -- the unlocked member keys of this process, per open database -------------------------

_UNLOCKED: weakref.WeakKeyDictionary[object, MemberKey] = weakref.WeakKeyDictionary()
_GUARD = threading.Lock()


def remember(db: object, member: MemberKey) -> None:
    with _GUARD:
        _UNLOCKED[db] = member


def unlocked(db: object) -> MemberKey | None:
    with _GUARD:
        return _UNLOCKED.get(db)


def forget(db: object) -> None:
    with _GUARD:
        _UNLOCKED.pop(db, None)
