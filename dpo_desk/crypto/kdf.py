"""Key derivation: Scrypt for passphrases, HKDF for sub-keys of the master key.

Scrypt parameters are stored next to each salt, so raising ``SCRYPT_N`` later only
affects new wraps. ``SCRYPT_N = 2**17`` (128 MiB, about 0.3 s on a 2020 laptop) follows
OWASP's password storage cheat sheet; the floor accepted when reading is 2**15.
"""

from __future__ import annotations

import base64
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from dpo_desk.crypto.errors import WrongSecretError

SCRYPT_N = 2**17
SCRYPT_N_MIN = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32

#: Crockford-like alphabet of RFC 4648 base32 (no padding): the recovery key's letters.
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def scrypt(
    secret: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> bytes:
    """A 256-bit key from a passphrase (NFC-normalised, UTF-8)."""
    if n < SCRYPT_N_MIN or n & (n - 1) or not (1 <= r <= 64) or not (1 <= p <= 16):
        raise WrongSecretError()  # parameters lowered by someone editing the key file
    import unicodedata

    data = unicodedata.normalize("NFC", secret).encode("utf-8")
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(data)


def hkdf(master: bytes, purpose: str, salt: bytes | None = None) -> bytes:
    """A sub-key of ``master`` for one purpose ("sqlcipher", "files", "backup"...)."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=salt,
        info=b"dpo-desk/v1/" + purpose.encode("ascii"),
    ).derive(master)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """30 random base32 characters (150 bits) in 6 groups of 5: ``ABCDE-FGH23-...``."""
    chars = "".join(secrets.choice(_B32) for _ in range(30))
    return "-".join(chars[i : i + 5] for i in range(0, 30, 5))


def normalise_recovery_key(text: str) -> str:
    """Upper-case, without spaces or dashes; ``0``/``1``/``8`` read as ``O``/``I``/``B``."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans("018", "OIB"))


def recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    """The key-encryption key of a recovery key (150 random bits: HKDF is enough)."""
    return hkdf(normalise_recovery_key(recovery_key).encode("ascii"), "recovery", salt)


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise WrongSecretError() from None
