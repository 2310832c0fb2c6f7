"""Import and export of a register through a file dialog (CSV or JSON).

The services check the whole file before writing anything; a refusal names the line (CSV)
or the entry (JSON) and the reason, and is shown as is in the page's status line.

An import runs on the DB lane, never the GUI thread; a progress dialog shows how far it
is and its Cancel button rolls the whole import back (issue 13: a big file used to hang
for minutes with no sign of life).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from dpo_desk.services.context import Context
from dpo_desk.services.registers.dto import ImportReport
from dpo_desk.ui.background import BackgroundOp, Lane, OpHandle
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine


def file_filter() -> str:
    return QCoreApplication.translate("RegisterIO", "CSV files (*.csv);;JSON files (*.json)")


def choose_open_path(parent: QWidget, caption: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, "", file_filter())
    return Path(name) if name else None


def choose_save_path(parent: QWidget, caption: str, default_name: str) -> Path | None:
    name, chosen = QFileDialog.getSaveFileName(parent, caption, default_name, file_filter())
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".json" if "json" in chosen.lower() else ".csv")
    return path


# An import service: ``(ctx, path, progress, cancel) -> ImportReport``.
ImportService = Callable[[Context, Path, Callable[[int, int], None], threading.Event], ImportReport]


def run_import(
    app: AppContext,
    status: StatusLine,
    path: Path,
    service: ImportService,
    after: Callable[[], None],
    parent: QWidget | None = None,
) -> OpHandle:
    """Import ``path`` on the DB lane with a progress dialog and Cancel; report the
    counts, or the line and reason, or that nothing was imported after a cancel."""
    ctx = app.ctx

    def show_progress(done: int, total: int, _text: str) -> None:
        if op.dialog is not None:
            text = QCoreApplication.translate("RegisterIO", "Importing {0}: {1} of {2} entries…")
            op.dialog.setLabelText(text.format(path.name, done, total))

    def done(report: ImportReport) -> None:
        status.ok(
            QCoreApplication.translate(
                "RegisterIO", "{0}: {1} created, {2} updated, {3} unchanged."
            ).format(path.name, report.created, report.updated, report.unchanged)
        )
        app.signals.registers_changed.emit()
        after()

    op: BackgroundOp[ImportReport] = (
        BackgroundOp(parent, lambda h: service(ctx, path, h.report, h.event))
        .success(done)
        .refusal(status.error)
        .progress(show_progress)
        .with_progress(
            QCoreApplication.translate("RegisterIO", "Importing {0}…").format(path.name),
            cancellable=True,
            title=QCoreApplication.translate("RegisterIO", "Import"),
        )
    )
    handle = op.run_in(Lane.DB, app.tasks)
    if op.dialog is not None:
        op.dialog.setMinimumWidth(440)
    return handle


def run_export(
    app: AppContext, status: StatusLine, path: Path, service: Callable[[Context, Path], Any]
) -> None:
    ctx = app.ctx
    (
        BackgroundOp(status, lambda _h: service(ctx, path))
        .success(
            lambda count: status.ok(
                QCoreApplication.translate("RegisterIO", "{0} entries exported to {1}.").format(
                    count, str(path)
                )
            )
        )
        .refusal(status.error)
        .run_in(Lane.DB, app.tasks)
    )
