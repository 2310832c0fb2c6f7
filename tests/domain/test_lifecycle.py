"""The case state machine: allowed moves, required reasons, clear refusals."""

from __future__ import annotations

import pytest

from dpo_desk.domain.lifecycle import (
    REFUSAL_SOURCES,
    TRANSITIONS,
    CaseState,
    IllegalTransition,
    RefusalReason,
    allowed_targets,
    check_transition,
    is_open,
)

S = CaseState
ALLOWED = {(a, b) for a, targets in TRANSITIONS.items() for b in targets}
REASONS: dict[CaseState, str] = {
    S.REFUSED: "excessive",
    S.WITHDRAWN: "subject withdrew by email",
    S.FORWARDED: "sent to the controller, Acme SA",
}


def test_table_matches_the_spec() -> None:
    assert allowed_targets("received") == [
        S.AWAITING_IDENTITY,
        S.IN_PROGRESS,
        S.REFUSED,
        S.WITHDRAWN,
        S.FORWARDED,
    ]
    assert allowed_targets(S.AWAITING_IDENTITY) == [S.IN_PROGRESS, S.REFUSED, S.WITHDRAWN]
    assert set(allowed_targets(S.IN_PROGRESS)) == {
        S.EXTENDED,
        S.ANSWERED,
        S.REFUSED,
        S.WITHDRAWN,
        S.FORWARDED,
        S.AWAITING_IDENTITY,
    }
    assert allowed_targets(S.EXTENDED) == [S.ANSWERED, S.REFUSED, S.WITHDRAWN]
    for end in (S.ANSWERED, S.REFUSED, S.WITHDRAWN, S.FORWARDED):
        assert allowed_targets(end) == [S.CLOSED]
    assert allowed_targets(S.CLOSED) == []
    assert set(TRANSITIONS) == set(CaseState)


@pytest.mark.parametrize("current", list(CaseState))
@pytest.mark.parametrize("target", list(CaseState))
def test_every_pair(current: CaseState, target: CaseState) -> None:
    reason = REASONS.get(target)
    if (current, target) in ALLOWED:
        check_transition(current, target, reason)
    else:
        with pytest.raises(IllegalTransition, match=f"state '{current}' cannot go to '{target}'"):
            check_transition(current, target, reason)


def test_message_lists_allowed() -> None:
    with pytest.raises(
        IllegalTransition,
        match=r"^A case in state 'answered' cannot go to 'in-progress'; allowed: closed$",
    ):
        check_transition("answered", "in-progress")
    with pytest.raises(IllegalTransition, match=r"allowed: none \(final state\)"):
        check_transition(S.CLOSED, S.RECEIVED)


@pytest.mark.parametrize("target", [S.REFUSED, S.WITHDRAWN, S.FORWARDED])
@pytest.mark.parametrize("reason", [None, "", "  "])
def test_reason_required(target: CaseState, reason: str | None) -> None:
    with pytest.raises(IllegalTransition, match="needs a reason"):
        check_transition(S.RECEIVED, target, reason)


def test_refusal_reason_from_enum() -> None:
    for reason in RefusalReason:
        check_transition(S.IN_PROGRESS, S.REFUSED, reason)
        assert REFUSAL_SOURCES[reason].startswith("GDPR")
    with pytest.raises(IllegalTransition, match="unknown refusal reason 'rude'.*excessive"):
        check_transition(S.IN_PROGRESS, S.REFUSED, "rude")


def test_is_open() -> None:
    assert [s for s in CaseState if is_open(s)] == [
        S.RECEIVED,
        S.AWAITING_IDENTITY,
        S.IN_PROGRESS,
        S.EXTENDED,
    ]
    with pytest.raises(ValueError, match="unknown case state 'lost'"):
        is_open("lost")
