"""Under an incident's tabs: complete the facts of the incident shown (the intake dialog
in edit mode), close it, and export the whole register for the authority (GDPR Art.
33(5); r. 3.1 s. 6) as CSV, XLSX or PDF.

A refusal to close (a GDPR incident with neither notice nor decision not to notify) is
shown in a message box; nothing typed in the tabs is touched. The export is a bulk export:
the passphrase is asked again first, as for the request register (reliability.md).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from dpo_desk.errors import UserError
from dpo_desk.services import incident_actions
from dpo_desk.services.incident_dto import IncidentDetail
from dpo_desk.services.secrets import LockState
from dpo_desk.ui import crash, i18n
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine
from dpo_desk.ui.incidents.intake import IncidentIntakeDialog, named
from dpo_desk.ui.incidents.view import IncidentView
from dpo_desk.ui.security.lock import ReauthDialog, require_auth
from dpo_desk.ui.security.session import session_for
from dpo_desk.ui.widgets.buttons import label_button

# The register's formats: (code given to the service, name shown).
FORMATS = (("csv", "CSV"), ("xlsx", "Excel (XLSX)"), ("pdf", "PDF"))


class IncidentActions(QWidget):
    """The Edit, Close and Export buttons of the incident shown in ``view``."""

    def __init__(self, app: AppContext, view: IncidentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.view = app, view
        self.refusal_box: QMessageBox | None = None
        self.reauth_dialog: ReauthDialog | None = None
        self._own_lock: LockState | None = None
        self.edit_dialog: IncidentIntakeDialog | None = None
        self.edit_button = named(QPushButton(self), "incident_edit")
        self.edit_button.clicked.connect(self.edit_incident)
        self.close_button = named(QPushButton(self), "incident_close")
        self.close_button.clicked.connect(self.close_incident)
        self.export_format = named(QComboBox(self), "incident_export_format")
        for code, name in FORMATS:
            self.export_format.addItem(name, code)
        self.export_button = named(QPushButton(self), "incident_export")
        self.export_button.clicked.connect(self.export_register)
        self.status = StatusLine(self)
        self.status.setObjectName("incident_actions_status")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit_button)
        row.addWidget(self.close_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.export_format)
        row.addWidget(self.export_button)
        view.changed.connect(lambda _ref: self.follow())
        self.retranslate()
        self.follow()

    def retranslate(self) -> None:
        label_button(
            self.edit_button,
            self.tr("Ed&it…"),
            self.tr(
                "Complete or correct the facts of the incident as they arrive "
                "(people, consequences, measures, advice to the persons)"
            ),
        )
        label_button(
            self.close_button,
            self.tr("C&lose the incident"),
            self.tr("Close the incident once it is handled; its entry stays in the register"),
        )
        label_button(
            self.export_button,
            self.tr("E&xport the register…"),
            self.tr("The incident register for the authority: every incident, notified or not"),
        )
        self.export_format.setAccessibleName(self.tr("Export format"))

    def follow(self) -> None:
        """Enable Edit and Close for an open incident only."""
        d = self.view.detail
        self.close_button.setEnabled(d is not None and d.summary.status == "open")
        self.edit_button.setEnabled(d is not None and d.summary.status == "open")

    # -- edit ---------------------------------------------------------------------

    def edit_incident(self) -> None:
        """The intake dialog, prefilled; saved through the service, refusals shown in it."""
        d = self.view.detail
        if d is None:
            return
        self.edit_dialog = IncidentIntakeDialog(self.app, self, editing=d)
        if self.edit_dialog.exec() and self.edit_dialog.detail is not None:
            changed = self.edit_dialog.detail
            self.view.show_detail(changed)
            self.status.ok(self.tr("%1 updated.").replace("%1", changed.reference))
            self.view.changed.emit(changed.reference)

    # -- close --------------------------------------------------------------------

    def close_incident(self) -> None:
        d = self.view.detail
        if d is None:
            return
        ctx, ref = self.app.ctx, d.reference
        (
            BackgroundOp(self, lambda _h: incident_actions.close(ctx, ref))
            .success(self._closed)
            .refusal(self._refused)
            .run_in(Lane.DB, self.app.tasks)
        )

    def _closed(self, detail: IncidentDetail) -> None:
        self.view.show_detail(detail)
        self.status.ok(
            self.tr("%1 closed; its entry stays in the register.").replace("%1", detail.reference)
        )
        self.view.changed.emit(detail.reference)

    def _refused(self, text: str) -> None:
        self.refusal_box = crash.show_refusal(text, self)

    # -- export -------------------------------------------------------------------

    def _lock_state(self) -> LockState:
        session = session_for(self.app)
        if session is not None:
            return session.lock_state
        if self._own_lock is None:
            self._own_lock = LockState(self.app.ctx.data_dir, ctx=self.app.ctx)
        return self._own_lock

    def export_register(self) -> None:
        fmt = str(self.export_format.currentData())
        try:
            self.reauth_dialog = require_auth(
                self._lock_state(),
                self,
                self.tr("exporting the incident register"),
                lambda: self._export(fmt),
            )
        except UserError as exc:  # a refusal of the lock: said, not raised
            self.status.error(crash.describe(exc))

    def _export(self, fmt: str) -> None:
        default = Path.home() / f"dpo-desk-incidents-{date.today().isoformat()}.{fmt}"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the incident register"), str(default), f"{fmt.upper()} (*.{fmt})"
        )
        if not name:
            self.status.ok(self.tr("Export cancelled; nothing written."))
            return
        path = Path(name)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        ctx, lang = self.app.ctx, i18n.current()
        (
            BackgroundOp(self, lambda _h: incident_actions.export_register(ctx, fmt, path, lang))
            .success(
                lambda result: self.status.ok(
                    self.tr("%n incident(s) exported to %1.", "", result.rows).replace(
                        "%1", str(result.path)
                    )
                )
            )
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )
