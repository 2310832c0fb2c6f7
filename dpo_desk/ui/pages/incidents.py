"""The Incidents page: the breach and incident register, running clocks first, with
filters, the intake, and the selected incident's tabs. Countdowns tick every minute."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import incidents as rules
from dpo_desk.domain.team import Action
from dpo_desk.letters.incident_labels import label
from dpo_desk.services import incidents
from dpo_desk.services.incident_dto import IncidentDetail, IncidentSummary
from dpo_desk.ui import i18n, roles
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.incidents.actions import IncidentActions
from dpo_desk.ui.incidents.intake import IncidentIntakeDialog, named
from dpo_desk.ui.incidents.view import IncidentView
from dpo_desk.ui.page import Page

# Under this many hours left, a running clock is shown in red (the dashboard too).
URGENT_HOURS = 24
RED, AMBER = "#b00020", "#b86e00"


class IncidentsPage(Page):
    key = "incidents"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.rows: list[IncidentSummary] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        bar.addWidget(self.heading)
        bar.addStretch(1)
        self.filter = named(QComboBox(), "incident_filter")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search = named(QLineEdit(), "incident_search")
        self.new_button = named(QPushButton(), "incident_new")
        roles.show_if(self.app, Action.INCIDENTS, self.new_button)
        for w in (self.filter, self.search, self.new_button):
            bar.addWidget(w)
        layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("incidents_splitter")
        self.table = named(QTableWidget(0, 6), "incident_table")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.view = IncidentView(app)
        self.view.changed.connect(lambda _ref: self.refresh())
        # The incident's tabs with, under them, Close and Export the register.
        self.action_bar = IncidentActions(app, self.view)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.view, 1)
        lower_layout.addWidget(self.action_bar)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([260, 420])
        layout.addWidget(self.splitter, 1)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.returnPressed.connect(self.refresh)
        self.new_button.clicked.connect(self.new_incident)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Incidents")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Breaches and incidents"))
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        for text, key in (
            (self.tr("All incidents"), ""),
            (self.tr("Clocks running"), "running"),
            (self.tr("Open"), "open"),
            (self.tr("Closed"), "closed"),
            (self.tr("Quebec"), "quebec"),
        ):
            self.filter.addItem(text, key)
        self.filter.setCurrentIndex(max(current, 0))
        self.filter.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.new_button.setText(self.tr("Record an incident…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Reference"),
                self.tr("Aware on"),
                self.tr("Clock"),
                self.tr("Risk"),
                self.tr("Status"),
                self.tr("Description"),
            ]
        )
        self.view.retranslate()
        self.action_bar.retranslate()
        self._fill()

    # -- data ---------------------------------------------------------------------

    def current_filter(self) -> incidents.IncidentFilter:
        key = str(self.filter.currentData() or "")
        return incidents.IncidentFilter(
            running_only=key == "running",
            status=key if key in ("open", "closed") else "",
            regime="quebec" if key == "quebec" else "",
            text=self.search.text(),
        )

    def refresh(self, select: str | None = None) -> None:
        """Read the list again (on the DB lane), then select ``select`` if given: the
        rows are only known once they arrived."""
        ctx, flt = self.app.ctx, self.current_filter()

        def arrived(rows: list[IncidentSummary]) -> None:
            self.set_rows(rows)
            if select is not None:
                self.select(select)

        self.app.tasks.run(lambda: incidents.list_incidents(ctx, flt), arrived, parent=self)

    def set_rows(self, rows: list[IncidentSummary]) -> None:
        self.rows = rows
        self._fill()

    def clock_text(self, s: IncidentSummary) -> tuple[str, str]:
        """The clock column and its colour: countdown (GDPR), elapsed time (Quebec)."""
        lang, now = i18n.current(), self.app.ctx.now()
        if s.clock_running:
            left = (s.due_at - now).total_seconds() / 3600
            return rules.countdown(s.due_at, now, lang), RED if left < URGENT_HOURS else AMBER
        if s.quebec_running:
            elapsed = rules.format_duration(rules.elapsed_since(s.aware_at, now), lang)
            return self.tr("Quebec: %1 since awareness").replace("%1", elapsed), AMBER
        return "—", ""

    def _fill(self) -> None:
        selected = self.selected_reference()
        self.table.setRowCount(len(self.rows))
        lang = i18n.current()
        for r, s in enumerate(self.rows):
            clock, colour = self.clock_text(s)
            values = (
                s.reference,
                rules.local_text(s.aware_at, s.aware_tz),
                clock,
                label(s.risk_level, lang) if s.risk_level else "—",
                self.tr("open") if s.status == "open" else self.tr("closed"),
                s.title,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, s.reference)
                if c == 2 and colour:
                    item.setForeground(QColor(colour))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if selected:
            self.select(selected)

    def _tick(self) -> None:
        if self.isVisible():
            self._fill()

    def selected_reference(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def select(self, reference: str) -> None:
        for r, s in enumerate(self.rows):
            if s.reference == reference:
                self.table.selectRow(r)
                return

    def _selected(self) -> None:
        ref = self.selected_reference()
        if ref is None:
            return
        ctx = self.app.ctx
        self.app.tasks.run(lambda: incidents.get_incident(ctx, ref), self._show, parent=self)

    def _show(self, detail: IncidentDetail) -> None:
        if self.view.detail is None or self.view.detail.reference != detail.reference:
            self.view.show_detail(detail)
            self.action_bar.follow()

    def new_incident(self) -> IncidentIntakeDialog:
        dialog = IncidentIntakeDialog(self.app, self)
        if dialog.exec() and dialog.detail is not None:
            self.refresh(select=dialog.detail.reference)
        return dialog
