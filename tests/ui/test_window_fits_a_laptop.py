"""The window fits a 1366 x 768 laptop screen, in French (the longest labels), whatever page
or case tab is open: a window wider than the screen hides its own buttons. It asked for
1,769 px in French once a case's Documents tab had been shown.

The offscreen test screen is smaller than a laptop, so the test reads what the layouts
need (minimum size hints) rather than a window size the platform would clamp."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dpo_desk.ui import i18n
from dpo_desk.ui.main_window import build_main_window

LAPTOP_WIDTH = 1366
NAVIGATION = 210  # the navigation list's width in a new window (MainWindow.splitter sizes)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_and_case_tab_fits_a_laptop_screen(qtbot, demo_ctx, settings, lang: str) -> None:
    i18n.install(lang)
    try:
        win = build_main_window(demo_ctx, settings)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        room = LAPTOP_WIDTH - NAVIGATION - win.splitter.handleWidth()
        view = win.cases_page.view
        win.open_case("DPO-2026-0007")
        qtbot.waitUntil(lambda: view.reference == "DPO-2026-0007", timeout=3000)
        for index in range(view.tabs.count()):  # each tab, chosen as a user would
            qtbot.mouseClick(
                view.tabs.tabBar(),
                Qt.MouseButton.LeftButton,
                pos=view.tabs.tabBar().tabRect(index).center(),
            )
            assert view.tabs.currentIndex() == index
            needed = win.cases_page.minimumSizeHint().width()
            assert needed <= room, (view.tabs.tabText(index), needed)
        for row in range(win.nav.count()):  # every page, from the navigation list
            rect = win.nav.visualItemRect(win.nav.item(row))
            qtbot.mouseClick(win.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            page = win.current_page()
            assert (
                page is not None
                and page is win.pages[win.nav.item(row).data(Qt.ItemDataRole.UserRole)]
            )
            assert page.minimumSizeHint().width() <= room, (
                type(page).__name__,
                page.minimumSizeHint().width(),
            )
        # Whatever a page needs, the window itself never asks for more than the screen.
        assert win.minimumSizeHint().width() <= LAPTOP_WIDTH
    finally:
        i18n.install("en")


def test_a_row_of_buttons_wraps_instead_of_widening_its_window(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QWidget

    from dpo_desk.ui.widgets.flow import FlowLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    buttons = [QPushButton(f"Une action assez longue n° {i}") for i in range(3)]
    for button in buttons:
        flow.addWidget(button)
    widest = max(b.sizeHint().width() for b in buttons)
    assert holder.minimumSizeHint().width() == widest  # one button, not the whole row
    holder.resize(widest + 10, flow.heightForWidth(widest + 10))
    holder.show()
    qtbot.waitExposed(holder)
    tops = [b.geometry().top() for b in buttons]
    assert tops[0] < tops[1] < tops[2]  # three rows, each button whole and visible
    assert all(b.geometry().right() <= holder.width() for b in buttons)
    holder.resize(3 * widest + 30, flow.heightForWidth(3 * widest + 30))
    qtbot.wait(10)
    assert len({b.geometry().top() for b in buttons}) == 1  # room enough: one row
