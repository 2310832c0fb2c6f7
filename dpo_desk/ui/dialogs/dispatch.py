"""Marking a letter sent (the day it left, how, the registered post number) and later
recording its delivery (the day, optionally the scanned proof). The day the letter left
is what the on-time check compares with the deadline (GDPR Art. 12(3))."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from dpo_desk.domain.dispatch import DispatchChannel
from dpo_desk.services import letters
from dpo_desk.services.dto import DocumentInfo
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.action import ActionDialog
from dpo_desk.ui.letters.form import kind_label
from dpo_desk.ui.widgets import labels


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def channel_label(channel: str) -> str:
    """The channel's name in the program's language."""
    from PySide6.QtCore import QCoreApplication

    names = {
        DispatchChannel.POST.value: QCoreApplication.translate("dispatch", "Post"),
        DispatchChannel.REGISTERED.value: QCoreApplication.translate("dispatch", "Registered post"),
        DispatchChannel.EMAIL.value: QCoreApplication.translate("dispatch", "E-mail"),
        DispatchChannel.HAND.value: QCoreApplication.translate("dispatch", "Hand delivery"),
    }
    return names.get(channel, channel)


def sent_cell(doc: DocumentInfo, fallback_day: str, late: str = "") -> tuple[str, str]:
    """The "Sent" cell of a sent letter: the day it left, the channel (and number), on
    time or ``late`` (the caller's "%n day(s) late", a plural), delivered; and its
    tooltip."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    day = labels.fmt_date(doc.sent_on) if doc.sent_on else fallback_day
    parts = [day]
    if doc.dispatch_channel:
        how = channel_label(doc.dispatch_channel)
        parts.append(how + (" " + doc.tracking_number if doc.tracking_number else ""))
    if doc.days_late:
        parts.append(late)
    elif doc.days_late == 0:
        parts.append(translate("dispatch", "on time"))
    if doc.delivered_on:
        delivered = translate("dispatch", "delivered %1")
        parts.append(delivered.replace("%1", labels.fmt_date(doc.delivered_on)))
    tip = translate("dispatch", "Sent on %1: frozen and archived with its SHA-256")
    tip = tip.replace("%1", day)
    return " · ".join(parts), tip


def _date_edit(today: date, earliest: date) -> QDateEdit:
    edit = QDateEdit(_qdate(today))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(_qdate(today))
    edit.setMinimumDate(_qdate(earliest))
    return edit


class MarkSentDialog(ActionDialog):
    """Freeze a draft letter as sent, saying when and how it left."""

    def __init__(self, app: AppContext, doc: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.doc = doc
        today = app.ctx.today()
        self.setWindowTitle(self.tr("Mark the letter as sent"))
        self.set_intro(
            self.tr(
                "“%1” becomes final: it can never be changed or sent again, and it is "
                "archived with its SHA-256 fingerprint\n%2\n\nThe day it left is the day "
                "compared with the deadline. To change the letter later, generate a new one."
            )
            .replace("%1", kind_label(doc.letter_kind))
            .replace("%2", doc.sha256[:32] + "\n" + doc.sha256[32:])
        )
        self.sent_on = _date_edit(today, min(today, doc.created_at.astimezone().date()))
        self.sent_on.setAccessibleName(self.tr("Day the letter left"))
        self.form.addRow(self.tr("&Sent on:"), self.sent_on)
        self.channel = QComboBox()
        for value in DispatchChannel:
            self.channel.addItem(channel_label(value.value), value.value)
        self.channel.setAccessibleName(self.tr("Channel"))
        self.form.addRow(self.tr("&Channel:"), self.channel)
        self.tracking = QLineEdit()
        self.tracking.setMaxLength(64)
        self.tracking.setAccessibleName(self.tr("Registered post number"))
        self.tracking.setPlaceholderText(self.tr("Printed on the registered post receipt"))
        self.form.addRow(self.tr("Registered post &number:"), self.tracking)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()
        self.ok_button.setText(self.tr("Mark as sent"))

    def _channel_changed(self) -> None:
        registered = self.channel.currentData() == DispatchChannel.REGISTERED.value
        self.tracking.setEnabled(registered)

    def operation(self) -> Callable[[], Any] | None:
        ctx, doc_id = self.app.ctx, self.doc.id
        channel = str(self.channel.currentData())
        sent_on = _pydate(self.sent_on.date())
        tracking = self.tracking.text()
        return lambda: letters.mark_sent(
            ctx, doc_id, channel=channel, sent_on=sent_on, tracking=tracking
        )


class DeliveryDialog(ActionDialog):
    """Record the delivery of a sent letter, with the scanned proof if there is one."""

    def __init__(self, app: AppContext, doc: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.doc = doc
        today = app.ctx.today()
        self.setWindowTitle(self.tr("Record the delivery"))
        self.set_intro(
            self.tr(
                "“%1” was sent on %2. Record the day it was delivered and, if you have "
                "it, the proof (signed registered post slip, read receipt)."
            )
            .replace("%1", kind_label(doc.letter_kind))
            .replace("%2", labels.fmt_date(doc.sent_on) if doc.sent_on else "")
        )
        self.delivered_on = _date_edit(today, doc.sent_on or today)
        self.delivered_on.setAccessibleName(self.tr("Day of delivery"))
        self.form.addRow(self.tr("&Delivered on:"), self.delivered_on)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.proof = QLineEdit()
        self.proof.setAccessibleName(self.tr("Proof of delivery file"))
        self.proof.setPlaceholderText(self.tr("Optional: PDF or image"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.proof, 1)
        row.addWidget(self.browse)
        proof_label = QLabel(self.tr("&Proof:"), self)
        proof_label.setBuddy(self.proof)
        self.form.addRow(proof_label, box)
        self.ok_button.setText(self.tr("Record the delivery"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Proof of delivery"), "", self.tr("PDF or image (*.pdf *.png *.jpg)")
        )
        if path:
            self.proof.setText(path)

    def operation(self) -> Callable[[], Any] | None:
        ctx, doc_id = self.app.ctx, self.doc.id
        day = _pydate(self.delivered_on.date())
        text = self.proof.text().strip()
        proof = Path(text) if text else None
        return lambda: letters.record_delivery(ctx, doc_id, day, proof)
