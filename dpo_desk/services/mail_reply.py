"""Replying by e-mail with a kept letter: the PDF attached, as an .eml for the DPO's mail
program or sent through the organisation's SMTP server, and recorded as sent.

The attached PDF is the archived letter itself, read from the vault and checked against
its SHA-256: the person receives exactly what the desk keeps as proof. A reply on a case
exercising portability also carries the data copy as JSON, the "structured, commonly
used and machine-readable format" of GDPR Art. 20(1); it is refused without it.

A sent mail is never left unrecorded: before the SMTP exchange the letter is marked
"sending" with its recipient and Message-ID (committed); after the server accepted the
message the letter is frozen as sent by e-mail, in one transaction with its Message-ID
(``confirm_email_sent``). A crash in between leaves "sending" on the letter, which the
window shows until the DPO confirms or withdraws it (``withdraw_email``). An .eml file
is "drafted" the same way, and confirmed by the DPO once their program sent it.
"""

from __future__ import annotations

import hashlib
import json
import smtplib
import ssl
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from dpo_desk.domain.rights import Right
from dpo_desk.domain.text import NOTE_MAX, check_email, clean
from dpo_desk.errors import UserError
from dpo_desk.fsio import atomic_write
from dpo_desk.services import audit, documents
from dpo_desk.services.context import Context
from dpo_desk.services.document_info import document_info
from dpo_desk.services.dto import DocumentInfo
from dpo_desk.services.letters import review
from dpo_desk.services.letters.archive import mark_sent_in
from dpo_desk.services.mail_settings import SmtpSettings, get_mail_settings, smtp_password
from dpo_desk.services.organisation import get_profile
from dpo_desk.store.models import Document

#: The replies that answer a portability request (they carry the JSON copy).
REPLY_KINDS = ("access-reply", "confirmation")
MAX_DATA_BYTES = 20 * 1024 * 1024
SMTP_TIMEOUT = 30
OUTBOX = "outbox"


@dataclass(frozen=True)
class MailDraft:
    """What the reply dialog (or a caller) gives: the letter, to whom, and the words."""

    document_id: int
    to: str
    subject: str
    body: str
    #: The JSON data copy (required for a reply on a portability request).
    data_file: Path | None = None


@dataclass(frozen=True)
class _Letter:
    reference: str
    kind: str
    name: str
    pdf: bytes
    portability: bool


def _load_letter(ctx: Context, document_id: int) -> _Letter:
    with ctx.db.read() as session:
        doc = session.get(Document, document_id)
        if doc is None or doc.kind != "letter" or doc.case is None:
            raise UserError("no letter with id {document}", document=document_id)
        if doc.sent_at is not None:
            raise UserError(
                "letter {document} was already sent on {day}; generate a new one",
                document=document_id,
                day=(doc.sent_on or doc.sent_at.date()).isoformat(),
            )
        pdf = documents.vault(ctx, "letters").read(doc.stored_name)
        if hashlib.sha256(pdf).hexdigest() != doc.sha256:
            raise UserError(
                "letter {document} does not match its fingerprint; regenerate it",
                document=document_id,
            )
        portability = any(r.right == Right.PORTABILITY for r in doc.case.rights)
        return _Letter(
            doc.case.reference,
            doc.letter_kind,
            doc.original_name,
            pdf,
            portability and doc.letter_kind in REPLY_KINDS,
        )


