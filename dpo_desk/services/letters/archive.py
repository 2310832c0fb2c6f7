"""Generating a letter, keeping it, and freezing it once sent."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk import fsio
from dpo_desk.domain import dispatch
from dpo_desk.domain.letter_rules import LetterFacts, late_since
from dpo_desk.domain.letter_rules import available_kinds as rules_available
from dpo_desk.domain.team import Action
from dpo_desk.errors import UserError
from dpo_desk.fsio import atomic_write
from dpo_desk.letters import data as L
from dpo_desk.letters.kinds import KINDS
from dpo_desk.letters.render import render_letter_bytes
from dpo_desk.letters.templates import user_templates_dir
from dpo_desk.services import audit, documents, team
from dpo_desk.services.cases import load_case
from dpo_desk.services.context import Context
from dpo_desk.services.document_info import document_info, due_for
from dpo_desk.services.dto import DocumentInfo
from dpo_desk.services.letters import review
from dpo_desk.services.letters.build import build_letter_data, letter_data_in, letter_facts
from dpo_desk.services.registers import disclosures
from dpo_desk.store.models import Case, Document
from dpo_desk.store.vault import Stored

#: Letters whose sending discloses recipients and transfers (Art. 15(1)(c), 15(2)).
DISCLOSING = ("access-reply", "safeguards")


@dataclass(frozen=True)
class GeneratedLetter:
    document_id: int
    reference: str
    kind: str
    lang: str
    sha256: str
    size: int
    pdf: bytes


def _templates(ctx: Context) -> Path | None:
    folder = user_templates_dir(ctx.data_dir)
    return folder if folder.is_dir() else None


def _facts(ctx: Context, reference: str) -> LetterFacts:
    with ctx.db.read() as session:
        return letter_facts(load_case(session, reference), ctx.today())


def available_kinds(ctx: Context, reference: str) -> list[str]:
    """The letter kinds true for the case now, in display order (GUI list, CLI)."""
    return rules_available(_facts(ctx, reference), tuple(KINDS))


def preview(ctx: Context, reference: str, kind: str, lang: str, **options: object) -> bytes:
    """The PDF as it would be generated now, without keeping anything."""
    data = build_letter_data(ctx, reference, kind, lang, **options)  # type: ignore[arg-type]
    return render_letter_bytes(data, templates_dir=_templates(ctx))


def generate(
    ctx: Context,
    reference: str,
    kind: str,
    lang: str,
    *,
    free_text: str = "",
    data_copy: L.DataCopy | None = None,
    actions: tuple[str, ...] = (),
    late_reason: str = "",
    copy_separately: bool = False,
) -> GeneratedLetter:
    """Render and keep a new draft of the letter (never replacing an earlier one).

    A letter written after its date needs ``late_reason``; it is then flagged "late" in
    the case's letter list and the audit (``domain.letter_rules``).
    """
    late_reason = late_reason.strip()
    vault = documents.vault(ctx, "letters")
    stored_name = ""
    try:
        # One transaction: the data read, the letter rendered and sealed, its row and
        # audit entry; the late flag is computed from the facts the letter was made from.
        with ctx.db.write() as session:
            data = letter_data_in(
                session,
                ctx,
                reference,
                kind,
                lang,
                free_text=free_text,
                data_copy=data_copy,
                actions=actions,
                late_reason=late_reason,
                copy_separately=copy_separately,
            )
            case = load_case(session, reference)
            late = late_since(kind, letter_facts(case, ctx.today())) is not None
            pdf = render_letter_bytes(data, templates_dir=_templates(ctx))
            try:
                stored = vault.put(iter([pdf]), ".pdf")
            except OSError as exc:  # a full disk is one line, never a traceback (issue 13)
                raise fsio.refusal(exc, "the letter") from None
            stored_name = stored.stored_name
            return keep_letter(session, ctx, case, kind, lang, stored, pdf, late, late_reason)
    except BaseException:
        if stored_name:  # sealed, but its row never committed: no orphan file
            vault.delete(stored_name)
        raise


def keep_letter(
    session: Session,
    ctx: Context,
    case: Case,
    kind: str,
    lang: str,
    stored: Stored,
    pdf: bytes,
    late: bool,
    late_reason: str,
) -> GeneratedLetter:
    """The row and audit entry of a letter sealed in the vault, in the caller's
    transaction (never commits)."""
    doc = Document(
        case=case,
        kind="letter",
        letter_kind=kind,
        lang=lang,
        original_name=f"{case.reference}-{kind}-{lang}.pdf",
        stored_name=stored.stored_name,
        media_type="application/pdf",
        size=stored.size,
        sha256=stored.sha256,
        created_at=ctx.now(),
        flags="late" if late else "",
        late_reason=late_reason if late else "",
        drafted_by=ctx.actor,
    )
    session.add(doc)
    session.flush()
    audit.record(
        session,
        ctx,
        "letter.generate",
        "case",
        case.reference,
        {
            "document": doc.id,
            "kind": kind,
            "lang": lang,
            "sha256": stored.sha256,
            "late": late,
            "late_reason": late_reason if late else "",
        },
    )
    return GeneratedLetter(doc.id, case.reference, kind, lang, stored.sha256, stored.size, pdf)


def _letter(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None or doc.kind != "letter":
        raise UserError("no letter with id {document}", document=document_id)
    return doc


def mark_sent(
    ctx: Context,
    document_id: int,
    *,
    channel: str = "post",
    sent_on: date | None = None,
    tracking: str = "",
) -> DocumentInfo:
    """Freeze a letter as sent: its bytes are checked against their SHA-256 and can never
    change; for an access reply the recipients and transfers told are snapshotted, in
    the same transaction (one commit: a letter is never sent without its snapshot).

    Args:
        channel: How it left (``dpo_desk.domain.dispatch.DispatchChannel``).
        sent_on: The day it left (default today): the day the on-time check compares
            with the deadline (GDPR Art. 12(3)).
        tracking: The registered post number (required for registered post).

    Raises:
        UserError: unknown letter, already sent, fingerprint mismatch, or dispatch facts
            refused (nothing is recorded).
    """
    with team.guard(ctx, Action.MARK_SENT), ctx.db.write() as session:
        doc = mark_sent_in(
            session, ctx, document_id, channel=channel, sent_on=sent_on, tracking=tracking
        )
        reference = doc.case.reference if doc.case else ""
        info = _info(doc)
    # A sent letter is evidence given to a third party: anchor the trail's head with it.
    audit.checkpoint(ctx.db, f"letter {document_id} sent ({reference})")
    return info


def mark_sent_in(
    session: Session,
    ctx: Context,
    document_id: int,
    *,
    channel: str = "post",
    sent_on: date | None = None,
    tracking: str = "",
    extra: dict[str, str] | None = None,
) -> Document:
    """``mark_sent`` inside the caller's transaction (the e-mail reply records its
    Message-ID in the same commit); returns the letter, frozen and audited."""
    doc = _letter(session, document_id)
    if doc.sent_at is not None:
        raise UserError(
            "letter {document} was already sent on {day}; generate a new one",
            document=document_id,
            day=(doc.sent_on or doc.sent_at.date()).isoformat(),
        )
    drafted = doc.created_at.astimezone(ZoneInfo(ctx.timezone)).date()
    try:
        facts = dispatch.check_dispatch(
            channel, sent_on or ctx.today(), tracking, drafted_on=drafted, today=ctx.today()
        )
    except dispatch.DispatchRefused as exc:
        raise UserError.carrying(exc) from None
    names = review.check_before_send(session, doc)
    content = documents.vault(ctx, "letters").read(doc.stored_name)
    if hashlib.sha256(content).hexdigest() != doc.sha256:
        raise UserError(
            "letter {document} does not match its fingerprint; regenerate it",
            document=document_id,
        )
    doc.sent_at = ctx.now()
    doc.sent_on = facts.sent_on
    doc.dispatch_channel = facts.channel.value
    doc.tracking_number = facts.tracking_number
    case = doc.case
    assert case is not None
    late = dispatch.days_late(facts.sent_on, due_for(doc))
    audit.record(
        session,
        ctx,
        "letter.sent",
        "case",
        case.reference,
        {
            "document": doc.id,
            "kind": doc.letter_kind,
            "sha256": doc.sha256,
            "sent_on": facts.sent_on.isoformat(),
            "channel": facts.channel.value,
            "tracking": facts.tracking_number,
            "days_late": late,
            **names,
            **(extra or {}),
        },
    )
    if doc.letter_kind in DISCLOSING:  # what the letter told, in the same transaction
        disclosures.disclose_in(session, ctx, case, "data subject")
    return doc


_info = document_info


def letters_of(ctx: Context, reference: str) -> list[DocumentInfo]:
    with ctx.db.read() as session:
        case = load_case(session, reference)
        rows = session.scalars(
            select(Document)
            .where(Document.case_id == case.id, Document.kind == "letter")
            .order_by(Document.id)
        )
        return [_info(d) for d in rows]


def export_pdf(ctx: Context, document_id: int, out: Path) -> Path:
    """Write a kept letter to ``out`` (atomically); audited as an export once written
    (a failed write is not recorded as an export, and says why on one line)."""
    out = Path(out)
    with ctx.db.write() as session:  # one transaction: read, written, then audited
        doc = _letter(session, document_id)
        content = documents.vault(ctx, "letters").read(doc.stored_name)
        try:
            atomic_write(out, content)
        except OSError as exc:
            raise fsio.refusal(exc, f"the letter file {out}") from None
        case = doc.case
        audit.record(
            session,
            ctx,
            "letter.export",
            "case",
            case.reference if case else "",
            {"document": doc.id},
        )
    return out
