"""The case list model: ids from SQL, rows fetched by page, kept in a small LRU cache.

At 100,000 cases the model holds one Python list of ints (the ordered ids from
:func:`dpo_desk.services.case_list.case_ids`) and at most ``cache_rows`` summaries. A row
that is not cached is fetched with its page (``page_size`` ids, one query through
:func:`dpo_desk.services.cases.summaries`) on the serial DB worker; until it arrives the
row shows "…". Sorting and filtering re-run the id query with another ORDER BY / WHERE:
nothing is sorted in Python and no proxy model sits on top.

This is the one place the GUI reads through the services' query builders (inside
``app.ctx.db.read()``), by design of the case list.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dpo_desk.services.dto import CaseSummary
from dpo_desk.services.list_query import ListQuery
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.deadline import URGENCY_ROLE, summary_badge

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
REFERENCE_ROLE = int(Qt.ItemDataRole.UserRole) + 2

# (key, header source text, order key of the service or None when not sortable)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("reference", "Reference", "reference"),
    ("due", "Deadline", "due"),
    ("name", "Requester", "name"),
    ("rights", "Rights", None),
    ("status", "Status", "status"),
    ("received", "Received", "received"),
    ("assigned", "Assigned to", None),
)
# The column painted as a deadline badge (the most urgent fact, shown second).
DUE_COLUMN = 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
# The roles this model answers; a view asks ~10 roles per cell and paint, the others
# are answered before any lookup (int set: comparing with Qt enums costs a call each).
_ROLES = frozenset(
    {_DISPLAY, _TOOLTIP, int(Qt.ItemDataRole.AccessibleTextRole), URGENCY_ROLE, REFERENCE_ROLE}
)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# How often (seconds) the painting asks the clock for today's date (the badges' words).
TODAY_EVERY_S = 1.0

# One row's words, formatted once per case, day and language: (texts, tooltips, urgency).
Cells = tuple[tuple[str, ...], tuple[str, ...], str]


class CaseTableModel(QAbstractTableModel):
    """Lazy table of cases.

    Signals:
        first_rows_shown(int): the first rows of a new query are in (what a user sees).
        loaded(int): the id query finished; the number of rows.
    """

    first_rows_shown = Signal(int)
    loaded = Signal(int)
    # Ids shown before the full list arrives: a few screens' worth.
    first_rows = 300
    # Rows fetched (and summarised) together.
    page_rows = 64

    def __init__(self, app: AppContext, page_size: int = page_rows, cache_rows: int = 4000) -> None:
        super().__init__()
        self.app = app
        self.page_size = page_size
        self.cache_rows = cache_rows
        self.query = ListQuery()
        self._ids: list[int] = []
        self._cache: OrderedDict[int, CaseSummary] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        # Formatted words of the rows painted (issue 19: a repaint asked the deadline
        # words, dates and labels of every visible cell anew, ten roles per cell).
        self._cells: dict[int, Cells] = {}
        self._today: date | None = None
        self._today_at = 0.0
        self._clock: object = None
        self._headers = {
            "reference": self.tr("Reference"),
            "name": self.tr("Requester"),
            "rights": self.tr("Rights"),
            "status": self.tr("Status"),
            "received": self.tr("Received"),
            "due": self.tr("Deadline"),
            "assigned": self.tr("Assigned to"),
        }

    # -- queries ------------------------------------------------------------------

    def set_query(self, query: ListQuery, then: Callable[[], None] | None = None) -> None:
        """Re-run the id query (in the worker) and reset the rows when it returns.

        Two steps, so that a filter matching 80,000 cases shows its first rows at once:
        the first ``first_rows`` ids (an index walk with LIMIT, a millisecond or two)
        with the summaries of the first page, in the same trip to the DB lane (so the
        first paint has its words, without a second trip and a repaint of "…" rows),
        then the full ordered list, appended behind them. ``loaded`` and ``then`` come
        after the full list.
        """
        self.query = query
        self._generation += 1
        generation = self._generation
        ctx = self.app.ctx
        first = self.first_rows

        def fetch_all() -> list[int]:
            from dpo_desk.services import case_list  # on the DB lane, after the first paint

            with ctx.db.read() as session:
                return case_list.case_ids(session, query, ctx.today(), limit=None)

        def finish(ids: list[int]) -> None:
            self.loaded.emit(len(ids))
            if then:
                then()

        def done_all(ids: list[int]) -> None:
            if generation != self._generation:
                return  # a newer query was asked for meanwhile
            shown = len(self._ids)
            if ids[:shown] != self._ids:  # the store changed in between: start afresh
                self._reset(ids)
            elif len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
            finish(ids)

        page_size = self.page_size

        def fetch_first() -> tuple[list[int], list[CaseSummary]]:
            from dpo_desk.services import case_list
            from dpo_desk.services.cases import summaries

            with ctx.db.read() as session:
                ids = case_list.case_ids(session, query, ctx.today(), limit=first + 1)
                return ids, summaries(session, ids[:page_size])

        def done_first(found: tuple[list[int], list[CaseSummary]]) -> None:
            if generation != self._generation:
                return
            ids, rows = found
            self._store(rows)
            self._reset(ids[:first])
            self.first_rows_shown.emit(len(self._ids))
            if len(ids) <= first:
                finish(ids)
            else:
                self.app.tasks.run(fetch_all, done_all)

        self.app.tasks.run(fetch_first, done_first)

    def preload(self, ids: list[int], rows: list[CaseSummary]) -> None:
        """Show ``ids`` with the summaries ``rows`` at once: the first page the program
        read before its services were loaded (``dpo_desk.app``, issue 19). The query the
        page asked meanwhile replaces them, with the same rows, once the store is open."""
        self._store(rows)
        self._reset(ids[: self.first_rows])

    def _reset(self, ids: list[int]) -> None:
        # The summaries cached stay valid across a new filter or order: a case that
        # changes is dropped by ``forget`` (case_changed), and ``clear_cache`` empties it
        # all when the data may have changed behind the list (page shown, restore).
        self.beginResetModel()
        self._ids = ids
        self._pending.clear()
        self.endResetModel()

    def clear_cache(self) -> None:
        self._cache.clear()
        self._cells.clear()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        self.set_query(self.query, then)

    def forget(self, reference: str) -> None:
        """Drop a changed case from the cache and repaint its row."""
        for case_id, summary in list(self._cache.items()):
            if summary.reference == reference:
                del self._cache[case_id]
                self._cells.pop(case_id, None)
                row = self.row_of(case_id)
                if row >= 0:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def retranslate(self) -> None:
        self._cells.clear()  # words of the other language
        self._headers = {
            "reference": self.tr("Reference"),
            "name": self.tr("Requester"),
            "rights": self.tr("Rights"),
            "status": self.tr("Status"),
            "received": self.tr("Received"),
            "due": self.tr("Deadline"),
            "assigned": self.tr("Assigned to"),
        }
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    # -- lookups ------------------------------------------------------------------

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def summary_at(self, row: int) -> CaseSummary | None:
        case_id = self.id_at(row)
        if case_id is None:
            return None
        found = self._cache.get(case_id)
        if found is not None:
            self._cache.move_to_end(case_id)
            return found
        self._fetch_page(row // self.page_size)
        return self._cache.get(case_id)

    def _fetch_page(self, page: int) -> None:
        if page in self._pending:
            return
        ids = self._ids[page * self.page_size : (page + 1) * self.page_size]
        if not ids:
            return
        ctx = self.app.ctx
        self._pending.add(page)
        generation = self._generation

        def fetch() -> list[CaseSummary]:
            from dpo_desk.services.cases import summaries

            with ctx.db.read() as session:
                return summaries(session, ids)

        def done(rows: list[CaseSummary]) -> None:
            self._pending.discard(page)
            if generation != self._generation:
                return
            self._store(rows)
            first = page * self.page_size
            last = min(first + self.page_size, len(self._ids)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

        self.app.tasks.run(fetch, done, lambda exc: self._pending.discard(page))

    def _store(self, rows: list[CaseSummary]) -> None:
        for summary in rows:
            self._cache[summary.id] = summary
            self._cache.move_to_end(summary.id)
            self._cells.pop(summary.id, None)
        while len(self._cache) > self.cache_rows:
            dropped, _ = self._cache.popitem(last=False)
            self._cells.pop(dropped, None)

    def today(self) -> date:
        """Today for the badges, read from the clock at most every ``TODAY_EVERY_S``
        (and at once when the context's clock is replaced); the words formatted for
        another day are dropped when the date changes."""
        now = time.monotonic()
        clock = self.app.ctx.clock
        if self._today is None or now - self._today_at >= TODAY_EVERY_S or clock is not self._clock:
            self._clock = clock
            today = self.app.ctx.today()
            if today != self._today:
                self._cells.clear()
                self._today = today
            self._today_at = now
        return self._today

    def cells(self, summary: CaseSummary) -> Cells:
        """The words of ``summary``'s row, formatted once (then kept with the summary)."""
        today = self.today()
        found = self._cells.get(summary.id)
        if found is None:
            texts, tips = [], []
            level = ""
            for key, _header, _order in COLUMNS:
                if key == "due":
                    urgency, text = summary_badge(summary, today)
                    level = urgency.value
                    texts.append(text)
                    tips.append(text)
                else:
                    texts.append(self._text(summary, key, False))
                    tips.append(self._text(summary, key, True))
            found = (tuple(texts), tuple(tips), level)
            self._cells[summary.id] = found
        return found

    # -- Qt model -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            key = COLUMNS[section][0]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[key]
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][2]:
                return self.tr("Click to sort by this column")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ROLES and role != ID_ROLE:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[row]
        summary = self.summary_at(row)
        if summary is None:
            return "…" if role == _DISPLAY else None
        if role == REFERENCE_ROLE:
            return summary.reference
        texts, tips, level = self.cells(summary)
        column = index.column()
        if role == URGENCY_ROLE:
            return level if column == DUE_COLUMN else None
        return tips[column] if role == _TOOLTIP else texts[column]

    def _text(self, s: CaseSummary, key: str, tooltip: bool) -> str:
        if key == "reference":
            return s.reference
        if key == "name":
            if tooltip:
                return labels.plain_tip(
                    f"{s.subject_name}\n{s.email}" if s.email else s.subject_name
                )
            return s.subject_name
        if key == "rights":
            return labels.rights(s.rights)
        if key == "status":
            text = labels.state(s.status)
            if s.flagged and tooltip:
                text += f"\n{s.flagged}"
            return text
        if key == "received":
            return labels.fmt_date(s.received_on)
        if key == "assigned":
            return s.assigned_to
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a header: the same query with another ORDER BY."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][2]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.query.order and descending == self.query.descending:
            return
        self.set_query(replace(self.query, order=key, descending=descending))
