"""What was done for a death notification and the answer to the heirs (Loi 78-17
art. 85: the controller justifies, at no cost, what it did): actions recorded one by
one, then the reply that lists them, which closes the post-mortem case.

Apart from the notification (``deaths``) because it is the second half of the
procedure, driven by the DPO after the notification was recorded.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.domain.lifecycle import CaseState
from dpo_desk.domain.registers import NOTIFIER_CAPACITIES
from dpo_desk.errors import UserError
from dpo_desk.services import audit, cases, workflow
from dpo_desk.services.context import Context
from dpo_desk.services.registers import _common as v
from dpo_desk.services.registers.death_common import (
    ACTION_KINDS,
    REQUESTS,
    load_notification,
    notification_view,
)
from dpo_desk.services.registers.directives import directive_view
from dpo_desk.services.registers.dto import DeathNotificationView, HeirsReply
from dpo_desk.store.models import Case, DeathNotification, PostMortemDirective


def record_action(
    ctx: Context,
    notification_id: int,
    action: str,
    detail: str = "",
    on: date | None = None,
    directive_id: int | None = None,
) -> DeathNotificationView:
    """Record what was done for the notification (account closed, data communicated to
    X...); the heirs' reply lists these actions."""
    kind = v.word(action, "action", ACTION_KINDS)
    text = v.text(detail, "detail", max_len=2000)
    if kind in ("other", "communicated-data") and not text:
        raise UserError("detail: required for {kind} (what, to whom)", kind=kind)
    today = ctx.today()
    done_on = on or today
    v.not_future(done_on, "done on", today)
    with ctx.db.write() as session:
        n = load_notification(session, notification_id)
        if n.answered_on is not None:
            raise UserError(
                "notification {notification} was answered on {answered_on}; record actions "
                "before answering",
                notification=n.id,
                answered_on=n.answered_on,
            )
        if directive_id is not None and directive_id not in (n.directive_ids or []):
            raise UserError(
                "directive {directive_id} is not among those found for this death ({value})",
                directive_id=directive_id,
                value=", ".join(map(str, n.directive_ids)) or "none",
            )
        if done_on < n.notified_on:
            raise UserError(
                "done on: {done_on} is before the notification ({notified_on})",
                done_on=done_on,
                notified_on=n.notified_on,
            )
        entry: dict[str, Any] = {
            "action": kind,
            "detail": text,
            "on": done_on.isoformat(),
            "by": ctx.actor,
        }
        if directive_id is not None:
            entry["directive_id"] = directive_id
        n.actions = [*(n.actions or []), entry]
        audit.record(
            session,
            ctx,
            "death.action",
            "death_notification",
            str(n.id),
            {"action": kind, "on": done_on, "directive": directive_id},
        )
        return notification_view(session, n)


def _reply(session: Session, n: DeathNotification) -> HeirsReply:
    view = notification_view(session, n)
    directives = [session.get(PostMortemDirective, i) for i in n.directive_ids or []]
    applied = tuple(directive_view(d) for d in directives if d is not None)
    lines = []
    for a in n.actions or []:
        label = ACTION_KINDS.get(a["action"], (a["action"],))[0]
        lines.append(f"{a['on']}: {label}" + (f" — {a['detail']}" if a.get("detail") else ""))
    return HeirsReply(
        notification_id=n.id,
        case_reference=view.case_reference,
        deceased_name=n.deceased_name,
        death_date=n.death_date,
        notifier_name=n.notifier_name,
        notifier_capacity=n.notifier_capacity,
        notifier_capacity_label=NOTIFIER_CAPACITIES.get(
            n.notifier_capacity, (n.notifier_capacity,)
        )[0],
        notifier_contact=n.notifier_contact,
        notified_on=n.notified_on,
        requests=tuple(n.requests or ()),
        request_labels=tuple(REQUESTS.get(r, (r,))[0] for r in n.requests or ()),
        directive_found=bool(applied),
        directives=applied,
        actions_done=tuple(lines),
        actions=view.actions,
        answered_on=n.answered_on,
    )


def heirs_reply(ctx: Context, notification_id: int) -> HeirsReply:
    """Everything the "heirs-reply" letter needs."""
    with ctx.db.read() as session:
        return _reply(session, load_notification(session, notification_id))


def answer_heirs(ctx: Context, notification_id: int, on: date | None = None) -> HeirsReply:
    """Mark the heirs answered (the letter itself is made from ``heirs_reply``); the
    post-mortem case moves to answered, in the same transaction."""
    today = ctx.today()
    answered = on or today
    v.not_future(answered, "answered on", today)
    with ctx.db.write() as session:
        n = load_notification(session, notification_id)
        if n.answered_on is not None:
            raise UserError(
                "notification {notification} was already answered on {answered_on}",
                notification=n.id,
                answered_on=n.answered_on,
            )
        if not n.actions:
            raise UserError(
                "record what was done first (directives action): the heirs are "
                "told what was done (Loi 78-17 art. 85)"
            )
        if answered < n.notified_on:
            raise UserError("answered on: {answered} is before the notification", answered=answered)
        n.answered_on = answered
        audit.record(
            session,
            ctx,
            "death.answer",
            "death_notification",
            str(n.id),
            {"answered_on": answered, "actions": len(n.actions)},
        )
        case = session.get(Case, n.case_id) if n.case_id else None
        if case is not None and case.status in cases.OPEN_STATES:
            workflow.transition_in(session, ctx, case, CaseState.ANSWERED)
        session.flush()
        return _reply(session, n)
