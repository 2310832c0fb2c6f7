"""User data is shown as typed: a name written as markup is never read as markup by any
label of the window (reliability.md (c) 1-2), and small window habits (Ctrl+Q, the first
window's size)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from dpo_desk.services import case_list, cases
from dpo_desk.ui.main_window import FIRST_SIZE, build_main_window
from tests.ui._wait import summary

HOSTILE = "<b>Bob</b> <i>Smith</i>"


def _rich_labels_showing(root, needle: str) -> list[QLabel]:
    """Labels under ``root`` whose text holds ``needle`` and that Qt would read as HTML."""
    bad = []
    for label in root.findChildren(QLabel):
        if needle in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            bad.append(label)
    return bad


def test_a_name_written_as_markup_is_shown_literally_everywhere(qtbot, window, app_ctx):
    ref = cases.add_case(
        app_ctx.ctx,
        cases.NewCase(
            name=HOSTILE,
            rights=["access"],
            received=date(2026, 1, 5),
            channel="post",
            address="<u>1 rue</u>",
            notes="<h1>big</h1>",
        ),
    ).reference
    window.open_case(ref)
    view = window.cases_page.view
    qtbot.waitUntil(lambda: view.reference == ref)
    assert view.title.text() == f"{ref} — {HOSTILE}"
    assert view.title.textFormat() == Qt.TextFormat.PlainText
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        assert _rich_labels_showing(window, "<b>Bob</b>") == []
        assert _rich_labels_showing(window, "<u>1 rue</u>") == []
        assert _rich_labels_showing(window, "<h1>big</h1>") == []
    for key in window.pages:
        window.show_page(key)
        assert _rich_labels_showing(window, "<b>Bob</b>") == [], key


def test_ctrl_q_quits(qtbot, window):
    """One key, bound once: Qt ignores a shortcut bound twice on one action as ambiguous."""
    keys = [k.toString() for k in window.act_quit.shortcuts()]
    assert keys.count("Ctrl+Q") == 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_first_window_fits_a_small_screen(qtbot, app_ctx, settings, english):
    room = QGuiApplication.primaryScreen().availableGeometry()
    win = build_main_window(app_ctx, settings)  # nothing saved yet: the first start
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    small = room.width() < FIRST_SIZE[0] or room.height() < FIRST_SIZE[1]
    assert small  # the offscreen test screen (800x800) is smaller than the usual size
    assert win.isMaximized()


def test_tooltips_show_names_and_addresses_as_typed(qtbot, window, app_ctx):
    """A tooltip is read as HTML when it looks like markup: the name would turn bold and
    ``<ann@example.org>`` would vanish. They are escaped to show literally."""
    from PySide6.QtGui import QTextDocument

    cases.add_case(
        app_ctx.ctx,
        cases.NewCase(
            name=HOSTILE,
            rights=["access"],
            received=date(2026, 1, 5),
            channel="post",
            email="bob@example.org",
        ),
    )
    page = window.show_page("cases")
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert summary(qtbot, page.model, 0) is not None  # the row's text came from the DB lane
    column = next(
        c
        for c in range(page.model.columnCount())
        if page.model.headerData(c, Qt.Orientation.Horizontal) == "Requester"
    )
    tip = page.model.data(page.model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()
    shown.setHtml(tip)  # what the tooltip displays
    assert shown.toPlainText() == f"{HOSTILE}\nbob@example.org"

    dialog = window.new_request()
    dialog._show_matches(case_list.find_subjects(app_ctx.ctx, "Bob"))
    shown.setHtml(dialog.matches.item(0).toolTip())
    assert "<bob@example.org>" in shown.toPlainText() and "<b>Bob</b>" in shown.toPlainText()


def test_a_refusal_naming_a_file_shows_it_as_typed(qtbot, window):
    from dpo_desk.ui import crash

    box = crash.show_refusal("Not attached:\n<b>scan</b>.pdf: empty file", window)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
