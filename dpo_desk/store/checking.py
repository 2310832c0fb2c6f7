"""The start-up integrity check, run after the window is up but before the first write.

reliability.md F6: a damaged database is caught at start and nothing is written to it.
``PRAGMA quick_check`` reads the whole file (2 s for 475 MB, 20 s at a million cases), so
the desktop program no longer waits for it before painting the cases (issue 19): the store
opens with an :class:`IntegrityGate` shut, the check runs on its own connection off the
GUI thread, and every write (``Database.write``) waits at the gate. Until the check has
passed no write happens: a write waits a little, then is refused with a clear message;
after a failed check every write is refused as damaged, and the program shows the same
refusal as before and closes. The command line still checks before it opens (the default
of ``open_store``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from dpo_desk.errors import StoreError

#: How long a write waits for a check still under way before it is refused (seconds).
WRITE_WAIT_S = 3.0


def damaged(path: Path, verdict: str) -> StoreError:
    """The refusal of a store whose integrity check failed (the same words as ever)."""
    return StoreError(
        "the database {path} is damaged ({verdict}); nothing was written. Restore "
        "the latest backup (dpo-desk backup restore)",
        path=path,
        verdict=verdict,
    )


class IntegrityGate:
    """Shut until the integrity check has passed; writes wait here (thread-safe)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._done = threading.Event()
        self._verdict: str | None = None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def passed(self) -> bool:
        return self._done.is_set() and self._verdict == "ok"

    def settle(self, verdict: str) -> None:
        """Record the check's verdict ("ok" opens the gate for good; anything else
        keeps it shut for good)."""
        self._verdict = verdict
        self._done.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the check has finished; True when it has."""
        return self._done.wait(timeout)

    def before_write(self, timeout: float | None = None) -> None:
        """Return once a write may go ahead (waiting ``WRITE_WAIT_S`` by default).

        Raises:
            StoreError: the check is still running after ``timeout`` seconds (nothing was
                saved), or it failed (the database is damaged).
        """
        if not self._done.wait(WRITE_WAIT_S if timeout is None else timeout):
            raise StoreError(
                "DPO Desk is still checking its data, a moment: nothing was saved; try "
                "again in a few seconds"
            )
        if self._verdict != "ok":
            raise damaged(self.path, self._verdict or "")
