"""What the security dialogs share: running a slow check off the GUI thread, the
passphrase field with its generic error and rate-limit countdown, and a strength hint.

Scrypt takes about 0.3 s per attempt: the check runs in the background (the pool before
the store is open, the DB lane when it records the attempt in the audit trail), and its
result comes back on the GUI thread.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import UserError, render_error
from dpo_desk.services.secrets import MIN_PASSPHRASE, RateLimited, WrongSecretError
from dpo_desk.ui import i18n
from dpo_desk.ui.background import BackgroundOp, Lane

log = logging.getLogger(__name__)

ERROR_STYLE = (
    "QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #e0a39c;"
    " border-radius: 4px; padding: 6px; }"
)
WARN_STYLE = (
    "QLabel { background: #fff4e5; color: #663c00; border: 1px solid #f0c36d;"
    " border-radius: 4px; padding: 6px; }"
)
MONO = "font-family: 'DejaVu Sans Mono', 'Consolas', 'Menlo', monospace;"


# -- passphrase strength ---------------------------------------------------------------------


def strength(passphrase: str) -> int:
    """0: too short; 1: weak; 2: fair; 3: strong (a rough entropy estimate, a hint only)."""
    if len(passphrase) < MIN_PASSPHRASE or not passphrase.strip():
        return 0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in passphrase):
        pool += 33
    if any(not c.isascii() for c in passphrase):
        pool += 100
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    if distinct < 6 or bits < 55:
        return 1
    return 2 if bits < 75 else 3


# -- the passphrase field --------------------------------------------------------------------


class SecretEntry(QWidget):
    """A passphrase field (echo hidden) with "Show", an optional "Use the recovery key"
    switch, the one generic error, and the rate-limit countdown.

    ``attempt(check, on_ok)`` runs ``check(secret)`` off the GUI thread unless the
    rate limit is still running (``retry_after``), then shows the outcome.

    Signals:
        submitted(): Return was pressed in the field.
        ready_changed(bool): an attempt may be made now (no check running, no countdown).
    """

    submitted = Signal()
    ready_changed = Signal(bool)

    def __init__(
        self,
        retry_after: Callable[[], float],
        *,
        recovery: bool = True,
        lane: Lane = Lane.POOL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.retry_after = retry_after
        self.lane = lane
        self.use_recovery = False
        self.busy = False
        self.label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMinimumWidth(320)
        self.field.returnPressed.connect(self.submitted)
        self.label.setBuddy(self.field)
        self.show_box = QCheckBox(self)
        self.show_box.toggled.connect(self._echo)
        self.recovery_button = QPushButton(self)
        self.recovery_button.setFlat(True)
        self.recovery_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recovery_button.setStyleSheet(
            "QPushButton { color: #1a5fb4; text-decoration: underline; border: none;"
            " text-align: left; padding: 0; }"
        )
        self.recovery_button.clicked.connect(self.toggle_recovery)
        self.recovery_button.setVisible(recovery)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.countdown.setStyleSheet(WARN_STYLE)
        self.countdown.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh_countdown)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(self.countdown)
        self.retranslate()

    def retranslate(self) -> None:
        if self.use_recovery:
            self.label.setText(self.tr("&Recovery key:"))
            self.field.setPlaceholderText("ABCDE-FGH23-…")
            self.field.setAccessibleName(self.tr("Recovery key"))
            self.field.setToolTip(
                self.tr("The 30-character key shown when the encryption was set up")
            )
            self.recovery_button.setText(self.tr("Use the passphrase instead"))
        else:
            self.label.setText(self.tr("&Passphrase:"))
            self.field.setPlaceholderText("")
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.field.setToolTip(self.tr("The passphrase that protects this data"))
            self.recovery_button.setText(self.tr("Forgot it? Use the recovery key"))
        self.show_box.setText(self.tr("Show"))
        self.show_box.setToolTip(self.tr("Show the characters typed"))
        self.show_box.setAccessibleName(self.tr("Show the characters typed"))
        self.recovery_button.setAccessibleName(self.recovery_button.text())
        self.error.setAccessibleName(self.tr("Error message"))
        self.countdown.setAccessibleName(self.tr("Waiting time"))

    def _echo(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def toggle_recovery(self) -> None:
        self.use_recovery = not self.use_recovery
        self.field.clear()
        self.retranslate()
        self.field.setFocus()

    def secret(self) -> str:
        return self.field.text()

    def is_ready(self) -> bool:
        return not self.busy and not self._timer.isActive()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._fit()

    def clear_messages(self) -> None:
        self.error.hide()
        self.countdown.hide()
        self._fit()

    def _fit(self) -> None:
        """Let a dialog grow to show a message in full (wrapped labels)."""
        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            window.adjustSize()

    def generic_error(self) -> str:
        return self.tr("Wrong passphrase or damaged key file.")

    # -- the rate limit --------------------------------------------------------------

    def refresh_countdown(self) -> None:
        """Show the seconds left before the next attempt; stop at zero."""
        try:
            wait = self.retry_after()
        except Exception:  # noqa: BLE001 - an unreadable key file: the check will say
            wait = 0.0
        if wait > 0:
            seconds = int(math.ceil(wait))
            self.countdown.setText(
                self.tr("Too many wrong attempts. Try again in %n second(s).", "", seconds)
            )
            if self.countdown.isHidden():
                self.countdown.show()
                self._fit()
            if not self._timer.isActive():
                self._timer.start()
                self.ready_changed.emit(False)
        else:
            if not self.countdown.isHidden():
                self.countdown.hide()
                self._fit()
            if self._timer.isActive():
                self._timer.stop()
                self.ready_changed.emit(self.is_ready())

    def attempt(self, check: Callable[[str], Any], on_ok: Callable[[Any], None]) -> None:
        """Check the typed secret unless a wait is running; show the outcome."""
        if self.busy:
            return
        self.refresh_countdown()
        if self._timer.isActive():
            return
        secret = self.secret()
        if not secret:
            self.show_error(self.tr("Type the passphrase or the recovery key."))
            self.field.setFocus()
            return
        self.error.hide()
        self._set_busy(True)

        def done(result: Any) -> None:
            self._set_busy(False)
            self.field.clear()
            self.clear_messages()
            on_ok(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.field.selectAll()
            self.field.setFocus()
            if isinstance(exc, RateLimited):
                self.refresh_countdown()
            elif isinstance(exc, WrongSecretError):
                self.show_error(self.generic_error())
                self.refresh_countdown()
            elif isinstance(exc, UserError):
                self.show_error(render_error(exc, i18n.current()))
            else:
                log.error("unlock check failed", exc_info=exc)
                self.show_error(
                    self.tr("Unexpected error (%1); see the log.").replace("%1", type(exc).__name__)
                )

        BackgroundOp(self, lambda _h: check(secret)).success(done).failure(failed).run_in(self.lane)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.field.setEnabled(not busy)
        self.ready_changed.emit(self.is_ready())
