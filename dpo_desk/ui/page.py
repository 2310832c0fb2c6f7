"""The contract of a screen in the main window's navigation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dpo_desk.ui.context import AppContext


class Page(QWidget):
    """A screen: built once, refreshed when shown or when the data it shows changes.

    Subclasses set ``key`` (stable, used in settings) and implement ``title()`` (through
    ``tr()``, re-read on a language change) and ``refresh()`` (load data via
    ``app.tasks.run``, never on the GUI thread).
    """

    key = "page"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows."""

    def retranslate(self) -> None:
        """Re-set every visible string after a language change."""
