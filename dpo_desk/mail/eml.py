"""Internet messages (``.eml``, RFC 5322 + MIME), read with the standard library's
``email`` package (``policy.default``: encoded-words decoded, headers parsed).

Hostile input is the rule, not the exception: an unknown or wrong charset is read as
UTF-8 then Latin-1 with replacement characters (the text stays readable, the original is
sealed unchanged); nesting and part counts are bounded before anything is decoded.
"""

from __future__ import annotations

import codecs
from datetime import UTC, datetime
from email import policy
from email.errors import HeaderParseError, MessageError
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime

from dpo_desk.mail import clean
from dpo_desk.mail.model import (
    MAX_DEPTH,
    MAX_MESSAGE,
    MAX_PARTS,
    MailAttachment,
    MailRefused,
    ParsedMail,
)

_PARSE_ERRORS = (
    MessageError,
    HeaderParseError,
    ValueError,
    TypeError,
    IndexError,
    LookupError,
    AttributeError,
    UnicodeError,
)


def check_size(size: int, label: str) -> None:
    """Refuse an empty or oversized message before its bytes are parsed."""
    if size == 0:
        raise MailRefused(
            "{label}: the message is empty (0 bytes); nothing was imported", label=label
        )
    if size > MAX_MESSAGE:
        raise MailRefused(
            "{label}: the message is {size} MB, over the limit of {limit} MB; nothing was "
            "imported (save its attachments and attach them by hand)",
            label=label,
            size=round(size / 1024 / 1024),
            limit=MAX_MESSAGE // 1024 // 1024,
        )


def header(msg: Message, name: str) -> str:
    """A header's decoded text, or "". Encoded-words in a charset the parser does not
    know come out as "\ufffd": they are decoded again here, bytes falling back to Latin-1."""
    try:
        value = msg.get(name)
        text = "" if value is None else str(value)
    except _PARSE_ERRORS:
        text = "\ufffd"
    if "\ufffd" not in text:
        return text
    raw = next((str(v) for k, v in _raw_items(msg) if k.lower() == name.lower()), "")
    try:
        parts = decode_header(raw)
    except _PARSE_ERRORS:
        return text
    return "".join(decode_text(p, c) if isinstance(p, bytes) else p for p, c in parts)


def _raw_items(msg: Message) -> list[tuple[str, object]]:
    try:
        return list(msg.raw_items())
    except (AttributeError, TypeError):
        return []


def sender(msg: Message) -> tuple[str, str]:
    """(display name, address) of ``From:``, both cleaned; the address only if it looks
    like one (a name that carries its own ``<address>`` never wins over the real one)."""
    name, address = "", ""
    try:
        field = msg["From"]
        addresses = getattr(field, "addresses", ()) if field is not None else ()
        if addresses:
            name, address = addresses[0].display_name, addresses[0].addr_spec
    except _PARSE_ERRORS:
        pass
    if not address:
        name, address = parseaddr(header(msg, "From"))
    return clean.one_line(name), plain_address(address)


def plain_address(value: str) -> str:
    text = clean.one_line(value, max_len=320)
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain or any(ch.isspace() for ch in text):
        return ""
    return text


def instant(value: str) -> datetime | None:
    """The date-time of a ``Date:`` value or of the end of a ``Received:`` one."""
    text = value.rsplit(";", 1)[-1].strip() if ";" in value else value.strip()
    try:
        moment = parsedate_to_datetime(clean.one_line(text, 200))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # "-0000": the time is UTC, the zone unknown (RFC 5322)
        moment = moment.replace(tzinfo=UTC)
    return moment


def received(msg: Message) -> tuple[datetime | None, str]:
    """When the organisation got the message. The topmost ``Received:`` is the one its
    own server added last, on delivery; lower hops are the sender's and can be forged.
    Without a readable one, the sender's ``Date:``."""
    try:
        hops = msg.get_all("Received") or []
    except _PARSE_ERRORS:
        hops = []
    if hops:
        moment = instant(str(hops[0]))
        if moment is not None:
            return moment, "received"
    moment = instant(header(msg, "Date"))
    return (moment, "date") if moment is not None else (None, "")


