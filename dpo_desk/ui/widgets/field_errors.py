"""Refusals shown at the field they are about, in the words of the form.

A service refuses with a message that starts with the field it is about, in its own
words ("name: is required", "e-mail: 'x' is not an address"). Under the field, the
message is shown whole (wrapped, never cut), with the form's label instead of the
internal word ("Name: is required"); one message per field, replaced by the next one,
and cleared as soon as the DPO edits the field or tries again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from dpo_desk.ui import i18n

ERROR_STYLE = "color: #b3261e;"


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, wrapped, plain-text label for a field's refusal."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def split_field(message: str, words: dict[str, str]) -> tuple[str | None, str]:
    """(the key of the field ``message`` is about, the rest of the message), matching the
    longest leading service word of ``words`` (service word -> key); (None, message)."""
    head, sep, rest = message.partition(":")
    if not sep:
        return None, message
    head = head.strip().lower()
    parts = head.split(" ")
    for n in range(len(parts), 0, -1):
        prefix = " ".join(parts[:n])
        if prefix in words:
            extra = " ".join(parts[n:])
            return words[prefix], (extra + ":" if extra else "") + rest
    return None, message


class FieldErrors:
    """The error lines of a form's fields.

    Args:
        words: the service's word for each field -> the field's key.
    """

    def __init__(self, words: dict[str, str]) -> None:
        self.words = dict(words)
        self.fields: dict[str, tuple[QWidget, QLabel, str]] = {}

    def add(self, key: str, widget: QWidget, label: QLabel, name: str) -> None:
        """Register ``widget``'s error ``label``; ``name`` is the field's label as shown."""
        self.fields[key] = (widget, label, name)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, k=key: self.clear(k))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda k=key: self.clear(k))

    def rename(self, key: str, name: str) -> None:
        widget, label, _old = self.fields[key]
        self.fields[key] = (widget, label, name)

    def show(self, message: str) -> QWidget | None:
        """Show ``message`` under its field; returns the field, or None (not a field's)."""
        key, rest = split_field(message, self.words)
        if key is None or key not in self.fields:
            return None
        widget, label, name = self.fields[key]
        colon = " : " if i18n.current() == "fr" else ": "  # French spaces its colon
        label.setText(f"{name}{colon}{rest.strip()}")
        label.show()
        return widget

    def show_at(self, key: str, text: str) -> QWidget:
        """Show ``text`` (already in the form's words) under the field ``key``."""
        widget, label, _name = self.fields[key]
        label.setText(text)
        label.show()
        return widget

    def clear(self, key: str | None = None) -> None:
        """Hide the error of ``key`` (every field's when None)."""
        for k, (_w, label, _n) in self.fields.items():
            if key is None or k == key:
                label.clear()
                label.hide()

    def shown(self) -> dict[str, str]:
        return {k: label.text() for k, (_w, label, _n) in self.fields.items() if label.text()}
