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
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.errors

from dpo_desk.crypto import kdf, keyfile
from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.crypto.keyfile import KeyFile
from dpo_desk.crypto.stream import key_id
from dpo_desk.errors import UserError
from dpo_desk.paths import database_path, ensure_data_dir
from dpo_desk.store.vault import SealedFiles

SERVICE = "dpo-desk"
ENV_PASSPHRASE = "DPO_DESK_PASSPHRASE"  # noqa: S105 - a variable name
MIN_PASSPHRASE = 10

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class NeedSecret(UserError):
    """The keyring cannot unlock this store: ask for the passphrase or recovery key."""


class RateLimited(UserError):
    """Too many wrong secrets in a row; ``retry_after`` seconds to wait."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"too many wrong attempts: try again in {int(retry_after + 0.999)} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class MasterKey:
    key: bytes = field(repr=False)

    @property
    def id(self) -> str:
        return keyfile.master_id(self.key)

    def db_key(self) -> str:
        """The SQLCipher key as a raw-key literal (sqlcipher3 via the SQLAlchemy URL)."""
        return "x'" + kdf.hkdf(self.key, "sqlcipher").hex() + "'"

    def files_key(self) -> bytes:
        return kdf.hkdf(self.key, "files")

    def backup_key(self) -> bytes:
        return kdf.hkdf(self.key, "backup")


@dataclass(frozen=True)
class Keys:
    """The unlocked keys of a data directory (``previous`` only during a re-key)."""

    current: MasterKey
    previous: MasterKey | None = None

    def all(self) -> list[MasterKey]:
        return [self.current] + ([self.previous] if self.previous else [])

    def sealer(self) -> SealedFiles:
        keys = {key_id(m.files_key()): m.files_key() for m in self.all()}
        return SealedFiles(self.current.files_key(), keys)


_UNLOCKED: dict[str, Keys] = {}
_GUARD = threading.Lock()


def _slot_key(data_dir: Path) -> str:
    return str(Path(data_dir).resolve())


def keys_path(data_dir: Path) -> Path:
    return keyfile.path_in(Path(data_dir))


def is_encrypted(data_dir: Path) -> bool:
    return keys_path(data_dir).exists()


def unlocked(data_dir: Path) -> Keys | None:
    with _GUARD:
        return _UNLOCKED.get(_slot_key(data_dir))


def remember(data_dir: Path, keys: Keys) -> None:
    with _GUARD:
        _UNLOCKED[_slot_key(data_dir)] = keys


def forget(data_dir: Path) -> None:
    """Drop the keys of ``data_dir`` from memory (the store must be closed first)."""
    with _GUARD:
        _UNLOCKED.pop(_slot_key(data_dir), None)


# -- the OS keyring ------------------------------------------------------------------------


def _is_secure(backend: Any) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if type(backend).__module__.startswith("keyrings.alt"):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_secure(b) for b in backend.backends)
    return True


def secure_keyring() -> Any | None:
    """The keyring backend if it is a real secret store; None otherwise (F8)."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any keyring failure means "no secure store"
        return None
    return backend if _is_secure(backend) else None


def keyring_account(data_dir: Path) -> str:
    return "store-" + hashlib.sha256(_slot_key(data_dir).encode("utf-8")).hexdigest()[:32]


def _keyring_get(account: str) -> bytes | None:
    if secure_keyring() is None:
        return None
    try:
        value = keyring.get_password(SERVICE, account)
    except keyring.errors.KeyringError:
        return None
    try:
        return bytes.fromhex(value) if value else None
    except ValueError:
        return None


def _keyring_slot(data_dir: Path, master: bytes) -> dict[str, Any]:
    account = keyring_account(data_dir)
    kek = kdf.new_key()
    try:
        keyring.set_password(SERVICE, account, kek.hex())
    except keyring.errors.KeyringError as exc:
        raise UserError(f"the system keyring refused the key ({exc}); use a passphrase") from None
    if _keyring_get(account) != kek:
        raise UserError("the system keyring did not keep the key; use a passphrase")
    return keyfile.wrap(
        kek, master, "keyring", {"kdf": "keyring", "service": SERVICE, "account": account}
    )


# -- set-up --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetupResult:
    """What ``setup`` created. Show ``recovery_key`` once; it is stored nowhere."""

    key_id: str
    slots: list[str]
    recovery_key: str | None


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE or not passphrase.strip():
        raise UserError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    if "\x00" in passphrase:
        raise UserError("the passphrase cannot contain a NUL character")
    return passphrase


