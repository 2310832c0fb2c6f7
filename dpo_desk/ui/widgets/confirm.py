"""The window-modal "are you sure?" before something that cannot be undone (a restore, a
purge, storing data unencrypted): a warning whose safe answer is the default, so Enter
never destroys anything. Non-blocking (``open``), so tests and the idle lock keep running.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def ask_destructive(
    parent: QWidget,
    title: str,
    text: str,
    details: str,
    yes: str,
    no: str,
    answered: Callable[[bool], None],
) -> tuple[QMessageBox, QPushButton]:
    """Open a warning asking ``text`` (``details`` below it) with a destructive ``yes``
    button and a default ``no`` button.

    ``answered(True)`` runs when the DPO chose ``yes``, ``answered(False)`` otherwise
    (``no``, Escape, closing the box); the box is then deleted.

    Returns:
        the open box and its ``yes`` button (for tests and for keeping a reference).
    """
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # what is named (a file, a folder) is data
    box.setInformativeText(details)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setAccessibleName(title)

    def finished(_result: int) -> None:
        chosen = box.clickedButton() is yes_button
        box.deleteLater()
        answered(chosen)

    box.finished.connect(finished)
    box.open()
    return box, yes_button
