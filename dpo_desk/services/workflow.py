"""The life of a case after intake: transitions, refusals, extension (identity
verification is in ``services.identity``, the change of state itself in
``services.case_moves``).

Each function is one user action: one transaction, the case's deadline recomputed from
its facts, and an audit entry naming the actor and the reason.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from dpo_desk.domain.deadlines.errors import DeadlineError
from dpo_desk.domain.deadlines.extension import check_extension
from dpo_desk.domain.deadlines.rulesets import get_ruleset
from dpo_desk.domain.letter_rules import REPLIES
from dpo_desk.domain.lifecycle import (
    CaseState,
    IllegalTransition,
    check_transition,
    late_transition,
    parse_state,
)
from dpo_desk.domain.refusals import check_refusal
from dpo_desk.domain.regimes import regime_for
from dpo_desk.domain.team import Action, action_of_move
from dpo_desk.errors import UserError
from dpo_desk.services import audit, deadlines, team
from dpo_desk.services.case_moves import check_allowed, move, reason_text, step_towards
from dpo_desk.services.cases import detail_of, load_case
from dpo_desk.services.context import Context
from dpo_desk.services.dto import CaseDetail
from dpo_desk.services.identity import outcomes_today, record_expired
from dpo_desk.store.models import Case, DeadlineEvent


def _reply_sent(case: Case) -> bool:
    return any(
        d.kind == "letter" and d.sent_at is not None and d.letter_kind in REPLIES
        for d in case.documents
    )


def _reply_sent_by(case: Case, due: date) -> bool:
    return any(
        d.kind == "letter"
        and d.letter_kind in REPLIES
        and d.sent_at is not None
        and (d.sent_on or d.sent_at.date()) <= due
        for d in case.documents
    )


def _late(ctx: Context, case: Case, state: CaseState) -> date | None:
    """The binding deadline a move to ``state`` comes after, if it is late."""
    result = deadlines.of_case(case, ctx.today())
    due: date | None = result.extended_due or result.due
    if deadlines.open_suspension(case) is not None:
        due = None  # the clock is stopped: no deadline runs while identity is awaited
    return late_transition(
        state,
        ctx.today(),
        due,
        reply_by_due=due is not None and _reply_sent_by(case, due),
        current=case.status,
    )


def is_late(detail: CaseDetail, target: str, today: date) -> date | None:
    """For the window: the deadline a move of ``detail`` to ``target`` would come after
    (same rule as ``transition``, read from the case's details)."""
    open_wait = any(end is None for _start, end in detail.suspensions)
    due = None if open_wait else detail.extended_due_date or detail.due_date
    sent = due is not None and any(
        d.kind == "letter"
        and d.letter_kind in REPLIES
        and d.sent_at is not None
        and (d.sent_on or d.sent_at.date()) <= due
        for d in detail.documents
    )
    return late_transition(target, today, due, reply_by_due=sent, current=detail.summary.status)


def _check_refusal(case: Case, ground: str, facts: str, today: date) -> None:
    """The ground must exist under the case's law and answer its rights; the facts say
    why it applies (GDPR Art. 12(4); P-39.1 s. 34: the reasons of the refusal)."""
    try:
        check_transition(case.status, CaseState.REFUSED, ground)  # the table, then the law
        check_refusal(
            ground,
            [r.right for r in case.rights],
            regime_for(case.jurisdiction),
            outcomes_today(case, today),
        )
    except IllegalTransition as exc:
        raise UserError("{reference}: {reason}", reference=case.reference, reason=exc) from None
    if not facts:
        raise UserError(
            "{reference}: write the facts that make the ground apply; the "
            "refusal letter quotes them",
            reference=case.reference,
        )


def transition(
    ctx: Context,
    reference: str,
    target: str,
    reason: str = "",
    facts: str = "",
    *,
    late_reason: str = "",
) -> CaseDetail:
    """Move a case to ``target`` (answered, closed, refused...).

    A refusal takes its ground in ``reason`` and what the DPO found in ``facts``, asked
    once and kept in the case for the letter. Closing an answered case needs a reply
    letter marked sent, or a reason in ``reason`` (kept in ``close_reason``).

    A move that answers after the binding deadline (``domain.lifecycle.late_transition``)
    needs ``late_reason``; the audit entry then carries ``late=True``, the deadline and
    the reason, and the timeline shows the move as late.
    """
    try:
        state = parse_state(target)
    except ValueError as exc:
        raise UserError.carrying(exc) from None
    if state is CaseState.EXTENDED:
        raise UserError(
            "use the extension action (case extend) to extend a case: "
            "it checks the legal conditions"
        )
    reason = reason_text(reason)
    facts = reason_text(facts, "facts")
    late_reason = reason_text(late_reason, "reason for the delay")
    with team.guard(ctx, action_of_move(state)), ctx.db.write() as session:
        case = load_case(session, reference)
        transition_in(session, ctx, case, state, reason, facts, late_reason=late_reason)
        return detail_of(case, ctx.today())


def transition_in(
    session: Session,
    ctx: Context,
    case: Case,
    state: CaseState,
    reason: str = "",
    facts: str = "",
    *,
    late_reason: str = "",
) -> None:
    """``transition`` of a case loaded in the caller's transaction, with its texts
    already cleaned; refusals as there. Never commits."""
    if state is CaseState.ANSWERED:
        step_towards(session, ctx, case, state)
    if state is CaseState.REFUSED and reason:
        _check_refusal(case, reason, facts, ctx.today())
    closing_unsent = (
        state is CaseState.CLOSED
        and case.status == CaseState.ANSWERED.value
        and not _reply_sent(case)
    )
    if closing_unsent and not reason:
        raise UserError(
            "{reference}: no reply letter was marked sent; send the reply or "
            "give the reason for closing without one",
            reference=case.reference,
        )
    check_allowed(case, state, reason)  # what the law refuses first, then the delay
    late_after = _late(ctx, case, state)
    if late_after is not None and not late_reason:
        raise UserError(
            "{reference}: this is late (the deadline was {date}); give the "
            "reason for the delay to record it",
            reference=case.reference,
            date=late_after.isoformat(),
        )
    late = (
        {"late": True, "due": late_after, "late_reason": late_reason}
        if late_after is not None
        else None
    )
    move(session, ctx, case, state, reason, late)
    if state is CaseState.REFUSED and reason == "identity-not-established":
        expired = record_expired(case, ctx.today())
        if expired:
            audit.record(
                session, ctx, "identity.expire", "case", case.reference, {"checks": expired}
            )
    if state is CaseState.REFUSED:
        case.refusal_facts = facts
        audit.record(
            session,
            ctx,
            "case.refusal_facts",
            "case",
            case.reference,
            {"ground": reason, "facts": facts},
        )
    if closing_unsent:
        case.close_reason = reason
    deadlines.refresh(case, ctx.today())


def record_refusal_facts(ctx: Context, reference: str, facts: str) -> CaseDetail:
    """Write (or correct) the facts of a refusal already decided; audited."""
    text = reason_text(facts, "facts")
    if not text:
        raise UserError("write the facts that make the ground apply")
    with ctx.db.write() as session:
        case = load_case(session, reference)
        if case.outcome != CaseState.REFUSED.value:
            raise UserError("{reference}: the case was not refused", reference=case.reference)
        case.refusal_facts = text
        audit.record(
            session,
            ctx,
            "case.refusal_facts",
            "case",
            case.reference,
            {"ground": case.outcome_reason, "facts": text},
        )
        return detail_of(case, ctx.today())


def extend(
    ctx: Context, reference: str, reason: str, decided_on: date | None = None, *, evidence: str = ""
) -> CaseDetail:
    """Extend by the rule set's extra period (GDPR Art. 12(3): two months, once, with
    reasons notified within the first month).

    A decision dated before today is recorded only with ``evidence`` (where the earlier
    decision is written: a minute, an e-mail), and shows as late in the audit and the
    timeline: a back-dated decision is what a controller would forge to save a late case.
    """
    reason = reason_text(reason, "reasons")
    evidence = reason_text(evidence, "evidence")
    decided = decided_on or ctx.today()
    backdated = decided < ctx.today()
    if not reason:
        raise UserError(
            "give the reasons for the extension: the notice quotes them (GDPR Art. 12(3))"
        )
    if decided > ctx.today():
        raise UserError(
            "an extension cannot be decided in the future ({date})", date=decided.isoformat()
        )
    if backdated and not evidence:
        raise UserError(
            "the extension is dated {date}, before today: say where that decision "
            "is recorded (evidence) to back-date it",
            date=decided.isoformat(),
        )
    with team.guard(ctx, Action.EXTEND), ctx.db.write() as session:
        case = load_case(session, reference)
        current = deadlines.of_case(case, ctx.today())
        try:
            check_extension(
                get_ruleset(case.jurisdiction),
                current,
                decided,
                reason,
                already_extended=case.extended_on is not None,
            )
        except DeadlineError as exc:
            raise UserError("{reference}: {reason}", reference=case.reference, reason=exc) from None
        step_towards(session, ctx, case, CaseState.EXTENDED)
        move(session, ctx, case, CaseState.EXTENDED, reason)
        case.extended_on = decided
        case.extension_reason = reason
        note = reason + (
            f"\n[late: recorded on {ctx.today().isoformat()}; evidence: {evidence}]"
            if backdated
            else ""
        )
        case.deadline_events.append(DeadlineEvent(kind="extension", starts_on=decided, reason=note))
        result = deadlines.refresh(case, ctx.today())
        audit.record(
            session,
            ctx,
            "case.extend",
            "case",
            case.reference,
            {
                "decided_on": decided,
                "reason": reason,
                "due": result.extended_due,
                "late": backdated,
                "evidence": evidence,
            },
        )
        return detail_of(case, ctx.today())
