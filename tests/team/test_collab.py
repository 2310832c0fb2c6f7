"""Working together on a SQLite store (issue 16): two desks are two Contexts with their
own sessions on the same file; the same scenarios run on PostgreSQL in
``test_collab_pg.py``."""

from __future__ import annotations

import pytest

from dpo_desk.domain.team import TeamRole
from dpo_desk.errors import UserError
from dpo_desk.services import collab, letters, settings
from dpo_desk.services.context import Context
from dpo_desk.store.db import Database
from tests.team import collab_scenarios as sc


def desk(ctx: Context, actor: str, role: TeamRole | None = TeamRole.DPO) -> Context:
    """Another desk on the same store: its own session factories and write lock."""
    return Context(
        Database(ctx.db.engine), ctx.data_dir, actor=actor, clock=ctx.clock, team_role=role
    )


def test_case_conflict_between_two_sessions(ctx: Context) -> None:
    sc.case_conflict(desk(ctx, "alice"), desk(ctx, "bob"))


def test_register_row_conflict_between_two_sessions(ctx: Context) -> None:
    sc.recipient_conflict(desk(ctx, "alice"), desk(ctx, "bob"))


def test_my_cases(ctx: Context) -> None:
    sc.my_cases(desk(ctx, "alice"), desk(ctx, "bob"))


def test_four_eyes_with_two_people(ctx: Context) -> None:
    sc.four_eyes(
        desk(ctx, "erin", TeamRole.DPO),
        desk(ctx, "dave", TeamRole.DEPUTY),
        desk(ctx, "carol", TeamRole.ASSISTANT),
    )


def test_every_save_raises_the_version(ctx: Context) -> None:
    sc.version_moves_with_every_change(ctx)


def test_four_eyes_cannot_be_switched_on_on_a_solo_desk(ctx: Context) -> None:
    assert ctx.team_role is None
    with pytest.raises(settings.SettingsInvalid) as refused:
        settings.save(ctx, profile={"name": "Mairie de Lyon"}, settings={"four_eyes": True})
    assert "only on a team server" in refused.value.errors["four_eyes"]
    assert settings.get_settings(ctx).four_eyes is False
    # and a solo letter is marked sent as before, with its drafter named
    ref = sc.new_case(ctx)
    drafted = letters.generate(ctx, ref, "acknowledgement", "en")
    with pytest.raises(UserError, match="for a team server"):
        letters.approve_letter(ctx, drafted.document_id)
    sent = letters.mark_sent(ctx, drafted.document_id)
    assert sent.drafted_by == "test-dpo" and sent.sent_at is not None


def test_assignee_is_cleaned_and_an_unchanged_assignment_is_not_audited(ctx: Context) -> None:
    ref = sc.new_case(ctx)
    assert collab.assign_case(ctx, ref, "  alice  ").assigned_to == "alice"
    collab.assign_case(ctx, ref, "alice")
    assert [o for o, _a, _s in sc.ops(ctx)].count("case.assign") == 1
    with pytest.raises(UserError):
        collab.assign_case(ctx, ref, "x" * 500)


def test_conflict_names_the_status_change(ctx: Context) -> None:
    sc.conflict_after_a_status_change(desk(ctx, "alice"), desk(ctx, "bob"))
