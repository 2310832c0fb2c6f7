"""The audit trail: written in the same transaction as the change it records, chained by
SHA-256 so that an edit, a deletion or a reordering made outside the app is detected."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpo_desk.services.context import Context
from dpo_desk.store.models import AuditEvent

GENESIS = "0" * 64
SUMMARY_MAX = 4000


def _digest(
    prev_hash: str,
    at: datetime,
    actor: str,
    operation: str,
    entity: str,
    record_ref: str,
    summary: str,
) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(timespec="microseconds"), actor, operation, entity,
         record_ref, summary],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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
    text = summary if isinstance(summary, str) else json.dumps(
        summary, ensure_ascii=False, default=str, sort_keys=True
    )
    text = text[:SUMMARY_MAX]
    at = ctx.now()
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
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    count: int
    head: str
    first_broken_id: int | None = None
    reason: str = ""


def verify(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the whole chain in order; name the first entry that does not fit."""
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            break
        for ev in rows:
            if ev.prev_hash != prev:
                return ChainReport(False, count, prev, ev.id,
                                   "does not follow the previous entry (deleted or reordered)")
            expected = _digest(ev.prev_hash, ev.at, ev.actor, ev.operation, ev.entity,
                               ev.record_ref, ev.summary)
            if ev.hash != expected:
                return ChainReport(False, count, prev, ev.id, "was modified after it was written")
            prev = ev.hash
            count += 1
            last_id = ev.id
        session.expunge_all()
    return ChainReport(True, count, prev)


def count(session: Session) -> int:
    return int(session.scalar(select(func.count(AuditEvent.id))) or 0)
