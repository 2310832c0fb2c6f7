"""Bring a store to the current schema, safely.

Before any migration the database is copied (``VACUUM INTO``, a consistent snapshot even
while another connection writes) to ``backups/pre-migration-<timestamp>.sqlite3``; a store
written by a newer DPO Desk is refused, never downgraded or half-read.

Alembic is imported only when a migration is due: at an ordinary start the revision is
read with one query and compared with ``HEAD`` (start-up time, BENCHMARKS.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy import exc as sa_exc

from dpo_desk.errors import StoreError
from dpo_desk.store import team_roles
from dpo_desk.store.schema_version import HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


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
        if team_roles.installed(conn):  # a team server: new tables get their grants
            team_roles.apply(conn)
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


# -- on a team server ----------------------------------------------------------------

#: The advisory-lock key every desk takes before migrating a server (any constant shared
#: by all desks; "DPOM" in ASCII).
MIGRATION_LOCK = 0x44504F4D
#: How long a second desk waits for the first one's migration before giving up.
LOCK_WAIT = "120s"


def check_server_schema(current: str | None) -> None:
    """Refuse a server whose schema this desk does not know (written by a newer desk)."""
    if current is not None and current not in known_revisions():
        raise StoreError(
            "the team server's data is at schema {current}, newer than this desk (which "
            "knows up to {head}): install the DPO Desk version the team uses",
            current=current,
            head=HEAD,
        )


def upgrade_server(engine: Engine, backup_dir: Path, target: str = "head") -> Path | None:
    """Migrate a PostgreSQL server to ``target``, one desk at a time, after a ``pg_dump``.

    The session-level advisory lock makes a second desk wait (up to ``LOCK_WAIT``) and then
    find the schema already current; the dump (``pg_dump -Fc``, restorable with
    ``pg_restore``) is written to ``backup_dir`` before the first change. No ``pg_dump``,
    or a failed dump: the migration is refused, the server untouched.

    Returns the dump's path (None when nothing was migrated or the database was empty).
    """
    from alembic import command

    with engine.connect() as lock_conn:
        # LOCAL: the pooled connection keeps the server's default afterwards; the
        # advisory lock itself is the session's and outlives this transaction.
        lock_conn.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'"))
        try:
            lock_conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
        except sa_exc.OperationalError:
            raise StoreError(
                "another desk has been upgrading the team server for more than {wait}; "
                "try again later (nothing was changed)",
                wait=LOCK_WAIT,
            ) from None
        lock_conn.commit()
        try:
            current = current_revision(engine)
            check_server_schema(current)
            if target == "head" and current == HEAD:
                return None
            dump = None
            if current is not None:
                dump = pg_dump(engine, backup_dir, f"pre-migration-{current}")
            cfg = alembic_config()
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                if team_roles.installed(conn):  # new tables get their grants and policies
                    team_roles.apply(conn)
            return dump
        finally:
            lock_conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
            lock_conn.commit()


def pg_dump(engine: Engine, folder: Path, label: str) -> Path:
    """A server-side copy with PostgreSQL's own tool (custom format, ``pg_restore``-able).

    Raises:
        StoreError: ``pg_dump`` is not installed, or it failed (its own reason given).
    """
    tool = shutil.which("pg_dump")
    if tool is None:
        raise StoreError(
            "pg_dump (PostgreSQL's client tools) is not installed on this computer, so the "
            "team server cannot be backed up before its upgrade; install postgresql-client "
            "and start again (nothing was changed)"
        )
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{label}-{stamp}.dump"
    url = engine.url
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    for key, var in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        value = url.query.get(key)
        if value:
            env[var] = value if isinstance(value, str) else value[-1]
    args = [tool, "-Fc", "--no-password", "-f", str(target), "-d", str(url.database or "")]
    if url.host:
        args += ["-h", url.host]
    if url.port:
        args += ["-p", str(url.port)]
    if url.username:
        args += ["-U", url.username]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        reason = (done.stderr.strip().splitlines() or ["exit code " + str(done.returncode)])[-1]
        raise StoreError(
            "the backup of the team server before its upgrade failed ({reason}); nothing "
            "was changed",
            reason=reason,
        )
    target.chmod(0o600)
    return target
