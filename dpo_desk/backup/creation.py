"""Making a backup: snapshot, sealed archive, read-back verification, rename.

The live database is copied in one step (``VACUUM INTO``), then archived with the
vault's files into ``*.tmp`` (hashed on the way, with progress and cancel), fsynced,
verified in full, and only then renamed to its final name. A crash, a full disk or a
cancel leaves at most a ``*.tmp``, removed by the next run.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import itertools
import json
import os
import shutil
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from dpo_desk import fsio
from dpo_desk import keys as secrets  # the keys layer (``keys`` names a local here)
from dpo_desk.__version__ import __version__
from dpo_desk.backup import archive, contents
from dpo_desk.backup.contents import BackupCancelled
from dpo_desk.backup.listing import BackupInfo, _index_put, last_good
from dpo_desk.backup.readback import read_back
from dpo_desk.backup.tar_writer import TarWriter
from dpo_desk.backup.thinning import thin
from dpo_desk.backup.verification import SnapshotCheck, snapshot_engine
from dpo_desk.errors import UserError
from dpo_desk.store import anchors, audit, installation
from dpo_desk.store.context import Context
from dpo_desk.store.db import Database

Progress = Callable[[str, int, int], None]
PREFIX = "dpo-desk-"


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
        + list(folder.glob(".snapshot-*.tmp-*"))  # its -wal, -shm (pages of the cases)
        + list(folder.glob(".verify-*"))
    ):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


def _live_head(db: Database) -> tuple[str, int]:
    with db.read() as session:
        return audit.head_hash(session), audit.count(session)


def _check_anchor(db: Database) -> dict[str, Any] | None:
    """Refuse to back up a trail whose end was cut (issue 13): a backup would carry the
    cut as if it were the truth. Returns the anchor compared with, for the manifest."""
    book = getattr(db, "anchors", None)
    if book is None:
        return None
    latest = book.read().latest()
    if latest is None:
        return None
    with db.read() as session:
        if not anchors.holds(session, latest):
            report = audit.verify_anchored(session, db)
            raise UserError(
                "{problem}; no backup was made: run 'dpo-desk audit verify'",
                problem=report.problem(),
            )
    return {"at": latest.at, "count": latest.count, "head": latest.head, "source": latest.source}


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
    allow_missing: bool = False,
    _actor_ctx: Any = None,
    record_in_store: bool = True,
) -> BackupInfo | None:
    """Back up the open store ``target`` (a ``Context`` or a ``Store``).

    Args:
        to_dir: where to write (default ``<data dir>/backups``).
        progress: called as ``progress(stage, done, total)``; stages "waiting" (for
            the start-up integrity check, only while it runs), "snapshot",
            "audit" (entries of the trail checked), "archive" and "verify" (bytes),
            "done".
        cancel: set it to stop; the partial file is removed and ``BackupCancelled`` raised.
        force: False = skip (return None) when the audit head equals the last good
            backup's (nothing changed).
        allow_missing: keep going when a document's file is already missing from the
            vault, recording it as missing in the manifest (only the pre-restore backup
            does this: a store with a lost file must still be saved before a restore).
        record_in_store: False when ``target`` is a staging copy of a team server (the
            entry is written on the server before the copy: ``backup.server``).

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
    anchor = _check_anchor(db)
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

    _wait_for_check(db, report, check_cancel)
    record = _record if record_in_store else _no_record
    record(target, _actor_ctx, "backup.create", name)
    integrity: SnapshotCheck | None = None

    def stop_check() -> None:  # before the snapshot is deleted (Windows: an open file)
        if integrity is not None:
            integrity.cancel()

    try:
        for attempt in (1, 2):  # a purge committed after the snapshot: take a new one
            report("snapshot", 0, 1)
            migrate_snapshot(db, snap)
            check_cancel()
            # The integrity check (a minute at a million cases) runs on the other core
            # from here, beside the audit walk, the archive and the read-back: started
            # after the walk, it was the last thing the backup waited for (issue 19).
            master = keys.current.key if keys else None
            _settle_journal(snap, master)
            integrity = SnapshotCheck(snap, master)
            manifest, named = contents.snapshot_facts(snap, keys, created, report, cancel)
            manifest["installation"] = installation.read(data_dir) or installation.ensure(data_dir)
            if anchor is not None:
                manifest["audit_anchor"] = anchor
            try:
                files = contents.files_to_carry(data_dir, named, manifest, allow_missing, keys)
                total = snap.stat().st_size + sum(
                    contents.estimated_size(item, data_dir / member, keys is not None)
                    for member, item in files
                )
                written = _write(
                    tmp,
                    snap,
                    files,
                    keys,
                    data_dir,
                    created,
                    manifest,
                    report,
                    check_cancel,
                    total,
                )
                del files, named  # before the read-back, which builds its own lists
                break
            except (contents.Missing, FileNotFoundError):
                stop_check()
                _cleanup(tmp, snap)
                if attempt == 2:
                    raise
        report("verify", 0, total)

        def reading(expanded: int) -> None:  # the plain bytes read back so far
            check_cancel()
            report("verify", min(expanded, total), total)

        info = read_back(tmp, keys, written, manifest, snap, integrity, reading)
        check_cancel()  # a Cancel during the last block is still heard
        os.replace(tmp, final)
        fsio.fsync_dir(folder)
    except OSError as exc:
        stop_check()
        _cleanup(tmp, snap)
        record(target, _actor_ctx, "backup.failed", name, {"error": exc.strerror or str(exc)})
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise UserError(
                "disk full while writing the backup to {folder}; nothing was kept and earlier "
                "backups are untouched",
                folder=folder,
            ) from None
        raise UserError(
            "cannot write the backup to {folder}: {value}", folder=folder, value=exc.strerror or exc
        ) from None
    except Exception as exc:
        stop_check()
        _cleanup(tmp, snap)
        if not fsio.is_disk_full(exc):  # SQLite's "database or disk is full" (VACUUM INTO)
            raise
        with contextlib.suppress(Exception):
            record(target, _actor_ctx, "backup.failed", name, {"error": "disk full"})
        raise UserError(
            "disk full while writing the backup to {folder}; nothing was kept and earlier "
            "backups are untouched",
            folder=str(folder),
        ) from None
    except BaseException:
        stop_check()
        _cleanup(tmp, snap)
        raise
    stop_check()
    _cleanup(tmp, snap)
    info.path = final
    info.size = final.stat().st_size
    info.seconds = round(time.monotonic() - started, 3)
    _index_put(final, info)
    if record_in_store:
        audit.checkpoint(db, f"backup {name}")
    if thin_after:
        thin(folder, now=created)
    report("done", total, total)
    return info


