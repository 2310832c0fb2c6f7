"""The case list and the case panel side by side: filters, search, sort, and the case."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.jurisdictions import CODES as JURISDICTIONS
from dpo_desk.domain.lifecycle import CaseState
from dpo_desk.domain.rights import Right
from dpo_desk.domain.team import Action
from dpo_desk.services.list_query import QUEUES, CaseFilter, narrowed
from dpo_desk.ui import roles
from dpo_desk.ui.case_view.empty import empty_label, empty_text
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.models.case_table import DUE_COLUMN, ID_ROLE, REFERENCE_ROLE, CaseTableModel
from dpo_desk.ui.page import Page
from dpo_desk.ui.widgets import combos, labels
from dpo_desk.ui.widgets.deadline import DeadlineDelegate

if TYPE_CHECKING:
    from dpo_desk.ui.case_view import CaseView
    from dpo_desk.ui.dialogs.case_import import CaseImportDialog

SEARCH_DELAY_MS = 200
# The longest reference the store writes: a year and a counter of up to six digits.
WIDEST_REFERENCE = "DPO-8888-888888"
_OPEN = "__open__"


class CasesPage(Page):
    key = "cases"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self._loaded_once = False
        # (first case on screen, case shown) kept across a live reload.
        self._place: tuple[int | None, int | None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("cases_splitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        # The cases assigned to the person at this desk (issue 16), beside the search:
        # a fourth filter column would widen the page past a laptop's screen.
        self.mine = QCheckBox()
        self.mine.setObjectName("my_cases")
        self.mine.toggled.connect(lambda _on: self.apply_filters())
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.mine)
        left_layout.addLayout(search_row)
        # Two rows, each box as wide as its longest choice: one row squeezed them ("Tout stat").
        filters = QGridLayout()
        self.queue = QComboBox()
        self.status = QComboBox()
        self.right = QComboBox()
        self.jurisdiction = QComboBox()
        self.due = QComboBox()
        places = ((0, 0), (0, 1), (0, 2), (1, 0), (1, 1))
        for combo, (row, col) in zip(
            (self.queue, self.status, self.right, self.jurisdiction, self.due), places, strict=True
        ):
            filters.addWidget(combos.fit(combo), row, col)
        # A web-form export of requests, imported all or nothing (issue 17).
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_requests")
        self.import_button.clicked.connect(self.import_requests)
        roles.show_if(app, Action.INTAKE, self.import_button)
        filters.addWidget(self.import_button, 1, 2)
        filters.setColumnStretch(3, 1)
        left_layout.addLayout(filters)
        self.table = QTableView()
        self.table.setObjectName("cases_table")
        self.model = CaseTableModel(app)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(DUE_COLUMN, DeadlineDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(DUE_COLUMN, Qt.SortOrder.AscendingOrder)
        for col, width in enumerate((self._reference_width(), 200, 160, 120, 120, 88, 100)):
            self.table.setColumnWidth(col, width)
        self.table.setSortingEnabled(True)
        left_layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("case_count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the search
        self.count.setWordWrap(True)
        # An empty list whose search matches cases the filters hide: one click shows them.
        self.elsewhere = QPushButton()
        self.elsewhere.setObjectName("show_matches_elsewhere")
        self.elsewhere.hide()
        self._offer: tuple[int, str] | None = None
        self.elsewhere.clicked.connect(self.show_everywhere)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.elsewhere)
        left_layout.addLayout(count_row)
        self.splitter.addWidget(left)
        # The case panel is built when first needed (a case shown, or the window's
        # warm-up after its first paint); until then its empty words hold its place.
        self._view: CaseView | None = None
        self._view_slot = empty_label()
        self.splitter.addWidget(self._view_slot)
        # Half and half: the case's six tabs need ~560 px in French; the list scrolls.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 640])
        layout.addWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.queue, self.status, self.right, self.jurisdiction, self.due):
            combo.activated.connect(lambda _i: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.loaded.connect(self._loaded)
        self.model.first_rows_shown.connect(lambda _n: self._counting())
        app.signals.case_changed.connect(self._case_changed)
        self.setTabOrder(self.search, self.mine)
        self.setTabOrder(self.mine, self.queue)
        self.setTabOrder(self.queue, self.status)
        self.setTabOrder(self.status, self.right)
        self.setTabOrder(self.right, self.jurisdiction)
        self.setTabOrder(self.jurisdiction, self.due)
        self.setTabOrder(self.due, self.table)
        self._fill_combos()
        self.retranslate()

    @property
    def view(self) -> CaseView:
        """The case panel, built now if it was not yet (its imports cost 50 ms: not
        before the list's first paint, issue 19), in its stand-in's place."""
        if self._view is None:
            from dpo_desk.ui.case_view import CaseView

            view = CaseView(self.app)
            view.loaded.connect(self._reselect)
            self.splitter.replaceWidget(self.splitter.indexOf(self._view_slot), view)
            self._view_slot.deleteLater()
            self._view = view
        return self._view

    # -- Page ---------------------------------------------------------------------

    def _reference_width(self) -> int:
        """Wide enough for the longest reference the store writes, in this font: past
        99,999 requests in a year the counter has six digits ("DPO-2026-132045"), which a
        fixed 112 px cut to "DPO-2026-132…" (seen at a million cases, issue 19)."""
        style = self.table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        return max(
            112, self.table.fontMetrics().horizontalAdvance(WIDEST_REFERENCE) + 2 * margin + 4
        )

    def title(self) -> str:
        return self.tr("Cases")

    def refresh(self) -> None:
        self.model.clear_cache()  # shown again, or the store was restored: read afresh
        self.apply_filters()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search by name, e-mail, reference or notes (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setToolTip(self.tr("Accents are ignored: “lefevre” finds “Lefèvre”"))
        tips = {
            self.queue: (self.tr("Queue"), self.tr("Dashboard queue")),
            self.status: (self.tr("Status filter"), self.tr("Show cases in this status")),
            self.right: (self.tr("Right filter"), self.tr("Show cases about this right")),
            self.jurisdiction: (
                self.tr("Jurisdiction filter"),
                self.tr("Show cases under this law"),
            ),
            self.due: (self.tr("Deadline filter"), self.tr("Show cases due in this window")),
        }
        for combo, (name, tip) in tips.items():
            combo.setAccessibleName(name)
            combo.setToolTip(tip)
        self.mine.setText(self.tr("My cases"))
        self.mine.setToolTip(
            self.tr("Only the cases assigned to you (%1)").replace("%1", self.app.ctx.actor)
        )
        self.table.setAccessibleName(self.tr("Cases"))
        self.import_button.setText(self.tr("Import requests…"))
        self.import_button.setToolTip(
            self.tr("Import requests from a web-form export (CSV or Excel), all or nothing")
        )
        self._fill_combos()
        self.model.retranslate()
        if self._view is None:
            self._view_slot.setText(empty_text())
        else:
            self._view.retranslate()
        offer = self._offer
        if self._loaded_once:
            self._update_count(self.model.rowCount())
        else:
            self._counting()
        if offer is not None:
            self._offer_elsewhere(*offer)

    def import_requests(self) -> CaseImportDialog:
        """Open the import dialog (modeless: the list refreshes behind it)."""
        from dpo_desk.ui.dialogs.case_import import CaseImportDialog

        dialog = CaseImportDialog(self.app, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.show()
        self.import_dialog = dialog
        return dialog

    def _fill_combos(self) -> None:
        def fill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
            had_items = combo.count() > 0
            current = combo.currentData()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if had_items else 0
            combo.setCurrentIndex(max(index, 0))

        fill(self.queue, [(self.tr("All queues"), None)] + [(labels.queue(q), q) for q in QUEUES])
        fill(
            self.status,
            [(self.tr("Open cases"), _OPEN), (self.tr("All statuses"), None)]
            + [(labels.state(s.value), s.value) for s in CaseState],
        )
        fill(
            self.right,
            [(self.tr("All rights"), None)] + [(labels.right(r.value), r.value) for r in Right],
        )
        fill(
            self.jurisdiction,
            [(self.tr("All jurisdictions"), None)] + [(code, code) for code in JURISDICTIONS],
        )
        fill(
            self.due,
            [
                (self.tr("Any deadline"), None),
                (self.tr("Overdue"), "overdue"),
                (self.tr("Due within 7 days"), 7),
                (self.tr("Due within 30 days"), 30),
            ],
        )

    # -- filtering ----------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        status = self.status.currentData()
        today = self.app.ctx.today()
        due = self.due.currentData()
        due_before = due_after = None
        if due == "overdue":
            due_before = today - timedelta(days=1)
        elif isinstance(due, int):
            due_after, due_before = today, today + timedelta(days=due)
        return CaseFilter(
            statuses=(status,) if status and status != _OPEN else (),
            open_only=status == _OPEN or due is not None,
            right=self.right.currentData(),
            jurisdiction=self.jurisdiction.currentData(),
            due_before=due_before,
            due_after=due_after,
            text=self.search.text(),
            assigned_to=self.app.ctx.actor if self.mine.isChecked() else None,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = replace(
            self.model.query, filter=self.current_filter(), queue=self.queue.currentData()
        )
        keep = self._shown_id()
        self.model.set_query(query, lambda: self._reselect(keep))

    def show_queue(self, queue: str) -> None:
        """The dashboard asked for one queue: show it among all statuses."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.queue.setCurrentIndex(max(self.queue.findData(queue), 0))
        self.status.setCurrentIndex(max(self.status.findData(None), 0))
        for combo in (self.right, self.jurisdiction, self.due):
            combo.setCurrentIndex(0)
        self.apply_filters()

    def _loaded(self, count: int) -> None:
        self._loaded_once = True
        self._update_count(count)
        query = self.model.query
        if count or not narrowed(query) or not query.filter.text.strip():
            return

        def done(found: int) -> None:
            if found and self.model.query is query and self.model.rowCount() == 0:
                self._offer_elsewhere(found, query.filter.text.strip())

        ctx = self.app.ctx

        def count_elsewhere() -> int:
            from dpo_desk.services.case_list import matches_elsewhere

            return matches_elsewhere(ctx, query)

        self.app.tasks.run(count_elsewhere, done)

    def _offer_elsewhere(self, found: int, text: str) -> None:
        self.count.setText(
            self.tr(
                "No case with these filters; without them, %Ln case(s) match “%1”.", "", found
            ).replace("%1", text)
        )
        self.elsewhere.setText(self.tr("Show %Ln case(s)", "", found))
        self.elsewhere.setToolTip(
            self.tr("Show every status, right, law and deadline; the search is kept")
        )
        self.elsewhere.show()
        self._offer = (found, text)

    def show_everywhere(self) -> None:
        """Lift every filter but the search (the DPO looks for a case, not a queue); a
        single match is opened."""
        self.status.setCurrentIndex(max(self.status.findData(None), 0))
        for combo in (self.queue, self.right, self.jurisdiction, self.due):
            combo.setCurrentIndex(0)
        self.mine.blockSignals(True)
        self.mine.setChecked(False)
        self.mine.blockSignals(False)
        self._search_timer.stop()
        query = replace(self.model.query, filter=self.current_filter(), queue=None)

        def shown() -> None:
            if self.model.rowCount() == 1:
                self.select_row(0)

        self.model.set_query(query, shown)

    def _counting(self) -> None:
        """The first rows are shown while the full list still loads: no count yet
        (a "0 cases" under a screen of cases would be false)."""
        self._withdraw_offer()
        self.count.setText(self.tr("Counting the cases…"))

    def _withdraw_offer(self) -> None:
        self._offer = None
        self.elsewhere.hide()

    def _update_count(self, count: int) -> None:
        self._withdraw_offer()
        self.count.setText(self.tr("%Ln case(s)", "", count))

    # -- selection ----------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ref = current.data(REFERENCE_ROLE) if current.isValid() else None
        if ref and ref != self.view.reference:
            self.view.show_case(ref)

    def _shown_id(self) -> int | None:
        detail = self._view.detail if self._view is not None else None
        return detail.summary.id if detail else None

    def _reselect(self, case_id: int | None) -> None:
        """After a re-query, select the case the panel shows, if the list holds it."""
        if case_id is None:
            return
        row = self.model.row_of(case_id)
        if row >= 0:
            self.select_row(row)
        else:
            self.table.selectionModel().clearSelection()

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def open_case(self, reference: str) -> None:
        """Show ``reference`` in the panel; its row is selected when it is loaded."""
        self.view.show_case(reference)

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) case in the list."""
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        row = 0 if current < 0 else min(max(current + delta, 0), rows - 1)
        self.select_row(row)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def reload_keeping_place(self, references: set[str]) -> None:
        """Another desk changed ``references`` (or cases in bulk): read the list again
        without moving the person's place in it (scroll position and selected case)."""
        for reference in references:
            self.model.forget(reference)
        if not self._loaded_once:
            return
        if self._place is None:  # not while a reload is under way (its rows are partial)
            self._place = (self.top_row_id(), self._shown_id())

        def restore() -> None:
            if self._place is None:
                return
            (top, keep), self._place = self._place, None
            self._reselect(keep)
            row = self.model.row_of(top) if top is not None else -1
            if row >= 0:  # the same case first on screen, wherever new rows went
                self.table.scrollTo(
                    self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
                )

        self.model.reload(restore)

    def top_row_id(self) -> int | None:
        """The case on the first row on screen (where the person scrolled to)."""
        index = self.table.indexAt(QPoint(1, 1))
        return index.data(ID_ROLE) if index.isValid() else None

    def _case_changed(self, reference: str) -> None:
        self.model.forget(reference)
        if self._loaded_once:
            keep = self._shown_id()
            self.model.reload(lambda: self._reselect(keep))
