"""Moving a solo desk onto an empty team server: ``dpo-desk team migrate --to URL``.

Every row of every table is copied with its id (``store.transfer``), every document and
letter through the vault interface, in one transaction on the server: a failure leaves
the server as empty as it was (and the files already written are removed). Then both
sides are read again and compared in full (``store.transfer_check``): rows and a hash of
their values per table, every file's SHA-256, the audit chain with its head. The solo
desk is left as it was, plus one audit entry saying where it was moved, written before
the copy so that both chains end with it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from dpo_desk.backup import server as server_backup
from dpo_desk.backup.server import ServerRestore
from dpo_desk.errors import UserError
from dpo_desk.keys import team_key as tk
from dpo_desk.keys.slots import check_passphrase
from dpo_desk.services import audit, secrets
from dpo_desk.services.context import Context
from dpo_desk.store import migrate
from dpo_desk.store.db import Database, make_engine
from dpo_desk.store.db_vault import DbVault
from dpo_desk.store.models import MemberKeySlot
from dpo_desk.store.transfer import (
    Progress,
    VaultOf,
    check_empty,
    copy_files,
    copy_rows,
    named_in,
)
from dpo_desk.store.transfer_check import Comparison, compare
from dpo_desk.store.vault import FileStore, Vault
from dpo_desk.store.vault_check import Named


@dataclass
class MoveReport:
    """What was moved where, how long it took, and the comparison that proves it."""

    server: str
    rows: dict[str, int]
    files: int
    comparison: Comparison
    seconds: float
    #: Of ``seconds``: the copy, and the comparison that read both sides again.
    copy_seconds: float = 0.0
    verify_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.comparison.ok

    def to_dict(self) -> dict[str, Any]:
        return {
            "server": self.server,
            "rows": self.rows,
            "files": self.files,
            "seconds": self.seconds,
            "copy_seconds": self.copy_seconds,
            "verify_seconds": self.verify_seconds,
            **self.comparison.to_dict(),
        }


def describe_server(url: str) -> str:
    """The URL as it may be shown and audited: never its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa_exc.ArgumentError:
        raise UserError(
            "{url} is not a database URL (postgresql://user@host/database)", url=url
        ) from None


