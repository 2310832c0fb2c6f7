"""Join a team server: the DPO types where it is and who they are, tests the connection,
and joins. The profile goes to this data directory's settings, the password to the OS
keyring; the desk opens the server at its next start (``app.run``).

Used by the first-start dialog and by Settings ("Team server").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.team import TeamRole
from dpo_desk.errors import UserError
from dpo_desk.services.team_session import (
    DEFAULT_PORT,
    Identity,
    ServerProfile,
    remember_password,
    try_connection,
)
from dpo_desk.ui import crash
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import StatusLine
from dpo_desk.ui.server_settings import save_profile, saved_profile
from dpo_desk.ui.widgets.pickers import choose_file_into

# The TLS modes offered, safest first (libpq's names).
MODES = ("verify-full", "verify-ca", "require", "disable")


class JoinServerDialog(QDialog):
    """Host, port, database, user, password, TLS mode and CA file; Test connection; Join."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("join_server")
        self.setWindowTitle(self.tr("Join a team server"))
        intro = QLabel(
            self.tr(
                "Your administrator gives you the server's address, the database, your "
                "user name and password, and the CA file that proves the server is "
                "genuine. The password is kept in the system keyring, never in a file."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("dpo_desk")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.mode = QComboBox()
        names = {
            "verify-full": self.tr("Verify the certificate and the host name (recommended)"),
            "verify-ca": self.tr("Verify the certificate only"),
            "require": self.tr("Encrypt without verifying (not safe)"),
            "disable": self.tr("No encryption (test servers only)"),
        }
        for mode in MODES:
            self.mode.addItem(names[mode], mode)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(
            self.tr("The CA file (.pem or .crt) from your administrator")
        )
        self.choose_ca = QPushButton(self.tr("C&hoose…"))
        self.choose_ca.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.choose_ca)
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Server:"), self.host),
            (self.tr("&Port:"), self.port),
            (self.tr("&Database:"), self.database),
            (self.tr("&User name:"), self.user),
            (self.tr("Pass&word:"), self.password),
            (self.tr("&TLS:"), self.mode),
        )
        for text, widget in rows:
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(text, widget)
        ca_label = self.tr("&CA file:")
        self.ca_file.setAccessibleName(ca_label.replace("&", "").rstrip(":"))
        label = QLabel(ca_label)
        label.setBuddy(self.ca_file)
        form.addRow(label, ca_row)
        self.status = StatusLine()
        self.status.setObjectName("join_status")
        self.test_button = QPushButton(self.tr("Test &connection"))
        self.test_button.clicked.connect(self.test_connection)
        buttons = QDialogButtonBox()
        self.join_button = buttons.addButton(
            self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.join_button.clicked.connect(self.join)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.test_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.setMinimumWidth(560)
        self._show_saved()

    def _show_saved(self) -> None:
        profile = saved_profile(self.app.ctx.data_dir)
        if profile is None:
            return
        self.host.setText(profile.host)
        self.port.setValue(profile.port)
        self.database.setText(profile.database)
        self.user.setText(profile.user)
        self.mode.setCurrentIndex(max(0, self.mode.findData(profile.sslmode)))
        self.ca_file.setText(str(profile.sslrootcert or ""))

    def _choose_ca(self) -> None:
        choose_file_into(
            self.ca_file,
            self,
            self.tr("The server's CA file"),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )

    def profile(self) -> ServerProfile:
        """What is typed, checked (raises UserError: a missing host, a bad mode)."""
        ca = self.ca_file.text().strip()
        return ServerProfile(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=str(self.mode.currentData()),
            sslrootcert=Path(ca).expanduser() if ca else None,
        )

    def _typed(self) -> ServerProfile | None:
        try:
            return self.profile()
        except UserError as exc:
            self.status.error(crash.message(exc))
            return None

    def _busy(self, busy: bool) -> None:
        for button in (self.test_button, self.join_button):
            button.setEnabled(not busy)

    def test_connection(self) -> None:
        """Connect in the background and say who the server says we are."""
        profile = self._typed()
        if profile is None:
            return
        password = self.password.text() or None
        self.status.ok(self.tr("Connecting to %1…").replace("%1", profile.label()))
        self._busy(True)
        self.app.tasks.run(
            lambda: try_connection(profile, password),
            self._connected,
            self._failed,
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.error(crash.describe(exc))

    def _connected(self, identity: Identity) -> None:
        self._busy(False)
        self.status.ok(self.describe(identity))

    def describe(self, identity: Identity) -> str:
        roles = {
            TeamRole.DPO: self.tr("DPO"),
            TeamRole.DEPUTY: self.tr("deputy"),
            TeamRole.ASSISTANT: self.tr("assistant"),
            TeamRole.AUDITOR: self.tr("auditor"),
        }
        if identity.role is None:
            return self.tr(
                "Connected as %1, but %1 is not a member of the DPO Desk team: ask the DPO "
                "to add you."
            ).replace("%1", identity.user)
        text = (
            self.tr("Connected as %1 (role: %2), PostgreSQL %3.")
            .replace("%1", identity.user)
            .replace("%2", roles[identity.role])
            .replace("%3", identity.server_version.split()[0])
        )
        if identity.revision is None:
            text += " " + self.tr(
                "The database has no DPO Desk data yet: the DPO prepares it with "
                "'dpo-desk team init'."
            )
        return text

    def join(self) -> None:
        """Test, then remember the server (profile in the settings, password in the
        keyring); the desk opens it at the next start."""
        profile = self._typed()
        if profile is None:
            return
        password = self.password.text()
        data_dir = self.app.ctx.data_dir

        def op() -> Identity:
            identity = try_connection(profile, password or None)
            if password:
                remember_password(profile, password)
            return identity

        def done(identity: Identity) -> None:
            self._busy(False)
            save_profile(data_dir, profile)
            self.password.clear()
            self.status.ok(
                self.describe(identity)
                + " "
                + self.tr("Joined: DPO Desk opens this server at its next start.")
            )
            self.join_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Close"))

        self._busy(True)
        self.app.tasks.run(op, done, self._failed, parent=self)
