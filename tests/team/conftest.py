"""Fixtures of the team-mode tests: a fresh schema on the PostgreSQL server of
``DPO_DESK_TEST_PG`` (skipped, with that reason, when it is not set; CI always sets it)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from dpo_desk.services.context import Context
from dpo_desk.store import migrate
from dpo_desk.store.db import Database, make_engine
from tests.conftest import FIXED_NOW

PG_URL = os.environ.get("DPO_DESK_TEST_PG", "")
needs_pg = pytest.mark.skipif(not PG_URL, reason="DPO_DESK_TEST_PG is not set (see .ci/run)")


@pytest.fixture
def team_engine() -> Iterator[Engine]:
    """The test server's database with a clean, migrated ``public`` schema."""
    engine = make_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(engine, None)
    yield engine
    engine.dispose()


@pytest.fixture
def team_ctx(team_engine: Engine, tmp_path: Path) -> Context:
    """A team desk's context (the server's ``session_user`` as the actor)."""
    with team_engine.connect() as conn:
        actor = str(conn.execute(text("SELECT session_user")).scalar())
    return Context(Database(team_engine), tmp_path, actor=actor, clock=lambda: FIXED_NOW)
