"""Requests that arrive by e-mail become cases: every field, the sealed original, the
deadline from the header, duplicates, threads, nothing half-imported (issue 17)."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dpo_desk.errors import UserError
from dpo_desk.mail.eml import parse_eml
from dpo_desk.mail.model import MailRefused
from dpo_desk.mail.msg import parse_msg
from dpo_desk.services import (
    case_list,
    cases,
    deadlines,
    documents,
    mail_import,
    organisation,
    retention,
    workflow,
)
from dpo_desk.services.context import Context
from dpo_desk.store.models import Case, Document, MailMessage
from tests.mail._samples import PDF, PNG, outlook_msg, request_eml, simple_eml


def _vault_files(ctx: Context) -> set[str]:
    folder = ctx.data_dir / "documents"
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def _counts(ctx: Context) -> tuple[int, int, int]:
    with ctx.db.read() as s:
        return (
            s.scalar(select(func.count(Case.id))) or 0,
            s.scalar(select(func.count(Document.id))) or 0,
            s.scalar(select(func.count(MailMessage.id))) or 0,
        )


def test_a_request_by_email_becomes_a_prefilled_case(ctx: Context) -> None:
    raw = request_eml()
    res = mail_import.import_mail(ctx, parse_eml(raw, "zoe.eml"))
    assert res.created and res.documents == 3 and res.skipped == ()
    d = cases.get_case(ctx, res.reference)
    assert d.summary.subject_name == "Zoé Lefèvre"
    assert d.summary.email == "zoe.lefevre@mail.example.fr"
    assert d.summary.channel == "email"
    # rights from the words ("accès", "effacement"), in the order of the rules
    assert d.summary.rights == ("access", "erasure")
    # received instant: the topmost Received hop (10:15:12 +01:00), not Date: nor the
    # sender's relay (31 Jan), kept in the organisation's zone
    assert d.received_at.astimezone(UTC) == datetime(2026, 1, 30, 9, 15, 12, tzinfo=UTC)
    assert d.summary.received_on == date(2026, 1, 30)
    assert d.received_tz == "Europe/Paris"
    # the notes in the organisation's language (French by default)
    assert d.notes.startswith("Demande reçue par courriel (zoe.eml)\nObjet : Demande d'accès")
    assert "Je demande l'accès à mes données personnelles" in d.notes
    kinds = {doc.original_name: doc.kind for doc in d.documents}
    assert kinds["carte d'identité.png"] == "id-evidence"
    assert kinds["facture.pdf"] == "attachment"
    assert [k for k in kinds.values()].count("email") == 1


def test_deadline_counted_from_the_header_per_the_rules(ctx: Context) -> None:
    res = mail_import.import_mail(ctx, parse_eml(request_eml(), "zoe.eml"))
    d = cases.get_case(ctx, res.reference)
    expected = deadlines.compute(
        "FR", d.received_at, readings=d.readings, tz="Europe/Paris", today=ctx.today()
    )
    # Received 30 Jan: one month (GDPR Art. 12(3), Reg. 1182/71) ends on 28 Feb 2026, a
    # Saturday, so the next working day, Monday 2 March.
    assert d.due_date == expected.due == date(2026, 3, 2)


def test_a_late_evening_hop_in_utc_is_the_next_day_in_paris(ctx: Context) -> None:
    raw = request_eml(received="Fri, 30 Jan 2026 23:40:00 +0000", message_id="late@x")
    d = cases.get_case(ctx, mail_import.import_mail(ctx, parse_eml(raw, "l.eml")).reference)
    assert d.summary.received_on == date(2026, 1, 31)


def test_the_original_is_sealed_with_its_sha256_and_in_the_timeline(ctx: Context) -> None:
    raw = request_eml()
    res = mail_import.import_mail(ctx, parse_eml(raw, "zoe.eml"))
    assert res.sha256 == hashlib.sha256(raw).hexdigest()
    d = cases.get_case(ctx, res.reference)
    original = next(doc for doc in d.documents if doc.kind == "email")
    name, data = documents.read_document(ctx, original.id)
    assert data == raw and name.endswith(".eml")
    # sealed: the vault file is not the plain message when the store is encrypted, and
    # in any case never under the sender's name
    assert all("zoe" not in f for f in _vault_files(ctx))
    entries = case_list.timeline(ctx, res.reference)
    received = [e for e in entries if e.operation == "mail.receive"]
    assert len(received) == 1 and received[0].details["sha256"] == res.sha256
    assert received[0].details["received_from"] == "received"


def test_same_message_id_twice_is_refused_and_changes_nothing(ctx: Context) -> None:
    mail_import.import_mail(ctx, parse_eml(request_eml(), "a.eml"))
    before, files = _counts(ctx), _vault_files(ctx)
    # the same id with other bytes (a copy re-saved by another client)
    again = parse_eml(request_eml(body_word="acces"), "b.eml")
    with pytest.raises(MailRefused, match="already imported .case DPO-2026-0001"):
        mail_import.import_mail(ctx, again)
    assert _counts(ctx) == before and _vault_files(ctx) == files


def test_a_reply_in_the_thread_joins_its_case(ctx: Context) -> None:
    first = mail_import.import_mail(ctx, parse_eml(request_eml(), "a.eml"))
    reply = parse_eml(
        request_eml(
            message_id="req-2@mail.example.fr",
            in_reply_to="req-1@mail.example.fr",
            body_word="ajout",
        ),
        "reply.eml",
    )
    assert mail_import.draft(ctx, reply).thread_case == first.reference
    res = mail_import.import_mail(ctx, reply)
    assert not res.created and res.reference == first.reference
    assert _counts(ctx)[0] == 1
    d = cases.get_case(ctx, first.reference)
    assert "Réponse reçue par courriel (reply.eml)" in d.notes
    assert [doc.kind for doc in d.documents].count("email") == 2


def test_an_id_copy_from_a_mail_is_purged_like_any_id_copy(ctx: Context) -> None:
    res = mail_import.import_mail(ctx, parse_eml(request_eml(), "a.eml"))
    with ctx.db.write() as s:
        case = cases.load_case(s, res.reference)
        purged = documents.purge_case_evidence(s, ctx, case, "identity verified")
    assert len(purged) == 1
    d = cases.get_case(ctx, res.reference)
    idcopy = next(doc for doc in d.documents if doc.id == purged[0])
    assert idcopy.kind == "id-evidence"


def test_a_failure_mid_import_leaves_no_row_and_no_file(ctx: Context, monkeypatch) -> None:
    before, files = _counts(ctx), _vault_files(ctx)
    real = documents.add_document
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk gone")
        return real(*args, **kwargs)

    monkeypatch.setattr(mail_import, "add_document", failing)
    with pytest.raises(OSError):
        mail_import.import_mail(ctx, parse_eml(request_eml(), "a.eml"))
    assert _counts(ctx) == before and _vault_files(ctx) == files


def test_an_outlook_msg_becomes_a_case(ctx: Context) -> None:
    raw = outlook_msg()
    res = mail_import.import_mail(ctx, parse_msg(raw, "jean.msg"))
    d = cases.get_case(ctx, res.reference)
    assert d.summary.subject_name == "Jean Dupont"
    assert d.summary.email == "jean.dupont@example.com"
    assert d.summary.rights == ("erasure", "prospecting-objection")
    assert d.received_at.astimezone(UTC) == datetime(2026, 1, 29, 16, 2, tzinfo=UTC)
    kinds = {doc.original_name: doc.kind for doc in d.documents}
    assert kinds["passeport.pdf"] == "id-evidence"
    original = next(doc for doc in d.documents if doc.kind == "email")
    assert documents.read_document(ctx, original.id)[1] == raw


def test_no_right_in_the_words_is_refused_without_a_right_given(ctx: Context) -> None:
    raw = simple_eml(
        "From: a@example.org\nDate: Mon, 2 Feb 2026 08:00:00 +0100\n"
        "Message-ID: <n@x>\nSubject: bonjour",
        b"Bonjour.\r\n",
    )
    mail = parse_eml(raw, "n.eml")
    with pytest.raises(MailRefused, match="no right recognised"):
        mail_import.import_mail(ctx, mail)
    res = mail_import.import_mail(ctx, mail, rights=["access"])
    assert cases.get_case(ctx, res.reference).summary.rights == ("access",)


def test_a_receipt_in_the_future_is_refused(ctx: Context) -> None:
    raw = simple_eml(
        "From: a@example.org\nDate: Mon, 2 Mar 2026 08:00:00 +0100\n"
        "Message-ID: <f@x>\nSubject: accès"
    )
    with pytest.raises(MailRefused, match="in the future"):
        mail_import.import_mail(ctx, parse_eml(raw, "f.eml"))
    assert _counts(ctx) == (0, 0, 0)


def test_unsupported_attachments_stay_in_the_original_and_are_listed(ctx: Context) -> None:
    raw = simple_eml(
        "From: a@example.org\nDate: Mon, 2 Feb 2026 08:00:00 +0100\nMessage-ID: <u@x>\n"
        "Subject: effacement\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n",
        b"--b\r\nContent-Type: text/plain\r\n\r\nEffacement svp\r\n--b\r\n"
        b"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; "
        b"filename=setup.exe\r\n\r\nMZ\x90\x00\x03\r\n--b--\r\n",
    )
    res = mail_import.import_mail(ctx, parse_eml(raw, "u.eml"))
    assert res.documents == 1 and "setup.exe" in res.skipped[0]
    notes = cases.get_case(ctx, res.reference).notes
    assert "Conservé seulement dans l'original scellé" in notes
    assert "setup.exe: c'est un programme Windows, pas un document" in notes


def test_notes_in_english_for_an_english_speaking_organisation(ctx: Context) -> None:
    organisation.update_profile(ctx, {"name": "Acme Ltd", "language": "en"})
    res = mail_import.import_mail(ctx, parse_eml(request_eml(), "zoe.eml"))
    notes = cases.get_case(ctx, res.reference).notes
    assert notes.startswith("Request received by e-mail (zoe.eml)\nSubject: Demande d'accès")


def test_kinds_as_the_dpo_chose_them(ctx: Context, tmp_path: Path) -> None:
    mail = parse_eml(request_eml(), "a.eml")
    new = mail_import.new_case_of(mail, ["portability"])
    res = mail_import.import_mail(ctx, mail, new, kinds=["attachment", "attachment"])
    d = cases.get_case(ctx, res.reference)
    assert d.summary.rights == ("portability",)
    assert sorted(doc.kind for doc in d.documents) == ["attachment", "attachment", "email"]
    assert PNG and PDF  # the samples the attachments were made of


def test_without_message_id_the_same_bytes_are_still_caught(ctx: Context) -> None:
    raw = simple_eml("From: a@example.org\nDate: Mon, 2 Feb 2026 08:00:00 +0100\nSubject: accès")
    mail = parse_eml(raw, "x.eml")
    assert mail.message_id == ""
    mail_import.import_mail(ctx, mail)
    with pytest.raises(MailRefused, match="already imported"):
        mail_import.import_mail(ctx, parse_eml(raw, "copy.eml"))
    assert _counts(ctx)[0] == 1


def test_no_date_at_all_is_refused_in_words(ctx: Context) -> None:
    mail = parse_eml(
        simple_eml("From: a@example.org\nMessage-ID: <nd@x>\nSubject: accès"), "nd.eml"
    )
    with pytest.raises(MailRefused, match="date of receipt is unknown"):
        mail_import.import_mail(ctx, mail)
    assert _counts(ctx) == (0, 0, 0)


def test_an_anonymised_case_keeps_no_message_id_but_the_same_mail_is_still_caught(
    ctx: Context,
) -> None:
    raw = request_eml()
    res = mail_import.import_mail(ctx, parse_eml(raw, "a.eml"))
    workflow.transition(ctx, res.reference, "answered", "done")
    workflow.transition(ctx, res.reference, "closed", "reply sent")
    later = Context(
        db=ctx.db,
        data_dir=ctx.data_dir,
        actor="dpo",
        clock=lambda: ctx.now() + timedelta(days=6 * 365),
    )
    assert retention.purge(later, vacuum=False).cases == 1
    with ctx.db.read() as s:
        row = s.scalars(select(MailMessage)).one()
        assert row.message_id is None and row.thread_refs == "" and len(row.sha256) == 64
    with pytest.raises(UserError):  # the same bytes again: recognised by their SHA-256
        mail_import.import_mail(later, parse_eml(raw, "a.eml"))
