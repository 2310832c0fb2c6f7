"""Cryptography of DPO Desk: key derivation, the sealed-file format, the key file.

Pure Python on top of ``cryptography`` (AES-256-GCM, Scrypt, HKDF); no database, no Qt.
See docs/security.md for the key hierarchy and the formats.
"""

from dpo_desk.crypto.errors import DamagedError, WrongSecretError

__all__ = ["DamagedError", "WrongSecretError"]
