"""What a message read from a file is, once cleaned: plain strings, bytes and an instant."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from dpo_desk.errors import UserError

#: A message larger than this is refused before it is parsed. A request with a scanned ID
#: is a few MB; 40 MB leaves room for a 25 MB attachment (the attachment limit) once
#: base64 has inflated it by a third.
MAX_MESSAGE = 40 * 1024 * 1024
#: An mbox backlog: read message by message, never whole; this bounds the file.
MAX_MBOX = 4 * 1024 * 1024 * 1024
MAX_MBOX_MESSAGES = 20_000
#: MIME nesting and parts: a real request has a handful; a "zip bomb" of parts has
#: thousands and would take the parser and the window with it.
MAX_DEPTH = 8
MAX_PARTS = 200


class MailRefused(UserError):
    """A message (or mail file) that cannot be imported; the message says why."""


@dataclass(frozen=True)
class MailAttachment:
    """A file carried by the message: a safe name (never a path) and its bytes."""

    name: str
    content: bytes
    declared_type: str = ""


@dataclass(frozen=True)
class ParsedMail:
    """A message as DPO Desk keeps it.

    Attributes:
        raw: the bytes exactly as received, sealed as the proof of receipt.
        fmt: ``eml`` or ``msg`` (an mbox yields ``eml`` messages).
        received: the instant the organisation's server took the message (topmost
            ``Received:``), else the sender's ``Date:``; None when neither can be read.
        received_source: ``received``, ``date`` or "".
        message_id: the Message-ID without angle brackets ("" when absent).
        references: In-Reply-To and References ids, without brackets, nearest first.
        skipped: parts not kept as documents, as (name, why) with why ``empty`` or
            ``embedded``; they are still in ``raw``.
    """

    raw: bytes
    fmt: str
    sender_name: str
    sender_email: str
    subject: str
    body: str
    received: datetime | None
    received_source: str
    message_id: str
    references: tuple[str, ...] = ()
    attachments: tuple[MailAttachment, ...] = ()
    skipped: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    #: Where it came from, for the person reading a list: "file.mbox #12".
    label: str = ""
