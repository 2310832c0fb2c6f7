"""The window offers only what the person's role may do (issue 16).

The window reads the role from the Context (``services.team.permissions``); the server
refusing the same actions is shown in ``tests/team/test_roles_server.py``. Each test has
its DPO counterpart so that a hidden button is hidden by the role, not by chance.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from dpo_desk.domain.team import TeamRole
from dpo_desk.services import cases, letters
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.main_window import MainWindow, build_main_window
from tests.ui._wait import settle

Opener = Callable[[TeamRole | None], MainWindow]


@pytest.fixture
def open_as(qtbot, app_ctx: AppContext, settings: QSettings, english: None) -> Opener:
    def opener(role: TeamRole | None) -> MainWindow:
        app_ctx.ctx.team_role = role
        win = build_main_window(app_ctx, settings)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        settle(qtbot)
        return win

    return opener


def _case_with_letter(app: AppContext) -> str:
    ctx = app.ctx
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Paul Martin",
            rights=["erasure"],
            received=date(2026, 1, 20),
            channel="post",
            address="1 rue Haute\n75001 Paris",
        ),  # fmt: skip
    ).reference
    letters.generate(ctx, ref, "acknowledgement", "fr")
    return ref


def _open_case(qtbot, win: MainWindow, ref: str):
    view = win.cases_page.view
    win.open_case(ref)
    qtbot.waitUntil(lambda: view.reference == ref, timeout=5000)
    settle(qtbot)
    return view


def _visible_texts(widget) -> set[str]:
    return {
        b.text().replace("&", "")
        for b in widget.findChildren(QPushButton)
        if b.isVisibleTo(widget) and b.text()
    }


def _letters_tab(qtbot, view) -> None:
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.letters)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.tabs.currentWidget() is view.letters
    qtbot.waitUntil(lambda: len(view.letters.letters) > 0, timeout=5000)


def test_an_assistant_sees_no_refuse_extend_or_mark_sent(qtbot, open_as: Opener) -> None:
    win = open_as(TeamRole.ASSISTANT)
    ref = _case_with_letter(win.app)
    view = _open_case(qtbot, win, ref)
    shown = _visible_texts(view)
    assert not {"Refuse…", "Extend…", "Mark as sent…", "Answered…"} & shown, shown
    assert "refused" not in view.action_buttons and "extend" not in view.action_buttons
    assert view.action_buttons  # ordinary moves stay (in progress, awaiting identity)
    assert view.role_note.isVisible()  # and the window says why the others are missing
    assert "left to the DPO or a deputy" in view.role_note.text()
    _letters_tab(qtbot, view)
    assert view.letters.generate_button.isVisible()  # drafting is the assistant's work
    assert not view.letters.sent_button.isVisible()
    assert not view.letters.email_button.isVisible()
    assert win.act_new.isEnabled()  # intake
    keys = {win.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(win.nav.count())}
    assert "settings" not in keys and "backups" not in keys and "cases" in keys


def test_the_dpo_sees_them(qtbot, open_as: Opener) -> None:
    win = open_as(None)  # the solo desk's one person is the DPO
    ref = _case_with_letter(win.app)
    view = _open_case(qtbot, win, ref)
    assert {"refused", "extend"} <= set(view.action_buttons)
    assert not view.role_note.isVisible()
    _letters_tab(qtbot, view)
    assert view.letters.sent_button.isVisible()
    keys = {win.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(win.nav.count())}
    assert {"settings", "backups"} <= keys


def test_a_deputy_decides_but_has_no_settings_or_restore(qtbot, open_as: Opener) -> None:
    win = open_as(TeamRole.DEPUTY)
    view = _open_case(qtbot, win, _case_with_letter(win.app))
    assert {"refused", "extend"} <= set(view.action_buttons)
    keys = {win.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(win.nav.count())}
    assert "settings" not in keys and "backups" not in keys
    assert not win.page_actions.get("settings")


def test_an_auditor_sees_no_write_action(qtbot, open_as: Opener) -> None:
    win = open_as(TeamRole.AUDITOR)
    ref = _case_with_letter(win.app)
    view = _open_case(qtbot, win, ref)
    assert view.action_buttons == {}
    for button in (
        view.documents.attach_button,
        view.documents.delete_button,
        view.identity.attach_id,
        *view.identity.buttons.values(),
        view.scope.save_button,
        view.letters.generate_button,
        view.letters.regenerate_button,
        view.letters.sent_button,
        view.letters.delivered_button,
        win.cases_page.import_button,
    ):
        assert button.isHidden(), button.text()
    assert not win.act_new.isEnabled()
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert getattr(win, "intake", None) is None  # Ctrl+N opens no intake
    for key, names in {
        "processing": ("add_button", "edit_button", "import_button", "measures_button"),
        "recipients": ("add_button", "delete_button", "add_transfer_button"),
        "directives": ("add_button", "notify_button", "purge_button"),
        "incidents": ("new_button",),
    }.items():
        page = win.show_page(key)
        assert page is not None, key
        for name in names:
            assert getattr(page, name).isHidden(), (key, name)
    audit = win.show_page("audit")  # reading the audit log is the auditor's work
    assert audit is not None and audit.isVisible()
    keys = {win.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(win.nav.count())}
    assert "settings" not in keys and "backups" not in keys
