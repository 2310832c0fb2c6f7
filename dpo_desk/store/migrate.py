"""Bring a store to the current schema, safely.

Before any migration the database is copied (``VACUUM INTO``, a consistent snapshot even
while another connection writes) to ``backups/pre-migration-<timestamp>.sqlite3``; a store
written by a newer DPO Desk is refused, never downgraded or half-read.

Alembic is imported only when a migration is due: at an ordinary start the revision is
read with one query and compared with ``HEAD`` (start-up time, BENCHMARKS.md).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from dpo_desk.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
#: The newest revision this program writes; a test checks it is Alembic's head.
HEAD = "0018"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, backup_dir: Path | None, target: str = "head") -> Path | None:
    """Migrate ``engine``'s database to ``target``; return the pre-migration copy, if any.

    Raises:
        StoreError: the database comes from a newer version of DPO Desk.
    """
    current = current_revision(engine)
    if current == HEAD and target == "head":
        return None
    if current is not None and current not in known_revisions():
        raise StoreError(
            "this data was written by a newer version of DPO Desk (schema {current}); install "
            "that version or newer to open it",
            current=current,
        )
    from alembic import command

    copy = None
    if current is not None and backup_dir is not None:
        copy = snapshot(engine, backup_dir, f"pre-migration-{current}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return copy


def snapshot(engine: Engine, folder: Path, label: str) -> Path:
    """A consistent copy of the live database (never a file copy: howtocorrupt §1.2)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{label}-{stamp}.sqlite3"
    raw = engine.raw_connection()
    try:
        # Outside any transaction: VACUUM refuses to run inside one.
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))  # type: ignore[union-attr]
    finally:
        raw.close()
    target.chmod(0o600)
    return target
