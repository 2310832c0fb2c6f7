"""Outlook ``.msg`` files (an OLE compound file of MAPI properties), read with
``extract-msg``. Outlook keeps the internet headers it received in the message's
transport headers: the ``Received:`` hops and the ids of the thread are read from there,
as for an ``.eml``; without them the delivery time Outlook recorded stands in."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email import policy
from email.parser import HeaderParser
from typing import Any

from dpo_desk.mail import clean
from dpo_desk.mail.eml import check_size, decode_text, header, plain_address, received, sender
from dpo_desk.mail.model import MAX_PARTS, MailAttachment, MailRefused, ParsedMail

#: The signature of an OLE compound file, the container of every ``.msg``.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PLAIN_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    UnicodeError,
    NotImplementedError,
    AssertionError,
)


def _errors() -> tuple[type[BaseException], ...]:
    """What a hostile file may raise in extract-msg (imported with it, on first use)."""
    from extract_msg.exceptions import ExMsgBaseException

    return (ExMsgBaseException, *_PLAIN_ERRORS)


# extract-msg logs every oddity of a hostile file at WARNING; the refusal says enough.
logging.getLogger("extract_msg").setLevel(logging.ERROR)


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return decode_text(value, None)
    return value if isinstance(value, str) else ""


def parse_msg(raw: bytes, label: str) -> ParsedMail:
    """Read an Outlook message; MailRefused when it is not one or passes a limit."""
    check_size(len(raw), label)
    # Imported here, not at the top: extract-msg (with bs4, RTFDE, lark) takes a fifth of
    # the program's imports and is needed only once a .msg is dropped (start-up, issue 19).
    import extract_msg

    try:
        item = extract_msg.openMsg(raw, delayAttachments=False)
    except _errors() as exc:
        raise MailRefused(
            "{label}: not a readable Outlook message ({why})", label=label, why=type(exc).__name__
        ) from None
    try:
        return _read(item, raw, label)
    except _errors() as exc:
        raise MailRefused(
            "{label}: not a readable Outlook message ({why})", label=label, why=type(exc).__name__
        ) from None
    finally:
        item.close()


def _read(item: Any, raw: bytes, label: str) -> ParsedMail:
    headers = HeaderParser(policy=policy.default).parsestr(
        _text(item.getStringStream("__substg1.0_007D")) or ""
    )
    name, address = sender(headers) if headers.get("From") else ("", "")
    if not address:
        name = clean.one_line(_text(item.getStringStream("__substg1.0_0C1A"))) or name
        address = plain_address(_text(item.getStringStream("__substg1.0_0C1F")))
    moment, source = received(headers)
    if moment is None and isinstance(getattr(item, "date", None), datetime):
        moment, source = item.date, "date"
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    body = _text(item.body).strip()
    if not body:
        html = item.htmlBody
        body = clean.html_to_text(_text(html)) if html else ""
    refs = clean.message_ids(_text(item.inReplyTo) or header(headers, "In-Reply-To"))
    refs += [r for r in reversed(clean.message_ids(header(headers, "References"))) if r not in refs]
    attachments: list[MailAttachment] = []
    skipped: list[tuple[str, str]] = []
    if len(item.attachments) > MAX_PARTS:
        raise MailRefused(
            "{label}: the message has more than {parts} parts; nothing was imported",
            label=label,
            parts=MAX_PARTS,
        )
    for index, att in enumerate(item.attachments, start=1):
        name_ = clean.file_name(_text(att.longFilename) or _text(att.shortFilename), index)
        data = att.data
        if not isinstance(data, bytes):  # an embedded message or object: kept in the original
            skipped.append((name_, "embedded"))
        elif not data:
            skipped.append((name_, "empty"))
        else:
            attachments.append(MailAttachment(name_, data, _text(att.mimetype)))
    return ParsedMail(
        raw=raw,
        fmt="msg",
        sender_name=name,
        sender_email=address,
        subject=clean.one_line(_text(item.subject), 500),
        body=clean.multiline(body).strip(),
        received=moment,
        received_source=source,
        message_id=clean.message_id(_text(item.messageId)),
        references=tuple(refs),
        attachments=tuple(attachments),
        skipped=tuple(skipped),
        label=label,
    )
