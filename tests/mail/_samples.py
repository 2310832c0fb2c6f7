"""Real-world-shaped messages, built as bytes the way mail servers and clients write them."""

from __future__ import annotations

import base64
import quopri
from email.message import EmailMessage

from aspose.email_foss.msg import MapiMessage

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def request_eml(
    *,
    message_id: str = "req-1@mail.example.fr",
    received: str = "Fri, 30 Jan 2026 10:15:12 +0100",
    date: str = "Fri, 30 Jan 2026 10:14:00 +0100",
    in_reply_to: str = "",
    body_word: str = "accès",
) -> bytes:
    """A multipart/mixed request from Outlook-like clients: an encoded-word name, a
    quoted-printable French body with its HTML alternative, an ID scan and a PDF; two
    Received hops (the organisation's own on top)."""
    text = (
        f"Bonjour,\n\nJe demande l'{body_word} à mes données personnelles et leur "
        "effacement ensuite.\nCordialement,\nZoé Lefèvre\n"
    )
    qp = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    html_qp = quopri.encodestring(
        f"<html><body><p>Bonjour,</p><p>Je demande l'{body_word}…</p></body></html>".encode()
    ).decode("ascii")
    reply = (
        f"In-Reply-To: <{in_reply_to}>\r\nReferences: <{in_reply_to}>\r\n" if in_reply_to else ""
    )
    lines = (
        f"Received: from mx1.relay.example by mail.acme.example (Postfix) with ESMTPS id 4F;\r\n"
        f"\t{received}\r\n"
        "Received: from [192.0.2.1] by mx1.relay.example; Sat, 31 Jan 2026 09:00:00 +0100\r\n"
        "From: =?UTF-8?Q?Zo=C3=A9_Lef=C3=A8vre?= <zoe.lefevre@mail.example.fr>\r\n"
        "To: dpo@acme.example\r\n"
        "Subject: =?iso-8859-1?Q?Demande_d'acc=E8s_=E0_mes_donn=E9es?=\r\n"
        f"Date: {date}\r\n"
        f"Message-ID: <{message_id}>\r\n{reply}"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="outer"\r\n\r\n'
        "--outer\r\n"
        'Content-Type: multipart/alternative; boundary="alt"\r\n\r\n'
        "--alt\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{qp}\r\n"
        "--alt\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{html_qp}\r\n"
        "--alt--\r\n"
        "--outer\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename*=UTF-8''carte%20d%27identit%C3%A9.png\r\n\r\n"
        f"{base64.b64encode(PNG).decode()}\r\n"
        "--outer\r\n"
        'Content-Type: application/pdf; name="facture.pdf"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Disposition: attachment; filename="facture.pdf"\r\n\r\n'
        f"{base64.b64encode(PDF).decode()}\r\n"
        "--outer--\r\n"
    )
    return lines.encode("utf-8")


def simple_eml(headers: str, body: bytes = b"Je demande l'acces.\r\n") -> bytes:
    return headers.replace("\n", "\r\n").encode("utf-8") + b"\r\n" + body


def outlook_msg() -> bytes:
    """An Outlook .msg as Outlook saves a received message: MAPI properties plus the
    internet transport headers (with its Received: hops)."""
    m = EmailMessage()
    m["From"] = "Jean Dupont <jean.dupont@example.com>"
    m["To"] = "dpo@acme.example"
    m["Subject"] = "Suppression de mon compte"
    m["Date"] = "Thu, 29 Jan 2026 17:00:00 +0100"
    m["Message-ID"] = "<outlook-1@example.com>"
    m["Received"] = "from mx.example.com by mail.acme.example; Thu, 29 Jan 2026 17:02:00 +0100"
    m.set_content("Bonjour, merci de supprimer mon compte et mes données. STOP aux mails.")
    m.add_attachment(PDF, maintype="application", subtype="pdf", filename="passeport.pdf")
    return MapiMessage.from_email_message(m).to_bytes()


def mbox_of(count: int) -> bytes:
    """An mbox backlog of ``count`` requests (mboxo: "From " lines escaped in bodies)."""
    out = []
    for i in range(count):
        hop = f"Mon, 5 Jan 2026 {i % 24:02d}:{i % 60:02d}:00 +0100"
        msg = (
            f"Received: from mx by mail.acme.example; {hop}\n"
            f"From: Personne {i} <p{i}@example.org>\n"
            f"Subject: Demande {i}\n"
            f"Date: Mon, 5 Jan 2026 08:00:00 +0100\n"
            f"Message-ID: <bulk-{i}@example.org>\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"Je souhaite la suppression de mes données (n° {i}).\n>From the desk\n\n"
        )
        out.append(f"From p{i}@example.org Mon Jan  5 08:00:00 2026\n{msg}")
    return "".join(out).encode("utf-8")
