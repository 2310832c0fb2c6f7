"""Automatic backups, the Anki way: a timer checks every 5 minutes; when
``backup_every_hours`` have passed since the last good backup, ``backup.create(force=False)``
runs on the DB worker. It makes nothing when nothing changed since that backup (the audit
head is the same) and thins the folder after a new one. Errors go to the log and the
status bar, never to a dialog popping up from a timer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from dpo_desk.errors import UserError, render_error
from dpo_desk.services.context import Context
from dpo_desk.services.settings import get_settings
from dpo_desk.ui import i18n
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext

if TYPE_CHECKING:
    from dpo_desk.services.backups import BackupInfo

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 5 * 60 * 1000
FIRST_CHECK_MS = 60 * 1000


def backup_folder(ctx: Context) -> Path:
    """Where backups go: the Settings folder, else ``<data dir>/backups``."""
    folder = get_settings(ctx).backup_folder.strip()
    return Path(folder).expanduser() if folder else Path(ctx.data_dir) / "backups"


def run_if_due(ctx: Context) -> BackupInfo | None:
    """Make a backup if one is due and something changed; None otherwise (DB worker)."""
    # The backup code loads here, on the worker, a minute after the start: imported at
    # the top it was on the window's path to its first paint (issue 19).
    from dpo_desk.services import backups as backup

    hours = get_settings(ctx).backup_every_hours
    if hours <= 0:
        return None
    folder = backup_folder(ctx)
    state = backup.status(
        ctx.data_dir, now=ctx.now(), schedule=timedelta(hours=hours), folder=folder
    )
    if not state.overdue:
        return None
    # force=False: None when the audit head equals the last good backup's; create()
    # thins the folder after a new backup.
    return backup.create(ctx, to_dir=folder, force=False)


class BackupScheduler(QObject):
    """Signals:
    made(object): a scheduled backup was made (its ``BackupInfo``)."""

    made = Signal(object)

    def __init__(
        self,
        app: AppContext,
        notify: Callable[[str], None] | None = None,
        *,
        interval_ms: int = CHECK_EVERY_MS,
        first_ms: int = FIRST_CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.notify = notify or (lambda _text: None)
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.setInterval(first_ms)
        self.first.timeout.connect(self.tick)

    def start(self) -> None:
        self.first.start()
        self.timer.start()

    def stop(self) -> None:
        self.first.stop()
        self.timer.stop()

    def tick(self) -> None:
        """Check now (the timers call it; so do tests)."""
        if self.running:
            return
        self.running = True
        ctx = self.app.ctx
        # the pool: a long backup must not hold up the pages' work on the DB lane
        (
            BackgroundOp(None, lambda _h: run_if_due(ctx))
            .success(self._done)
            .failure(self._failed)
            .run_in(Lane.POOL, self.app.tasks)
        )

    def _done(self, info: BackupInfo | None) -> None:
        self.running = False
        if info is None:
            return
        log.info("scheduled backup %s verified", info.path.name)
        self.app.signals.backup_done.emit()
        self.made.emit(info)
        self.notify(self.tr("Automatic backup made and verified."))

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, UserError):
            log.error("scheduled backup failed: %s", exc)
            reason = render_error(exc, i18n.current())
        else:
            log.error("scheduled backup failed", exc_info=exc)
            reason = type(exc).__name__
        self.notify(self.tr("⚠ Automatic backup failed: %1").replace("%1", reason))
