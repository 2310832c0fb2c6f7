"""Where the keys of a data directory come from, and who may use them.

A data directory is either *plain* (no ``keys.json``: a plain SQLite file, plain document
files; every store created before encryption was switched on) or *encrypted*: a random
256-bit master key, wrapped in ``keys.json`` by the OS keyring, a passphrase and/or a
recovery key (see :mod:`dpo_desk.crypto.keyfile`), from which HKDF derives

* the SQLCipher key (a raw key, ``x'<64 hex>'``: no PBKDF2 per connection, the master is
  already random),
* the key of sealed files (documents, archived letters),
* the key of backup archives.

Unlocked keys live in this process only (``_UNLOCKED``), never in the database, never in
a settings file. ``key_for_cli`` is the single place where the command line decides
between "plain store", "encrypt this new store now" and "unlock this encrypted store".

The keys themselves live in :mod:`dpo_desk.keys` (below the services, so that ``backup``
uses them without importing a service); this package keeps ``applock`` (``LockState``,
which audits) and ``backup_keys``. Every name is re-exported here, so
``from dpo_desk.services.secrets import X`` and ``secrets.X`` keep working.
"""

from __future__ import annotations

from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.keys import (
    _GUARD,
    _UNLOCKED,
    ENV_PASSPHRASE,
    MIN_PASSPHRASE,
    SERVICE,
    Clock,
    Keys,
    MasterKey,
    NeedSecret,
    RateLimited,
    SecureStatus,
    SetupResult,
    Sleep,
    _auto_encrypt_new_store,
    _is_secure,
    _keyring_get,
    _keyring_slot,
    _open_slots,
    _previous,
    _slot_key,
    change_passphrase,
    check_passphrase,
    check_secret,
    enable_keyring,
    forget,
    is_encrypted,
    key_for_cli,
    key_for_open,
    keyring_account,
    keys_path,
    load_keyfile,
    new_keyfile,
    new_recovery_key,
    prompt_secret,
    quiet_sqlcipher,
    remember,
    require_keys,
    sealer_for,
    secure_keyring,
    setup,
    show_recovery_key,
    status,
    unlock,
    unlock_for_cli,
    unlocked,
)
from dpo_desk.services.secrets.applock import (
    DEFAULT_IDLE_SECONDS,
    REAUTH_WINDOW_SECONDS,
    LockState,
)

__all__ = [
    "WrongSecretError",
    "DEFAULT_IDLE_SECONDS",
    "ENV_PASSPHRASE",
    "MIN_PASSPHRASE",
    "REAUTH_WINDOW_SECONDS",
    "SERVICE",
    "_GUARD",
    "_UNLOCKED",
    "Clock",
    "Keys",
    "LockState",
    "MasterKey",
    "NeedSecret",
    "RateLimited",
    "SecureStatus",
    "SetupResult",
    "Sleep",
    "_auto_encrypt_new_store",
    "_is_secure",
    "_keyring_get",
    "_keyring_slot",
    "_open_slots",
    "_previous",
    "_slot_key",
    "change_passphrase",
    "check_passphrase",
    "check_secret",
    "enable_keyring",
    "forget",
    "is_encrypted",
    "key_for_cli",
    "key_for_open",
    "keyring_account",
    "keys_path",
    "load_keyfile",
    "new_keyfile",
    "new_recovery_key",
    "prompt_secret",
    "quiet_sqlcipher",
    "remember",
    "require_keys",
    "sealer_for",
    "secure_keyring",
    "setup",
    "show_recovery_key",
    "status",
    "unlock",
    "unlock_for_cli",
    "unlocked",
]
