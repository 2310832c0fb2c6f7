"""Running a letter's render, read, print or export on the task runner's worker with a
busy cursor, and showing a refusal in a message box: the form keeps its content
whatever happens. Counts the work under way so buttons can wait for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from dpo_desk.ui import crash
from dpo_desk.ui.context import AppContext


class BusyRunner:
    """Runs work for ``parent``; ``changed`` is called when work starts or ends (to
    enable or disable buttons), ``refused`` with the words of a refusal.

    Attributes:
        count: the pieces of work under way.
    """

    def __init__(
        self,
        app: AppContext,
        parent: QWidget,
        changed: Callable[[], None],
        refused: Callable[[str], None],
    ) -> None:
        self.app = app
        self.parent = parent
        self.changed = changed
        self.refused = refused
        self.count = 0

    def run(
        self,
        op: Callable[[], Any],
        done: Callable[[Any], None],
        on_error_too: Callable[[], None] | None = None,
    ) -> None:
        """Run ``op`` on the worker with a busy cursor; refusals in a message box."""
        self.count += 1
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.changed()
        report = crash.handler(self.parent, lambda text: self.refused(text))

        def end() -> None:
            self.count -= 1
            QApplication.restoreOverrideCursor()
            self.changed()

        def ok(result: Any) -> None:
            end()
            done(result)

        def failed(exc: BaseException) -> None:
            end()
            if on_error_too is not None:
                on_error_too()
            report(exc)

        self.app.tasks.run(op, ok, failed)
