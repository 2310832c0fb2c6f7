"""Backups of a team server, in the same ``.dpobak`` as a solo desk's, and their restore
into an empty server.

A server's data is not a file to copy: its rows are exported, in one read transaction
(a consistent snapshot, PostgreSQL's REPEATABLE READ), through SQLAlchemy into a new
SQLite database of the same schema, and its files read through the vault interface,
into a staging folder laid out as a solo desk (``store.transfer``). The ordinary backup
(``creation.create``) then seals, verifies and names it: the result restores into a solo
desk with ``backup restore`` as any backup does, and into an empty server with
``restore_to_server``. The backup's audit entry is written on the server first, so the
backup carries it, as a solo desk's backup does.
"""

from __future__ import annotations

import contextlib
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from dpo_desk import keys as secrets
from dpo_desk.backup import creation
from dpo_desk.backup.archive import DB_MEMBER, SUFFIX
from dpo_desk.backup.listing import BackupInfo, last_good
from dpo_desk.backup.verification import snapshot_engine, verify_into
from dpo_desk.errors import UserError
from dpo_desk.paths import database_path
from dpo_desk.store import audit, installation, migrate
from dpo_desk.store.context import Context
from dpo_desk.store.db import Database, make_engine, sqlite_url
from dpo_desk.store.transfer import (
    Progress,
    VaultOf,
    check_empty,
    copy_files,
    copy_rows,
    named_in,
)
from dpo_desk.store.transfer_check import Comparison, compare
from dpo_desk.store.vault import Sealer, Vault

#: The staging folder of a server's export (not ``.snapshot-*.tmp``: ``creation.create``
#: sweeps those away when it starts, and it starts while this one is in use).
_EXPORT = ".server-export-"


def is_server(target: Any) -> bool:
    """Is ``target`` (a Context or a Store) a team server rather than a SQLite file?"""
    return bool(target.db.engine.dialect.name != "sqlite")


def folder_vaults(root: Path, sealer: Sealer | None) -> VaultOf:
    def vault_of(folder: str) -> Vault:
        return Vault(root / folder, sealer)

    return vault_of


def server_vaults(ctx: Any, keys: secrets.Keys | None) -> VaultOf:
    """The vault of a team Context's files. Interim: folders of its data directory; the
    database-backed vault of piece "vault" (issue 16) plugs in here."""
    return folder_vaults(Path(ctx.data_dir), keys.sealer() if keys else None)


@dataclass
class _Staged:
    """A solo desk laid out in a staging folder: what ``creation.create`` backs up."""

    db: Database
    data_dir: Path


def export_to_sqlite(
    engine: Engine,
    staging: Path,
    src_vault: VaultOf,
    keys: secrets.Keys | None,
    progress: Progress | None = None,
) -> Database:
    """Copy a server's rows and files into ``staging`` (created), as a solo desk: a SQLite
    store of the same schema (SQLCipher with the desk's key when it is encrypted) and
    its files sealed with the same key."""
    current = migrate.current_revision(engine)
    if current != migrate.HEAD:
        raise UserError(
            "the server's schema is {current}, this desk's is {head}: migrate the server "
            "first ('dpo-desk team init' on an up-to-date desk), then back it up",
            current=current or "none",
            head=migrate.HEAD,
        )
    staging.mkdir(mode=0o700, parents=True)
    key = keys.current.db_key() if keys else None
    snap = make_engine(sqlite_url(database_path(staging), key))
    migrate.upgrade(snap, None)
    sealer = keys.sealer() if keys else None
    report = progress or (lambda stage, done, total: None)
    level = "REPEATABLE READ" if engine.dialect.name == "postgresql" else "SERIALIZABLE"
    with engine.connect().execution_options(isolation_level=level) as src:
        with snap.begin() as dst:
            copy_rows(src, dst, report)
            named = named_in(src)
        copy_files(named, src_vault, folder_vaults(staging, sealer), report)
        src.rollback()  # read only
    return Database(snap)


