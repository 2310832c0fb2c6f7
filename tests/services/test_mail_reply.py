"""Replying by e-mail: a real SMTP server in the test receives the message; its PDF is the
archived letter byte for byte; the Message-ID is recorded on the letter and in the audit;
a crash between sending and recording stays visible ("sending")."""

from __future__ import annotations

import email
import hashlib
import json
import socket
from collections.abc import Iterator
from datetime import date
from email.message import Message
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from dpo_desk.errors import UserError
from dpo_desk.services import cases, documents, letters, mail_reply, workflow
from dpo_desk.services.demo import load_demo
from dpo_desk.services.mail_settings import (
    SmtpSettings,
    get_mail_settings,
    save_mail_settings,
    set_smtp_password,
    smtp_password,
)
from dpo_desk.services.registers import scope
from dpo_desk.store.models import AuditEvent, Document


def _mid(msg) -> str:
    """The Message-ID as sent, unfolded."""
    return "".join(str(msg["Message-ID"]).split())


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def demo(ctx):
    load_demo(ctx)
    return ctx


def _letter(ctx, rights: list[str], kind: str = "acknowledgement") -> tuple[str, int]:
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Élodie Lefèvre",
            rights=rights,
            received=date(2026, 1, 20),
            channel="email",
            email="elodie@example.fr",
        ),
    ).reference
    if kind == "access-reply":  # an access reply tells only the activities chosen
        workflow.transition(ctx, ref, "in-progress")
        view = scope.scope_of(ctx, ref, ["customers"])
        scope.set_scope(
            ctx, ref, [i.item_id for i in view.items if i.suggested and i.kind == "activity"]
        )
    return ref, letters.generate(
        ctx, ref, kind, "fr", copy_separately=kind == "access-reply"
    ).document_id


def _archived(ctx, document_id: int) -> bytes:
    with ctx.db.read() as s:
        doc = s.get(Document, document_id)
        return documents.vault(ctx, "letters").read(doc.stored_name)


def _attachments(msg: Message) -> dict[str, bytes]:
    return {
        part.get_filename(): part.get_payload(decode=True)
        for part in msg.walk()
        if part.get_filename()
    }


def test_smtp_reply_carries_the_archived_pdf_and_records_the_message_id(demo, smtp_server) -> None:
    inbox, port = smtp_server
    save_mail_settings(demo, SmtpSettings("127.0.0.1", port, "", "none", "dpo@example.org"))
    ref, doc_id = _letter(demo, ["access"])
    info = mail_reply.send_email(
        demo,
        mail_reply.MailDraft(
            doc_id, "elodie@example.fr", f"Votre demande {ref}", "Bonjour,\nvoici notre réponse."
        ),
    )
    assert len(inbox.messages) == 1
    mail_from, rcpt, raw = inbox.messages[0]
    assert mail_from == "dpo@example.org" and rcpt == ["elodie@example.fr"]
    msg = email.message_from_bytes(raw)
    files = _attachments(msg)
    assert list(files) == [f"{ref}-acknowledgement-fr.pdf"]
    assert files[f"{ref}-acknowledgement-fr.pdf"] == _archived(demo, doc_id)
    assert hashlib.sha256(files[f"{ref}-acknowledgement-fr.pdf"]).hexdigest() == info.sha256
    # Recorded: channel, day, recipient and the very Message-ID the server received.
    assert info.dispatch_channel == "email" and info.sent_on == demo.today()
    assert info.email_to == "elodie@example.fr" and info.email_state == "sent"
    assert info.email_message_id == _mid(msg)
    with demo.db.read() as s:
        rows = s.execute(
            select(AuditEvent.operation, AuditEvent.summary).where(AuditEvent.record_ref == ref)
        ).all()
    ops = [op for op, _ in rows]
    assert ops[-2:] == ["letter.email.sending", "letter.sent"]
    sent = json.loads(rows[-1][1])
    assert sent["channel"] == "email" and sent["message_id"] == _mid(msg)
    assert sent["to"] == "elodie@example.fr"


