"""The desktop program paints its window before the integrity check, then runs it off the
GUI thread (issue 19); a damaged store still ends as reliability.md F6 wants: the refusal,
exit code 1, nothing written."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from dpo_desk.paths import database_path
from dpo_desk.ui.main_window import MainWindow
from tests.store.test_deferred_check import _damage, _make


def _run(monkeypatch, data_dir: Path, qapp, quit_when_passed: bool = False):
    """``app.run`` on ``data_dir``; returns (exit code, refusals shown, what was seen)."""
    import dpo_desk.app as app_module

    shown: list[Exception] = []
    seen: dict[str, Any] = {}
    monkeypatch.setattr(app_module, "refuse_store", lambda exc, parent=None: shown.append(exc))
    monkeypatch.setattr(app_module, "setup_logging", lambda d: None)
    monkeypatch.setattr(app_module, "first_start", lambda window: None)
    real = app_module.check_data

    def check(window, store, qapp_) -> None:
        real(window, store, qapp_)
        # what the DPO sees while the check runs: the window, the status bar saying so
        seen["visible"] = window.isVisible()
        seen["status"] = window.statusBar().currentMessage()
        seen["deferred"] = store.db.gate is not None  # the window did not wait for it

        def poll() -> None:
            # passed, and its result delivered to the window (the status bar says so)
            if store.db.gate.passed and window.app.tasks.is_idle():
                seen["after"] = window.statusBar().currentMessage()
                qapp_.exit(0)
            else:
                QTimer.singleShot(20, poll)

        if quit_when_passed:
            # From inside run()'s event loop: an exit() asked before exec() is lost, and
            # a check that passed before this line (a busy machine) hung the test.
            QTimer.singleShot(0, poll)

    monkeypatch.setattr(app_module, "check_data", check)
    # Never hang the suite; stopped after the run, or it would end the next test's run
    # (a one-shot timer left pending outlives the test that set it).
    guard = QTimer()
    guard.setSingleShot(True)

    def hung() -> None:  # say where everything was, for the failure report
        import faulthandler

        seen["windows"] = [
            (type(w).__name__, w.windowTitle())
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
        ]
        faulthandler.dump_traceback(all_threads=True)
        qapp.exit(99)

    guard.timeout.connect(hung)
    guard.start(30000)
    before = set(map(id, QApplication.topLevelWidgets()))
    try:
        code = app_module.run(data_dir=data_dir)
    finally:
        guard.stop()
        sys.excepthook = sys.__excepthook__
        for widget in QApplication.topLevelWidgets():  # run()'s window: gone, as at exit
            if id(widget) not in before and isinstance(widget, MainWindow):
                if widget.security is not None:
                    widget.security.shutdown()
                widget.close()
                widget.deleteLater()
        QApplication.processEvents()
    return code, shown, seen


def test_a_damaged_store_is_refused_once_the_check_has_run(monkeypatch, tmp_path, qapp):
    data_dir = tmp_path / "data"
    _make(data_dir, rows=300)
    damaged = _damage(data_dir)
    code, shown, seen = _run(monkeypatch, data_dir, qapp)
    assert seen["visible"] and seen["status"] == "Checking the data, a moment…"
    assert code == 1
    assert len(shown) == 1 and "damaged" in str(shown[0])
    assert database_path(data_dir).read_bytes() == damaged


def test_a_sound_store_shows_its_window_first_then_opens_its_writes(monkeypatch, tmp_path, qapp):
    data_dir = tmp_path / "data"
    _make(data_dir, rows=30)
    code, shown, seen = _run(monkeypatch, data_dir, qapp, quit_when_passed=True)
    assert code == 0 and shown == [], seen
    assert seen["visible"] and seen["deferred"]
    assert seen["after"] == "Data checked: intact."
