"""Moving a case on: a status change (with its reason when the law wants one) and the
extension, which shows the new dates before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dpo_desk.domain.lifecycle import NEEDS_REASON, CaseState, RefusalReason
from dpo_desk.errors import UserError
from dpo_desk.services import deadlines, workflow
from dpo_desk.services.dto import CaseDetail
from dpo_desk.ui import crash
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.action import ActionDialog
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.dates import DateField


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class TransitionDialog(ActionDialog):
    """Confirm a status change; asks for the ground of a refusal or the reason of a
    withdrawal or forward."""

    def __init__(
        self, app: AppContext, detail: CaseDetail, target: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.detail = detail
        self.target = CaseState(target)
        self.setWindowTitle(
            self.tr("%1 — %2")
            .replace("%1", labels.state_action(target))
            .replace("%2", detail.reference)
        )
        self.set_intro(
            self.tr(
                "Case %1 (%2) will move from “%3” to “%4”. This cannot be "
                "undone: the change is recorded in the audit log."
            )
            .replace("%1", detail.reference)
            .replace("%2", detail.summary.subject_name)
            .replace("%3", labels.state(detail.summary.status))
            .replace("%4", labels.state(target))
        )
        self.ground: QComboBox | None = None
        self.facts: QPlainTextEdit | None = None
        self.reason: QPlainTextEdit | None = None
        if self.target is CaseState.REFUSED:
            # The one place the ground and its facts are asked: the refusal letter takes
            # them from the case (issue 12), so the two can never differ.
            self.ground = QComboBox()
            for value in RefusalReason:
                self.ground.addItem(labels.refusal(value), value.value)
            self.ground.setAccessibleName(self.tr("Ground for refusal"))
            self.form.addRow(self.tr("&Ground for refusal:"), self.ground)
            self.facts = QPlainTextEdit()
            self.facts.setTabChangesFocus(True)
            self.facts.setMaximumHeight(110)
            self.facts.setAccessibleName(self.tr("Facts of the refusal"))
            self.facts.setPlaceholderText(
                self.tr(
                    "Required: what you found that makes this ground apply (quoted in "
                    "the refusal letter)"
                )
            )
            self.form.addRow(self.tr("&Facts:"), self.facts)
        elif self.target in NEEDS_REASON or self.target is CaseState.CLOSED:
            self.reason = QPlainTextEdit()
            self.reason.setTabChangesFocus(True)
            self.reason.setMaximumHeight(90)
            self.reason.setAccessibleName(self.tr("Reason"))
            required = self.target in NEEDS_REASON
            self.reason.setPlaceholderText(
                self.tr("Required: how the person withdrew, or to whom the request went")
                if required
                else self.tr("Required if no reply letter was marked sent: why you close")
            )
            self.form.addRow(self.tr("&Reason:") if required else self.tr("&Note:"), self.reason)
        # After the deadline, the move is late: it is recorded only with why (same rule as
        # the service, workflow.is_late), and shows as late in the timeline.
        self.late_since = workflow.is_late(detail, target, app.ctx.today())
        self.late_reason: QPlainTextEdit | None = None
        if self.late_since is not None:
            warning = QLabel(
                self.tr(
                    "The deadline was %1: this is late. Say why; the reason is kept in "
                    "the audit log and the case timeline shows the step as late."
                ).replace("%1", labels.fmt_long_date(self.late_since))
            )
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #a40000;")
            self.form.addRow(warning)
            self.late_reason = QPlainTextEdit()
            self.late_reason.setTabChangesFocus(True)
            self.late_reason.setMaximumHeight(80)
            self.late_reason.setAccessibleName(self.tr("Reason for the delay"))
            self.late_reason.setPlaceholderText(
                self.tr("Required: why this comes after the deadline")
            )
            self.form.addRow(self.tr("Reason for the &delay:"), self.late_reason)
        self.ok_button.setText(labels.state_action(target))

    def operation(self) -> Callable[[], Any] | None:
        reason = facts = ""
        if self.ground is not None and self.facts is not None:
            reason = str(self.ground.currentData())
            facts = self.facts.toPlainText()
            if not facts.strip():
                self.show_error(self.tr("Please write the facts of the refusal first."))
                return None
        elif self.reason is not None:
            reason = self.reason.toPlainText()
            if self.target in NEEDS_REASON and not reason.strip():
                self.show_error(self.tr("Please give the reason first."))
                return None
        late_reason = ""
        if self.late_reason is not None:
            late_reason = self.late_reason.toPlainText()
            if not late_reason.strip():
                self.show_error(
                    self.tr("This is late: please give the reason for the delay first.")
                )
                return None
        ctx, ref, target = self.app.ctx, self.detail.reference, self.target.value
        return lambda: workflow.transition(ctx, ref, target, reason, facts, late_reason=late_reason)


class ExtendDialog(ActionDialog):
    """Extend the period: reasons required, and the extended deadline and the last day to
    notify the person are shown before confirming."""

    def __init__(self, app: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Extend the deadline — %1").replace("%1", detail.reference))
        self.set_intro(
            self.tr(
                "The period can be extended once, by the extra time the law "
                "allows, if the request is complex or numerous. The person "
                "must be told, with the reasons, before the first deadline."
            )
        )
        self.decided = DateField(app.ctx.today())
        self.decided.setAccessibleName(self.tr("Decision date"))
        self.form.addRow(self.tr("&Decided on:"), self.decided)
        self.reasons = QPlainTextEdit()
        self.reasons.setTabChangesFocus(True)
        self.reasons.setMaximumHeight(110)
        self.reasons.setPlaceholderText(self.tr("Why more time is needed (quoted in the notice)"))
        self.reasons.setAccessibleName(self.tr("Reasons for the extension"))
        self.form.addRow(self.tr("&Reasons:"), self.reasons)
        # A decision dated before today is recorded only with where it is written; the
        # extension then shows as late in the timeline and the audit log.
        self.evidence = QLineEdit()
        self.evidence.setAccessibleName(self.tr("Evidence of the earlier decision"))
        self.evidence.setPlaceholderText(
            self.tr("Only if decided before today: where the decision is recorded")
        )
        self.form.addRow(self.tr("E&vidence:"), self.evidence)
        self.first_due = QLabel()
        self.new_due = QLabel()
        self.notice = QLabel()
        self.setMinimumWidth(640)
        self.new_due.setStyleSheet("font-weight: bold;")
        self.new_due.setAccessibleName(self.tr("Extended deadline"))
        self.notice.setAccessibleName(self.tr("Notice deadline"))
        self.form.addRow(self.tr("Current deadline:"), self.first_due)
        self.form.addRow(self.tr("Extended deadline:"), self.new_due)
        self.form.addRow(self.tr("Notify the person by:"), self.notice)
        self.ok_button.setText(self.tr("Extend the deadline"))
        self._preview()

    def _preview(self) -> None:
        d = self.detail
        self.first_due.setText(labels.fmt_long_date(d.due_date))
        closed = [(a, b) for a, b in d.suspensions if b is not None]
        try:
            result = deadlines.compute(
                d.summary.jurisdiction,
                d.summary.received_on,
                readings=d.readings,
                suspensions=closed,
                extended=True,
            )
        except UserError as exc:
            self.new_due.setText(crash.message(exc))
            return
        if result.extended_due is None:
            self.new_due.setText(self.tr("This jurisdiction has no extension."))
            self.ok_button.setEnabled(False)
            return
        self.new_due.setText(labels.fmt_long_date(result.extended_due))
        self.notice.setText(labels.fmt_long_date(result.extension_notice_by or d.due_date))

    def operation(self) -> Callable[[], Any] | None:
        reasons = self.reasons.toPlainText()
        if not reasons.strip():
            self.show_error(
                self.tr(
                    "The reasons are required: they go in the notice to the "
                    "person (GDPR Art. 12(3))."
                )
            )
            return None
        ctx, ref = self.app.ctx, self.detail.reference
        decided = self.decided.value()
        if decided is None:
            return None
        evidence = self.evidence.text()
        if decided < ctx.today() and not evidence.strip():
            self.show_error(
                self.tr(
                    "The decision is dated before today: say where it is recorded "
                    "(evidence). It will show as late."
                )
            )
            return None
        return lambda: workflow.extend(ctx, ref, reasons, decided, evidence=evidence)