def server_engine(url: str) -> Engine:
    """An engine on the server ``url``, refused unless it is PostgreSQL and answers.

    Raises:
        UserError: not a PostgreSQL URL, or the server cannot be reached.
    """
    where = describe_server(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise UserError("a team server is a PostgreSQL database; {url} is not one", url=where)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = make_engine(parsed.render_as_string(hide_password=False))
    try:
        with engine.connect():
            pass
    except sa_exc.OperationalError as exc:
        engine.dispose()
        raise UserError(
            "cannot reach the server {url}: {reason}",
            url=where,
            reason=str(exc.orig).strip().splitlines()[0] if exc.orig else "",
        ) from None
    return engine


def local_vault(ctx: Context, data_dir: Path | None = None) -> VaultOf:
    """The vault of a data directory's ``documents``/``letters``, sealed with ``ctx``'s
    key. For a team destination this is the interim files folder: the database-backed
    vault of team Contexts (piece "vault" of issue 16) replaces it there."""
    sealer = secrets.sealer_for(ctx)
    root = data_dir or ctx.data_dir

    def vault_of(folder: str) -> Vault:
        return Vault(root / folder, sealer)

    return vault_of


def migrate_to_server(
    ctx: Context,
    url: str,
    *,
    server_vault: VaultOf | None = None,
    files_dir: Path | None = None,
    progress: Progress | None = None,
    team_passphrase: str | None = None,
) -> MoveReport:
    """Move the solo desk ``ctx`` onto the empty server ``url``, then verify it.

    Args:
        server_vault: where the server's files go (default: ``files_dir``'s folders).
        files_dir: the interim folder of the server's files (default
            ``<data dir>/team-files``).
        progress: ``progress(stage, done, total)`` as rows and files are copied.
        team_passphrase: the migrating DPO's passphrase for a NEW team key: every file
            is re-sealed with it into the database (``store.db_vault``) and the DPO holds
            the key's first slot, as ``team_keys.create_team_key`` makes it (its audit
            entry is added after the comparison, at the end of the server's chain).

    Raises:
        UserError: not a PostgreSQL server, unreachable, not empty, or a source file
            damaged; nothing was copied.
    """
    started = time.monotonic()
    report: Progress = progress or (lambda stage, done, total: None)
    where = describe_server(url)
    engine = server_engine(url)
    try:
        check_empty(engine, where)
        report("schema", 0, 1)
        migrate.upgrade(engine, None)
        check_empty(engine, where)
        key = new_key(engine, team_passphrase) if team_passphrase is not None else None
        dst_vault = server_vault or (
            key.vault_of if key else local_vault(ctx, files_dir or ctx.data_dir / "team-files")
        )
        src_vault = local_vault(ctx)
        with ctx.db.write() as session:
            audit.record(session, ctx, "team.migrate", "server", where, {"to": where})
        copying = time.monotonic()
        rows, files = _copy(ctx.db, engine, src_vault, dst_vault, report, key)
        verifying = time.monotonic()
        report("verify", 0, 1)
        comparison = verify_same(ctx.db.engine, engine, src_vault, dst_vault)
        if key is not None and comparison.ok:
            key.record(ctx.data_dir, "team.migrate")
    finally:
        engine.dispose()
    done = time.monotonic()
    return MoveReport(
        where,
        rows,
        files,
        comparison,
        round(done - started, 3),
        round(verifying - copying, 3),
        round(done - verifying, 3),
    )


def _copy(
    src_db: Database,
    engine: Engine,
    src_vault: VaultOf,
    dst_vault: VaultOf,
    report: Progress,
    key: NewTeamKey | None = None,
) -> tuple[dict[str, int], int]:
    """Rows and files in one server transaction; on failure, the written files removed."""
    written: list[Named] = []
    try:
        with src_db.engine.connect() as src, src.begin(), engine.begin() as dst:
            rows = copy_rows(src, dst, report)
            if key is not None:
                key.add_slot(dst)
            named = named_in(src)
            copy_files(named, src_vault, dst_vault, report, written=written)
    except BaseException:
        for item in written:
            dst_vault(item.folder).delete(item.stored_name)
        raise
    return rows, len(named)


@dataclass
class NewTeamKey:
    """The team key a migration creates on the server, held by the migrating DPO."""

    engine: Engine
    actor: str
    team_key: bytes
    slot: tk.Slot

    def vault_of(self, folder: str) -> FileStore:
        return DbVault(self.engine, folder, lambda conn: tk.files_sealer(self.team_key))

    def add_slot(self, conn: Connection) -> None:
        slot = self.slot
        conn.execute(
            insert(MemberKeySlot).values(
                login=self.actor,
                kind=slot.kind,
                public_key=slot.public_key,
                private_key=slot.private_key,
                kdf=slot.kdf,
                team_key=slot.team_key,
                key_id=slot.key_id,
            )
        )

    def record(self, data_dir: Path, by: str) -> None:
        """The key's creation in the server's chain, in the server's login's name."""
        server = Context(Database(self.engine), data_dir, actor=self.actor)
        with server.db.write() as session:
            audit.lock_chain(session)
            audit.record(
                session, server, "team.key_create", "team_key", self.slot.key_id,
                {"kind": self.slot.kind, "by": by},
            )  # fmt: skip


def new_key(engine: Engine, passphrase: str) -> NewTeamKey:
    """A new team key for the server's login (``session_user``), wrapped with ``passphrase``."""
    check_passphrase(passphrase)
    with engine.connect() as conn:
        actor = str(conn.execute(text("SELECT session_user")).scalar())
    team_key = tk.new_team_key()
    slot, _member = tk.new_slot(team_key, actor, passphrase, tk.PASSPHRASE)
    return NewTeamKey(engine, actor, team_key, slot)


def verify_same(
    src_engine: Engine, dst_engine: Engine, src_vault: VaultOf, dst_vault: VaultOf
) -> Comparison:
    """Read both stores again and compare them in full."""
    with src_engine.connect() as src, dst_engine.connect() as dst:
        return compare(src, dst, src_vault, dst_vault)


def restore_to_server(
    file: Path,
    url: str,
    *,
    keys: secrets.Keys | None = None,
    secret: str | None = None,
    files_dir: Path,
    progress: Progress | None = None,
    team_passphrase: str | None = None,
) -> ServerRestore:
    """Restore a ``.dpobak`` (of a solo desk or of a server) into the empty server ``url``
    and compare the server with the backup's content in full.

    Args:
        keys: the desk's unlocked keys (an encrypted backup of this desk); ``secret``:
            the passphrase or recovery key of a backup made with another key.
        files_dir: the folder of the server's files (sealed with ``keys``) when no
            ``team_passphrase`` is given.
        team_passphrase: the restoring DPO's passphrase for a NEW team key: the files
            are sealed into the database with it, and the DPO holds its first slot.

    Raises:
        UserError: not a reachable PostgreSQL server, not empty; BadBackup.
    """
    where = describe_server(url)
    engine = server_engine(url)
    try:
        key = new_key(engine, team_passphrase) if team_passphrase is not None else None
        sealer = keys.sealer() if keys else None
        done = server_backup.restore_to_server(
            Path(file),
            engine,
            where,
            key.vault_of if key else server_backup.folder_vaults(files_dir, sealer),
            keys=keys,
            secret=secret,
            progress=progress,
            on_rows=key.add_slot if key else None,
        )
        if key is not None and done.comparison.ok:
            key.record(files_dir, "backup.restore")
        return done
    finally:
        engine.dispose()
