"""Unlocking the member's team key when the window opens a team server (issue 16).

The team key seals every file on the server; this desk opens it with the member's own
slot: from this computer's keyring if it is there, else with the passphrase typed here.
A wrong passphrase is said and asked again; a member who holds no slot yet is told that
a DPO must grant it (``services.team_keys.unlock_at_open``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import UserError
from dpo_desk.services import team_keys
from dpo_desk.services.context import Context


class Cancelled(UserError):
    """The person closed the passphrase dialog: the team server is not opened."""


class TeamKeyDialog(QDialog):
    """Asks the passphrase of the member's team key (never echoed)."""

    def __init__(self, login: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamKeyDialog")
        self.setWindowTitle(self.tr("Unlock the team key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The files on the team server are sealed with the team key. Type the "
                "passphrase of your team key ({login}); it is not your server password."
            ).replace("{login}", login)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problem = QLabel(problem)
        self.problem.setObjectName("teamKeyProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("teamKeyPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Team key passphrase"))
        layout.addWidget(self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def unlock_team(ctx: Context, parent: QWidget | None = None) -> bool:
    """Unlock ``ctx``'s team key, asking the passphrase until it opens or the person
    cancels (False). A server without a team key yet opens as it is (True).

    Raises:
        UserError: this login holds no slot yet (the DPO must grant it).
    """
    problem = ""

    def ask() -> str:
        dialog = TeamKeyDialog(ctx.actor, problem, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise Cancelled("opening the team server was cancelled")
        return dialog.passphrase.text()

    while True:
        try:
            team_keys.unlock_at_open(ctx, ask)
            return True
        except Cancelled:
            return False
        except team_keys.WrongTeamPassphrase as exc:
            problem = str(exc)