def test_portability_reply_needs_and_attaches_the_json_copy(
    demo, smtp_server, tmp_path: Path
) -> None:
    inbox, port = smtp_server
    save_mail_settings(demo, SmtpSettings("127.0.0.1", port, "", "none", "dpo@example.org"))
    ref, doc_id = _letter(demo, ["access", "portability"], "access-reply")
    draft = mail_reply.MailDraft(doc_id, "elodie@example.fr", "Vos données", "Ci-joint.")
    with pytest.raises(UserError, match="portability request carries the data as a JSON"):
        mail_reply.send_email(demo, draft)
    assert inbox.messages == []
    data = tmp_path / "copy.json"
    data.write_text(
        '{"sections": [{"title": "Compte", "rows": [["e-mail", "e@x"]]}]}', encoding="utf-8"
    )
    mail_reply.send_email(
        demo, mail_reply.MailDraft(doc_id, "elodie@example.fr", "Vos données", "Ci-joint.", data)
    )
    files = _attachments(email.message_from_bytes(inbox.messages[0][2]))
    assert files[f"{ref}-data.json"] == data.read_bytes()
    assert files[f"{ref}-access-reply-fr.pdf"] == _archived(demo, doc_id)


def test_a_refusing_server_leaves_the_letter_unsent_and_says_so(demo) -> None:
    save_mail_settings(demo, SmtpSettings("127.0.0.1", _free_port(), "", "none", "dpo@example.org"))
    _ref, doc_id = _letter(demo, ["access"])
    with pytest.raises(UserError, match="did not take the message"):
        mail_reply.send_email(demo, mail_reply.MailDraft(doc_id, "e@example.fr", "S", "B"))
    info = next(d for d in letters.letters_of(demo, _ref) if d.id == doc_id)
    assert info.sent_at is None and info.email_state == "failed"


def test_a_crash_between_sending_and_recording_stays_visible(
    demo, smtp_server, monkeypatch
) -> None:
    inbox, port = smtp_server
    save_mail_settings(demo, SmtpSettings("127.0.0.1", port, "", "none", "dpo@example.org"))
    ref, doc_id = _letter(demo, ["access"])

    def crash(*_a, **_k):
        raise SystemExit("power cut")

    monkeypatch.setattr(mail_reply, "confirm_email_sent", crash)
    with pytest.raises(SystemExit):
        mail_reply.send_email(demo, mail_reply.MailDraft(doc_id, "e@example.fr", "S", "B"))
    monkeypatch.undo()
    assert len(inbox.messages) == 1  # it left...
    info = next(d for d in letters.letters_of(demo, ref) if d.id == doc_id)
    assert info.email_state == "sending" and info.sent_at is None  # ...and it shows
    with pytest.raises(UserError, match="may already have left"):
        mail_reply.send_email(demo, mail_reply.MailDraft(doc_id, "e@example.fr", "S", "B"))
    assert len(inbox.messages) == 1  # not sent twice
    done = mail_reply.confirm_email_sent(demo, doc_id)
    assert done.sent_at is not None and done.email_state == "sent"
    assert done.email_message_id == _mid(email.message_from_bytes(inbox.messages[0][2]))


def test_eml_draft_then_confirmed(demo, tmp_path: Path) -> None:
    ref, doc_id = _letter(demo, ["access"])
    path = mail_reply.write_eml(
        demo, mail_reply.MailDraft(doc_id, "e@example.fr", "S", "B"), tmp_path
    )
    msg = email.message_from_bytes(path.read_bytes())
    assert msg["X-Unsent"] == "1" and msg["To"] == "e@example.fr"
    assert _attachments(msg)[f"{ref}-acknowledgement-fr.pdf"] == _archived(demo, doc_id)
    info = mail_reply.confirm_email_sent(demo, doc_id)
    assert info.dispatch_channel == "email" and info.email_message_id == _mid(msg)


def test_smtp_settings_and_password_in_the_keyring(demo, memory_keyring) -> None:
    saved = save_mail_settings(
        demo, SmtpSettings("smtp.example.org", 465, "dpo", "ssl", "dpo@example.org")
    )
    assert get_mail_settings(demo) == saved
    set_smtp_password(demo, "s3cret")
    assert smtp_password(demo) == "s3cret"
    assert "s3cret" in memory_keyring.store.values()  # in the keyring, not in the store
    with demo.db.read() as s:
        summaries = list(s.scalars(select(AuditEvent.summary)))
    assert not any("s3cret" in text for text in summaries)
    with pytest.raises(UserError, match="SMTP security"):
        save_mail_settings(demo, SmtpSettings("h", 25, "", "tls-please", "a@b.c"))
    with pytest.raises(UserError, match="not a host name"):
        save_mail_settings(demo, SmtpSettings("smtp example", 25, "", "none", "a@b.c"))
