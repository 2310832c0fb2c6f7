"""Attachments and evidence files of a case: checked, stored sealed, purged on purpose.

ID copies and death certificates are evidence: they exist only until their purpose is
met (identity verified, succession handled), then the bytes are destroyed and only the
facts and the audit entry remain.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from dpo_desk import fsio
from dpo_desk.domain import files
from dpo_desk.domain.files import EMAIL_KIND, EVIDENCE_KINDS, KINDS
from dpo_desk.domain.text import NAME_MAX, clean
from dpo_desk.errors import UserError
from dpo_desk.services import audit, secrets, team_keys
from dpo_desk.services.cases import detail_of, load_case
from dpo_desk.services.context import Context
from dpo_desk.services.dto import CaseDetail
from dpo_desk.store.models import Case, Document
from dpo_desk.store.types import utcnow
from dpo_desk.store.vault import CHUNK, FileStore, Stored, Vault, vault_folder


def vault(ctx: Context, folder: str = "documents") -> FileStore:
    """Where the bytes of ``folder`` live: the data directory of a solo desk, or the
    team server's database, sealed with the team key (issue 16)."""
    if team_keys.is_team(ctx):
        return team_keys.team_vault(ctx, folder)
    return Vault(ctx.data_dir / folder, secrets.sealer_for(ctx))


def _open_regular(path: Path) -> int:
    """Open ``path`` for reading only if it is a regular file itself.

    A symbolic link (to ``/etc/shadow``, to another user's file) or a special file (a
    FIFO that would hang the read, a device, a socket) is refused (issue 13: a link to
    ``/etc/shadow`` was accepted and its target stored). ``O_NOFOLLOW`` closes the race
    between the check and the open; ``O_NONBLOCK`` keeps a FIFO from blocking the open.
    """
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise UserError(
            "cannot read {name}: {reason}", name=path.name, reason=exc.strerror
        ) from None
    if stat.S_ISLNK(st.st_mode):
        raise UserError(
            "{name} is a link to another file: attach the file itself, not a link", name=path.name
        )
    if not stat.S_ISREG(st.st_mode):
        raise UserError(
            "{name} is not a regular file (a folder, a device or a pipe): nothing was attached",
            name=path.name,
        )
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UserError(
                "{name} is a link to another file: attach the file itself, not a link",
                name=path.name,
            ) from None
        raise UserError(
            "cannot read {name}: {reason}", name=path.name, reason=exc.strerror
        ) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between lstat and open
        os.close(fd)
        raise UserError(
            "{name} is not a regular file (a folder, a device or a pipe): nothing was attached",
            name=path.name,
        )
    return fd


def _read_checked(path: Path) -> tuple[bytes, str, list[str]]:
    fd = _open_regular(path)
    try:
        with os.fdopen(fd, "rb") as fh:
            files.check_size(os.fstat(fh.fileno()).st_size)  # before reading: never 2 GB
            content = fh.read()
        media = files.sniff(content[:4096])
    except files.FileRefused as exc:
        raise UserError("{file}: {reason}", file=path.name, reason=exc) from None
    except OSError as exc:
        raise UserError(
            "cannot read {file}: {reason}", file=path.name, reason=exc.strerror
        ) from None
    flags = files.pdf_flags(content) if media == "application/pdf" else []
    return content, media, flags


def _check_kind(kind: str) -> None:
    if kind not in KINDS and kind != EMAIL_KIND:
        raise UserError(
            "unknown document kind {kind!r}; use one of: {kinds}", kind=kind, kinds=", ".join(KINDS)
        )


@dataclass(frozen=True)
class NewFile:
    """A file checked and sealed into the vault, whose row is not written yet."""

    stored: Stored
    original_name: str
    media_type: str
    flags: list[str]


class NewFiles:
    """The vault files written for one action: kept only if its transaction commits.

    The bytes cannot be in the database transaction, so they are written first and
    deleted again when anything fails before the commit: a failure leaves neither a row
    nor a file (issue 13). Use as ``with new_files(ctx) as files, ctx.db.write() as s:``.
    """

    def __init__(self, ctx: Context) -> None:
        self._vault = vault(ctx)
        self._names: list[str] = []

    def put(self, path: Path) -> NewFile:
        """Check ``path`` (regular file, size, type) and seal its bytes into the vault."""
        content, media, flags = _read_checked(path)
        return self.put_content(path.name, content, media, flags)

    def put_content(
        self, name: str, content: bytes, media: str, flags: list[str] | None = None
    ) -> NewFile:
        """Seal bytes already read and checked (an e-mail's attachment, the message)."""
        original = clean(name, "file name", max_len=NAME_MAX)
        chunks = iter([content[i : i + CHUNK] for i in range(0, len(content), CHUNK)])
        try:
            stored = self._vault.put(chunks)
        except OSError as exc:  # a full disk: one line, nothing kept (issue 13)
            raise fsio.refusal(exc, f"the attachment {name}") from None
        self._names.append(stored.stored_name)
        return NewFile(stored, original, media, list(flags or []))

    def discard(self) -> None:
        for name in self._names:
            self._vault.delete(name)
        self._names.clear()


@contextmanager
def new_files(ctx: Context) -> Iterator[NewFiles]:
    """``NewFiles`` for one action, deleted if the block (and its commit) fails."""
    files_ = NewFiles(ctx)
    try:
        yield files_
    except BaseException:
        files_.discard()  # the rows never committed: no orphan
        raise


