"""The inspection pack from the window: where, in which language, names or pseudonyms;
then the DPO is told what personal data the pack holds and confirms; the pack is written
off the GUI thread with progress and Cancel (a cancel leaves no half pack: the service
writes a hidden folder and renames it at the end). Also "Print the register…"."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services import inspection
from dpo_desk.services.register_export import export_register
from dpo_desk.ui import crash
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine, explanation
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.progress import modal_progress


class _Relay(QObject):
    """Carries ``progress(done, total, file)`` from the worker to the GUI thread."""

    changed = Signal(int, int, str)
    # ``(requests written, requests in all)`` while the request log is written.
    rows = Signal(int, int)


class InspectionDialog(QDialog):
    """Choose, confirm, write. ``pack_result`` holds the PackResult once written."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.pack_result: inspection.PackResult | None = None
        self.confirm_box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Inspection pack"))
        self.setMinimumWidth(640)
        self.folder = QLineEdit(str(Path.home() / f"inspection-pack-{date.today()}"), self)
        self.folder.setAccessibleName(self.tr("Folder of the pack"))
        browse = QPushButton(self.tr("C&hoose…"), self)
        browse.clicked.connect(self.choose)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("French"), "fr")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(labels.language())))
        self.sheets = QComboBox(self)
        self.sheets.addItem(self.tr("XLSX and ODS"), ("xlsx", "ods"))
        self.sheets.addItem("XLSX", ("xlsx",))
        self.sheets.addItem("ODS", ("ods",))
        self.names = QCheckBox(
            self.tr(
                "Include persons' names in the request log and the "
                "directives (otherwise pseudonyms)"
            ),
            self,
        )
        self.status = StatusLine(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = self.buttons.addButton(
            self.tr("&Write the pack…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        # A row of a layout gets no buddy from addRow: the label is given its field, or
        # it showed "&Folder" and Alt+F went nowhere.
        self.folder_label = QLabel(self.tr("&Folder (new or empty)"), self)
        self.folder_label.setBuddy(self.folder)
        form.addRow(self.folder_label, where)
        form.addRow(self.tr("&Language"), self.lang)
        form.addRow(self.tr("&Spreadsheets"), self.sheets)
        form.addRow("", self.names)
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "What the CNIL or the CAI asks for on the day of an inspection: the register "
                    "(PDF and spreadsheets), recipients and transfers, post-mortem directives, the "
                    "request log with every deadline and whether it was met, the incident register "
                    "and a certificate of the audit chain, each file listed with its SHA-256 in an "
                    "index signed with this store's key."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to put the pack"))
        if folder:
            self.folder.setText(str(Path(folder) / f"inspection-pack-{date.today()}"))

    def options(self) -> inspection.PackOptions:
        return inspection.PackOptions(
            str(self.lang.currentData()), self.names.isChecked(), tuple(self.sheets.currentData())
        )

    def start(self) -> None:
        """Count what the pack will hold, then ask the DPO (the warning)."""
        ctx, target, options = self.app.ctx, self.target(), self.options()
        self.write_button.setEnabled(False)
        self.app.tasks.run(
            lambda: inspection.preview(ctx, target, options), self.confirm, self.failed
        )

    def target(self) -> Path:
        return Path(self.folder.text().strip())

    def warning_text(self, p: inspection.PackPreview) -> str:
        named = self.names.isChecked()
        n = QLocale().toString  # "100 000 demandes", "100,000 requests"
        who = (
            self.tr("with the persons' names")
            if named
            else self.tr("with pseudonyms instead of names")
        )
        return "\n".join(
            [
                self.tr("The pack will contain personal data:"),
                self.tr("• the request log: {0} requests, {1}; no e-mail, address or note;").format(
                    n(p.requests), who
                ),
                self.tr("• post-mortem directives: {0}, {1};").format(n(p.directives), who),
                self.tr("• the incident register: {0} incidents, as described in DPO Desk;").format(
                    n(p.incidents)
                ),
                self.tr(
                    "• the register ({0} activities): the names and contacts of the "
                    "controller, the DPO and the processors."
                ).format(n(p.activities)),
                "",
                self.tr("Hand it only to the authority, over a secure channel. Write it now?"),
            ]
        )

    def confirm(self, p: inspection.PackPreview) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Personal data in the pack"),
            self.warning_text(p),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm_box = box
        answer = box.exec()
        self.confirm_box = None
        if answer != QMessageBox.StandardButton.Yes:
            self.write_button.setEnabled(True)
            self.status.ok(self.tr("Nothing was written."))
            return
        self.write(self.target())

    def write(self, target: Path) -> None:
        ctx, options = self.app.ctx, self.options()
        cancel = threading.Event()
        relay = _Relay(self)
        # The bar, not the dialog, is moved (modal_progress): a row count delivered inside
        # the dialog's own setValue() was overwritten by this file's name.
        dialog, bar = modal_progress(
            self,
            self.tr("Writing the inspection pack…"),
            self.tr("Cancel"),
            self.tr("Inspection pack"),
        )
        self.progress = dialog
        dialog.show()  # at once: its own setValue() used to show it

        step = ""

        def show(done: int, total: int, name: str) -> None:
            nonlocal step
            step = self.tr("Writing {0} ({1} of {2})…").format(name, done + 1, total)
            dialog.setLabelText(step)
            bar.setMaximum(max(total, 1))
            bar.setValue(done)

        def show_rows(written: int, cases: int) -> None:
            # The request log of a million cases takes minutes: say where it is.
            n = QLocale().toString
            count = self.tr("{0} of {1} requests").format(n(written), n(cases))
            dialog.setLabelText(f"{step}\n{count}")

        relay.changed.connect(show)
        relay.rows.connect(show_rows)
        dialog.canceled.connect(cancel.set)

        def finish() -> None:
            dialog.canceled.disconnect(cancel.set)
            dialog.close()
            dialog.deleteLater()
            self.progress = None

        def done(result: inspection.PackResult) -> None:
            finish()
            self.pack_result = result
            self.status.ok(
                self.tr("Pack written to {0}: {1} files, signed (key fingerprint {2}).").format(
                    str(result.path), len(result.files), result.fingerprint
                )
            )
            self.write_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            finish()
            self.failed(exc)

        self.app.tasks.run(
            lambda: inspection.build_pack(
                ctx, target, options, relay.changed.emit, cancel.is_set, relay.rows.emit
            ),
            done,
            failed,
        )

    def failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(True)
        self.status.error(crash.describe(exc))


def print_register(app: AppContext, parent: QWidget, status: StatusLine) -> None:
    """Ask where and in which format, then write the register off the GUI thread."""
    lang = labels.language()
    tr = QCoreApplication
    filters = {
        tr.translate("PrintRegister", "PDF in the CNIL model's layout (*.pdf)"): "pdf",
        tr.translate("PrintRegister", "Excel workbook (*.xlsx)"): "xlsx",
        tr.translate("PrintRegister", "OpenDocument spreadsheet (*.ods)"): "ods",
    }
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        tr.translate("PrintRegister", "Print the register"),
        str(Path.home() / f"register-{date.today()}.pdf"),
        ";;".join(filters),
    )
    if not name:
        return
    fmt = filters.get(chosen, Path(name).suffix.lstrip(".").lower() or "pdf")
    path = Path(name)
    if path.suffix.lower() != f".{fmt}":
        path = path.with_suffix(f".{fmt}")
    ctx = app.ctx
    app.tasks.run(
        lambda: export_register(ctx, fmt, lang, path),
        lambda r: status.ok(
            tr.translate("PrintRegister", "Register written to {0} ({1} activities).").format(
                str(r.path), r.activities
            )
        ),
        lambda exc: status.error(crash.describe(exc)),
    )
