"""The recipients told of a case's rectification, erasure or restriction (GDPR Art. 19).

Art. 19: "The controller shall communicate any rectification or erasure of personal data
or restriction of processing ... to each recipient to whom the personal data have been
disclosed, unless this proves impossible or involves disproportionate effort. The
controller shall inform the data subject about those recipients if the data subject
requests it." The confirmation letter therefore names only the recipients the DPO records
here as actually told, with the day; never the whole register.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from dpo_desk.domain.letter_rules import ARTICLE_19
from dpo_desk.domain.rights import Right
from dpo_desk.domain.text import NOTE_MAX, clean
from dpo_desk.errors import UserError
from dpo_desk.services import audit
from dpo_desk.services.cases import load_case
from dpo_desk.services.context import Context
from dpo_desk.store.models import Case, Recipient, RecipientNotice


@dataclass(frozen=True)
class NoticeItem:
    """A recipient of the register, and whether (and when) it was told for this case."""

    recipient_id: int
    name: str
    name_fr: str
    country: str
    notified_on: date | None


@dataclass(frozen=True)
class NoticeView:
    reference: str
    #: Whether the case has a right Art. 19 covers (else nothing is to be recorded).
    applies: bool
    items: tuple[NoticeItem, ...]

    @property
    def notified(self) -> tuple[NoticeItem, ...]:
        return tuple(i for i in self.items if i.notified_on is not None)


def notices_of(session: Session, case: Case) -> list[RecipientNotice]:
    """The notices recorded for ``case`` (for the letter builder), by name."""
    return list(
        session.scalars(
            select(RecipientNotice)
            .where(RecipientNotice.case_id == case.id)
            .order_by(RecipientNotice.recipient_name)
        )
    )


def _applies(case: Case) -> bool:
    return any(Right(r.right) in ARTICLE_19 for r in case.rights)


def _view(session: Session, case: Case) -> NoticeView:
    told = {n.recipient_id: n.notified_on for n in notices_of(session, case)}
    items = [
        NoticeItem(
            r.id, r.name, str((r.texts_fr or {}).get("name") or r.name), r.country, told.get(r.id)
        )
        for r in session.scalars(select(Recipient).order_by(Recipient.name))
    ]
    return NoticeView(case.reference, _applies(case), tuple(items))


def recipient_notices(ctx: Context, reference: str) -> NoticeView:
    """The register's recipients, with those told for this case."""
    with ctx.db.read() as session:
        return _view(session, load_case(session, reference))


def record_notices(
    ctx: Context,
    reference: str,
    recipient_ids: Sequence[int],
    notified_on: date | None = None,
    note: str = "",
) -> NoticeView:
    """Record which recipients were told of the case's rectification, erasure or
    restriction, on ``notified_on`` (default today); replaces the case's list; one
    transaction, audited (before and after). Recipients already recorded keep their day.

    Raises:
        UserError: the case has no right of Art. 16-18; a day in the future or before
            receipt; an id the register does not hold.
    """
    day = notified_on or ctx.today()
    text = clean(note, "note", max_len=NOTE_MAX, multiline=True)
    if day > ctx.today():
        raise UserError(
            "the recipients cannot be told in the future ({date})", date=day.isoformat()
        )
    with ctx.db.write() as session:
        case = load_case(session, reference)
        if not _applies(case):
            raise UserError(
                "{reference}: recipients are told only of a rectification, an "
                "erasure or a restriction (GDPR Art. 19)",
                reference=case.reference,
            )
        if day < case.received_on:
            raise UserError(
                "{reference}: the recipients cannot be told ({date}) before the "
                "request was received",
                reference=case.reference,
                date=day.isoformat(),
            )
        wanted = sorted(set(recipient_ids))
        found = {
            r.id: r for r in session.scalars(select(Recipient).where(Recipient.id.in_(wanted)))
        }
        unknown = [i for i in wanted if i not in found]
        if unknown:
            raise UserError(
                "no recipient with id {ids} in the register", ids=", ".join(map(str, unknown))
            )
        before = {n.recipient_id: n for n in notices_of(session, case)}
        session.execute(delete(RecipientNotice).where(RecipientNotice.case_id == case.id))
        for rid in wanted:
            rec, kept = found[rid], before.get(rid)
            session.add(
                RecipientNotice(
                    case_id=case.id,
                    recipient_id=rid,
                    recipient_name=rec.name,
                    recipient_name_fr=str((rec.texts_fr or {}).get("name") or ""),
                    notified_on=kept.notified_on if kept else day,
                    note=kept.note if kept and not text else text,
                    recorded_by=ctx.actor,
                    recorded_at=ctx.now(),
                )
            )
        session.flush()
        audit.record(
            session,
            ctx,
            "case.recipients_notified",
            "case",
            case.reference,
            {
                "before": sorted(n.recipient_name for n in before.values()),
                "after": sorted(found[i].name for i in wanted),
                "notified_on": day,
            },
        )
        return _view(session, case)
