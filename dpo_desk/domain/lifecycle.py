"""The life of a case: its states and the only moves allowed between them.

The table is explicit (not derived) so that it can be read against the law and the
DPO's procedure, and so that an impossible move (re-opening an answered case to change
its reply date) is refused before anything is written.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from dpo_desk.errors import InvalidValue, Refusal


class CaseState(StrEnum):
    """Where a case stands. Values are stored as-is and used as command-line words."""

    RECEIVED = "received"
    AWAITING_IDENTITY = "awaiting-identity"
    IN_PROGRESS = "in-progress"
    EXTENDED = "extended"
    ANSWERED = "answered"
    CLOSED = "closed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    FORWARDED = "forwarded"


class RefusalReason(StrEnum):
    """Lawful grounds for refusing a request: the one vocabulary of the workflow and the
    letters. Which rights each answers and under which law: ``domain.refusals``."""

    MANIFESTLY_UNFOUNDED = "manifestly-unfounded"
    EXCESSIVE = "excessive"
    IDENTITY_NOT_ESTABLISHED = "identity-not-established"
    NO_DATA = "no-data"
    LEGAL_OBLIGATION = "legal-obligation"
    LEGAL_CLAIMS = "legal-claims"
    COMPELLING_GROUNDS = "compelling-grounds"
    RIGHTS_OF_OTHERS = "rights-of-others"
    LEGAL_EXEMPTION = "legal-exemption"


#: Legal source of each refusal ground under the GDPR (other laws: ``domain.regimes``).
REFUSAL_SOURCES: dict[RefusalReason, str] = {
    RefusalReason.MANIFESTLY_UNFOUNDED: "GDPR Art. 12(5)(b)",
    RefusalReason.EXCESSIVE: "GDPR Art. 12(5)(b)",
    RefusalReason.IDENTITY_NOT_ESTABLISHED: "GDPR Art. 12(6) and 11(2)",
    RefusalReason.NO_DATA: "GDPR Art. 15(1)",
    RefusalReason.LEGAL_OBLIGATION: "GDPR Art. 17(3)(b)",
    RefusalReason.LEGAL_CLAIMS: "GDPR Art. 17(3)(e) and 21(1)",
    RefusalReason.COMPELLING_GROUNDS: "GDPR Art. 21(1)",
    RefusalReason.RIGHTS_OF_OTHERS: "GDPR Art. 15(4)",
    RefusalReason.LEGAL_EXEMPTION: "GDPR Art. 23 / national law",
}

_S = CaseState

#: The allowed moves. A state missing from a value set cannot be reached from the key.
TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    _S.RECEIVED: frozenset(
        {_S.AWAITING_IDENTITY, _S.IN_PROGRESS, _S.REFUSED, _S.WITHDRAWN, _S.FORWARDED}
    ),
    _S.AWAITING_IDENTITY: frozenset({_S.IN_PROGRESS, _S.REFUSED, _S.WITHDRAWN}),
    _S.IN_PROGRESS: frozenset(
        {
            _S.EXTENDED,
            _S.ANSWERED,
            _S.REFUSED,
            _S.WITHDRAWN,
            _S.FORWARDED,
            _S.AWAITING_IDENTITY,
        }
    ),
    _S.EXTENDED: frozenset({_S.ANSWERED, _S.REFUSED, _S.WITHDRAWN}),
    _S.ANSWERED: frozenset({_S.CLOSED}),
    _S.REFUSED: frozenset({_S.CLOSED}),
    _S.WITHDRAWN: frozenset({_S.CLOSED}),
    _S.FORWARDED: frozenset({_S.CLOSED}),
    _S.CLOSED: frozenset(),
}

#: States in which a deadline is still running (shown on the dashboard).
OPEN_STATES: frozenset[CaseState] = frozenset(
    {_S.RECEIVED, _S.AWAITING_IDENTITY, _S.IN_PROGRESS, _S.EXTENDED}
)

#: Moves that must say why: a refusal (with a RefusalReason), a withdrawal, a forward.
NEEDS_REASON: frozenset[CaseState] = frozenset({_S.REFUSED, _S.WITHDRAWN, _S.FORWARDED})

# Display order of the allowed targets in messages (the enum's order, stable).
_ORDER = list(CaseState)


class IllegalTransition(Refusal, ValueError):
    """A move the table does not allow, or one missing its reason."""


def parse_state(text: str | CaseState) -> CaseState:
    """Read a state from user input; raise ValueError naming the accepted words."""
    try:
        return CaseState(str(text).strip().lower())
    except ValueError:
        accepted = ", ".join(s.value for s in CaseState)
        raise InvalidValue(
            "unknown case state {text!r}; use one of: {accepted}", text=text, accepted=accepted
        ) from None


def allowed_targets(state: CaseState | str) -> list[CaseState]:
    """The states reachable from ``state``, in a stable order."""
    reachable = TRANSITIONS[parse_state(state)]
    return [s for s in _ORDER if s in reachable]


def is_open(state: CaseState | str) -> bool:
    """True while the case still has a deadline running."""
    return parse_state(state) in OPEN_STATES


def check_transition(
    current: CaseState | str,
    target: CaseState | str,
    reason: RefusalReason | str | None = None,
) -> None:
    """Refuse a move the table does not allow, or one without its required reason.

    Args:
        current: The case's state now.
        target: The state asked for.
        reason: For ``refused``, a :class:`RefusalReason` (or its value); for
            ``withdrawn`` and ``forwarded``, a non-blank free text (how the subject
            withdrew, to whom the request went). Ignored for other targets.

    Raises:
        IllegalTransition: with a message naming the allowed targets.
    """
    cur, tgt = parse_state(current), parse_state(target)
    if tgt not in TRANSITIONS[cur]:
        allowed = ", ".join(s.value for s in allowed_targets(cur)) or "none (final state)"
        raise IllegalTransition(
            "A case in state '{value}' cannot go to '{value2}'; allowed: {allowed}",
            value=cur.value,
            value2=tgt.value,
            allowed=allowed,
        )
    if tgt not in NEEDS_REASON:
        return
    text = str(reason).strip() if reason is not None else ""
    if not text:
        raise IllegalTransition("going to '{value}' needs a reason", value=tgt.value)
    if tgt is CaseState.REFUSED:
        try:
            RefusalReason(text.lower())
        except ValueError:
            accepted = ", ".join(r.value for r in RefusalReason)
            raise IllegalTransition(
                "unknown refusal reason {text!r}; use one of: {accepted}",
                text=text,
                accepted=accepted,
            ) from None


#: The moves that answer the request (or end it with its answer): made after the binding
#: deadline, they are late.
ANSWERING: frozenset[CaseState] = frozenset({_S.ANSWERED, _S.REFUSED})


def late_transition(
    target: CaseState | str,
    today: date,
    due: date | None,
    reply_by_due: bool = False,
    current: CaseState | str | None = None,
) -> date | None:
    """The deadline a move comes after, when it is late; else None.

    The law fixes when a request must be answered or refused (GDPR Art. 12(3) and 12(4):
    one month, or the extended period; P-39.1 s. 32: 30 days) and the controller must be
    able to show what it did and why (GDPR Art. 5(2), accountability). Requiring a recorded
    reason for a late move, and marking it late, is DPO Desk's way to meet that duty, an
    organisation choice, not a rule written in the law.

    - ``answered`` or ``refused`` after ``due``: late.
    - ``closed`` after ``due`` when no reply letter left by the due date
      (``reply_by_due``): the closing is then the act that ends a case the person was not
      answered on time for. Closing a case answered in time, or a withdrawn or forwarded
      case (nothing was owed), is never late.
    - Any other move (withdrawn, forwarded, in-progress...) is not late.

    Args:
        target: The state asked for.
        today: The day of the move.
        due: The binding deadline (extended if extended); None when none runs (suspended).
        reply_by_due: Whether a reply letter was sent on or before ``due``.
        current: The state the case leaves (for ``closed``: answered or refused only).
    """
    tgt = parse_state(target)
    if due is None or today <= due:
        return None
    if tgt in ANSWERING:
        return due
    ended_by_answer = current is None or parse_state(current) in ANSWERING
    if tgt is _S.CLOSED and ended_by_answer and not reply_by_due:
        return due
    return None
