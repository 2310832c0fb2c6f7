"""Labels that carry words rather than values: a bold, larger title and a wrapped
plain-text paragraph (never read as HTML, so a folder name prints as typed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def title_label(text: str, parent: QWidget | None = None, scale: float = 1.3) -> QLabel:
    """A bold title ``scale`` times the normal size, named for screen readers."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped plain-text label."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
