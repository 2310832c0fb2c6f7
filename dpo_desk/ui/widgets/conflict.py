"""What a dialog shows when someone else saved the record while it was open (issue 16).

The message says who changed what and when (``services.versions.ConflictError``); the
dialog keeps everything typed. Two ways on: "Reload their version" (the fields are
filled again from what is stored now: the typed text is replaced, on request only), or
"Keep my text" (the bar closes; the next save replaces their change, knowingly).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

STYLE = (
    "QFrame#conflict_bar { background: #fff4e5; border: 1px solid #e0a35c;"
    " border-radius: 4px; } QLabel { color: #5f3700; }"
)


class ConflictBar(QFrame):
    """A hidden bar above a form: the other person's change and the two ways on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_bar")
        self.setStyleSheet(STYLE)
        self.message = QLabel(self)
        self.message.setObjectName("conflict_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("conflict_reload")
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("conflict_keep")
        self.keep_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._reload: Callable[[], object] | None = None
        self.reload_button.clicked.connect(self._reload_clicked)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.reload_button.setText(self.tr("&Reload their version"))
        self.reload_button.setToolTip(
            self.tr("Fill the form again with what is stored now (your text is replaced)")
        )
        self.keep_button.setText(self.tr("&Keep my text"))
        self.keep_button.setToolTip(
            self.tr("Go on editing; saving again replaces their change with yours")
        )
        self.setAccessibleName(self.tr("Saved by someone else"))

    def show_conflict(self, text: str, reload: Callable[[], object] | None) -> None:
        """Show ``text``; ``reload`` refills the form (None: no such button)."""
        self._reload = reload
        self.message.setText(
            self.tr("Someone else saved this while you were editing it.") + "\n" + text
        )
        self.reload_button.setVisible(reload is not None)
        self.show()
        self.keep_button.setFocus()

    def _reload_clicked(self) -> None:
        self.hide()
        if self._reload is not None:
            self._reload()
