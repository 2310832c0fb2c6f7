"""The dashboard's "incident clocks running" counter: red when a 72-hour deadline is
less than 24 hours away (or past), amber otherwise; a click opens the Incidents page."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from dpo_desk.services.incident_dto import IncidentSummary

if TYPE_CHECKING:
    from dpo_desk.services.context import Context

URGENT_HOURS = 24
RED, AMBER, GREY = "#b00020", "#b86e00", "#546e7a"


def clocks(ctx: Context) -> tuple[int, bool]:
    """How many clocks run (GDPR and Quebec), and whether one is due within 24 hours (on
    the DB lane: the dashboard is painted before the services load, issue 19)."""
    from dpo_desk.services import incidents

    rows = incidents.list_incidents(ctx, incidents.IncidentFilter(running_only=True))
    return len(rows), any(_urgent(r, ctx.now()) for r in rows)


def _urgent(row: IncidentSummary, now: datetime) -> bool:
    return row.clock_running and (row.due_at - now).total_seconds() < URGENT_HOURS * 3600


class IncidentClocksButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incident_clocks")
        # None until read: the window is painted before its store is open (issue 19),
        # and a tile must never say 0 for a count it does not know.
        self.count: int | None = None
        self.urgent = False
        self.setMinimumHeight(92)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(16, 6, 10, 8)
        inner.setSpacing(0)
        self.number, self.caption = QLabel(), QLabel()
        self.caption.setWordWrap(True)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner.addWidget(label)
        self.set_clocks(None, False)

    def colour(self) -> str:
        return RED if self.urgent else AMBER if self.count else GREY

    def set_clocks(self, count: int | None, urgent: bool) -> None:
        self.count, self.urgent = count, urgent
        colour = self.colour()
        self.setStyleSheet(
            "QPushButton { text-align: left; padding: 8px 14px; border: 1px solid #c8c8c8;"
            f" border-left: 6px solid {colour}; border-radius: 6px; background: palette(base);"
            " font-size: 11pt; }"
            "QPushButton:hover { background: palette(alternate-base); }"
        )
        self.number.setStyleSheet(f"font-size: 24pt; font-weight: 700; color: {colour};")
        self.retranslate()

    def retranslate(self) -> None:
        number = "…" if self.count is None else QLocale().toString(self.count)
        name = self.tr("Incident clocks running")  # a tile heading, like "Overdue"
        caption = name + " (< 24 h)" if self.urgent else name
        if self.urgent:  # said in words as well as in red
            name += " — " + self.tr("one is due within 24 hours")
        self.number.setText(number)
        self.caption.setText(caption)
        self.setAccessibleName(f"{name}: {number}")
        self.setToolTip(name + "\n" + self.tr("Show the incidents"))
