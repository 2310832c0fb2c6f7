"""Two desks on one server: what one window does appears in the other within two seconds,
without anyone touching the second window (issue 16, LISTEN/NOTIFY).

Two main windows, each with its own Context and engine on ``DPO_DESK_TEST_PG``, in one
process (the server cannot tell them from two workstations: two sets of connections).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, text

from dpo_desk.services import cases
from dpo_desk.services.context import Context
from dpo_desk.services.demo import load_demo
from dpo_desk.services.registers.activities import NewActivity, add_activity
from dpo_desk.store import migrate
from dpo_desk.store.db import Database, make_engine
from dpo_desk.ui import i18n
from dpo_desk.ui.background import TaskRunner
from dpo_desk.ui.context import AppContext, AppSignals
from dpo_desk.ui.dialogs.identity import VerifyIdentityDialog
from dpo_desk.ui.main_window import MainWindow, build_main_window
from tests.ui._wait import closed, settle, summary

URL = os.environ.get("DPO_DESK_TEST_PG", "")
pytestmark = pytest.mark.skipif(not URL, reason="DPO_DESK_TEST_PG is not set (see .ci/run)")


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    engine = make_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(engine, None)
    yield engine
    engine.dispose()


def open_desk(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A desk on the team server: its own engine, Context, task runner and window.
    (Built directly: ``services.team_session.open_team`` belongs to another piece.)"""
    folder.mkdir()
    ctx = Context(Database(make_engine(URL)), folder, actor="postgres")
    app = AppContext(ctx=ctx, tasks=TaskRunner(), signals=AppSignals())
    window = build_main_window(
        app, QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    return window


@pytest.fixture
def desks(qtbot, pg_engine: Engine, tmp_path: Path) -> Iterator[tuple[MainWindow, MainWindow]]:
    i18n.install("en")
    load_demo(Context(Database(pg_engine), tmp_path, actor="postgres"))
    a, b = open_desk(qtbot, tmp_path / "a"), open_desk(qtbot, tmp_path / "b")
    assert a.live is not None and b.live is not None
    assert a.live.listener.listening.wait(5) and b.live.listener.listening.wait(5)
    yield a, b
    for window in (a, b):
        window.close()
        window.app.tasks.shutdown()
        window.app.ctx.db.dispose()


def _references(window: MainWindow) -> set[str]:
    page = window.cases_page
    assert page is not None
    model = page.model
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def test_a_case_added_in_window_a_appears_in_window_b(qtbot, desks) -> None:  # type: ignore[no-untyped-def]
    a, b = desks
    b.show_page("cases")
    b_page = b.cases_page
    qtbot.waitUntil(lambda: b_page.model.rowCount() > 20)
    b_page.status.setCurrentIndex(b_page.status.findData(None))  # all statuses
    b_page.apply_filters()
    settle(qtbot)
    before = b_page.model.rowCount()
    # B's person scrolled down and selected a case: both stay where they are
    bar = b_page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert bar.value() > 0
    top = b_page.top_row_id()
    assert top is not None and b_page.model.row_of(top) > 0
    row = b_page.model.row_of(top) + 3
    assert summary(qtbot, b_page.model, row) is not None  # its row was read
    b_page.select_row(row)
    qtbot.waitUntil(lambda: b_page.view.reference is not None)
    selected = b_page.view.reference
    assert b_page.top_row_id() == top

    # A's person registers a request through the intake dialog
    dialog = a.new_request()
    settle(qtbot)  # the organisation's profile (today's date) arrived
    qtbot.keyClicks(dialog.name, "Zoe Live")
    qtbot.keyClicks(dialog.email, "zoe@example.org")
    box = dialog.rights["access"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(dialog), dialog.error.text()
    (new,) = [c for c in cases.list_cases(a.app.ctx) if c.subject_name == "Zoe Live"]

    # ... and B's list shows it within two seconds, nobody touching B
    qtbot.waitUntil(lambda: new.reference in _references(b), timeout=2000)
    qtbot.waitUntil(lambda: b_page.model.rowCount() == before + 1, timeout=2000)
    settle(qtbot)
    assert b_page.view.reference == selected
    assert b_page.current_id() == b_page.view.detail.summary.id
    assert b_page.top_row_id() == top  # the same case first on screen
    assert "Updated by postgres" in b.statusBar().currentMessage()


def test_an_open_case_in_b_shows_what_a_did_to_it(qtbot, desks) -> None:  # type: ignore[no-untyped-def]
    a, b = desks
    ref = next(c.reference for c in cases.list_cases(a.app.ctx) if c.status == "received")
    b.open_case(ref)
    settle(qtbot)
    view_b = b.cases_page.view
    view_b.tabs.setCurrentWidget(view_b.timeline)
    qtbot.waitUntil(lambda: view_b.reference == ref)
    lines_before = view_b.timeline.tree.topLevelItemCount()
    assert view_b.badge.text().startswith("Received")

    # A verifies the requester's identity from A's own case view
    a.open_case(ref)
    settle(qtbot)
    view_a = a.cases_page.view
    view_a.tabs.setCurrentWidget(view_a.identity)
    qtbot.mouseClick(view_a.identity.buttons["verify"], Qt.MouseButton.LeftButton)
    verify = view_a.dialog
    assert isinstance(verify, VerifyIdentityDialog)
    verify.method.setCurrentIndex(verify.method.findData("email-match"))
    qtbot.mouseClick(verify.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(verify), timeout=5000)

    # B's open case: a new timeline line and the new status, on the same tab
    qtbot.waitUntil(lambda: view_b.timeline.tree.topLevelItemCount() > lines_before, timeout=2000)
    qtbot.waitUntil(lambda: view_b.badge.text().startswith("In progress"), timeout=2000)
    assert view_b.tabs.currentWidget() is view_b.timeline


def test_a_page_waits_while_a_dialog_is_open_then_refreshes(qtbot, desks) -> None:  # type: ignore[no-untyped-def]
    """What B's person is typing in a dialog stays; the page behind it refreshes after."""
    a, b = desks
    page = b.show_page("processing")
    settle(qtbot)
    before = page.model.rowCount()
    dialog = b.new_request()  # window-modal, as from Ctrl+N
    settle(qtbot)
    qtbot.keyClicks(dialog.name, "Typing in B")

    add_activity(
        a.app.ctx,
        NewActivity(name="Visitor badges", purposes="Site security", legal_basis="contract"),
    )
    qtbot.waitUntil(lambda: bool(b.statusBar().currentMessage()), timeout=2000)  # heard
    qtbot.wait(800)  # longer than a retry: still waiting for the dialog
    assert page.model.rowCount() == before
    assert dialog.name.text() == "Typing in B"

    dialog.name.clear()  # (else Cancel asks whether to discard the typing)
    dialog.reject()
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=2000)


def test_a_case_deleted_elsewhere_leaves_the_panel_quietly(qtbot, desks, pg_engine) -> None:  # type: ignore[no-untyped-def]
    a, b = desks
    ref = next(c.reference for c in cases.list_cases(a.app.ctx) if c.status == "received")
    b.open_case(ref)
    settle(qtbot)
    view = b.cases_page.view
    qtbot.waitUntil(lambda: view.reference == ref)
    with pg_engine.begin() as conn:  # an administrator's purge, from another connection
        conn.execute(text("DELETE FROM cases WHERE reference = :r"), {"r": ref})
    qtbot.waitUntil(lambda: view.reference is None, timeout=2000)
    settle(qtbot)
    assert view.stack.currentIndex() == 0  # "Select a case…"
    assert QApplication.activeModalWidget() is None  # no error box
    assert ref not in _references(b)
