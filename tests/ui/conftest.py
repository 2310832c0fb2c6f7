"""GUI fixtures: an AppContext over the test's fresh store, with a synchronous task runner
(a click is followed by its result), and the main window built without an event loop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from dpo_desk.services.context import Context
from dpo_desk.ui import i18n
from dpo_desk.ui.context import AppContext, AppSignals
from dpo_desk.ui.main_window import MainWindow, build_main_window
from dpo_desk.ui.tasks import TaskRunner


@pytest.fixture
def app_ctx(ctx: Context, qapp: object) -> Iterator[AppContext]:
    tasks = TaskRunner(synchronous=True)
    yield AppContext(ctx=ctx, tasks=tasks, signals=AppSignals())
    tasks.shutdown()


@pytest.fixture
def demo_ctx(app_ctx: AppContext) -> AppContext:
    from dpo_desk.services.demo import load_demo

    load_demo(app_ctx.ctx)
    return app_ctx


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, app_ctx: AppContext, settings: QSettings, english: None) -> MainWindow:
    win = build_main_window(app_ctx, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def type_text(qtbot):
    """``type_text(widget, text)``: see :func:`_type_text`."""
    return lambda widget, text: _type_text(qtbot, widget, text)


def _type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget`` as a user would: ASCII by key presses, accented and
    other letters as an input method commits them (QTest cannot press "è")."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
