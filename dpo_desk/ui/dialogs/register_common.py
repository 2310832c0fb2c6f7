"""What the register, settings and audit dialogs share: a form whose refusals are shown
next to the field they concern, and an optional date field.

A service refuses with a message that starts with the field's name ("consent evidence:
required ..."); the form maps that prefix to its row and shows the message under the
field, in words and in colour. The dialog stays open with everything typed: nothing is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services.versions import ConflictError
from dpo_desk.ui import crash
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.widgets.conflict import ConflictBar
from dpo_desk.ui.widgets.dates import DateField, first_invalid
from dpo_desk.ui.widgets.field_errors import split_field

log = logging.getLogger(__name__)
W = TypeVar("W", bound=QWidget)

ERROR_STYLE = "color: #b3261e;"


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, word-wrapped label for a refusal, read by screen readers."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def field_of(message: str, aliases: dict[str, str]) -> str | None:
    """The form key a service message is about ("scc module: ..." -> "scc_module")."""
    head = message.split(":", 1)[0].strip().lower()
    if head in aliases:
        return aliases[head]
    words = head.split(" ")
    for n in range(len(words), 0, -1):
        prefix = " ".join(words[:n])
        if prefix in aliases:
            return aliases[prefix]
    return None


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box turns the date field on. The date is
    typed whole and never replaced by another (see ``DateField``)."""

    def __init__(
        self, label: str, parent: QWidget | None = None, default: date | None = None
    ) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = DateField(default or date.today(), self)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.edit, 1)

    def _toggled(self, on: bool) -> None:
        if not on:
            self.edit.clear_error()  # an unused date is not an error

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.set_value(value)

    def set_accessible(self, name: str) -> None:
        self.check.setAccessibleName(name)
        self.edit.setAccessibleName(name)


class FormDialog(QDialog):
    """A dialog with a form, per-field error labels, and OK/Cancel.

    Subclasses add rows with :meth:`add_row`, declare ``aliases`` (service field words ->
    row keys) and implement :meth:`operation`, which returns the service call to run on
    the DB worker. On success the result is kept in ``self.result_value`` and the dialog
    is accepted; on a refusal the message goes under its field and the dialog stays open.
    """

    aliases: dict[str, str] = {}

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.result_value: Any = None
        # The version of the record the form was filled from (None: a new record);
        # the service refuses the save when someone else saved in between (issue 16).
        self.version: int | None = None
        self.rows: dict[str, tuple[QWidget, QLabel]] = {}
        self.row_names: dict[str, str] = {}  # each row's label as shown, for its errors
        self.general_error = error_label(self)
        self.general_error.setAccessibleName(self.tr("Error"))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.conflict = ConflictBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict)
        layout.addWidget(self.general_error)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_row(self, key: str, label: str, widget: W, tooltip: str = "") -> W:
        """Add a labelled field with its error line; returns the widget."""
        error = error_label(self)
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(error)
        plain = label.replace("&", "")
        if isinstance(widget, OptionalDateEdit):
            widget.set_accessible(plain)
        else:
            widget.setAccessibleName(plain)
        if tooltip:
            widget.setToolTip(tooltip)
            widget.setAccessibleDescription(tooltip)
        self.form.addRow(label, box)
        self.rows[key] = (widget, error)
        self.row_names[key] = plain
        return widget

    def clear_errors(self) -> None:
        self.general_error.hide()
        for _widget, error in self.rows.values():
            error.hide()

    def show_error(self, message: str, key: str | None = None) -> None:
        """Put ``message`` under its field (``key``, or the one the service's message
        names), or at the top when no field matches."""
        found, rest = split_field(message, self.aliases)
        key = key or found
        if key in self.rows:
            widget, error = self.rows[key]
            if found == key and key in self.row_names:  # the form's word, not the service's
                message = f"{self.row_names[key]}: {rest.strip()}"
            error.setText(message)
            error.show()
            widget.setFocus()
        else:
            self.general_error.setText(message)
            self.general_error.show()

    def operation(self) -> Callable[[], Any] | None:
        """The service call to run, or None when the form itself refuses (errors shown)."""
        raise NotImplementedError

    def submit(self) -> None:
        self.clear_errors()
        self.conflict.hide()
        bad = first_invalid(self)
        if bad is not None:  # the message is at the field; what was typed stays
            bad.setFocus()
            return
        op = self.operation()
        if op is None:
            return
        self.ok_button.setEnabled(False)
        self.app.tasks.run(op, self._done, self._failed)

    def _done(self, value: Any) -> None:
        self.ok_button.setEnabled(True)
        self.result_value = value
        self.accept()

    def reload_theirs(self) -> Callable[[], object] | None:
        """How to fill the form again from the stored record (None: the dialog cannot)."""
        return None

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ConflictError):
            # Nothing typed is touched; saving again now replaces their change knowingly.
            self.version = exc.current_version
            self.conflict.show_conflict(crash.describe(exc), self.reload_theirs())
            return
        # The field is found in the English text (its key), the message shown translated.
        self.show_error(crash.describe(exc), field_of(str(exc), self.aliases))


# --- shared by the register, audit and settings pages ------------------------------------
def make_table(model: QAbstractItemModel, name: str, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table with an accessible name."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    model.modelReset.connect(view.resizeColumnsToContents)
    model.layoutChanged.connect(view.resizeColumnsToContents)
    return view


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


class StatusLine(QLabel):
    """The outcome of the last action, in words and colour (an error stays until the next
    action)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def ok(self, text: str) -> None:
        self.setStyleSheet("color: #1b5e20;")
        self.setText(text)

    def error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(text)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def explanation(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #4a4a4a;")
    return label
