"""The set-up dialog of a NEW data directory: protect it with a passphrase (and the
keyring) and show the recovery key once, or go on without encryption after a plain
warning.

Apart from ``unlock.py`` (the start-up sequence and the unlock dialog) because it is a
dialog of its own, twice the size of the rest; ``unlock`` re-exports it, so
``from dpo_desk.ui.security.unlock import SetupDialog`` still works.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import UserError, render_error
from dpo_desk.services import secrets
from dpo_desk.services.secrets import MIN_PASSPHRASE, SetupResult
from dpo_desk.ui import i18n
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.security import clipboard
from dpo_desk.ui.security.common import ERROR_STYLE, MONO, WARN_STYLE, strength
from dpo_desk.ui.widgets.confirm import ask_destructive
from dpo_desk.ui.widgets.text import paragraph as _intro
from dpo_desk.ui.widgets.text import title_label as _title

log = logging.getLogger(__name__)


class SetupDialog(QDialog):
    """First start on a new data directory: protect it with a passphrase (and the
    keyring), then show the recovery key once; or, after a plain warning, go on without
    encryption.

    ``result_value``: the ``SetupResult`` (None when the DPO chose no encryption).
    """

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.result_value: SetupResult | None = None
        self.keyring_available = secrets.secure_keyring() is not None
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Protect your data"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_choice())
        self.pages.addWidget(self._build_recovery())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._update_strength()
        self.passphrase.setFocus()

    # -- page 1: the passphrase ----------------------------------------------------------

    def _build_choice(self) -> QWidget:
        page = QWidget(self)
        heading = _title(self.tr("Protect the data with a passphrase"), page)
        intro = _intro(
            self.tr(
                "DPO Desk is creating its data folder in %1. With a passphrase, the cases, "
                "identity documents, letters and backups are encrypted on this computer: "
                "without the passphrase or the recovery key, nobody can read them — not "
                "even you."
            ).replace("%1", str(self.data_dir)),
            page,
        )
        self.passphrase = QLineEdit(page)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setToolTip(
            self.tr("At least %1 characters; a few unrelated words are easy to remember").replace(
                "%1", str(MIN_PASSPHRASE)
            )
        )
        self.confirm = QLineEdit(page)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.confirm.setToolTip(self.tr("Type the same passphrase again"))
        self.show_box = QCheckBox(self.tr("Show"), page)
        self.show_box.setToolTip(self.tr("Show the characters typed"))
        self.show_box.setAccessibleName(self.tr("Show the characters typed"))
        self.show_box.toggled.connect(self._echo)
        self.strength_label = QLabel(page)
        self.strength_label.setAccessibleName(self.tr("Passphrase strength"))
        self.passphrase.textChanged.connect(self._update_strength)
        self.confirm.textChanged.connect(self._update_strength)
        self.confirm.returnPressed.connect(self.encrypt)
        self.use_keyring = QCheckBox(
            self.tr("Also remember it in the system keyring (DPO Desk then opens without asking)"),
            page,
        )
        self.use_keyring.setToolTip(
            self.tr(
                "The key is kept by your operating system's password store, unlocked with "
                "your session. The lock screen and bulk actions still ask for the passphrase."
            )
        )
        self.use_keyring.setAccessibleName(self.tr("Also remember it in the system keyring"))
        self.use_keyring.setVisible(self.keyring_available)
        self.no_keyring = _intro(
            self.tr(
                "No secure system keyring was found on this computer: DPO Desk will ask for "
                "the passphrase at every start. It is never written down in clear."
            ),
            page,
        )
        self.no_keyring.setVisible(not self.keyring_available)
        self.no_keyring.setStyleSheet("color: #4a4a4a;")
        self.error = QLabel(page)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Error message"))
        self.error.hide()
        self.encrypt_button = QPushButton(self.tr("&Encrypt and continue"), page)
        self.encrypt_button.setDefault(True)
        self.encrypt_button.setToolTip(self.tr("Encrypt the new data folder with this passphrase"))
        self.encrypt_button.setAccessibleName(self.tr("Encrypt and continue"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.plain_button = QPushButton(self.tr("Continue &without encryption…"), page)
        self.plain_button.setToolTip(self.tr("Store the data unencrypted (not recommended)"))
        self.plain_button.setAccessibleName(self.tr("Continue without encryption"))
        self.plain_button.clicked.connect(self.ask_plain)
        pass_label = QLabel(self.tr("&Passphrase:"), page)
        pass_label.setBuddy(self.passphrase)
        confirm_label = QLabel(self.tr("&Again:"), page)
        confirm_label.setBuddy(self.confirm)
        grid = QVBoxLayout()
        row1 = QHBoxLayout()
        row1.addWidget(self.passphrase, 1)
        row1.addWidget(self.show_box)
        grid.addWidget(pass_label)
        grid.addLayout(row1)
        grid.addWidget(confirm_label)
        grid.addWidget(self.confirm)
        grid.addWidget(self.strength_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plain_button)
        buttons.addStretch(1)
        buttons.addWidget(self.encrypt_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.use_keyring)
        layout.addWidget(self.no_keyring)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update_strength(self) -> None:
        text = self.passphrase.text()
        level = strength(text)
        words = {
            0: self.tr("Too short: at least %1 characters.").replace("%1", str(MIN_PASSPHRASE)),
            1: self.tr("Weak: add words or characters."),
            2: self.tr("Fair: a longer passphrase is safer."),
            3: self.tr("Strong."),
        }
        colours = {0: "#b3261e", 1: "#b3261e", 2: "#8a5a00", 3: "#1b5e20"}
        message = words[level] if text else words[0]
        if text and self.confirm.text() and self.confirm.text() != text:
            message += " " + self.tr("The two entries differ.")
        self.strength_label.setText(message)
        self.strength_label.setStyleSheet(f"color: {colours[level if text else 0]};")
        self.encrypt_button.setEnabled(level > 0 and self.confirm.text() == text)

    def encrypt(self) -> None:
        passphrase = self.passphrase.text()
        if strength(passphrase) == 0 or passphrase != self.confirm.text():
            self._update_strength()
            return
        self.error.hide()
        self.encrypt_button.setEnabled(False)
        self.plain_button.setEnabled(False)
        self.encrypt_button.setText(self.tr("Encrypting…"))
        data_dir = self.data_dir
        use_keyring = self.keyring_available and self.use_keyring.isChecked()
        (
            BackgroundOp(
                self,
                lambda _h: secrets.setup(data_dir, passphrase=passphrase, use_keyring=use_keyring),
            )
            .success(self._encrypted)
            .failure(self._failed)
            .run_in(Lane.POOL)
        )

    def _encrypted(self, result: SetupResult) -> None:
        self.result_value = result
        self.passphrase.clear()
        self.confirm.clear()
        self.key_label.setText(result.recovery_key or "")
        self.pages.setCurrentIndex(1)
        self.written.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.encrypt_button.setText(self.tr("&Encrypt and continue"))
        self.plain_button.setEnabled(True)
        self._update_strength()
        if not isinstance(exc, UserError):
            log.error("encryption set-up failed", exc_info=exc)
        shown = render_error(exc, i18n.current())
        self.error.setText(shown if isinstance(exc, UserError) else type(exc).__name__)
        self.error.show()

    def ask_plain(self) -> None:
        self.confirm_box, self.plain_yes = ask_destructive(
            self,
            self.tr("Store the data unencrypted?"),
            self.tr("Your data will be stored UNENCRYPTED on this computer."),
            self.tr(
                "Requests, identity documents, death certificates and letters will be "
                "readable by anyone who gets this disk or a copy of it: a stolen or repaired "
                "laptop, a synced or backed-up folder, another account on this computer with "
                "administrator rights. Backups will not be encrypted either. Art. 32 GDPR asks "
                "for protection suited to the risk; for this kind of data, encryption is "
                "the usual answer.\n\nYou can encrypt later with “dpo-desk secure encrypt”."
            ),
            self.tr("Store unencrypted"),
            self.tr("Back: choose a passphrase"),
            self._plain_answer,
        )

    def _plain_answer(self, plain: bool) -> None:
        self.confirm_box = None
        if plain:
            log.warning("the DPO chose to store %s unencrypted", self.data_dir)
            self.result_value = None
            self.accept()

    # -- page 2: the recovery key --------------------------------------------------------

    def _build_recovery(self) -> QWidget:
        page = QWidget(self)
        heading = _title(self.tr("Write down your recovery key"), page)
        intro = _intro(
            self.tr(
                "If you forget the passphrase, this key is the only way to open your data. "
                "It is shown now and never again: write it on paper (or print it) and keep "
                "it somewhere safe, away from this computer."
            ),
            page,
        )
        self.key_label = QLabel(page)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.key_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setStyleSheet(
            "QLabel { " + MONO + " background: #f6f8fa; border: 1px solid #c7ccd1;"
            " border-radius: 4px; padding: 14px; letter-spacing: 1px; }"
        )
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.copy_button = QPushButton(self.tr("&Copy"), page)
        self.copy_button.setToolTip(
            self.tr("Copy the key; the clipboard is cleared after 10 seconds")
        )
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self.copy_key)
        self.print_button = QPushButton(self.tr("&Print…"), page)
        self.print_button.setToolTip(self.tr("Print the key on paper"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_key)
        self.copied = QLabel(page)
        self.copied.setStyleSheet("color: #4a4a4a;")
        self.written = QCheckBox(
            self.tr("I have written down (or printed) the recovery key and stored it safely"),
            page,
        )
        self.written.setAccessibleName(self.tr("I have written down the recovery key"))
        self.continue_button = QPushButton(self.tr("C&ontinue"), page)
        self.continue_button.setEnabled(False)
        self.continue_button.setToolTip(self.tr("Tick the box above first"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        warning = QLabel(
            self.tr("Keep it off this computer: whoever has it can open your data."), page
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(WARN_STYLE)
        tools = QHBoxLayout()
        tools.addWidget(self.copy_button)
        tools.addWidget(self.print_button)
        tools.addWidget(self.copied, 1)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(tools)
        layout.addWidget(warning)
        layout.addStretch(1)
        layout.addWidget(self.written)
        layout.addLayout(end)
        return page

    def copy_key(self) -> None:
        clipboard.copy(self.key_label.text())
        self.copied.setText(self.tr("Copied; the clipboard is cleared in 10 seconds."))

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setHtml(
            "<h2>"
            + html.escape(self.tr("DPO Desk — recovery key"))
            + "</h2><p>"
            + html.escape(self.tr("Data folder: %1").replace("%1", str(self.data_dir)))
            + "</p><p style='font-family: monospace; font-size: 18pt'><b>"
            + html.escape(self.key_label.text())
            + "</b></p><p>"
            + html.escape(self.tr("It opens the data if the passphrase is lost. Keep it safe."))
            + "</p>"
        )
        doc.print_(printer)

    def reject(self) -> None:
        if self.pages.currentIndex() == 1:
            return  # the store is encrypted: the key must be acknowledged, not dismissed
        super().reject()
