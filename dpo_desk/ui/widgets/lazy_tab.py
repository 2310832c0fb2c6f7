"""A tab whose page is built the first time it is needed, not with its tab widget.

A page whose imports are heavy (the case view's letters: reportlab, the registers, the
mail) would otherwise be paid for before the window's first paint (issue 19). The tab is
there from the start, with its title; an empty page holds its place until the page is
asked for (:meth:`LazyTab.page`), or its tab is clicked, and is then replaced in place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTab:
    def __init__(
        self,
        tabs: QTabWidget,
        make: Callable[[], QWidget],
        on_built: Callable[[QWidget], None],
    ) -> None:
        """``make`` builds the page; ``on_built`` runs once it is in its tab (to fill
        it with what the other tabs already show)."""
        self.tabs = tabs
        self._make = make
        self._on_built = on_built
        self._page: QWidget | None = None
        self._slot = QWidget()
        tabs.addTab(self._slot, "")
        tabs.currentChanged.connect(self._tab_changed)

    @property
    def built(self) -> QWidget | None:
        """The page if it was built, without building it."""
        return self._page

    def page(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self._page is None:
            self._build()
        assert self._page is not None
        return self._page

    def _tab_changed(self, index: int) -> None:
        if self._page is None and self.tabs.widget(index) is self._slot:
            self._build()

    def _build(self) -> None:
        page = self._make()
        self._page = page
        tabs = self.tabs
        index = tabs.indexOf(self._slot)
        current = tabs.currentIndex()
        blocked = tabs.blockSignals(True)  # the swap is not a change of tab
        title = tabs.tabText(index)
        tabs.removeTab(index)
        tabs.insertTab(index, page, title)
        tabs.setCurrentIndex(current)
        tabs.blockSignals(blocked)
        self._slot.deleteLater()
        self._on_built(page)