def new_keyfile(
    data_dir: Path,
    master: bytes,
    *,
    passphrase: str | None,
    use_keyring: bool,
    with_recovery: bool = True,
) -> tuple[KeyFile, str | None]:
    """A key file for ``master`` with the requested slots (not yet saved)."""
    if not passphrase and not use_keyring:
        raise UserError(
            "no secure keyring on this computer (Aucun trousseau sécurisé disponible): "
            f"choose a passphrase (prompt, or the {ENV_PASSPHRASE} variable)"
        )
    kf = KeyFile.new(master)
    if use_keyring:
        kf.slots["keyring"] = _keyring_slot(data_dir, master)
    if passphrase:
        kf.slots["passphrase"] = keyfile.passphrase_slot(master, check_passphrase(passphrase))
    recovery = kdf.new_recovery_key() if with_recovery else None
    if recovery:
        kf.slots["recovery"] = keyfile.recovery_slot(master, recovery)
    return kf, recovery


def setup(
    data_dir: Path,
    *,
    passphrase: str | None = None,
    use_keyring: bool | None = None,
) -> SetupResult:
    """Create the keys of a NEW data directory (no database yet).

    Args:
        passphrase: wraps the master key (None: keyring only).
        use_keyring: None = use the OS keyring if a secure one exists.

    Raises:
        UserError: already encrypted; a plain database already exists (use
            ``secure encrypt``); no key source at all; passphrase too short.
    """
    data_dir = Path(data_dir)
    if is_encrypted(data_dir):
        raise UserError(f"{data_dir} is already encrypted")
    if database_path(data_dir).exists():
        raise UserError(
            f"{data_dir} already holds a plain store: convert it with 'dpo-desk secure encrypt'"
        )
    ensure_data_dir(data_dir)
    if use_keyring is None:
        use_keyring = secure_keyring() is not None
    elif use_keyring and secure_keyring() is None:
        raise UserError("no secure keyring on this computer: use a passphrase")
    master = kdf.new_key()
    kf, recovery = new_keyfile(data_dir, master, passphrase=passphrase, use_keyring=use_keyring)
    keyfile.save(keys_path(data_dir), kf)
    remember(data_dir, Keys(MasterKey(master)))
    return SetupResult(kf.key_id, sorted(kf.slots), recovery)


# -- unlocking -----------------------------------------------------------------------------


def _open_slots(kf: KeyFile, secret: str) -> bytes:
    """Try the passphrase slot, then (if the text looks like one) the recovery slot."""
    if "passphrase" in kf.slots:
        try:
            return keyfile.open_passphrase_slot(kf.slots["passphrase"], secret, kf.key_id)
        except WrongSecretError:
            pass
    if "recovery" in kf.slots and len(kdf.normalise_recovery_key(secret)) == 30:
        return keyfile.open_recovery_slot(kf.slots["recovery"], secret, kf.key_id)
    raise WrongSecretError()


def _previous(kf: KeyFile, master: bytes) -> MasterKey | None:
    if not kf.previous:
        return None
    old = keyfile.unwrap(
        kdf.hkdf(master, "previous"), kf.previous, "previous", str(kf.previous.get("key_id", ""))
    )
    return MasterKey(old)


def load_keyfile(data_dir: Path) -> KeyFile:
    try:
        return keyfile.load(keys_path(data_dir))
    except FileNotFoundError:
        raise UserError(f"{data_dir} is not encrypted (no keys.json)") from None


def unlock(
    data_dir: Path,
    *,
    secret: str | None = None,
    clock: Clock = time.time,
    sleep: Sleep = time.sleep,
    wait: bool = True,
) -> Keys:
    """Unlock ``data_dir``: with the keyring when ``secret`` is None, else with the
    passphrase or the recovery key.

    Wrong secrets are counted in ``keys.json``; after the n-th in a row the next attempt
    waits 2**(n-1) s (``wait=True``: sleep; ``wait=False``: raise ``RateLimited``).

    Raises:
        NeedSecret: no secret given and the keyring cannot unlock.
        WrongSecretError: "wrong passphrase or damaged key file" (always that message).
        RateLimited: ``wait=False`` and the delay has not elapsed.
    """
    data_dir = Path(data_dir)
    kf = load_keyfile(data_dir)
    if secret is None:
        entry = kf.slots.get("keyring")
        kek = _keyring_get(str(entry.get("account", ""))) if entry else None
        if kek is None:
            raise NeedSecret(
                "this data directory is encrypted and the keyring cannot unlock "
                "it: enter the passphrase or the recovery key"
            )
        master = keyfile.unwrap(kek, entry or {}, "keyring", kf.key_id)
    else:
        remaining = kf.wait_seconds(clock())
        if remaining > 0:
            if not wait:
                raise RateLimited(remaining)
            sleep(remaining)
        try:
            master = _open_slots(kf, secret)
        except WrongSecretError:
            kf.record_failure(clock())
            # A read-only key file still refuses; the delay is just not kept.
            with contextlib.suppress(OSError):
                keyfile.save(keys_path(data_dir), kf)
            raise WrongSecretError() from None
        if kf.record_success():
            keyfile.save(keys_path(data_dir), kf)
    keys = Keys(MasterKey(master), _previous(kf, master))
    remember(data_dir, keys)
    return keys


