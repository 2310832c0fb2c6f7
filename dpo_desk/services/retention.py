"""Retention: anonymise closed cases once kept long enough, then make the bytes go.

Default: 5 years after closure. The CNIL's référentiel on the management of rights
requests ("référentiel relatif aux traitements de données à caractère personnel mis en
œuvre aux fins de gestion des demandes d'exercice des droits", 2024 draft / practice
guide) keeps request files for the limitation period of a claim, typically 5 years after
the answer (Code civil art. 2224), then deletes or anonymises them; ID copies are kept
only until identity is verified. Set ``retention_days`` in the organisation's settings
to change it.

What anonymising a case does, in one transaction per run:

* the subject's name, e-mail, phone, postal address and customer ref are blanked (when
  no other, still-kept case refers to the same subject);
* the case's notes, outcome and extension reasons, identity-check notes are blanked;
* every file of the case (attachments, evidence, letters) is overwritten and deleted;
  the rows remain as "purged" facts (kind, dates) for statistics;
* the search index entry is removed and the index optimised (FTS5 keeps deleted terms in
  old segments until then);
* one audit entry per case, naming it by reference only (pseudonymous).

Then ``VACUUM`` rewrites the file so the old pages are gone from the main database file.
Backups made before keep the data until thinning removes them (docs/security.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain.files import EVIDENCE_KINDS
from dpo_desk.errors import UserError
from dpo_desk.services import audit, search
from dpo_desk.services.context import Context
from dpo_desk.services.documents import vault
from dpo_desk.services.organisation import load_row
from dpo_desk.store.models import Case, DataSubject, Document, MailMessage
from dpo_desk.store.types import utcnow
from dpo_desk.store.vault import vault_folder

DEFAULT_RETENTION_DAYS = 5 * 365


@dataclass(frozen=True)
class Candidate:
    reference: str
    closed_at: datetime
    documents: int


@dataclass(frozen=True)
class PurgeReport:
    cases: int
    documents: int
    references: list[str]
    vacuumed: bool


def retention_days(ctx: Context) -> int:
    with ctx.db.read() as session:
        return retention_days_in(session)


def retention_days_in(session: Session) -> int:
    """The retention period read in the caller's transaction."""
    row = load_row(session)
    value = (row.settings or {}).get("retention_days") if row else None
    return int(value) if value else DEFAULT_RETENTION_DAYS


def _cutoff(ctx: Context, session: Session, older_than_days: int | None) -> tuple[int, datetime]:
    """The period in days and the instant before which a closed case is purged."""
    days = older_than_days if older_than_days is not None else retention_days_in(session)
    if days < 0:
        raise UserError("the retention period cannot be negative")
    return days, ctx.now() - timedelta(days=days)


def _eligible(session: Session, cutoff: datetime) -> list[Case]:
    return list(
        session.scalars(
            select(Case)
            .where(
                Case.status == "closed",
                Case.closed_at.is_not(None),
                Case.closed_at < cutoff,
                Case.anonymised.is_(False),
            )
            .options(selectinload(Case.documents), selectinload(Case.identity_checks))
            .order_by(Case.closed_at)
        )
    )


def preview(ctx: Context, older_than_days: int | None = None) -> list[Candidate]:
    """The closed cases a purge would anonymise now (nothing changes)."""
    with ctx.db.read() as session:
        _days, cutoff = _cutoff(ctx, session, older_than_days)
        return [
            Candidate(c.reference, c.closed_at, sum(1 for d in c.documents if d.purged_at is None))
            for c in _eligible(session, cutoff)
            if c.closed_at is not None
        ]


def purge(ctx: Context, older_than_days: int | None = None, *, vacuum: bool = True) -> PurgeReport:
    """Anonymise the cases ``preview`` lists. Safe to repeat after a crash (F15): a case
    is either fully anonymised (committed) or untouched, and deleting a file twice is a
    no-op."""
    refs: list[str] = []
    doc_count = 0
    doomed: list[tuple[str, str]] = []
    with ctx.db.write() as session:
        days, cutoff = _cutoff(ctx, session, older_than_days)  # read in the purge's transaction
        cases = _eligible(session, cutoff)
        keep_subjects: set[int] = set()
        for case in cases:
            for doc in case.documents:
                if doc.purged_at is None:
                    folder = vault_folder(doc.kind)
                    doomed.append((folder, doc.stored_name))
                    doc.purged_at = utcnow()
                    doc.original_name = ""
                    doc_count += 1
            case.notes = ""
            case.outcome_reason = ""
            case.extension_reason = ""
            case.assignee = ""
            case.assigned_to = None
            for check in case.identity_checks:
                check.note = ""
                check.doubt_reason = ""
            case.anonymised = True
            # A Message-ID names the sender's mail domain: gone with the case's other
            # personal data (GDPR Art. 5(1)(e)); the SHA-256 stays, so the same message
            # dropped again is still recognised.
            for message in session.scalars(
                select(MailMessage).where(MailMessage.case_id == case.id)
            ):
                message.message_id = None
                message.thread_refs = ""
            search.unindex_case(session, case.id)
            audit.record(
                session,
                ctx,
                "case.anonymise",
                "case",
                case.reference,
                {"retention_days": days, "documents": len(case.documents)},
            )
            refs.append(case.reference)
        session.flush()
        for case in cases:
            others = session.scalar(
                select(Case.id)
                .where(Case.subject_id == case.subject_id, Case.anonymised.is_(False))
                .limit(1)
            )
            if others is None and case.subject_id not in keep_subjects:
                subject = session.get(DataSubject, case.subject_id)
                if subject is not None:
                    subject.full_name = ""
                    subject.name_key = ""
                    subject.email = ""
                    subject.phone = ""
                    subject.postal_address = ""
                    subject.customer_ref = ""
        if cases and session.get_bind().dialect.name == "sqlite":
            session.execute(text("INSERT INTO case_search(case_search) VALUES('optimize')"))
    for folder, name in doomed:  # after the commit: a rollback never loses a file
        if name:
            vault(ctx, folder).delete(name)
    if vacuum and refs:
        _vacuum(ctx)
    return PurgeReport(len(refs), doc_count, refs, vacuum and bool(refs))


def purge_spent_evidence(ctx: Context) -> int:
    """Destroy the evidence whose purpose is met: ID copies, death certificates and
    capacity proofs of closed cases (the identity was checked, the succession or the
    heirs' request handled). Returns how many files; each is audited by document id."""
    doomed: list[str] = []
    with ctx.db.write() as session:
        docs = session.scalars(
            select(Document)
            .join(Case, Document.case_id == Case.id)
            .where(
                Case.status == "closed",
                Document.kind.in_(EVIDENCE_KINDS),
                Document.purged_at.is_(None),
            )
        ).all()
        for doc in docs:
            doomed.append(doc.stored_name)
            doc.purged_at = utcnow()
            doc.original_name = ""
            audit.record(
                session,
                ctx,
                "document.purge",
                "document",
                str(doc.id),
                {"kind": doc.kind, "why": "purpose met (case closed)"},
            )
    for name in doomed:
        if name:
            vault(ctx).delete(name)
    return len(doomed)


def _vacuum(ctx: Context) -> None:
    """Rewrite the database so freed pages (the purged text) leave the file, and
    checkpoint the WAL so no old copy stays in ``-wal`` either."""
    raw = ctx.db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute("VACUUM")  # type: ignore[union-attr]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
