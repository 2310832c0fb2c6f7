"""The "E-mail" group of the Settings screen: the SMTP server letters are sent through,
and the place to give its password (kept in the OS keyring, never in the store).

Saved by its own button: the password goes to the keyring, not with the other settings,
and a wrong server must not block saving the organisation's profile.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from dpo_desk.services.mail_settings import (
    DEFAULT_PORTS,
    SECURITY,
    SmtpSettings,
    get_mail_settings,
    save_mail_settings,
    set_smtp_password,
    smtp_password,
)
from dpo_desk.ui import crash
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine


class MailSettingsBox(QGroupBox):
    """Server, port, security, user, sender address and password, with its Save."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("mail_settings")
        form = QFormLayout(self)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        for value in SECURITY:
            self.security.addItem(value, value)
        self.security.activated.connect(self._default_port)
        self.user = QLineEdit()
        self.sender_edit = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(6)]
        fields = (self.host, self.port, self.security, self.user, self.sender_edit, self.password)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        row = QHBoxLayout()
        self.status = StatusLine()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("E-mail (replies sent from the desk)"))
        texts = (
            self.tr("SMTP server:"),
            self.tr("Port:"),
            self.tr("Security:"),
            self.tr("User name:"),
            self.tr("Sender address:"),
            self.tr("Password:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = {
            "starttls": self.tr("STARTTLS (port 587)"),
            "ssl": self.tr("SSL/TLS (port 465)"),
            "none": self.tr("None (local relay only)"),
        }
        for i, value in enumerate(SECURITY):
            self.security.setItemText(i, names[value])
        self.password.setPlaceholderText(self.tr("Kept in the system keyring; empty: unchanged"))
        self.save_button.setText(self.tr("Save e-mail settings"))

    def _default_port(self, _index: int) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])

    def refresh(self) -> None:
        ctx = self.app.ctx
        self.app.tasks.run(
            lambda: (get_mail_settings(ctx), smtp_password(ctx) is not None),
            self._show,
            lambda exc: self.status.error(crash.describe(exc)),
        )

    def _show(self, result: tuple[SmtpSettings, bool]) -> None:
        values, has_password = result
        self.host.setText(values.host)
        self.port.setValue(values.port)
        self.security.setCurrentIndex(max(0, self.security.findData(values.security)))
        self.user.setText(values.user)
        self.sender_edit.setText(values.sender)
        self.password.clear()
        if has_password:
            self.status.ok(self.tr("A password is kept in the system keyring."))

    def save(self) -> None:
        ctx = self.app.ctx
        values = SmtpSettings(
            self.host.text(),
            self.port.value(),
            self.user.text(),
            str(self.security.currentData()),
            self.sender_edit.text(),
        )
        password = self.password.text()

        def op() -> SmtpSettings:
            saved = save_mail_settings(ctx, values)
            if password:
                set_smtp_password(ctx, password)
            return saved

        def done(_saved: SmtpSettings) -> None:
            self.password.clear()
            self.status.ok(self.tr("E-mail settings saved."))

        self.app.tasks.run(op, done, lambda exc: self.status.error(crash.describe(exc)))
