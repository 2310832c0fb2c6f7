"""Working together on a PostgreSQL server (issue 16): two desks are two engines, two
connections, two people; the scenarios are those of ``test_collab.py``.

Runs against the server named by ``DPO_DESK_TEST_PG``, in a database of its own
(``dpo_desk_collab``, recreated empty per test) so that it never disturbs another test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from dpo_desk.domain.team import TeamRole
from dpo_desk.services import team_keys
from dpo_desk.services.context import Context
from dpo_desk.store import migrate
from dpo_desk.store.db import Database, make_engine
from dpo_desk.store.models import MemberKeySlot
from tests.conftest import FIXED_NOW
from tests.team import collab_scenarios as sc

URL = os.environ.get("DPO_DESK_TEST_PG", "")
pytestmark = pytest.mark.skipif(not URL, reason="DPO_DESK_TEST_PG is not set (see .ci/run)")
DATABASE = "dpo_desk_collab"


@pytest.fixture
def pg_url() -> Iterator[str]:
    admin = make_engine(URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": DATABASE}):
            conn.execute(text(f'CREATE DATABASE "{DATABASE}"'))
    admin.dispose()
    url = make_url(URL).set(database=DATABASE).render_as_string(hide_password=False)
    engine = make_engine(url)
    with engine.begin() as conn:  # a clean schema per test
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(engine, None)
    engine.dispose()
    yield url


@pytest.fixture
def desks(pg_url: str, tmp_path: Path) -> Iterator[list[Engine]]:
    engines: list[Engine] = []
    _FIRST.clear()
    yield engines
    _FIRST.clear()
    for engine in engines:
        engine.dispose()


def desk(url: str, engines: list[Engine], data: Path, actor: str, role: TeamRole) -> Context:
    """A desk of its own: its engine, its connections, its person."""
    engine = make_engine(url)
    engines.append(engine)
    ctx = Context(Database(engine), data, actor=actor, clock=lambda: FIXED_NOW, team_role=role)
    # the team key as a real team holds it: the first desk creates it, the next ones are
    # granted it by that first DPO, and every desk unlocks its own slot
    secret = f"passphrase of {actor} for the team"
    if not engines[1:]:
        team_keys.create_team_key(ctx, secret)
    else:
        first = engines[0]
        granter = next(c for c in _FIRST if c.db.engine is first)
        if not _has_slot(ctx, actor):
            team_keys.grant_member_key(granter, actor, secret)
        team_keys.unlock_team_key(ctx, secret)
    _FIRST.append(ctx)
    return ctx


_FIRST: list[Context] = []


def _has_slot(ctx: Context, login: str) -> bool:
    with ctx.db.read() as session:
        return session.get(MemberKeySlot, login) is not None


def test_case_conflict_between_two_sessions(
    pg_url: str, desks: list[Engine], tmp_path: Path
) -> None:
    sc.case_conflict(
        desk(pg_url, desks, tmp_path, "alice", TeamRole.DPO),
        desk(pg_url, desks, tmp_path, "bob", TeamRole.DEPUTY),
    )


def test_register_row_conflict_between_two_sessions(
    pg_url: str, desks: list[Engine], tmp_path: Path
) -> None:
    sc.recipient_conflict(
        desk(pg_url, desks, tmp_path, "alice", TeamRole.DPO),
        desk(pg_url, desks, tmp_path, "bob", TeamRole.DEPUTY),
    )


def test_my_cases(pg_url: str, desks: list[Engine], tmp_path: Path) -> None:
    sc.my_cases(
        desk(pg_url, desks, tmp_path, "alice", TeamRole.DPO),
        desk(pg_url, desks, tmp_path, "bob", TeamRole.ASSISTANT),
    )


def test_four_eyes_with_two_different_actors(
    pg_url: str, desks: list[Engine], tmp_path: Path
) -> None:
    # one data directory: the letters' files are shared as the vault piece will share them
    sc.four_eyes(
        desk(pg_url, desks, tmp_path, "erin", TeamRole.DPO),
        desk(pg_url, desks, tmp_path, "dave", TeamRole.DEPUTY),
        desk(pg_url, desks, tmp_path, "carol", TeamRole.ASSISTANT),
    )


def test_every_save_raises_the_version(pg_url: str, desks: list[Engine], tmp_path: Path) -> None:
    sc.version_moves_with_every_change(desk(pg_url, desks, tmp_path, "alice", TeamRole.DPO))


def test_conflict_names_the_status_change(pg_url: str, desks: list[Engine], tmp_path: Path) -> None:
    sc.conflict_after_a_status_change(
        desk(pg_url, desks, tmp_path, "alice", TeamRole.DPO),
        desk(pg_url, desks, tmp_path, "bob", TeamRole.DEPUTY),
    )
