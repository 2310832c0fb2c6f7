"""Creating, verifying, listing and thinning backups.

A backup counts only once it has been read back in full: decrypted, every member's
SHA-256 checked against the manifest, ``PRAGMA integrity_check`` of the embedded
database, the audit chain verified up to the head the manifest names. It is written to
``*.tmp``, fsynced, verified, then renamed: a crash or a full disk leaves at most a
``*.tmp`` (removed by the next run), never a file that looks like a good backup.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import tarfile
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from dpo_desk.__version__ import __version__
from dpo_desk.backup import archive
from dpo_desk.backup.archive import BadBackup
from dpo_desk.crypto import convert, keyfile
from dpo_desk.crypto.errors import WrongSecretError
from dpo_desk.errors import UserError
from dpo_desk.paths import database_path
from dpo_desk.services import audit, secrets
from dpo_desk.store import migrate
from dpo_desk.store.db import Database, make_engine, sqlite_url

Progress = Callable[[str, int, int], None]
INDEX = "index.json"
PREFIX = "dpo-desk-"
DEFAULT_SCHEDULE = timedelta(hours=24)


class BackupCancelled(UserError):
    """The user cancelled the backup; nothing was kept."""


@dataclass
class BackupInfo:
    """One backup file and what verification found in it."""

    path: Path
    created_at: datetime | None
    size: int
    ok: bool | None  # None: not verified yet
    reason: str = ""
    encrypted: bool = False
    key_id: str = ""
    schema: str = ""
    app_version: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    audit_head: str = ""
    audit_count: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["path"] = str(self.path)
        out["name"] = self.path.name
        return out


# -- keys of an archive --------------------------------------------------------------------


def _base_key(
    header: dict[str, Any], keys: secrets.Keys | None, secret: str | None
) -> tuple[bytes, bytes | None]:
    """(archive base key, master key or None for a plain backup)."""
    if header.get("encryption") == "none":
        return archive.PLAIN_KEY, None
    if header.get("encryption") != "aes-256-gcm":
        raise BadBackup("this backup uses an encryption this version does not know")
    kid = str(header.get("key_id", ""))
    for master in keys.all() if keys else []:
        if master.id == kid:
            return master.backup_key(), master.key
    if secret is not None:
        slots = header.get("slots") or {}
        kf = keyfile.KeyFile(kid, dict(slots))
        master_key = secrets._open_slots(kf, secret)
        return secrets.MasterKey(master_key).backup_key(), master_key
    raise BadBackup("this backup was made with another key: give its passphrase or recovery key")


def _snapshot_engine(path: Path, master: bytes | None) -> Any:
    key = secrets.MasterKey(master).db_key() if master else None
    return make_engine(sqlite_url(path, key))


def read_manifest(staging: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((staging / archive.MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise BadBackup("damaged backup: no readable manifest") from None
    if not isinstance(manifest, dict) or manifest.get("format") != "dpo-desk-backup-manifest":
        raise BadBackup("damaged backup: no readable manifest")
    return manifest


def _check_db(db: Path, master: bytes | None, manifest: dict[str, Any]) -> None:
    engine = _snapshot_engine(db, master)
    try:
        with engine.connect() as conn:
            verdict = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if verdict != "ok":
                raise BadBackup(f"the database in the backup is damaged ({verdict})")
        revision = migrate.current_revision(engine)
        if revision is not None and revision not in migrate.known_revisions():
            raise BadBackup(
                f"this backup holds a newer schema ({revision}) than this version "
                "of DPO Desk knows: install a newer DPO Desk to restore it"
            )
        if revision != manifest.get("schema"):
            raise BadBackup("damaged backup: the schema does not match the manifest")
        raw = engine.raw_connection()
        try:
            counts = convert.table_counts(raw.driver_connection)
        finally:
            raw.close()
        if counts != manifest.get("counts"):
            raise BadBackup("damaged backup: row counts do not match the manifest")
        with Session(engine) as session:
            chain = audit.verify(session)
        expected = manifest.get("audit") or {}
        if (
            not chain.ok
            or chain.head != expected.get("head")
            or chain.count != expected.get("count")
        ):
            raise BadBackup("the audit trail in the backup does not verify against its manifest")
    except BadBackup:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure to read it makes it bad
        raise BadBackup(
            f"the database in the backup cannot be read ({type(exc).__name__})"
        ) from None
    finally:
        engine.dispose()


@dataclass
class Verified:
    info: BackupInfo
    header: dict[str, Any]
    manifest: dict[str, Any]
    master: bytes | None
    staging: Path


def verify_into(
    path: Path,
    staging: Path,
    *,
    keys: secrets.Keys | None = None,
    secret: str | None = None,
    max_expanded: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Verified:
    """Fully verify ``path``, leaving its members in ``staging`` (created, must not exist)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as src:
            header, header_bytes = archive.read_header(src)
            offset = src.tell()
    except OSError as exc:
        raise BadBackup(f"cannot read {path.name}: {exc.strerror}") from None
    try:
        base, master = _base_key(header, keys, secret)
    except WrongSecretError:
        raise
    staging.mkdir(mode=0o700, parents=True)
    found = archive.extract(
        path, base, header_bytes, offset, staging, max_expanded=max_expanded, progress=progress
    )
    manifest = read_manifest(staging)
    listed = manifest.get("members") or {}
    if set(listed) != set(found) - {archive.MANIFEST}:
        raise BadBackup("damaged backup: members differ from the manifest")
    for name, meta in listed.items():
        if found[name] != {"size": meta.get("size"), "sha256": meta.get("sha256")}:
            raise BadBackup(f"damaged backup: {name} does not match its SHA-256")
    if archive.DB_MEMBER not in found:
        raise BadBackup("damaged backup: no database inside")
    if manifest.get("key_id", "") != header.get("key_id", ""):
        raise BadBackup("damaged backup: the manifest names another key")
    _check_db(staging / archive.DB_MEMBER, master, manifest)
    info = BackupInfo(
        path=path,
        created_at=_parse_dt(manifest.get("created_at")),
        size=size,
        ok=True,
        encrypted=master is not None,
        key_id=str(header.get("key_id", "")),
        schema=str(manifest.get("schema") or ""),
        app_version=str(manifest.get("app_version", "")),
        counts=dict(manifest.get("counts") or {}),
        audit_head=str((manifest.get("audit") or {}).get("head", "")),
        audit_count=int((manifest.get("audit") or {}).get("count", 0)),
    )
    return Verified(info, header, manifest, master, staging)


