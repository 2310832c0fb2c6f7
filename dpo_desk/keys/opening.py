"""From a data directory to the SQLCipher key its store opens with.

``key_for_cli`` is the single place where the command line decides between "plain
store", "encrypt this new store now" and "unlock this encrypted store" (prompting on a
terminal or reading ``DPO_DESK_PASSPHRASE``); ``key_for_open`` is the GUI's, which
unlocks through its own dialogs first. Both finish an interrupted conversion.
"""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path
from typing import Any

from dpo_desk.errors import UserError
from dpo_desk.keys.conversion import resume
from dpo_desk.keys.holder import (
    ENV_PASSPHRASE,
    Clock,
    Keys,
    NeedSecret,
    Sleep,
    is_encrypted,
    require_keys,
    unlocked,
)
from dpo_desk.keys.os_keyring import secure_keyring
from dpo_desk.keys.slots import setup
from dpo_desk.keys.unlocking import unlock
from dpo_desk.paths import database_path
from dpo_desk.store import lock
from dpo_desk.store.vault import SealedFiles


def _auto_encrypt_new_store() -> bool:
    """A NEW data directory opened by the CLI is encrypted when the user said how:
    ``DPO_DESK_PASSPHRASE`` is set, or a secure keyring exists and a person is at the
    terminal to write down the recovery key (never shown to nobody)."""
    if os.environ.get(ENV_PASSPHRASE):
        return True
    return secure_keyring() is not None and sys.stdin.isatty() and sys.stderr.isatty()


def show_recovery_key(recovery_key: str, out: Any = None) -> None:
    stream = out or sys.stderr
    stream.write(
        "DPO Desk encrypted this data directory. Your RECOVERY KEY (shown only now; write "
        f"it down and keep it away from this computer):\n\n    {recovery_key}\n\n"
    )


def prompt_secret(data_dir: Path) -> str:
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env
    if sys.stdin.isatty():
        return getpass.getpass(f"Passphrase (or recovery key) for {data_dir}: ")
    raise UserError(
        "{data_dir} is encrypted: set {env_passphrase} or run the command in a terminal",
        data_dir=data_dir,
        env_passphrase=ENV_PASSPHRASE,
    )


def unlock_for_cli(data_dir: Path, clock: Clock = time.time, sleep: Sleep = time.sleep) -> Keys:
    keys = unlocked(data_dir)
    if keys is not None:
        return keys
    try:
        return unlock(data_dir)
    except NeedSecret:
        return unlock(data_dir, secret=prompt_secret(data_dir), clock=clock, sleep=sleep)


def _recover_restore(data_dir: Path) -> None:
    """Finish or undo a restore a crash interrupted before ``keys.json`` is read: the
    switch may replace it together with the database (``dpo_desk.store.switch``)."""
    if data_dir.is_dir():
        lock.recover(data_dir)


def key_for_cli(data_dir: Path) -> str | None:
    """The SQLCipher key for ``data_dir``, or None for a plain (not yet encrypted) store.

    * ``keys.json`` present: unlock (keyring, else ``DPO_DESK_PASSPHRASE``, else a
      prompt on a terminal), finish an interrupted ``secure encrypt``/``rekey``.
    * no ``keys.json`` and a database: a plain store, None.
    * no ``keys.json`` and no database (a new store): encrypted now if
      ``_auto_encrypt_new_store()``, else None (plain; ``secure init`` encrypts).
    """
    data_dir = Path(data_dir)
    _recover_restore(data_dir)
    if not is_encrypted(data_dir):
        if database_path(data_dir).exists() or not _auto_encrypt_new_store():
            return None
        result = setup(data_dir, passphrase=os.environ.get(ENV_PASSPHRASE) or None)
        if result.recovery_key:
            show_recovery_key(result.recovery_key)
    keys = unlock_for_cli(data_dir)
    resume(data_dir, keys)
    quiet_sqlcipher()
    return keys.current.db_key()


def key_for_open(data_dir: Path) -> str | None:
    """The SQLCipher key of an unlocked (or plain) data directory, for the GUI."""
    _recover_restore(Path(data_dir))
    if not is_encrypted(data_dir):
        return None
    keys = require_keys(data_dir)
    resume(data_dir, keys)
    quiet_sqlcipher()
    return keys.current.db_key()


_QUIET = False


def quiet_sqlcipher() -> None:
    """Stop SQLCipher printing "hmac check failed" lines on stderr for a wrong key."""
    global _QUIET
    if _QUIET:
        return
    try:
        import sqlcipher3.dbapi2 as sqlcipher

        conn = sqlcipher.connect(":memory:")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.close()
    except Exception:  # noqa: BLE001, S110 - cosmetic only
        pass
    _QUIET = True


def sealer_for(ctx: object) -> SealedFiles | None:
    """The sealer of the data directory's files (None: a plain store, plain files).

    Raises:
        UserError: the data directory is encrypted and locked.
    """
    data_dir = Path(getattr(ctx, "data_dir"))  # noqa: B009 - any object with data_dir
    if not is_encrypted(data_dir):
        return None
    return require_keys(data_dir).sealer()
