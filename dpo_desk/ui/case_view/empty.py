"""What the case panel says while no case is shown: the panel's own empty page and the
cases page's stand-in for the panel before it is built (issue 19) say the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel


def empty_text() -> str:
    return QCoreApplication.translate(
        "CaseView",
        "Select a case in the list to see it here, or press Ctrl+N to register a new request.",
    )


def empty_label() -> QLabel:
    """The label the empty panel shows, centred and wrapped."""
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setText(empty_text())
    return label
