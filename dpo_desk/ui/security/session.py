"""One running program's security: the app lock (``LockState``), the lock screen in the
main window, the idle and screen-lock watchers, the clipboard guard, the backup scheduler,
re-authentication before bulk actions, and swapping the store for a restore.

``start(window, store)`` builds it after the window is shown (``app.run``), and
``session_for(app)`` finds it from a screen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QWidget

from dpo_desk.errors import StoreError, UserError
from dpo_desk.services import audit, secrets
from dpo_desk.services.secrets import LockState
from dpo_desk.services.session import Store, open_store, take_over
from dpo_desk.services.settings import get_settings
from dpo_desk.ui.background import BackgroundOp, Lane, OpHandle
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.security import clipboard
from dpo_desk.ui.security.lock import (
    IdleWatcher,
    LockScreen,
    ReauthDialog,
    ScreenLockWatcher,
    hide_other_windows,
    require_auth,
    show_again,
)
from dpo_desk.ui.security.scheduler import BackupScheduler

if TYPE_CHECKING:
    from dpo_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
T = TypeVar("T")
Clock = Callable[[], float]

_SESSIONS: dict[int, SecuritySession] = {}


class ReopenFailed(StoreError):
    """The store could not be reopened after a restore: the program must close."""


def session_for(app: AppContext) -> SecuritySession | None:
    session = _SESSIONS.get(id(app))
    return session if session is not None and session.app is app else None


class SecuritySession(QObject):
    """Signals:
    locked_changed(bool): the window was locked (True) or unlocked (False)."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: MainWindow,
        store: Store | None,
        *,
        clock: Clock = time.monotonic,
        wall: Clock = time.time,
        idle_interval_ms: int = 5000,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.app
        self.store = store
        ctx = self.app.ctx
        minutes = get_settings(ctx).idle_lock_minutes
        self.lock_state = LockState(
            ctx.data_dir, idle_seconds=minutes * 60, ctx=ctx, clock=clock, wall=wall
        )
        self._can_lock = False
        self._keyring_only = False
        self._read_key_slots()
        self.clipboard = clipboard.guard()
        self.reauth_dialog: ReauthDialog | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self.lock_screen = LockScreen(self)
        content = window.takeCentralWidget()
        if content is None:
            raise RuntimeError("the main window has no content to protect")
        self.content: QWidget = content
        self.stack = QStackedWidget(window)
        self.stack.setObjectName("security_stack")
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.lock_screen)
        window.setCentralWidget(self.stack)
        self.stack.setCurrentWidget(self.content)
        self.stack.setVisible(window.isVisible())  # not left to a queued show
        self.idle = IdleWatcher(
            self, interval_ms=idle_interval_ms, clock=clock, wall=wall, parent=self
        )
        self.screen_lock = ScreenLockWatcher(self, parent=self)
        self.scheduler = BackupScheduler(self.app, self.notify, parent=self)
        self.app.signals.settings_changed.connect(self._settings_changed)
        self.app.signals.language_changed.connect(lambda _l: self.retranslate())
        window.security = self
        _SESSIONS[id(self.app)] = self
        self.retranslate()

    # -- life ------------------------------------------------------------------------

    def start(self) -> None:
        self.idle.start()
        self.screen_lock.start()
        self.scheduler.start()

    def shutdown(self) -> None:
        self.idle.stop()
        self.scheduler.stop()
        if _SESSIONS.get(id(self.app)) is self:
            del _SESSIONS[id(self.app)]

    def retranslate(self) -> None:
        self.lock_screen.retranslate()
        act = getattr(self.window, "act_lock", None)
        if isinstance(act, QAction):
            can = self.can_lock()
            act.setEnabled(can)
            act.setToolTip(
                self.tr("Hide everything until the passphrase is typed again (Ctrl+L)")
                if can
                else self.tr("The lock needs encrypted data (a passphrase to unlock with)")
            )

    def can_lock(self) -> bool:
        """Whether a passphrase protects the data (read from the key file once, at start
        and when the settings change: locking itself reads no file)."""
        return self._can_lock

    def _read_key_slots(self) -> None:
        try:
            self._can_lock = self.lock_state.can_lock
            slots = secrets.load_keyfile(self.app.ctx.data_dir).slots
        except UserError:
            self._can_lock, self._keyring_only = False, False
            return
        self._keyring_only = "keyring" in slots and "passphrase" not in slots

    def notify(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 30_000)

    def _settings_changed(self) -> None:
        self._read_key_slots()
        try:
            minutes = get_settings(self.app.ctx).idle_lock_minutes
        except Exception:  # noqa: BLE001 - keep the current delay
            log.exception("cannot read the idle lock delay")
            return
        self.lock_state.idle_seconds = minutes * 60

    # -- locking ---------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def lock(self, reason: str = "on demand") -> bool:
        """Lock now (a plain store cannot: False)."""
        if not self.lock_state.locked:
            if not self.can_lock():
                return False
            self.lock_state.mark_locked()  # hidden now; the audit line on the DB lane
            state = self.lock_state
            BackgroundOp(None, lambda _h: state.record_lock(reason)).run_in(Lane.DB, self.app.tasks)
        self.show_locked(reason)
        return True

    def is_lock_key(self, event: QKeyEvent) -> bool:
        """The "Lock now" shortcut pressed in a dialog (window-modal dialogs block the
        main window's own shortcuts)."""
        act = getattr(self.window, "act_lock", None)
        if not isinstance(act, QAction) or act.shortcut().isEmpty():
            return False
        return QKeySequence(event.keyCombination()) == act.shortcut()

    def show_locked(self, reason: str) -> None:
        if self.locked:
            return
        self._hidden = hide_other_windows(self.window)
        self._disabled = [a for a in self.window.actions() if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self.window.menuBar().setEnabled(False)
        self.window.statusBar().clearMessage()
        self.clipboard.clear_now()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare(reason, self._keyring_only)
        log.info("window locked (%s)", reason)
        self.locked_changed.emit(True)

    def show_unlocked(self) -> None:
        if not self.locked:
            return
        self.stack.setCurrentWidget(self.content)
        self.window.menuBar().setEnabled(True)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        show_again(self._hidden)
        self._hidden = []
        self.lock_state.touch()
        self.locked_changed.emit(False)

    def unlock_with_keyring(self, failed: Callable[[BaseException], None]) -> None:
        """For a store without a passphrase: the OS keyring gives the key again (asked
        on the DB lane, with the audit line); ``failed`` is told why it did not."""
        ctx = self.app.ctx

        def op(_handle: OpHandle) -> None:
            secrets.unlock(ctx.data_dir)  # raises NeedSecret when the keyring cannot
            with ctx.db.write() as session:
                audit.record(session, ctx, "session.unlock", "session", "-", {"with": "keyring"})

        def done(_result: None) -> None:
            self.lock_state.locked = False
            self.lock_state.touch()
            self.show_unlocked()

        BackgroundOp(self.lock_screen, op).success(done).failure(failed).run_in(
            Lane.DB, self.app.tasks
        )

    # -- re-authentication -----------------------------------------------------------

    def require_auth(self, parent: QWidget, action: str, then: Callable[[], None]) -> None:
        """Run ``then`` once the passphrase was typed within the last 2 minutes (asked
        for now if not; a plain store has nothing to ask)."""
        self.reauth_dialog = require_auth(self.lock_state, parent, action, then)

    def pause(self) -> None:
        """No lock audit nor scheduled backup while the store is swapped (restore)."""
        self.idle.timer.stop()
        self.scheduler.stop()

    def resume(self) -> None:
        self.lock_state.touch()
        self.idle.start()
        self.scheduler.timer.start()

    # -- swapping the store (restore) ------------------------------------------------

    def with_store_closed(self, op: Callable[[], T]) -> T:
        """Close the store, run ``op`` (a restore), reopen the store in place (also when
        ``op`` failed). Runs on the DB worker, so no other task touches the store meanwhile.

        Raises:
            ReopenFailed: the store could not be reopened; the program must close.
        """
        store = self.store
        if store is None:
            raise UserError("restart DPO Desk to restore a backup (the store is not ours)")
        store.close()
        try:
            return op()
        finally:
            self._reopen(store)

    def _reopen(self, store: Store) -> None:
        data_dir = store.data_dir
        try:
            fresh = open_store(data_dir, key=secrets.key_for_open(data_dir))
        except Exception as exc:
            log.exception("cannot reopen the store after a restore")
            raise ReopenFailed(
                "the data could not be reopened ({reason}); DPO Desk must close. Start it "
                "again: nothing else was changed.",
                reason=exc,
            ) from exc
        self.app.ctx.db = take_over(store, fresh)


def start(window: MainWindow, store: Store | None, **kwargs: Any) -> SecuritySession:
    """Install the lock screen, the idle and screen-lock watchers and the backup
    scheduler on ``window`` (call after ``window.show()``)."""
    session = SecuritySession(window, store, **kwargs)
    session.start()
    return session
