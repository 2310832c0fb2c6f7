"""Identity steps: ask for information (with the reason for the doubt), record that it
arrived, verify (how), or record that it failed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from dpo_desk.domain.identity import DEFAULT_ANSWER_DAYS, IdentityMethod, answer_deadline
from dpo_desk.services import identity
from dpo_desk.services.dto import CaseDetail
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.action import ActionDialog
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.dates import DateField


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(100)
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    return box


class RequestIdentityDialog(ActionDialog):
    """Ask the requester for more information; the deadline pauses meanwhile."""

    def __init__(self, app: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.detail = detail
        self.setWindowTitle(
            self.tr("Request identity information — %1").replace("%1", detail.reference)
        )
        self.set_intro(
            self.tr(
                "Ask only when there is a reasonable doubt about who is "
                "asking (GDPR Art. 12(6)). The deadline is suspended until "
                "the answer arrives."
            )
        )
        self.doubt = _text_box(
            self.tr("Reason for the doubt"),
            self.tr("Why is the identity in doubt? (kept in the case)"),
        )
        self.form.addRow(self.tr("Reason for the &doubt:"), self.doubt)
        self.document = QCheckBox(self.tr("Ask for a copy of an identity document"))
        self.document.setChecked(False)
        self.document.setAccessibleName(self.tr("Ask for a copy of an identity document"))
        self.document.setToolTip(
            self.tr(
                "The CNIL allows it only on a reasonable doubt, never "
                "systematically; the copy is destroyed once identity "
                "is verified."
            )
        )
        self.form.addRow("", self.document)
        self.asked = DateField(app.ctx.today())
        self.asked.set_range(
            None, app.ctx.today(), too_late=self.tr("The request cannot be dated in the future.")
        )
        self.asked.setAccessibleName(self.tr("Date of the request"))
        self.form.addRow(self.tr("&Asked on:"), self.asked)
        # Past this day with nothing received, the step expires and a refusal for
        # identity not established becomes possible (domain.identity: 30 days by default).
        self.answer_by = DateField(answer_deadline(app.ctx.today()))
        self.answer_by.setAccessibleName(self.tr("Last day to answer"))
        self.answer_by.setToolTip(
            self.tr(
                "If nothing arrives by this day, the identity step expires: you may "
                "then refuse because identity is not established. Default: %n day(s) "
                "after today (a house choice; no law fixes it).",
                "",
                DEFAULT_ANSWER_DAYS,
            )
        )
        self.form.addRow(self.tr("Answer &by:"), self.answer_by)
        self.ok_button.setText(self.tr("Request information"))

    def operation(self) -> Callable[[], Any] | None:
        ctx, ref = self.app.ctx, self.detail.reference
        doubt, document = self.doubt.toPlainText(), self.document.isChecked()
        asked = self.asked.value()
        answer_by = self.answer_by.value()
        if asked is None or answer_by is None:
            return None
        if answer_by < asked:
            self.show_error(self.tr("The day to answer by is before the request."))
            return None
        return lambda: identity.request_identity(
            ctx, ref, doubt, asked, document=document, answer_by=answer_by
        )


class ReceiveIdentityDialog(ActionDialog):
    def __init__(self, app: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Information received — %1").replace("%1", detail.reference))
        self.set_intro(
            self.tr("The requested information arrived: the deadline runs again from this day.")
        )
        self.received = DateField(app.ctx.today())
        self.received.set_range(
            None,
            app.ctx.today(),
            too_late=self.tr("Information cannot arrive in the future: check the date."),
        )
        self.received.setAccessibleName(self.tr("Date the information arrived"))
        self.form.addRow(self.tr("&Arrived on:"), self.received)
        self.ok_button.setText(self.tr("Record"))

    def operation(self) -> Callable[[], Any] | None:
        ctx, ref, got = self.app.ctx, self.detail.reference, self.received.value()
        if got is None:
            return None
        return lambda: identity.receive_identity(ctx, ref, got)


class VerifyIdentityDialog(ActionDialog):
    def __init__(self, app: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Verify identity — %1").replace("%1", detail.reference))
        self.set_intro(
            self.tr(
                "Record how the identity was established. Any copy of an "
                "identity document attached to the case is destroyed now; "
                "only these facts are kept."
            )
        )
        self.method = QComboBox()
        for value in IdentityMethod:
            self.method.addItem(labels.method(value), value.value)
        self.method.setAccessibleName(self.tr("Verification method"))
        self.form.addRow(self.tr("&Method:"), self.method)
        self.document_kind = QLineEdit()
        self.document_kind.setPlaceholderText(self.tr("e.g. passport, identity card"))
        self.document_kind.setAccessibleName(self.tr("Kind of document seen"))
        self.form.addRow(self.tr("&Document seen:"), self.document_kind)
        self.note = _text_box(self.tr("Note"), self.tr("Optional"))
        self.form.addRow(self.tr("&Note:"), self.note)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self.ok_button.setText(self.tr("Verify"))

    def _method_changed(self) -> None:
        self.document_kind.setEnabled(self.method.currentData() == IdentityMethod.DOCUMENT.value)

    def operation(self) -> Callable[[], Any] | None:
        ctx, ref = self.app.ctx, self.detail.reference
        method = str(self.method.currentData())
        kind = self.document_kind.text() if self.document_kind.isEnabled() else ""
        note = self.note.toPlainText()
        return lambda: identity.verify_identity(ctx, ref, method, kind, note)


class FailIdentityDialog(ActionDialog):
    def __init__(self, app: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.detail = detail
        self.setWindowTitle(
            self.tr("Identity not established — %1").replace("%1", detail.reference)
        )
        self.set_intro(
            self.tr(
                "Record why the identity could not be established. You may "
                "then refuse the request (GDPR Art. 12(2) and 11(2))."
            )
        )
        self.reason = _text_box(self.tr("Reason"), self.tr("Required"))
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.ok_button.setText(self.tr("Record failure"))

    def operation(self) -> Callable[[], Any] | None:
        ctx, ref, why = self.app.ctx, self.detail.reference, self.reason.toPlainText()
        return lambda: identity.fail_identity(ctx, ref, why)
