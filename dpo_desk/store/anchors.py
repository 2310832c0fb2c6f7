"""Anchors of the audit trail: its head hash and length, written outside the database.

The hash chain of ``audit_event`` detects an entry edited or removed in the middle, but
whoever can delete rows can delete the *newest* ones and leave a shorter chain that is
still perfectly linked (issue 13: 6 of 13 tampers passed). CNIL deliberation 2021-122
asks that logs be protected against overwriting, and reliability.md ("whoever holds the
file can rebuild it: put the chain head in every backup manifest") says where the head
must go: somewhere the rows are not.

So the head and the count are recorded, at each start and close of the store, every
``EVERY`` entries, at each backup and each sent letter, in ``<data dir>/audit-anchors.json``.
Each anchor is MACed (HMAC-SHA256) with a key derived from the store key, so that an
anchor cannot be forged or moved forward by someone who can edit rows but does not hold
the key. A plain store has no secret: its MAC key is public and only detects careless or
accidental cuts (docs/security.md says so). Deleting the whole anchor file is visible
("no anchor") but is not proof of tampering: an older store has none.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from dpo_desk.fsio import atomic_write
from dpo_desk.store.models import AuditEvent

if TYPE_CHECKING:
    from dpo_desk.store.db import Database

FILENAME = "audit-anchors.json"
FORMAT = "dpo-desk-audit-anchors"
#: A checkpoint every EVERY entries (plus start, close, backups, sent letters).
EVERY = 100
#: Anchors kept in the file; the newest is the one that counts, older ones help explain.
KEEP = 200
#: The MAC key of a plain store: public, by necessity (no secret exists).
PLAIN_KEY = b"dpo-desk plain store: audit anchors are not secret-sealed"

log = logging.getLogger(__name__)


def mac_key(store_key: str | None) -> bytes:
    """The anchor MAC key of a store opened with the SQLCipher key ``store_key``
    (``x'<hex>'``), or the public key of a plain store."""
    if not store_key:
        return PLAIN_KEY
    raw = store_key.strip()
    if raw.startswith("x'") and raw.endswith("'"):
        secret = bytes.fromhex(raw[2:-1])
    else:
        secret = raw.encode("utf-8")
    return hmac.new(secret, b"dpo-desk audit anchor", hashlib.sha256).digest()


@dataclass(frozen=True)
class Anchor:
    """The audit head (``head``) and length (``count``) at ``at`` (UTC, ISO 8601)."""

    at: str
    count: int
    head: str
    source: str

    def when(self) -> str:
        """The date for a sentence: "2026-12-05 09:14 UTC"."""
        try:
            return datetime.fromisoformat(self.at).strftime("%Y-%m-%d %H:%M UTC")
        except ValueError:
            return self.at


@dataclass(frozen=True)
class Reading:
    """What the anchor file holds: the sound anchors, and how many failed their seal."""

    anchors: tuple[Anchor, ...]
    bad_seals: int
    present: bool

    def latest(self) -> Anchor | None:
        return max(self.anchors, key=lambda a: (a.count, a.at), default=None)


class AnchorBook:
    """The anchor file of one data directory, sealed with one key."""

    def __init__(self, data_dir: Path, key: bytes) -> None:
        self.path = Path(data_dir) / FILENAME
        self._key = key
        self.kid = hashlib.sha256(key).hexdigest()[:16]

    def _mac(self, anchor: Anchor) -> str:
        body = json.dumps(asdict(anchor), sort_keys=True).encode("utf-8")
        return hmac.new(self._key, body, hashlib.sha256).hexdigest()

    def _entries(self) -> list[dict[str, Any]]:
        try:
            with open(self.path, "rb") as fh:
                data = json.loads(fh.read().decode("utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            return [{"damaged": True}]
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return [{"damaged": True}]
        entries = data.get("anchors")
        return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []

    def read(self) -> Reading:
        sound: list[Anchor] = []
        bad = 0
        for entry in self._entries():
            if entry.get("kid") != self.kid and "damaged" not in entry:
                continue  # sealed under an earlier key (before a re-key): not checkable
            try:
                anchor = Anchor(
                    str(entry["at"]), int(entry["count"]), str(entry["head"]), str(entry["source"])
                )
            except (KeyError, TypeError, ValueError):
                bad += 1
                continue
            if hmac.compare_digest(str(entry.get("mac", "")), self._mac(anchor)):
                sound.append(anchor)
            else:
                bad += 1
        return Reading(tuple(sound), bad, self.path.exists())

    def add(self, head: str, count: int, source: str, at: datetime | None = None) -> Anchor:
        """Append an anchor (the file keeps the newest ``KEEP``)."""
        stamp = (at or datetime.now(UTC)).isoformat(timespec="seconds")
        anchor = Anchor(stamp, count, head, source[:200])
        entries = [e for e in self._entries() if "damaged" not in e]
        entries.append({**asdict(anchor), "kid": self.kid, "mac": self._mac(anchor)})
        body = {"format": FORMAT, "version": 1, "anchors": entries[-KEEP:]}
        atomic_write(self.path, json.dumps(body, indent=1).encode("utf-8"))
        return anchor


def reset(data_dir: Path, reason: str) -> None:
    """Forget the anchors of ``data_dir`` (a restore legitimately rewinds the trail).

    The old file is kept aside (``audit-anchors.<stamp>.json``) so an auditor can still
    compare, and the reason is logged; the restore itself is an audit entry.
    """
    path = Path(data_dir) / FILENAME
    if path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path.replace(path.with_name(f"audit-anchors.{stamp}.json"))
        log.info("audit anchors of %s set aside: %s", data_dir, reason)


GENESIS = "0" * 64


def entry_count(session: Session) -> int:
    """The number of entries of the audit trail.

    ``count(*)``, not ``count(id)``: SQLite then counts a b-tree's cells without reading
    a column of each row. 6.7 million entries at a million cases: 41 ms against 145,
    paid at every start, close and backup (issue 19).
    """
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def head_and_count(session: Session) -> tuple[str, int]:
    """The live head hash and number of entries of the audit trail."""
    last = session.scalars(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    return (last or GENESIS), entry_count(session)


def holds(session: Session, anchor: Anchor, count: int | None = None) -> bool:
    """True when the trail still contains the anchored head, with at least as many
    entries: nothing recorded up to the anchor was cut.

    ``count``: the trail's number of entries when the caller has just counted them.
    """
    if count is None:
        count = entry_count(session)
    if count < anchor.count:
        return False
    if anchor.head == GENESIS:
        return True
    return session.scalar(select(AuditEvent.id).where(AuditEvent.hash == anchor.head)) is not None


def checkpoint(db: Database, source: str) -> Anchor | None:
    """Anchor the live head of ``db`` (if it has an anchor book).

    Never anchors a trail that no longer holds the latest anchor: a cut made while the
    program was closed must stay visible, not be blessed by the next start. Never raises
    for want of disk space or rights: an anchor is evidence, not the user's work.
    """
    book = getattr(db, "anchors", None)
    if book is None:
        return None
    try:
        with db.read() as session:
            latest = book.read().latest()
            head, count = head_and_count(session)
            if latest is not None and not holds(session, latest, count):
                log.warning(
                    "audit trail shorter than its anchor of %s: not re-anchored", latest.when()
                )
                return None
        if latest is not None and latest.head == head and latest.count == count:
            return latest
        return book.add(head, count, source)
    except (OSError, DBAPIError) as exc:
        log.warning("audit anchor not written (%s): %s", source, exc)
        return None
