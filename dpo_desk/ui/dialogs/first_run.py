"""First start on an empty store: try the demonstration data, or describe the organisation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services import cases, organisation
from dpo_desk.services.context import Context
from dpo_desk.services.deadlines import known_jurisdictions
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.action import ActionDialog
from dpo_desk.ui.dialogs.join_server import JoinServerDialog


def needs_first_run(ctx: Context) -> bool:
    """No case and no organisation profile yet."""
    return not organisation.get_profile(ctx).configured and not cases.list_cases(
        ctx, cases.CaseFilter(limit=1)
    )


class OrganisationDialog(ActionDialog):
    """The few facts every letter and deadline needs; the rest is in Settings."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.setWindowTitle(self.tr("Your organisation"))
        self.set_intro(
            self.tr(
                "These details appear on letters and set the default law "
                "for deadlines. You can change them later in Settings."
            )
        )
        self.name = QLineEdit()
        self.dpo_name = QLineEdit()
        self.dpo_email = QLineEdit()
        self.jurisdiction = QComboBox()
        for code in known_jurisdictions():
            self.jurisdiction.addItem(code, code)
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        rows = (
            (self.tr("Organisation &name:"), self.name),
            (self.tr("&DPO name:"), self.dpo_name),
            (self.tr("DPO &e-mail:"), self.dpo_email),
            (self.tr("Default &jurisdiction:"), self.jurisdiction),
            (self.tr("Letters &language:"), self.language),
        )
        for text, widget in rows:
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.form.addRow(text, widget)
        self.ok_button.setText(self.tr("Save"))

    def operation(self) -> Callable[[], Any] | None:
        ctx = self.app.ctx
        changes = {
            "name": self.name.text(),
            "dpo_name": self.dpo_name.text(),
            "dpo_email": self.dpo_email.text(),
            "default_jurisdiction": str(self.jurisdiction.currentData()),
            "language": str(self.language.currentData()),
        }
        return lambda: organisation.update_profile(ctx, changes)


class FirstRunDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Welcome to DPO Desk"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "This data directory is empty. You can explore DPO Desk with a "
                "demonstration organisation (a French online jeweller and a "
                "few dozen requests), start with your own organisation, or join "
                "your team's server."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.demo = QPushButton(self.tr("Load the &demonstration data"))
        self.profile = QPushButton(self.tr("Describe my &organisation…"))
        self.team = QPushButton(self.tr("Join a &team server…"))
        self.later = QPushButton(self.tr("&Later"))
        for button in (self.demo, self.profile, self.team, self.later):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            layout.addWidget(button)
        self.demo.clicked.connect(self.load_demo)
        self.profile.clicked.connect(self.fill_profile)
        self.team.clicked.connect(self.join_team)
        self.later.clicked.connect(self.reject)
        self.setMinimumWidth(480)

    def load_demo(self) -> None:
        ctx = self.app.ctx
        self.demo.setEnabled(False)

        def done(_report: object) -> None:
            self.app.signals.settings_changed.emit()
            self.app.signals.registers_changed.emit()
            self.app.signals.case_changed.emit("")
            self.accept()

        # The demo (with the letters and reportlab it writes with) loads on this click:
        # at the top it cost every start about 0.18 s before the window's first paint,
        # to ask whether this dialog was needed at all (issue 19).
        from dpo_desk.services import demo

        self.app.tasks.run(lambda: demo.load_demo(ctx), done, parent=self)

    def fill_profile(self) -> None:
        dialog = OrganisationDialog(self.app, self.parentWidget())
        dialog.succeeded.connect(lambda _p: self.app.signals.settings_changed.emit())
        self.accept()
        dialog.open()

    def join_team(self) -> None:
        """The team's server instead of this computer's data (opened at the next start)."""
        dialog = JoinServerDialog(self.app, self.parentWidget())
        self.accept()
        dialog.open()
