"""Hostile mail is handled like any hostile input: a clear refusal or a clean reading,
never a crash, a rendered page or a path outside the vault (issue 17)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dpo_desk.domain.mail_hints import attachment_kind, suggest_rights
from dpo_desk.domain.rights import Right
from dpo_desk.mail.clean import file_name, html_to_text
from dpo_desk.mail.eml import parse_eml
from dpo_desk.mail.model import MAX_DEPTH, MailRefused
from dpo_desk.mail.read import read_one, read_path
from tests.mail._samples import simple_eml

HEAD = "From: a@example.org\nDate: Mon, 2 Feb 2026 08:00:00 +0100\nMessage-ID: <h@x>\n"


def test_an_address_hidden_in_an_encoded_display_name_never_wins() -> None:
    raw = (
        b"From: =?utf-8?q?Banque_=3Cdpo=40bank=2Eexample=3E=E2=80=AE?= "
        b"<evil@attacker.example>\r\nDate: Mon, 2 Feb 2026 08:00:00 +0100\r\n"
        b"Subject: =?utf-8?b?"
        + __import__("base64").b64encode("accès\n\x07".encode())
        + b"?=\r\n\r\nacces\r\n"
    )
    mail = parse_eml(raw, "t.eml")
    assert mail.sender_email == "evil@attacker.example"
    assert mail.sender_name == "Banque"  # the fake <address> and the RLO stripped
    assert "\u202e" not in mail.sender_name and "<" not in mail.sender_name
    assert mail.subject == "accès"


def test_unknown_and_lying_charsets_are_read_not_fatal() -> None:
    raw = simple_eml(
        HEAD + "Subject: =?x-klingon?q?acc=E8s?=\nContent-Type: text/plain; charset=x-unknown-8",
        "Je veux l'accès".encode("latin-1"),
    )
    mail = parse_eml(raw, "c.eml")
    assert mail.body == "Je veux l'accès"  # not UTF-8: read as Latin-1
    lying = simple_eml(
        HEAD + "Content-Type: text/plain; charset=us-ascii", "Effacement de mes données".encode()
    )
    assert "Effacement de mes donn" in parse_eml(lying, "l.eml").body


def test_an_html_only_body_becomes_text_never_a_page() -> None:
    raw = simple_eml(
        HEAD + "Content-Type: text/html; charset=utf-8",
        b"<html><head><style>p{}</style><script>alert(1)</script></head>"
        b"<body><p>Je demande la <b>suppression</b></p><img src='http://t/x'>"
        b"<p>Merci &amp; bonne journ&eacute;e</p></body></html>",
    )
    body = parse_eml(raw, "h.eml").body
    assert body == "Je demande la suppression\n\nMerci & bonne journée"
    assert html_to_text("<p>a<br>b</p><div>c") == "a\nb\n\nc"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Windows\\system32\\cni.pdf", "cni.pdf"),
        ("scan\u202efdp.exe", "scanfdp.exe"),
        ("CON.pdf", "_CON.pdf"),
        ("nul", "_nul"),
        ("", "attachment-3"),
        ("a" * 500 + ".pdf", "a" * 116 + ".pdf"),  # 120 characters in all
    ],
)
def test_tricky_attachment_names_are_made_safe(given: str, kept: str) -> None:
    assert file_name(given, 3) == kept


def test_nesting_past_the_limit_is_refused_in_words() -> None:
    depth = MAX_DEPTH + 3
    parts = b""
    for i in range(depth):
        parts += f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n".encode()
    parts += b"Content-Type: text/plain\r\n\r\nacces\r\n"
    raw = simple_eml(HEAD + "MIME-Version: 1.0", parts)
    with pytest.raises(MailRefused, match="nested more than 8 levels"):
        parse_eml(raw, "n.eml")


def test_thousands_of_parts_are_refused() -> None:
    body = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(500))
    raw = simple_eml(
        HEAD + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b", body + b"--b--\r\n"
    )
    with pytest.raises(MailRefused, match="more than 200 parts"):
        parse_eml(raw, "p.eml")


def test_empty_and_huge_files_are_refused_before_reading(tmp_path: Path) -> None:
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    with pytest.raises(MailRefused, match="empty .0 bytes"):
        read_one(empty)
    huge = tmp_path / "huge.eml"
    with open(huge, "wb") as fh:  # 100 MB, sparse: refused from its size alone
        fh.truncate(100 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(MailRefused, match="100 MB, over the limit of 40 MB"):
        read_one(huge)
    assert time.perf_counter() - start < 0.5
    assert isinstance(read_path(huge)[0], MailRefused)


def test_a_file_that_is_not_mail_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "photo.eml"
    junk.write_bytes(b"\x89PNG\r\n\x1a\nnot a message")
    with pytest.raises(MailRefused, match="not an e-mail message"):
        read_one(junk)
    fake_msg = tmp_path / "x.msg"
    fake_msg.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(MailRefused, match="not a readable Outlook message"):
        read_one(fake_msg)


def test_rights_are_suggested_from_french_and_english_words() -> None:
    assert suggest_rights("Demande d'ACCES", "") == [Right.ACCESS]
    assert suggest_rights("", "Droit à l’oubli, merci") == [Right.ERASURE]
    assert suggest_rights("STOP", "") == [Right.PROSPECTING_OBJECTION]
    assert suggest_rights("", "Please unsubscribe me and delete my data") == [
        Right.ERASURE,
        Right.PROSPECTING_OBJECTION,
    ]
    assert suggest_rights("", "Je m'oppose; rectification; portabilité") == [
        Right.RECTIFICATION,
        Right.OBJECTION,
        Right.PORTABILITY,
    ]
    assert suggest_rights("Processing update", "accessible success") == []


def test_an_id_copy_is_recognised_by_its_name() -> None:
    assert attachment_kind("Carte_Identité_recto.jpg") == "id-evidence"
    assert attachment_kind("scan CNI.pdf") == "id-evidence"
    assert attachment_kind("passport.png") == "id-evidence"
    assert attachment_kind("facture-idéale.pdf") == "attachment"
    assert attachment_kind("pièce jointe.pdf") == "attachment"


def test_encoded_words_in_an_unknown_charset_are_still_read() -> None:
    raw = (
        b"From: =?x-klingon?q?Zo=E9?= <z@example.org>\r\n"
        b"Subject: =?x-klingon?q?acc=E8s?= =?utf-8?q?_d=C3=A9j=C3=A0?=\r\n"
        b"Date: Mon, 2 Feb 2026 08:00:00 +0100\r\n\r\nhi\r\n"
    )
    mail = parse_eml(raw, "k.eml")
    assert (mail.sender_name, mail.subject) == ("Zoé", "accès déjà")


def test_no_received_hop_falls_back_to_date_and_then_to_nothing() -> None:
    mail = parse_eml(simple_eml(HEAD), "d.eml")
    assert mail.received_source == "date" and mail.received is not None
    assert mail.received.isoformat() == "2026-02-02T08:00:00+01:00"
    bare = parse_eml(simple_eml("From: a@example.org\nMessage-ID: <b@x>"), "b.eml")
    assert bare.received is None and bare.received_source == ""