def add_document(
    session: Session, ctx: Context, case: Case, new: NewFile, kind: str = "attachment"
) -> Document:
    """The row of a file sealed by ``NewFiles.put``, audited, in the caller's
    transaction (never commits)."""
    _check_kind(kind)
    stored = new.stored
    doc = Document(
        case=case,
        kind=kind,
        original_name=new.original_name,
        stored_name=stored.stored_name,
        media_type=new.media_type,
        size=stored.size,
        sha256=stored.sha256,
        flags=",".join(new.flags),
        purpose="identity" if kind == "id-evidence" else "",
    )
    session.add(doc)
    session.flush()
    audit.record(
        session,
        ctx,
        "document.attach",
        "case",
        case.reference,
        {
            "document": doc.id,
            "kind": kind,
            "media_type": new.media_type,
            "size": stored.size,
            "sha256": stored.sha256,
            "flags": new.flags,
        },
    )
    return doc


def seal_all(files_: NewFiles, chosen: Sequence[tuple[Path, str]]) -> list[tuple[NewFile, str]]:
    """Check the kinds, then check and seal every file (before the writer lock is taken);
    the first refusal stops the action and ``new_files`` deletes what was sealed."""
    for _path, kind in chosen:
        _check_kind(kind)
    return [(files_.put(Path(path)), kind) for path, kind in chosen]


def attach(ctx: Context, reference: str, path: Path, kind: str = "attachment") -> CaseDetail:
    """Attach a file to a case; the original name is kept as metadata only."""
    return attach_files(ctx, reference, [(path, kind)])


def attach_files(ctx: Context, reference: str, chosen: Sequence[tuple[Path, str]]) -> CaseDetail:
    """Attach several files (each with its kind) to a case, all or none, in one
    transaction: a refused file (a link, too big, an unknown type) leaves the case as it
    was, so the DPO never has to find out which of a dropped batch went in."""
    if not chosen:
        raise UserError("no file chosen: nothing was attached")
    with new_files(ctx) as files_:
        sealed = seal_all(files_, chosen)
        with ctx.db.write() as session:
            case = load_case(session, reference)
            for new, kind in sealed:
                add_document(session, ctx, case, new, kind)
            return detail_of(case, ctx.today())


def _live(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None or doc.purged_at is not None:
        raise UserError("document {document} does not exist or was destroyed", document=document_id)
    return doc


def read_document(ctx: Context, document_id: int, *, audited: bool = False) -> tuple[str, bytes]:
    """The bytes of a document. Every view of evidence is audited; ``audited`` records the
    view of any other file too (the DPO opening an attachment from the Documents tab)."""
    with ctx.db.write() as session:
        doc = _live(session, document_id)
        if audited or doc.kind in EVIDENCE_KINDS:
            audit.record(
                session,
                ctx,
                "document.view",
                "document",
                str(doc.id),
                {"kind": doc.kind, "case": doc.case.reference if doc.case else None},
            )
        folder = vault_folder(doc.kind)
        return doc.original_name, vault(ctx, folder).read(doc.stored_name)


def export_document(ctx: Context, document_id: int, target: Path) -> Path:
    """Write the plain bytes of an attachment to ``target`` (owner-only, written whole
    then renamed); audited, since the copy leaves the protected store."""
    if target.is_dir():
        raise UserError("{target} is a folder: choose a file name", target=str(target))
    with ctx.db.write() as session:
        doc = _live(session, document_id)
        folder = vault_folder(doc.kind)
        data = vault(ctx, folder).read(doc.stored_name)
        try:
            fsio.atomic_write(target, data)
        except OSError as exc:
            raise UserError(
                "cannot write {target}: {why}", target=str(target), why=exc.strerror or str(exc)
            ) from None
        audit.record(
            session,
            ctx,
            "document.export",
            "document",
            str(doc.id),
            {"kind": doc.kind, "case": doc.case.reference if doc.case else None, "to": target.name},
        )
    return target


def delete_document(ctx: Context, document_id: int, reason: str = "") -> CaseDetail:
    """Destroy an attached file for good (the bytes are shredded; the row stays as a fact,
    its name blanked). Letters are archived records and are not deleted here."""
    why = clean(reason, "reason", max_len=NAME_MAX)
    with ctx.db.write() as session:
        doc = _live(session, document_id)
        if doc.kind == "letter" or doc.case is None:
            raise UserError(
                "document {document} is not an attachment of a case", document=document_id
            )
        case = doc.case
        stored = doc.stored_name
        doc.purged_at = utcnow()
        doc.original_name = ""
        audit.record(
            session,
            ctx,
            "document.delete",
            "document",
            str(doc.id),
            {"kind": doc.kind, "case": case.reference, "why": why},
        )
        detail = detail_of(case, ctx.today())
    vault(ctx).delete(stored)  # after the commit: a failed commit keeps the file
    return detail


def shred_after_commit(session: Session, folder: FileStore, stored_name: str) -> None:
    """Destroy a vault file once the transaction that marks it purged has committed.

    A rollback, or a kill before the commit, leaves the file with its row (nothing is
    lost, and the row never names a missing file); a kill after the commit leaves a file
    no live row names, collected at the next start (``store.vault_check``, issue 13).
    """
    event.listen(session, "after_commit", lambda _s: folder.delete(stored_name), once=True)


def purge_case_evidence(session: Session, ctx: Context, case: Case, why: str) -> list[int]:
    """Destroy the ID copies of ``case`` inside the caller's transaction; returns the ids
    of the documents destroyed (EDPB Guidelines 01/2022 §78: the copy is kept no longer
    than needed to verify)."""
    purged: list[int] = []
    for doc in case.documents:
        if doc.kind == "id-evidence" and doc.purged_at is None:
            shred_after_commit(session, vault(ctx), doc.stored_name)
            doc.purged_at = utcnow()
            doc.original_name = ""
            purged.append(doc.id)
            audit.record(
                session,
                ctx,
                "document.purge",
                "document",
                str(doc.id),
                {"kind": doc.kind, "why": why},
            )
    return purged
