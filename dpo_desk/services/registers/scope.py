"""The scope of an access reply: which processing activities, recipients and transfers
concern the person of a case.

An access reply describes the processing of *this* person's data, not the whole register
(GDPR Art. 15(1); EDPB Guidelines 01/2022 on the right of access, §4.3: the information
must be tailored to the data subject's case) and names the recipients to whom *their*
data were actually disclosed (CJEU C-154/21, Österreichische Post, 12 January 2023). So
the DPO chooses, from a suggestion, what concerns the person; the choice is kept with the
case, audited, and can change until the access reply is sent.

The suggestion is a help, never a decision: an activity is suggested when its categories
of persons match the relationship the DPO ticks (customer, prospect...), when the rights
exercised point to it (an objection to prospecting points to consent-based marketing, a
human review to an automated decision), or when the request's channel is one of its data
categories (an e-mail request and an activity holding e-mail addresses).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain.registers import SAFEGUARDS
from dpo_desk.domain.text import fold
from dpo_desk.errors import UserError
from dpo_desk.services import audit
from dpo_desk.services.cases import load_case
from dpo_desk.services.context import Context
from dpo_desk.store.models import Case, CaseScope, Document, ProcessingActivity, Recipient

ACTIVITY, RECIPIENT, TRANSFER = "activity", "recipient", "transfer"

#: Rights that point to activities by their legal basis or their automated decision.
_RIGHTS_TO_BASIS = {"prospecting-objection": "consent", "consent-withdrawal": "consent"}
#: Channels that are themselves a category of data held (word found in a data category).
_CHANNEL_WORDS = {
    "email": ("e-mail", "email", "contact"),
    "phone": ("phone", "contact"),
    "post": ("postal address", "contact"),
}


@dataclass(frozen=True)
class ScopeItem:
    """One register line offered for the scope.

    Attributes:
        kind: "activity", "recipient" or "transfer".
        item_id: Its id in the register.
        label: What the DPO reads (name; recipient and country; transfer and safeguard).
        parent_id: The activity of a recipient, the recipient of a transfer (else None).
        suggested: Whether the suggestion ticks it.
        why: Why it is suggested (empty when it is not).
        chosen: Whether it is in the case's scope now.
        label_fr: The label from the register's French texts (``label`` without them).
    """

    kind: str
    item_id: int
    label: str
    parent_id: int | None
    suggested: bool
    why: str
    chosen: bool
    label_fr: str = ""


@dataclass(frozen=True)
class ScopeView:
    """The scope of a case as the Scope tab and ``case scope`` show it."""

    reference: str
    relationships: tuple[str, ...]
    items: tuple[ScopeItem, ...]
    #: False once the access reply was sent: the scope told is then frozen.
    editable: bool
    #: The relationships' French names, where the register has them.
    relationships_fr: dict[str, str] = field(default_factory=dict)

    @property
    def chosen(self) -> tuple[ScopeItem, ...]:
        return tuple(i for i in self.items if i.chosen)

    def ids(self, kind: str) -> list[int]:
        return [i.item_id for i in self.items if i.chosen and i.kind == kind]


def active_activities(session: Session, order_by: Any = None) -> list[ProcessingActivity]:
    """The active processing activities with their recipients and transfers loaded, by
    name (the scope's list) or by ``order_by`` (a letter lists them in register order)."""
    order = ProcessingActivity.name if order_by is None else order_by
    return list(
        session.scalars(
            select(ProcessingActivity)
            .where(ProcessingActivity.active.is_(True))
            .options(selectinload(ProcessingActivity.recipients).selectinload(Recipient.transfers))
            .order_by(order)
        )
    )


def known_relationships(acts: Iterable[ProcessingActivity]) -> tuple[str, ...]:
    """The categories of persons the register names (what "relationship" can be)."""
    seen: dict[str, str] = {}
    for a in acts:
        for cat in a.subject_categories or ():
            seen.setdefault(fold(cat), cat)
    return tuple(sorted(seen.values(), key=fold))


def _fr(row: ProcessingActivity | Recipient, name: str = "name") -> str:
    return str((row.texts_fr or {}).get(name) or getattr(row, name))


def french_relationships(acts: Iterable[ProcessingActivity]) -> dict[str, str]:
    """English category of persons -> its French name, read from activities whose
    French list has as many items as the English one (so they pair up)."""
    out: dict[str, str] = {}
    for a in acts:
        fr = [p.strip() for p in str((a.texts_fr or {}).get("subject_categories", "")).split(";")]
        en = list(a.subject_categories or ())
        if len(fr) == len(en) and all(fr):
            out.update(zip(en, fr, strict=True))
    return out


def _why(act: ProcessingActivity, case: Case, relationships: Sequence[str]) -> str:
    """Why ``act`` is suggested for ``case`` (empty: not suggested)."""
    reasons: list[str] = []
    cats = [fold(c) for c in act.subject_categories or ()]
    for rel in relationships:
        key = fold(rel)
        if any(c == key or c.startswith(key + " ") for c in cats):
            reasons.append(f"persons: {rel}")
    rights = {r.right for r in case.rights}
    for right, basis in _RIGHTS_TO_BASIS.items():
        if right in rights and act.legal_basis == basis:
            reasons.append(f"right exercised: {right}")
    if "human-review" in rights and act.automated_decision:
        reasons.append("right exercised: human-review")
    data = [fold(d) for d in act.data_categories or ()]
    words = _CHANNEL_WORDS.get(case.channel, ())
    if any(w in d for w in words for d in data) and reasons:
        reasons.append(f"channel: {case.channel}")
    return "; ".join(reasons)


def _sent_reply(session: Session, case: Case) -> bool:
    return (
        session.scalar(
            select(Document.id).where(
                Document.case_id == case.id,
                Document.kind == "letter",
                Document.letter_kind == "access-reply",
                Document.sent_at.is_not(None),
            )
        )
        is not None
    )


def _chosen(session: Session, case: Case) -> set[tuple[str, int]]:
    rows = session.scalars(select(CaseScope).where(CaseScope.case_id == case.id))
    return {(r.item_kind, r.item_id) for r in rows}


def _view(session: Session, case: Case, relationships: Sequence[str]) -> ScopeView:
    acts = active_activities(session)
    chosen = _chosen(session, case)
    items: list[ScopeItem] = []
    for a in acts:
        why = _why(a, case, relationships)
        items.append(
            ScopeItem(
                ACTIVITY, a.id, a.name, None, bool(why), why, (ACTIVITY, a.id) in chosen, _fr(a)
            )
        )
        for r in a.recipients:
            items.append(
                ScopeItem(
                    RECIPIENT,
                    r.id,
                    f"{r.name} ({r.country})",
                    a.id,
                    bool(why),
                    why and "recipient of a suggested activity",
                    (RECIPIENT, r.id) in chosen,
                    f"{_fr(r)} ({r.country})",
                )
            )
            for t in r.transfers:
                words = SAFEGUARDS.get(t.safeguard, (t.safeguard, t.safeguard))
                label = f"{r.name} → {t.country}: {words[0]}"
                label_fr = f"{_fr(r)} → {t.country} : {words[1]}"
                items.append(
                    ScopeItem(
                        TRANSFER,
                        t.id,
                        label,
                        r.id,
                        bool(why),
                        why and "transfer of a suggested recipient",
                        (TRANSFER, t.id) in chosen,
                        label_fr,
                    )
                )
    return ScopeView(
        case.reference,
        known_relationships(acts),
        tuple(items),
        not _sent_reply(session, case),
        french_relationships(acts),
    )


def scope_of(ctx: Context, reference: str, relationships: Sequence[str] = ()) -> ScopeView:
    """The register lines offered for the case, suggested for ``relationships``, with
    what is chosen now."""
    with ctx.db.read() as session:
        return _view(session, load_case(session, reference), relationships)


def chosen_scope(session: Session, case: Case) -> set[tuple[str, int]]:
    """The (kind, id) pairs in the scope of ``case`` (for the letter builder)."""
    return _chosen(session, case)


def set_scope(
    ctx: Context,
    reference: str,
    activities: Sequence[int],
    recipients: Sequence[int] = (),
    transfers: Sequence[int] = (),
) -> ScopeView:
    """Replace the scope of a case; one transaction, audited (before and after).

    A recipient is kept only with one of its activities, a transfer only with its
    recipient: the reply cannot name a recipient of a processing it does not describe.

    Raises:
        UserError: the access reply was already sent; no activity; an id the register
            does not hold, or a recipient or transfer outside the chosen activities.
    """
    with ctx.db.write() as session:
        case = load_case(session, reference)
        if _sent_reply(session, case):
            raise UserError(
                "the access reply of {reference} was sent: its scope is final; "
                "a new reply needs a new case",
                reference=case.reference,
            )
        if not activities:
            raise UserError("choose at least one processing activity that concerns the person")
        acts = {a.id: a for a in active_activities(session)}
        unknown = [i for i in activities if i not in acts]
        if unknown:
            raise UserError(
                "no active processing activity with id {ids}", ids=", ".join(map(str, unknown))
            )
        allowed_recs = {r.id: r for i in activities for r in acts[i].recipients}
        stray = [i for i in recipients if i not in allowed_recs]
        if stray:
            raise UserError(
                "recipient {ids} receives no data from the chosen activities",
                ids=", ".join(map(str, stray)),
            )
        allowed_tr = {t.id for i in recipients for t in allowed_recs[i].transfers}
        stray = [i for i in transfers if i not in allowed_tr]
        if stray:
            raise UserError(
                "transfer {ids} does not belong to a chosen recipient",
                ids=", ".join(map(str, stray)),
            )
        before = sorted(_chosen(session, case))
        session.execute(delete(CaseScope).where(CaseScope.case_id == case.id))
        after = sorted(
            {(ACTIVITY, i) for i in activities}
            | {(RECIPIENT, i) for i in recipients}
            | {(TRANSFER, i) for i in transfers}
        )
        for kind, item in after:
            session.add(
                CaseScope(case_id=case.id, item_kind=kind, item_id=item, added_at=ctx.now())
            )
        session.flush()
        audit.record(
            session,
            ctx,
            "case.scope",
            "case",
            case.reference,
            {"before": [list(p) for p in before], "after": [list(p) for p in after]},
        )
        return _view(session, case, ())
