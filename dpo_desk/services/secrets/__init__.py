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

The package is split by what each part is for: ``keys`` (key types, the unlocked-keys
registry, ``keys.json``), ``os_keyring`` (the keyring slot), ``slots`` (set-up, slot
changes, status), ``unlocking``, ``opening`` (the store's key for the CLI and the GUI)
and ``applock`` (``LockState``). Every name is re-exported here, so
``from dpo_desk.services.secrets import X`` and ``secrets.X`` keep working.
"""

from __future__ import annotations

from dpo_desk.services.secrets.applock import (
    DEFAULT_IDLE_SECONDS,
    REAUTH_WINDOW_SECONDS,
    LockState,
)
from dpo_desk.services.secrets.keys import (
    _GUARD,
    _UNLOCKED,
    ENV_PASSPHRASE,
    Clock,
    Keys,
    MasterKey,
    NeedSecret,
    RateLimited,
    Sleep,
    _slot_key,
    forget,
    is_encrypted,
    keys_path,
    load_keyfile,
    remember,
    require_keys,
    unlocked,
)
from dpo_desk.services.secrets.opening import (
    _auto_encrypt_new_store,
    key_for_cli,
    key_for_open,
    prompt_secret,
    quiet_sqlcipher,
    sealer_for,
    show_recovery_key,
    unlock_for_cli,
)
from dpo_desk.services.secrets.os_keyring import (
    SERVICE,
    _is_secure,
    _keyring_get,
    _keyring_slot,
    keyring_account,
    secure_keyring,
)
from dpo_desk.services.secrets.slots import (
    MIN_PASSPHRASE,
    SecureStatus,
    SetupResult,
    change_passphrase,
    check_passphrase,
    enable_keyring,
    new_keyfile,
    new_recovery_key,
    setup,
    status,
)
from dpo_desk.services.secrets.unlocking import _open_slots, _previous, check_secret, unlock

__all__ = [
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
