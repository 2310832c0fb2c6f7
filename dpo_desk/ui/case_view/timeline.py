"""Timeline tab: every audit entry of the case, its deadline events and its documents,
oldest first."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services.case_list import TimelineEntry
from dpo_desk.ui.widgets import audit_text, labels


def _fmt_value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_fmt_value(v) for v in value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return labels.fmt_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _fmt_instant(value: Any) -> str:
    """A stored instant ("2026-01-30 10:15:12+01:00") in the organisation's zone."""
    try:
        return labels.fmt_datetime(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value or "—")


class TimelineTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        layout.addWidget(self.tree)
        self.entries: list[TimelineEntry] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Details")]
        )
        self.tree.setAccessibleName(self.tr("Timeline of the case"))
        self.set_entries(self.entries)

    def _details(self, entry: TimelineEntry) -> str:
        d = entry.details
        if entry.source == "deadline":
            text = self.tr("from %1").replace("%1", _fmt_value(d.get("starts_on")))
            if d.get("ends_on"):
                text += " " + self.tr("to %1").replace("%1", _fmt_value(d["ends_on"]))
            elif entry.operation == "suspension":
                text += " " + self.tr("(still running)")
            if d.get("reason"):
                text += f" — {d['reason']}"
            return text
        if entry.source == "document":
            text = str(d.get("name", ""))
            if d.get("purged"):
                text += " " + self.tr("(destroyed)")
            if d.get("late"):
                text += " " + self.tr("(late: %1)").replace("%1", str(d.get("late_reason", "")))
            return text
        if entry.operation == "case.transition":
            text = f"{labels.state(str(d.get('from', '')))} → {labels.state(str(d.get('to', '')))}"
            if d.get("reason"):
                text += f" — {labels.refusal(str(d['reason']))}"
            if d.get("late"):
                text += " — " + self.tr("late (deadline %1): %2").replace(
                    "%1", _fmt_value(d.get("due", ""))
                ).replace("%2", str(d.get("late_reason", "")))
            return text
        if entry.operation == "case.create":
            return (
                self.tr("Rights: %1; due %2")
                .replace("%1", labels.rights(list(d.get("rights", []))))
                .replace("%2", _fmt_value(d.get("due", "")))
            )
        special = self._audit_details(entry.operation, d)
        if special is not None:
            return special
        return audit_text.details(d)

    def _audit_details(self, operation: str, d: dict[str, Any]) -> str | None:
        if operation == "identity.verify":
            text = labels.method(str(d.get("method", "")))
            if d.get("document_kind"):
                text += f" ({d['document_kind']})"
            if d.get("purged"):
                text += " — " + self.tr("%n document copy(ies) destroyed", "", int(d["purged"]))
            return text
        if operation == "identity.request":
            text = (
                self.tr("Asked on %1 — %2")
                .replace("%1", _fmt_value(d.get("requested_on", "")))
                .replace("%2", str(d.get("doubt", "")))
            )
            if d.get("answer_by"):
                text += " — " + self.tr("answer by %1").replace("%1", _fmt_value(d["answer_by"]))
            return text
        if operation == "identity.receive":
            return (
                self.tr("Received on %1; deadline now %2")
                .replace("%1", _fmt_value(d.get("received_on", "")))
                .replace("%2", _fmt_value(d.get("due", "")))
            )
        if operation == "identity.fail":
            return str(d.get("reason", ""))
        if operation == "case.extend":
            text = (
                self.tr("New deadline %1 — %2")
                .replace("%1", _fmt_value(d.get("due", "")))
                .replace("%2", str(d.get("reason", "")))
            )
            if d.get("late"):
                text += " — " + self.tr("late, decided on %1; evidence: %2").replace(
                    "%1", _fmt_value(d.get("decided_on", ""))
                ).replace("%2", str(d.get("evidence", "")))
            return text
        if operation == "mail.receive":  # the proof of receipt (issue 17)
            source = (
                self.tr("topmost Received: hop")
                if d.get("received_from") == "received"
                else self.tr("Date: header")
            )
            return (
                self.tr("Received %1 (%2); original sealed, SHA-256 %3")
                .replace("%1", _fmt_instant(d.get("received_at")))
                .replace("%2", source)
                .replace("%3", str(d.get("sha256", "")))
            )
        if operation == "document.attach":
            return f"{labels.operation(str(d.get('kind', '')))}, {d.get('media_type', '')}"
        return None

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.entries = entries
        self.tree.clear()
        for e in entries:
            when = (
                labels.fmt_date(e.at.date())
                if e.source == "deadline"
                else labels.fmt_datetime(e.at)
            )
            when = (
                labels.fmt_date(e.at.date())
                if e.source == "deadline"
                else labels.fmt_datetime(e.at)
            )
            item = QTreeWidgetItem(
                [
                    when,
                    labels.operation(e.operation),
                    e.actor,
                    self._details(e),
                ]
            )
            item.setToolTip(3, item.text(3))
            self.tree.addTopLevelItem(item)
