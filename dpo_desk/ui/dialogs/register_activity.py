"""Dialog of the register of processing (GDPR Art. 30(1)): add or edit an activity."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from dpo_desk.domain.registers import LEGAL_BASES
from dpo_desk.services import registers
from dpo_desk.services.registers.dto import ActivityView
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import FormDialog
from dpo_desk.ui.dialogs.register_directive import pick, text_edit


def split_items(text: str) -> list[str]:
    """One item per line or per semicolon, blanks dropped."""
    parts = [p.strip() for line in text.splitlines() for p in line.split(";")]
    return [p for p in parts if p]


class ActivityDialog(FormDialog):
    """Every field of an activity; the machine retention rule of an edited activity is
    kept as it is (it is set by import)."""

    aliases = {
        "name": "name",
        "purposes": "purposes",
        "legal basis": "legal_basis",
        "data categories": "data_categories",
        "subject categories": "subject_categories",
        "sources": "sources",
        "retention": "retention",
        "automated decision": "automated",
        "recipients": "recipients",
        "recipient": "recipients",
        "active": "active",
        "a processing activity named": "name",
    }

    def __init__(
        self,
        app: AppContext,
        recipients: Sequence[str],
        parent: QWidget | None = None,
        existing: ActivityView | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.existing = existing
        self.setWindowTitle(
            self.tr("Edit a processing activity")
            if existing
            else self.tr("Add a processing activity")
        )
        self.setMinimumWidth(600)
        self.name = self.add_row("name", self.tr("&Name"), QLineEdit(self))
        self.purposes = self.add_row(
            "purposes",
            self.tr("&Purposes"),
            text_edit(self, 3),
            self.tr("Why the data are processed (Art. 30(1)(b))"),
        )
        self.basis = QComboBox(self)
        for key, triple in LEGAL_BASES.items():
            self.basis.addItem(f"{pick(triple)} — {triple[2]}", key)
        self.add_row(
            "legal_basis",
            self.tr("&Legal basis"),
            self.basis,
            self.tr(
                "GDPR Art. 6(1): the basis decides which rights apply (e.g. "
                "portability for consent and contract)"
            ),
        )
        self.data = self.add_row(
            "data_categories",
            self.tr("&Data categories"),
            text_edit(self, 2),
            self.tr("One per line or separated by semicolons"),
        )
        self.subjects = self.add_row(
            "subject_categories",
            self.tr("Data s&ubjects"),
            text_edit(self, 2),
            self.tr("Categories of people, one per line"),
        )
        self.sources = self.add_row(
            "sources",
            self.tr("&Sources"),
            QLineEdit(self),
            self.tr("Where the data come from (Art. 15(1)(g))"),
        )
        self.retention = self.add_row(
            "retention",
            self.tr("&Retention"),
            QLineEdit(self),
            self.tr("How long the data are kept, or the criteria (Art. 15(1)(d))"),
        )
        self.recipients = QListWidget(self)
        for name in recipients:
            item = QListWidgetItem(name, self.recipients)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.recipients.setMaximumHeight(140)
        self.add_row(
            "recipients",
            self.tr("Re&cipients"),
            self.recipients,
            self.tr("Tick who receives the data (Recipients page)"),
        )
        self.automated = self.add_row(
            "automated",
            self.tr("&Automated decision"),
            text_edit(self, 2),
            self.tr(
                "Leave empty when there is none; otherwise the logic, its consequences "
                "and how to get human review (Art. 15(1)(h), 22)"
            ),
        )
        self.active = self.add_row(
            "active",
            self.tr("In use"),
            QCheckBox(self.tr("active"), self),
            self.tr("Untick to keep a finished activity for history"),
        )
        self.active.setChecked(True)
        if existing is not None:
            self._fill(existing)

    def _fill(self, a: ActivityView) -> None:
        self.name.setText(a.name)
        self.purposes.setPlainText(a.purposes)
        self.basis.setCurrentIndex(max(0, self.basis.findData(a.legal_basis)))
        self.data.setPlainText("\n".join(a.data_categories))
        self.subjects.setPlainText("\n".join(a.subject_categories))
        self.sources.setText(a.sources)
        self.retention.setText(a.retention)
        for i in range(self.recipients.count()):
            item = self.recipients.item(i)
            if item.text() in a.recipients:
                item.setCheckState(Qt.CheckState.Checked)
        self.automated.setPlainText(a.automated_decision)
        self.active.setChecked(a.active)

    def checked_recipients(self) -> list[str]:
        return [
            self.recipients.item(i).text()
            for i in range(self.recipients.count())
            if self.recipients.item(i).checkState() == Qt.CheckState.Checked
        ]

    def operation(self) -> Callable[[], Any] | None:
        new = registers.NewActivity(
            name=self.name.text(),
            purposes=self.purposes.toPlainText(),
            legal_basis=str(self.basis.currentData()),
            data_categories=split_items(self.data.toPlainText()),
            subject_categories=split_items(self.subjects.toPlainText()),
            sources=self.sources.text(),
            retention=self.retention.text(),
            retention_rule=dict(self.existing.retention_rule) if self.existing else None,
            recipients=self.checked_recipients(),
            automated_decision=self.automated.toPlainText(),
            active=self.active.isChecked(),
        )
        ctx = self.app.ctx
        if self.existing is None:
            return lambda: registers.add_activity(ctx, new)
        old = self.existing.name
        return lambda: registers.update_activity(ctx, old, new)
