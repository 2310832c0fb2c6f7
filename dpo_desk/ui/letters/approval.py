"""Four-eyes review in a case's Letters tab (issue 16): the "Review" cell of each letter
and the "Approve" button, enabled only for a person the service would let approve, with
the service's own reason as its tooltip otherwise."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from dpo_desk.services import letters
from dpo_desk.services.context import Context
from dpo_desk.services.dto import DocumentInfo
from dpo_desk.ui import crash
from dpo_desk.ui.widgets import labels


def review_cell(doc: DocumentInfo, four_eyes: bool) -> tuple[str, str]:
    """The cell's text and tooltip: who drafted the letter and who approved it."""
    drafter = doc.drafted_by or "?"
    if doc.approved_by:
        when = labels.fmt_datetime(doc.approved_at) if doc.approved_at else ""
        text = QCoreApplication.translate("LetterReview", "Approved by %1")
        tip = QCoreApplication.translate("LetterReview", "Drafted by %1; approved by %2 on %3")
        return (
            text.replace("%1", doc.approved_by),
            tip.replace("%1", drafter).replace("%2", doc.approved_by).replace("%3", when),
        )
    if four_eyes and doc.sent_at is None:
        tip = QCoreApplication.translate(
            "LetterReview",
            "Drafted by %1; another DPO or deputy must approve it before it is sent",
        )
        return QCoreApplication.translate("LetterReview", "To approve"), tip.replace("%1", drafter)
    tip = QCoreApplication.translate("LetterReview", "Drafted by %1")
    return (drafter if doc.drafted_by else "", tip.replace("%1", drafter))


def update_buttons(
    ctx: Context,
    doc: DocumentInfo | None,
    four_eyes: bool,
    ready: bool,
    approve: QPushButton,
    sent: QPushButton,
) -> None:
    """Enable "Approve" when ``ctx``'s person may approve ``doc`` (else say why), and
    hold "Mark as sent" back for an unapproved letter under four-eyes review."""
    if doc is None:
        approve.setEnabled(False)
        approve.setToolTip(
            QCoreApplication.translate("LetterReview", "Select a draft to approve it")
        )
        return
    refusal = letters.approval_refusal(ctx, doc)
    approve.setEnabled(ready and refusal is None)
    approve.setToolTip(
        crash.describe(refusal)
        if refusal is not None
        else QCoreApplication.translate(
            "LetterReview", "Approve this draft as its second reader (four-eyes review)"
        )
    )
    if four_eyes and doc.sent_at is None and doc.approved_at is None:
        sent.setEnabled(False)
        sent.setToolTip(
            QCoreApplication.translate(
                "LetterReview",
                "Four-eyes review: another DPO or deputy must approve this letter first",
            )
        )
