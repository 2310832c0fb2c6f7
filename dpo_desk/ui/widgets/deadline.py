"""Deadline badges: how urgent a case is, said in words and in colour.

Colour is never the only cue: the badge text says "3 days late", "due in 5 days",
"clock paused" or "closed", so a colour-blind DPO or a screen reader gets the same facts.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dpo_desk.domain.lifecycle import is_open
from dpo_desk.services.dto import CaseSummary
from dpo_desk.ui.widgets import labels

# Model role carrying the :class:`Urgency` of a row (the badge colour).
URGENCY_ROLE = int(Qt.ItemDataRole.UserRole) + 10
SOON_DAYS = 7


class Urgency(StrEnum):
    OVERDUE = "overdue"
    SOON = "soon"
    OK = "ok"
    PAUSED = "paused"
    CLOSED = "closed"


# Background and text colours of each badge (WCAG AA contrast on white text).
COLOURS: dict[Urgency, tuple[str, str]] = {
    Urgency.OVERDUE: ("#b3261e", "#ffffff"),
    Urgency.SOON: ("#f0a020", "#1f1f1f"),
    Urgency.OK: ("#2e7d32", "#ffffff"),
    Urgency.PAUSED: ("#3f6fb5", "#ffffff"),
    Urgency.CLOSED: ("#9e9e9e", "#1f1f1f"),
}


def urgency(status: str, due: date | None, today: date) -> Urgency:
    if not is_open(status) or due is None:
        return Urgency.CLOSED
    if status == "awaiting-identity":
        return Urgency.PAUSED
    if due < today:
        return Urgency.OVERDUE
    if (due - today).days <= SOON_DAYS:
        return Urgency.SOON
    return Urgency.OK


def badge_text(status: str, due: date | None, today: date) -> str:
    """Words for the badge: the date plus how far it is."""
    level = urgency(status, due, today)
    if due is None:
        return QCoreApplication.translate("Deadline", "no deadline")
    when = labels.fmt_date(due)
    if level is Urgency.CLOSED:
        return QCoreApplication.translate("Deadline", "%1 · closed").replace("%1", when)
    if level is Urgency.PAUSED:
        return QCoreApplication.translate("Deadline", "%1 · clock paused").replace("%1", when)
    days = (due - today).days
    # one source text per plural form: lupdate does not see plurals in translate()
    if days == -1:
        text = QCoreApplication.translate("Deadline", "%1 · 1 day late")
    elif days < 0:
        text = QCoreApplication.translate("Deadline", "%1 · %2 days late")
    elif days == 0:
        text = QCoreApplication.translate("Deadline", "%1 · due today")
    elif days == 1:
        text = QCoreApplication.translate("Deadline", "%1 · due tomorrow")
    else:
        text = QCoreApplication.translate("Deadline", "%1 · in %2 days")
    return text.replace("%2", str(abs(days))).replace("%1", when)


def summary_badge(summary: CaseSummary, today: date) -> tuple[Urgency, str]:
    return (
        urgency(summary.status, summary.due, today),
        badge_text(summary.status, summary.due, today),
    )


class DeadlineDelegate(QStyledItemDelegate):
    """Paints the due column as a rounded, coloured badge with its text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        level = index.data(URGENCY_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not level or not text:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection background, focus rectangle
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        bg, fg = COLOURS[Urgency(level)]
        rect: QRect = option.rect.adjusted(4, 3, -4, -3)
        metrics = option.fontMetrics
        width = min(rect.width(), metrics.horizontalAdvance(text) + 16)
        badge = QRect(rect.left(), rect.top(), width, rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(QColor(fg))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, badge.width() - 12)
        painter.drawText(
            badge.adjusted(8, 0, -4, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            elided,
        )
        painter.restore()

    def sizeHint(
        self,
        option: QStyleOptionViewItem,  # noqa: N802 - Qt override
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), 26))