def check_secret(
    data_dir: Path,
    secret: str,
    *,
    clock: Clock = time.time,
    sleep: Sleep = time.sleep,
    wait: bool = True,
) -> None:
    """Raise unless ``secret`` opens ``data_dir`` (rate-limited like ``unlock``)."""
    unlock(data_dir, secret=secret, clock=clock, sleep=sleep, wait=wait)


def require_keys(data_dir: Path) -> Keys:
    keys = unlocked(data_dir)
    if keys is None:
        raise UserError("the data directory is locked: unlock it first")
    return keys


# -- the command line ----------------------------------------------------------------------


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
        f"{data_dir} is encrypted: set {ENV_PASSPHRASE} or run the command in a terminal"
    )


def unlock_for_cli(data_dir: Path, clock: Clock = time.time, sleep: Sleep = time.sleep) -> Keys:
    keys = unlocked(data_dir)
    if keys is not None:
        return keys
    try:
        return unlock(data_dir)
    except NeedSecret:
        return unlock(data_dir, secret=prompt_secret(data_dir), clock=clock, sleep=sleep)


def key_for_cli(data_dir: Path) -> str | None:
    """The SQLCipher key for ``data_dir``, or None for a plain (not yet encrypted) store.

    * ``keys.json`` present: unlock (keyring, else ``DPO_DESK_PASSPHRASE``, else a
      prompt on a terminal), finish an interrupted ``secure encrypt``/``rekey``.
    * no ``keys.json`` and a database: a plain store, None.
    * no ``keys.json`` and no database (a new store): encrypted now if
      ``_auto_encrypt_new_store()``, else None (plain; ``secure init`` encrypts).
    """
    data_dir = Path(data_dir)
    if not is_encrypted(data_dir):
        if database_path(data_dir).exists() or not _auto_encrypt_new_store():
            return None
        result = setup(data_dir, passphrase=os.environ.get(ENV_PASSPHRASE) or None)
        if result.recovery_key:
            show_recovery_key(result.recovery_key)
    keys = unlock_for_cli(data_dir)
    from dpo_desk.crypto import convert

    convert.resume(data_dir, keys)
    quiet_sqlcipher()
    return keys.current.db_key()


def key_for_open(data_dir: Path) -> str | None:
    """The SQLCipher key of an unlocked (or plain) data directory, for the GUI."""
    if not is_encrypted(data_dir):
        return None
    keys = require_keys(data_dir)
    from dpo_desk.crypto import convert

    convert.resume(data_dir, keys)
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


# -- changing the secrets ------------------------------------------------------------------


def change_passphrase(data_dir: Path, new_passphrase: str | None) -> None:
    """Re-wrap the master key under a new passphrase (None: remove the passphrase slot,
    allowed only if the keyring slot remains). The store must be unlocked."""
    keys = require_keys(data_dir)
    kf = load_keyfile(data_dir)
    if new_passphrase is None:
        if "keyring" not in kf.slots:
            raise UserError("cannot remove the passphrase: it is the only everyday key")
        kf.slots.pop("passphrase", None)
    else:
        kf.slots["passphrase"] = keyfile.passphrase_slot(
            keys.current.key, check_passphrase(new_passphrase)
        )
    keyfile.save(keys_path(data_dir), kf)


def new_recovery_key(data_dir: Path) -> str:
    """Replace the recovery key (the old one stops opening this store); shown once."""
    keys = require_keys(data_dir)
    kf = load_keyfile(data_dir)
    recovery = kdf.new_recovery_key()
    kf.slots["recovery"] = keyfile.recovery_slot(keys.current.key, recovery)
    keyfile.save(keys_path(data_dir), kf)
    return recovery


def enable_keyring(data_dir: Path) -> None:
    keys = require_keys(data_dir)
    if secure_keyring() is None:
        raise UserError("no secure keyring on this computer")
    kf = load_keyfile(data_dir)
    kf.slots["keyring"] = _keyring_slot(data_dir, keys.current.key)
    keyfile.save(keys_path(data_dir), kf)


