"""Backups, exports and retention: the list of backups and their verification, the last
good backup and whether it is overdue, back up now (with progress and Cancel), verify,
restore (after the passphrase again and a plan to confirm, run by
``backups_restore.RestoreFlow``); the request register export and the retention purge are
run by ``backups_actions.RegisterAndRetention``.

Every slow call runs in the background (``ui.background``): a backup and a verification
on the pool (files, the store read on their own connection, so the pages are not held up),
the rest on the DB lane.

This module holds the page and every word it says (its class name is their translation
context); its widgets are made in ``backups_layout``, the table's rows in
``backups_list``, and what runs on the DB worker in ``backups_tasks``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from dpo_desk.errors import UserError
from dpo_desk.services import backups as backup
from dpo_desk.services.backups import BackupCancelled, BackupInfo, BackupStatus
from dpo_desk.services.secrets import LockState
from dpo_desk.ui import crash
from dpo_desk.ui.background import BackgroundOp, Lane, OpHandle
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.page import Page
from dpo_desk.ui.pages import backups_progress
from dpo_desk.ui.pages.backups_actions import RegisterAndRetention
from dpo_desk.ui.pages.backups_incidents import IncidentRetention
from dpo_desk.ui.pages.backups_layout import FORMATS, BackupsLayout
from dpo_desk.ui.pages.backups_list import (
    BAD_COLOUR,
    GOOD_STYLE,
    OK_COLOUR,
    OVERDUE_STYLE,
    PENDING_COLOUR,
    WARN_STYLE,
    fill_table,
    made_at,
    reselect,
)
from dpo_desk.ui.pages.backups_restore import RestoreFlow
from dpo_desk.ui.pages.backups_tasks import (
    FolderState,
    ProgressRelay,
    preview_restore,
    read_folder,
)
from dpo_desk.ui.security.lock import ReauthDialog, require_auth
from dpo_desk.ui.security.scheduler import backup_folder
from dpo_desk.ui.security.session import session_for
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.buttons import label_button
from dpo_desk.ui.widgets.confirm import ask_destructive
from dpo_desk.ui.widgets.progress import close_dialog, progress_dialog

__all__ = ["FORMATS", "BackupsPage", "made_at", "preview_restore"]

log = logging.getLogger(__name__)


class BackupsPage(Page, BackupsLayout):
    """Backups (list, status, back up now, verify, restore, open folder), the request
    register export and the retention purge."""

    key = "backups"
    COLUMNS = 7

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.backups: list[BackupInfo] = []
        self.backup_state: BackupStatus | None = None
        self.folder: Path = Path(app.ctx.data_dir) / "backups"
        self.progress_dialog: QProgressDialog | None = None
        self.backup_op: OpHandle | None = None
        self.confirm_box: QMessageBox | None = None
        self.reauth_dialog: ReauthDialog | None = None
        self._own_lock: LockState | None = None
        self._progress = ProgressRelay(self)
        self._progress.moved.connect(self._show_progress)
        self.setup_ui(self)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.verify_selected())
        self.backup_button.clicked.connect(self.back_up_now)
        self.verify_button.clicked.connect(self.verify_selected)
        self.open_button.clicked.connect(self.open_folder)
        self.register_actions = RegisterAndRetention(self)
        self.export_button.clicked.connect(self.register_actions.export_register)
        self.preview_button.clicked.connect(self.register_actions.preview_retention)
        self.purge_button.clicked.connect(self.register_actions.purge)
        self.evidence_button.clicked.connect(self.register_actions.purge_evidence)
        self.incident_retention = IncidentRetention(self)
        self.restore_flow = RestoreFlow(self)
        self.restore_button.clicked.connect(self.restore_flow.start)
        self.preview_button.clicked.connect(self.incident_retention.load)
        app.signals.backup_done.connect(self.refresh)
        app.signals.settings_changed.connect(self.refresh)
        self.retranslate()
        self._selection_changed(announce=False)

    # -- Page -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Backups and retention")

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.title_label.setAccessibleName(self.title())
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Size"),
                self.tr("Verification"),
                self.tr("Cases"),
                self.tr("Documents"),
                self.tr("Audit entries"),
                self.tr("File"),
            ]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setToolTip(self.tr("Double-click a backup to verify it again"))
        texts = {
            self.backup_button: (
                self.tr("&Back up now"),
                self.tr("Make a backup now; it counts only once it has been read back in full"),
            ),
            self.verify_button: (
                self.tr("&Verify"),
                self.tr("Read the selected backup back in full and check every byte"),
            ),
            self.restore_button: (
                self.tr("&Restore…"),
                self.tr("Replace the current data with the selected backup (asks first)"),
            ),
            self.open_button: (
                self.tr("Open &folder"),
                self.tr("Show the backup folder in the file manager"),
            ),
        }
        for button, (text, tip) in texts.items():
            label_button(button, text, tip)
        self.register_actions.retranslate()
        self.incident_retention.retranslate()
        self.status.setAccessibleName(self.tr("Outcome of the last action"))
        self._show_state()

    def refresh(self) -> None:
        ctx = self.app.ctx
        (
            BackgroundOp(self, lambda _h: read_folder(ctx))
            .success(self._loaded)
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )
        self.incident_retention.load()

    # -- the list ---------------------------------------------------------------------

    def _loaded(self, data: FolderState) -> None:
        self.folder, self.backups, self.backup_state = data.folder, data.backups, data.status
        self.every_hours, self.keep_days = data.every_hours, data.keep_days
        self.encrypted = data.encrypted
        selected = self.selected()
        fill_table(self.table, self.backups, self._verdict)
        if selected is not None:
            reselect(self.table, self.backups, selected.path)
        self._show_state()
        self._selection_changed(announce=False)

    def _verdict(self, info: BackupInfo) -> tuple[str, QColor]:
        if info.ok:
            return self.tr("✓ Sound"), OK_COLOUR
        if info.ok is False:
            return self.tr("✗ Damaged: cannot be restored"), BAD_COLOUR
        return self.tr("Not verified yet"), PENDING_COLOUR

    def _show_state(self) -> None:
        state = self.backup_state
        if state is None:
            self.state_label.setText(self.tr("Reading the backup folder…"))
            self.state_label.setStyleSheet("")
            return
        if state.last_good_at is None:
            text = self.tr("⚠ No verified backup yet. Make one now.")
            style = OVERDUE_STYLE
        elif state.overdue:
            text = self.tr("⚠ Backup overdue. Last good backup: %1.").replace(
                "%1", labels.fmt_datetime(state.last_good_at)
            )
            style = OVERDUE_STYLE
        else:
            text = self.tr("✓ Last good backup: %1.").replace(
                "%1", labels.fmt_datetime(state.last_good_at)
            )
            style = GOOD_STYLE
        if state.count_bad:
            text += " " + self.tr("%n damaged backup(s) in the folder.", "", state.count_bad)
            if style is GOOD_STYLE:
                style = WARN_STYLE
        self.state_label.setText(text)
        self.state_label.setStyleSheet(style)
        self.state_label.setAccessibleName(text)
        hours = getattr(self, "every_hours", 24)
        schedule = (
            self.tr("Automatic backups are off (Settings).")
            if hours <= 0
            else self.tr("Automatic backup every %n hour(s) when something changed.", "", hours)
        )
        where = (
            self.tr("Folder: %1. %2 Backups are encrypted like the data and thinned over time.")
            if getattr(self, "encrypted", True)
            # A plain store's backup is sealed with a public key: damage is detected, but
            # anyone who has the file can read it (backup.archive).
            else self.tr(
                "Folder: %1. %2 The data are not encrypted, nor are their backups (anyone "
                "with the file can read it; damage is detected). Backups are thinned over time."
            )
        )
        self.where_label.setText(where.replace("%1", str(self.folder)).replace("%2", schedule))
        days = getattr(self, "keep_days", None)
        self.retention_intro.setText(
            self.tr(
                "Closed cases are kept %1 days after closure, then anonymised: names, "
                "contact details, notes and files go; dates and outcomes stay for statistics."
            ).replace("%1", str(days) if days is not None else "…")
        )

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]

    def _selection_changed(self, announce: bool = True) -> None:
        info = self.selected()
        if announce and info is not None and info.ok is False:
            self.status.error(
                self.tr("%1 is damaged: %2")
                .replace("%1", info.path.name)
                .replace("%2", info.reason)
            )
        self.verify_button.setEnabled(info is not None)
        self.restore_button.setEnabled(info is not None and info.ok is not False)

    # -- back up now -----------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.progress_dialog is not None:
            return
        dialog = progress_dialog(
            self,
            self.tr("Backing up"),
            self.tr("Copying the database…"),
            self.tr("Cancel"),
            auto_close=False,
        )
        dialog.setAccessibleName(self.tr("Backup progress"))
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self.cancel_backup)
        self.progress_dialog = dialog
        dialog.show()
        self.backup_button.setEnabled(False)
        self.status.ok(self.tr("Backing up…"))
        ctx, report = self.app.ctx, self._progress.report
        # the pool, not the DB lane: a long backup (own read connection) holds up no page
        self.backup_op = (
            BackgroundOp(
                self,
                lambda h: backup.create(
                    ctx, to_dir=backup_folder(ctx), progress=report, cancel=h.event
                ),
            )
            .success(self._backed_up)
            .failure(self._backup_failed)
            .run_in(Lane.POOL, self.app.tasks)
        )

    def cancel_backup(self) -> None:
        if self.backup_op is not None:
            self.backup_op.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Cancelling…"))

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None or (self.backup_op is not None and self.backup_op.cancelled):
            return
        backups_progress.show_backup(dialog, stage, done, total)

    def _end_progress(self) -> None:
        dialog, self.progress_dialog, self.backup_op = self.progress_dialog, None, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel_backup)
            close_dialog(dialog)
        self.backup_button.setEnabled(True)

    def _backed_up(self, info: BackupInfo | None) -> None:
        self._end_progress()
        if info is not None:
            self.status.ok(
                self.tr("Backup made and verified: %1 (%2).")
                .replace("%1", info.path.name)
                .replace("%2", QLocale().formattedDataSize(info.size))
            )
        self.app.signals.backup_done.emit()

    def _backup_failed(self, exc: BaseException) -> None:
        self._end_progress()
        if isinstance(exc, BackupCancelled):
            self.status.ok(self.tr("Backup cancelled; nothing was kept."))
        else:
            self.status.error(crash.describe(exc))
        self.refresh()

    # -- verify, open ----------------------------------------------------------------

    def verify_selected(self) -> None:
        info = self.selected()
        if info is None:
            self.status.error(self.tr("Select a backup first."))
            return
        ctx, path = self.app.ctx, info.path
        self.status.ok(self.tr("Verifying %1…").replace("%1", path.name))
        (
            BackgroundOp(self, lambda _h: backup.verify(path, data_dir=ctx.data_dir))
            .success(self._verified)
            .failure(lambda exc: self.verify_failed(path, exc))
            .run_in(Lane.POOL, self.app.tasks)
        )  # reading a file: the pool

    def _verified(self, info: BackupInfo) -> None:
        self.status.ok(
            self.tr("%1 is sound: every byte checked, %2 cases, %3 audit entries.")
            .replace("%1", info.path.name)
            .replace("%2", str(info.counts.get("cases", 0)))
            .replace("%3", str(info.audit_count))
        )
        self.refresh()

    def verify_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, backup.BadBackup):
            self.status.error(
                self.tr("%1 is damaged and cannot be restored: %2")
                .replace("%1", path.name)
                .replace("%2", crash.describe(exc))
            )
        else:
            self.status.error(crash.describe(exc))
        self.refresh()

    def open_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))):
            self.status.error(
                self.tr("Cannot open the folder %1 here.").replace("%1", str(self.folder))
            )

    # -- re-authentication ---------------------------------------------------------------

    def _lock_state(self) -> LockState:
        session = session_for(self.app)
        if session is not None:
            return session.lock_state
        if self._own_lock is None:
            self._own_lock = LockState(self.app.ctx.data_dir, ctx=self.app.ctx)
        return self._own_lock

    def with_auth(self, action: str, then: Callable[[], None]) -> None:
        """``then()`` once the passphrase was typed in the last 2 minutes, or again
        (``require_auth``; at once on plain data): a restore, an export or a purge is never
        one click away from anyone at an unlocked desk. The page's controllers call it."""
        try:
            self.reauth_dialog = require_auth(self._lock_state(), self, action, then)
        except UserError as exc:
            self.status.error(crash.describe(exc))

    def confirm(
        self, title: str, text: str, details: str, yes: str, then: Callable[[], None]
    ) -> None:
        """Ask before a destructive step (the box is ``confirm_box``); a "no" says that
        nothing changed."""

        def answered(chosen: bool) -> None:
            self.confirm_box = None
            if chosen:
                then()
            else:
                self.status.ok(self.tr("Cancelled; nothing changed."))

        no = self.tr("Cancel")
        self.confirm_box, _yes = ask_destructive(self, title, text, details, yes, no, answered)

    # -- export ----------------------------------------------------------------------

    def ask_export_path(self, fmt: str) -> Path | None:
        """Where to write the export (tests replace this on the page)."""
        return self.register_actions.choose_export_path(fmt)
