"""The letters of every case, newest first: what the Letters screen lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from dpo_desk.services.context import Context
from dpo_desk.store.models import Case, DataSubject, Document


@dataclass(frozen=True)
class RecentLetter:
    """One kept letter with the case it belongs to."""

    document_id: int
    reference: str
    subject_name: str
    letter_kind: str
    lang: str
    created_at: datetime
    sent_at: datetime | None
    sha256: str


def recent_letters(ctx: Context, limit: int = 100) -> list[RecentLetter]:
    """The ``limit`` most recently generated letters, across all cases.

    Args:
        ctx: the services context.
        limit: how many letters at most.

    Returns:
        Newest first; letters whose case was deleted are left out.
    """
    query = (
        select(Document, Case.reference, DataSubject.full_name)
        .join(Case, Document.case_id == Case.id)
        .join(DataSubject, Case.subject_id == DataSubject.id)
        .where(Document.kind == "letter")
        .order_by(Document.created_at.desc(), Document.id.desc())
        .limit(max(1, limit))
    )
    with ctx.db.read() as session:
        return [
            RecentLetter(
                doc.id,
                reference,
                name,
                doc.letter_kind,
                doc.lang,
                doc.created_at,
                doc.sent_at,
                doc.sha256,
            )
            for doc, reference, name in session.execute(query)
        ]
