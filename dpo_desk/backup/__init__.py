"""Backups that always restore: one verified, sealed archive per backup.

Public API (used by the CLI and the GUI's Backups page and status bar)::

    create(ctx_or_store, to_dir=None, *, progress=None, cancel=None, force=True)
    verify(file, *, keys=None, secret=None, data_dir=None) -> BackupInfo
    list_backups(folder) -> list[BackupInfo]
    status(data_dir, now=None, schedule=timedelta(hours=24)) -> BackupStatus
    restore(file, data_dir, *, yes=False, secret=None) -> RestorePlan
    thin(folder, now=None)

See ``archive`` for the file format and docs/security.md for the design.
"""

from dpo_desk.backup.archive import SUFFIX, BadBackup
from dpo_desk.backup.core import (
    DEFAULT_SCHEDULE,
    BackupCancelled,
    BackupInfo,
    BackupStatus,
    create,
    last_good,
    list_backups,
    status,
    thin,
    verify,
)
from dpo_desk.backup.restore import RestorePlan, restore

__all__ = [
    "DEFAULT_SCHEDULE",
    "SUFFIX",
    "BackupCancelled",
    "BackupInfo",
    "BackupStatus",
    "BadBackup",
    "RestorePlan",
    "create",
    "last_good",
    "list_backups",
    "restore",
    "status",
    "thin",
    "verify",
]
