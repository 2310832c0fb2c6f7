"""The "Team server" group of the Settings screen: which server this desk works on (or
that it works alone), and the way to join, change or leave one. A change takes effect at
the next start: the open data is never swapped under the DPO's feet."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dpo_desk.domain.team import TeamRole
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.join_server import JoinServerDialog
from dpo_desk.ui.server_settings import save_profile, saved_profile


class TeamServerBox(QGroupBox):
    """The current connection in words, and Join / Work alone."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("team_server")
        self.current = QLabel()
        self.current.setObjectName("team_server_current")
        self.current.setWordWrap(True)
        self.join_button = QPushButton()
        self.alone_button = QPushButton()
        self.join_button.clicked.connect(self.open_join)
        self.alone_button.clicked.connect(self.work_alone)
        row = QHBoxLayout()
        row.addWidget(self.join_button)
        row.addWidget(self.alone_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Team server"))
        self.join_button.setText(self.tr("&Join or change a team server…"))
        self.alone_button.setText(self.tr("Work &alone at the next start"))
        self.refresh()

    def refresh(self) -> None:
        ctx = self.app.ctx
        saved = saved_profile(ctx.data_dir)
        roles = {
            TeamRole.DPO: self.tr("DPO"),
            TeamRole.DEPUTY: self.tr("deputy"),
            TeamRole.ASSISTANT: self.tr("assistant"),
            TeamRole.AUDITOR: self.tr("auditor"),
        }
        if ctx.team_role is not None:
            url = ctx.db.engine.url
            where = f"{url.host}:{url.port}/{url.database}"
            text = (
                self.tr("This desk works on the team server %1 as %2 (role: %3).")
                .replace("%1", where)
                .replace("%2", ctx.actor)
                .replace("%3", roles[ctx.team_role])
            )
            if saved is None:
                text += " " + self.tr("At the next start it works alone.")
        else:
            text = self.tr("This desk works alone: its data stay on this computer.")
            if saved is not None:
                text += " " + self.tr("It opens the team server %1 at the next start.").replace(
                    "%1", saved.label()
                )
        self.current.setText(text)
        self.alone_button.setEnabled(saved is not None)

    def open_join(self) -> None:
        dialog = JoinServerDialog(self.app, self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()

    def work_alone(self) -> None:
        save_profile(self.app.ctx.data_dir, None)
        self.refresh()
