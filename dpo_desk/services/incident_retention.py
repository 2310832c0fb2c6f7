"""Retention of the incident register.

Quebec entries are kept at least five years after the day of awareness (Regulation
respecting confidentiality incidents, CQLR c. P-39.1, r. 3.1, s. 7); ``keep_until`` is
computed at intake (``domain.incidents.keep_until``). Once that day has passed and the
incident is closed, the entry may be removed: its notices and links go with it, and the
bytes of its documents are deleted from the vault (the rows stay as "purged" facts).
GDPR-only entries have no legal end (Art. 5(2), 33(5)): they are never proposed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.errors import UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.services.documents import vault
from dpo_desk.store.models import Incident
from dpo_desk.store.types import utcnow


@dataclass(frozen=True)
class Expired:
    reference: str
    title: str
    keep_until: date


def expired(ctx: Context) -> list[Expired]:
    """Closed entries whose minimum retention has ended (oldest first)."""
    with ctx.db.read() as session:
        return expired_in(session, ctx.today())


def expired_in(session: Session, today: date) -> list[Expired]:
    """``expired`` in the caller's transaction."""
    rows = session.scalars(
        select(Incident)
        .where(
            Incident.status == "closed",
            Incident.keep_until.is_not(None),
            Incident.keep_until < today,
        )
        .order_by(Incident.keep_until, Incident.id)
    )
    return [Expired(r.reference, r.title, r.keep_until) for r in rows if r.keep_until is not None]


def purge(ctx: Context, references: Sequence[str]) -> int:
    """Remove the named expired entries in one transaction (each audited by reference);
    a reference that is not expired refuses the whole run, nothing is removed."""
    wanted = [r.strip().upper() for r in references]
    stored: list[str] = []
    with ctx.db.write() as session:
        # What is expired is read in the transaction that removes it (issue 15).
        allowed = {e.reference for e in expired_in(session, ctx.today())}
        for ref in wanted:
            if ref not in allowed:
                raise UserError(
                    "{reference} cannot be removed: it is not a closed entry "
                    "whose retention period has ended",
                    reference=ref,
                )
        for ref in wanted:
            row = session.scalars(select(Incident).where(Incident.reference == ref)).one()
            for doc in row.documents:
                if doc.purged_at is None:
                    stored.append(doc.stored_name)
                    doc.purged_at = utcnow()
            audit.record(
                session,
                ctx,
                "incident.purge",
                "incident",
                ref,
                {"keep_until": row.keep_until, "documents": len(row.documents)},
            )
            session.delete(row)
    box = vault(ctx, "letters")
    for name in stored:  # after the commit: a failed run never loses bytes still listed
        box.delete(name)
    return len(wanted)
