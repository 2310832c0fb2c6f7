"""The window hides what the person's role may not do (issue 16).

Reads the role's rights (``domain.team.can``: everything on a solo desk); the server refuses the
same actions on its own, so a hidden button is a courtesy, not the protection.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from dpo_desk.domain.team import Action, TeamRole, can
from dpo_desk.ui.context import AppContext


def allowed(app: AppContext, action: Action) -> bool:
    return can(app.ctx.team_role, action)


def show_if(app: AppContext, action: Action, *items: QWidget | QAction) -> None:
    """Hide (and disable, for shortcuts) ``items`` when the role may not do ``action``."""
    if allowed(app, action):
        return
    for item in items:
        item.setVisible(False)
        if isinstance(item, QAction):
            item.setEnabled(False)


# The pages of the navigation a role needs an action to see.
PAGE_ACTIONS: dict[str, Action] = {
    "settings": Action.SETTINGS,
    "backups": Action.RESTORE,
}


def note(app: AppContext) -> str:
    """One line under a case's title saying why actions are missing ("" for the DPO)."""
    role = app.ctx.team_role
    if role is TeamRole.ASSISTANT:
        return QCoreApplication.translate(
            "roles",
            "Your role: assistant. Refusing, extending, closing and sending letters are "
            "left to the DPO or a deputy.",
        )
    if role is TeamRole.AUDITOR:
        return QCoreApplication.translate("roles", "Your role: auditor (read only).")
    return ""
