"""The index of a backup folder and what it says: the list, the last good backup, the
status bar's "last backup" and "overdue".

Verifying a backup takes seconds to minutes; its verdict is cached in ``index.json``
beside the backups, keyed by file name with the file's size and mtime, so that listing
a folder is instant and a file changed since its verification shows as unverified.

The list also makes a cheap check of every file, each time (issue 13): a file that is not
a regular file (a link, a pipe, a device) is listed as bad without being opened for
reading, and a SHA-256 of the file's first and last 64 KiB (its header, the seal's first
chunk, the seal's last chunk and the end of the stream), recorded at verification, is
compared again: bit rot there (or an edit that kept the size and time) shows the backup
as bad. Bit rot elsewhere in the file is only found by the next full verification
(``dpo-desk backup verify``, and every restore).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from dpo_desk import fsio
from dpo_desk.backup import archive

INDEX = "index.json"
DEFAULT_SCHEDULE = timedelta(hours=24)
PROBE = 64 * 1024
NOT_REGULAR = "not a regular file (a link, a pipe or a device): never read, never restored"
CHANGED = "damaged: its bytes changed since it was verified (run 'dpo-desk backup verify')"


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
    #: The id of the installation that made it (``dpo_desk.store.installation``).
    installation: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["path"] = str(self.path)
        out["name"] = self.path.name
        return out


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


def probe(path: Path) -> str | None:
    """SHA-256 of the first and last ``PROBE`` bytes (None: not a readable regular file)."""
    try:
        with archive.open_regular(path) as src:
            size = os.fstat(src.fileno()).st_size
            digest = hashlib.sha256(src.read(PROBE))
            if size > PROBE:
                src.seek(max(PROBE, size - PROBE))
                digest.update(src.read(PROBE))
    except (OSError, archive.BadBackup):
        return None
    return digest.hexdigest()


def _index_put(path: Path, info: BackupInfo) -> None:
    with _INDEX_LOCK:
        index = _load_index(path.parent)
        entry = info.to_dict()
        entry.pop("path", None)
        entry["probe"] = probe(path)
        entry["created_at"] = info.created_at.isoformat() if info.created_at else None
        try:
            st = path.stat()
            entry["stat"] = [st.st_size, st.st_mtime_ns]
        except OSError:
            entry["stat"] = None
        index[path.name] = entry
        with contextlib.suppress(OSError):  # the index is a cache: verification still reports
            fsio.atomic_write(_index_path(path.parent), json.dumps(index, indent=1).encode())


def _index_drop(folder: Path, names: list[str]) -> None:
    with _INDEX_LOCK:
        index = _load_index(folder)
        for name in names:
            index.pop(name, None)
        with contextlib.suppress(OSError):
            fsio.atomic_write(_index_path(folder), json.dumps(index, indent=1).encode())


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
        st = path.lstat()
        if not stat.S_ISREG(st.st_mode):
            when = datetime.fromtimestamp(st.st_mtime, UTC)
            out.append(BackupInfo(path, when, 0, False, NOT_REGULAR))
            continue
        entry = index.get(path.name)
        if (
            entry
            and entry.get("stat") == [st.st_size, st.st_mtime_ns]
            and entry.get("probe") not in (None, probe(path))
        ):
            when = _parse_dt(entry.get("created_at")) or datetime.fromtimestamp(st.st_mtime, UTC)
            out.append(BackupInfo(path, when, st.st_size, False, CHANGED))
        elif entry and entry.get("stat") == [st.st_size, st.st_mtime_ns]:
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
                    installation=str(entry.get("installation") or ""),
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
