"""The app lock: idle lock, lock on demand, unlock, and the re-authentication asked for
before bulk export, purge or restore.

No Qt here: the GUI drives ``LockState`` from its timers and dialogs, and tests drive it
with fake clocks.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.errors import UserError
from dpo_desk.keys.holder import Clock, Sleep, is_encrypted, load_keyfile
from dpo_desk.keys.unlocking import check_secret
from dpo_desk.services import audit

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

    def is_idle_too_long(self) -> bool:
        """The idle delay has passed (a clock read only: no file, no store)."""
        return not self.locked and self.idle_seconds > 0 and self.idle_for() >= self.idle_seconds

    def lock(self, reason: str = "on demand") -> None:
        if self.locked or not self.can_lock:
            return
        self.mark_locked()
        self.record_lock(reason)

    def mark_locked(self) -> None:
        """Lock in memory at once (the window hides now; the audit line may follow)."""
        self.locked = True
        self._last_auth = None

    def record_lock(self, reason: str) -> None:
        """Write the lock to the audit trail (a store write: off the GUI thread)."""
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
            raise UserError("enter your passphrase again before {action}", action=action)

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
        with self.ctx.db.write() as session:
            audit.record(session, self.ctx, operation, "session", "-", summary)
