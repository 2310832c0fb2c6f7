"""The rows of the Settings page: each setting is a widget with its label, the refusal
under it (hidden until the service names that field) and, for a contested point of law,
an explanation of the reading chosen; plus reading and writing a value whatever the
widget.

Widgets only: ``SettingsPage`` decides which rows there are and sets every word in its
``retranslate`` (its class name is the translation context of those words); it shares
this builder's dictionaries (``page.fields``, ``page.errors``...).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services.settings import LIMITS
from dpo_desk.ui.dialogs.register_common import error_label, explanation
from dpo_desk.ui.widgets import combos


class FormRows:
    """Builds the settings form in ``body``, one group box and one row at a time.

    Args:
        owner: the page, parent of every widget made here.
        body: the layout the group boxes are added to.
        explain: called with a combo's key when its choice changes (the page words it).
    """

    def __init__(self, owner: QWidget, body: QVBoxLayout, explain: Callable[[str], None]) -> None:
        self.owner = owner
        self.body = body
        self.on_explain = explain
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.explain: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}

    def group(self, key: str) -> QFormLayout:
        box = QGroupBox(self.owner)
        self.groups[key] = box
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.body.addWidget(box)
        return form

    def row(
        self, form: QFormLayout, key: str, widget: QWidget, extra: QWidget | None = None
    ) -> QWidget:
        """Add ``widget`` (shown as ``extra`` when given) under the label of ``key``."""
        holder = QWidget(self.owner)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        if isinstance(widget, QComboBox | QSpinBox):
            inner.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            inner.addWidget(extra or widget)
        error = error_label(self.owner)
        inner.addWidget(error)
        if isinstance(widget, QComboBox) and key in self.explain:
            inner.addWidget(self.explain[key])
        label = QLabel(self.owner)
        label.setBuddy(widget)
        form.addRow(label, holder)
        self.fields[key] = widget
        self.errors[key] = error
        self.row_labels[key] = label
        return widget

    def combo(
        self,
        key: str,
        form: QFormLayout,
        items: list[tuple[Any, str]] | None = None,
        explained: bool = False,
    ) -> QComboBox:
        """A choice; ``explained``: with the explanation of the current choice under it."""
        combo = combos.fit(QComboBox(self.owner))
        for data, text in items or []:
            combo.addItem(text, data)
        if explained:
            label = explanation("", self.owner)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.explain[key] = label
            combo.currentIndexChanged.connect(lambda _i, k=key: self.on_explain(k))
        self.row(form, key, combo)
        return combo

    def picker(
        self, key: str, form: QFormLayout, choose: Callable[[], None]
    ) -> tuple[QLineEdit, QPushButton]:
        """A path and its "Choose…" button, which calls ``choose``."""
        edit = QLineEdit(self.owner)
        button = QPushButton(self.owner)
        button.clicked.connect(choose)
        holder = QWidget(self.owner)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        self.row(form, key, edit, holder)
        return edit, button

    def spin(self, key: str, form: QFormLayout) -> QSpinBox:
        """A number within the service's limits for ``key``."""
        spin = QSpinBox(self.owner)
        low, high = LIMITS[key]
        spin.setRange(low, high)
        self.row(form, key, spin)
        return spin

    def three_lines(self, key: str, form: QFormLayout) -> QPlainTextEdit:
        """A short multi-line text (an address, a signature); Tab leaves it."""
        edit = QPlainTextEdit(self.owner)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        self.row(form, key, edit)
        return edit

    def get(self, key: str) -> Any:
        """The value of ``key`` as the service takes it."""
        w = self.fields[key]
        if isinstance(w, QComboBox):
            return w.currentText().strip() if w.isEditable() else w.currentData()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QSpinBox):
            return w.value()
        assert isinstance(w, QLineEdit)
        return w.text()

    def set(self, key: str, value: Any) -> None:
        """Show ``value`` in the widget of ``key``."""
        w = self.fields[key]
        if isinstance(w, QComboBox):
            if w.isEditable():
                w.setCurrentText(str(value or ""))
            else:
                w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value or ""))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QLineEdit):
            w.setText(str(value or ""))
