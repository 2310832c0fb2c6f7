"""The shape of every action dialog: a form, what will happen, a confirm button, and the
service's refusal shown inside the dialog, whose content is never lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.widgets.dates import first_invalid

ERROR_STYLE = (
    "QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #e0a39c;"
    " border-radius: 4px; padding: 6px; }"
)


class ActionDialog(QDialog):
    """Subclasses fill ``self.form`` and implement :meth:`operation`.

    Signals:
        succeeded(object): the operation's result, after the dialog accepted.
    """

    succeeded = Signal(object)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.hide()
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setAccessibleName(self.tr("Confirm"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.error.setAccessibleName(self.tr("Error message"))

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def operation(self) -> Callable[[], Any] | None:
        """The service call to run, or None after :meth:`show_error` (bad input)."""
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.ok_button.setEnabled(True)

    def accept(self) -> None:
        self.error.hide()
        bad = first_invalid(self)
        if bad is not None:  # the message is at the field; nothing is replaced or sent
            bad.setFocus()
            return
        op = self.operation()
        if op is None:
            return
        self.ok_button.setEnabled(False)
        BackgroundOp(self, lambda _h: op()).success(self._succeeded).refusal(self._failed).run_in(
            Lane.DB, self.app.tasks
        )

    def _failed(self, text: str) -> None:
        self.show_error(text)

    def _succeeded(self, result: Any) -> None:
        self.ok_button.setEnabled(True)
        super().accept()
        self.succeeded.emit(result)

    def reject(self) -> None:
        self.ok_button.setEnabled(True)
        super().reject()
