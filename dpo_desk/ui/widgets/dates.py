"""A date field that never changes what the DPO typed.

Qt's ``QDateEdit`` edits a date section by section: typing a whole date such as
``1950-02-31`` into it silently gives another date (the sections it could not read keep
their old values), and a date past its maximum is silently clamped. For dates with legal
weight (receipt, death, notification) that is a lost input. ``DateField`` is a line edit:
the text is read whole (``2026-02-03``, ``03/02/2026`` or ``3/2/2026``, day first as in
France and the UK), a calendar button fills it, and an unreadable, impossible or
out-of-range date gets a message under the field and stays exactly as typed.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

ERROR_STYLE = "color: #b3261e;"
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


class DateError(ValueError):
    """Why a typed date is refused (the message is shown at the field)."""


def parse_date(text: str) -> date | None:
    """The date ``text`` names, or None when empty.

    Raises:
        DateError: the text is not a date, or names a day that does not exist.
    """
    if not text.strip():
        return None
    if m := _ISO.match(text):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DAY_FIRST.match(text):
        day, month, year = (int(g) for g in m.groups())
    else:
        raise DateError(
            QCoreApplication.translate(
                "DateField", "Not a date: write it as 31/12/2025 or 2025-12-31."
            )
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(
            QCoreApplication.translate("DateField", "%1 does not exist in the calendar.").replace(
                "%1", text.strip()
            )
        ) from None


def show_date(day: date) -> str:
    """The text a date is shown as (day first, the order it is typed in)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


class DateField(QWidget):
    """A date typed whole or picked in a calendar; refused dates are explained, never
    replaced.

    Signals:
        changed(): the text changed (valid or not).
    """

    changed = Signal()

    def __init__(
        self, value: date | None = None, parent: QWidget | None = None, *, required: bool = True
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.minimum: date | None = None
        self.maximum: date | None = None
        self.too_late = ""
        self.too_early = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("31/12/2025")
        self.line.setMaxLength(20)
        self.setFocusProxy(self.line)
        self.pick = QToolButton(self)
        self.pick.setText("…")  # a glyph every font has (no emoji font on many desktops)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._sync_calendar)
        self.pick.setMenu(menu)
        row.addWidget(self.line, 1)
        row.addWidget(self.pick)
        outer.addLayout(row)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        outer.addWidget(self.error)
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self.check)
        self.pick.setToolTip(QCoreApplication.translate("DateField", "Pick in a calendar"))
        if value is not None:
            self.set_value(value)

    # -- value --------------------------------------------------------------------

    def set_value(self, value: date | None) -> None:
        self.line.setText(show_date(value) if value else "")
        self.clear_error()
        self.changed.emit()

    def value(self) -> date | None:
        """The date typed, or None when it is empty or refused (see :meth:`problem`)."""
        try:
            day = parse_date(self.line.text())
        except DateError:
            return None
        return day if day is not None and not self._range_problem(day) else None

    def problem(self) -> str:
        """Why the text is not an acceptable date, or "" when it is."""
        try:
            day = parse_date(self.line.text())
        except DateError as exc:
            return str(exc)
        if day is None:
            return (
                QCoreApplication.translate("DateField", "A date is required.")
                if self.required
                else ""
            )
        return self._range_problem(day)

    def _range_problem(self, day: date) -> str:
        if self.maximum is not None and day > self.maximum:
            return self.too_late or QCoreApplication.translate(
                "DateField", "%1 is after %2."
            ).replace("%1", show_date(day)).replace("%2", show_date(self.maximum))
        if self.minimum is not None and day < self.minimum:
            return self.too_early or QCoreApplication.translate(
                "DateField", "%1 is before %2."
            ).replace("%1", show_date(day)).replace("%2", show_date(self.minimum))
        return ""

    def set_range(
        self, minimum: date | None, maximum: date | None, *, too_late: str = "", too_early: str = ""
    ) -> None:
        """Dates outside are refused with ``too_late``/``too_early`` (never clamped)."""
        self.minimum, self.maximum = minimum, maximum
        self.too_late, self.too_early = too_late, too_early

    # -- checking -----------------------------------------------------------------

    def check(self) -> bool:
        """Show the problem under the field (or hide it); True when the date is fine."""
        why = self.problem()
        if why:
            self.show_error(why)
        else:
            self.clear_error()
        return not why

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.line.setStyleSheet("QLineEdit { border: 1px solid #b3261e; }")

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self.line.setStyleSheet("")

    def _edited(self, _text: str) -> None:
        if self.error.isVisible() and not self.problem():
            self.clear_error()
        self.changed.emit()

    # -- calendar -----------------------------------------------------------------

    def _sync_calendar(self) -> None:
        day = self.value()
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, qd: QDate) -> None:
        self.set_value(date(qd.year(), qd.month(), qd.day()))
        menu = self.pick.menu()
        if menu is not None:
            menu.close()
        self.check()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.pick.setAccessibleName(
            QCoreApplication.translate("DateField", "Pick %1 in a calendar").replace("%1", name)
        )


def first_invalid(root: QWidget) -> DateField | None:
    """Check every visible, enabled date field under ``root``; the first refused one."""
    bad = None
    for field in root.findChildren(DateField):
        if field.isEnabled() and not field.check() and bad is None:
            bad = field
    return bad
