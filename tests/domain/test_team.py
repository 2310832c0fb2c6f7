"""The team matrix (issue 16; GDPR Art. 12(3)-(5), 38(3), 39; CNIL deliberation 2021-122)."""

from __future__ import annotations

import pytest

from dpo_desk.domain.team import MATRIX, PG_ROLE, Action, TeamRole, action_of_move, can

DECISIONS = (Action.REFUSE, Action.EXTEND, Action.MARK_SENT, Action.APPROVE, Action.DELETE)


def test_the_dpo_does_everything_and_a_solo_desk_is_the_dpo() -> None:
    assert MATRIX[TeamRole.DPO] == frozenset(Action)
    assert all(can(None, a) for a in Action)


def test_the_deputy_does_everything_but_settings_restore_and_the_team() -> None:
    refused = {a for a in Action if not can(TeamRole.DEPUTY, a)}
    assert refused == {Action.SETTINGS, Action.RESTORE, Action.TEAM}


def test_the_assistant_prepares_and_never_decides() -> None:
    for action in (Action.INTAKE, Action.DRAFT, Action.DOCUMENTS, Action.READ_AUDIT):
        assert can(TeamRole.ASSISTANT, action), action
    for action in (*DECISIONS, Action.CLOSE, Action.SETTINGS, Action.RESTORE, Action.REGISTERS):
        assert not can(TeamRole.ASSISTANT, action), action


def test_the_auditor_reads_only() -> None:
    allowed = {a for a in Action if can(TeamRole.AUDITOR, a)}
    assert allowed == {Action.READ, Action.READ_AUDIT, Action.READ_REGISTERS}


@pytest.mark.parametrize(
    ("target", "action"),
    [
        ("refused", Action.REFUSE),
        ("extended", Action.EXTEND),
        ("answered", Action.CLOSE),
        ("withdrawn", Action.CLOSE),
        ("in-progress", Action.EDIT_CASE),
        ("awaiting-identity", Action.EDIT_CASE),
    ],
)
def test_each_move_is_an_action(target: str, action: Action) -> None:
    assert action_of_move(target) is action


def test_one_group_role_per_app_role() -> None:
    assert sorted(PG_ROLE.values()) == sorted(
        ["dpo_desk_dpo", "dpo_desk_deputy", "dpo_desk_assistant", "dpo_desk_auditor"]
    )
    assert [r.value for r in TeamRole] == ["dpo", "deputy", "assistant", "auditor"]
