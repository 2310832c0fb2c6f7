"""Helpers for GUI tests that must act inside a modal dialog a click opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def in_dialog(action: Callable[[QDialog], None]) -> None:
    """Run ``action`` on the modal dialog the next click opens (polls until it is up)."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, step)
            return
        action(dialog)

    QTimer.singleShot(0, step)
