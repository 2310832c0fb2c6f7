"""Which files a DPO may attach, recognised by their content, never by their name.

An allow-list of formats (reliability.md inputs 15-21): PDF, PNG, JPEG, plain text. An
executable renamed ``.pdf`` is refused; a PDF with active content is kept inert and
flagged; the original name is metadata only (the stored name is generated).
"""

from __future__ import annotations

from dpo_desk.errors import Refusal

#: What a case's file is for. The evidence (an identity document, a death certificate, a
#: proof of capacity) is purged once its purpose is met (services.retention).
EVIDENCE_KINDS = ("id-evidence", "death-certificate", "capacity-proof")
KINDS = ("attachment", *EVIDENCE_KINDS)
#: The sealed original of a request that came by e-mail (issue 17): the proof of
#: receipt, attached by the mail import only (never offered as a kind to choose).
EMAIL_KIND = "email"

MAX_ATTACHMENT = 25 * 1024 * 1024  # 25 MB: a scanned letter or ID is far below
ACTIVE_PDF_MARKERS = (b"/JavaScript", b"/JS", b"/OpenAction", b"/EmbeddedFile", b"/Launch")


class FileRefused(Refusal, ValueError):
    """A file that cannot be attached; the message says why."""


def sniff(head: bytes) -> str:
    """Media type from the first bytes; raises FileRefused outside the allow-list."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"MZ"):
        raise FileRefused("this is a Windows program, not a document")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a cut multi-byte character at the end is fine
            raise FileRefused(
                "unsupported format: attach a PDF, PNG, JPEG or plain-text file"
            ) from None
    if b"\x00" in head:
        raise FileRefused("unsupported format: attach a PDF, PNG, JPEG or plain-text file")
    return "text/plain"


def check_size(size: int) -> None:
    if size == 0:
        raise FileRefused("the file is empty (0 bytes)")
    if size > MAX_ATTACHMENT:
        raise FileRefused(
            "the file is {value:.0f} MB; the limit is {value2} MB",
            value=size / 1024 / 1024,
            value2=MAX_ATTACHMENT // 1024 // 1024,
        )


def pdf_flags(content: bytes) -> list[str]:
    """Active content found in a PDF: it is stored but never opened by DPO Desk."""
    flags = [m.decode().lstrip("/") for m in ACTIVE_PDF_MARKERS if m in content]
    if b"%%EOF" not in content[-2048:]:
        flags.append("truncated")
    return flags
