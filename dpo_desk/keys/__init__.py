"""The keys of a data directory: the key holder, the slots that wrap the master key, the
OS keyring, unlocking, opening the store with its key, and converting a store (plain →
encrypted, re-key).

Below ``backup`` and the services, which use it; above ``store`` and ``crypto``, the
only layers it uses. Unlocked keys live in this process only
(``holder._UNLOCKED``), never in the database, never in a settings file. Split by what
each part is for: ``holder`` (key types, the unlocked-keys registry, ``keys.json``),
``os_keyring`` (the keyring slot), ``slots`` (set-up, slot changes, status),
``unlocking``, ``opening`` (the store's key for the CLI and the GUI) and ``conversion``
(``secure encrypt``/``rekey``). ``dpo_desk.services.secrets`` re-exports every name for
the callers that import from there.
"""

from __future__ import annotations

from dpo_desk.keys.holder import (
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
from dpo_desk.keys.opening import (
    _auto_encrypt_new_store,
    key_for_cli,
    key_for_open,
    prompt_secret,
    quiet_sqlcipher,
    sealer_for,
    show_recovery_key,
    unlock_for_cli,
)
from dpo_desk.keys.os_keyring import (
    SERVICE,
    _is_secure,
    _keyring_get,
    _keyring_slot,
    keyring_account,
    secure_keyring,
)
from dpo_desk.keys.slots import (
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
from dpo_desk.keys.unlocking import _open_slots, _previous, check_secret, unlock

__all__ = [
    "ENV_PASSPHRASE",
    "MIN_PASSPHRASE",
    "SERVICE",
    "_GUARD",
    "_UNLOCKED",
    "Clock",
    "Keys",
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
