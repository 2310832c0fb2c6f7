"""Reports: the annual DPO report's figures for a chosen period, with its charts, and the
PDF saved off the GUI thread (the same figures, ``services.reports``)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.annual_report import AnnualFigures
from dpo_desk.services.reports.annual import ReportResult, write_annual_report
from dpo_desk.services.reports.gather import annual_figures
from dpo_desk.ui import crash, i18n
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine
from dpo_desk.ui.page import Page
from dpo_desk.ui.pages.backups_tasks import ProgressRelay
from dpo_desk.ui.pages.reports_view import FiguresView
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.dates import DateField

PRESETS = ("last-year", "this-year", "last-12-months", "custom")


def preset_period(name: str, today: date) -> tuple[date, date]:
    """The days a preset covers: last calendar year, this year to today, or the twelve
    months ending today."""
    if name == "last-year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if name == "this-year":
        return date(today.year, 1, 1), today
    try:
        start = today.replace(year=today.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        start = date(today.year - 1, 3, 1)
    return start, today


class ReportsPage(Page):
    key = "reports"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.figures: AnnualFigures | None = None
        self.saved_path: Path | None = None
        self._setting = False
        self._loaded_for: tuple[date, date] | None = None
        # The period whose figures the DB lane is computing, if any.
        self._computing: tuple[date, date] | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.heading)
        bar = QHBoxLayout()
        self.preset_label = QLabel()
        self.preset = QComboBox()
        self.preset.setObjectName("report_preset")
        self.preset_label.setBuddy(self.preset)
        self.from_label, self.to_label = QLabel(), QLabel()
        start, end = preset_period("last-year", app.ctx.today())
        self.start, self.end = DateField(start), DateField(end)
        self.from_label.setBuddy(self.start)
        self.to_label.setBuddy(self.end)
        self.show_button = QPushButton()
        self.show_button.setObjectName("report_show")
        self.lang_label = QLabel()
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang_label.setBuddy(self.lang)
        self.save_button = QPushButton()
        self.save_button.setObjectName("report_save_pdf")
        for widget in (
            self.preset_label,
            self.preset,
            self.from_label,
            self.start,
            self.to_label,
            self.end,
            self.show_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.lang_label, self.lang, self.save_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        status_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 3)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = StatusLine(self)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        layout.addLayout(status_row)
        self.view = FiguresView(self)
        layout.addWidget(self.view, 1)
        self.relay = ProgressRelay()
        self.relay.moved.connect(self._moved)
        self.preset.activated.connect(self._preset_chosen)
        self.show_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save_pdf)
        self.start.changed.connect(self._dates_edited)
        self.end.changed.connect(self._dates_edited)
        self.retranslate()
        self.preset.setCurrentIndex(PRESETS.index("last-year"))
        self.lang.setCurrentIndex(0 if i18n.current() == "fr" else 1)

    # -- Page ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Reports")

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if self._loaded_for is None:
            self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Annual report of the Data Protection Officer"))
        self.preset_label.setText(self.tr("&Period:"))
        names = {
            "last-year": self.tr("Last year"),
            "this-year": self.tr("This year"),
            "last-12-months": self.tr("Last 12 months"),
            "custom": self.tr("Custom"),
        }
        current = self.preset.currentIndex()
        self.preset.clear()
        for key in PRESETS:
            self.preset.addItem(names[key], key)
        self.preset.setCurrentIndex(max(0, current))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.start.setAccessibleName(self.tr("First day of the period"))
        self.end.setAccessibleName(self.tr("Last day of the period"))
        self.show_button.setText(self.tr("Show"))
        self.lang_label.setText(self.tr("PDF &language:"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.save_button.setToolTip(self.tr("Write the annual report of this period as a PDF"))
        self.view.retranslate()

    # -- period -------------------------------------------------------------------

    def _preset_chosen(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key == "custom":
            self.start.setFocus()
            return
        start, end = preset_period(key, self.app.ctx.today())
        self._setting = True
        self.start.set_value(start)
        self.end.set_value(end)
        self._setting = False
        self.refresh()

    def _dates_edited(self) -> None:
        if not self._setting:
            self.preset.setCurrentIndex(PRESETS.index("custom"))

    def period(self) -> tuple[date, date] | None:
        """The period typed, or None (the problem is said at the field or below)."""
        if not (self.start.check() and self.end.check()):
            return None
        start, end = self.start.value(), self.end.value()
        if start is None or end is None:
            return None
        return start, end

    def refresh(self) -> None:
        chosen = self.period()
        if chosen is None:
            self.status.error(self.tr("Give the first and last day of the period."))
            return
        if chosen == self._computing:
            # Already on its way: the window refreshes the screen it shows, and showing
            # it asked already; a second gathering cost 8 s more at a million cases.
            return
        start, end = chosen
        ctx = self.app.ctx
        self._loaded_for = self._computing = chosen
        # A year of a large store takes seconds (20 s at a million cases): say so, or the
        # empty cards look broken.
        self.status.ok(
            self.tr("Computing the figures from %1 to %2…")
            .replace("%1", labels.fmt_date(start))
            .replace("%2", labels.fmt_date(end))
        )
        self.app.tasks.run(
            lambda: annual_figures(ctx, start, end)[0],
            partial(self._computed, chosen),
            partial(self._not_computed, chosen),
        )

    def _done(self, period: tuple[date, date]) -> None:
        if self._computing == period:
            self._computing = None

    def _computed(self, period: tuple[date, date], figures: AnnualFigures) -> None:
        self._done(period)
        self._show(figures)

    def _not_computed(self, period: tuple[date, date], exc: BaseException) -> None:
        self._done(period)
        self.status.error(crash.describe(exc))

    def _show(self, figures: AnnualFigures) -> None:
        self.figures = figures
        self.view.show_figures(figures)
        self.status.ok(
            self.tr("Figures from %1 to %2, as known today.")
            .replace("%1", labels.fmt_date(figures.period.start))
            .replace("%2", labels.fmt_date(figures.period.end))
        )

    # -- PDF ----------------------------------------------------------------------

    def save_pdf(self) -> None:
        chosen = self.period()
        if chosen is None:
            self.status.error(self.tr("Give the first and last day of the period."))
            return
        start, end = chosen
        lang = str(self.lang.currentData())
        default = Path.home() / f"dpo-annual-report-{start}-{end}-{lang}.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the annual report"), str(default), "PDF (*.pdf)"
        )
        if not name:
            self.status.ok(self.tr("Saving cancelled; nothing written."))
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        ctx, report = self.app.ctx, self.relay.report
        self.save_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.ok(self.tr("Writing the report…"))
        self.app.tasks.run(
            lambda: write_annual_report(ctx, start, end, lang, path, progress=report),
            self._saved,
            self._save_failed,
        )

    def _moved(self, _stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _saved(self, result: ReportResult) -> None:
        self.save_button.setEnabled(True)
        self.progress.hide()
        self.saved_path = result.path
        self.status.ok(self.tr("Report saved to %1.").replace("%1", str(result.path)))

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.progress.hide()
        self.status.error(crash.describe(exc))
