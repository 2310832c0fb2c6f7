"""Documents tab: what is attached to the case, and what each file is.

The kind of every file is chosen by the DPO before it enters (by button or by a drop):
an identity document copy is destroyed as soon as identity is verified (EDPB Guidelines
01/2022 §78), which only works if the desk knows the file *is* the ID copy. Files can be
opened in the desk (nothing decrypted left on disk), exported and deleted; each of these
is audited by the service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal, SignalInstance
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
from dpo_desk.services.dto import CaseDetail, DocumentInfo
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.files import AcceptsFileDrops, kind_box, retranslate_kinds
from dpo_desk.ui.widgets.flow import FlowLayout

ERROR_STYLE = "color: #a11;"


def human_size(size: int) -> str:
    """A size in the program's language ("47 bytes", "47 octets", "1,2 Mo")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class DocumentsTab(AcceptsFileDrops, QWidget):
    """Signals:
    attach_files(list, str): paths chosen or dropped, and the kind chosen for them.
    open_document(int), export_document(int), delete_document(int): a document id.
    """

    attach_files = Signal(list, str)
    open_document = Signal(int)
    export_document = Signal(int)
    delete_document = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _i: self._emit(self.open_document))
        layout.addWidget(self.table, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        self.kind_label = QLabel()
        self.kind = kind_box()
        self.kind_label.setBuddy(self.kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._emit(self.open_document))
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self._emit(self.export_document))
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_document))
        kind_row = QWidget()  # the label stays with its list when the row wraps
        pair = QHBoxLayout(kind_row)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.kind_label)
        pair.addWidget(self.kind)
        flow = FlowLayout()  # wraps: the French labels side by side are wider than a laptop
        for w in (
            kind_row,
            self.attach_button,
            self.open_button,
            self.export_button,
            self.delete_button,
        ):
            flow.addWidget(w)
        layout.addLayout(flow)
        self.detail: CaseDetail | None = None
        self.retranslate()
        self._kind_changed()
        self._selection_changed()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Size"), self.tr("Added")]
        )
        self.table.setAccessibleName(self.tr("Documents of the case"))
        self.kind_label.setText(self.tr("&What is it?"))
        retranslate_kinds(self.kind, self.tr("Choose what the file is…"))
        self.kind.setAccessibleName(self.tr("Kind of the files to attach"))
        self.kind.setToolTip(
            self.tr(
                "An identity document copy is destroyed as soon as identity is verified; "
                "a plain attachment is kept with the case."
            )
        )
        self.attach_button.setText(self.tr("&Attach files…"))
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        self.attach_button.setToolTip(self.tr("PDF, PNG, JPEG or plain text, up to 25 MB each"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Show the file in the desk (no copy left on disk)"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Save a plain copy of the file (recorded in the audit log)")
        )
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setToolTip(
            self.tr("Destroy the file for good (recorded in the audit log)")
        )
        self.hint.setText(
            self.tr(
                "Say what the files are, then attach them or drop them here. Identity "
                "document copies are destroyed as soon as identity is verified."
            )
        )
        if self.detail:
            self.set_detail(self.detail)

    def set_detail(self, detail: CaseDetail) -> None:
        if self.detail is None or self.detail.reference != detail.reference:
            self.kind.setCurrentIndex(-1)  # each case: the DPO says again what a file is
            self.show_error("")
        self.detail = detail
        docs = self.documents()
        self.table.setRowCount(len(docs))
        for row, d in enumerate(docs):
            # A direction override can disguise a name ("scan\u202efdp.exe"): shown escaped.
            name = show_controls(d.original_name)
            if d.purged_at:
                gone = self.tr("(destroyed %1)").replace(
                    "%1", labels.fmt_date(labels.local_day(d.purged_at))
                )
                name = f"{name} {gone}" if name else gone  # the name goes with the file
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
        self._selection_changed()

    def documents(self) -> list[DocumentInfo]:
        """The files of the case, in the order shown."""
        return list(self.detail.documents) if self.detail else []

    def selected(self) -> DocumentInfo | None:
        row = self.table.currentRow()
        docs = self.documents()
        if not self.table.selectionModel().hasSelection() or not 0 <= row < len(docs):
            return None
        return docs[row]

    def _selection_changed(self) -> None:
        doc = self.selected()
        usable = doc is not None and doc.purged_at is None
        for button in (self.open_button, self.export_button, self.delete_button):
            button.setEnabled(usable)
        # A letter is an archived record: it is managed from the Letters tab.
        self.delete_button.setEnabled(usable and doc is not None and doc.kind != "letter")

    def _emit(self, signal: SignalInstance) -> None:
        doc = self.selected()
        if doc is not None and doc.purged_at is None:
            signal.emit(doc.id)

    def chosen_kind(self) -> str:
        return str(self.kind.currentData()) if self.kind.currentIndex() >= 0 else ""

    def _kind_changed(self) -> None:
        self.attach_button.setEnabled(bool(self.chosen_kind()))
        if self.chosen_kind():
            self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def choose_files(self) -> None:
        kind = self.chosen_kind()
        if not kind:
            return
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if paths:
            self.attach_files.emit([Path(p) for p in paths], kind)

    def files_dropped_here(self, paths: list[Path]) -> None:
        kind = self.chosen_kind()
        if not kind:
            self.show_error(
                self.tr("Nothing attached: first say what the files are, then drop them again.")
            )
            self.kind.setFocus()
            return
        self.attach_files.emit(paths, kind)
