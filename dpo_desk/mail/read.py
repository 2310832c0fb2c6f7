"""Opening a mail file: which format it is (by content, not by name) and its messages.

An mbox is read message by message from its table of contents, each one bounded before
its bytes are read: a 2 GB backlog never sits whole in memory.
"""

from __future__ import annotations

import mailbox
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from dpo_desk.mail.eml import check_size, parse_eml
from dpo_desk.mail.model import MAX_MBOX, MAX_MBOX_MESSAGES, MAX_MESSAGE, MailRefused, ParsedMail
from dpo_desk.mail.msg import OLE_MAGIC, parse_msg

MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".mbx")


def is_mail_file(path: Path) -> bool:
    """Whether a dropped file is meant as a message (by its name: the window routes it)."""
    return path.suffix.lower() in MAIL_SUFFIXES


def _size(path: Path) -> int:
    try:
        st = os.stat(path)
    except OSError as exc:
        raise MailRefused(
            "cannot read {name}: {reason}", name=path.name, reason=exc.strerror or str(exc)
        ) from None
    if not stat.S_ISREG(st.st_mode):
        raise MailRefused(
            "{name} is not a regular file (a folder, a device or a pipe): nothing was imported",
            name=path.name,
        )
    return st.st_size


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(8)
    except OSError as exc:
        raise MailRefused(
            "cannot read {name}: {reason}", name=path.name, reason=exc.strerror or str(exc)
        ) from None


def kind_of(path: Path) -> str:
    """``msg``, ``mbox`` or ``eml``, from the first bytes."""
    head = _head(path)
    if head.startswith(OLE_MAGIC):
        return "msg"
    if head.startswith(b"From "):
        return "mbox"
    return "eml"


def read_one(path: Path) -> ParsedMail:
    """The single message of an ``.eml`` or ``.msg`` file (size checked before reading)."""
    size = _size(path)
    check_size(size, path.name)
    kind = kind_of(path)
    if kind == "mbox":
        raise MailRefused(
            "{name} is a mailbox of several messages: import it as a mailbox", name=path.name
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MailRefused(
            "cannot read {name}: {reason}", name=path.name, reason=exc.strerror or str(exc)
        ) from None
    return parse_msg(raw, path.name) if kind == "msg" else parse_eml(raw, path.name)


def mbox_count(path: Path) -> int:
    """How many messages an mbox holds (its table of contents, no message parsed)."""
    return len(_open_mbox(path))


def _open_mbox(path: Path) -> mailbox.mbox:
    size = _size(path)
    if size == 0:
        raise MailRefused(
            "{label}: the message is empty (0 bytes); nothing was imported", label=path.name
        )
    if size > MAX_MBOX:
        raise MailRefused(
            "{name}: the mailbox is {size} MB, over the limit of {limit} MB; split it first",
            name=path.name,
            size=size // 1024 // 1024,
            limit=MAX_MBOX // 1024 // 1024,
        )
    box = mailbox.mbox(path, create=False)
    if len(box) > MAX_MBOX_MESSAGES:
        raise MailRefused(
            "{name}: {count} messages, over the limit of {limit}; split the mailbox first",
            name=path.name,
            count=len(box),
            limit=MAX_MBOX_MESSAGES,
        )
    return box


def read_mbox(path: Path) -> Iterator[ParsedMail | MailRefused]:
    """Each message of an mbox, in order: the message, or why it cannot be imported (one
    bad message does not stop the others)."""
    box = _open_mbox(path)
    try:
        for number, key in enumerate(box.keys(), start=1):
            label = f"{path.name} #{number}"
            try:
                with box.get_file(key) as fh:
                    raw = fh.read(MAX_MESSAGE + 1)
                check_size(len(raw), label)
                yield parse_eml(raw, label)
            except MailRefused as exc:
                yield exc
    finally:
        box.close()


def read_path(path: Path) -> list[ParsedMail | MailRefused]:
    """Every message of a mail file of any of the three formats."""
    if kind_of(path) == "mbox":
        return list(read_mbox(path))
    try:
        return [read_one(path)]
    except MailRefused as exc:
        return [exc]
