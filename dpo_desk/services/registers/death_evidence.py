"""The evidence of a death notification: the death certificate and the proof of the
notifier's capacity, checked before anything is written, linked to the notification,
added later if they come after it, and purged once the heirs are answered (the facts
remain).

Apart from the notification (``deaths``) because the evidence has its own life: it is
personal data kept only as long as it supports the reply.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.domain import files
from dpo_desk.errors import Term, UserError
from dpo_desk.services import audit, documents
from dpo_desk.services.context import Context
from dpo_desk.services.registers.death_common import (
    EVIDENCE,
    evidence_docs,
    load_notification,
    notification_view,
)
from dpo_desk.services.registers.dto import DeathNotificationView
from dpo_desk.store.models import Case, DeathNotification, Document


def precheck_file(path: Path, what: str) -> None:
    """The checks ``documents.attach`` will make, done before anything is written."""
    try:
        size = path.stat().st_size
        files.check_size(size)
        with path.open("rb") as fh:
            files.sniff(fh.read(4096))
    except files.FileRefused as exc:
        raise UserError(
            "{what} {file}: {reason}", what=Term(what), file=path.name, reason=exc
        ) from None
    except OSError as exc:
        raise UserError(
            "cannot read {what} {file}: {reason}",
            what=Term(what),
            file=path.name,
            reason=exc.strerror,
        ) from None


def link_evidence(session: Session, ctx: Context, n: DeathNotification, case: Case) -> None:
    for doc in session.scalars(
        select(Document).where(
            Document.case_id == case.id,
            Document.kind.in_(EVIDENCE),
            Document.death_notification_id.is_(None),
        )
    ):
        doc.death_notification_id = n.id
        audit.record(
            session,
            ctx,
            "death.evidence",
            "death_notification",
            str(n.id),
            {"document": doc.id, "kind": doc.kind},
        )


def attach_death_evidence(
    ctx: Context, notification_id: int, path: Path, kind: str
) -> DeathNotificationView:
    """Add a death certificate or proof of capacity received after the notification:
    the file, its row and its link to the notification in one transaction."""
    if kind not in EVIDENCE:
        raise UserError(
            "evidence {kind!r}: use {evidence}", kind=kind, evidence=" or ".join(EVIDENCE)
        )
    with documents.new_files(ctx) as new_files:
        new = new_files.put(Path(path))  # sealed before the writer lock; deleted on failure
        with ctx.db.write() as session:
            n = load_notification(session, notification_id)
            if n.evidence_purged_at is not None:
                raise UserError(
                    "the evidence of notification {notification} was already purged",
                    notification=n.id,
                )
            case = session.get(Case, n.case_id) if n.case_id else None
            if case is None:
                raise UserError(
                    "notification {notification} has no case to attach to", notification=n.id
                )
            documents.add_document(session, ctx, case, new, kind)
            link_evidence(session, ctx, n, case)
            session.flush()
            return notification_view(session, n)


def purge_death_evidence(ctx: Context, notification_id: int) -> DeathNotificationView:
    """Destroy the death certificate and proof of capacity once the heirs are answered;
    the facts (notification, actions, audit) remain. Safe to repeat."""
    with ctx.db.write() as session:
        n = load_notification(session, notification_id)
        if n.answered_on is None:
            raise UserError(
                "notification {notification} is not answered yet: the evidence supports the "
                "reply; answer first",
                notification=n.id,
            )
        vault = documents.vault(ctx)
        count = 0
        for doc in evidence_docs(session, n):
            if doc.purged_at is None:
                documents.shred_after_commit(session, vault, doc.stored_name)
                doc.purged_at = ctx.now()
                doc.original_name = ""
                count += 1
                audit.record(
                    session,
                    ctx,
                    "document.purge",
                    "document",
                    str(doc.id),
                    {"kind": doc.kind, "why": "heirs answered"},
                )
        if n.evidence_purged_at is None:
            n.evidence_purged_at = ctx.now()
            audit.record(
                session,
                ctx,
                "death.purge-evidence",
                "death_notification",
                str(n.id),
                {"documents": count},
            )
        session.flush()
        return notification_view(session, n)
