"""Identity tab: the checks made on the case and the four identity actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.lifecycle import is_open
from dpo_desk.services.dto import CaseDetail
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.flow import FlowLayout


class IdentityTab(QWidget):
    """Signals:
    action(str): ``request``, ``receive``, ``verify`` or ``fail`` was clicked.
    attach_files(list, str): files chosen as the identity document copy (``id-evidence``).
    """

    action = Signal(str)
    attach_files = Signal(list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.state)
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = FlowLayout()  # wraps: the French labels side by side are wider than a laptop
        self.buttons: dict[str, QPushButton] = {}
        for key in ("request", "receive", "verify", "fail"):
            button = QPushButton()
            button.clicked.connect(lambda _=False, k=key: self.action.emit(k))
            self.buttons[key] = button
            row.addWidget(button)
        self.attach_id = QPushButton()
        self.attach_id.clicked.connect(self.choose_id_copy)
        row.addWidget(self.attach_id)
        layout.addLayout(row)
        self.detail: CaseDetail | None = None
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "request": (
                self.tr("&Request information…"),
                self.tr(
                    "Ask the requester for information to confirm who they are; "
                    "the deadline is suspended meanwhile"
                ),
            ),
            "receive": (
                self.tr("Information &received…"),
                self.tr("The requested information arrived: the deadline runs again"),
            ),
            "verify": (self.tr("&Verify…"), self.tr("Record how identity was established")),
            "fail": (self.tr("&Failed…"), self.tr("Identity could not be established")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
            self.buttons[key].setAccessibleName(text.replace("&", "").rstrip("…"))
        self.attach_id.setText(self.tr("Attach the ID &copy…"))
        self.attach_id.setAccessibleName(self.tr("Attach the identity document copy"))
        self.attach_id.setToolTip(
            self.tr("Kept only until identity is verified or fails, then destroyed")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Outcome"),
                self.tr("Reason for the doubt"),
                self.tr("Asked on"),
                self.tr("Answer by"),
                self.tr("Received on"),
                self.tr("Method"),
                self.tr("Verified by"),
            ]
        )
        self.table.setAccessibleName(self.tr("Identity checks"))
        if self.detail:
            self.set_detail(self.detail)

    def choose_id_copy(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(self, self.tr("Attach the ID copy"))
        if paths:
            self.attach_files.emit([Path(p) for p in paths], "id-evidence")

    def set_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        checks = detail.identity
        self.table.setRowCount(len(checks))
        for row, c in enumerate(checks):
            method = labels.method(c.method) if c.method else ""
            if c.document_kind:
                method += f" ({c.document_kind})"
            verifier = c.verifier
            if c.verified_at:
                verifier += f", {labels.fmt_datetime(c.verified_at)}"
            for col, text in enumerate(
                (
                    labels.outcome(c.current or c.outcome),
                    c.doubt_reason,
                    labels.fmt_date(c.requested_on),
                    labels.fmt_date(c.answer_by),
                    labels.fmt_date(c.received_on),
                    method,
                    verifier,
                )
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        pending = any(c.outcome == "pending" for c in checks)
        awaiting = any(
            c.outcome == "pending" and c.requested_on and not c.received_on for c in checks
        )
        verified = any(c.outcome == "verified" for c in checks)
        expired = [c for c in checks if c.current == "expired" or c.outcome == "expired"]
        open_case = is_open(detail.summary.status)
        self.buttons["request"].setEnabled(open_case and not awaiting and not verified)
        self.buttons["receive"].setEnabled(open_case and awaiting)
        self.buttons["verify"].setEnabled(open_case and not verified)
        self.buttons["fail"].setEnabled(open_case and pending)
        # An ID copy is useful only while identity is still to be established.
        self.attach_id.setEnabled(open_case and not verified)
        if verified:
            self.state.setText(
                self.tr(
                    "Identity verified. Any identity document copy was "
                    "destroyed; only the facts below are kept."
                )
            )
        elif expired:
            self.state.setText(
                self.tr(
                    "Expired: nothing was received by %1, the day given to answer. You may "
                    "refuse the request because identity is not established, or still "
                    "accept the information if it arrives."
                ).replace("%1", labels.fmt_long_date(expired[-1].answer_by))
            )
        elif awaiting:
            self.state.setText(
                self.tr("Waiting for the requester's answer: the deadline is suspended.")
            )
        elif not checks:
            self.state.setText(
                self.tr(
                    "No identity check yet. Verify directly when the "
                    "requester is clearly identified; ask for information "
                    "only on a reasonable doubt."
                )
            )
        else:
            self.state.setText("")
        self.state.setVisible(bool(self.state.text()))
