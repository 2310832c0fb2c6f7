"""What the Backups page runs off the GUI thread, and how it comes back: reading the
backup folder's state, previewing a restore against the open store, restoring with the
store closed, and the relay that carries backup progress to the GUI thread.

Every function here runs (or schedules its work) through ``app.tasks.run``, the serial
DB worker; nothing here speaks to the DPO, so the page keeps every word.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from dpo_desk.services import backups as backup
from dpo_desk.services import retention, secrets
from dpo_desk.services.backups import BackupInfo, BackupStatus, RestorePlan, preview_restore
from dpo_desk.services.context import Context
from dpo_desk.services.settings import get_settings
from dpo_desk.ui.context import AppContext, AppSignals
from dpo_desk.ui.security.scheduler import backup_folder
from dpo_desk.ui.security.session import SecuritySession

__all__ = ["FolderState", "ProgressRelay", "preview_restore", "read_folder", "restore_in_place"]


# The folder, its backups, the backup state, the schedule (hours) and retention (days).
class FolderState(NamedTuple):
    """What the Backups page shows of its folder and of the store, read off the GUI thread."""

    folder: Path
    backups: list[BackupInfo]
    status: BackupStatus
    every_hours: int
    keep_days: int
    encrypted: bool


class ProgressRelay(QObject):
    """Carries ``progress(stage, done, total)`` from the DB worker to the GUI thread.

    ``object``, not ``int``: Qt's int is 32 bits, and a store of a million cases is
    6 GB; as ints the bytes written came out negative ("-851.69 MiB of 564.34 MiB")
    and every tick past 2 GiB raised OverflowError in the worker.
    """

    moved = Signal(str, object, object)

    # Seconds between two reports of the same stage: the read-back reports after each
    # of 441,000 members at a million cases, more than a screen can show.
    EVERY_S = 0.05

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last: tuple[str, float] = ("", 0.0)

    def report(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        last_stage, last_at = self._last
        if stage == last_stage and now - last_at < self.EVERY_S and done != total:
            return
        self._last = (stage, now)
        self.moved.emit(stage, done, total)


def read_folder(ctx: Context) -> FolderState:
    """The backup folder and what it holds, against the schedule (DB worker)."""
    settings = get_settings(ctx)
    folder = backup_folder(ctx)
    hours = settings.backup_every_hours
    state = backup.status(
        ctx.data_dir, now=ctx.now(), schedule=timedelta(hours=hours or 24), folder=folder
    )
    return FolderState(
        folder,
        backup.list_backups(folder),
        state,
        hours,
        retention.retention_days(ctx),
        secrets.is_encrypted(ctx.data_dir),
    )


def restore_in_place(
    app: AppContext,
    session: SecuritySession,
    path: Path,
    finish: Callable[[], None],
    done: Callable[[RestorePlan], None],
    failed: Callable[[BaseException], None],
    other_installation: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """Restore ``path``: the session's timers paused, the store closed on the DB worker,
    restored, and reopened in place (``SecuritySession.with_store_closed``).
    ``progress`` receives the restore's stages (``backup.restore``), from the worker.

    ``finish`` runs first either way (before the session resumes), then ``done`` with the
    plan carried out, or ``failed`` (``ReopenFailed`` when the store stays closed).
    """
    ctx = app.ctx
    data_dir = ctx.data_dir
    session.pause()

    def op() -> RestorePlan:
        return session.with_store_closed(
            lambda: backup.restore(
                path,
                data_dir,
                yes=True,
                actor=ctx.actor,
                other_installation=other_installation,
                progress=progress,
            )
        )

    def end() -> None:
        finish()
        session.resume()

    def ok(plan: RestorePlan) -> None:
        end()
        done(plan)

    def refused(exc: BaseException) -> None:
        end()
        failed(exc)

    app.tasks.run(op, ok, refused)


def announce_data_replaced(signals: AppSignals) -> None:
    """Every view re-reads: the cases, the registers, the settings and the backups."""
    signals.case_changed.emit("")
    signals.registers_changed.emit()
    signals.settings_changed.emit()
    signals.backup_done.emit()
