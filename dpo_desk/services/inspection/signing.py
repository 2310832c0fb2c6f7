"""The Ed25519 key that signs inspection packs, kept like the store's other secrets.

An encrypted store derives it from its master key (HKDF, purpose "inspection-signing"):
nothing more is stored, and the key exists only while the store is unlocked. A plain store
keeps a random key in the OS keyring, never in a file or the database (reliability.md F8:
no secure keyring, no signature; encrypt the store). The public key travels in the pack;
its fingerprint is what the DPO reads out to the authority.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import keyring.errors
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from dpo_desk.crypto import kdf
from dpo_desk.errors import UserError
from dpo_desk.keys import holder as keys
from dpo_desk.keys.os_keyring import SERVICE, secure_keyring

PURPOSE = "inspection-signing"


def _account(data_dir: Path) -> str:
    return (
        "pack-signing-"
        + hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:32]
    )


def _from_keyring(data_dir: Path) -> bytes:
    if secure_keyring() is None:
        raise UserError(
            "no secure keyring to keep the pack signing key: encrypt the store "
            "('dpo-desk secure init') to sign inspection packs"
        )
    account = _account(data_dir)
    try:
        stored = keyring.get_password(SERVICE, account)
        if stored:
            return bytes.fromhex(stored)
        seed = kdf.new_key()
        keyring.set_password(SERVICE, account, seed.hex())
    except (keyring.errors.KeyringError, ValueError) as exc:
        raise UserError(
            "the system keyring refused the pack signing key ({reason})", reason=str(exc)
        ) from None
    return seed


def signing_key(data_dir: Path) -> Ed25519PrivateKey:
    """The store's pack signing key (derived if encrypted, else from the OS keyring)."""
    if keys.is_encrypted(data_dir):
        seed = kdf.hkdf(keys.require_keys(data_dir).current.key, PURPOSE)
    else:
        seed = _from_keyring(data_dir)
    return Ed25519PrivateKey.from_private_bytes(seed[:32])


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def fingerprint(public_key_hex: str) -> str:
    """SHA-256 of the raw public key, grouped for reading aloud (first 32 hex digits)."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def verify(public_key_hex: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
