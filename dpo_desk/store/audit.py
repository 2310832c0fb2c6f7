"""The audit trail: written in the same transaction as the change it records, chained by
SHA-256 so that an edit, a deletion or a reordering made outside the app is detected.

The chain alone cannot see its end cut off; ``verify_anchored`` also compares it with
the newest anchor of ``store.anchors`` (head and count sealed outside the database) and
says how many entries recorded by then are missing (issue 13).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from dpo_desk.errors import UserError
from dpo_desk.store import anchors
from dpo_desk.store.context import Context
from dpo_desk.store.db import Database
from dpo_desk.store.models import AuditEvent

GENESIS = "0" * 64
ANCHOR_FILE = anchors.FILENAME
SUMMARY_MAX = 4000
#: The advisory-lock key that serialises audit appends on a PostgreSQL server (any
#: constant every desk agrees on; "DPOAUDIT" read as a 64-bit integer).
CHAIN_LOCK = int.from_bytes(b"DPOAUDIT", "big") - 2**63
#: Tests turn this off to show that, without the lock, concurrent writers fork the chain.
_SERIALISE = True


#: ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` builds this very encoder
#: on every call; built once, the walk of millions of entries saves that (same bytes).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _digest(
    prev_hash: str,
    at: datetime,
    actor: str,
    operation: str,
    entity: str,
    record_ref: str,
    summary: str,
) -> str:
    payload = _payload(
        (
            prev_hash,
            at.isoformat(timespec="microseconds"),
            actor,
            operation,
            entity,
            record_ref,
            summary,
        )
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def lock_chain(session: Session) -> None:
    """On PostgreSQL, wait for the chain's append lock (held until this transaction ends).

    SQLite serialises writers with ``BEGIN IMMEDIATE``; a PostgreSQL server has many
    desks writing at once, and two that read the same head would both append after it
    (the unique ``prev_hash`` then refuses one of them: a lost change). The lock is taken
    before the head is read, so the read sees the head the previous holder committed.
    """
    bind = session.get_bind()
    if _SERIALISE and bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})


def head_hash(session: Session) -> str:
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    return last.hash if last else GENESIS


def record(
    session: Session,
    ctx: Context,
    operation: str,
    entity: str,
    record_ref: str,
    summary: dict[str, Any] | str = "",
) -> AuditEvent:
    """Append an entry; call inside the write transaction of the change itself.

    The summary is short: what changed (before/after of the fields touched), never a
    document's content. It is stored as JSON text.
    """
    text = (
        summary
        if isinstance(summary, str)
        else json.dumps(summary, ensure_ascii=False, default=str, sort_keys=True)
    )
    text = text[:SUMMARY_MAX]
    at = ctx.now()
    # The head is read once per transaction, then carried: the writer lock (BEGIN
    # IMMEDIATE on SQLite, the advisory lock on PostgreSQL) keeps any other writer out
    # until the commit. A 10,000-row import made 10,000 head queries before.
    txn = session.get_transaction()
    cached = session.info.get("audit_head")
    if cached and cached[0] is txn:
        prev = cached[1]
    else:
        lock_chain(session)
        prev = head_hash(session)
    event = AuditEvent(
        at=at,
        actor=ctx.actor,
        operation=operation,
        entity=entity,
        record_ref=record_ref,
        summary=text,
        prev_hash=prev,
        hash=_digest(prev, at, ctx.actor, operation, entity, record_ref, text),
    )
    session.add(event)
    session.flush()
    session.info["audit_head"] = (txn, event.hash)
    db: Database | None = getattr(ctx, "db", None)
    if (
        db is not None
        and db.anchors is not None
        and event.id % anchors.EVERY == 0
        and not session.info.get("anchor_pending")
    ):
        session.info["anchor_pending"] = True

        def after_commit(_session: Session) -> None:
            _session.info.pop("anchor_pending", None)
            if db is not None:
                anchors.checkpoint(db, "checkpoint")

        # After the commit only: an anchor of a rolled-back entry would be a false alarm.
        sa_event.listen(session, "after_commit", after_commit, once=True)
    return event


def checkpoint(db: Database, source: str) -> anchors.Anchor | None:
    """Anchor the live head now (after a backup, a sent letter); see ``store.anchors``."""
    return anchors.checkpoint(db, source)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    count: int
    head: str
    first_broken_id: int | None = None
    reason: str = ""


#: (done, total) after every batch of ``verify``; total is the count taken at the start.
VerifyProgress = Callable[[int, int], None]


class VerifyCancelled(UserError):
    """The person stopped the check of the audit chain; nothing was concluded."""


def verify(
    session: Session,
    batch: int = 20_000,
    *,
    progress: VerifyProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ChainReport:
    """Walk the whole chain in order; name the first entry that does not fit.

    The walk reads ``batch`` rows at a time by id (keyset pagination: each batch is an
    index range, and only one batch is in memory, so millions of entries cost the same
    memory as a few thousand). It reads plain columns, not ORM objects, because the walk
    only hashes them (about three times faster at 6 million entries, issue 19).

    Raises:
        VerifyCancelled: ``cancelled()`` became true between two batches.
    """
    total = count(session) if progress is not None else 0
    prev = GENESIS
    done = 0
    last_id = 0
    # Plain SQL, no column types: on SQLite ``at`` comes back as the stored text, which
    # ``_instant_text`` turns into the digest's ISO form without building a datetime
    # (the walk of 6.7 million entries is the cost of a backup, issue 19).
    page = text(_WALK_PAGE.format(last=":last", n=":n"))
    sha256 = hashlib.sha256
    fetch = _page_reader(session, page)
    while True:
        if cancelled is not None and cancelled():
            raise VerifyCancelled(
                "the check of the audit chain was stopped after {count} entries; nothing "
                "was concluded",
                count=done,
            )
        rows = fetch(last_id, batch)
        if not rows:
            break
        for ev_id, prev_hash, ev_hash, at, actor, op, entity, ref, summary in rows:
            if prev_hash != prev:
                return ChainReport(
                    False,
                    done,
                    prev,
                    ev_id,
                    "does not follow the previous entry (deleted or reordered)",
                )
            payload = _payload((prev_hash, _instant_text(at), actor, op, entity, ref, summary))
            if ev_hash != sha256(payload.encode("utf-8")).hexdigest():
                return ChainReport(False, done, prev, ev_id, "was modified after it was written")
            prev = ev_hash
            done += 1
            last_id = ev_id
        if progress is not None:
            progress(done, max(total, done))
    return ChainReport(True, done, prev)


_QUOTE = json.encoder.encode_basestring  # what _ENCODER does to each string


def _payload(fields: tuple[Any, ...]) -> str:
    """``_ENCODER.encode(list(fields))``, the text ``_digest`` hashed, without the
    encoder's per-call overhead for a list of strings (a sixth of the walk, issue 19)."""
    try:
        return "[" + ",".join(map(_QUOTE, fields)) + "]"
    except TypeError:  # not only strings (a NULL): the encoder itself
        return _ENCODER.encode(list(fields))


