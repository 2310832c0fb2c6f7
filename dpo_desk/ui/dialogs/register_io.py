"""Import and export of a register through a file dialog (CSV or JSON).

The services check the whole file before writing anything; a refusal names the line (CSV)
or the entry (JSON) and the reason, and is shown as is in the page's status line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from dpo_desk.services.context import Context
from dpo_desk.services.registers.dto import ImportReport
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterIO", text)


def file_filter() -> str:
    return _tr("CSV files (*.csv);;JSON files (*.json)")


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


def run_import(
    app: AppContext,
    status: StatusLine,
    path: Path,
    service: Callable[[Context, Path], ImportReport],
    after: Callable[[], None],
) -> None:
    """Import ``path`` on the DB worker; report counts, or the line and reason."""
    ctx = app.ctx

    def done(report: ImportReport) -> None:
        status.ok(
            _tr("{0}: {1} created, {2} updated, {3} unchanged.").format(
                path.name, report.created, report.updated, report.unchanged
            )
        )
        app.signals.registers_changed.emit()
        after()

    app.tasks.run(lambda: service(ctx, path), done, status.failed)


def run_export(
    app: AppContext, status: StatusLine, path: Path, service: Callable[[Context, Path], Any]
) -> None:
    ctx = app.ctx
    app.tasks.run(
        lambda: service(ctx, path),
        lambda count: status.ok(_tr("{0} entries exported to {1}.").format(count, str(path))),
        status.failed,
    )
