"""The intake of a request that came by e-mail: the form prefilled from the message
(sender, time of receipt from its headers, subject and text as notes, suggested rights,
each attachment with its kind), for the DPO to confirm before anything is saved.

A mixin of ``IntakeDialog``; its words use that dialog's translation context. Saving
goes through ``mail_import.import_mail``: one transaction, the original sealed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer
from PySide6.QtWidgets import QLabel, QListWidgetItem

from dpo_desk.domain.text import show_controls
from dpo_desk.services import cases, mail_import
from dpo_desk.services.dto import CaseDetail
from dpo_desk.services.mail_import import MailDraft
from dpo_desk.services.organisation import OrganisationProfile
from dpo_desk.ui import i18n
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.intake_layout import IntakeLayout
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.files import KINDS


class IntakeMail(IntakeLayout):
    """What the intake adds for a message. The attachments of the message are the first
    rows of the file list (``mail_kinds`` in order); files the DPO adds come after."""

    app: AppContext
    profile: OrganisationProfile | None
    _search_timer: QTimer
    mail_draft: MailDraft | None
    mail_kinds: list[str]
    mail_info: QLabel

    def setup_mail(self) -> None:
        self.mail_draft = None
        self.mail_kinds = []
        self.mail_info = QLabel()
        self.mail_info.setWordWrap(True)
        self.mail_info.setTextFormat(Qt.TextFormat.PlainText)
        self.mail_info.setStyleSheet("background: #eef4fb; padding: 6px; border-radius: 3px;")
        self.mail_info.hide()
        self.outer.insertWidget(1, self.mail_info)

    def load_mail(self, draft: MailDraft) -> None:
        """Fill the form from ``draft``; the DPO still confirms the rights and saves."""
        mail = draft.mail
        self.mail_draft = draft
        self.name.setText(mail.sender_name or mail.sender_email.partition("@")[0])
        self.email.setText(mail.sender_email)
        self.notes.setPlainText(mail_import.notes_of(mail, i18n.current()))
        index = self.channel.findData("email")
        self.channel.setCurrentIndex(max(index, 0))
        for value, box in self.rights.items():
            box.setChecked(value in draft.rights)
        self.mail_kinds = list(draft.kinds)
        for i, att in enumerate(mail.attachments):
            item = QListWidgetItem(self.mail_file_text(i))
            item.setToolTip(labels.plain_tip(att.name))
            self.files.insertItem(i, item)
        self.apply_mail_received()
        self.retranslate_mail()
        self._search_timer.start()  # known people by name/e-mail

    def apply_mail_received(self) -> None:
        """The time of receipt from the headers, in the organisation's zone (once the
        profile, and so the zone, is known)."""
        draft = self.mail_draft
        if draft is None or self.profile is None or draft.mail.received is None:
            return
        moment: datetime = draft.mail.received.astimezone(ZoneInfo(self.profile.timezone))
        self.received.set_value(moment.date())
        self.received_time.setTime(QTime(moment.hour, moment.minute))

    def mail_file_text(self, row: int) -> str:
        assert self.mail_draft is not None
        name = self.mail_draft.mail.attachments[row].name
        not_kept = self.mail_draft.not_kept[row] if row < len(self.mail_draft.not_kept) else ""
        if not_kept:  # stays in the sealed message only
            return f"{show_controls(name)} — " + QCoreApplication.translate(
                "IntakeDialog", "kept only in the sealed e-mail: %1"
            ).replace("%1", not_kept)
        return (
            f"{show_controls(name)} — {labels.operation(self.mail_kinds[row])} "
            + QCoreApplication.translate("IntakeDialog", "(from the e-mail)")
        )

    def retranslate_mail(self) -> None:
        draft = self.mail_draft
        if draft is None:
            return
        mail = draft.mail
        zone = self.profile.timezone if self.profile else None
        translate = QCoreApplication.translate
        when = (
            labels.fmt_datetime(mail.received, zone)
            if mail.received is not None
            else translate("IntakeDialog", "unknown")
        )
        sources = {
            "received": translate("IntakeDialog", "the organisation's mail server (Received:)"),
            "date": translate("IntakeDialog", "the sender's Date: header (no Received: hop)"),
        }
        source = sources.get(mail.received_source, translate("IntakeDialog", "no header"))
        subject = mail.subject or translate("IntakeDialog", "(no subject)")
        self.mail_info.setText(
            translate(
                "IntakeDialog",
                "From the e-mail “%1”, received %2 according to %3. Check the "
                "rights suggested from its words; on saving, the original message "
                "is kept sealed as proof of receipt.",
            )
            .replace("%1", subject)
            .replace("%2", when)
            .replace("%3", source)
        )
        self.mail_info.show()
        for i in range(len(self.mail_kinds)):
            self.files.item(i).setText(self.mail_file_text(i))

    def mail_kind_chosen(self, kind: str) -> bool:
        """Give the selected attachment of the message ``kind``; False if no such row is
        selected (the choice is then for the files the DPO adds)."""
        row = self.files.currentRow()
        if not 0 <= row < len(self.mail_kinds) or kind not in KINDS:
            return False
        if (
            self.mail_draft is not None
            and row < len(self.mail_draft.not_kept)
            and self.mail_draft.not_kept[row]
        ):
            return True  # not a document: its kind does not matter

        self.mail_kinds[row] = kind
        self.files.item(row).setText(self.mail_file_text(row))
        return True

    def mail_save_op(self, new: cases.NewCase) -> Callable[[], CaseDetail]:
        """The import of the message as the DPO confirmed it, for the task runner."""
        assert self.mail_draft is not None
        ctx, mail, kinds = self.app.ctx, self.mail_draft.mail, list(self.mail_kinds)

        def op() -> CaseDetail:
            from_mail = mail_import.import_mail(ctx, mail, new, kinds, follow_thread=False)
            return cases.get_case(ctx, from_mail.reference)

        return op
