"""Identity verification of a requester, in proportion to the doubt: asking (the
deadline suspended until the answer, France, décret 2019-536), receiving, verifying
(any ID copy purged at once) or failing. Each function is one user action: one
transaction and an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dpo_desk.domain.identity import (
    IdentityMethod,
    IdentityOutcome,
    IdentityPolicyError,
    answer_deadline,
    current_outcome,
    needs_document,
)
from dpo_desk.domain.lifecycle import CaseState, parse_state
from dpo_desk.domain.text import NOTE_MAX, clean
from dpo_desk.errors import UserError
from dpo_desk.services import audit, deadlines, documents
from dpo_desk.services.case_moves import move, reason_text
from dpo_desk.services.cases import detail_of, load_case
from dpo_desk.services.context import Context
from dpo_desk.services.dto import CaseDetail
from dpo_desk.services.organisation import profile_in
from dpo_desk.store.models import Case, DeadlineEvent, IdentityCheck


def outcomes_today(case: Case, today: date) -> list[str]:
    """The outcome of each identity step today (a pending one past its day: expired)."""
    return [
        current_outcome(c.outcome, c.requested_on, c.received_on, c.answer_by, today)
        for c in case.identity_checks
    ]


def record_expired(case: Case, today: date) -> list[int]:
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
    doubt = reason_text(doubt_reason, "reason for the doubt")
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
            move(session, ctx, case, CaseState.AWAITING_IDENTITY, "")
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
            move(session, ctx, case, CaseState.IN_PROGRESS, "")
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
    why = reason_text(reason, "reason")
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
