"""A team server for the role tests: the schema, the roles, one login per role.

Roles are cluster-wide and CI runs every test against one server: the logins get a
unique suffix and are dropped afterwards; the four groups are created only if missing.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, make_url, text

from dpo_desk.domain.team import PG_ROLE, TeamRole
from dpo_desk.services import team, team_keys
from dpo_desk.services.context import Context
from dpo_desk.store.db import Database, make_engine
from tests.conftest import FIXED_NOW

URL = os.environ.get("DPO_DESK_TEST_PG", "")
#: Each member's own team-key passphrase (after replacing the DPO's initial one).
KEY_PASSPHRASES = {role: f"correct horse {role.value} battery" for role in TeamRole}


@dataclass
class TeamServer:
    admin: Engine
    data_dir: Path
    logins: dict[TeamRole, str] = field(default_factory=dict)
    engines: list[Engine] = field(default_factory=list)

    def url_of(self, login: str) -> str:
        return make_url(URL).set(username=login, password=None).render_as_string(False)

    def engine_of(self, login: str) -> Engine:
        engine = make_engine(self.url_of(login))
        self.engines.append(engine)
        return engine

    def ctx(self, role: TeamRole | None, actor: str | None = None) -> Context:
        """A desk opened by the member of ``role`` (None: the administrator), its team key
        unlocked as a member's desk does when it opens."""
        ctx = self._ctx(role, actor)
        if role is not None and actor is None:
            team_keys.unlock_team_key(ctx, KEY_PASSPHRASES[role])
        return ctx

    def _ctx(self, role: TeamRole | None, actor: str | None = None) -> Context:
        if role is None:
            return Context(
                Database(self.admin), self.data_dir, actor="postgres", clock=lambda: FIXED_NOW
            )
        login = self.logins[role]
        return Context(
            Database(self.engine_of(login)),
            self.data_dir,
            actor=actor or login,
            clock=lambda: FIXED_NOW,
            team_role=role,
        )


@contextmanager
def team_server(data_dir: Path) -> Iterator[TeamServer]:
    admin = make_engine(URL)
    with admin.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    team.init_server(admin, data_dir)
    server = TeamServer(admin, data_dir)
    suffix = uuid.uuid4().hex[:8]
    try:
        with admin.begin() as conn:
            for role in TeamRole:
                login = f"t_{role.value}_{suffix}"
                conn.execute(text(f'CREATE ROLE "{login}" LOGIN IN ROLE {PG_ROLE[role]}'))
                server.logins[role] = login
        # what a real team does: the first DPO creates the team key, grants it to each
        # member with an initial passphrase, and each member sets their own
        dpo = server._ctx(TeamRole.DPO)
        team_keys.create_team_key(dpo, KEY_PASSPHRASES[TeamRole.DPO])
        for role in TeamRole:
            if role != TeamRole.DPO:
                team_keys.grant_member_key(dpo, server.logins[role], "initial " + role.value)
                member = server._ctx(role)
                team_keys.unlock_team_key(member, "initial " + role.value)
                if role == TeamRole.AUDITOR:  # read only: may not append its audit entry
                    KEY_PASSPHRASES[role] = "initial " + role.value
                else:
                    team_keys.set_own_secret(member, KEY_PASSPHRASES[role])
        yield server
    finally:
        for engine in server.engines:
            engine.dispose()
        with admin.begin() as conn:
            rows = conn.execute(
                text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": f"%{suffix}"}
            )
            for (login,) in rows.all():
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()