def verify(
    path: Path,
    *,
    keys: secrets.Keys | None = None,
    secret: str | None = None,
    data_dir: Path | None = None,
    max_expanded: int | None = None,
) -> BackupInfo:
    """Verify a backup file; the result is recorded in its folder's index.

    Raises:
        BadBackup: with the reason (the index records it as bad).
    """
    path = Path(path)
    if keys is None and data_dir is not None:
        keys = secrets.unlocked(data_dir)
    staging = Path(tempfile.mkdtemp(prefix=".verify-", dir=path.parent))
    shutil.rmtree(staging)
    try:
        result = verify_into(path, staging, keys=keys, secret=secret, max_expanded=max_expanded)
    except BadBackup as exc:
        _index_put(path, BackupInfo(path, None, _size(path), False, str(exc)))
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _index_put(path, result.info)
    return result.info


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _parse_dt(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


# -- the index of a backup folder ----------------------------------------------------------


def _index_path(folder: Path) -> Path:
    return folder / INDEX


def _load_index(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads(_index_path(folder).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


_INDEX_LOCK = threading.Lock()


def _index_put(path: Path, info: BackupInfo) -> None:
    with _INDEX_LOCK:
        index = _load_index(path.parent)
        entry = info.to_dict()
        entry.pop("path", None)
        entry["created_at"] = info.created_at.isoformat() if info.created_at else None
        try:
            st = path.stat()
            entry["stat"] = [st.st_size, st.st_mtime_ns]
        except OSError:
            entry["stat"] = None
        index[path.name] = entry
        with contextlib.suppress(OSError):  # the index is a cache: verification still reports
            keyfile.atomic_write(_index_path(path.parent), json.dumps(index, indent=1).encode())


def _index_drop(folder: Path, names: list[str]) -> None:
    with _INDEX_LOCK:
        index = _load_index(folder)
        for name in names:
            index.pop(name, None)
        with contextlib.suppress(OSError):
            keyfile.atomic_write(_index_path(folder), json.dumps(index, indent=1).encode())


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups of ``folder``, newest first, with their last verification.

    A file changed since it was verified (size or time) shows ``ok=None``.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    index = _load_index(folder)
    out: list[BackupInfo] = []
    for path in folder.glob(f"*{archive.SUFFIX}"):
        if not path.is_file() or path.is_symlink():
            continue
        st = path.stat()
        entry = index.get(path.name)
        if entry and entry.get("stat") == [st.st_size, st.st_mtime_ns]:
            out.append(
                BackupInfo(
                    path=path,
                    created_at=_parse_dt(entry.get("created_at")),
                    size=st.st_size,
                    ok=entry.get("ok"),
                    reason=entry.get("reason", ""),
                    encrypted=bool(entry.get("encrypted")),
                    key_id=entry.get("key_id", ""),
                    schema=entry.get("schema", ""),
                    app_version=entry.get("app_version", ""),
                    counts=entry.get("counts") or {},
                    audit_head=entry.get("audit_head", ""),
                    audit_count=int(entry.get("audit_count") or 0),
                    seconds=float(entry.get("seconds") or 0),
                )
            )
        else:
            when = datetime.fromtimestamp(st.st_mtime, UTC)
            out.append(BackupInfo(path, when, st.st_size, None, "not verified yet"))
    epoch = datetime.min.replace(tzinfo=UTC)
    out.sort(key=lambda b: b.created_at or epoch, reverse=True)
    return out


def last_good(folder: Path) -> BackupInfo | None:
    return next((b for b in list_backups(folder) if b.ok), None)


@dataclass(frozen=True)
class BackupStatus:
    last_good_at: datetime | None
    last_good: str | None
    overdue: bool
    count_good: int
    count_bad: int

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def status(
    data_dir: Path,
    *,
    now: datetime | None = None,
    schedule: timedelta = DEFAULT_SCHEDULE,
    folder: Path | None = None,
) -> BackupStatus:
    """For the status bar: the date of the last good backup, and whether it is overdue."""
    backups = list_backups(folder or Path(data_dir) / "backups")
    good = [b for b in backups if b.ok]
    now = now or datetime.now(UTC)
    last = good[0] if good else None
    overdue = last is None or last.created_at is None or now - last.created_at > schedule
    return BackupStatus(
        last.created_at if last else None,
        last.path.name if last else None,
        overdue,
        len(good),
        sum(1 for b in backups if b.ok is False),
    )


# -- thinning --------------------------------------------------------------------------------


def thin(folder: Path, *, now: datetime | None = None, dry_run: bool = False) -> list[Path]:
    """Delete good backups no longer needed: keep all of the last 24 h, then one a day for
    7 days, one a week for 5 weeks, one a month for 12 months (Anki's scheme). Bad or
    unverified files are neither counted nor deleted. Returns the deleted paths."""
    now = now or datetime.now(UTC)
    keep_bucket: set[tuple[str, int]] = set()
    doomed: list[Path] = []
    for b in list_backups(folder):  # newest first: the newest of each bucket is kept
        if not b.ok or b.created_at is None:
            continue
        age = now - b.created_at
        if age < timedelta(days=1):
            continue
        if age < timedelta(days=7):
            bucket = ("day", age.days)
        elif age < timedelta(weeks=5):
            bucket = ("week", age.days // 7)
        elif age < timedelta(days=365):
            bucket = ("month", age.days // 30)
        else:
            doomed.append(b.path)
            continue
        if bucket in keep_bucket:
            doomed.append(b.path)
        else:
            keep_bucket.add(bucket)
    if not dry_run:
        for path in doomed:
            path.unlink(missing_ok=True)
        _index_drop(Path(folder), [p.name for p in doomed])
    return doomed


# -- creating ------------------------------------------------------------------------------


class _Counted:
    """A reading file object that hashes, reports progress and honours cancel."""

    def __init__(self, src: BinaryIO, tick: Callable[[int], None]) -> None:
        self._src = src
        self._tick = tick
        self.digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self._src.read(n)
        self.digest.update(data)
        self._tick(len(data))
        return data


def _sweep(folder: Path) -> None:
    for stale in (
        list(folder.glob(f"{PREFIX}*{archive.SUFFIX}.tmp"))
        + list(folder.glob(".snapshot-*.tmp"))
        + list(folder.glob(".verify-*"))
    ):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


def _live_head(db: Database) -> tuple[str, int]:
    with db.read() as session:
        return audit.head_hash(session), audit.count(session)


def _header(keys: secrets.Keys | None, data_dir: Path, created: datetime) -> dict[str, Any]:
    if keys is None:
        return {
            "created_at": created.isoformat(),
            "app_version": __version__,
            "encryption": "none",
            "key_id": "",
        }
    kf = secrets.load_keyfile(data_dir)
    slots = {k: v for k, v in kf.slots.items() if k in ("passphrase", "recovery")}
    if kf.key_id != keys.current.id:
        slots = {}
    return {
        "created_at": created.isoformat(),
        "app_version": __version__,
        "encryption": "aes-256-gcm",
        "key_id": keys.current.id,
        "slots": slots,
    }


def create(
    target: Any,
    to_dir: Path | None = None,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    force: bool = True,
    now: datetime | None = None,
    label: str = "",
    thin_after: bool = True,
    _actor_ctx: Any = None,
) -> BackupInfo | None:
    """Back up the open store ``target`` (a ``Context`` or a ``Store``).

    Args:
        to_dir: where to write (default ``<data dir>/backups``).
        progress: called as ``progress(stage, done, total)``; stages "snapshot",
            "archive", "verify", "done".
        cancel: set it to stop; the partial file is removed and ``BackupCancelled`` raised.
        force: False = skip (return None) when the audit head equals the last good
            backup's (nothing changed).

    Raises:
        UserError: disk full or not writable (earlier backups untouched), cancelled.
    """
    import time

    started = time.monotonic()
    data_dir = Path(target.data_dir)
    db: Database = target.db
    folder = Path(to_dir) if to_dir else data_dir / "backups"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _sweep(folder)
    keys = secrets.require_keys(data_dir) if secrets.is_encrypted(data_dir) else None
    head, _ = _live_head(db)
    last = last_good(folder)
    if not force and last is not None and last.audit_head == head:
        return None
    created = now or datetime.now(UTC)
    stamp = created.strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{PREFIX}{label + '-' if label else ''}{stamp}{archive.SUFFIX}"
    final = folder / name
    tmp = folder / (name + ".tmp")
    snap = folder / f".snapshot-{stamp}.tmp"
    report = progress or (lambda stage, done, total: None)

    def check_cancel() -> None:
        if cancel is not None and cancel.is_set():
            raise BackupCancelled("backup cancelled; nothing was kept")

    _record(target, _actor_ctx, "backup.create", name)
    try:
        report("snapshot", 0, 1)
        migrate_snapshot(db, snap)
        check_cancel()
        manifest = _manifest(snap, keys, created)
        files = [p for p in convert.vault_files_all(data_dir)]
        total = snap.stat().st_size + sum(p.stat().st_size for p in files)
        _write(tmp, snap, files, keys, data_dir, created, manifest, report, check_cancel, total)
        report("verify", 0, total)
        staging = folder / f".verify-{stamp}"
        try:
            verified = verify_into(tmp, staging, keys=keys)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        os.replace(tmp, final)
        keyfile.fsync_dir(folder)
    except OSError as exc:
        _cleanup(tmp, snap)
        _record(target, _actor_ctx, "backup.failed", name, {"error": exc.strerror or str(exc)})
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise UserError(
                f"disk full while writing the backup to {folder}; nothing was "
                "kept and earlier backups are untouched"
            ) from None
        raise UserError(f"cannot write the backup to {folder}: {exc.strerror or exc}") from None
    except BaseException:
        _cleanup(tmp, snap)
        raise
    _cleanup(tmp, snap)
    info = verified.info
    info.path = final
    info.size = final.stat().st_size
    info.seconds = round(time.monotonic() - started, 3)
    _index_put(final, info)
    if thin_after:
        thin(folder, now=created)
    report("done", total, total)
    return info


def _cleanup(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


def _record(
    target: Any, ctx: Any, operation: str, name: str, extra: dict[str, Any] | None = None
) -> None:
    from dpo_desk.services.context import Context

    actor = ctx if ctx is not None else target if isinstance(target, Context) else None
    if actor is None:
        actor = Context(db=target.db, data_dir=target.data_dir)
    with target.db.write() as session:
        audit.record(session, actor, operation, "backup", name, extra or {})


def migrate_snapshot(db: Database, target: Path) -> None:
    """A consistent copy of the live database in one step (``VACUUM INTO``)."""
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))  # type: ignore[union-attr]
    finally:
        raw.close()
    target.chmod(0o600)


def _manifest(snap: Path, keys: secrets.Keys | None, created: datetime) -> dict[str, Any]:
    engine = _snapshot_engine(snap, keys.current.key if keys else None)
    try:
        revision = migrate.current_revision(engine)
        raw = engine.raw_connection()
        try:
            counts = convert.table_counts(raw.driver_connection)
        finally:
            raw.close()
        with Session(engine) as session:
            chain = audit.verify(session)
    finally:
        engine.dispose()
    if not chain.ok:
        raise UserError(
            f"the audit trail is broken at entry {chain.first_broken_id}: run "
            "'dpo-desk audit verify'; no backup was made"
        )
    return {
        "format": "dpo-desk-backup-manifest",
        "version": 1,
        "app_version": __version__,
        "schema": revision,
        "created_at": created.isoformat(),
        "key_id": keys.current.id if keys else "",
        "encrypted": keys is not None,
        "counts": counts,
        "audit": {"head": chain.head, "count": chain.count},
        "members": {},
    }


def _write(
    tmp: Path,
    snap: Path,
    files: list[Path],
    keys: secrets.Keys | None,
    data_dir: Path,
    created: datetime,
    manifest: dict[str, Any],
    report: Progress,
    check_cancel: Callable[[], None],
    total: int,
) -> None:
    header_bytes = archive.encode_header(_header(keys, data_dir, created))
    base = keys.current.backup_key() if keys else archive.PLAIN_KEY
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        check_cancel()
        report("archive", done, total)

    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        sink = archive.ArchiveWriter(out, header_bytes, base)
        with tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tar:  # type: ignore[call-overload]
            members = [(archive.DB_MEMBER, snap)] + [
                (f"{p.parent.name}/{p.name}", p) for p in files
            ]
            for arcname, path in members:
                with path.open("rb") as src:
                    size = os.fstat(src.fileno()).st_size
                    counted = _Counted(src, tick)
                    tar.addfile(_info(arcname, size, created), counted)
                manifest["members"][arcname] = {"size": size, "sha256": counted.digest.hexdigest()}
            data = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
            import io

            tar.addfile(_info(archive.MANIFEST, len(data), created), io.BytesIO(data))
        sink.close()
        out.flush()
        os.fsync(out.fileno())


def _info(name: str, size: int, created: datetime) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = int(created.timestamp())
    return info


def restore_database_path(data_dir: Path) -> Path:
    return database_path(data_dir)
