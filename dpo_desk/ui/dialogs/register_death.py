"""Dialogs of the death notifications workflow (Loi 78-17 art. 85): notify a death,
record what was done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from dpo_desk.domain.registers import NOTIFIER_CAPACITIES
from dpo_desk.services import registers
from dpo_desk.services.registers.deaths import ACTION_KINDS, REQUESTS
from dpo_desk.services.registers.dto import DeathNotificationView
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import FormDialog, OptionalDateEdit
from dpo_desk.ui.dialogs.register_directive import pick, text_edit
from dpo_desk.ui.widgets.dates import DateField


class FilePicker(QWidget):
    """A path field with a "Choose…" button."""

    def __init__(self, caption: str, parent: QWidget | None = None, file_filter: str = "") -> None:
        super().__init__(parent)
        self.caption = caption
        self.file_filter = file_filter
        self.path = QLineEdit(self)
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.setAccessibleName(self.tr("Choose a file: {0}").format(caption))
        self.button.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.button)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.caption, self.path.text(), self.file_filter
        )
        if name:
            self.path.setText(name)

    def value(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if text else None

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.path.setAccessibleName(name)


class NotifyDeathDialog(FormDialog):
    """Record a death notified by an heir, an executor or a notary; opens its case."""

    aliases = {
        "deceased": "deceased",
        "e-mail": "email",
        "notifier": "notifier",
        "capacity": "capacity",
        "notifier contact": "contact",
        "request": "requests",
        "requests": "requests",
        "death date": "death_date",
        "notified on": "notified_on",
        "death-certificate": "certificate",
        "cannot read death-certificate": "certificate",
        "capacity-proof": "proof",
        "cannot read capacity-proof": "proof",
        "notes": "notes",
    }

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.setWindowTitle(self.tr("Notify a death"))
        self.setMinimumWidth(580)
        self.deceased = self.add_row(
            "deceased",
            self.tr("&Deceased"),
            QLineEdit(self),
            self.tr("Full name of the deceased person"),
        )
        self.email = self.add_row(
            "email",
            self.tr("Deceased's &e-mail"),
            QLineEdit(self),
            self.tr("Helps find the customer record and directives"),
        )
        self.death_date = OptionalDateEdit(self.tr("known"), self)
        self.add_row("death_date", self.tr("Date of dea&th"), self.death_date)
        self.notified = DateField(app.ctx.today(), self)
        self.add_row(
            "notified_on",
            self.tr("Notified &on"),
            self.notified,
            self.tr("The day the notification was received: the case's receipt"),
        )
        self.notifier = self.add_row(
            "notifier", self.tr("&Notifier"), QLineEdit(self), self.tr("Who notifies the death")
        )
        self.capacity = QComboBox(self)
        for key, pair in NOTIFIER_CAPACITIES.items():
            self.capacity.addItem(pick(pair), key)
        self.add_row(
            "capacity",
            self.tr("&Capacity"),
            self.capacity,
            self.tr("Heir, person designated in the directives, or notary"),
        )
        self.contact = self.add_row("contact", self.tr("Notifier's con&tact"), QLineEdit(self))
        self.requests = QListWidget(self)
        for key, pair in REQUESTS.items():
            item = QListWidgetItem(pick(pair), self.requests)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.requests.setFixedHeight(self.requests.sizeHintForRow(0) * len(REQUESTS) + 6)
        self.add_row(
            "requests",
            self.tr("&Requests"),
            self.requests,
            self.tr(
                "Without directives, heirs may ask only what the succession "
                "needs and that the death be taken into account "
                "(Loi 78-17 art. 85 II)"
            ),
        )
        pdf = self.tr("Documents (*.pdf *.png *.jpg *.jpeg)")
        self.certificate = self.add_row(
            "certificate",
            self.tr("Death certi&ficate"),
            FilePicker(self.tr("Death certificate"), self, pdf),
            self.tr("Evidence, purged once the heirs are answered"),
        )
        self.proof = self.add_row(
            "proof",
            self.tr("&Proof of capacity"),
            FilePicker(self.tr("Proof of capacity"), self, pdf),
        )
        self.notes = self.add_row("notes", self.tr("Notes"), text_edit(self, 2))

    def checked_requests(self) -> list[str]:
        out = []
        for i in range(self.requests.count()):
            item = self.requests.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def operation(self) -> Callable[[], Any] | None:
        notice = registers.DeathNotice(
            deceased_name=self.deceased.text(),
            notifier_name=self.notifier.text(),
            capacity=str(self.capacity.currentData()),
            requests=self.checked_requests(),
            death_date=self.death_date.value(),
            deceased_email=self.email.text(),
            notifier_contact=self.contact.text(),
            notified_on=self.notified.value(),
            death_certificate=self.certificate.value(),
            capacity_proof=self.proof.value(),
            notes=self.notes.toPlainText(),
        )
        ctx = self.app.ctx
        return lambda: registers.notify_death(ctx, notice)


class DeathActionDialog(FormDialog):
    """Record one thing done for a notification (the heirs' reply lists them)."""

    aliases = {"action": "action", "detail": "detail", "done on": "on", "directive": "action"}

    def __init__(
        self, app: AppContext, notification: DeathNotificationView, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.notification = notification
        self.setWindowTitle(self.tr("Record an action — {0}").format(notification.deceased_name))
        self.action = QComboBox(self)
        for key, pair in ACTION_KINDS.items():
            self.action.addItem(pick(pair), key)
        self.add_row(
            "action",
            self.tr("&Action"),
            self.action,
            self.tr("What was done for the heirs' or executor's request"),
        )
        self.detail = self.add_row(
            "detail",
            self.tr("&Detail"),
            text_edit(self, 2),
            self.tr('Required for "data communicated" and "other": what, to whom'),
        )
        self.on = DateField(app.ctx.today(), self)
        self.add_row("on", self.tr("Done &on"), self.on)

    def operation(self) -> Callable[[], Any] | None:
        ctx, ident = self.app.ctx, self.notification.id
        action, detail = str(self.action.currentData()), self.detail.toPlainText()
        on = self.on.value()
        return lambda: registers.record_action(ctx, ident, action, detail, on)
