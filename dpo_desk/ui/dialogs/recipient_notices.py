"""GDPR Art. 19: tick the recipients of the register that were told of this case's
rectification, erasure or restriction; the confirmation letter names only them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from dpo_desk.services.dto import CaseDetail
from dpo_desk.services.registers import notices
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.action import ActionDialog
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.dates import DateField


class RecipientNoticesDialog(ActionDialog):
    """Which recipients were told, and on which day (a recipient already recorded keeps
    its day; the day below is for those ticked now)."""

    def __init__(self, app: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Recipients notified — %1").replace("%1", detail.reference))
        self.set_intro(
            self.tr(
                "Tick the recipients you told of the rectification, erasure or restriction "
                "(GDPR Art. 19). The confirmation letter names only these."
            )
        )
        # A short read of the register (a few dozen rows), done before the dialog shows.
        view = notices.recipient_notices(app.ctx, detail.reference)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recipients of the register"))
        for item in view.items:
            text = f"{item.name} ({item.country})"
            if item.notified_on is not None:
                text += " — " + self.tr("told on %1").replace(
                    "%1", labels.fmt_date(item.notified_on)
                )
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.recipient_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(
                Qt.CheckState.Checked if item.notified_on is not None else Qt.CheckState.Unchecked
            )
            self.list.addItem(row)
        self.form.addRow(self.tr("&Recipients:"), self.list)
        self.day = DateField(app.ctx.today())
        self.day.setAccessibleName(self.tr("Day they were told"))
        self.form.addRow(self.tr("&Told on:"), self.day)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("How they were told"))
        self.note.setPlaceholderText(self.tr("e.g. e-mail to the processor's support"))
        self.form.addRow(self.tr("&How:"), self.note)
        self.ok_button.setText(self.tr("Record"))

    def checked_ids(self) -> list[int]:
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def operation(self) -> Callable[[], Any] | None:
        day = self.day.value()
        if day is None:
            return None
        ctx, ref, ids, note = (
            self.app.ctx,
            self.detail.reference,
            self.checked_ids(),
            self.note.text(),
        )
        return lambda: notices.record_notices(ctx, ref, ids, day, note)
