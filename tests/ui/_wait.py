"""Waiting for the real background runner in GUI tests.

A test that calls a page's method directly (``page.refresh()``) waits with
``settle(qtbot)`` before it reads the result; qtbot's clicks and keys, a button's
``click()`` and an action's ``trigger()`` wait by themselves
(``conftest._inputs_wait_for_results``). A test that acts while work runs (Cancel in a
progress dialog) starts it without waiting: ``button.clicked.emit()``."""

from __future__ import annotations

import shiboken6

from dpo_desk.ui import background


def settle(qtbot, timeout: int = 20_000) -> None:
    """Wait until every result of the work started so far was delivered."""
    qtbot.waitUntil(background.all_idle, timeout=timeout)


def summary(qtbot, model, row: int):
    """The case on ``row`` of a lazy case list, once its page came from the DB lane."""
    found = model.summary_at(row)  # asks for the page when it is not cached
    if found is None:
        settle(qtbot)
        found = model.summary_at(row)
    return found


def closed(widget) -> bool:
    """The dialog is gone from the screen (closed, or closed and already deleted)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def backup_line(qtbot, window) -> str:
    """The status bar's backup line, once read: the window reads it after its first
    paint (its warm-up), not before its first rows (issue 19)."""
    qtbot.waitUntil(lambda: window.backup_label.text() != "", timeout=5_000)
    return window.backup_label.text()
