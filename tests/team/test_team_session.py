"""Opening a desk on a team server: the actor is the server's session_user, the role its
group role, and a schema this desk does not match is refused in words."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.domain.team import PG_ROLE, TeamRole
from dpo_desk.errors import StoreError, UserError
from dpo_desk.keys.server import ServerProfile, server_engine
from dpo_desk.services import cases
from dpo_desk.services.team_session import open_team, try_connection
from dpo_desk.store import migrate
from tests.team._srv_fixtures import needs_pg, team_db

__all__ = ["team_db"]
pytestmark = needs_pg


def _migrated(profile: ServerProfile, target: str = "head") -> None:
    engine = server_engine(profile)
    try:
        migrate.upgrade(engine, None, target=target)
    finally:
        engine.dispose()


def _sql(profile: ServerProfile, *statements: str) -> None:
    engine = server_engine(profile)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def login(team_db: ServerProfile) -> Iterator[str]:
    """A fresh login (no group role yet), dropped after the test."""
    name = f"srv_member_{uuid.uuid4().hex[:8]}"
    _sql(team_db, f'CREATE ROLE "{name}" LOGIN')
    for group in PG_ROLE.values():
        _sql(
            team_db,
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$",
        )
    yield name
    _sql(team_db, f'DROP OWNED BY "{name}"', f'DROP ROLE "{name}"')


def _may_read(profile: ServerProfile, login: str) -> None:
    """The grants piece "roles" gives a member (reading is enough here)."""
    _sql(profile, f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{login}"')


def test_an_empty_database_points_to_team_init(team_db: ServerProfile, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no DPO Desk data yet.*team init"):
        open_team(team_db, tmp_path / "desk")


def test_the_actor_is_the_servers_session_user(team_db: ServerProfile, tmp_path: Path) -> None:
    _migrated(team_db)
    ctx = open_team(team_db.url(), tmp_path / "desk")
    try:
        assert ctx.actor == team_db.user == "postgres"  # never the OS login name
        assert ctx.team_role is TeamRole.DPO  # the superuser administers the server
        assert cases.list_cases(ctx) == []
    finally:
        ctx.db.dispose()


def test_the_role_comes_from_the_group_role(
    team_db: ServerProfile, login: str, tmp_path: Path
) -> None:
    _migrated(team_db)
    _may_read(team_db, login)
    member = ServerProfile(team_db.host, team_db.port, team_db.database, login, "disable")
    with pytest.raises(UserError, match=f"{login} is not a member of the DPO Desk team"):
        open_team(member, tmp_path / "desk")
    _sql(team_db, f'GRANT dpo_desk_assistant TO "{login}"')
    try:
        ctx = open_team(member, tmp_path / "desk")
        assert (ctx.actor, ctx.team_role) == (login, TeamRole.ASSISTANT)
        ctx.db.dispose()
        identity = try_connection(member, None)
        assert (identity.user, identity.role, identity.revision) == (
            login,
            TeamRole.ASSISTANT,
            migrate.HEAD,
        )
    finally:
        _sql(team_db, f'REVOKE dpo_desk_assistant FROM "{login}"')


def test_a_server_newer_than_the_desk_is_refused(team_db: ServerProfile, tmp_path: Path) -> None:
    _migrated(team_db)
    _sql(team_db, "UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StoreError, match="schema 0099, newer than this desk"):
        open_team(team_db, tmp_path / "desk")


def test_a_server_older_than_the_desk_is_refused_to_a_non_dpo(
    team_db: ServerProfile, login: str, tmp_path: Path
) -> None:
    _migrated(team_db, "0012")
    _may_read(team_db, login)
    _sql(team_db, f'GRANT dpo_desk_deputy TO "{login}"')
    member = ServerProfile(team_db.host, team_db.port, team_db.database, login, "disable")
    try:
        with pytest.raises(StoreError, match="schema 0012, older than this desk"):
            open_team(member, tmp_path / "desk")
    finally:
        _sql(team_db, f'REVOKE dpo_desk_deputy FROM "{login}"')
    engine = server_engine(team_db)
    assert migrate.current_revision(engine) == "0012"  # nothing changed
    engine.dispose()


def test_the_dpo_upgrades_an_older_server_after_a_dump(
    team_db: ServerProfile, tmp_path: Path
) -> None:
    _migrated(team_db, "0012")
    ctx = open_team(team_db, tmp_path / "desk")
    try:
        assert migrate.current_revision(ctx.db.engine) == migrate.HEAD
    finally:
        ctx.db.dispose()
    dumps = list((tmp_path / "desk" / "backups").glob("pre-migration-0012-*.dump"))
    assert len(dumps) == 1


def test_no_server_at_the_port_is_said_in_words(team_db: ServerProfile, tmp_path: Path) -> None:
    wrong = ServerProfile(team_db.host, 1, team_db.database, team_db.user, "disable")
    with pytest.raises(UserError, match="no DPO Desk server answers at 127.0.0.1 port 1"):
        open_team(wrong, tmp_path / "desk")
    assert not (tmp_path / "desk").exists()  # nothing made


def test_a_member_without_read_rights_is_told_so(
    team_db: ServerProfile, login: str, tmp_path: Path
) -> None:
    _migrated(team_db)
    _sql(team_db, f'GRANT dpo_desk_auditor TO "{login}"')
    member = ServerProfile(team_db.host, team_db.port, team_db.database, login, "disable")
    try:
        with pytest.raises(UserError, match=f"{login} may not read the DPO Desk data"):
            open_team(member, tmp_path / "desk")
    finally:
        _sql(team_db, f'REVOKE dpo_desk_auditor FROM "{login}"')
