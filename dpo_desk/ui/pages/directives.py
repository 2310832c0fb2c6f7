"""Post-mortem directives and death notifications (Loi 78-17 art. 84-85)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.registers import DIRECTIVE_ACTIONS
from dpo_desk.domain.team import Action
from dpo_desk.services import registers
from dpo_desk.services.registers.dto import DeathNotificationView, DirectiveView
from dpo_desk.ui import roles
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import (
    StatusLine,
    explanation,
    heading,
    make_table,
    selected_row,
)
from dpo_desk.ui.dialogs.register_death import DeathActionDialog, NotifyDeathDialog
from dpo_desk.ui.dialogs.register_directive import DirectiveDialog, RevokeDialog, pick
from dpo_desk.ui.models.register_common import Column, RecordTableModel
from dpo_desk.ui.page import Page
from dpo_desk.ui.widgets import labels


class DirectivesPage(Page):
    """The directives register, a person search, and the death notifications workflow."""

    key = "directives"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.searching = False
        self.title_label = heading(self.title(), self)
        self.status = StatusLine(self)
        self.status.setAccessibleName(self.tr("Status"))

        self.directive_model: RecordTableModel[DirectiveView] = RecordTableModel(
            [
                Column(lambda: self.tr("Person"), lambda d: d.person_name),
                Column(
                    lambda: self.tr("Registered on"), lambda d: labels.fmt_date(d.registered_on)
                ),
                Column(lambda: self.tr("Action"), lambda d: self._action_label(d)),
                Column(lambda: self.tr("Designated person"), lambda d: d.designated_person or "—"),
                Column(
                    lambda: self.tr("Revoked?"),
                    lambda d: (
                        self.tr("Revoked on {0}").format(labels.fmt_date(d.revoked_on))
                        if d.revoked_on
                        else self.tr("No, in force")
                    ),
                    warning=lambda d: d.revoked_on is not None,
                ),
            ]
        )
        self.death_model: RecordTableModel[DeathNotificationView] = RecordTableModel(
            [
                Column(lambda: self.tr("Deceased"), lambda n: n.deceased_name),
                Column(lambda: self.tr("Notified on"), lambda n: labels.fmt_date(n.notified_on)),
                Column(lambda: self.tr("Notifier"), lambda n: n.notifier_name),
                Column(lambda: self.tr("Case"), lambda n: n.case_reference),
                Column(
                    lambda: self.tr("Directives"),
                    lambda n: str(len(n.directive_ids)) if n.directive_ids else self.tr("none"),
                ),
                Column(lambda: self.tr("Actions"), lambda n: str(len(n.actions))),
                Column(
                    lambda: self.tr("State"),
                    self.death_state,
                    warning=lambda n: n.answered_on is not None and n.evidence_purged_at is None,
                    tooltip=lambda n: self._missing(n),
                ),
            ]
        )
        self._build()
        self.retranslate()

    # --- layout ---------------------------------------------------------------------
    def _button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.find_name = QLineEdit(self)
        self.find_email = QLineEdit(self)
        self.find_button = self._button(self.find_person)
        self.find_name.returnPressed.connect(self.find_person)
        self.find_email.returnPressed.connect(self.find_person)
        self.all_button = self._button(self.show_all)
        self.add_button = self._button(self.add_directive)
        self.details_button = self._button(self.show_directive)
        self.revoke_button = self._button(self.revoke_directive)
        self.directive_table = make_table(self.directive_model, "", self)
        self.directive_table.doubleClicked.connect(lambda _i: self.show_directive())

        self.notify_button = self._button(self.notify_death)
        self.action_button = self._button(self.record_action)
        self.answer_button = self._button(self.mark_answered)
        self.purge_button = self._button(self.purge_evidence)
        roles.show_if(
            self.app,
            Action.INTAKE,
            self.add_button,
            self.revoke_button,
            self.notify_button,
            self.action_button,
            self.answer_button,
            self.purge_button,
        )
        self.death_table = make_table(self.death_model, "", self)

        self.directive_box = QGroupBox(self)
        box = QVBoxLayout(self.directive_box)
        self.directive_note = explanation("", self)
        box.addWidget(self.directive_note)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_name, 2)
        find_row.addWidget(self.find_email, 2)
        find_row.addWidget(self.find_button)
        find_row.addWidget(self.all_button)
        box.addLayout(find_row)
        actions = QHBoxLayout()
        for b in (self.add_button, self.details_button, self.revoke_button):
            actions.addWidget(b)
        actions.addStretch(1)
        box.addLayout(actions)
        box.addWidget(self.directive_table)

        self.death_box = QGroupBox(self)
        dbox = QVBoxLayout(self.death_box)
        self.death_note = explanation("", self)
        dbox.addWidget(self.death_note)
        dactions = QHBoxLayout()
        for b in (self.notify_button, self.action_button, self.answer_button, self.purge_button):
            dactions.addWidget(b)
        dactions.addStretch(1)
        dbox.addLayout(dactions)
        dbox.addWidget(self.death_table)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.directive_box)
        split.addWidget(self.death_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Post-mortem directives")

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.directive_box.setTitle(self.tr("Directives registered with us"))
        self.directive_note.setText(
            self.tr(
                "Particular directives concern the data we hold; they need the person's specific "
                "consent and can be revoked at any time (Loi 78-17 art. 85 I)."
            )
        )
        self.find_name.setPlaceholderText(
            self.tr("Full name of the person (accents and capitals ignored)")
        )
        self.find_name.setAccessibleName(self.tr("Find directives: name"))
        self.find_email.setPlaceholderText(self.tr("or e-mail"))
        self.find_email.setAccessibleName(self.tr("Find directives: e-mail"))
        self.find_button.setText(self.tr("&Find directives of a person"))
        self.find_button.setToolTip(
            self.tr(
                'Search by full name ("elodie lefevre" finds '
                '"Élodie Lefèvre") or e-mail, revoked '
                "directives included"
            )
        )
        self.all_button.setText(self.tr("Show all"))
        self.all_button.setToolTip(self.tr("Clear the search and list every directive"))
        self.add_button.setText(self.tr("&Register a directive…"))
        self.add_button.setToolTip(
            self.tr(
                "Record a particular directive with the evidence of the person's specific consent"
            )
        )
        self.details_button.setText(self.tr("&Details…"))
        self.details_button.setToolTip(
            self.tr(
                "Show the selected directive. To change a directive, revoke it and register the "
                "new one: consent is given to a precise text."
            )
        )
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.revoke_button.setToolTip(
            self.tr("Mark the selected directive revoked; it is kept, never executed")
        )
        self.directive_table.setAccessibleName(self.tr("Post-mortem directives"))
        self.death_box.setTitle(self.tr("Death notifications"))
        self.death_note.setText(
            self.tr(
                "Notified → actions recorded → heirs answered → death certificate and proof of "
                "capacity purged. Without directives, heirs may ask only what the succession "
                "needs and that the death be taken into account (art. 85 II)."
            )
        )
        self.notify_button.setText(self.tr("&Notify a death…"))
        self.notify_button.setToolTip(
            self.tr("Open a post-mortem case, mark the person deceased and find their directives")
        )
        self.action_button.setText(self.tr("Record an &action…"))
        self.action_button.setToolTip(
            self.tr("Record what was done (accounts closed, data communicated…)")
        )
        self.answer_button.setText(self.tr("&Mark answered"))
        self.answer_button.setToolTip(
            self.tr("The heirs were told what was done, at no cost (art. 85)")
        )
        self.purge_button.setText(self.tr("&Purge evidence"))
        self.purge_button.setToolTip(
            self.tr(
                "Destroy the death certificate and proof of capacity once the heirs are answered"
            )
        )
        self.death_table.setAccessibleName(self.tr("Death notifications"))
        self.directive_model.retranslate()
        self.death_model.retranslate()

    @staticmethod
    def _action_label(d: DirectiveView) -> str:
        pair = DIRECTIVE_ACTIONS.get(d.action)
        return pick(pair) if pair else d.action

    def death_state(self, n: DeathNotificationView) -> str:
        """Where a notification stands, in words."""
        if n.evidence_purged_at is not None:
            return self.tr("Answered, evidence purged")
        if n.answered_on is not None:
            return self.tr("Answered on {0}; evidence to purge").format(
                labels.fmt_date(n.answered_on)
            )
        if n.actions:
            return self.tr("{0} action(s) recorded; to answer").format(len(n.actions))
        return self.tr("Notified; no action yet")

    def _missing(self, n: DeathNotificationView) -> str:
        if n.missing_evidence and n.evidence_purged_at is None:
            return self.tr("Evidence not received: {0}").format(
                ", ".join(labels.operation(k) for k in n.missing_evidence)
            )
        return ""

    # --- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.app.ctx
        if self.searching:
            self.find_person()
        else:
            (
                BackgroundOp(self, lambda _h: registers.list_directives(ctx))
                .success(self.directive_model.set_rows)
                .refusal(self.status.error)
                .run_in(Lane.DB, self.app.tasks)
            )
        (
            BackgroundOp(self, lambda _h: registers.list_notifications(ctx))
            .success(self.death_model.set_rows)
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def find_person(self) -> None:
        name, email = self.find_name.text(), self.find_email.text()
        if not name.strip() and not email.strip():
            self.show_all()
            return
        ctx = self.app.ctx
        self.searching = True

        def done(rows: list[DirectiveView]) -> None:
            self.directive_model.set_rows(rows)
            if rows:
                self.status.ok(self.tr("{0} directive(s) found for this person.").format(len(rows)))
            else:
                self.status.ok(self.tr("No directive found for this person."))

        (
            BackgroundOp(self, lambda _h: registers.find_directives(ctx, name, email or None))
            .success(done)
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def show_all(self) -> None:
        self.searching = False
        self.find_name.clear()
        self.find_email.clear()
        self.status.setText("")
        self.refresh()

    def _changed(self, message: str) -> None:
        self.status.ok(message)
        self.app.signals.registers_changed.emit()
        self.refresh()

    def _directive(self) -> DirectiveView | None:
        row = self.directive_model.row_at(selected_row(self.directive_table))
        if row is None:
            self.status.error(self.tr("Select a directive first."))
        return row

    def _notification(self) -> DeathNotificationView | None:
        row = self.death_model.row_at(selected_row(self.death_table))
        if row is None:
            self.status.error(self.tr("Select a death notification first."))
        return row

    def _run_dialog(self, dialog: QDialog, message: Callable[[Any], str]) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(message(getattr(dialog, "result_value", None)))

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.title(), text)
        return answer == QMessageBox.StandardButton.Yes

    # --- actions ----------------------------------------------------------------------
    def add_directive(self) -> None:
        self._run_dialog(
            DirectiveDialog(self.app, self),
            lambda d: self.tr("Directive of {0} registered.").format(d.person_name),
        )

    def show_directive(self) -> None:
        d = self._directive()
        if d is not None:
            DirectiveDialog(self.app, self, existing=d).exec()

    def revoke_directive(self) -> None:
        d = self._directive()
        if d is None:
            return
        if d.revoked_on is not None:
            self.status.error(
                self.tr("This directive was already revoked on {0}.").format(
                    labels.fmt_date(d.revoked_on)
                )
            )
            return
        self._run_dialog(
            RevokeDialog(self.app, d, self),
            lambda _r: self.tr("Directive of {0} revoked.").format(d.person_name),
        )

    def notify_death(self) -> None:
        self._run_dialog(
            NotifyDeathDialog(self.app, self),
            lambda n: self.tr("Death of {0} recorded: case {1}.").format(
                n.deceased_name, n.case_reference
            ),
        )

    def record_action(self) -> None:
        n = self._notification()
        if n is not None:
            self._run_dialog(
                DeathActionDialog(self.app, n, self), lambda _r: self.tr("Action recorded.")
            )

    def mark_answered(self) -> None:
        n = self._notification()
        if n is None:
            return
        ctx, ident = self.app.ctx, n.id
        (
            BackgroundOp(self, lambda _h: registers.answer_heirs(ctx, ident))
            .success(
                lambda _r: self._changed(self.tr("Heirs of {0} answered.").format(n.deceased_name))
            )
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )

    def purge_evidence(self) -> None:
        n = self._notification()
        if n is None:
            return
        if not self.confirm(
            self.tr(
                "Destroy the death certificate and proof of capacity "
                "of {0}? This cannot be undone; the facts and the "
                "audit trail remain."
            ).format(n.deceased_name)
        ):
            return
        ctx, ident = self.app.ctx, n.id
        (
            BackgroundOp(self, lambda _h: registers.purge_death_evidence(ctx, ident))
            .success(lambda _r: self._changed(self.tr("Evidence purged.")))
            .refusal(self.status.error)
            .run_in(Lane.DB, self.app.tasks)
        )
