"""The team server refused to open at start: say why, and let the person go on.

A desk that joined a server opens it at every start with the password kept in the OS
keyring. When that fails (no password in this computer's keyring, a changed password,
the server down, a certificate renewed by another CA...), closing the program would
leave the DPO stuck with a settings file to edit by hand. This dialog says what the
server answered and offers what a person can do then: type the password and try again,
work alone on this computer's data (kept), or quit.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services.team_session import ServerProfile


class Choice(Enum):
    RETRY = "retry"
    ALONE = "alone"
    QUIT = "quit"


class ServerRefusedDialog(QDialog):
    """What the server said, a password field, and the three ways on."""

    def __init__(self, profile: ServerProfile, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = Choice.QUIT
        self.setWindowTitle(self.tr("The team server did not open"))
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("DPO Desk could not open the team server %1 as %2.")
            .replace("%1", f"{profile.host}:{profile.port}/{profile.database}")
            .replace("%2", profile.user)
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        why = QLabel(reason)
        why.setWordWrap(True)
        why.setObjectName("reason")
        layout.addWidget(why)
        hint = QLabel(
            self.tr(
                "Type your password to try again (it is then kept in this computer's "
                "keyring), or work alone on the data of this computer, which is kept."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password of %1").replace("%1", profile.user))
        self.password.setAccessibleName(self.tr("Password"))
        layout.addWidget(self.password)
        buttons = QDialogButtonBox()
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setDefault(True)
        self.alone = QPushButton(self.tr("Work alone on this computer"))
        self.quit = QPushButton(self.tr("Quit"))
        buttons.addButton(self.retry, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.alone, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.retry.clicked.connect(lambda: self._done(Choice.RETRY))
        self.alone.clicked.connect(lambda: self._done(Choice.ALONE))
        self.quit.clicked.connect(lambda: self._done(Choice.QUIT))
        self.resize(520, self.sizeHint().height())

    def _done(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.QUIT:
            self.reject()
        else:
            self.accept()

    def typed_password(self) -> str | None:
        return self.password.text() or None
