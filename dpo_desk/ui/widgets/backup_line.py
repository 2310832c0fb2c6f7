"""The status bar's backup line: the last verified backup of the data directory, and
whether it is older than the schedule, never a made-up date."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from dpo_desk.ui.context import AppContext
from dpo_desk.ui.widgets import labels

if TYPE_CHECKING:
    from dpo_desk.services.backups import BackupStatus

log = logging.getLogger(__name__)


def backup_status(app: AppContext) -> BackupStatus | None:
    """The last good backup and whether it is older than the schedule (None if the
    backup folder cannot be read)."""
    from dpo_desk.services import backups as backup
    from dpo_desk.services.settings import get_settings

    settings = get_settings(app.ctx)
    try:
        return backup.status(
            app.ctx.data_dir,
            now=app.ctx.now(),
            schedule=timedelta(hours=settings.backup_every_hours or 24),
            folder=Path(settings.backup_folder) if settings.backup_folder else None,
        )
    except Exception:
        log.exception("backup status unavailable")
        return None


class BackupLine(QLabel):
    """Empty until :meth:`read` has answered: the window reads it after its first paint
    (the read imports the backup code, 40 ms, on the DB lane: issue 19), then again after
    each backup; a language change only words the facts anew (:meth:`retranslate`)."""

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.setObjectName("backup_status")
        self._status: BackupStatus | None = None
        self._read = False

    def read(self) -> None:
        """Read the backup folder and the schedule on the DB lane, then show them."""
        app = self.app
        app.tasks.run(lambda: backup_status(app), self._show)

    def _show(self, status: BackupStatus | None) -> None:
        self._status, self._read = status, True
        self.retranslate()

    def retranslate(self) -> None:
        if not self._read:
            return
        status = self._status
        last = status.last_good_at if status else None
        if last is None:
            self.setText(self.tr("No backup yet"))
            self.setToolTip(self.tr("No verified backup is recorded for this data directory."))
        else:
            text = self.tr("Last backup: %1").replace("%1", labels.fmt_datetime(last))
            if status is not None and status.overdue:
                text = self.tr("⚠ Backup overdue — last: %1").replace(
                    "%1", labels.fmt_datetime(last)
                )
            self.setText(text)
            self.setToolTip(
                self.tr("Backups are verified before they count (%1 good).").replace(
                    "%1", str(status.count_good if status else 0)
                )
            )
        self.setAccessibleName(self.text())
