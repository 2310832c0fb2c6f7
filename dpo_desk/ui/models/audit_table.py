"""The audit trail as a lazy table: pages of entries fetched on the DB worker when the
view scrolls near the end (Qt's canFetchMore/fetchMore), newest first.

A large store holds hundreds of thousands of entries; the model keeps only what was
scrolled through, and a filter change starts again from the first page.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dpo_desk.services import audit_log
from dpo_desk.services.audit_log import AuditEntry, AuditFilter, AuditPage
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.widgets import audit_text, labels

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

# (key, header source text)
COLUMNS: tuple[tuple[str, Any], ...] = (
    ("at", QT_TRANSLATE_NOOP("AuditTableModel", "Time")),
    ("actor", QT_TRANSLATE_NOOP("AuditTableModel", "Actor")),
    ("operation", QT_TRANSLATE_NOOP("AuditTableModel", "Operation")),
    ("record", QT_TRANSLATE_NOOP("AuditTableModel", "Record")),
    ("summary", QT_TRANSLATE_NOOP("AuditTableModel", "Summary")),
)


def summary_text(raw: str, limit: int = 300) -> str:
    """A one-line reading of the JSON summary, in the window's language."""
    return audit_text.summary_text(raw, limit)


class AuditTableModel(QAbstractTableModel):
    """Entries matching ``flt``, loaded a page at a time.

    Signals:
        failed(object): a page could not be loaded (the exception).
        page_loaded(int): a page arrived; the number of rows now loaded.
    """

    failed = Signal(object)
    page_loaded = Signal(int)

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.flt = AuditFilter()
        self.entries: list[AuditEntry] = []
        self.more = True
        self.loading = False
        self.generation = 0

    def set_filter(self, flt: AuditFilter) -> None:
        """Start again from the first page with another filter."""
        self.beginResetModel()
        self.flt = flt
        self.entries = []
        self.more = True
        self.loading = False
        self.generation += 1
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.more and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        self.loading = True
        ctx, flt, offset, gen = self.app.ctx, self.flt, len(self.entries), self.generation
        self.app.tasks.run(
            lambda: audit_log.list_entries(ctx, flt, offset=offset, limit=PAGE),
            lambda page: self._arrived(gen, page),
            lambda exc: self._failed(gen, exc),
        )

    def _arrived(self, gen: int, page: AuditPage) -> None:
        if gen != self.generation:
            return  # an older filter's page
        self.loading = False
        self.more = page.more
        if page.entries:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self.entries.extend(page.entries)
            self.endInsertRows()
        self.page_loaded.emit(len(self.entries))

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self.generation:
            self.loading = False
            self.more = False
            self.failed.emit(exc)

    def entry(self, row: int) -> AuditEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("AuditTableModel", str(COLUMNS[section][1]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        e = self.entries[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "at":
                return labels.fmt_datetime(e.at)
            if key == "actor":
                return e.actor
            if key == "operation":
                return labels.operation(e.operation)
            if key == "record":
                return audit_text.record(e.entity, e.record_ref)
            return summary_text(e.summary)
        if role == Qt.ItemDataRole.ToolTipRole and key == "summary":
            return labels.plain_tip(e.summary)  # the record's data, never markup
        if role == Qt.ItemDataRole.ToolTipRole and key == "operation":
            return e.operation  # the stored code, for a search in the exported trail
        if role == Qt.ItemDataRole.ToolTipRole and key == "at":
            return e.at.astimezone(ZoneInfo(labels.zone())).isoformat(timespec="seconds")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
