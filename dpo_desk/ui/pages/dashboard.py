"""The morning screen: what is late, what is due, what waits; requests per month; the
coming deadlines in time order."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.rights import Right
from dpo_desk.services.list_query import QUEUES
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.incidents.counter import IncidentClocksButton
from dpo_desk.ui.incidents.counter import clocks as incident_clocks
from dpo_desk.ui.page import Page
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.charts import reset_chart
from dpo_desk.ui.widgets.deadline import COLOURS, Urgency, summary_badge

if TYPE_CHECKING:
    from dpo_desk.services.dashboard import Dashboard

# Accent colour of each counter (the number is in words next to it as well).
_QUEUE_COLOURS = {
    "overdue": COLOURS[Urgency.OVERDUE][0],
    "due-soon": "#b86e00",
    "extension-notice": "#6a4fb3",
    "awaiting-identity": COLOURS[Urgency.PAUSED][0],
    "suspended": "#546e7a",
}

# Stable colours per right in the chart (the legend names them).
_RIGHT_COLOURS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
)


class CounterButton(QPushButton):
    """A big number with its label; a click opens the filtered case list."""

    def __init__(self, queue: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        # None until read: the window is painted before its store is open (issue 19),
        # and a tile must never say 0 for a count it does not know.
        self.count: int | None = None
        self.setMinimumHeight(92)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        colour = _QUEUE_COLOURS[queue]
        self.setStyleSheet(
            "QPushButton { text-align: left; padding: 8px 14px; border: 1px solid #c8c8c8;"
            f" border-left: 6px solid {colour}; border-radius: 6px; background: palette(base);"
            " font-size: 11pt; }"
            "QPushButton:hover { background: palette(alternate-base); }"
            f"QPushButton:focus {{ border: 2px solid {colour}; border-left: 6px solid {colour}; }}"
        )
        inner = QVBoxLayout(self)
        inner.setContentsMargins(16, 6, 10, 8)
        inner.setSpacing(0)
        self.number = QLabel()
        self.number.setStyleSheet(f"font-size: 24pt; font-weight: 700; color: {colour};")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner.addWidget(label)

    def set_count(self, count: int) -> None:
        self.count = count
        self.retranslate()

    def retranslate(self) -> None:
        name = labels.queue(self.queue)
        number = "…" if self.count is None else QLocale().toString(self.count)
        self.number.setText(number)
        self.caption.setText(name)
        self.setAccessibleName(f"{name}: {number}")
        self.setToolTip(self.tr("Show these cases in the case list"))


# The chart's least height; more when its legend needs it (:func:`legend_height`).
CHART_MIN_HEIGHT = 240
# What the chart view spends around its legend: the frame and the plot's padding.
LEGEND_PADDING = 48


def legend_row(chart: QChart) -> int:
    """The height of one name in the chart's legend (its marker beside the text)."""
    return QFontMetrics(chart.legend().font()).height() + 6