def decode_text(payload: bytes, charset: str | None) -> str:
    """Text in its declared charset; an unknown or lying one falls back to UTF-8, then
    Latin-1 (which reads any byte), never to an exception."""
    if charset:
        try:
            codecs.lookup(charset)
            return payload.decode(charset, errors="replace")
        except (LookupError, UnicodeError, ValueError):
            pass
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("latin-1")


class _Walk:
    """The leaves of a MIME tree, bounded in depth and number."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.parts = 0
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[MailAttachment] = []
        self.skipped: list[tuple[str, str]] = []

    def visit(self, part: Message, depth: int) -> None:
        self.parts += 1
        if depth > MAX_DEPTH:
            raise MailRefused(
                "{label}: the message is nested more than {depth} levels deep; "
                "nothing was imported",
                label=self.label,
                depth=MAX_DEPTH,
            )
        if self.parts > MAX_PARTS:
            raise MailRefused(
                "{label}: the message has more than {parts} parts; nothing was imported",
                label=self.label,
                parts=MAX_PARTS,
            )
        if part.is_multipart():
            payload = part.get_payload()
            for child in payload if isinstance(payload, list) else []:
                if isinstance(child, Message):
                    self.visit(child, depth + 1)
            return
        ctype = part.get_content_type()
        filename = _filename(part)
        disposition = part.get_content_disposition()
        if filename or disposition == "attachment" or ctype == "message/rfc822":
            self._attachment(part, filename, ctype)
            return
        data = part.get_payload(decode=True)
        content = data if isinstance(data, bytes) else b""
        if ctype == "text/plain":
            self.plain.append(decode_text(content, part.get_content_charset()))
        elif ctype == "text/html":
            self.html.append(decode_text(content, part.get_content_charset()))
        elif content:
            self._attachment(part, "", ctype)

    def _attachment(self, part: Message, filename: str, ctype: str) -> None:
        index = len(self.attachments) + len(self.skipped) + 1
        if ctype == "message/rfc822":
            inner = part.get_payload()
            inner_msg = inner[0] if isinstance(inner, list) and inner else None
            try:
                content = inner_msg.as_bytes() if isinstance(inner_msg, Message) else b""
            except _PARSE_ERRORS:
                content = b""
            filename = filename or f"forwarded-message-{index}.eml"
        else:
            data = part.get_payload(decode=True)
            content = data if isinstance(data, bytes) else b""
        name = clean.file_name(filename, index)
        if not content:
            self.skipped.append((name, "empty"))
            return
        self.attachments.append(MailAttachment(name, content, ctype))


def _filename(part: Message) -> str:
    try:
        return part.get_filename() or ""
    except _PARSE_ERRORS:
        return ""


def parse_eml(raw: bytes, label: str) -> ParsedMail:
    """Read an RFC 5322 message; MailRefused when it is not one or passes a limit."""
    check_size(len(raw), label)
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
    except _PARSE_ERRORS as exc:
        raise MailRefused(
            "{label}: not a readable e-mail message ({why})", label=label, why=type(exc).__name__
        ) from None
    if not any(msg.get(h) is not None for h in ("From", "Date", "Message-ID", "Received")):
        raise MailRefused(
            "{label}: this is not an e-mail message (no From, Date or Message-ID header)",
            label=label,
        )
    walk = _Walk(label)
    try:
        walk.visit(msg, 0)
    except RecursionError:
        raise MailRefused(
            "{label}: the message is nested more than {depth} levels deep; nothing was imported",
            label=label,
            depth=MAX_DEPTH,
        ) from None
    body = "\n\n".join(t.strip() for t in walk.plain if t.strip())
    if not body and walk.html:  # HTML only: its text, never the page itself
        body = "\n\n".join(clean.html_to_text(h) for h in walk.html)
    name, address = sender(msg)
    moment, source = received(msg)
    refs = clean.message_ids(header(msg, "In-Reply-To"))
    refs += [r for r in reversed(clean.message_ids(header(msg, "References"))) if r not in refs]
    return ParsedMail(
        raw=raw,
        fmt="eml",
        sender_name=name,
        sender_email=address,
        subject=clean.one_line(header(msg, "Subject"), 500),
        body=clean.multiline(body).strip(),
        received=moment,
        received_source=source,
        message_id=clean.message_id(header(msg, "Message-ID")),
        references=tuple(refs),
        attachments=tuple(walk.attachments),
        skipped=tuple(walk.skipped),
        label=label,
    )
