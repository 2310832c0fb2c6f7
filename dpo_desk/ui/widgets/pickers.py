"""Choosing a file or a folder into a line edit ("Choose…" beside a path): the dialog
starts at what is typed, and a cancelled dialog leaves the field as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget


def choose_file_into(edit: QLineEdit, parent: QWidget, caption: str, file_filter: str) -> None:
    """Ask for an existing file; put its path in ``edit`` unless the DPO cancelled."""
    name, _filter = QFileDialog.getOpenFileName(parent, caption, edit.text(), file_filter)
    if name:
        edit.setText(name)


def choose_folder_into(edit: QLineEdit, parent: QWidget, caption: str) -> None:
    """Ask for a folder; put its path in ``edit`` unless the DPO cancelled."""
    name = QFileDialog.getExistingDirectory(parent, caption, edit.text())
    if name:
        edit.setText(name)
