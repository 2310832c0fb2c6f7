"""Attachments and evidence files of a case: checked, stored sealed, purged on purpose.

ID copies and death certificates are evidence: they exist only until their purpose is
met (identity verified, succession handled), then the bytes are destroyed and only the
facts and the audit entry remain.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from dpo_desk.domain import files
from dpo_desk.domain.text import NAME_MAX, clean
from dpo_desk.errors import UserError
from dpo_desk.services import audit
from dpo_desk.services.cases import detail_of, load_case
from dpo_desk.services.context import Context
from dpo_desk.services.dto import CaseDetail
from dpo_desk.store.models import Case, Document
from dpo_desk.store.types import utcnow
from dpo_desk.store.vault import CHUNK, Vault

EVIDENCE_KINDS = ("id-evidence", "death-certificate", "capacity-proof")
KINDS = ("attachment", *EVIDENCE_KINDS)


def vault(ctx: Context, folder: str = "documents") -> Vault:
    from dpo_desk.services import secrets

    return Vault(ctx.data_dir / folder, secrets.sealer_for(ctx))


def _read_checked(path: Path) -> tuple[bytes, str, list[str]]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(f"cannot read {path.name}: {exc.strerror}") from None
    try:
        files.check_size(size)  # before reading: a 2 GB file is never loaded
        with path.open("rb") as fh:
            content = fh.read()
        media = files.sniff(content[:4096])
    except files.FileRefused as exc:
        raise UserError(f"{path.name}: {exc}") from None
    except OSError as exc:
        raise UserError(f"cannot read {path.name}: {exc.strerror}") from None
    flags = files.pdf_flags(content) if media == "application/pdf" else []
    return content, media, flags


def attach(ctx: Context, reference: str, path: Path, kind: str = "attachment") -> CaseDetail:
    """Attach a file to a case; the original name is kept as metadata only."""
    if kind not in KINDS:
        raise UserError(f"unknown document kind {kind!r}; use one of: {', '.join(KINDS)}")
    content, media, flags = _read_checked(path)
    original = clean(path.name, "file name", max_len=NAME_MAX)
    stored = vault(ctx).put(iter([content[i:i + CHUNK] for i in range(0, len(content), CHUNK)]))
    try:
        with ctx.db.write() as session:
            case = load_case(session, reference)
            doc = Document(case=case, kind=kind, original_name=original,
                           stored_name=stored.stored_name, media_type=media, size=stored.size,
                           sha256=stored.sha256, flags=",".join(flags),
                           purpose="identity" if kind == "id-evidence" else "")
            session.add(doc)
            session.flush()
            audit.record(session, ctx, "document.attach", "case", case.reference,
                         {"document": doc.id, "kind": kind, "media_type": media,
                          "size": stored.size, "sha256": stored.sha256, "flags": flags})
            return detail_of(case, ctx.today())
    except BaseException:
        vault(ctx).delete(stored.stored_name)  # the row never committed: no orphan
        raise


def read_document(ctx: Context, document_id: int) -> tuple[str, bytes]:
    """The bytes of a document (every view of evidence is audited)."""
    with ctx.db.write() as session:
        doc = session.get(Document, document_id)
        if doc is None or doc.purged_at is not None:
            raise UserError(f"document {document_id} does not exist or was purged")
        if doc.kind in EVIDENCE_KINDS:
            audit.record(session, ctx, "document.view", "document", str(doc.id),
                         {"kind": doc.kind})
        folder = "letters" if doc.kind == "letter" else "documents"
        return doc.original_name, vault(ctx, folder).read(doc.stored_name)


def shred_after_commit(session: Session, folder: Vault, stored_name: str) -> None:
    """Destroy a vault file once the transaction that marks it purged has committed.

    A rollback, or a kill before the commit, leaves the file with its row (nothing is
    lost, and the row never names a missing file); a kill after the commit leaves a file
    no live row names, collected at the next start (``store.vault_check``, issue 13).
    """
    event.listen(session, "after_commit", lambda _s: folder.delete(stored_name), once=True)


def purge_case_evidence(session: Session, ctx: Context, case: Case, why: str) -> int:
    """Destroy the ID copies of ``case`` inside the caller's transaction; returns count."""
    count = 0
    for doc in case.documents:
        if doc.kind == "id-evidence" and doc.purged_at is None:
            shred_after_commit(session, vault(ctx), doc.stored_name)
            doc.purged_at = utcnow()
            doc.original_name = ""
            count += 1
            audit.record(session, ctx, "document.purge", "document", str(doc.id),
                         {"kind": doc.kind, "why": why})
    return count
