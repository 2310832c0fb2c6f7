"""What importing the store's models costs the desktop program (issue 19, start-up)."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import text

from dpo_desk.store.opening import Store


def test_the_models_and_the_window_leave_the_postgresql_dialect_unloaded() -> None:
    """A ``postgresql_*`` keyword in a model made SQLAlchemy import its whole PostgreSQL
    dialect (25 ms) at every start on SQLite; a fresh interpreter shows it is not."""
    probe = (
        "import sys\n"
        "import dpo_desk.store.models\n"
        "import dpo_desk.ui.main_window\n"
        "print('sqlalchemy.dialects.postgresql' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_the_open_queue_index_is_partial_on_sqlite(store: Store) -> None:
    with store.db.engine.connect() as conn:
        sql = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'ix_cases_open_due'")
        ).scalar_one()
    assert "WHERE status IN ('received', 'awaiting-identity', 'in-progress', 'extended')" in sql
