"""A small read-only table model over a list of frozen DTOs, for the register screens.

The registers hold tens or hundreds of rows, never 100,000: the rows live in a Python list
and are replaced whole after each reload. Columns are declared as (header, getter) pairs;
headers are re-read through a callable so a language switch re-translates them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dpo_desk.ui.widgets import labels

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

# Text colour of a cell that needs attention (dark red: readable on white, AA contrast).
WARNING_COLOUR = QColor("#b3261e")
OK_COLOUR = QColor("#1b5e20")


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header (through ``tr`` at display time) and how to read a row.

    Attributes:
        header: returns the translated header.
        text: the cell's text.
        warning: True when the cell should be shown in the warning colour.
        tooltip: a longer explanation for the cell.
    """

    header: Callable[[], str]
    text: Callable[[Row], str]
    warning: Callable[[Row], bool] | None = None
    tooltip: Callable[[Row], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of DTOs shown through ``columns``; the row object is at ``ROW_ROLE``."""

    ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, columns: Sequence[Column[Row]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.warning and column.warning(row):
            return QBrush(WARNING_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            tip = column.tooltip(row)
            return labels.plain_tip(tip) if tip else None  # register data, never markup
        if role == self.ROW_ROLE:
            return row
        return None
