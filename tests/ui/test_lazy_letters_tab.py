"""The case view's letters tab is built after the first paint (start-up, issue 19): the
window opens without importing reportlab, and the tab is there, titled and working, when
the DPO clicks it, opens a case, or once the window has warmed up."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from dpo_desk.services import cases
from dpo_desk.ui import i18n
from dpo_desk.ui.letters.case_letters import CaseLettersWidget
from dpo_desk.ui.main_window import WARM_UP_MS, MainWindow, build_main_window
from dpo_desk.ui.widgets.lazy_tab import LazyTab
from tests.ui._wait import settle

FIRST_PAINT_IMPORTS = """
import sys
from PySide6.QtWidgets import QApplication
from dpo_desk import app
qapp = QApplication([])
from dpo_desk.ui import main_window
from dpo_desk.ui.pages import cases
app.register_bundled_fonts()
heavy = sorted(m for m in ("reportlab", "dpo_desk.services.letters.archive") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_what_the_first_paint_imports_leaves_reportlab_out():
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_IMPORTS],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == "none", out.stderr


@pytest.fixture
def french() -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install("en")


@pytest.fixture
def cold_window(qtbot, app_ctx, settings, monkeypatch):
    """The main window as the DPO first sees it, before its warm-up builds the rest."""
    monkeypatch.setattr(MainWindow, "warm_up", lambda self: None)
    win = build_main_window(app_ctx, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot)
    return win


def _add_case(ctx, name: str) -> str:
    return cases.add_case(
        ctx,
        cases.NewCase(name=name, rights=["access"], received=date(2026, 1, 20), channel="email"),
    ).reference


def _built(view):
    """The case view's letters tab if it was built, without building it."""
    return view._letters.built


def _tab_titles(view) -> list[str]:
    return [view.tabs.tabText(i) for i in range(view.tabs.count())]


def test_a_case_shown_builds_the_tab_and_a_click_shows_it(qtbot, english, cold_window, monkeypatch):
    ref = _add_case(cold_window.app.ctx, "Inès Lefèvre")
    view = cold_window.cases_page.view
    shown: list[str] = []
    feed = CaseLettersWidget.set_detail
    monkeypatch.setattr(
        CaseLettersWidget,
        "set_detail",
        lambda self, detail: (shown.append(detail.reference), feed(self, detail))[1],
    )
    assert _built(view) is None  # not built for the first paint
    assert _tab_titles(view)[-1] == "&Letters"
    cold_window.open_case(ref)
    qtbot.waitUntil(lambda: view.reference == ref, timeout=3000)
    assert isinstance(_built(view), CaseLettersWidget)  # a case shown needs it
    assert shown == [ref]  # given the case once, as it was built
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(5).center())
    assert view.tabs.currentWidget() is _built(view)
    assert _tab_titles(view)[-1] == "&Letters" and view.tabs.count() == 6
    qtbot.waitUntil(_built(view).generate_button.isVisible, timeout=5000)  # options loaded
    assert _built(view).form.isVisible()


def test_the_tab_clicked_before_any_case_is_built_in_french(qtbot, french, cold_window):
    view = cold_window.cases_page.view
    view.stack.setCurrentIndex(1)  # the tabs, as when a case was shown and cleared
    bar = view.tabs.tabBar()
    assert view.tabs.tabText(5) == "Co&urriers"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(5).center())
    letters = _built(view)
    assert isinstance(letters, CaseLettersWidget)
    assert view.tabs.currentWidget() is letters and view.tabs.tabText(5) == "Co&urriers"
    assert letters.list_title.text() != "Letters of this case"  # in French


def test_the_window_builds_the_tab_once_warm(qtbot, window):
    view = window.cases_page.view
    qtbot.waitUntil(lambda: _built(view) is not None, timeout=WARM_UP_MS + 3000)
    assert view.tabs.indexOf(_built(view)) == 5


def test_a_lazy_tab_is_built_once_in_place_with_its_title(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "First")
    made: list[QLabel] = []
    fed: list[QWidget] = []

    def make() -> QLabel:
        made.append(QLabel("the heavy page"))
        return made[-1]

    lazy = LazyTab(tabs, make, fed.append)
    tabs.addTab(QLabel("third"), "Third")
    tabs.setTabText(1, "Heavy")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert lazy.built is None and not made
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert lazy.built is None  # another tab: still not built
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert made and lazy.built is made[0] and fed == [made[0]]
    assert tabs.currentWidget() is made[0] and tabs.indexOf(made[0]) == 1
    assert [tabs.tabText(i) for i in range(3)] == ["First", "Heavy", "Third"]
    assert lazy.page() is made[0] and len(made) == 1 and len(fed) == 1


def test_ctrl_p_on_a_case_opens_its_letters_and_asks_which_one(qtbot, english, cold_window):
    """Ctrl+P before any case, then with a case shown on another tab: the letters tab
    comes to the front and the window asks which letter to print (none is selected)."""
    ref = _add_case(cold_window.app.ctx, "Marc Dupont")
    view = cold_window.cases_page.view
    qtbot.keyClick(cold_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert cold_window.statusBar().currentMessage() == "Open a case first."
    cold_window.open_case(ref)
    qtbot.waitUntil(lambda: view.reference == ref, timeout=3000)
    view.tabs.setCurrentIndex(0)
    qtbot.keyClick(cold_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentWidget() is _built(view)
    assert cold_window.statusBar().currentMessage() == "Select a letter to print."
