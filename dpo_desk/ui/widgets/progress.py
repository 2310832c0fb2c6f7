"""Progress dialogs for slow work on the task runner: window-modal, shown at once (or
after ``minimum_duration`` ms), and closed by the caller when the work ends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def busy_dialog(parent: QWidget, label: str, title: str, name: str) -> QProgressDialog:
    """An indefinite progress dialog with no Cancel button, already shown: for work that
    must not be interrupted (a restore)."""
    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setWindowTitle(title)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(0)
    busy.setAccessibleName(name)
    busy.show()
    return busy


def close_dialog(dialog: QProgressDialog) -> None:
    """Close a progress dialog for good (it is deleted once control returns to Qt)."""
    dialog.close()
    dialog.deleteLater()


def progress_dialog(
    parent: QWidget,
    title: str,
    label: str,
    cancel: str,
    *,
    minimum_duration: int = 0,
    auto_close: bool = True,
) -> QProgressDialog:
    """An indefinite, window-modal progress dialog with a Cancel button (``canceled``),
    not shown yet: it appears after ``minimum_duration`` ms, or when the caller shows it.

    It never resets itself at its maximum (the caller ends it); ``auto_close=False`` keeps
    it open through a ``reset()`` as well.
    """
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration)
    dialog.setAutoClose(auto_close)
    dialog.setAutoReset(False)
    return dialog
