"""Documents tab: what is attached to the case; attach by button or by dropping files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.text import show_controls
from dpo_desk.services.dto import CaseDetail
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.files import AcceptsFileDrops


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024 or unit == "MB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class DocumentsTab(AcceptsFileDrops, QWidget):
    """Signals:
    attach_files(list): paths chosen or dropped, to attach to the case.
    """

    attach_files = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self.choose_files)
        row.addWidget(self.attach_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.detail: CaseDetail | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Size"), self.tr("Added")]
        )
        self.table.setAccessibleName(self.tr("Documents of the case"))
        self.attach_button.setText(self.tr("&Attach files…"))
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        self.attach_button.setToolTip(self.tr("PDF, PNG, JPEG or plain text, up to 25 MB each"))
        self.hint.setText(
            self.tr(
                "Tip: drop files here to attach them. Identity document "
                "copies are destroyed as soon as identity is verified."
            )
        )
        if self.detail:
            self.set_detail(self.detail)

    def set_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        docs = detail.documents
        self.table.setRowCount(len(docs))
        for row, d in enumerate(docs):
            # A direction override can disguise a name ("scan\u202efdp.exe"): shown escaped.
            name = show_controls(d.original_name)
            if d.purged_at:
                name += " " + self.tr("(destroyed %1)").replace(
                    "%1", labels.fmt_date(d.purged_at.date())
                )
            values = (
                name,
                labels.operation(d.kind),
                human_size(d.size),
                labels.fmt_datetime(d.created_at),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if d.flags:
                    item.setToolTip(self.tr("Warning: %1").replace("%1", d.flags))
                self.table.setItem(row, col, item)

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if paths:
            self.attach_files.emit([Path(p) for p in paths])

    def files_dropped_here(self, paths: list[Path]) -> None:
        self.attach_files.emit(paths)
