"""A throw-away database on the test server (``DPO_DESK_TEST_PG``) for the tests of
connecting a desk to a team server; each test gets its own database, dropped after."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from dpo_desk.keys.server import ServerProfile
from dpo_desk.store.db import make_engine

URL = os.environ.get("DPO_DESK_TEST_PG", "")
needs_pg = pytest.mark.skipif(not URL, reason="DPO_DESK_TEST_PG is not set (see .ci/run)")


def admin_url() -> str:
    return make_url(URL).set(database="postgres").render_as_string(hide_password=False)


@pytest.fixture
def team_db() -> Iterator[ServerProfile]:
    """A fresh, empty database; its profile has TLS off (the test server has none)."""
    name = f"dpo_srv_{uuid.uuid4().hex[:10]}"
    admin = make_engine(admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = make_url(URL)
    yield ServerProfile(
        host=base.host or "127.0.0.1",
        port=base.port or 5432,
        database=name,
        user=base.username or "postgres",
        sslmode="disable",
    )
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