def _wait_for_check(db: Database, report: Progress, check_cancel: Callable[[], None]) -> None:
    """Wait, as stage "waiting", for the start-up integrity check still under way.

    At a million cases the check takes 10 to 20 s after the window shows; a DPO who
    clicks "Back up now" at once, or the backup due at start, used to get "still
    checking its data... try again" (a write waits 3 s at the gate). A backup is long
    work with a progress dialog: it waits for the check instead, and Cancel is heard
    meanwhile. A damaged store is still refused, by the gate, at the first write.
    """
    gate = getattr(db, "gate", None)
    if gate is None or gate.done:
        return
    report("waiting", 0, 0)
    while not gate.wait(0.2):
        check_cancel()


def _cleanup(*paths: Path) -> None:
    """Remove the work files, and SQLite's ``-wal``/``-shm``/``-journal`` beside each: the
    snapshot is opened in WAL mode, and a connection closed after its file was unlinked
    left them (a failed backup kept pages of the cases in the backup folder)."""
    for p in paths:
        for path in (p, *(p.with_name(p.name + side) for side in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


def _record(
    target: Any, ctx: Any, operation: str, name: str, extra: dict[str, Any] | None = None
) -> None:

    actor = ctx if ctx is not None else target if isinstance(target, Context) else None
    if actor is None:
        actor = Context(db=target.db, data_dir=target.data_dir)
    # A backup may run beside the open window (issue 13): wait for a gap in its saves.
    target.db.write_when_free(
        lambda session: audit.record(session, actor, operation, "backup", name, extra or {})
    )


def _no_record(*_args: Any, **_kwargs: Any) -> None:
    """A staging copy's backup records nothing in the copy (see ``record_in_store``)."""


def migrate_snapshot(db: Database, target: Path) -> None:
    """A consistent copy of the live database in one step (``VACUUM INTO``)."""
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))  # type: ignore[union-attr]
    finally:
        raw.close()
    target.chmod(0o600)


def _settle_journal(snapshot: Path, master: bytes | None) -> None:
    """Open the snapshot once, alone, before two threads open it together.

    Every connection of ours asks for WAL (``store.db``): the first to ask rewrites the
    file's header, and two connections doing it at once (the integrity check's and the
    manifest's) fail with "locked". Once the file is in WAL mode, asking again writes
    nothing.
    """
    engine = snapshot_engine(snapshot, master)
    try:
        engine.connect().close()
    finally:
        engine.dispose()


def _write(
    tmp: Path,
    snap: Path,
    files: contents.Carried,
    keys: secrets.Keys | None,
    data_dir: Path,
    created: datetime,
    manifest: dict[str, Any],
    report: Progress,
    check_cancel: Callable[[], None],
    total: int,
) -> tuple[str, int]:
    """Write the archive to ``tmp`` (fsynced); the SHA-256 and size of its plain tar
    stream, which the read-back compares."""
    header_bytes = archive.encode_header(_header(keys, data_dir, created))
    base = keys.current.backup_key() if keys else archive.PLAIN_KEY
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        check_cancel()
        report("archive", min(done, total), total)

    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        sink = archive.ArchiveWriter(out, header_bytes, base)
        try:
            tar = TarWriter(sink)
            mtime = int(created.timestamp())
            members = itertools.chain(
                [(archive.DB_MEMBER, snap, None)],
                ((member, data_dir / member, item) for member, item in files),
            )
            sealer = keys.sealer() if keys else None
            listed: dict[str, dict[str, Any]] = manifest["members"]
            for arcname, path, item in members:
                try:
                    opened = path.open("rb")
                except FileNotFoundError:
                    if item is None:
                        raise
                    raise contents.missing_refusal(
                        data_dir, [n for _, n in files if n is not None]
                    ) from None
                with opened as src:
                    body, size = contents.checked_body(src, item, data_dir, sealer)
                    counted = _Counted(body, tick)
                    tar.add(arcname, size, mtime, counted)
                listed[arcname] = {"size": size, "sha256": counted.digest.hexdigest()}
            # No indent: json's C encoder; with one, the pure-Python encoder built a list
            # of ten strings per member before joining them (~300 MB at 441,000 files).
            data = json.dumps(manifest, sort_keys=True).encode("utf-8")
            listed.clear()  # the manifest's own copy is in ``data`` now
            tar.add(archive.MANIFEST, len(data), mtime, io.BytesIO(data))
            del data
            tar.close()
            sink.close()
        except BaseException:
            sink.abort()
            raise
        out.flush()
        os.fsync(out.fileno())
    return sink.plain_sha256.hexdigest(), sink.plain_size