def _data_copy(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(
            "cannot read {file}: {reason}", file=path.name, reason=exc.strerror
        ) from None
    if not raw or len(raw) > MAX_DATA_BYTES:
        raise UserError("{file}: the data file must hold between 1 byte and 20 MB", file=path.name)
    try:
        json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise UserError(
            "{file}: not a JSON file; the portable copy must be JSON "
            "(GDPR Art. 20(1): machine-readable)",
            file=path.name,
        ) from None
    return raw


def compose(ctx: Context, draft: MailDraft, sender: str = "") -> EmailMessage:
    """The message: text body, the archived PDF, and for portability the JSON copy.

    Raises:
        UserError: unknown or sent letter, altered PDF, bad address, missing JSON copy.
    """
    letter = _load_letter(ctx, draft.document_id)
    to = check_email(draft.to, required=True)
    subject = clean(draft.subject, "subject", max_len=300, required=True)
    body = clean(draft.body, "message", max_len=NOTE_MAX, multiline=True)
    if letter.portability and draft.data_file is None:
        raise UserError(
            "a reply to a portability request carries the data as a JSON "
            "file (GDPR Art. 20(1)); choose it"
        )
    sender = sender or get_mail_settings(ctx).sender or get_profile(ctx).dpo_email
    msg = EmailMessage()
    if sender:
        msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(ctx.now())
    domain = sender.rpartition("@")[2] if "@" in sender else "dpo-desk.invalid"
    # Short enough never to be folded over two lines (RFC 5322 2.2.3): the recorded
    # Message-ID is then the very text a mail client shows and searches.
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@{domain}>"
    msg.set_content(body or subject)
    msg.add_attachment(letter.pdf, maintype="application", subtype="pdf", filename=letter.name)
    if draft.data_file is not None:
        msg.add_attachment(
            _data_copy(draft.data_file),
            maintype="application",
            subtype="json",
            filename=f"{letter.reference}-data.json",
        )
    return msg


def _record_state(ctx: Context, document_id: int, state: str, msg: EmailMessage) -> None:
    """Write "sending" or "drafted" (committed) before the message can leave."""
    with ctx.db.write() as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        # Under four-eyes review, refused before the message can leave (issue 16): a mail
        # sent and then refused as "sent" would be a reply out without its record.
        review.check_before_send(session, doc)
        if doc.email_state in ("sending",) and doc.sent_at is None:
            raise UserError(
                "letter {document} may already have left by e-mail "
                "({message_id}); confirm or withdraw that sending first",
                document=document_id,
                message_id=doc.email_message_id,
            )
        doc.email_to = str(msg["To"])
        doc.email_message_id = str(msg["Message-ID"])
        doc.email_state = state
        audit.record(
            session,
            ctx,
            f"letter.email.{state}",
            "case",
            doc.case.reference if doc.case else "",
            {"document": document_id, "to": doc.email_to, "message_id": doc.email_message_id},
        )


def write_eml(ctx: Context, draft: MailDraft, folder: Path | None = None) -> Path:
    """Write the message as an .eml draft (``X-Unsent: 1``: Outlook and Thunderbird open
    it ready to send); the letter is marked "drafted" until the DPO confirms it left."""
    msg = compose(ctx, draft)
    msg["X-Unsent"] = "1"
    out_dir = folder or ctx.data_dir / OUTBOX
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"letter-{draft.document_id}.eml"
    _record_state(ctx, draft.document_id, "drafted", msg)
    atomic_write(path, bytes(msg))
    return path


def deliver(
    settings: SmtpSettings, password: str | None, msg: EmailMessage, timeout: float = SMTP_TIMEOUT
) -> None:
    """Hand ``msg`` to the SMTP server: implicit TLS (SSL), STARTTLS, or plain."""
    context = ssl.create_default_context()
    server: smtplib.SMTP
    if settings.security == "ssl":
        server = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout, context=context)
    else:
        server = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    with server:
        if settings.security == "starttls":
            server.starttls(context=context)
        if settings.user:
            server.login(settings.user, password or "")
        server.send_message(msg)


def send_email(ctx: Context, draft: MailDraft) -> DocumentInfo:
    """Send the reply by SMTP and record it sent, never leaving a sent mail unrecorded.

    Raises:
        UserError: no server configured, the server refused (the letter is then marked
            "failed": nothing left), or the composition was refused.
    """
    settings = get_mail_settings(ctx)
    if not settings.configured:
        raise UserError(
            "no SMTP server is set (Settings, E-mail); or write an .eml file for your mail program"
        )
    msg = compose(ctx, draft, settings.sender)
    _record_state(ctx, draft.document_id, "sending", msg)
    try:
        deliver(settings, smtp_password(ctx), msg)
    except (smtplib.SMTPException, OSError) as exc:
        _failed(ctx, draft.document_id, type(exc).__name__)
        raise UserError(
            "the mail server did not take the message ({reason}); it was not sent",
            reason=str(exc)[:200] or type(exc).__name__,
        ) from None
    return confirm_email_sent(ctx, draft.document_id)


def _failed(ctx: Context, document_id: int, reason: str) -> None:
    with ctx.db.write() as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        doc.email_state = "failed"
        audit.record(
            session,
            ctx,
            "letter.email.failed",
            "case",
            doc.case.reference if doc.case else "",
            {"document": document_id, "message_id": doc.email_message_id, "reason": reason},
        )


def confirm_email_sent(ctx: Context, document_id: int) -> DocumentInfo:
    """Freeze the letter as sent by e-mail today, with its recipient and Message-ID, in
    one transaction (after SMTP accepted it, or when the DPO says their program sent
    the .eml, or that a "sending" interrupted by a crash did leave)."""
    with ctx.db.write() as session:
        doc = session.get(Document, document_id)
        if doc is None or doc.email_state not in ("sending", "drafted"):
            raise UserError(
                "letter {document} has no e-mail waiting to be confirmed", document=document_id
            )
        mark_sent_in(
            session,
            ctx,
            document_id,
            channel="email",
            extra={"to": doc.email_to, "message_id": doc.email_message_id},
        )
        doc.email_state = "sent"
        reference = doc.case.reference if doc.case else ""
        info = document_info(doc)
    (ctx.data_dir / OUTBOX / f"letter-{document_id}.eml").unlink(missing_ok=True)
    audit.checkpoint(ctx.db, f"letter {document_id} sent ({reference})")
    return info


def withdraw_email(ctx: Context, document_id: int) -> None:
    """The DPO checked: the e-mail did not leave ("sending" or "drafted" is withdrawn)."""
    with ctx.db.write() as session:
        doc = session.get(Document, document_id)
        if doc is None or doc.email_state not in ("sending", "drafted") or doc.sent_at:
            raise UserError(
                "letter {document} has no e-mail waiting to be confirmed", document=document_id
            )
        doc.email_state = "failed"
        audit.record(
            session,
            ctx,
            "letter.email.withdrawn",
            "case",
            doc.case.reference if doc.case else "",
            {"document": document_id, "message_id": doc.email_message_id},
        )