def create_from_server(
    ctx: Any,
    to_dir: Path | None = None,
    *,
    vault_of: VaultOf | None = None,
    progress: creation.Progress | None = None,
    cancel: threading.Event | None = None,
    force: bool = True,
    now: datetime | None = None,
    label: str = "",
    thin_after: bool = True,
) -> BackupInfo | None:
    """``backup.create`` for a team Context: the same verified, sealed ``.dpobak``.

    The desk's own folder (``ctx.data_dir``) decides where it goes (its ``backups/``) and
    with which key it is sealed (the desk's, when it is encrypted), as for a solo desk.
    """
    data_dir = Path(ctx.data_dir)
    folder = Path(to_dir) if to_dir else data_dir / "backups"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    keys = secrets.require_keys(data_dir) if secrets.is_encrypted(data_dir) else None
    if not force:
        last = last_good(folder)
        with ctx.db.read() as session:
            if last is not None and last.audit_head == audit.head_hash(session):
                return None
    created = now or datetime.now(UTC)
    stamp = created.strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{creation.PREFIX}{label + '-' if label else ''}{stamp}{SUFFIX}"  # as create's
    staging = folder / f"{_EXPORT}{stamp}"
    for stale in folder.glob(f"{_EXPORT}*"):  # left by a crash: the next backup sweeps it
        shutil.rmtree(stale, ignore_errors=True)
    actor = ctx if isinstance(ctx, Context) else Context(db=ctx.db, data_dir=data_dir)
    with ctx.db.write() as session:
        audit.record(session, actor, "backup.create", "backup", name, {})
    snap: Database | None = None
    try:
        # The export is the backup's "snapshot" stage, for the window's progress bar.
        snapshot = None if progress is None else _as_snapshot(progress)
        snap = export_to_sqlite(
            ctx.db.engine, staging, vault_of or server_vaults(ctx, keys), keys, snapshot
        )
        _same_identity(data_dir, staging, keys)
        return creation.create(
            _Staged(snap, staging),
            folder,
            progress=progress,
            cancel=cancel,
            force=force,
            now=created,
            label=label,
            thin_after=thin_after,
            record_in_store=False,
        )
    finally:
        if snap is not None:
            snap.dispose()
        if keys is not None:
            secrets.forget(staging)
        shutil.rmtree(staging, ignore_errors=True)


def _as_snapshot(progress: creation.Progress) -> Progress:
    def report(_stage: str, done: int, total: int) -> None:
        progress("snapshot", done, total)

    return report


def _same_identity(data_dir: Path, staging: Path, keys: secrets.Keys | None) -> None:
    """The staging desk is this desk for the backup: its installation and, when it is
    encrypted, its key file (the backup's header names which secrets open it)."""
    installation.adopt(staging, installation.read(data_dir) or installation.ensure(data_dir))
    if keys is not None:
        shutil.copy2(secrets.keys_path(data_dir), secrets.keys_path(staging))
        secrets.remember(staging, keys)


def _record_restore(engine: Engine, file: Path, info: BackupInfo, comparison: Comparison) -> None:
    """``backup.restore`` at the end of the restored chain, as a solo restore records it,
    once the comparison is made (so that it compares the backup's own chain); the actor
    is the server's ``session_user``, never a name the client gives."""
    with engine.connect() as conn:
        actor = str(conn.scalar(text("SELECT session_user")))
    ctx = Context(Database(engine), Path("."), actor=actor)
    with ctx.db.write() as session:
        audit.record(
            session,
            ctx,
            "backup.restore",
            "backup",
            file.name,
            {
                "backup_created_at": info.created_at.isoformat() if info.created_at else "",
                "backup_audit_head": info.audit_head,
                "verified_identical": comparison.ok,
            },
        )


@dataclass
class ServerRestore:
    """What a restore into a server copied, and the comparison that proves it."""

    info: BackupInfo
    rows: dict[str, int]
    files: int
    comparison: Comparison


def restore_to_server(
    file: Path,
    engine: Engine,
    where: str,
    dst_vault: VaultOf,
    *,
    keys: secrets.Keys | None = None,
    secret: str | None = None,
    progress: Progress | None = None,
    on_rows: Callable[[Connection], None] | None = None,
) -> ServerRestore:
    """Restore the backup ``file`` into the empty server of ``engine``, then compare.

    ``on_rows(dst)`` runs in the server's transaction after the rows are copied (a new
    team key's first slot, before the files are sealed with it).

    The backup is verified in full first (into a staging folder beside it), then copied
    as a solo desk is moved (``store.transfer``): one transaction on the server, the
    files through ``dst_vault``.

    Raises:
        UserError: the server is not empty; BadBackup: the backup does not verify.
    """
    check_empty(engine, where)
    staging = file.parent / f".restore-server-{datetime.now(UTC):%Y%m%dT%H%M%S%f}.tmp"
    verified = verify_into(file, staging, keys=keys, secret=secret)
    snap = snapshot_engine(staging / DB_MEMBER, verified.master)
    master = verified.master
    sealer = secrets.Keys(secrets.MasterKey(master)).sealer() if master else None
    src_vault = folder_vaults(staging, sealer)
    report = progress or (lambda stage, done, total: None)
    written: list[Any] = []
    try:
        migrate.upgrade(snap, None)  # a backup of an older desk: brought to this schema
        migrate.upgrade(engine, None)
        check_empty(engine, where)
        try:
            with snap.connect() as src, src.begin(), engine.begin() as dst:
                rows = copy_rows(src, dst, report)
                if on_rows is not None:
                    on_rows(dst)
                named = named_in(src)
                copy_files(named, src_vault, dst_vault, report, written=written)
        except BaseException:
            for item in written:
                with contextlib.suppress(OSError):
                    dst_vault(item.folder).delete(item.stored_name)
            raise
        with snap.connect() as src, engine.connect() as dst:
            comparison = compare(src, dst, src_vault, dst_vault)
        _record_restore(engine, file, verified.info, comparison)
    finally:
        snap.dispose()
        shutil.rmtree(staging, ignore_errors=True)
    return ServerRestore(verified.info, rows, len(named), comparison)