@dataclass(frozen=True)
class SecureStatus:
    encrypted: bool
    unlocked: bool
    key_id: str
    slots: list[str]
    keyring_available: bool
    has_recovery: bool
    state: str
    failed_attempts: int

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def status(data_dir: Path) -> SecureStatus:
    available = secure_keyring() is not None
    if not is_encrypted(data_dir):
        return SecureStatus(False, False, "", [], available, False, "plain", 0)
    kf = load_keyfile(data_dir)
    return SecureStatus(
        True,
        unlocked(data_dir) is not None,
        kf.key_id,
        sorted(kf.slots),
        available,
        "recovery" in kf.slots,
        kf.state,
        kf.failures,
    )


# -- the app lock (no Qt: the GUI drives it) -----------------------------------------------

DEFAULT_IDLE_SECONDS = 5 * 60
REAUTH_WINDOW_SECONDS = 120


class LockState:
    """Idle lock, lock on demand, unlock with the passphrase (rate-limited), and the
    "type your passphrase again" check before bulk export, purge or restore.

    The keys stay in memory while the screen is locked (the store stays open, so a
    running backup finishes); what the lock protects is the screen. A plain store has
    nothing to check a passphrase against: ``can_lock`` is False there.

    Args:
        ctx: when given, lock, unlock and failed unlock are written to the audit trail.
        clock: monotonic seconds (idle time); ``wall``: epoch seconds (rate limit).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        ctx: Any = None,
        clock: Clock = time.monotonic,
        wall: Clock = time.time,
        sleep: Sleep = time.sleep,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.idle_seconds = idle_seconds
        self.ctx = ctx
        self._clock = clock
        self._wall = wall
        self._sleep = sleep
        self._last_activity = clock()
        self._last_auth: float | None = None
        self.locked = False

    @property
    def can_lock(self) -> bool:
        if not is_encrypted(self.data_dir):
            return False
        slots = load_keyfile(self.data_dir).slots
        return "passphrase" in slots or "recovery" in slots

    def touch(self) -> None:
        """Call on user activity (key press, click)."""
        if not self.locked:
            self._last_activity = self._clock()

    def idle_for(self) -> float:
        return self._clock() - self._last_activity

    def check_idle(self) -> bool:
        """Lock if idle too long; returns whether the app is locked. Call on a timer."""
        if not self.locked and self.idle_seconds > 0 and self.idle_for() >= self.idle_seconds:
            self.lock("idle")
        return self.locked

    def lock(self, reason: str = "on demand") -> None:
        if self.locked or not self.can_lock:
            return
        self.locked = True
        self._last_auth = None
        self._audit("session.lock", {"reason": reason})

    def retry_after(self) -> float:
        """Seconds before the next unlock attempt is allowed (0: now)."""
        if not is_encrypted(self.data_dir):
            return 0.0
        return load_keyfile(self.data_dir).wait_seconds(self._wall())

    def unlock(self, secret: str, *, wait: bool = False) -> None:
        """Unlock the screen with the passphrase or the recovery key.

        Raises:
            RateLimited: too early after wrong attempts (``wait=False``).
            WrongSecretError: the one generic message; the failure is audited.
        """
        self._check(secret, wait)
        self.locked = False
        self._last_activity = self._clock()
        self._audit("session.unlock", {})

    def reauthenticate(self, secret: str, *, wait: bool = False) -> None:
        """Confirm the user's identity before a sensitive bulk action."""
        self._check(secret, wait)
        self._audit("session.reauthenticate", {})

    def recently_authenticated(self, within: float = REAUTH_WINDOW_SECONDS) -> bool:
        if not self.can_lock:
            return True  # nothing to ask for on a plain store
        return self._last_auth is not None and self._clock() - self._last_auth <= within

    def require_recent_auth(self, action: str, within: float = REAUTH_WINDOW_SECONDS) -> None:
        if not self.recently_authenticated(within):
            raise UserError(f"enter your passphrase again before {action}")

    def _check(self, secret: str, wait: bool) -> None:
        try:
            check_secret(self.data_dir, secret, clock=self._wall, sleep=self._sleep, wait=wait)
        except WrongSecretError:
            self._audit("session.unlock-failed", {})
            raise
        self._last_auth = self._clock()

    def _audit(self, operation: str, summary: dict[str, Any]) -> None:
        if self.ctx is None:
            return
        from dpo_desk.services import audit

        with self.ctx.db.write() as session:
            audit.record(session, self.ctx, operation, "session", "-", summary)