def legend_height(chart: QChart, names: int) -> int:
    """The chart's height at which its legend, on the right, shows ``names`` names: a
    legend taller than its chart hides the last ones (at 1400 x 860 the twelfth right,
    "Withdrawal of consent" in English, "Réclamation" in French, had no name while its
    colour was in the bars)."""
    margins = chart.margins()
    return names * legend_row(chart) + margins.top() + margins.bottom() + LEGEND_PADDING


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.data: Dashboard | None = None
        self._dirty = True
        # A read is under way (set here, cleared by the worker when it has read).
        self._reading = False
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.heading)
        grid = QGridLayout()
        self.counters: dict[str, CounterButton] = {}
        for i, queue in enumerate(QUEUES):
            button = CounterButton(queue)
            button.clicked.connect(lambda _=False, q=queue: self.app.signals.open_cases.emit(q))
            self.counters[queue] = button
            grid.addWidget(button, 0, i)
        self.incident_clocks = IncidentClocksButton()
        self.incident_clocks.clicked.connect(self._open_incidents)
        grid.addWidget(self.incident_clocks, 0, len(QUEUES))
        layout.addLayout(grid)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("dashboard_splitter")
        self.chart_box = QGroupBox()
        chart_layout = QVBoxLayout(self.chart_box)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart.setMargins(self.chart.margins())
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(CHART_MIN_HEIGHT)
        chart_layout.addWidget(self.chart_view)
        self.splitter.addWidget(self.chart_box)
        self.upcoming_box = QGroupBox()
        up_layout = QVBoxLayout(self.upcoming_box)
        self.upcoming = QTableWidget(0, 5)
        self.upcoming.setObjectName("dashboard_upcoming")
        self.upcoming.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.upcoming.verticalHeader().hide()
        self.upcoming.setAlternatingRowColors(True)
        header = self.upcoming.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.upcoming.cellDoubleClicked.connect(self._open_row)
        self.upcoming.activated.connect(lambda index: self._open_row(index.row(), 0))
        up_layout.addWidget(self.upcoming)
        self.splitter.addWidget(self.upcoming_box)
        self.splitter.setSizes([330, 300])
        layout.addWidget(self.splitter, 1)
        app.signals.case_changed.connect(self._mark_dirty)
        self.retranslate()

    # -- Page ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        """Read the counters, chart and deadlines again, unless a read begun since the
        last change is still under way: it answers this call too. The first visit asks
        twice (the page's show event, then the navigation), which at a million cases
        was twice 90 ms of the database lane (issue 19)."""
        if self._reading and not self._dirty:
            return
        self._dirty = False
        self._reading = True
        ctx = self.app.ctx

        def read() -> Dashboard:
            from dpo_desk.services import dashboard as dashboard_service  # on the DB lane

            try:
                return dashboard_service.dashboard(ctx)
            finally:
                self._reading = False

        self.app.tasks.run(read, self.set_data, parent=self)
        self.app.tasks.run(
            lambda: incident_clocks(ctx), lambda c: self.incident_clocks.set_clocks(*c), parent=self
        )

    def _open_incidents(self) -> None:
        show = getattr(self.window(), "show_page", None)
        if show is not None:
            show("incidents")

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if self._dirty:
            self.refresh()

    def _mark_dirty(self, _ref: str) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Today, %1").replace("%1", labels.fmt_long_date(self.app.ctx.today()))
        )
        self.chart_box.setTitle(self.tr("Requests received per month, by right"))
        self.upcoming_box.setTitle(self.tr("Deadlines, the late ones first (double-click to open)"))
        self.upcoming.setHorizontalHeaderLabels(
            [
                self.tr("Deadline"),
                self.tr("Reference"),
                self.tr("Requester"),
                self.tr("Rights"),
                self.tr("Status"),
            ]
        )
        self.upcoming.setAccessibleName(self.tr("Coming deadlines"))
        self.chart_view.setAccessibleName(self.tr("Requests received per month, by right"))
        for button in self.counters.values():
            button.retranslate()
        self.incident_clocks.retranslate()
        if self.data is not None:
            self.set_data(self.data)

    # -- data ---------------------------------------------------------------------

    def set_data(self, data: Dashboard) -> None:
        self.data = data
        self._dirty = False
        for queue, button in self.counters.items():
            button.set_count(data.counts.get(queue, 0))
        self._fill_upcoming(data)
        self._fill_chart(data)

    def _fill_upcoming(self, data: Dashboard) -> None:
        today = self.app.ctx.today()
        self.upcoming.setRowCount(len(data.upcoming))
        for row, s in enumerate(data.upcoming):
            level, text = summary_badge(s, today)
            values = (
                text,
                s.reference,
                s.subject_name,
                labels.rights(s.rights),
                labels.state(s.status),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    bg, fg = COLOURS[level]
                    item.setBackground(QColor(bg))
                    item.setForeground(QColor(fg))
                item.setData(Qt.ItemDataRole.UserRole, s.reference)
                self.upcoming.setItem(row, col, item)

    def _months(self) -> list[str]:
        today = self.app.ctx.today()
        first = date(today.year, today.month, 1)
        months = []
        for _ in range(12):
            months.append(first.strftime("%Y-%m"))
            first = date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
        return list(reversed(months))

    def _fill_chart(self, data: Dashboard) -> None:
        chart = self.chart
        reset_chart(chart)
        months = self._months()
        counts: dict[str, dict[str, int]] = {}
        for month, right, n in data.per_month:
            counts.setdefault(right, {})[month] = n
        series = QStackedBarSeries()
        order = [r.value for r in Right]
        for right in sorted(counts, key=labels.right):
            bar = QBarSet(labels.right(right))
            index = order.index(right) if right in order else len(order)
            bar.setColor(QColor(_RIGHT_COLOURS[index % len(_RIGHT_COLOURS)]))
            bar.append([float(counts[right].get(m, 0)) for m in months])
            series.append(bar)
        chart.addSeries(series)
        locale = QLocale()
        names = [
            locale.standaloneMonthName(int(m[5:]), QLocale.FormatType.ShortFormat).rstrip(".")
            + (f" {m[2:4]}" if m.endswith("-01") else "")
            for m in months
        ]
        x_axis = QBarCategoryAxis()
        x_axis.append(names)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        totals = [sum(counts[r].get(m, 0) for r in counts) for m in months]
        y_axis = QValueAxis()
        top = max([*totals, 4])
        y_axis.setRange(0, top)
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%.0f")  # with localizeNumbers: "15 000"; "%d" showed nothing
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)
        chart.legend().setVisible(bool(counts))
        self.chart_view.setMinimumHeight(max(CHART_MIN_HEIGHT, legend_height(chart, len(counts))))

    def _open_row(self, row: int, _column: int) -> None:
        item = self.upcoming.item(row, 0)
        if item is not None:
            self.app.signals.open_case.emit(item.data(Qt.ItemDataRole.UserRole))
