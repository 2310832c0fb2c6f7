"""Running something once the window has painted: the window is shown with its first
rows before its store is opened, and the store opens right after that paint (issue 19,
``dpo_desk.app.run_painted_first``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._then, self._ran = window, then, False
        window.installEventFilter(self)
        QTimer.singleShot(1000, self, self._run)  # nothing painted: a start minimised

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # its children paint in the same pass
        return False

    def _run(self) -> None:
        if not self._ran:
            self._ran = True
            self._window.removeEventFilter(self)
            self._then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Run ``then`` once ``window`` has been painted, or after a second if nothing is."""
    _AfterFirstPaint(window, then)