_WALK_PAGE = (
    "SELECT id, prev_hash, hash, at, actor, operation, entity, record_ref, summary "
    "FROM audit_event WHERE id > {last} ORDER BY id LIMIT {n}"
)


def _page_reader(session: Session, page: Any) -> Callable[[int, int], Sequence[Any]]:
    """Read one page of the walk: through the driver's cursor on SQLite (SQLAlchemy's
    result rows cost a third of the walk at 6.7 million entries), else SQLAlchemy."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return lambda last, n: session.execute(page, {"last": last, "n": n}).all()
    sql = _WALK_PAGE.format(last="?", n="?")
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    def read(last: int, n: int) -> Sequence[Any]:
        return cursor.execute(sql, (last, n)).fetchall()

    return read


def _instant_text(at: datetime | str) -> str:
    """``at`` as ``_digest`` writes it (UTC, ISO 8601 to the microsecond).

    SQLite stores ``UTCDateTime`` as "YYYY-MM-DD HH:MM:SS.ffffff" in UTC: that text is
    rearranged directly; any other shape is parsed as the column type would read it."""
    if isinstance(at, str):
        if len(at) == 26 and at[10] == " " and at[19] == ".":
            return f"{at[:10]}T{at[11:]}+00:00"
        at = datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def count(session: Session) -> int:
    return anchors.entry_count(session)


@dataclass(frozen=True)
class AnchoredReport:
    """The chain walk plus the comparison with the newest anchor.

    ``ok`` is False when the chain is broken or shorter than the anchor; ``missing`` is
    how many entries the anchor counted that are gone (0 when the head was replaced by as
    many entries or more).
    """

    chain: ChainReport
    anchor: anchors.Anchor | None
    anchor_holds: bool
    missing: int
    bad_seals: int
    anchors_present: bool

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.anchor_holds and not self.bad_seals

    def problem(self) -> str:
        """One sentence for the DPO ("" when all is well)."""
        if not self.chain.ok:
            return (
                f"the audit trail is broken at entry {self.chain.first_broken_id}: it "
                f"{self.chain.reason} ({self.chain.count} entries before it are intact)"
            )
        if self.anchor is not None and not self.anchor_holds:
            if self.missing > 0:
                return (
                    f"{self.missing} audit entries recorded up to the anchor of "
                    f"{self.anchor.when()} ({self.anchor.source}) are missing: the anchor "
                    f"counted {self.anchor.count}, the trail has {self.chain.count}; its end "
                    "was cut"
                )
            return (
                f"the audit trail no longer contains the head anchored on "
                f"{self.anchor.when()} ({self.anchor.source}): its end was replaced"
            )
        if self.bad_seals:
            return (
                f"{self.bad_seals} anchor(s) of the audit trail fail their seal: "
                f"{ANCHOR_FILE} was altered"
            )
        return ""

    def anchor_note(self) -> str:
        """Which anchor was compared, or why none was."""
        if self.anchor is not None:
            return (
                f"checked against the anchor of {self.anchor.when()} ({self.anchor.source}, "
                f"{self.anchor.count} entries)"
            )
        if self.bad_seals:
            return f"no sound anchor: {self.bad_seals} anchor(s) fail their seal"
        return "no anchor yet: the end of the trail could not be checked"


def verify_anchored(
    session: Session,
    db: Database | None,
    *,
    progress: VerifyProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AnchoredReport:
    """``verify`` the chain, then check it still holds the newest sealed anchor."""
    report = verify(session, progress=progress, cancelled=cancelled)
    book = getattr(db, "anchors", None) if db is not None else None
    if book is None:
        return AnchoredReport(report, None, True, 0, 0, False)
    reading = book.read()
    latest = reading.latest()
    if latest is None:
        return AnchoredReport(report, None, True, 0, reading.bad_seals, reading.present)
    holds = anchors.holds(session, latest)
    missing = max(0, latest.count - count(session)) if not holds else 0
    return AnchoredReport(report, latest, holds, missing, reading.bad_seals, reading.present)
