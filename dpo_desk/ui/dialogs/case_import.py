"""Importing requests from a web-form export: file, preview, mapping, refusals, progress.

The DPO chooses a .csv or .xlsx file; its first rows are shown as they are in the file,
and under them which column holds which field (guessed from the French or English
headers, corrected with the boxes). "Check" reads every row and lists every refusal with
its line; "Import" does the same and, only if no row is refused, imports them all in one
transaction. Both run on the task runner, never the GUI thread, with a progress bar whose
Cancel rolls everything back (services.case_import).
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import Phrase
from dpo_desk.services.case_import import CaseImportRefused, CaseImportReport, import_cases
from dpo_desk.services.import_mapping import FIELDS, REQUIRED, guess_mapping
from dpo_desk.services.import_rows import RowRefusal
from dpo_desk.services.import_table import Table, read_table
from dpo_desk.services.registers.csvio import ImportCancelled
from dpo_desk.ui import crash, i18n
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine

PREVIEW_ROWS = 8


class _Relay(QObject):
    """Carries ``progress(done, total)`` from the worker to the GUI thread."""

    changed = Signal(int, int)


class CaseImportDialog(QDialog):
    """The import of a web-form export, from the Cases page."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.path: Path | None = None
        self.table: Table | None = None
        self.cancel_event: threading.Event | None = None
        self.report: CaseImportReport | None = None
        self.relay = _Relay(self)
        self.relay.changed.connect(self._progress)
        self.setMinimumSize(900, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        top.addWidget(self.file_label)
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)
        self.preview_box = QGroupBox()
        preview_layout = QVBoxLayout(self.preview_box)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        preview_layout.addWidget(self.preview)
        layout.addWidget(self.preview_box, 2)
        self.mapping_box = QGroupBox()
        grid = QGridLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        self.field_labels: dict[str, QLabel] = {}
        for i, field in enumerate(FIELDS):
            form = QFormLayout()
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            label = QLabel()
            label.setBuddy(combo)
            form.addRow(label, combo)
            grid.addLayout(form, i // 3, i % 3)
            self.combos[field] = combo
            self.field_labels[field] = label
        layout.addWidget(self.mapping_box)
        self.refusals_label = QLabel()
        self.refusals_label.setWordWrap(True)
        layout.addWidget(self.refusals_label)
        self.refusals = QTableWidget(0, 2)
        self.refusals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refusals.verticalHeader().hide()
        self.refusals.horizontalHeader().setStretchLastSection(True)
        self.refusals.setColumnWidth(0, 90)
        layout.addWidget(self.refusals, 2)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status = StatusLine()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.check_button = QPushButton()
        self.import_button = QPushButton()
        self.cancel_button = QPushButton()
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        for button in (self.check_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.refusals.hide()
        self.retranslate()
        self._set_running(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import requests from a web-form export"))
        self.file_label.setText(self.tr("File:"))
        self.file_edit.setPlaceholderText(self.tr("A .csv or .xlsx export of the form"))
        self.choose_button.setText(self.tr("Choose…"))
        self.preview_box.setTitle(self.tr("First rows of the file"))
        self.mapping_box.setTitle(self.tr("Which column holds what (* required)"))
        names = {
            "name": self.tr("Name"),
            "email": self.tr("E-mail"),
            "received": self.tr("Received on"),
            "rights": self.tr("Rights"),
            "channel": self.tr("Channel"),
            "notes": self.tr("Notes"),
            "jurisdiction": self.tr("Jurisdiction"),
            "address": self.tr("Postal address"),
            "phone": self.tr("Phone"),
        }
        for field, label in self.field_labels.items():
            shown = self.tr("{0} *:") if field in REQUIRED else self.tr("{0}:")
            label.setText(shown.format(names[field]))
            self.combos[field].setAccessibleName(names[field])
        self.refusals.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Reason")])
        self.check_button.setText(self.tr("Check"))
        self.import_button.setText(self.tr("Import"))
        self.cancel_button.setText(self.tr("Cancel") if self.cancel_event else self.tr("Close"))

    # -- the file -----------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a web-form export"),
            "",
            self.tr("Form exports (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the first rows of ``path`` (on the task runner) and guess the mapping."""
        self.path = path
        self.file_edit.setText(str(path))
        self._clear_refusals()
        self.status.ok(self.tr("Reading {0}…").format(path.name))
        self.app.tasks.run(
            lambda: read_table(path, limit=PREVIEW_ROWS), self._loaded, self._load_failed
        )

    def _loaded(self, table: Table) -> None:
        self.table = table
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(table.rows))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([str(line) for line, _ in table.rows])
        for r, (_line, cells) in enumerate(table.rows):
            for c, value in enumerate(cells[: len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(_shown(value)))
        self.preview.resizeColumnsToContents()
        guess = guess_mapping(table.headers)
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for i, header in enumerate(table.headers):
                combo.addItem(header or self.tr("column {0}").format(i + 1), i)
            index = guess[field]
            combo.setCurrentIndex(0 if index is None else index + 1)
        self.status.ok(self.tr("Check the columns, then Check or Import."))
        self._set_running(False)

    def _load_failed(self, exc: BaseException) -> None:
        self.table = None
        self.status.error(crash.describe(exc))
        self._set_running(False)

    def mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    # -- check and import -----------------------------------------------------------------

    def start(self, *, dry_run: bool) -> None:
        path = self.path
        if path is None or self.table is None:
            return
        self._clear_refusals()
        cancel = threading.Event()
        self.cancel_event = cancel
        self._set_running(True)
        self.progress.setRange(0, 0)
        self.status.ok(self.tr("Checking every row…") if dry_run else self.tr("Importing…"))
        ctx, mapping, emit = self.app.ctx, self.mapping(), self.relay.changed.emit
        self.app.tasks.run(
            lambda: import_cases(ctx, path, mapping, dry_run=dry_run, progress=emit, cancel=cancel),
            self._finished,
            self._failed,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, report: CaseImportReport) -> None:
        self._set_running(False)
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if report.dry_run:
            if report.refusals:
                self._show_refusals(report.refusals)
                return
            self.status.ok(self.tr("{0} rows checked: all can be imported.").format(report.rows))
            return
        self.status.ok(
            self.tr("{0} requests imported ({1} to {2}).").format(
                report.imported, report.references[0], report.references[-1]
            )
        )
        self.app.signals.case_changed.emit(report.references[0])

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, CaseImportRefused):
            self._show_refusals(exc.refusals)
            return
        if isinstance(exc, ImportCancelled):
            self.status.error(self.tr("Import cancelled: nothing was imported."))
            return
        self.status.error(crash.describe(exc))

    def _show_refusals(self, refusals: list[RowRefusal]) -> None:
        lang = i18n.current()
        self.refusals_label.setText(
            self.tr(
                "{0} row(s) refused; nothing was imported. Correct the file, then import it again."
            ).format(len(refusals))
        )
        self.refusals_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.refusals.setRowCount(len(refusals))
        for r, refusal in enumerate(refusals):
            where = Phrase("line {n}", n=refusal.line).render(lang)
            self.refusals.setItem(r, 0, QTableWidgetItem(where))
            self.refusals.setItem(r, 1, QTableWidgetItem(refusal.render(lang)))
        self.refusals.show()
        self.status.setText("")

    def _clear_refusals(self) -> None:
        self.refusals_label.setText("")
        self.refusals.setRowCount(0)
        self.refusals.hide()

    def cancel_or_close(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()
            self.status.ok(self.tr("Cancelling…"))
            return
        self.reject()

    def _set_running(self, running: bool) -> None:
        if not running:
            self.cancel_event = None
        ready = self.table is not None and not running
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.choose_button.setEnabled(not running)
        for combo in self.combos.values():
            combo.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))


def _shown(value: Any) -> str:
    """A cell as the preview shows it: a spreadsheet date in ISO form, text on one line."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"
