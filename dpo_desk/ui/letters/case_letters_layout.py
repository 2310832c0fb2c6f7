"""The widgets of a case's letters tab, made and laid out: the kept letters with their
buttons and the form on one side, the caption and the PDF on the other; and how the
kept letters fill the table.

Nothing here says a word: ``CaseLettersWidget`` sets every text in its ``retranslate``
(its class name is their translation context) and wires the behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.text import show_controls
from dpo_desk.services.dto import DocumentInfo
from dpo_desk.ui.letters.form import LetterForm, kind_label
from dpo_desk.ui.letters.pdf_view import PdfView
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.flow import FlowLayout
from dpo_desk.ui.widgets.tables import read_only_rows

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHA_SHORT = 10
SENT_COLUMN = 3
# Who drafted and who approved the letter (four-eyes review, issue 16).
REVIEW_COLUMN = 4


def local_date(moment: datetime) -> str:
    """The local calendar day of a stored (UTC) moment, in the program's language."""
    return labels.fmt_date(labels.local_day(moment))


def fill_letters(
    table: QTableWidget,
    letters: list[DocumentInfo],
    lock: QIcon,
    sent: Callable[[DocumentInfo], tuple[str, str]],
    review: Callable[[DocumentInfo], tuple[str, str]] | None = None,
) -> None:
    """One row per letter (its id in ``ID_ROLE``), without announcing a selection change;
    ``sent(doc)`` words the "Sent" cell and its tooltip, ``lock`` marks a sent letter;
    ``review(doc)`` the four-eyes cell (who drafted, who approved; issue 16)."""
    table.blockSignals(True)
    table.setRowCount(len(letters))
    for r, doc in enumerate(letters):
        sent_text, sent_tip = sent(doc)
        cells = [
            kind_label(doc.letter_kind),
            doc.lang.upper(),
            local_date(doc.created_at),
            sent_text,
            doc.sha256[:SHA_SHORT],
        ]
        review_text, review_tip = review(doc) if review else ("", "")
        cells.insert(REVIEW_COLUMN, review_text)
        items = [QTableWidgetItem(text) for text in cells]
        for item in items:
            item.setData(ID_ROLE, doc.id)
        items[0].setToolTip(labels.plain_tip(show_controls(doc.original_name)))
        items[2].setToolTip(labels.fmt_datetime(doc.created_at))
        if doc.sent_at:
            items[SENT_COLUMN].setIcon(lock)
        items[SENT_COLUMN].setToolTip(sent_tip)
        items[REVIEW_COLUMN].setToolTip(review_tip)
        items[-1].setToolTip(doc.sha256)
        for c, item in enumerate(items):
            table.setItem(r, c, item)
    table.blockSignals(False)


class CaseLettersLayout:
    """Mixed into ``CaseLettersWidget`` (the Qt Designer ``setupUi`` pattern):
    ``setup_ui`` makes the widgets the tab and the tests reach as ``widget.table``,
    ``widget.generate_button``, ``widget.form``, ``widget.pdf``..."""

    def setup_ui(self, widget: QWidget) -> None:
        """Make every child widget of ``widget`` as an attribute, laid out, tab-ordered."""
        outer = QVBoxLayout(widget)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status)

        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        self.list_title = QLabel()
        self.list_title.setStyleSheet("font-weight: 600;")
        col.addWidget(self.list_title)
        self.table = read_only_rows(QTableWidget(0, 6), stretch_column=0, tab_keys=False)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(240)
        self.list_title.setBuddy(self.table)
        col.addWidget(self.table)
        # Wraps: seven actions (with "Approve", issue 16) outgrow the list's half in French.
        actions = FlowLayout()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.sent_button = QPushButton()
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approve_letter")
        self.delivered_button = QPushButton()
        self.regenerate_button = QPushButton()
        self.email_button = QPushButton()
        self.email_button.setObjectName("email_reply")
        for button in (
            self.print_button,
            self.save_button,
            self.email_button,
            self.approve_button,
            self.sent_button,
            self.delivered_button,
            self.regenerate_button,
        ):
            actions.addWidget(button)
        col.addLayout(actions)
        self.form = LetterForm()
        col.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.preview_button = QPushButton()
        self.generate_button = QPushButton()
        self.generate_button.setDefault(True)
        row.addWidget(self.preview_button)
        row.addWidget(self.generate_button)
        col.addLayout(row)
        col.addStretch(1)
        self.left = QScrollArea()
        self.left.setWidget(left)
        self.left.setWidgetResizable(True)
        self.left.setFrameShape(QFrame.Shape.NoFrame)
        self.left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter.addWidget(self.left)

        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        rcol.addWidget(self.caption)
        self.pdf = PdfView()
        rcol.addWidget(self.pdf, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

    def set_tab_order(self, widget: QWidget) -> None:
        """The list and its buttons, the form from top to bottom, then render."""
        chain: list[QWidget] = [
            self.table,
            self.print_button,
            self.save_button,
            self.approve_button,
            self.sent_button,
            self.delivered_button,
            self.regenerate_button,
            self.form.kind,
            self.form.lang,
            self.form.free_text,
            self.form.browse,
            self.form.clear_file,
            self.form.copy_separately,
            self.form.actions_edit,
            self.form.late_reason,
            self.preview_button,
            self.generate_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            widget.setTabOrder(first, second)
