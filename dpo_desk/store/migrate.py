"""Bring a store to the current schema, safely.

Before any migration the database is copied (``VACUUM INTO``, a consistent snapshot even
while another connection writes) to ``backups/pre-migration-<timestamp>.sqlite3``; a store
written by a newer DPO Desk is refused, never downgraded or half-read.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from dpo_desk.errors import StoreError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, backup_dir: Path | None, target: str = "head") -> Path | None:
    """Migrate ``engine``'s database to ``target``; return the pre-migration copy, if any.

    Raises:
        StoreError: the database comes from a newer version of DPO Desk.
    """
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise StoreError(
            f"this data was written by a newer version of DPO Desk (schema {current}); "
            "install that version or newer to open it"
        )
    if current == head_revision() and target == "head":
        return None
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
