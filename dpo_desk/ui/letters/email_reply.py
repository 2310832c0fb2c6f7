"""Replying by e-mail with the selected letter (services.mail_reply).

The DPO checks the address, subject and text, sees what is attached (the archived PDF,
and for a portability reply the JSON data copy they choose), then either opens the
message in their own mail program (an .eml draft) or sends it through the SMTP server
of the Settings. A message that may have left but is not yet recorded ("sending" after
a crash, or an .eml handed to the mail program) is shown at the top with two answers:
it left (record it as sent) or it did not.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services import cases, mail_reply
from dpo_desk.services.dto import DocumentInfo
from dpo_desk.services.mail_settings import get_mail_settings
from dpo_desk.services.organisation import OrganisationProfile, get_profile
from dpo_desk.ui import crash
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine

WAITING = ("sending", "drafted")


class EmailReplyDialog(QDialog):
    """Write and send (or hand over) the e-mail that carries a letter.

    Signals:
        sent(object): the letter was recorded as sent (its new ``DocumentInfo``).
    """

    sent = Signal(object)

    def __init__(
        self, app: AppContext, doc: DocumentInfo, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app, self.doc, self.reference = app, doc, reference
        self.portability = False
        self.smtp_ok = False
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.banner = QFrame()
        self.banner.setObjectName("mail_banner")
        self.banner.setStyleSheet(
            "QFrame#mail_banner { background: #fff3e0; border: 1px solid #e65100; }"
        )
        banner_layout = QVBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text)
        answers = QHBoxLayout()
        self.left_button = QPushButton()
        self.not_left_button = QPushButton()
        self.left_button.clicked.connect(self.confirm_sent)
        self.not_left_button.clicked.connect(self.withdraw)
        answers.addWidget(self.left_button)
        answers.addWidget(self.not_left_button)
        answers.addStretch(1)
        banner_layout.addLayout(answers)
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.to_edit = QLineEdit()
        self.subject_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setMinimumHeight(150)
        self.attached = QLabel()
        self.attached.setWordWrap(True)
        self.data_edit = QLineEdit()
        self.data_edit.setReadOnly(True)
        self.data_button = QPushButton()
        self.data_button.clicked.connect(self.choose_data)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_edit, 1)
        data_row.addWidget(self.data_button)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels,
            (self.to_edit, self.subject_edit, self.body_edit, self.attached, self.data_edit),
            strict=True,
        ):
            label.setBuddy(field)
        form.addRow(self.labels[0], self.to_edit)
        form.addRow(self.labels[1], self.subject_edit)
        form.addRow(self.labels[2], self.body_edit)
        form.addRow(self.labels[3], self.attached)
        form.addRow(self.labels[4], data_row)
        self.form = form
        layout.addLayout(form)
        self.status = StatusLine()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.eml_button = QPushButton()
        self.smtp_button = QPushButton()
        self.close_button = QPushButton()
        self.eml_button.clicked.connect(self.open_in_mail_program)
        self.smtp_button.clicked.connect(self.send_smtp)
        self.close_button.clicked.connect(self.reject)
        for button in (self.eml_button, self.smtp_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.retranslate()
        self._show_state(doc.email_state)
        self._set_data_row(False)
        ctx = app.ctx
        app.tasks.run(
            lambda: (cases.get_case(ctx, reference), get_mail_settings(ctx), get_profile(ctx)),
            self._loaded,
            lambda exc: self.status.error(crash.describe(exc)),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reply by e-mail"))
        for label, text in zip(
            self.labels,
            (
                self.tr("To:"),
                self.tr("Subject:"),
                self.tr("Message:"),
                self.tr("Attached:"),
                self.tr("Data copy (JSON):"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.attached.setText(
            self.tr("{0} (the archived letter, {1} KB)").format(
                self.doc.original_name, max(1, self.doc.size // 1024)
            )
        )
        self.data_button.setText(self.tr("Choose…"))
        self.data_edit.setPlaceholderText(
            self.tr("Required for a portability reply (GDPR Art. 20(1): machine-readable)")
        )
        self.left_button.setText(self.tr("It left: record it as sent"))
        self.not_left_button.setText(self.tr("It did not leave"))
        self.eml_button.setText(self.tr("Open in my mail program"))
        self.smtp_button.setText(self.tr("Send now (SMTP)"))
        self.close_button.setText(self.tr("Close"))

    def _loaded(self, result: tuple[object, object, OrganisationProfile | None]) -> None:
        detail, settings, profile = result
        self.portability = "portability" in detail.summary.rights  # type: ignore[attr-defined]
        self._set_data_row(self.portability and self.doc.letter_kind in mail_reply.REPLY_KINDS)
        self.to_edit.setText(detail.summary.email)  # type: ignore[attr-defined]
        self.subject_edit.setText(self.tr("Your request {0}").format(self.reference))
        self.body_edit.setPlainText(
            self.tr(
                "Hello,\n\nPlease find attached our letter about your request {0}.\n\nKind regards,"
            ).format(self.reference)
            + signature(profile)
        )
        configured = bool(getattr(settings, "configured", False))
        self.smtp_ok = configured
        self.smtp_button.setEnabled(configured and self.doc.email_state != "sending")
        self.smtp_button.setToolTip(
            ""
            if configured
            else self.tr("Set the SMTP server in Settings, E-mail, to send from here")
        )

    def _set_data_row(self, shown: bool) -> None:
        self.labels[4].setVisible(shown)
        self.data_edit.setVisible(shown)
        self.data_button.setVisible(shown)

    def _show_state(self, state: str) -> None:
        self.banner.setVisible(state in WAITING)
        # Never a second sending while the first may have left: answer the banner first.
        self.eml_button.setEnabled(state != "sending")
        self.smtp_button.setEnabled(state != "sending" and self.smtp_ok)
        if state == "sending":
            self.banner_text.setText(
                self.tr(
                    "A sending of this letter by e-mail was interrupted: it may have left. "
                    "Check your mail's Sent folder or with the recipient, then answer."
                )
            )
        elif state == "drafted":
            self.banner_text.setText(
                self.tr(
                    "This letter was handed to your mail program. Once you sent it from there, "
                    "record it as sent (its Message-ID is kept)."
                )
            )

    def choose_data(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the data copy"), "", self.tr("JSON files (*.json)")
        )
        if name:
            self.data_edit.setText(name)

    def draft(self) -> mail_reply.MailDraft:
        data = self.data_edit.text().strip()
        return mail_reply.MailDraft(
            self.doc.id,
            self.to_edit.text(),
            self.subject_edit.text(),
            self.body_edit.toPlainText(),
            Path(data) if data else None,
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.eml_button, self.left_button, self.not_left_button):
            button.setEnabled(not busy)
        self.smtp_button.setEnabled(not busy and self.smtp_ok)

    def open_in_mail_program(self) -> None:
        ctx, draft = self.app.ctx, self.draft()
        self._busy(True)

        def done(path: Path) -> None:
            self._busy(False)
            self._show_state("drafted")
            self.status.ok(
                self.tr("Written to {0} and opened in your mail program.").format(str(path))
            )
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.app.tasks.run(lambda: mail_reply.write_eml(ctx, draft), done, self._failed)

    def send_smtp(self) -> None:
        ctx, draft = self.app.ctx, self.draft()
        self._busy(True)
        self.status.ok(self.tr("Sending…"))
        self.app.tasks.run(lambda: mail_reply.send_email(ctx, draft), self._sent, self._failed)

    def confirm_sent(self) -> None:
        ctx, doc_id = self.app.ctx, self.doc.id
        self._busy(True)
        self.app.tasks.run(
            lambda: mail_reply.confirm_email_sent(ctx, doc_id), self._sent, self._failed
        )

    def withdraw(self) -> None:
        ctx, doc_id = self.app.ctx, self.doc.id
        self._busy(True)

        def done(_none: object) -> None:
            self._busy(False)
            self._show_state("failed")
            self.status.ok(self.tr("Recorded: the e-mail did not leave."))

        self.app.tasks.run(lambda: mail_reply.withdraw_email(ctx, doc_id), done, self._failed)

    def _sent(self, info: DocumentInfo) -> None:
        self._busy(False)
        self.doc = info
        self._show_state(info.email_state)
        self.status.ok(
            self.tr("Sent to {0} and recorded (Message-ID {1}).").format(
                info.email_to, info.email_message_id
            )
        )
        for button in (self.eml_button, self.smtp_button):
            button.setEnabled(False)
        self.sent.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.error(crash.describe(exc))


def signature(profile: OrganisationProfile | None) -> str:
    """The DPO's name, title and organisation under the greeting: a reply that leaves
    unsigned reads as spam and tells the person nobody answers for it."""
    if profile is None:
        return ""
    title = ", ".join(part for part in (profile.dpo_title, profile.name) if part)
    lines = [line for line in (profile.dpo_name, title, profile.dpo_email) if line]
    return "\n\n" + "\n".join(lines) if lines else ""
