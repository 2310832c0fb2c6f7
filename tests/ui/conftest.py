"""GUI fixtures: an AppContext over the test's fresh store with the real threaded task
runner, and the main window built without an event loop.

A user's click or key is followed by its result: after each qtbot input, button click or
action trigger the test waits until the background work it started was delivered. Tests
that call a page's method directly wait with ``settle(qtbot)`` (tests/ui/_wait.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from dpo_desk.services.context import Context
from dpo_desk.ui import background, i18n
from dpo_desk.ui.background import TaskRunner
from dpo_desk.ui.context import AppContext, AppSignals
from dpo_desk.ui.main_window import MainWindow, build_main_window
from tests.ui._wait import settle

#: qtbot's input methods, each followed by a wait for the work it started.
INPUTS = (
    "mouseClick",
    "mouseDClick",
    "mousePress",
    "mouseRelease",
    "keyClick",
    "keyClicks",
    "keyPress",
    "keyRelease",
    "keySequence",
)


@pytest.fixture(autouse=True)
def _inputs_wait_for_results(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Make every qtbot click and key press, ``button.click()``, ``action.trigger()`` and
    a move in the main window's navigation wait for the background work they started,
    as a user waits for the result."""
    if "qtbot" not in request.fixturenames:
        return
    qtbot = request.getfixturevalue("qtbot")

    def waiting(original):
        def run(*args, **kwargs):
            result = original(*args, **kwargs)
            if not background.in_delivery():  # called by a result's callback: no wait
                settle(qtbot)
            return result

        return run

    for name in INPUTS:
        setattr(qtbot, name, waiting(getattr(qtbot, name)))
    monkeypatch.setattr(QAbstractButton, "click", waiting(QAbstractButton.click))
    monkeypatch.setattr(QAction, "trigger", waiting(QAction.trigger))
    for name in ("show_page", "open_case", "open_cases"):  # the navigation list's clicks
        monkeypatch.setattr(MainWindow, name, waiting(getattr(MainWindow, name)))


@pytest.fixture
def app_ctx(ctx: Context, qapp: object) -> Iterator[AppContext]:
    tasks = TaskRunner()
    yield AppContext(ctx=ctx, tasks=tasks, signals=AppSignals())
    tasks.shutdown()


@pytest.fixture
def wait_tasks(qtbot) -> Callable[[], None]:
    """``wait_tasks()``: wait until the background work started so far was delivered."""
    return lambda: settle(qtbot)


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
    settle(qtbot)  # the first page's data
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
