"""The app lock in the window: idle lock with a fake clock, Ctrl+L, the lock screen hides
every screen with case data, unlocking (wrong passphrase audited and slowed), the OS
screen lock and suspend, the clipboard guard, and the backup scheduler."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from dpo_desk import backup
from dpo_desk.crypto import kdf
from dpo_desk.services import secrets
from dpo_desk.services.cases import NewCase, add_case
from dpo_desk.services.context import Context
from dpo_desk.store.models import AuditEvent
from dpo_desk.store.opening import Store, open_store
from dpo_desk.ui.background import TaskRunner
from dpo_desk.ui.context import AppContext, AppSignals
from dpo_desk.ui.main_window import MainWindow, build_main_window
from dpo_desk.ui.security import SecuritySession, start
from dpo_desk.ui.security.clipboard import ClipboardGuard
from tests.ui._wait import settle

PASSPHRASE = "correct horse battery staple"
FIXED_NOW = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)


class Clock:
    """Fake monotonic and wall clocks that move together (or not, for a suspend)."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.epoch = 1_800_000_000.0

    def __call__(self) -> float:
        return self.mono

    def wall(self) -> float:
        return self.epoch

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.epoch += seconds


@pytest.fixture
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(kdf, "SCRYPT_N", kdf.SCRYPT_N_MIN)
    yield
    with secrets._GUARD:
        secrets._UNLOCKED.clear()


@pytest.fixture
def enc_store(tmp_path: Path, fast_scrypt: None) -> Iterator[Store]:
    d = tmp_path / "enc"
    secrets.setup(d, passphrase=PASSPHRASE, use_keyring=False)
    store = open_store(d, key=secrets.key_for_open(d))
    yield store
    store.close()


@pytest.fixture
def locked_window(
    qtbot, enc_store: Store, settings: QSettings, english: None
) -> Iterator[tuple[MainWindow, SecuritySession, Clock]]:
    ctx = Context(
        db=enc_store.db, data_dir=enc_store.data_dir, actor="test-dpo", clock=lambda: FIXED_NOW
    )
    app = AppContext(ctx=ctx, tasks=TaskRunner(), signals=AppSignals())
    add_case(ctx, NewCase("Alice Martin", ["access"], date(2026, 1, 20), "email"))
    window = build_main_window(app, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    clock = Clock()
    session = start(window, enc_store, clock=clock, wall=clock.wall)
    yield window, session, clock
    session.shutdown()
    app.tasks.shutdown()


def events(ctx: Context, operation: str) -> int:
    with ctx.db.read() as s:
        return len(s.scalars(select(AuditEvent).where(AuditEvent.operation == operation)).all())


def test_idle_lock_hides_case_data_and_unlocking_restores_it(locked_window, qtbot) -> None:
    window, session, clock = locked_window
    window.show_page("cases")
    table = window.cases_page.table
    assert table.isVisible() and table.model().rowCount() == 1
    assert session.lock_state.idle_seconds == 10 * 60  # the default setting
    clock.advance(9 * 60)
    session.idle.check()
    assert not session.locked
    qtbot.keyClick(window.cases_page.search, Qt.Key.Key_A)  # activity resets the delay
    clock.advance(9 * 60)
    session.idle.check()
    assert not session.locked
    clock.advance(61)
    session.idle.check()
    assert session.locked and session.lock_screen.isVisible()
    assert not table.isVisible() and not window.nav.isVisible()
    assert "10 minutes without activity" in session.lock_screen.reason.text()
    assert not window.menuBar().isEnabled() and not window.act_new.isEnabled()
    # a screenshot of the locked window shows the lock screen only
    shot = window.grab().toImage()
    assert not shot.isNull()
    # wrong passphrase: the generic error, audited, slowed down
    screen = session.lock_screen
    screen.entry.field.setText("wrong passphrase here")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert screen.entry.error.text() == "Wrong passphrase or damaged key file."
    assert events(window.app.ctx, "session.unlock-failed") == 1
    assert session.lock_state.retry_after() > 0 and not screen.unlock_button.isEnabled()
    assert session.locked
    clock.advance(2)
    screen.entry.refresh_countdown()
    screen.entry.field.setText(PASSPHRASE)
    qtbot.keyClick(screen.entry.field, Qt.Key.Key_Return)
    assert not session.locked
    assert table.isVisible() and window.act_new.isEnabled() and window.menuBar().isEnabled()
    assert events(window.app.ctx, "session.lock") == 1
    assert events(window.app.ctx, "session.unlock") == 1


def test_ctrl_l_locks_and_shortcuts_are_dead_while_locked(locked_window, qtbot) -> None:
    window, session, _clock = locked_window
    window.show_page("cases")
    assert window.act_lock.isEnabled() and window.act_lock.shortcut().toString() == "Ctrl+L"
    assert window.act_lock in window.menu_file.actions()
    dialog = window.new_request()
    assert dialog.isVisible()
    qtbot.keyClick(dialog.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.locked and not window.cases_page.isVisible()
    assert not dialog.isVisible()  # open dialogs are hidden too
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QDialog))
    session.lock_screen.entry.field.setText(PASSPHRASE)
    session.lock_screen.try_unlock()
    settle(qtbot)
    assert not session.locked and dialog.isVisible()
    dialog.reject()


