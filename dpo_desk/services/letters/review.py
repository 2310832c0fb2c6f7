"""Four-eyes review of letters (issue 16): one person drafts, another releases.

With the ``four_eyes`` setting on (team servers only: ``services.settings``), a case
letter drafted by one person can be marked sent only once another person with the DPO
or deputy role has approved it. Both names are kept on the letter and in the audit
trail (``letter.approve`` names the drafter, ``letter.sent`` both), so the timeline
shows who wrote and who released each reply.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from dpo_desk.domain.team import APPROVERS
from dpo_desk.errors import UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.document_info import document_info
from dpo_desk.services.dto import DocumentInfo
from dpo_desk.services.organisation import profile_in
from dpo_desk.services.settings import settings_from
from dpo_desk.store.models import Document


def four_eyes_in(session: Session) -> bool:
    """Whether four-eyes review is on (read in the caller's transaction)."""
    return settings_from(profile_in(session).settings).four_eyes


def approval_refusal(ctx: Context, doc: Document | DocumentInfo) -> UserError | None:
    """Why ``ctx``'s person may not approve ``doc`` now, or None (the window disables its
    button with this reason; :func:`approve_letter` raises it)."""
    if ctx.team_role is None:
        return UserError(
            "approving a letter is for a team server: on a solo desk you are the only "
            "person, and your letters need no second approval"
        )
    if ctx.team_role not in APPROVERS:
        return UserError(
            "only a DPO or a deputy can approve a letter; your role is {role}",
            role=str(ctx.team_role),
        )
    if doc.sent_at is not None:
        return UserError("letter {document} was already sent", document=doc.id)
    if doc.approved_at is not None:
        return UserError(
            "letter {document} was already approved by {approver}",
            document=doc.id,
            approver=doc.approved_by,
        )
    if doc.drafted_by == ctx.actor:
        return UserError(
            "you drafted letter {document}: another person with the DPO or deputy role "
            "must approve it (four-eyes review)",
            document=doc.id,
        )
    return None


def _letter(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None or doc.kind != "letter" or doc.case is None:
        raise UserError("no letter with id {document}", document=document_id)
    return doc


def approve_letter(ctx: Context, document_id: int) -> DocumentInfo:
    """Approve a drafted letter as its second reader; audited with both names."""
    with ctx.db.write() as session:
        doc = _letter(session, document_id)
        refusal = approval_refusal(ctx, doc)
        if refusal is not None:
            raise refusal
        doc.approved_by = ctx.actor
        doc.approved_at = ctx.now()
        session.flush()
        assert doc.case is not None
        audit.record(
            session,
            ctx,
            "letter.approve",
            "case",
            doc.case.reference,
            {
                "document": doc.id,
                "kind": doc.letter_kind,
                "sha256": doc.sha256,
                "drafted_by": doc.drafted_by,
                "approved_by": ctx.actor,
            },
        )
        return document_info(doc)


def check_before_send(session: Session, doc: Document) -> dict[str, str]:
    """Refuse to mark an unapproved letter sent under four-eyes review; else the names
    to add to the ``letter.sent`` audit entry."""
    if doc.approved_at is None and four_eyes_in(session):
        raise UserError(
            "letter {document}, drafted by {drafter}, is not approved yet: under four-eyes "
            "review another person with the DPO or deputy role approves it before it is "
            "marked sent",
            document=doc.id,
            drafter=doc.drafted_by or "?",
        )
    names = {"drafted_by": doc.drafted_by}
    if doc.approved_by:
        names["approved_by"] = doc.approved_by
    return names
