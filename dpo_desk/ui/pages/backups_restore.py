"""Restoring a backup from the Backups page: the passphrase again, the backup verified
and its plan shown to confirm, a "pre-restore" backup of what is replaced, the restore
with its progress (no Cancel: a restore half done must not be left), and the words after.

A controller of its own (its class name is the translation context of what it says); it
works through the page: its status line, its selection, its question box
(``page.confirm_box``) and its progress dialog (``page.progress_dialog``). Restore closes
the store on the DB lane, restores, and reopens it in place
(``SecuritySession.with_store_closed``); if it cannot be reopened, the program says so and
closes rather than run on a closed store.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from dpo_desk.services.backups import RestorePlan
from dpo_desk.ui import crash
from dpo_desk.ui.pages import backups_progress
from dpo_desk.ui.pages.backups_plan import plan_details
from dpo_desk.ui.pages.backups_tasks import (
    ProgressRelay,
    announce_data_replaced,
    preview_restore,
    restore_in_place,
)
from dpo_desk.ui.security.session import ReopenFailed, session_for
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.progress import busy_dialog, close_dialog

if TYPE_CHECKING:
    from dpo_desk.ui.pages.backups import BackupsPage

log = logging.getLogger(__name__)


class RestoreFlow(QObject):
    """Restore the backup selected on the page, from the click to the words after."""

    def __init__(self, page: BackupsPage) -> None:
        super().__init__(page)
        self.page = page
        self.app = page.app

    def start(self) -> None:
        page = self.page
        info = page.selected()
        if info is None:
            page.status.error(self.tr("Select a backup first."))
            return
        if info.ok is False:
            page.status.error(self.tr("This backup is damaged: it cannot be restored."))
            return
        session = session_for(self.app)
        if session is None or session.store is None:
            page.status.error(
                self.tr("Restore is not available in this window: use “dpo-desk backup restore”.")
            )
            return
        path = info.path
        page.with_auth(self.tr("restoring a backup"), lambda: self._plan(path))

    def _plan(self, path: Path) -> None:
        ctx = self.app.ctx
        self.page.status.ok(self.tr("Verifying %1 before the restore…").replace("%1", path.name))
        self.app.tasks.run(
            lambda: preview_restore(ctx, path),
            lambda plan: self._ask(path, plan),
            lambda exc: self.page.verify_failed(path, exc),
        )

    def _ask(self, path: Path, plan: RestorePlan) -> None:
        self.page.refresh()
        when = labels.fmt_datetime(plan.backup_created_at)
        text = self.tr("Replace the current data with the backup of %1?").replace("%1", when)
        if plan.other_installation:  # same passphrase or not: never without a word
            text = self.tr(
                "This backup was made by another installation of DPO Desk (another "
                "computer or data directory), not this one. Replace the current data "
                "with it anyway?"
            )
        details = plan_details(plan)
        details += "\n\n" + self.tr(
            "What DPO Desk holds now is backed up first (a “pre-restore” backup), then "
            "replaced. The restore is recorded in the audit trail."
        )
        self.page.confirm(
            self.tr("Restore a backup"),
            text,
            details,
            self.tr("Restore"),
            lambda: self._restore(path, plan.other_installation),
        )

    def _restore(self, path: Path, other: bool = False) -> None:
        page = self.page
        session = session_for(self.app)
        if session is None:
            return
        busy = busy_dialog(
            page,
            self.tr("Restoring %1…").replace("%1", path.name),
            self.tr("Restoring"),
            self.tr("Restore progress"),
        )
        page.progress_dialog = busy
        relay = ProgressRelay(self)
        relay.moved.connect(lambda stage, done, total: self.show_progress(busy, stage, done, total))

        def finish() -> None:
            page.progress_dialog = None
            relay.deleteLater()
            close_dialog(busy)

        restore_in_place(
            self.app, session, path, finish, self._restored, self._failed, other, relay.report
        )

    def show_progress(self, busy: QProgressDialog, stage: str, done: int, total: int) -> None:
        """Where a restore is: minutes at a million cases, with no Cancel, so the words
        must move."""
        if self.page.progress_dialog is busy:  # else it finished meanwhile
            backups_progress.show_restore(busy, stage, done, total)

    def _restored(self, plan: RestorePlan) -> None:
        message = self.tr("Restored the backup of %1.").replace(
            "%1", labels.fmt_datetime(plan.backup_created_at)
        )
        if plan.pre_restore_backup:
            message += " " + self.tr("The data replaced is kept in %1.").replace(
                "%1", plan.pre_restore_backup
            )
        self.page.status.ok(message)
        announce_data_replaced(self.app.signals)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ReopenFailed):
            self._fatal(exc)
            return
        self.page.status.error(
            self.tr("The restore did not happen: %1").replace("%1", crash.describe(exc))
        )
        self.page.refresh()

    def _fatal(self, exc: BaseException) -> None:
        """The store could not be reopened: say so and close, never run on a closed store."""
        log.error("closing: %s", exc)
        page = self.page
        page.window().setEnabled(False)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("DPO Desk must close"),
            self.tr(
                "DPO Desk could not reopen its data after the restore, so it will close. "
                "Start it again."
            ),
            QMessageBox.StandardButton.Ok,
            None,
        )
        box.setInformativeText(crash.describe(exc))
        box.setAccessibleName(self.tr("DPO Desk must close"))
        box.finished.connect(lambda _r: QApplication.quit())
        page.confirm_box = box
        box.open()