def test_plain_store_cannot_lock_and_says_why(window, qtbot) -> None:
    session = start(window, None)
    try:
        assert not window.act_lock.isEnabled()
        assert "encrypted" in window.act_lock.toolTip()
        window.lock_now()
        assert not session.locked
        session.idle.check()
        assert not session.locked
    finally:
        session.shutdown()


def test_screen_lock_and_suspend_lock_the_window(qtbot, locked_window) -> None:
    window, session, clock = locked_window
    session.screen_lock.screenSaverActive(False)
    assert not session.locked
    session.screen_lock.screenSaverActive(True)
    assert session.locked and "screen was locked" in session.lock_screen.reason.text()
    session.lock_screen.entry.field.setText(PASSPHRASE)
    session.lock_screen.try_unlock()
    settle(qtbot)
    assert not session.locked
    session.idle.check()
    clock.epoch += 3600  # the machine slept an hour: the monotonic clock stood still
    session.idle.check()
    assert session.locked and "sleep" in session.lock_screen.reason.text()


def test_keyring_only_store_unlocks_with_the_keyring_button(
    qtbot, tmp_path: Path, fast_scrypt: None, settings: QSettings, english: None
) -> None:
    d = tmp_path / "kr"
    secrets.setup(d, use_keyring=True)  # keyring + recovery key, no passphrase
    store = open_store(d, key=secrets.key_for_open(d))
    try:
        ctx = Context(db=store.db, data_dir=d, actor="test-dpo", clock=lambda: FIXED_NOW)
        app = AppContext(ctx=ctx, tasks=TaskRunner(), signals=AppSignals())
        window = build_main_window(app, settings)
        qtbot.addWidget(window)
        window.show()
        session = start(window, store)
        assert session.lock()
        assert session.lock_screen.keyring_button.isVisible()
        session.lock_screen.keyring_button.click()
        assert not session.locked
        assert events(ctx, "session.unlock") == 1
        session.shutdown()
    finally:
        store.close()


def test_clipboard_is_cleared_after_the_timeout_if_still_ours(qtbot) -> None:
    clipboard = QApplication.clipboard()
    guard = ClipboardGuard(timeout_ms=50)
    guard.copy("2026-0042")
    assert clipboard.text() == "2026-0042"
    assert clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    # something the user copied afterwards is left alone
    guard.copy("ABCDE-FGH23")
    clipboard.setText("the user's own text")
    qtbot.wait(120)
    assert clipboard.text() == "the user's own text"
    clipboard.clear()


def test_locking_clears_our_clipboard_at_once(qtbot, locked_window) -> None:
    _window, session, _clock = locked_window
    session.clipboard.copy("2026-0001")
    session.lock()
    assert QApplication.clipboard().text() == ""
    session.lock_screen.entry.field.setText(PASSPHRASE)
    session.lock_screen.try_unlock()
    settle(qtbot)


def test_scheduler_backs_up_only_when_due_and_something_changed(qtbot, locked_window) -> None:
    window, session, _clock = locked_window
    ctx = window.app.ctx
    folder = ctx.data_dir / "backups"
    done: list[bool] = []
    window.app.signals.backup_done.connect(lambda: done.append(True))
    session.scheduler.tick()  # no backup yet: due
    settle(qtbot)
    assert len(backup.list_backups(folder)) == 1 and done == [True]
    assert window.backup_label.text().startswith("Last backup:")
    session.scheduler.tick()  # not due yet
    settle(qtbot)
    assert len(backup.list_backups(folder)) == 1
    later = datetime.now(UTC) + timedelta(days=2)  # backups are stamped by the real clock
    ctx.clock = lambda: later
    session.scheduler.tick()  # due, but nothing changed since
    settle(qtbot)
    assert len(backup.list_backups(folder)) == 1 and done == [True]
    add_case(ctx, NewCase("Bruno Petit", ["erasure"], date(2026, 1, 21), "email"))
    session.scheduler.tick()
    settle(qtbot)
    assert len(backup.list_backups(folder)) == 2 and len(done) == 2
    assert "Automatic backup made" in window.statusBar().currentMessage()


def test_scheduler_errors_go_to_the_status_bar_not_a_dialog(
    qtbot, locked_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.errors import UserError
    from dpo_desk.services import backups

    window, session, _clock = locked_window

    def full(*_a: object, **_k: object) -> None:
        raise UserError("disk full while writing the backup")

    monkeypatch.setattr(backups, "create", full)  # what the scheduler calls when due
    session.scheduler.tick()
    settle(qtbot)
    assert "Automatic backup failed: disk full" in window.statusBar().currentMessage()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QDialog))
    assert not session.scheduler.running
