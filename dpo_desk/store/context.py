"""What every use case needs: the open store, who acts, and what time it is.

Below the services (in ``store``) because the audit chain and ``backup`` write with it;
``dpo_desk.services.context`` re-exports it.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from dpo_desk.domain.team import TeamRole

if TYPE_CHECKING:  # the window's context exists before SQLAlchemy is loaded (issue 19)
    from dpo_desk.store.db import Database


def _now() -> datetime:
    return datetime.now(UTC)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers, services)
        return "unknown"


class StoreNotOpen:
    """The store of a window painted before its store was opened (issue 19): the first
    rows come from ``store.first_page``, the DB lane waits for the store, and anything
    that asks this placeholder is a mistake, said plainly."""

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError(f"the store is not open yet (asked for {name!r})")


@dataclass
class Context:
    """The store and the actor for a run of the program (GUI or command line).

    ``clock`` is injectable so tests can fix "now" (deadlines, audit times, idle locks).
    ``team_role`` is the person's role on a team server (``domain.team``); ``None`` is
    the solo desk, whose one person is the DPO. On a server ``actor`` is the server's
    ``session_user``, which the audit table's trigger checks (``store.team_roles``).
    """

    db: Database
    data_dir: Path
    actor: str = field(default_factory=current_user)
    clock: Callable[[], datetime] = _now
    timezone: str = "Europe/Paris"
    #: The person's role on a team server (its ``session_user``'s group role); None on a
    #: solo desk, where the one person is the DPO.
    team_role: TeamRole | None = None

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """Today in the organisation's time zone (the legal calendar)."""
        return self.clock().astimezone(ZoneInfo(self.timezone)).date()
