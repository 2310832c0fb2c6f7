"""Dialogs of the post-mortem directives register (Loi 78-17 art. 85): register a
directive (the person's specific consent is required), look at one, revoke one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dpo_desk.domain.registers import DIRECTIVE_ACTIONS
from dpo_desk.services import registers
from dpo_desk.services.registers.dto import DirectiveView
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import (
    FormDialog,
    OptionalDateEdit,
)
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.dates import DateField


def pick(pair: tuple[str, ...]) -> str:
    """The French or English label of a domain word, in the program's language."""
    return pair[1] if labels.language() == "fr" and len(pair) > 1 else pair[0]


def text_edit(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class DirectiveDialog(FormDialog):
    """Register a particular directive; read-only when given an existing one."""

    aliases = {
        "person": "person_name",
        "action": "action",
        "consent evidence": "consent_evidence",
        "registered on": "registered_on",
        "birth date": "birth_date",
        "e-mail": "email",
        "designated person": "designated_person",
        "designated contact": "designated_contact",
        "scope": "scope",
        "instructions": "instructions",
    }

    def __init__(
        self, app: AppContext, parent: QWidget | None = None, existing: DirectiveView | None = None
    ) -> None:
        super().__init__(app, parent)
        self.setWindowTitle(
            self.tr("Post-mortem directive")
            if existing
            else self.tr("Register a post-mortem directive")
        )
        self.setMinimumWidth(560)
        self.person = self.add_row(
            "person_name",
            self.tr("&Person"),
            QLineEdit(self),
            self.tr("Full name of the person who gives the directive"),
        )
        self.email = self.add_row(
            "email",
            self.tr("&E-mail"),
            QLineEdit(self),
            self.tr("Used to find the directive when a death is notified"),
        )
        self.birth = OptionalDateEdit(self.tr("known"), self)
        self.add_row(
            "birth_date",
            self.tr("&Birth date"),
            self.birth,
            self.tr("Tells two people with the same name apart"),
        )
        self.registered = DateField(app.ctx.today(), self)
        self.add_row(
            "registered_on",
            self.tr("&Registered on"),
            self.registered,
            self.tr("The day the directive was received by the organisation"),
        )
        self.action = QComboBox(self)
        for key, pair in DIRECTIVE_ACTIONS.items():
            self.action.addItem(pick(pair), key)
        self.add_row(
            "action",
            self.tr("&Action"),
            self.action,
            self.tr("What the person wants done with their data after death"),
        )
        self.scope = self.add_row(
            "scope", self.tr("&Scope"), QLineEdit(self), self.tr("Which data the directive covers")
        )
        self.instructions = self.add_row(
            "instructions",
            self.tr("&Instructions"),
            text_edit(self),
            self.tr("The directive's words"),
        )
        self.designated = self.add_row(
            "designated_person",
            self.tr("&Designated person"),
            QLineEdit(self),
            self.tr(
                "Who executes the directive (required to communicate the data); "
                "without one, the heirs may (Loi 78-17 art. 85 I)"
            ),
        )
        self.contact = self.add_row(
            "designated_contact", self.tr("Designated person's &contact"), QLineEdit(self)
        )
        self.consent = self.add_row(
            "consent_evidence",
            self.tr("Evidence of specific &consent"),
            text_edit(self, 2),
            self.tr(
                "Required: how the person gave specific consent to this directive "
                "(signed form, dedicated online box). Accepting general terms is not "
                "enough (Loi 78-17 art. 85 I)."
            ),
        )
        note = QLabel(
            self.tr(
                "A particular directive needs the person's specific consent, "
                "not mere acceptance of terms (Loi 78-17 art. 85 I)."
            ),
            self,
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        if existing is not None:
            self._show(existing)

    def _show(self, d: DirectiveView) -> None:
        self.person.setText(d.person_name)
        self.email.setText(d.person_email)
        self.birth.set_value(d.person_birth_date)
        self.registered.set_value(d.registered_on)
        self.action.setCurrentIndex(max(0, self.action.findData(d.action)))
        self.scope.setText(d.scope)
        self.instructions.setPlainText(d.instructions)
        self.designated.setText(d.designated_person)
        self.contact.setText(d.designated_contact)
        self.consent.setPlainText(d.consent_evidence)
        for widget, _error in self.rows.values():
            widget.setEnabled(False)
        self.buttons.setStandardButtons(self.buttons.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

    def new_directive(self) -> registers.NewDirective:
        return registers.NewDirective(
            person_name=self.person.text(),
            action=str(self.action.currentData()),
            consent_evidence=self.consent.toPlainText(),
            registered_on=self.registered.value(),
            person_email=self.email.text(),
            person_birth_date=self.birth.value(),
            scope=self.scope.text(),
            instructions=self.instructions.toPlainText(),
            designated_person=self.designated.text(),
            designated_contact=self.contact.text(),
        )

    def operation(self) -> Callable[[], Any] | None:
        new = self.new_directive()
        if not new.consent_evidence.strip():
            self.show_error(
                self.tr(
                    "consent evidence: required. Say how the person gave "
                    "specific consent (Loi 78-17 art. 85 I)."
                ),
                key="consent_evidence",  # translated text: no English prefix to match
            )
            return None
        ctx = self.app.ctx
        return lambda: registers.add_directive(ctx, new)


class RevokeDialog(FormDialog):
    """Revoke a directive: kept for history, never executed."""

    aliases = {"revoked on": "revoked_on", "note": "note"}

    def __init__(
        self, app: AppContext, directive: DirectiveView, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.directive = directive
        self.setWindowTitle(self.tr("Revoke a directive"))
        intro = QLabel(
            self.tr(
                "Revoke the directive of {0} registered on {1}? It stays in "
                "the register, marked revoked, and is never executed."
            ).format(directive.person_name, labels.fmt_date(directive.registered_on)),
            self,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.on = DateField(app.ctx.today(), self)
        self.add_row(
            "revoked_on",
            self.tr("Revoked &on"),
            self.on,
            self.tr("The day the person revoked the directive"),
        )
        self.note = self.add_row(
            "note", self.tr("&Note"), text_edit(self, 2), self.tr("How the revocation was received")
        )

    def operation(self) -> Callable[[], Any] | None:
        ctx, ident = self.app.ctx, self.directive.id
        on = self.on.value()
        if on is None:
            return None
        note = self.note.toPlainText()
        return lambda: registers.revoke_directive(ctx, ident, on, note)
