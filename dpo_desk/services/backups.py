"""Backups as the window uses them: the ``dpo_desk.backup`` API it calls, and the restore
preview that reads the open store.

The window imports backups from here only (the layers contract in pyproject.toml keeps
``ui`` off ``backup``, ``store`` and ``crypto``): the page and the scheduler call
``backups.create``/``status``/``verify``/``restore`` through this module, so one place
says what of the backup machinery the window may reach.
"""

from __future__ import annotations

from pathlib import Path

from dpo_desk.backup import (
    BackupCancelled,
    BackupInfo,
    BackupStatus,
    BadBackup,
    RestorePlan,
    create,
    list_backups,
    restore,
    status,
    verify,
)
from dpo_desk.store import installation, migrate, raw
from dpo_desk.store.context import Context

__all__ = [
    "BackupCancelled",
    "BackupInfo",
    "BackupStatus",
    "BadBackup",
    "RestorePlan",
    "create",
    "list_backups",
    "preview_restore",
    "restore",
    "status",
    "verify",
]


def preview_restore(ctx: Context, path: Path) -> RestorePlan:
    """What a restore of ``path`` would change, without closing the store: the backup is
    verified in full, the current counts are read from the open store (DB worker)."""
    info = verify(path, data_dir=ctx.data_dir)
    conn = ctx.db.engine.raw_connection()
    try:
        counts = raw.table_counts(conn.driver_connection)
    finally:
        conn.close()
    return RestorePlan(
        backup=path.name,
        backup_created_at=info.created_at,
        backup_schema=info.schema,
        backup_counts=info.counts,
        backup_audit_count=info.audit_count,
        current_exists=True,
        current_readable=True,
        current_schema=migrate.current_revision(ctx.db.engine) or "",
        current_counts=counts,
        current_audit_count=counts.get("audit_event", 0),
        other_installation=bool(
            info.installation and installation.read(ctx.data_dir) not in ("", info.installation)
        ),
    )
