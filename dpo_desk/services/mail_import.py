"""A request that arrived by e-mail becomes a case (issue 17).

One message, one write transaction: the case with its person, rights and deadline; the
original message sealed in the vault as the proof of receipt (its SHA-256 in the audit
entry and the timeline); each attachment a document of the kind its name suggests (an
ID copy is ``id-evidence``, destroyed like any ID copy once identity is verified). A
failure anywhere leaves no row and no file (``documents.new_files``).

The clock of the deadline starts when the organisation received the message: the
topmost ``Received:`` hop, added by its own server (law.md, "date of receipt"), else the
sender's ``Date:``. The same message twice is refused; a reply in a known thread joins
its case as a document and a note, and starts nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dpo_desk.domain import files
from dpo_desk.domain.files import EMAIL_KIND, KINDS
from dpo_desk.domain.mail_hints import attachment_kind, suggest_rights
from dpo_desk.domain.text import NOTE_MAX
from dpo_desk.errors import UserError
from dpo_desk.mail.model import MailRefused, ParsedMail
from dpo_desk.services import audit, search
from dpo_desk.services.cases import NewCase, add_case_in
from dpo_desk.services.context import Context
from dpo_desk.services.documents import NewFile, add_document, new_files
from dpo_desk.services.organisation import profile_in
from dpo_desk.store.models import Case, MailMessage

#: A Received: or Date: this far ahead of the computer's clock is a forgery or a wrong
#: clock: the deadline must not be computed from it.
FUTURE_SLACK = timedelta(hours=1)
#: The share of the body copied into the notes; the whole message is in the original.
BODY_MAX = NOTE_MAX - 2_000


@dataclass(frozen=True)
class MailDraft:
    """What the intake shows before the DPO confirms: the message and the guesses."""

    mail: ParsedMail
    rights: tuple[str, ...]
    kinds: tuple[str, ...]
    #: The case this message answers ("" when none), and the case it was already
    #: imported into ("" when never).
    thread_case: str = ""
    duplicate_case: str = ""
    #: For each attachment, why it stays only in the sealed original ("" when it
    #: becomes a document): a format or size DPO Desk does not keep.
    not_kept: tuple[str, ...] = ()


@dataclass(frozen=True)
class MailResult:
    """What one import did: the case, whether it was new, and what was left aside."""

    reference: str
    created: bool
    documents: int
    sha256: str
    skipped: tuple[str, ...]


def _existing(session: Session, mail: ParsedMail, sha256: str) -> MailMessage | None:
    cond = MailMessage.sha256 == sha256
    if mail.message_id:
        cond = or_(cond, MailMessage.message_id == mail.message_id)
    return session.scalars(select(MailMessage).where(cond).limit(1)).first()


def _thread(session: Session, mail: ParsedMail) -> MailMessage | None:
    if not mail.references:
        return None
    found = session.scalars(
        select(MailMessage).where(MailMessage.message_id.in_(mail.references))
    ).all()
    by_id = {m.message_id: m for m in found}
    for ref in mail.references:  # the nearest message of the thread wins
        if ref in by_id:
            return by_id[ref]
    return None


def _reference(session: Session, row: MailMessage | None) -> str:
    if row is None:
        return ""
    case = session.get(Case, row.case_id)
    return case.reference if case else ""


def draft(ctx: Context, mail: ParsedMail, lang: str = "en") -> MailDraft:
    """The guesses for ``mail``: rights from its words, the kind of each attachment, and
    whether it answers or repeats a message already imported. Reads only."""
    sha = hashlib.sha256(mail.raw).hexdigest()
    with ctx.db.read() as session:
        duplicate = _reference(session, _existing(session, mail, sha))
        thread = _reference(session, _thread(session, mail))
    return MailDraft(
        mail=mail,
        rights=tuple(str(r) for r in suggest_rights(mail.subject, mail.body)),
        kinds=tuple(attachment_kind(a.name) for a in mail.attachments),
        thread_case=thread,
        duplicate_case=duplicate,
        not_kept=tuple(_refusal(a.content, lang) for a in mail.attachments),
    )


#: The words of the notes a message leaves in its case, in the organisation's language
#: (the notes are read by the DPO, as letters are read by the person).
WORDS = {
    "en": {
        "request": "Request received by e-mail",
        "reply": "Reply received by e-mail",
        "subject": "Subject:",
        "none": "(none)",
        "nobody": "(no text body)",
        "cut": "[… cut here: the whole message is in the sealed original]",
        "kept": "Kept only in the sealed original (not separate documents):",
        "empty": "empty (0 bytes)",
        "embedded": "an embedded Outlook item",
    },
    "fr": {
        "request": "Demande reçue par courriel",
        "reply": "Réponse reçue par courriel",
        "subject": "Objet :",
        "none": "(aucun)",
        "nobody": "(pas de texte)",
        "cut": "[… coupé ici : le message entier est dans l'original scellé]",
        "kept": "Conservé seulement dans l'original scellé (pas en document séparé) :",
        "empty": "vide (0 octet)",
        "embedded": "un élément Outlook incorporé",
    },
}


def _notes(mail: ParsedMail, skipped: Sequence[str], reply: bool, lang: str) -> str:
    """The subject and the text body, as the notes of the case (or the note a reply adds);
    a very long body is cut here only: the sealed original keeps every word."""
    w = WORDS.get(lang, WORDS["en"])
    head = w["reply"] if reply else w["request"]
    lines = [f"{head} ({mail.label})", f"{w['subject']} {mail.subject or w['none']}", ""]
    body = mail.body or w["nobody"]
    if len(body) > BODY_MAX:
        body = body[:BODY_MAX] + "\n" + w["cut"]
    lines.append(body)
    if skipped:
        lines += ["", w["kept"]]
        lines += [f"- {why}" for why in skipped]
    return "\n".join(lines)


def _checked(mail: ParsedMail, lang: str) -> tuple[list[tuple[int, str, list[str]]], list[str]]:
    """(index, media type, flags) of the attachments DPO Desk can keep as documents, and
    why each other one stays only in the original (format, size, empty)."""
    w = WORDS.get(lang, WORDS["en"])
    kept: list[tuple[int, str, list[str]]] = []
    skipped = [f"{name}: {w.get(code, code)}" for name, code in mail.skipped]
    for index, att in enumerate(mail.attachments):
        why = _refusal(att.content, lang)
        if why:
            skipped.append(f"{att.name}: {why}")
            continue
        media = files.sniff(att.content[:4096])
        flags = files.pdf_flags(att.content) if media == "application/pdf" else []
        kept.append((index, media, flags))
    return kept, skipped


def _refusal(content: bytes, lang: str) -> str:
    """Why an attachment cannot be a document (the allow-list and size limit of every
    attached file, ``domain.files``), or ""."""
    try:
        files.check_size(len(content))
        files.sniff(content[:4096])
    except files.FileRefused as exc:
        return exc.render(lang)
    return ""


def _instant(ctx: Context, mail: ParsedMail, new: NewCase | None) -> datetime:
    received = new.received if new is not None else mail.received
    if received is None:
        raise MailRefused(
            "{label}: the message has no readable Received: or Date: header, "
            "so its date of receipt is unknown; enter the request by hand",
            label=mail.label,
        )
    if (
        isinstance(received, datetime)
        and received.tzinfo is not None
        and received > ctx.now() + FUTURE_SLACK
    ):
        raise MailRefused(
            "{label}: the message says it was received on {when}, in the "
            "future; check the message and this computer's clock",
            label=mail.label,
            when=received.isoformat(timespec="minutes"),
        )
    return (
        received
        if isinstance(received, datetime)
        else datetime.combine(received, datetime.min.time())
    )


def _language(ctx: Context) -> str:
    with ctx.db.read() as session:
        return profile_in(session).language


def new_case_of(mail: ParsedMail, rights: Sequence[str], lang: str = "en") -> NewCase:
    """The case a message asks for, as the intake would fill it."""
    return NewCase(
        name=mail.sender_name or mail.sender_email.partition("@")[0] or "?",
        email=mail.sender_email,
        rights=list(rights),
        channel="email",
        received=mail.received or datetime.now(UTC),
        notes=notes_of(mail, lang),
    )


def import_mail(
    ctx: Context,
    mail: ParsedMail,
    new: NewCase | None = None,
    kinds: Sequence[str] | None = None,
    *,
    rights: Sequence[str] = (),
    follow_thread: bool = True,
) -> MailResult:
    """Import one message; MailRefused (nothing written) when it cannot be.

    Args:
        new: the case as the DPO confirmed it in the intake (rights ticked, name
            corrected); None: as the message suggests (the command line), refused when
            its words suggest no right.
        kinds: the kind of each attachment (default: the suggested ones).
        rights: without ``new``, the rights to register instead of the suggested ones.
        follow_thread: a reply to a message already imported joins that case.
    """
    sha = hashlib.sha256(mail.raw).hexdigest()
    kinds = (
        list(kinds) if kinds is not None else [attachment_kind(a.name) for a in mail.attachments]
    )
    if len(kinds) != len(mail.attachments) or any(k not in KINDS for k in kinds):
        raise UserError(
            "unknown document kind {kind!r}; use one of: {kinds}",
            kind=",".join(kinds),
            kinds=", ".join(KINDS),
        )
    lang = _language(ctx)
    kept, skipped = _checked(mail, lang)
    with new_files(ctx) as sealed:
        suffix = ".msg" if mail.fmt == "msg" else ".eml"
        media = "application/vnd.ms-outlook" if mail.fmt == "msg" else "message/rfc822"
        original = sealed.put_content(f"message-{sha[:12]}{suffix}", mail.raw, media)
        parts: list[tuple[NewFile, str]] = [
            (
                sealed.put_content(
                    mail.attachments[i].name, mail.attachments[i].content, media_, flags
                ),
                kinds[i],
            )
            for i, media_, flags in kept
        ]
        with ctx.db.write() as session:
            earlier = _existing(session, mail, sha)
            if earlier is not None:
                raise MailRefused(
                    "{label}: this message was already imported (case "
                    "{reference}); it was not imported again",
                    label=mail.label,
                    reference=_reference(session, earlier),
                )
            thread = _thread(session, mail) if follow_thread and new is None else None
            if thread is not None:
                case = session.get(Case, thread.case_id)
                assert case is not None  # the row cascades with its case
                case.notes = (case.notes + "\n\n" + _notes(mail, skipped, True, lang)).strip()
                case.notes = case.notes[-NOTE_MAX:]
            else:
                case = _create(session, ctx, mail, new, rights, lang)
            doc = add_document(session, ctx, case, original, EMAIL_KIND)
            for part, kind in parts:
                add_document(session, ctx, case, part, kind)
            session.add(
                MailMessage(
                    case_id=case.id,
                    document_id=doc.id,
                    message_id=mail.message_id or None,
                    thread_refs=" ".join(mail.references)[:10_000],
                    sha256=sha,
                    received_at=mail.received,
                    received_source=mail.received_source,
                )
            )
            search.index_case(session, case)
            audit.record(
                session,
                ctx,
                "mail.receive",
                "case",
                case.reference,
                {
                    "sha256": sha,
                    "message_id": mail.message_id,
                    "document": doc.id,
                    "received_at": mail.received,
                    "received_from": mail.received_source,
                    "reply": thread is not None,
                    "attachments": len(parts),
                    "not_kept": len(skipped),
                },
            )
            return MailResult(case.reference, thread is None, len(parts) + 1, sha, tuple(skipped))


def _create(
    session: Session,
    ctx: Context,
    mail: ParsedMail,
    given: NewCase | None,
    rights: Sequence[str],
    lang: str,
) -> Case:
    received = _instant(ctx, mail, given)
    new = given
    if new is None:
        chosen = list(rights) or [str(r) for r in suggest_rights(mail.subject, mail.body)]
        if not chosen:
            raise MailRefused(
                "{label}: no right recognised in the message's words; import "
                "it from the window and tick the rights, or give --right",
                label=mail.label,
            )
        new = new_case_of(mail, chosen, lang)
    # else: the notes as the DPO kept them in the intake (prefilled with ``notes_of``)
    return add_case_in(session, ctx, replace(new, received=received))


def notes_of(mail: ParsedMail, lang: str = "en") -> str:
    """The notes a new case from ``mail`` starts with: subject, text body, and the
    attachments kept only in the original (the intake shows them for the DPO to edit)."""
    return _notes(mail, _checked(mail, lang)[1], False, lang)
