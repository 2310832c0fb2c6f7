"""Helpers for GUI tests that must act inside a modal dialog a click opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def in_dialog(action: Callable[[QDialog], None], kind: type[QDialog] = QDialog) -> None:
    """Run ``action`` on the modal dialog the next click opens (polls until it is up).

    ``kind`` names it when another modal is already up (a question box over a dialog
    appears only once a background task has answered)."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, step)
            return
        action(dialog)

    QTimer.singleShot(0, step)
