"""A case's change of state, the step every workflow action shares: the lifecycle table
asked first (``domain.lifecycle``), the state and its outcome written, an audit entry
with the reason. Never commits: the action that calls it owns the transaction.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from dpo_desk.domain.lifecycle import (
    CaseState,
    IllegalTransition,
    allowed_targets,
    check_transition,
    parse_state,
)
from dpo_desk.domain.text import NOTE_MAX, clean
from dpo_desk.errors import UserError
from dpo_desk.services import audit
from dpo_desk.services.context import Context
from dpo_desk.store.models import Case


def reason_text(text: str | None, what: str = "reason") -> str:
    """A reason, the facts or a delay's reason as the DPO typed them, cleaned as every
    note is (control characters refused, ``NOTE_MAX`` at most, lines kept): it goes into
    the audit trail and, for a refusal, into the letter."""
    return clean(text, what, max_len=NOTE_MAX, multiline=True)


def check_allowed(case: Case, target: CaseState, reason: str) -> None:
    """Refuse a move the lifecycle table forbids, in words naming the case (the table's
    own error names only the states)."""
    try:
        check_transition(case.status, target, reason or None)
    except (IllegalTransition, ValueError) as exc:
        raise UserError("{reference}: {reason}", reference=case.reference, reason=exc) from None


def move(
    session: Session,
    ctx: Context,
    case: Case,
    target: CaseState,
    reason: str,
    late: dict[str, object] | None = None,
) -> None:
    """Change state after the lifecycle table allows it; audited (with ``late``: the
    deadline it comes after and the reason recorded for the delay)."""
    check_allowed(case, target, reason)
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


def step_towards(session: Session, ctx: Context, case: Case, target: CaseState) -> None:
    """Pass through ``in-progress`` when the target is only reachable from there
    (a case still "received" can be extended or answered in one click)."""
    current = parse_state(case.status)
    if target in allowed_targets(current):
        return
    if CaseState.IN_PROGRESS in allowed_targets(current):
        move(session, ctx, case, CaseState.IN_PROGRESS, "")
