"""The backups table of the Backups page: how one backup becomes a row (when it was made,
its size, its verification in colour, its counts) and the colours of the state banner.

Kept apart so that ``backups.py`` reads as what the DPO can do there. The words (column
titles, verdicts, the banner's text) stay in ``BackupsPage``: its class name is their
translation context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from dpo_desk.services.backups import BackupInfo
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.tables import read_only_rows

OK_COLOUR = QColor("#1b5e20")
BAD_COLOUR = QColor("#b3261e")
PENDING_COLOUR = QColor("#6b6b6b")
OVERDUE_STYLE = (
    "QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #e0a39c;"
    " border-radius: 4px; padding: 6px; font-weight: bold; }"
)
GOOD_STYLE = (
    "QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;"
    " border-radius: 4px; padding: 6px; font-weight: bold; }"
)
WARN_STYLE = (
    "QLabel { background: #fff4e5; color: #663c00; border: 1px solid #f0c36d;"
    " border-radius: 4px; padding: 6px; font-weight: bold; }"
)
COLUMNS = 7
VERDICT_COLUMN = 2
NUMBER_COLUMNS = (1, 3, 4, 5)

# A verdict: the words for a backup's verification and their colour.
Verdict = Callable[[BackupInfo], tuple[str, QColor]]

_STAMP = re.compile(r"(\d{8}T\d{6})\d*Z")


def made_at(info: BackupInfo) -> datetime | None:
    """When the backup was made: from its manifest, else from its file name (a damaged
    file has no readable manifest), else the file's time."""
    if info.created_at is not None:
        return info.created_at
    found = _STAMP.search(info.path.name)
    if found:
        return datetime.strptime(found.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    try:
        return datetime.fromtimestamp(info.path.stat().st_mtime, UTC)
    except OSError:
        return None


def make_table(parent: QWidget) -> QTableWidget:
    """The empty table, one backup per row (its headers are set by the page)."""
    table = QTableWidget(0, COLUMNS, parent)
    table.setObjectName("backups_table")
    return read_only_rows(table, stretch_last=True, highlight_sections=False)


def cells(info: BackupInfo, verdict: str, locale: QLocale) -> list[str]:
    """The texts of one row: made, size, verification, cases, documents, audit entries,
    file name ("—" where the backup cannot tell)."""
    counts = info.counts
    return [
        labels.fmt_datetime(made_at(info)),
        locale.formattedDataSize(info.size),
        verdict,
        _number(locale, counts["cases"]) if "cases" in counts else "—",
        _number(locale, counts["document"]) if "document" in counts else "—",
        _number(locale, info.audit_count) if info.ok else "—",
        info.path.name,
    ]


def _number(locale: QLocale, value: object) -> str:
    """A count with the locale's digit grouping ("6 738 710", not "6738710")."""
    return locale.toString(int(value)) if isinstance(value, int) else str(value)


def fill_table(table: QTableWidget, backups: list[BackupInfo], verdict: Verdict) -> None:
    """One row per backup; the verification in its colour, with the reason as tooltip."""
    table.setRowCount(len(backups))
    locale = QLocale()
    for row, info in enumerate(backups):
        text, colour = verdict(info)
        for col, cell in enumerate(cells(info, text, locale)):
            item = QTableWidgetItem(cell)
            if col == VERDICT_COLUMN:
                item.setForeground(QBrush(colour))
                item.setToolTip(info.reason or text)
            if col in NUMBER_COLUMNS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, col, item)


def reselect(table: QTableWidget, backups: list[BackupInfo], path: Path) -> None:
    """Select again the row of ``path`` after a reload, without announcing a new choice."""
    table.blockSignals(True)  # a reload is not a new choice of backup
    for row, info in enumerate(backups):
        if info.path == path:
            table.selectRow(row)
    table.blockSignals(False)
