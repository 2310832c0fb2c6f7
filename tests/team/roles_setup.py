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
from dpo_desk.services import team
from dpo_desk.services.context import Context
from dpo_desk.store.db import Database, make_engine
from tests.conftest import FIXED_NOW

URL = os.environ.get("DPO_DESK_TEST_PG", "")


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
        """A desk opened by the member of ``role`` (None: the administrator)."""
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
