"""Read-only tables that select whole rows: the set-up every list of backups, letters and
deadlines repeated, in one place so they all behave (and read) the same."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def read_only_rows(
    table: QTableWidget,
    *,
    stretch_column: int | None = None,
    stretch_last: bool = False,
    tab_keys: bool = True,
    highlight_sections: bool = True,
) -> QTableWidget:
    """Make ``table`` a read-only, single-row-selecting list: no row numbers, alternating
    colours, no word wrap, columns sized to their contents.

    Args:
        table: the table to set up (returned for chaining).
        stretch_column: a column that takes the spare width.
        stretch_last: the last column takes the spare width.
        tab_keys: False lets Tab leave the table instead of moving between cells.
        highlight_sections: False keeps the header plain when a row is selected.
    """
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    if not tab_keys:
        table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    if stretch_last:
        header.setStretchLastSection(True)
    if not highlight_sections:
        header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table
