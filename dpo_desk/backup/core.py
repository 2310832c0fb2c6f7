"""Creating, verifying, listing and thinning backups.

A backup counts only once it has been read back in full: decrypted, every member's
SHA-256 checked against the manifest, ``PRAGMA integrity_check`` of the embedded
database, the audit chain verified up to the head the manifest names. It is written to
``*.tmp``, fsynced, verified, then renamed: a crash or a full disk leaves at most a
``*.tmp`` (removed by the next run), never a file that looks like a good backup.

The work is split by step: ``creation`` (making one), ``verification`` (reading one back),
``listing`` (the folder's index, the list and the status) and ``thinning`` (retention).
This module keeps every name other code imports from ``dpo_desk.backup.core``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dpo_desk.backup import creation, server
from dpo_desk.backup.creation import (
    PREFIX,
    BackupCancelled,
    Progress,
    migrate_snapshot,
)
from dpo_desk.backup.listing import (
    DEFAULT_SCHEDULE,
    INDEX,
    BackupInfo,
    BackupStatus,
    _index_drop,
    _index_put,
    _load_index,
    _parse_dt,
    last_good,
    list_backups,
    status,
)
from dpo_desk.backup.thinning import thin
from dpo_desk.backup.verification import Verified, read_manifest, verify, verify_into
from dpo_desk.paths import database_path

__all__ = [
    "DEFAULT_SCHEDULE",
    "INDEX",
    "PREFIX",
    "BackupCancelled",
    "BackupInfo",
    "BackupStatus",
    "Progress",
    "Verified",
    "_index_drop",
    "_index_put",
    "_load_index",
    "_parse_dt",
    "create",
    "last_good",
    "list_backups",
    "migrate_snapshot",
    "read_manifest",
    "restore_database_path",
    "status",
    "thin",
    "verify",
    "verify_into",
]


def create(target: Any, to_dir: Path | None = None, **options: Any) -> BackupInfo | None:
    """Back up ``target``: a solo desk's SQLite store (``creation.create``) or, for a team
    Context, its server (``server.create_from_server``); the same ``.dpobak`` either way."""
    if server.is_server(target):
        return server.create_from_server(target, to_dir, **options)
    return creation.create(target, to_dir, **options)


def restore_database_path(data_dir: Path) -> Path:
    return database_path(data_dir)
