"""Waiting for the real background runner in GUI tests.

A test that calls a page's method directly (``page.refresh()``) waits with
``settle(qtbot)`` before it reads the result; qtbot's clicks and keys wait by themselves
(``conftest._inputs_wait_for_results``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProgressDialog

from dpo_desk.ui import background


def settled() -> bool:
    """No background work left to deliver, or a progress dialog shows work under way
    (the user would see it and wait, or press Cancel)."""
    return background.all_idle() or any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def settle(qtbot, timeout: int = 20_000) -> None:
    """Wait until every result of the work started so far was delivered."""
    qtbot.waitUntil(background.all_idle, timeout=timeout)
