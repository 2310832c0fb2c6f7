"""Import and export of a register through a file dialog (CSV or JSON).

The services check the whole file before writing anything; a refusal names the line (CSV)
or the entry (JSON) and the reason, and is shown as is in the page's status line.

An import runs on the DB worker, never the GUI thread; a progress dialog shows how far it
is and its Cancel button rolls the whole import back (issue 13: a big file used to hang
for minutes with no sign of life).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from dpo_desk.services.context import Context
from dpo_desk.services.registers.dto import ImportReport
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
ImportService = Callable[
    [Context, Path, Callable[[int, int], None], threading.Event], ImportReport
]


class _ProgressRelay(QObject):
    """Carries ``progress(done, total)`` from the DB worker to the GUI thread."""

    changed = Signal(int, int)


def run_import(
    app: AppContext,
    status: StatusLine,
    path: Path,
    service: ImportService,
    after: Callable[[], None],
    parent: QWidget | None = None,
) -> QProgressDialog:
    """Import ``path`` on the DB worker with a progress dialog and Cancel; report the
    counts, or the line and reason, or that nothing was imported after a cancel."""
    ctx = app.ctx
    cancel = threading.Event()
    relay = _ProgressRelay()
    dialog = QProgressDialog(
        QCoreApplication.translate("RegisterIO", "Importing {0}…").format(path.name),
        QCoreApplication.translate("RegisterIO", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("RegisterIO", "Import"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setMinimumWidth(440)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        text = QCoreApplication.translate("RegisterIO", "Importing {0}: {1} of {2} entries…")
        dialog.setLabelText(text.format(path.name, done, total))

    relay.changed.connect(show_progress)
    dialog.canceled.connect(cancel.set)

    def finish() -> None:
        relay.changed.disconnect(show_progress)
        dialog.canceled.disconnect(cancel.set)
        dialog.close()
        dialog.deleteLater()

    def done(report: ImportReport) -> None:
        finish()
        status.ok(
            QCoreApplication.translate(
                "RegisterIO", "{0}: {1} created, {2} updated, {3} unchanged."
            ).format(path.name, report.created, report.updated, report.unchanged)
        )
        app.signals.registers_changed.emit()
        after()

    def failed(exc: BaseException) -> None:
        finish()
        status.failed(exc)

    dialog._relay = relay  # type: ignore[attr-defined]  # kept alive with the dialog
    app.tasks.run(lambda: service(ctx, path, relay.changed.emit, cancel), done, failed)
    return dialog


def run_export(
    app: AppContext, status: StatusLine, path: Path, service: Callable[[Context, Path], Any]
) -> None:
    ctx = app.ctx
    app.tasks.run(
        lambda: service(ctx, path),
        lambda count: status.ok(
            QCoreApplication.translate("RegisterIO", "{0} entries exported to {1}.").format(
                count, str(path)
            )
        ),
        status.failed,
    )
