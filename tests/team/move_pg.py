"""Fresh, empty PostgreSQL databases for the moving-in tests (piece "move" of issue 16).

Each call makes a database with a unique name on the server of ``DPO_DESK_TEST_PG`` and
drops it afterwards: the tests need *new* servers (migrate refuses a non-empty one), and
they must not depend on each other or on their order (CI runs them on one cluster).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from dpo_desk.store.db import make_engine

URL = os.environ.get("DPO_DESK_TEST_PG", "")
needs_pg = pytest.mark.skipif(not URL, reason="DPO_DESK_TEST_PG is not set (see .ci/run)")


@pytest.fixture
def new_database() -> Iterator[Callable[[], str]]:
    """A factory of empty databases; returns each one's SQLAlchemy URL."""
    admin = make_engine(URL, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def make() -> str:
        name = f"dpo_move_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return make_url(URL).set(database=name).render_as_string(hide_password=False)

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
