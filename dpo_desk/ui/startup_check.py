"""The integrity check of the data, run once the main window shows its first rows.

``open_store(defer_check=True)`` opens the store with its writes held at a gate
(``store.checking``); :func:`start` runs :meth:`Store.finish_check` on the pool lane (its
own connection: the cases load meanwhile on the DB lane) and says so in the status bar.
A write attempted meanwhile waits at the gate and, if the check is still running after a
few seconds, is refused with "DPO Desk is still checking its data, a moment". A failed
check ends as it always did (reliability.md F6): the refusal box, then the program closes
with nothing written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from dpo_desk.errors import StoreError, UserError
from dpo_desk.services.session import Store
from dpo_desk.ui import crash
from dpo_desk.ui.background import BackgroundOp, Lane, TaskRunner

log = logging.getLogger(__name__)


def checking_text() -> str:
    return QCoreApplication.translate("StartupCheck", "Checking the data, a moment…")


def checked_text() -> str:
    return QCoreApplication.translate("StartupCheck", "Data checked: intact.")


def start(
    window: QMainWindow,
    store: Store,
    tasks: TaskRunner,
    on_damaged: Callable[[StoreError], None],
) -> None:
    """Run the deferred check of ``store`` off the GUI thread; ``on_damaged`` gets the
    refusal when it fails (the caller shows it and closes). No-op when nothing was
    deferred."""
    gate = store.db.gate
    if gate is None or gate.done:
        return
    bar = window.statusBar()
    bar.showMessage(checking_text())

    def passed(_result: object) -> None:
        if bar.currentMessage() == checking_text():
            bar.showMessage(checked_text(), 4000)
        log.info("start-up integrity check passed")

    def failed(exc: BaseException) -> None:
        bar.clearMessage()
        log.error("start-up integrity check failed: %s", exc)
        if isinstance(exc, StoreError):
            on_damaged(exc)
        elif isinstance(exc, UserError):
            on_damaged(StoreError.carrying(exc))
        else:
            crash.show_error(exc, window)

    BackgroundOp(window, lambda _handle: store.finish_check()).success(passed).failure(
        failed
    ).run_in(Lane.POOL, tasks)
