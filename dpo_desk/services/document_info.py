"""One document row as the window and the CLI see it, with a sent letter's dispatch and
whether it left on time (the sending day against the deadline it answers)."""

from __future__ import annotations

from datetime import date

from dpo_desk.domain import dispatch
from dpo_desk.services.dto import DocumentInfo
from dpo_desk.store.models import Document


def due_for(doc: Document) -> date | None:
    """The deadline a letter answers: the notice date for an extension notice (GDPR Art.
    12(3): notice "within one month of receipt"), the binding due date for the others."""
    case = doc.case
    if case is None:
        return None
    if doc.letter_kind in dispatch.NOTICE_KINDS:
        return case.due_date
    return case.extended_due_date or case.due_date


def document_info(d: Document) -> DocumentInfo:
    late = dispatch.days_late(d.sent_on, due_for(d)) if d.sent_on else None
    return DocumentInfo(
        d.id,
        d.kind,
        d.original_name,
        d.media_type,
        d.size,
        d.sha256,
        d.letter_kind,
        d.lang,
        d.created_at,
        d.sent_at,
        d.purged_at,
        d.flags,
        d.sent_on,
        d.dispatch_channel,
        d.tracking_number,
        d.delivered_on,
        d.delivery_proof_id,
        late,
        d.email_to or "",
        d.email_message_id or "",
        d.email_state or "",
        d.drafted_by or "",
        d.approved_by or "",
        d.approved_at,
    )
