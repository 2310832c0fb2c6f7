"""A backlog of e-mails (an mbox, or several messages dropped at once): the list of
messages, then their import one by one with progress and cancel (issue 17).

Each message is its own transaction: a cancel stops between two messages, and every
message imported before it is whole. A message whose words suggest no right is refused
here (it says so); the DPO drops it alone to open it in the intake and tick its rights.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.mail_hints import suggest_rights
from dpo_desk.errors import UserError
from dpo_desk.mail.model import MailRefused, ParsedMail
from dpo_desk.mail.read import read_path
from dpo_desk.services import mail_import
from dpo_desk.services.mail_import import MailResult
from dpo_desk.ui import crash
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.widgets import labels

COLUMNS = 5


class MailBatchDialog(QDialog):
    """The messages of the dropped files; "Import" imports them in order."""

    def __init__(self, app: AppContext, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mail_batch")
        self.app = app
        self.paths = paths
        self.items: list[ParsedMail | MailRefused] = []
        self.position = 0
        self.cancelled = False
        self.running = False
        self.imported = 0
        self.refused = 0
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.progress = QProgressBar()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton()
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)
        self.import_button.setEnabled(False)
        self.retranslate()
        names = list(paths)
        self.app.tasks.run(
            lambda: [m for p in names for m in read_path(p)], self._listed, parent=self
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import e-mails"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("From"),
                self.tr("Subject"),
                self.tr("Received"),
                self.tr("Rights suggested"),
                self.tr("Result"),
            ]
        )
        self.import_button.setText(self.tr("&Import all"))
        self.cancel_button.setText(self.tr("&Stop") if self.running else self.tr("&Close"))
        self._summarise()

    def _summarise(self) -> None:
        if not self.items:
            self.summary.setText(self.tr("Reading the messages…"))
            return
        self.summary.setText(
            self.tr(
                "%1 message(s). Each becomes a case with the rights its words suggest "
                "(a reply joins its case); the original is sealed as proof of receipt. "
                "Imported: %2, refused: %3."
            )
            .replace("%1", str(len(self.items)))
            .replace("%2", str(self.imported))
            .replace("%3", str(self.refused))
        )

    def _listed(self, items: list[ParsedMail | MailRefused]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            if isinstance(item, MailRefused):
                self._cell(row, 0, "")
                self._cell(row, 4, crash.message(item))
                continue
            rights = suggest_rights(item.subject, item.body)
            self._cell(row, 0, item.sender_name or item.sender_email, item.sender_email)
            self._cell(row, 1, item.subject)
            self._cell(
                row,
                2,
                labels.fmt_datetime(item.received, self.app.ctx.timezone) if item.received else "—",
            )
            self._cell(row, 3, ", ".join(labels.right(str(r)) for r in rights))
        self.table.resizeColumnsToContents()
        self.progress.setRange(0, max(len(items), 1))
        self.progress.setValue(0)
        self.import_button.setEnabled(bool(items))
        self._summarise()

    def _cell(self, row: int, column: int, text: str, tip: str = "") -> None:
        cell = QTableWidgetItem(text)
        cell.setToolTip(labels.plain_tip(tip or text))
        self.table.setItem(row, column, cell)

    def start(self) -> None:
        self.import_button.setEnabled(False)
        self.running = True
        self.cancelled = False
        self.retranslate()
        self._next()

    def cancel(self) -> None:
        if self.running:
            self.cancelled = True  # after the message being imported: it stays whole
        else:
            self.reject()

    def _next(self) -> None:
        while self.position < len(self.items) and isinstance(
            self.items[self.position], MailRefused
        ):
            self.refused += 1
            self._advance()
        if self.cancelled or self.position >= len(self.items):
            self._finished()
            return
        mail = self.items[self.position]
        assert isinstance(mail, ParsedMail)
        ctx = self.app.ctx
        self.app.tasks.run(lambda: mail_import.import_mail(ctx, mail), self._imported, self._failed)

    def _advance(self) -> None:
        self.position += 1
        self.progress.setValue(self.position)

    def _imported(self, result: MailResult) -> None:
        text = (self.tr("New case %1") if result.created else self.tr("Added to case %1")).replace(
            "%1", result.reference
        )
        self._cell(self.position, 4, text)
        self.imported += 1
        self.app.signals.case_changed.emit(result.reference)
        self._advance()
        self._summarise()
        QTimer.singleShot(0, self._next)  # not recursion: a backlog has thousands

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            self.running = False
            crash.show_error(exc, self)
            return
        self._cell(self.position, 4, crash.message(exc))
        self.refused += 1
        self._advance()
        self._summarise()
        QTimer.singleShot(0, self._next)

    def _finished(self) -> None:
        self.running = False
        self.retranslate()
        if self.cancelled:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("Stopped: the messages not yet imported were left as they are.")
            )
