"""What the Reports page shows of the annual figures: six headline cards, two charts
(requests per month, rights exercised) and the table of every other figure."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.annual_report import AnnualFigures
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.charts import reset_chart

CARDS = ("received", "on_time", "median", "refused", "incidents", "backups")
_ACCENT = "#1f5f99"


class Card(QFrame):
    """A headline figure, its name and one sentence that says what it means."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#card_{key} {{ border: 1px solid #c8d3de; "
            f"border-left: 5px solid {_ACCENT}; border-radius: 6px; "
            "background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 12, 10)
        layout.setSpacing(2)
        self.figure = QLabel("–")
        self.figure.setStyleSheet(f"font-size: 22pt; font-weight: 700; color: {_ACCENT};")
        self.caption = QLabel()
        self.caption.setStyleSheet("font-weight: 600;")
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        for label in (self.figure, self.caption, self.sentence):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)

    def show_figure(self, caption: str, figure: str, sentence: str) -> None:
        self.caption.setText(caption)
        self.figure.setText(figure)
        self.sentence.setText(sentence)
        self.setAccessibleName(f"{caption}: {figure}")
        self.setAccessibleDescription(sentence)


def _chart(title_height: int = 320) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(title_height)
    return chart, view


class FiguresView(QWidget):
    """Cards, charts and the detail table for one set of figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        self.cards = {key: Card(key) for key in CARDS}
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        layout.addLayout(grid)
        charts = QGridLayout()
        self.month_chart, self.month_view = _chart()
        self.right_chart, self.right_view = _chart()
        self.month_title, self.right_title = QLabel(), QLabel()
        for col, (title, view) in enumerate(
            ((self.month_title, self.month_view), (self.right_title, self.right_view))
        ):
            title.setStyleSheet("font-weight: 600;")
            charts.addWidget(title, 0, col)
            charts.addWidget(view, 1, col)
        layout.addLayout(charts)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("report_details")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(260)
        layout.addWidget(self.table, 1)
        self.figures: AnnualFigures | None = None

    # -- formatting ---------------------------------------------------------------

    @staticmethod
    def number(value: int) -> str:
        return QLocale().toString(value)

    def percent(self, rate: float | None) -> str:
        if rate is None:
            return self.tr("n/a")
        return self.tr("%1%").replace("%1", QLocale().toString(rate * 100, "f", 1))

    def days(self, value: int | None) -> str:
        if value is None:
            return self.tr("n/a")
        return self.tr("%n day(s)", "", value)

    # -- filling ------------------------------------------------------------------

    def show_figures(self, f: AnnualFigures) -> None:
        self.figures = f
        n = self.number
        months = max(1, len(f.period.months()))
        top = next(iter(f.per_right), "")
        self.cards["received"].show_figure(
            self.tr("Requests received"),
            n(f.received),
            self.tr("%1 a month on average; most exercised: %2.")
            .replace("%1", n(round(f.received / months)))
            .replace("%2", labels.right(top) if top else self.tr("none")),
        )
        self.cards["on_time"].show_figure(
            self.tr("Answered on time"),
            self.percent(f.on_time_rate),
            self.tr(
                "%1 of %2 requests due or answered in the period were answered by the "
                "deadline in force (GDPR Art. 12(3)); %3 late."
            )
            .replace("%1", n(f.on_time))
            .replace("%2", n(f.judged))
            .replace("%3", n(f.late)),
        )
        self.cards["median"].show_figure(
            self.tr("Median time to answer"),
            self.days(f.median_days),
            self.tr("Over %1 answers; nine in ten within %2.")
            .replace("%1", n(f.answered))
            .replace("%2", self.days(f.p90_days)),
        )
        ground = next(iter(f.refusals), "")
        self.cards["refused"].show_figure(
            self.tr("Requests refused"),
            n(f.refused),
            (
                self.tr("Most frequent ground: %1. ").replace("%1", labels.refusal(ground))
                if ground
                else ""
            )
            + self.tr("Extensions decided: %1.").replace("%1", n(f.extensions)),
        )
        self.cards["incidents"].show_figure(
            self.tr("Personal data breaches"),
            n(f.incidents),
            self.tr(
                "%1 notified to the authority, %2 within 72 hours (GDPR Art. 33); %3 to "
                "the persons."
            )
            .replace("%1", n(f.notified_authority))
            .replace("%2", n(f.notified_within_72h))
            .replace("%3", n(f.notified_persons)),
        )
        self.cards["backups"].show_figure(
            self.tr("Backups verified"),
            n(f.backups_verified),
            self.tr("Each archive verified in full before it is kept; %1 failed.").replace(
                "%1", n(f.backups_failed)
            ),
        )
        self._fill_charts(f)
        self._fill_table(f)

    def _fill_charts(self, f: AnnualFigures) -> None:
        locale = QLocale()
        reset_chart(self.month_chart)
        several_years = len({m[:4] for m in f.per_month}) > 1
        names = [
            locale.standaloneMonthName(int(m[5:]), QLocale.FormatType.ShortFormat).rstrip(".")
            + (f" {m[2:4]}" if several_years else "")
            for m in f.per_month
        ]
        self._bars(
            self.month_chart,
            QBarSeries(),
            names,
            list(f.per_month.values()),
            "#1f5f99",
            Qt.AlignmentFlag.AlignBottom,
            Qt.AlignmentFlag.AlignLeft,
        )
        reset_chart(self.right_chart)
        rights = list(reversed(f.per_right))
        self._bars(
            self.right_chart,
            QHorizontalBarSeries(),
            [labels.right(r) for r in rights],
            [f.per_right[r] for r in rights],
            "#2e7d32",
            Qt.AlignmentFlag.AlignLeft,
            Qt.AlignmentFlag.AlignBottom,
        )

    @staticmethod
    def _bars(
        chart: QChart,
        series: QBarSeries | QHorizontalBarSeries,
        names: list[str],
        values: list[int],
        colour: str,
        category_side: Qt.AlignmentFlag,
        value_side: Qt.AlignmentFlag,
    ) -> None:
        bar = QBarSet("")
        bar.setColor(QColor(colour))
        bar.setLabelColor(QColor("#1a1a1a"))
        label_font = QFont(bar.labelFont())  # "11 673" beside "11 218": a point smaller
        label_font.setPointSizeF(max(7.0, label_font.pointSizeF() - 1))
        bar.setLabelFont(label_font)
        bar.append([float(v) for v in values])
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)  # whole counts, never "1.23457e+06"
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(names or [""])
        small = QFont(categories.labelsFont())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        categories.setLabelsFont(small)
        categories.setTruncateLabels(False)
        chart.addAxis(categories, category_side)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setRange(0, max([*values, 4]) * 1.15)
        axis.applyNiceNumbers()
        axis.setLabelFormat("%.0f")  # with localizeNumbers: "15 000"; "%d" showed nothing
        chart.addAxis(axis, value_side)
        series.attachAxis(axis)

    def _fill_table(self, f: AnnualFigures) -> None:
        n = self.number
        rows: list[tuple[str, str]] = [
            (self.tr("Requests received"), n(f.received)),
            (self.tr("    of which complaints"), n(f.complaints)),
            (self.tr("Requests due or answered in the period"), n(f.judged)),
            (self.tr("Answered by the deadline in force"), n(f.on_time)),
            (self.tr("Answers sent (replies and refusals)"), n(f.answered)),
            (self.tr("90th percentile of the time to answer"), self.days(f.p90_days)),
            (self.tr("Extensions decided (GDPR Art. 12(3))"), n(f.extensions)),
            (self.tr("    of which notified too late (not counted)"), n(f.extensions_late_notice)),
        ]
        rows += [
            (self.tr("Channel: %1").replace("%1", labels.channel(c)), n(v))
            for c, v in f.per_channel.items()
        ]
        rows += [
            (self.tr("Refused: %1").replace("%1", labels.refusal(g)), n(v))
            for g, v in f.refusals.items()
        ]
        rows += [
            (self.tr("Identity proofs requested (GDPR Art. 12(6))"), n(f.id_requested)),
            (self.tr("    received"), n(f.id_received)),
            (self.tr("    identity verified"), n(f.id_verified)),
            (self.tr("    verification failed"), n(f.id_failed)),
            (
                self.tr("Breaches notified to the authority after 72 hours"),
                n(f.notified_authority - f.notified_within_72h),
            ),
            (
                self.tr("Breaches not notified, reasons recorded (GDPR Art. 33(5))"),
                n(f.not_notified),
            ),
        ]
        rows += [
            (self.tr("Register changes: %1").replace("%1", self._register(k)), n(v))
            for k, v in f.register_changes.items()
        ]
        rows += [
            (self.tr("Backups that failed"), n(f.backups_failed)),
            (self.tr("Restores"), n(f.restores)),
        ]
        self.table.setRowCount(len(rows))
        for row, (label, value) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, item)

    def _register(self, key: str) -> str:
        names = {
            "activities": self.tr("processing activities"),
            "recipients": self.tr("recipients"),
            "transfers": self.tr("transfers"),
            "directives": self.tr("post-mortem directives"),
        }
        return names.get(key, key)

    def retranslate(self) -> None:
        self.month_title.setText(self.tr("Requests received per month"))
        self.right_title.setText(self.tr("Rights exercised (a request may exercise several)"))
        self.month_view.setAccessibleName(self.month_title.text())
        self.right_view.setAccessibleName(self.right_title.text())
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.table.setAccessibleName(self.tr("All figures of the period"))
        if self.figures is not None:
            self.show_figures(self.figures)
