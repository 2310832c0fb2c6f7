"""Give a case to a team member, or to nobody (issue 16): "my cases" lists the cases
given to the person at the desk. The case's version is the one shown when the dialog
opened: when someone else changed the case meanwhile, the dialog says who and what, and
keeps the name typed (``FormDialog`` and ``services.versions``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from dpo_desk.services import cases, collab
from dpo_desk.services.dto import CaseDetail
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import FormDialog


class AssignDialog(FormDialog):
    """Who works on the case: a login name, "Me", or empty for nobody.

    Signals:
        succeeded(object): the case as stored after the change (a ``CaseDetail``).
    """

    succeeded = Signal(object)
    aliases = {"assigned to": "person"}

    def __init__(self, app: AppContext, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(app, parent)
        self.reference = detail.reference
        self.setWindowTitle(self.tr("Assign %1").replace("%1", detail.reference))
        self.setMinimumWidth(440)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.person = QLineEdit(row)
        self.person.setObjectName("assign_person")
        self.person.setClearButtonEnabled(True)
        self.person.setPlaceholderText(self.tr("empty: nobody"))
        self.me = QPushButton(self.tr("&Me"), row)
        self.me.setToolTip(self.tr("Assign the case to you (%1)").replace("%1", app.ctx.actor))
        self.me.clicked.connect(lambda: self.person.setText(self.app.ctx.actor))
        line.addWidget(self.person, 1)
        line.addWidget(self.me)
        self.add_row(
            "person",
            self.tr("&Assigned to"),
            row,
            self.tr("The team member's login name, as they sign in to the server"),
        )
        self.rows["person"][0].setAccessibleName(self.tr("Assigned to"))
        self.person.setAccessibleName(self.tr("Assigned to"))
        self.fill(detail)

    def fill(self, detail: CaseDetail) -> None:
        """The assignee as stored, and the case's version (issue 16)."""
        self.person.setText(detail.summary.assigned_to)
        self.version = detail.summary.version

    def operation(self) -> Callable[[], Any] | None:
        ctx, ref, person, version = self.app.ctx, self.reference, self.person.text(), self.version

        def op() -> CaseDetail:
            collab.assign_case(ctx, ref, person, version=version)
            return cases.get_case(ctx, ref)

        return op

    def reload_theirs(self) -> Callable[[], object] | None:
        ctx, ref = self.app.ctx, self.reference
        return lambda: self.app.tasks.run(lambda: cases.get_case(ctx, ref), self.fill, self._failed)

    def _done(self, value: Any) -> None:
        super()._done(value)
        self.succeeded.emit(value)


def assign_button(open_dialog: Callable[[], object]) -> QPushButton:
    """The case view's "Assign…" action."""
    button = QPushButton(QCoreApplication.translate("AssignDialog", "A&ssign…"))
    button.setToolTip(
        QCoreApplication.translate("AssignDialog", "Who works on this case (the “My cases” filter)")
    )
    button.clicked.connect(lambda: open_dialog())
    return button
