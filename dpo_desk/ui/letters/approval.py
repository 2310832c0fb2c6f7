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


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterReview", text)


def review_cell(doc: DocumentInfo, four_eyes: bool) -> tuple[str, str]:
    """The cell's text and tooltip: who drafted the letter and who approved it."""
    drafter = doc.drafted_by or "?"
    if doc.approved_by:
        when = labels.fmt_datetime(doc.approved_at) if doc.approved_at else ""
        tip = _tr("Drafted by %1; approved by %2 on %3").replace("%1", drafter)
        return (
            _tr("Approved by %1").replace("%1", doc.approved_by),
            tip.replace("%2", doc.approved_by).replace("%3", when),
        )
    if four_eyes and doc.sent_at is None:
        return (
            _tr("To approve"),
            _tr("Drafted by %1; another DPO or deputy must approve it before it is sent").replace(
                "%1", drafter
            ),
        )
    return (drafter if doc.drafted_by else "", _tr("Drafted by %1").replace("%1", drafter))


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
        approve.setToolTip(_tr("Select a draft to approve it"))
        return
    refusal = letters.approval_refusal(ctx, doc)
    approve.setEnabled(ready and refusal is None)
    approve.setToolTip(
        crash.describe(refusal)
        if refusal is not None
        else _tr("Approve this draft as its second reader (four-eyes review)")
    )
    if four_eyes and doc.sent_at is None and doc.approved_at is None:
        sent.setEnabled(False)
        sent.setToolTip(
            _tr("Four-eyes review: another DPO or deputy must approve this letter first")
        )
