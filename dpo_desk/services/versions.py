"""Saving over someone else's change (issue 16): optimistic concurrency.

Optimistic concurrency: each case and register row carries a ``version`` (SQLAlchemy's
``version_id_col``: every UPDATE of the row raises it, and the UPDATE itself only applies
``WHERE version = <read>``). An edit service takes the version the person *loaded* in
their window; when the row's version moved on in between, the save is refused with a
:class:`ConflictError` that says who changed it, when and which fields (read from the
audit entry of that change), and nothing is written. The row is locked (``FOR UPDATE``
on PostgreSQL) before the comparison, so two desks saving at the same instant cannot
both pass it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dpo_desk.errors import CONTEXT_SEP, Both, Phrase, UserError, _translate
from dpo_desk.services.context import Context
from dpo_desk.store.models import AuditEvent

#: Summary keys of an audit entry that are not fields of the record.
NOT_FIELDS = frozenset({"document", "recipient", "case", "note"})
#: Audit entries of a move ({"from", "to", ...}) and the field that moved.
MOVES = {"case.transition": ("status",)}


class Versioned(Protocol):
    version: int


@dataclass(frozen=True)
class OtherChange:
    """The change that was saved after a person loaded the record (from the audit)."""

    actor: str
    at: datetime
    operation: str
    fields: tuple[str, ...]


class FieldList(Phrase):
    """The fields another person changed, as words in the reader's language (a field's
    label from the catalogue, else its key with spaces)."""

    keys: tuple[str, ...]

    def __new__(cls, keys: tuple[str, ...]) -> FieldList:
        self = str.__new__(cls, ", ".join(k.replace("_", " ") for k in keys))
        self.template, self.params, self.keys = "{fields}", {}, keys
        return self

    def render(self, lang: str = "en") -> str:
        words = []
        for key in self.keys:
            spaced = key.replace("_", " ")
            found = None
            if lang != "en":
                found = _translate(f"field{CONTEXT_SEP}{key}", lang) or _translate(
                    f"field{CONTEXT_SEP}{spaced}", lang
                )
            words.append(found or spaced)
        return ", ".join(words)


class ConflictError(UserError):
    """Someone else saved the record after it was loaded; nothing was written.

    Attributes (besides the message): ``other`` (the :class:`OtherChange`, None when the
    audit has no entry for it) and ``current_version``, the version now stored: a window
    that keeps the person's text may save again with it, knowingly replacing the change.
    """

    other: OtherChange | None = None
    current_version: int | None = None


def last_change(session: Session, entity: str, record_ref: str) -> OtherChange | None:
    """The newest audit entry about this record: who, when, which fields."""
    event = session.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.entity == entity,
            AuditEvent.record_ref == record_ref,
            # a letter is written about a case without changing the case's row
            ~AuditEvent.operation.like("letter.%"),
        )
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    if event is None:
        return None
    try:
        summary: Any = json.loads(event.summary) if event.summary else {}
    except ValueError:
        summary = {}
    keys = tuple(k for k in summary if k not in NOT_FIELDS) if isinstance(summary, dict) else ()
    if {"from", "to"} <= set(keys):  # a move: what moved, else the operation's name
        keys = MOVES.get(event.operation, ())
    return OtherChange(event.actor, event.at, event.operation, keys)


def conflict(
    ctx: Context, session: Session | None, what: Phrase, entity: str, ref: str, current: int | None
) -> ConflictError:
    """The refusal for a save over someone else's change (read from the audit)."""
    other = last_change(session, entity, ref) if session is not None else None
    if other is None:
        exc = ConflictError(
            "someone else saved {what} after you opened it; nothing of yours was written. "
            "Reload their version, or save again to replace it with yours",
            what=what,
        )
    else:
        # babel.dates loads on the first conflict: at the top it was a tenth of the
        # window's imports before its first paint (issue 19).
        from babel.dates import format_datetime

        local = other.at.astimezone(ZoneInfo(ctx.timezone))
        # In the reader's language: "6 décembre 2026 à 05:30", not an ISO stamp.
        when = Both(
            format_datetime(local, "d MMMM y 'at' HH:mm", locale="en"),
            format_datetime(local, "d MMMM y 'à' HH:mm", locale="fr"),
        )
        exc = ConflictError(
            "{actor} saved {what} at {when}, after you opened it (changed: {fields}); "
            "nothing of yours was written. Reload their version, or save again to replace "
            "it with yours",
            actor=other.actor,
            what=what,
            when=when,
            fields=FieldList(other.fields or (other.operation,)),
        )
    exc.other, exc.current_version = other, current
    return exc


def check_version(
    ctx: Context,
    session: Session,
    row: Versioned,
    loaded: int | None,
    what: Phrase,
    entity: str,
    ref: str,
) -> None:
    """Lock ``row`` and refuse when its version is not the ``loaded`` one (None: the
    caller loaded nothing, e.g. a command line; no check)."""
    if loaded is None:
        return
    session.refresh(row, with_for_update=True)  # PostgreSQL: FOR UPDATE; SQLite: one writer
    if row.version != loaded:
        raise conflict(ctx, session, what, entity, ref, row.version)


def flush(ctx: Context, session: Session, what: Phrase) -> None:
    """Flush, turning a lost race on the version (``StaleDataError``) into a conflict."""
    try:
        session.flush()
    except StaleDataError:
        raise conflict(ctx, None, what, "", "", None) from None
