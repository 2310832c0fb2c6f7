"""A team server that refuses at start: the person is told why and can go on.

Before, the program showed the refusal and closed; a DPO whose keyring had lost the
password (or whose server was down) had to edit the settings file by hand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dpo_desk.errors import UserError
from dpo_desk.keys.server import ServerProfile, stored_password
from dpo_desk.services import team
from dpo_desk.services.team_session import open_team_asking
from dpo_desk.store.db import make_engine
from dpo_desk.ui import i18n
from dpo_desk.ui.dialogs.server_refused import Choice, ServerRefusedDialog
from tests.team._srv_fixtures import needs_pg, team_db  # noqa: F401 (fixture)

PROFILE = ServerProfile(host="db.example.org", port=5432, database="dpo_desk", user="marie")


def test_the_password_typed_is_tried_again(qtbot) -> None:
    dialog = ServerRefusedDialog(PROFILE, "the password of marie was refused")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QLabel, "reason").text() == "the password of marie was refused"
    qtbot.keyClicks(dialog.password, "n3w-secret")
    qtbot.mouseClick(dialog.retry, Qt.MouseButton.LeftButton)
    assert dialog.choice is Choice.RETRY and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.typed_password() == "n3w-secret"


def test_work_alone_and_quit_are_offered(qtbot) -> None:
    alone = ServerRefusedDialog(PROFILE, "no server answers at db.example.org port 5432")
    qtbot.addWidget(alone)
    alone.show()
    qtbot.mouseClick(alone.alone, Qt.MouseButton.LeftButton)
    assert alone.choice is Choice.ALONE
    leave = ServerRefusedDialog(PROFILE, "no server answers")
    qtbot.addWidget(leave)
    leave.show()
    qtbot.mouseClick(leave.quit, Qt.MouseButton.LeftButton)
    assert leave.choice is Choice.QUIT and leave.result() == leave.DialogCode.Rejected


def test_the_dialog_speaks_french(qtbot) -> None:
    i18n.install("fr")
    try:
        dialog = ServerRefusedDialog(PROFILE, "…")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Le serveur d'équipe ne s'est pas ouvert"
        assert dialog.alone.text() == "Travailler seul sur cet ordinateur"
    finally:
        i18n.install("en")


@needs_pg
def test_a_refusal_is_asked_about_then_the_server_opens(
    team_db: ServerProfile,  # noqa: F811
    tmp_path: Path,
) -> None:
    """First start: the database is not a team desk yet. The person is told; meanwhile
    the administrator runs team init; the password typed is tried and kept."""
    asked: list[str] = []

    def ask(profile: ServerProfile, exc: UserError) -> str | None:
        asked.append(str(exc))
        engine = make_engine(team_db.url())
        try:
            team.init_server(engine, tmp_path / "admin")
        finally:
            engine.dispose()
        return "typed-at-start"

    ctx = open_team_asking(team_db, tmp_path / "desk", ask)
    assert ctx is not None
    try:
        assert len(asked) == 1 and "team init" in asked[0]
        assert ctx.actor == team_db.user
        assert stored_password(team_db) == "typed-at-start"  # kept for the next start
    finally:
        ctx.db.dispose()


def test_stopping_after_a_refusal_opens_nothing(tmp_path: Path) -> None:
    unreachable = ServerProfile(
        host="127.0.0.1", port=1, database="dpo_desk", user="marie", sslmode="disable"
    )
    asked: list[str] = []

    def ask(profile: ServerProfile, exc: UserError) -> str | None:
        asked.append(str(exc))
        return None if len(asked) == 2 else "try-this"

    assert open_team_asking(unreachable, tmp_path, ask) is None
    assert len(asked) == 2  # asked again after the first password, then stopped
    assert stored_password(unreachable) is None  # nothing kept from a failed try
