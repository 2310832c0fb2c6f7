"""Joining a team server from the window, as a DPO does it: the first-start dialog's
"Join a team server", the form typed, Test connection against a real PostgreSQL, Join;
Settings shows where the desk works and lets the DPO go back to working alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dpo_desk.keys.server import ServerProfile, keyring_account, stored_password
from dpo_desk.ui import i18n
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.first_run import FirstRunDialog
from dpo_desk.ui.dialogs.join_server import JoinServerDialog
from dpo_desk.ui.pages.settings_team import TeamServerBox
from dpo_desk.ui.server_settings import save_profile, saved_profile
from tests.conftest import MemoryKeyring
from tests.team._srv_fixtures import needs_pg, team_db

__all__ = ["team_db"]
pytestmark = pytest.mark.gui


_windows: list[QWidget] = []


def _open_from_first_run(qtbot, app_ctx: AppContext) -> JoinServerDialog:
    window = QWidget()  # the main window, in the program
    qtbot.addWidget(window)
    _windows[:] = [window]  # qtbot keeps only a weak reference
    first = FirstRunDialog(app_ctx, window)
    first.show()
    qtbot.mouseClick(first.team, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(JoinServerDialog) is not None)
    dialog = window.findChild(JoinServerDialog)
    assert dialog.isVisible()
    assert not first.isVisible()
    return dialog


def _fill(qtbot, dialog: JoinServerDialog, profile: ServerProfile, password: str = "") -> None:
    qtbot.keyClicks(dialog.host, profile.host)
    dialog.port.lineEdit().selectAll()
    qtbot.keyClicks(dialog.port, str(profile.port))
    dialog.database.clear()
    qtbot.keyClicks(dialog.database, profile.database)
    qtbot.keyClicks(dialog.user, profile.user)
    qtbot.keyClicks(dialog.password, password)
    dialog.mode.setCurrentIndex(dialog.mode.findData(profile.sslmode))


@needs_pg
def test_test_connection_says_who_the_server_says_we_are(
    qtbot, app_ctx: AppContext, english: None, team_db: ServerProfile
) -> None:
    dialog = _open_from_first_run(qtbot, app_ctx)
    assert dialog.mode.currentData() == "verify-full"  # the safe default
    _fill(qtbot, dialog, team_db)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Connected as" in dialog.status.text(), timeout=15_000)
    assert dialog.status.text().startswith("Connected as postgres (role: DPO), PostgreSQL ")
    assert "no DPO Desk data yet" in dialog.status.text()  # an empty database
    assert saved_profile(app_ctx.ctx.data_dir) is None  # a test joins nothing


@needs_pg
def test_a_wrong_port_is_said_in_words(
    qtbot, app_ctx: AppContext, english: None, team_db: ServerProfile
) -> None:
    dialog = _open_from_first_run(qtbot, app_ctx)
    wrong = ServerProfile(team_db.host, 1, team_db.database, team_db.user, "disable")
    _fill(qtbot, dialog, wrong)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "answers" in dialog.status.text(), timeout=15_000)
    assert dialog.status.text() == (
        "no DPO Desk server answers at 127.0.0.1 port 1: check the host name and the port, "
        "and that the server is running"
    )
    assert dialog.test_button.isEnabled()


@needs_pg
def test_join_remembers_the_server_and_keeps_the_password_in_the_keyring(
    qtbot,
    app_ctx: AppContext,
    english: None,
    team_db: ServerProfile,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = _open_from_first_run(qtbot, app_ctx)
    _fill(qtbot, dialog, team_db, password="s3cret-pw")
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Joined" in dialog.status.text(), timeout=15_000)
    data_dir = app_ctx.ctx.data_dir
    assert saved_profile(data_dir) == team_db
    assert stored_password(team_db) == "s3cret-pw"
    assert keyring_account(team_db) in {account for _s, account in memory_keyring.store}
    assert "s3cret-pw" not in (data_dir / "dpo_desk.ini").read_text()
    assert dialog.password.text() == ""


def test_an_empty_host_is_refused_before_connecting(
    qtbot, app_ctx: AppContext, english: None
) -> None:
    dialog = JoinServerDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "the server's host name is missing"


def test_settings_show_where_the_desk_works_and_leave_the_server(
    qtbot, app_ctx: AppContext, english: None
) -> None:
    box = TeamServerBox(app_ctx)
    qtbot.addWidget(box)
    box.show()
    assert box.current.text() == "This desk works alone: its data stay on this computer."
    assert not box.alone_button.isEnabled()
    joined = ServerProfile("db.example.org", 5432, "dpo_desk", "marie")
    save_profile(app_ctx.ctx.data_dir, joined)
    box.refresh()
    assert "opens the team server marie@db.example.org:5432/dpo_desk at the next start" in (
        box.current.text()
    )
    qtbot.mouseClick(box.alone_button, Qt.MouseButton.LeftButton)
    assert saved_profile(app_ctx.ctx.data_dir) is None
    assert box.current.text() == "This desk works alone: its data stay on this computer."


def test_the_join_dialog_speaks_french(qtbot, app_ctx: AppContext) -> None:
    i18n.install("fr")
    try:
        dialog = JoinServerDialog(app_ctx)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Rejoindre un serveur d'équipe"
        assert dialog.test_button.text() == "Tester la &connexion"
    finally:
        i18n.install("en")
