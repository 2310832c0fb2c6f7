"""The proof of delivery of a sent letter, recorded when it comes back (the signed slip
of a registered letter, a read receipt): the controller bears the burden of showing the
person was answered (GDPR Art. 5(2), accountability)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dpo_desk.domain import dispatch
from dpo_desk.errors import UserError
from dpo_desk.services import audit, documents
from dpo_desk.services.context import Context
from dpo_desk.services.document_info import document_info
from dpo_desk.services.dto import DocumentInfo
from dpo_desk.store.models import Document
from dpo_desk.store.vault import CHUNK, Stored

#: The kind of the document holding a scanned proof of delivery.
PROOF_KIND = "delivery-proof"


def record_delivery(
    ctx: Context, document_id: int, delivered_on: date, proof: Path | None = None
) -> DocumentInfo:
    """Record that a sent letter was delivered, optionally with the scanned proof.

    The proof file is checked like any attachment (size, type) and kept sealed beside the
    letter; one transaction, audited. A delivery already recorded is not overwritten.

    Raises:
        UserError: unknown or unsent letter, delivery already recorded, impossible date,
            unreadable or refused file. Nothing is recorded then.
    """
    stored = None
    vault = documents.vault(ctx)
    if proof is not None:
        content, media, _flags = documents._read_checked(proof)
        stored = vault.put(iter([content[i : i + CHUNK] for i in range(0, len(content), CHUNK)]))
    try:
        return _record(ctx, document_id, delivered_on, proof, stored, media if proof else "")
    except BaseException:
        if stored is not None:
            vault.delete(stored.stored_name)  # the row never committed: no orphan
        raise


def _record(
    ctx: Context,
    document_id: int,
    delivered_on: date,
    proof: Path | None,
    stored: Stored | None,
    media: str,
) -> DocumentInfo:
    with ctx.db.write() as session:
        doc = session.get(Document, document_id)
        if doc is None or doc.kind != "letter":
            raise UserError("no letter with id {document}", document=document_id)
        if doc.sent_at is None:
            raise UserError(
                "letter {document} is a draft: mark it sent before recording its delivery",
                document=document_id,
            )
        if doc.delivered_on is not None:
            raise UserError(
                "the delivery of letter {document} was already recorded ({day})",
                document=document_id,
                day=doc.delivered_on.isoformat(),
            )
        sent_on = doc.sent_on or doc.sent_at.date()
        try:
            day = dispatch.check_delivery(delivered_on, sent_on=sent_on, today=ctx.today())
        except dispatch.DispatchRefused as exc:
            raise UserError.carrying(exc) from None
        if stored is not None and proof is not None:
            slip = Document(
                case_id=doc.case_id,
                kind=PROOF_KIND,
                original_name=proof.name,
                stored_name=stored.stored_name,
                media_type=media,
                size=stored.size,
                sha256=stored.sha256,
                purpose="delivery",
            )
            session.add(slip)
            session.flush()
            doc.delivery_proof_id = slip.id
        doc.delivered_on = day
        session.flush()
        audit.record(
            session,
            ctx,
            "letter.delivered",
            "case",
            doc.case.reference if doc.case else "",
            {
                "document": doc.id,
                "delivered_on": day.isoformat(),
                "proof": doc.delivery_proof_id,
                "proof_sha256": stored.sha256 if stored else None,
            },
        )
        return document_info(doc)
