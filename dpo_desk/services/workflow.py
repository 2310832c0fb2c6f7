"""The life of a case after intake: transitions, extension, identity verification.

Each function is one user action: one transaction, the case's deadline recomputed from
its facts, and an audit entry naming the actor and the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from dpo_desk.domain.deadlines.errors import DeadlineError
from dpo_desk.domain.deadlines.extension import check_extension
from dpo_desk.domain.deadlines.rulesets import get_ruleset
from dpo_desk.domain.identity import (
    IdentityMethod,
    IdentityOutcome,
    IdentityPolicyError,
    answer_deadline,
    current_outcome,
    needs_document,
)
from dpo_desk.domain.letter_rules import REPLIES
from dpo_desk.domain.lifecycle import (
    CaseState,
    IllegalTransition,
    allowed_targets,
    check_transition,
    late_transition,
    parse_state,
)
from dpo_desk.domain.refusals import check_refusal
from dpo_desk.domain.regimes import regime_for
from dpo_desk.domain.team import Action, action_of_move
from dpo_desk.domain.text import NOTE_MAX, clean
from dpo_desk.errors import UserError
from dpo_desk.services import audit, deadlines, documents, team
from dpo_desk.services.cases import detail_of, load_case
from dpo_desk.services.context import Context
from dpo_desk.services.dto import CaseDetail
from dpo_desk.services.organisation import profile_in
from dpo_desk.store.models import Case, DeadlineEvent, IdentityCheck


def _reason(text: str | None, what: str = "reason") -> str:
    return clean(text, what, max_len=NOTE_MAX, multiline=True)


def _allowed(case: Case, target: CaseState, reason: str) -> None:
    try:
        check_transition(case.status, target, reason or None)
    except (IllegalTransition, ValueError) as exc:
        raise UserError("{reference}: {reason}", reference=case.reference, reason=exc) from None


def _move(
    session: Session,
    ctx: Context,
    case: Case,
    target: CaseState,
    reason: str,
    late: dict[str, object] | None = None,
) -> None:
    """Change state after the lifecycle table allows it; audited (with ``late``: the
    deadline it comes after and the reason recorded for the delay)."""
    _allowed(case, target, reason)
    before = case.status
    case.status = target.value
    if target is CaseState.ANSWERED:
        case.answered_on = ctx.today()
    if target is CaseState.CLOSED:
        case.closed_at = ctx.now()
    if target in (CaseState.REFUSED, CaseState.WITHDRAWN, CaseState.FORWARDED):
        case.outcome = target.value
        case.outcome_reason = reason
    audit.record(
        session,
        ctx,
        "case.transition",
        "case",
        case.reference,
        {"from": before, "to": target.value, "reason": reason, **(late or {})},
    )


def _step_towards(session: Session, ctx: Context, case: Case, target: CaseState) -> None:
    """Pass through ``in-progress`` when the target is only reachable from there
    (a case still "received" can be extended or answered in one click)."""
    current = parse_state(case.status)
    if target in allowed_targets(current):
        return
    if CaseState.IN_PROGRESS in allowed_targets(current):
        _move(session, ctx, case, CaseState.IN_PROGRESS, "")


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


def _identity_now(case: Case, today: date) -> list[str]:
    """The outcome of each identity step today (a pending one past its day: expired)."""
    return [
        current_outcome(c.outcome, c.requested_on, c.received_on, c.answer_by, today)
        for c in case.identity_checks
    ]


def _record_expired(case: Case, today: date) -> list[int]:
    """Write down the steps that expired (the basis of an identity refusal); the wait
    ends: nothing more is awaited. Returns their ids, for the audit."""
    expired = []
    for check in case.identity_checks:
        if (
            current_outcome(
                check.outcome, check.requested_on, check.received_on, check.answer_by, today
            )
            == IdentityOutcome.EXPIRED
        ):
            check.outcome = IdentityOutcome.EXPIRED.value
            check.note = check.note or (f"nothing received by {check.answer_by or ''}".strip())
            expired.append(check.id)
    if expired and deadlines.open_suspension(case) is not None:
        _end_suspension(case, today)
    return expired


def _check_refusal(case: Case, ground: str, facts: str, today: date) -> None:
    """The ground must exist under the case's law and answer its rights; the facts say
    why it applies (GDPR Art. 12(4); P-39.1 s. 34: the reasons of the refusal)."""
    try:
        check_transition(case.status, CaseState.REFUSED, ground)  # the table, then the law
        check_refusal(
            ground,
            [r.right for r in case.rights],
            regime_for(case.jurisdiction),
            _identity_now(case, today),
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
    reason = _reason(reason)
    facts = _reason(facts, "facts")
    late_reason = _reason(late_reason, "reason for the delay")
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
        _step_towards(session, ctx, case, state)
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
    _allowed(case, state, reason)  # what the law refuses first, then the delay
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
    _move(session, ctx, case, state, reason, late)
    if state is CaseState.REFUSED and reason == "identity-not-established":
        expired = _record_expired(case, ctx.today())
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
    text = _reason(facts, "facts")
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
    reason = _reason(reason, "reasons")
    evidence = _reason(evidence, "evidence")
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
        _step_towards(session, ctx, case, CaseState.EXTENDED)
        _move(session, ctx, case, CaseState.EXTENDED, reason)
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


@dataclass(frozen=True)
class IdentityRequestResult:
    detail: CaseDetail
    warning: str | None


def request_identity(
    ctx: Context,
    reference: str,
    doubt_reason: str,
    requested_on: date | None = None,
    *,
    document: bool = True,
    answer_by: date | None = None,
) -> IdentityRequestResult:
    """Ask the requester for identity information; the deadline is suspended from the
    request until the answer arrives (France, décret 2019-536).

    ``answer_by`` is the last day given to answer (default: ``domain.identity``'s 30 days,
    an organisation choice documented there); past it with nothing received the step
    has expired, which allows a refusal for identity not established."""
    doubt = _reason(doubt_reason, "reason for the doubt")
    if not document and not doubt:
        raise UserError(
            "record the reason for the doubt before asking for more information (GDPR Art. 12(6))"
        )
    asked = requested_on or ctx.today()
    if answer_by is not None and answer_by < asked:
        raise UserError(
            "the day to answer by ({answer_by}) is before the request ({asked})",
            answer_by=answer_by,
            asked=asked,
        )
    deadline = answer_deadline(asked, answer_by)
    with ctx.db.write() as session:
        # The policy read in the transaction that applies it (issue 15).
        policy = profile_in(session).identity_policy
        warning = None
        if document:
            try:
                warning = needs_document(policy, bool(doubt), doubt)
            except IdentityPolicyError as exc:
                raise UserError.carrying(exc) from None
        case = load_case(session, reference)
        if asked < case.received_on:
            raise UserError(
                "{reference}: identity cannot be asked for before receipt ({received_on})",
                reference=case.reference,
                received_on=case.received_on,
            )
        if deadlines.open_suspension(case) is not None:
            raise UserError(
                "{reference}: identity information is already awaited", reference=case.reference
            )
        if parse_state(case.status) is not CaseState.AWAITING_IDENTITY:
            _move(session, ctx, case, CaseState.AWAITING_IDENTITY, "")
        case.identity_checks.append(
            IdentityCheck(
                doubt_reason=doubt,
                requested_on=asked,
                outcome="pending",
                answer_by=deadline,
                method="document" if document else "",
            )
        )
        case.deadline_events.append(DeadlineEvent(kind="suspension", starts_on=asked, reason=doubt))
        audit.record(
            session,
            ctx,
            "identity.request",
            "case",
            case.reference,
            {
                "requested_on": asked,
                "doubt": doubt,
                "policy": policy,
                "warning": bool(warning),
                "answer_by": deadline,
            },
        )
        return IdentityRequestResult(detail_of(case, ctx.today()), warning)


def _pending_check(case: Case) -> IdentityCheck | None:
    for check in reversed(case.identity_checks):
        if check.outcome == "pending":
            return check
    return None


def _end_suspension(case: Case, on: date) -> None:
    for ev in case.deadline_events:
        if ev.kind == "suspension" and ev.ends_on is None:
            if on < ev.starts_on:
                raise UserError(
                    "{reference}: the answer cannot arrive ({on}) before it was asked for "
                    "({starts_on})",
                    reference=case.reference,
                    on=on,
                    starts_on=ev.starts_on,
                )
            ev.ends_on = on


def receive_identity(ctx: Context, reference: str, received_on: date | None = None) -> CaseDetail:
    """The requested information arrived: the suspension ends, the clock runs again."""
    got = received_on or ctx.today()
    if got > ctx.today():
        raise UserError("the date of receipt {got} is in the future", got=got)
    with ctx.db.write() as session:
        case = load_case(session, reference)
        check = _pending_check(case)
        if check is None or deadlines.open_suspension(case) is None:
            raise UserError(
                "{reference}: no identity information is awaited", reference=case.reference
            )
        _end_suspension(case, got)
        check.received_on = got
        result = deadlines.refresh(case, ctx.today())
        audit.record(
            session,
            ctx,
            "identity.receive",
            "case",
            case.reference,
            {"received_on": got, "due": result.due},
        )
        return detail_of(case, ctx.today())


def verify_identity(
    ctx: Context,
    reference: str,
    method: str,
    document_kind: str = "",
    note: str = "",
) -> CaseDetail:
    """Record that identity is established; any ID copy is purged at once, only the facts
    remain (EDPB Guidelines 01/2022 §78; CNIL SAN-2020-008)."""
    try:
        chosen = IdentityMethod(method)
    except ValueError:
        accepted = ", ".join(m.value for m in IdentityMethod)
        raise UserError(
            "unknown identity method {method!r}; use one of: {accepted}",
            method=method,
            accepted=accepted,
        ) from None
    kind = clean(document_kind, "document kind", max_len=64)
    with ctx.db.write() as session:
        case = load_case(session, reference)
        check = _pending_check(case)
        if check is None:
            check = IdentityCheck(outcome="pending")
            case.identity_checks.append(check)
        if deadlines.open_suspension(case) is not None:
            _end_suspension(case, ctx.today())
            check.received_on = check.received_on or ctx.today()
        check.outcome = "verified"
        check.method = chosen.value
        check.verifier = ctx.actor
        check.verified_at = ctx.now()
        check.document_kind = kind
        check.note = clean(note, "note", max_len=NOTE_MAX, multiline=True)
        purged = documents.purge_case_evidence(session, ctx, case, "identity verified")
        if parse_state(case.status) in (CaseState.RECEIVED, CaseState.AWAITING_IDENTITY):
            _move(session, ctx, case, CaseState.IN_PROGRESS, "")
        deadlines.refresh(case, ctx.today())
        audit.record(
            session,
            ctx,
            "identity.verify",
            "case",
            case.reference,
            {
                "method": chosen.value,
                "document_kind": kind,
                "purged": len(purged),
                "purged_documents": purged,
            },
        )
        return detail_of(case, ctx.today())


def fail_identity(ctx: Context, reference: str, reason: str) -> CaseDetail:
    """Identity could not be established; the DPO may then refuse (Art. 12(2), 11(2))."""
    why = _reason(reason, "reason")
    if not why:
        raise UserError("say why identity could not be established")
    with ctx.db.write() as session:
        case = load_case(session, reference)
        check = _pending_check(case)
        if check is None:
            raise UserError("{reference}: no identity check is pending", reference=case.reference)
        if deadlines.open_suspension(case) is not None:
            _end_suspension(case, ctx.today())
        check.outcome = "failed"
        check.note = why
        check.verifier = ctx.actor
        purged = documents.purge_case_evidence(session, ctx, case, "identity check failed")
        deadlines.refresh(case, ctx.today())
        audit.record(
            session,
            ctx,
            "identity.fail",
            "case",
            case.reference,
            {"reason": why, "purged": len(purged), "purged_documents": purged},
        )
        return detail_of(case, ctx.today())
