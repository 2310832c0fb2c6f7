"""The lock screen, the idle watcher, the OS screen-lock watcher and the "type your
passphrase again" dialog.

The lock screen replaces the window's content in a QStackedWidget: the screens holding
case data are hidden (not painted over), so a screenshot, a screen reader or a
keyboard shortcut reaches nothing behind it. The window's actions and menus are disabled
while locked, and other open windows of DPO Desk (dialogs) are hidden.

OS screen lock:

* ``QGuiApplication.applicationStateChanged`` is NOT used: "inactive" only means another
  program has the focus (or a dialog is open), not that the screen is locked.
* Linux: the ``ActiveChanged(bool)`` signal of ``org.freedesktop.ScreenSaver`` (KDE,
  Xfce, LXQt...) and ``org.gnome.ScreenSaver`` (GNOME, Cinnamon) on the session D-Bus.
* Every platform: a suspend is noticed when the wall clock jumped much further than the
  monotonic clock between two ticks (``time.monotonic`` stops during sleep on Linux and
  macOS); the window then locks on resume.
* Windows and macOS screen-lock notifications (WTS session change, the distributed
  notification ``com.apple.screenIsLocked``) are not wired yet: there the idle lock
  (default 10 minutes) covers a locked screen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services.secrets import LockState
from dpo_desk.ui.background import Lane
from dpo_desk.ui.security.common import SecretEntry

if TYPE_CHECKING:
    from dpo_desk.ui.security.session import SecuritySession

log = logging.getLogger(__name__)

Clock = Callable[[], float]

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)
# Seconds the wall clock may run ahead of the monotonic one between two ticks before we
# call it a suspend.
SLEEP_GAP = 60.0


class IdleWatcher(QObject):
    """An event filter on QApplication (any key or mouse activity resets the idle time)
    and a timer that asks the lock state whether the delay has passed.

    Signals:
        tick(): after each check (tests drive ``check()`` directly with a fake clock).
    """

    tick = Signal()

    def __init__(
        self,
        session: SecuritySession,
        *,
        interval_ms: int = 5000,
        clock: Clock = time.monotonic,
        wall: Clock = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.wall = wall
        self._last: tuple[float, float] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._last = (self.clock(), self.wall())
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in ACTIVITY:
            self.session.lock_state.touch()
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and isinstance(watched, QWidget)
                and watched.window() is not self.session.window
                and self.session.is_lock_key(event)
            ):
                self.session.lock("on demand")  # Ctrl+L in a dialog
                return True
        return False

    @Slot()
    def check(self) -> None:
        mono, wall = self.clock(), self.wall()
        if self._last is not None:
            slept = (wall - self._last[1]) - (mono - self._last[0])
            if slept > SLEEP_GAP:
                self.session.lock("sleep")
        self._last = (mono, wall)
        if self.session.lock_state.is_idle_too_long():
            self.session.lock("idle")
        self.tick.emit()


class ScreenLockWatcher(QObject):
    """Locks when the desktop's screen saver says the screen is locked (Linux D-Bus)."""

    SERVICES = (
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    )

    def __init__(self, session: SecuritySession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.connected: list[str] = []

    def start(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # not on this platform
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for interface, path in self.SERVICES:
            slot = SLOT("screenSaverActive(bool)")
            if bus.connect("", path, interface, "ActiveChanged", self, slot):  # type: ignore[call-overload]
                self.connected.append(interface)
        if self.connected:
            log.info("lock on screen lock: listening to %s", ", ".join(self.connected))

    @Slot(bool)
    def screenSaverActive(self, active: bool) -> None:  # noqa: N802 - the D-Bus slot name
        if active:
            self.session.lock("screen locked")


class LockScreen(QWidget):
    """What the window shows while locked: no case data, a passphrase field, and for a
    store opened by the keyring only, a button that asks the keyring again."""

    def __init__(self, session: SecuritySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        state = session.lock_state
        self.card = QFrame(self)
        self.card.setObjectName("lock_card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setFrameShadow(QFrame.Shadow.Raised)
        self.card.setBackgroundRole(QPalette.ColorRole.Base)
        self.card.setAutoFillBackground(True)
        self.card.setFixedWidth(500)
        self.heading = QLabel(self.card)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = QLabel(self.card)
        self.reason.setWordWrap(True)
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry = SecretEntry(state.retry_after, lane=Lane.DB, parent=self.card)
        self.entry.submitted.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.card)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.entry.ready_changed.connect(self.unlock_button.setEnabled)
        self.keyring_button = QPushButton(self.card)
        self.keyring_button.clicked.connect(self.try_keyring)
        self.note = QLabel(self.card)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #4a4a4a;")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(self.heading)
        inner.addWidget(self.reason)
        inner.addSpacing(6)
        inner.addWidget(self.entry)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.keyring_button)
        inner.addSpacing(6)
        inner.addWidget(self.note)
        row = QHBoxLayout()  # not an alignment flag: the card's wrapped labels need
        row.addStretch(1)  # its own width for their height
        row.addWidget(self.card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.reason_code = "on demand"
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("DPO Desk is locked"))
        self.heading.setAccessibleName(self.heading.text())
        self.reason.setText(self._reason_text(self.reason_code))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setToolTip(self.tr("Unlock with the passphrase or the recovery key"))
        self.keyring_button.setText(self.tr("Unlock with the system &keyring"))
        self.keyring_button.setAccessibleName(self.tr("Unlock with the system keyring"))
        self.keyring_button.setToolTip(
            self.tr("This data has no passphrase: ask the system keyring for its key again")
        )
        self.note.setText(
            self.tr(
                "Your data stays open behind this screen so that a backup can finish; "
                "nothing is shown until you unlock."
            )
        )
        self.entry.retranslate()

    def _reason_text(self, reason: str) -> str:
        minutes = round(self.session.lock_state.idle_seconds / 60)
        texts = {
            "idle": self.tr("Locked after %n minute(s) without activity.", "", minutes),
            "screen locked": self.tr("Locked when the computer's screen was locked."),
            "sleep": self.tr("Locked when the computer went to sleep."),
        }
        return texts.get(reason, self.tr("Locked on request."))

    def prepare(self, reason: str, keyring_only: bool) -> None:
        """Reset the screen for a new lock."""
        self.reason_code = reason
        self.reason.setText(self._reason_text(reason))
        self.entry.field.clear()
        self.entry.clear_messages()
        self.keyring_button.setVisible(keyring_only)
        self.entry.refresh_countdown()
        self.entry.field.setFocus()

    def try_unlock(self) -> None:
        state: LockState = self.session.lock_state
        self.entry.attempt(
            lambda s: state.unlock(s, wait=False), lambda _r: self.session.show_unlocked()
        )

    def try_keyring(self) -> None:
        def failed(exc: BaseException) -> None:  # shown, never a crash
            self.entry.show_error(
                self.tr("The system keyring did not give the key (%1).").replace(
                    "%1", type(exc).__name__
                )
            )

        self.session.unlock_with_keyring(failed)


class ReauthDialog(QDialog):
    """ "Type your passphrase again" before a bulk export, a purge or a restore."""

    def __init__(
        self,
        lock_state: LockState,
        action: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lock_state = lock_state
        self.setWindowTitle(self.tr("Confirm it is you"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Before %1, type your passphrase (or the recovery key) again. "
                "This check is recorded in the audit trail."
            ).replace("%1", action),
            self,
        )
        intro.setWordWrap(True)
        self.entry = SecretEntry(lock_state.retry_after, lane=Lane.DB, parent=self)
        self.entry.submitted.connect(self.confirm)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Confirm"))
        self.ok_button.setAccessibleName(self.tr("Confirm"))
        self.ok_button.setToolTip(self.tr("Check the passphrase, then go on"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.ok_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.entry.ready_changed.connect(self.ok_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.entry)
        layout.addWidget(self.buttons)
        self.entry.field.setFocus()
        self.entry.refresh_countdown()

    def confirm(self) -> None:
        state = self.lock_state
        self.entry.attempt(lambda s: state.reauthenticate(s, wait=False), lambda _r: self.accept())


def require_auth(
    lock_state: LockState,
    parent: QWidget,
    action: str,
    then: Callable[[], None],
) -> ReauthDialog | None:
    """Run ``then`` if the passphrase was typed within the last 2 minutes; else open the
    dialog that asks for it (returned) and run ``then`` once it is confirmed. A plain
    store has nothing to ask for: ``then`` runs at once."""
    if lock_state.recently_authenticated():
        then()
        return None
    dialog = ReauthDialog(lock_state, action, parent)
    dialog.accepted.connect(then)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


def hide_other_windows(main: QWidget) -> list[QWidget]:
    """Hide DPO Desk's other visible top-level windows (dialogs); returns them."""
    hidden: list[QWidget] = []
    for widget in QApplication.topLevelWidgets():
        if widget is main or not widget.isVisible():
            continue
        widget.hide()
        if widget.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            hidden.append(widget)
    return hidden


def _alive(widget: Any) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted meanwhile
        return False
    return True


def show_again(widgets: list[QWidget]) -> None:
    for widget in widgets:
        if _alive(widget):
            widget.show()
