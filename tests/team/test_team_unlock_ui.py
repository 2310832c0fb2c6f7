"""The window asks the member's team-key passphrase when it opens a team server: a wrong
one is said and asked again, the right one opens the files; no slot → a clear refusal."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit

from dpo_desk.errors import UserError
from dpo_desk.keys import team_key as tk
from dpo_desk.services import team_keys
from dpo_desk.services.context import Context
from dpo_desk.ui.team_unlock import TeamKeyDialog, unlock_team
from tests.team.conftest import needs_pg

pytestmark = needs_pg
RIGHT = "the member's own team passphrase"


def _answer(qtbot, typed: str, seen: list[str], then: Callable[[], None] | None = None) -> None:
    """When the dialog shows: note its problem line, type ``typed``, press Unlock."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TeamKeyDialog):
            QTimer.singleShot(50, act)
            return
        problem = dialog.findChild(QLabel, "teamKeyProblem")
        seen.append(problem.text() if problem.isVisible() else "")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "teamKeyPassphrase"), typed)
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        if then:
            then()

    QTimer.singleShot(50, act)


def test_a_wrong_passphrase_is_said_then_the_right_one_unlocks(qtbot, team_ctx: Context) -> None:
    team_keys.create_team_key(team_ctx, RIGHT)
    team_keys.lock_team_key(team_ctx)
    assert tk.unlocked(team_ctx.db) is None
    seen: list[str] = []
    _answer(qtbot, "not the passphrase", seen, lambda: _answer(qtbot, RIGHT, seen))
    assert unlock_team(team_ctx) is True
    assert seen[0] == ""
    assert "wrong passphrase for the team key" in seen[1]
    assert tk.unlocked(team_ctx.db) is not None  # the files open now


def test_cancel_opens_nothing_and_no_slot_is_refused(qtbot, team_ctx: Context) -> None:
    team_keys.create_team_key(team_ctx, RIGHT)
    team_keys.lock_team_key(team_ctx)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TeamKeyDialog):
            QTimer.singleShot(50, cancel)
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(50, cancel)
    assert unlock_team(team_ctx) is False
    assert tk.unlocked(team_ctx.db) is None
    stranger = Context(team_ctx.db, team_ctx.data_dir, actor="someone_new")
    with pytest.raises(UserError, match="someone_new holds no team key.*must grant it"):
        unlock_team(stranger)
