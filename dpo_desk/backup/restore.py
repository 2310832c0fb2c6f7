"""Restoring a backup: verify, show what changes, back up what is there, then switch.

The store must be closed (the GUI closes it first); ``restore`` takes the
single-instance lock itself, which first finishes or undoes any restore a crash
interrupted (``dpo_desk.store.switch``). Steps, each a named fault-injection point:

1. ``verifying``/``verified``: the archive is verified in full into
   ``<data dir>/.restore-<stamp>/in/`` (same file system, so the switch is renames);
2. ``pre-restore-backup``: the current store is backed up
   (``dpo-desk-pre-restore-*.dpobak``); a damaged one that cannot be read is kept aside
   as ``dpo_desk.sqlite3.damaged-<stamp>`` after the switch;
3. ``staged``: ``new/`` holds the database (migrated, with the ``backup.restore`` audit
   entry already in it), ``documents``, ``letters`` and, if the backup's key is not this
   directory's, ``keys.json``;
4. ``committed``: ``restore.journal`` is written, the one commit point;
5. ``swap-<item>-old``/``swap-<item>-new``: each item is switched by two renames; the
   live database's ``-wal``/``-shm``/``-journal`` go with it, never onto the new one
   (sqlite.org/howtocorrupt.html §1.4, reliability.md F12);
6. ``switched``/``journal-removed``: the journal is removed, then the staging folder.

Before step 4 the live store is untouched (a foreign ``-journal`` excepted: it is moved
aside before the current store is even read, since opening would replay it); after it
the switch is finished at the next start. So a crash at any point leaves entirely the old
store or entirely the new one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dpo_desk import keys as secrets  # the keys layer (``keys`` names a local here)
from dpo_desk.backup import archive, core
from dpo_desk.backup.archive import BadBackup
from dpo_desk.crypto import keyfile
from dpo_desk.errors import UserError
from dpo_desk.paths import database_path, ensure_data_dir
from dpo_desk.store import audit, installation, migrate, switch, vault_check
from dpo_desk.store import raw as raw_db
from dpo_desk.store.context import Context
from dpo_desk.store.db import Database, make_engine, sqlite_url
from dpo_desk.store.lock import InstanceLock
from dpo_desk.store.opening import open_store


@dataclass
class RestorePlan:
    """What a restore changes; ``applied`` says whether it was done."""

    backup: str
    backup_created_at: datetime | None
    backup_schema: str
    backup_counts: dict[str, int]
    backup_audit_count: int
    current_exists: bool
    current_readable: bool
    current_schema: str = ""
    current_counts: dict[str, int] = field(default_factory=dict)
    current_audit_count: int = 0
    current_last_event_at: datetime | None = None
    foreign_journals: list[str] = field(default_factory=list)
    applied: bool = False
    #: The backup was made by another installation than this data directory's.
    other_installation: bool = False
    pre_restore_backup: str | None = None
    moved_aside: list[str] = field(default_factory=list)

    @property
    def loses(self) -> dict[str, int]:
        """Rows per table the current store has beyond the backup (lost by the restore)."""
        return {
            t: n - self.backup_counts.get(t, 0)
            for t, n in self.current_counts.items()
            if n > self.backup_counts.get(t, 0)
        }

    @property
    def current_is_newer(self) -> bool:
        return self.current_audit_count > self.backup_audit_count

    def lines(self) -> list[str]:
        when = (
            self.backup_created_at.isoformat(timespec="seconds") if self.backup_created_at else "?"
        )
        out = [f"Backup {self.backup} of {when}, schema {self.backup_schema}"]
        cases = self.backup_counts.get("cases", 0)
        docs = self.backup_counts.get("document", 0)
        out.append(
            f"  backup:  {cases} cases, {docs} documents, {self.backup_audit_count} audit entries"
        )
        if self.foreign_journals:
            out.append(
                "  a rollback journal lies next to the database (not ours: the store "
                "uses WAL); it will be moved aside, never replayed"
            )
        if self.other_installation:
            out.append(
                "  WARNING: this backup was made by ANOTHER installation of DPO Desk "
                "(another computer or data directory), not by this one"
            )
        if not self.current_exists:
            out.append("  current: no store (a new data directory)")
        elif not self.current_readable:
            out.append("  current: unreadable; it will be kept aside, not deleted")
        else:
            out.append(
                f"  current: {self.current_counts.get('cases', 0)} cases, "
                f"{self.current_counts.get('document', 0)} documents, "
                f"{self.current_audit_count} audit entries, schema {self.current_schema}"
            )
            if self.current_is_newer:
                out.append(
                    "  WARNING: the current store is NEWER than the backup; what was "
                    "done since will be replaced (a backup of it is made first): "
                    + ", ".join(f"{t} -{n}" for t, n in sorted(self.loses.items()))
                )
        return out

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["loses"] = self.loses
        out["current_is_newer"] = self.current_is_newer
        return out


def _journals(data_dir: Path) -> list[Path]:
    db = database_path(data_dir)
    side = db.with_name(db.name + "-journal")
    return [side] if side.exists() else []


def _move_aside(paths: list[Path], stamp: str) -> list[str]:
    out = []
    for side in paths:
        aside = side.with_name(f"{side.name}.aside-{stamp}")
        os.replace(side, aside)
        out.append(aside.name)
    return out


def _current(data_dir: Path, keys: secrets.Keys | None, immutable: bool = False) -> dict[str, Any]:
    db = database_path(data_dir)
    if not db.exists():
        return {"exists": False, "readable": False}
    key = keys.current.db_key() if keys else None
    try:
        conn = raw_db.connect(db, key, immutable=immutable)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return {"exists": True, "readable": False}
            counts = raw_db.table_counts(conn)
            schema = ""
            if "alembic_version" in counts:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                schema = row[0] if row else ""
            last = None
            if "audit_event" in counts:
                row = conn.execute("SELECT max(at) FROM audit_event").fetchone()
                last = core._parse_dt(row[0]) if row and row[0] else None
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - unreadable is an answer, shown in the plan
        return {"exists": True, "readable": False}
    return {
        "exists": True,
        "readable": True,
        "counts": counts,
        "schema": schema,
        "audit": counts.get("audit_event", 0),
        "last": last,
    }


def restore(
    file: Path,
    data_dir: Path,
    *,
    yes: bool = False,
    secret: str | None = None,
    actor: str | None = None,
    max_expanded: int | None = None,
    other_installation: bool = False,
    progress: core.Progress | None = None,
) -> RestorePlan:
    """Verify ``file`` and, with ``yes``, restore it into ``data_dir`` (store closed).

    Without ``yes`` nothing changes: the plan says what would.

    Args:
        progress: ``progress(stage, done, total)``: "read" (plain bytes read back so
            far, total 0: not known before the end), "pre-restore" (the current data
            saved first; ``done`` and ``total`` as in the backup's own stage "archive"),
            "switch", "check" (the restored store opened and checked). At a
            million cases a restore takes minutes: the window says where it is.
        secret: the passphrase or recovery key of the backup, when its key is not the
            (unlocked) key of ``data_dir`` — e.g. on a new computer.
        other_installation: the user confirmed restoring a backup made by another
            installation over this store (the plan's ``other_installation``).

    Raises:
        BadBackup: damaged, truncated, tampered, hostile, newer schema, another key.
        UserError: the store is open (in this or another process), disk full...
    """
    file = Path(file)
    data_dir = Path(data_dir)
    ensure_data_dir(data_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    report = progress or (lambda _stage, _done, _total: None)
    with InstanceLock(data_dir):
        keys = secrets.unlocked(data_dir) if secrets.is_encrypted(data_dir) else None
        if secrets.is_encrypted(data_dir) and keys is None:
            raise UserError("unlock the data directory before restoring into it")
        staging = data_dir / f"{switch.STAGING_PREFIX}{stamp}"
        committed = False
        try:
            verified = core.verify_into(
                file,
                staging / "in",
                keys=keys,
                secret=secret,
                max_expanded=max_expanded,
                progress=lambda n: _reading(report, n),
            )
            switch.step("verified")
            core._index_put(file, verified.info) if file.parent.is_dir() else None
            journals = _journals(data_dir)
            moved: list[str] = []
            if yes:  # a -journal is never ours (WAL mode): opening would replay it (F12)
                moved = _move_aside(journals, stamp)
                journals = []
            # With a foreign journal present, read the file as it is, ignoring sidecars.
            now = _current(data_dir, keys, immutable=bool(journals))
            info = verified.info
            plan = RestorePlan(
                backup=file.name,
                backup_created_at=info.created_at,
                backup_schema=info.schema,
                backup_counts=info.counts,
                backup_audit_count=info.audit_count,
                current_exists=now["exists"],
                current_readable=now["readable"],
                current_schema=now.get("schema", ""),
                current_counts=now.get("counts", {}),
                current_audit_count=now.get("audit", 0),
                current_last_event_at=now.get("last"),
                foreign_journals=[p.name for p in journals],
                other_installation=_other_installation(data_dir, info.installation, now),
            )
            if yes:
                plan.moved_aside.extend(moved)
            if verified.master is None and keys is not None:
                raise BadBackup(
                    "this backup is not encrypted and this data directory is: "
                    "restore it into a new data directory, then encrypt that"
                )
            if not yes:
                return plan
            if plan.other_installation and not other_installation:
                raise UserError(
                    "this backup was made by another installation of DPO Desk, not this "
                    "one; nothing was changed. Confirm that it should replace this store "
                    "(--other-installation)"
                )
            keep = _keep_damaged(plan, stamp)
            items = _stage(data_dir, verified, keys, plan, staging, actor, report)
            report("switch", 0, 0)
            switch.commit(data_dir, staging, items, keep)
            committed = True
            switch.step("committed")
            switch.apply(data_dir)
        finally:
            if not committed:
                shutil.rmtree(staging, ignore_errors=True)
        if verified.master is not None:
            secrets.remember(data_dir, secrets.Keys(secrets.MasterKey(verified.master)))
    report("check", 0, 0)
    _check_opens(data_dir)
    plan.applied = True
    return plan


def _other_installation(data_dir: Path, made_by: str, now: dict[str, Any]) -> bool:
    """A backup of another installation over an existing store: same passphrase or not,
    it must not replace this store without a word. A new directory adopts the backup's
    installation id (it becomes that installation); an old backup without an id cannot
    be told apart and is not questioned."""
    here = installation.read(data_dir)
    return bool(now["exists"] and made_by and here and made_by != here)


def _adopt_installation(data_dir: Path, plan: RestorePlan, made_by: str) -> None:
    """A directory that had no store becomes the installation its backup came from."""
    if not plan.current_exists and made_by and not installation.read(data_dir):
        installation.adopt(data_dir, made_by)


def _stage(
    data_dir: Path,
    verified: core.Verified,
    keys: secrets.Keys | None,
    plan: RestorePlan,
    staging: Path,
    actor: str | None,
    report: core.Progress,
) -> list[str]:
    """Back up the current store, then build ``new/``: everything the switch puts in
    place, the restore already audited in the new database. Touches no live file."""
    if plan.current_readable:
        plan.pre_restore_backup = _pre_restore_backup(data_dir, keys, report)
    switch.step("pre-restore-backup")
    new = switch.new_dir(staging)
    new.mkdir(mode=0o700)
    src = verified.staging
    os.replace(src / archive.DB_MEMBER, new / switch.DB_NAME)
    (new / switch.DB_NAME).chmod(0o600)
    items = [switch.DB_NAME]
    for folder in vault_check.VAULT_FOLDERS:
        if (src / folder).is_dir():
            os.replace(src / folder, new / folder)
        else:
            (new / folder).mkdir(mode=0o700)
        items.append(folder)
    master = verified.master
    if master is not None and (keys is None or keys.current.key != master):
        _write_keys(data_dir, new / "keys.json", master, verified.header)
        items.extend(["keys.json", keyfile.COPY_NAME])  # the second copy goes with it
    _audit_staged(data_dir, new / switch.DB_NAME, plan, verified, actor)
    _adopt_installation(data_dir, plan, verified.info.installation)
    switch.step("staged")
    return items


def _keep_damaged(plan: RestorePlan, stamp: str) -> dict[str, str]:
    """An unreadable current database is not in the pre-restore backup: after the switch
    it is kept beside the store (``*.damaged-<stamp>``) instead of being deleted."""
    if plan.current_exists and not plan.current_readable:
        name = f"{switch.DB_NAME}.damaged-{stamp}"
        plan.moved_aside.append(name)
        return {switch.DB_NAME: name}
    return {}


def _audit_staged(
    data_dir: Path, db: Path, plan: RestorePlan, verified: core.Verified, actor: str | None
) -> None:
    """Migrate the staged database and record ``backup.restore`` in it, before the commit
    point: the audit entry and the restore happen together or not at all."""
    master = verified.master
    key = secrets.MasterKey(master).db_key() if master else None
    engine = make_engine(sqlite_url(db, key))
    try:
        migrate.upgrade(engine, data_dir / "backups")
        database = Database(engine)
        ctx = Context(db=database, data_dir=data_dir)
        if actor:
            ctx.actor = actor
        with database.write() as session:
            audit.record(
                session,
                ctx,
                "backup.restore",
                "backup",
                plan.backup,
                {
                    "backup_created_at": plan.backup_created_at,
                    "backup_audit_head": verified.info.audit_head,
                    "pre_restore_backup": plan.pre_restore_backup,
                    "moved_aside": plan.moved_aside,
                },
            )
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def _write_keys(data_dir: Path, target: Path, master: bytes, header: dict[str, Any]) -> None:
    kf = keyfile.KeyFile.new(master)
    kf.slots = dict(header.get("slots") or {})
    if secrets.secure_keyring() is not None:
        with contextlib.suppress(UserError):
            kf.slots["keyring"] = secrets._keyring_slot(data_dir, master)
    if not kf.slots:
        raise BadBackup(
            "the backup carries no passphrase or recovery wrap and no keyring "
            "is available: its key could not be kept"
        )
    keyfile.save(target, kf)


def _reading(report: core.Progress, expanded: int) -> None:
    switch.step("verifying")
    report("read", expanded, 0)


def _pre_restore_backup(data_dir: Path, keys: secrets.Keys | None, report: core.Progress) -> str:
    engine = make_engine(
        sqlite_url(database_path(data_dir), keys.current.db_key() if keys else None)
    )
    target = _Target(data_dir, Database(engine))

    def saving(stage: str, done: int, total: int) -> None:
        if stage == "archive":
            report("pre-restore", done, total)
        elif stage in ("snapshot", "audit"):
            report("pre-restore", 0, 0)

    try:
        info = core.create(
            target,
            force=True,
            label="pre-restore",
            thin_after=False,
            allow_missing=True,
            progress=saving,
        )
    finally:
        engine.dispose()
    assert info is not None
    return info.path.name


@dataclass
class _Target:
    data_dir: Path
    db: Any


def _check_opens(data_dir: Path) -> None:
    """The restored store opens (with the lock), checked by ``quick_check``.

    The full ``integrity_check`` already ran on these bytes, staged, before the switch
    (``verification.verify_into``): a backup whose database fails it is refused and
    nothing is put in place. Since then the restore has only written its own audit
    entry, a committed transaction, and renamed the file. ``quick_check`` (page by page,
    as at every start of the program) proves the file in place opens sound; a second
    full check was a minute at a million cases for nothing it could find (issue 19).
    """
    key = secrets.key_for_open(data_dir)
    open_store(data_dir, key=key, check="quick_check").close()
