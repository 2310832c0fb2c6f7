"""Working together in the window (issue 16), driven as a user: a conflict keeps what
was typed, "Approve" in a case's Letters tab, "My cases" and "Assign…"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from dpo_desk.domain.team import TeamRole
from dpo_desk.services import cases, collab, letters, registers, settings
from dpo_desk.services.context import Context
from dpo_desk.store.db import Database
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.assign import AssignDialog
from dpo_desk.ui.dialogs.register_recipient import RecipientDialog
from dpo_desk.ui.letters.case_letters import CaseLettersWidget
from dpo_desk.ui.letters.case_letters_layout import REVIEW_COLUMN
from dpo_desk.ui.pages.cases import CasesPage
from tests.ui._wait import settle

pytestmark = pytest.mark.gui


def other_desk(app_ctx: AppContext, actor: str, role: TeamRole | None = TeamRole.DPO) -> Context:
    """Another person's desk on the same store (its own sessions)."""
    ctx = app_ctx.ctx
    return Context(Database(ctx.db.engine), ctx.data_dir, actor, ctx.clock, team_role=role)


def as_person(app_ctx: AppContext, actor: str, role: TeamRole | None) -> AppContext:
    ctx = other_desk(app_ctx, actor, role)
    return AppContext(ctx=ctx, tasks=app_ctx.tasks, signals=app_ctx.signals)


def new_case(ctx: Context, name: str = "Hélène Lefèvre") -> str:
    return cases.add_case(
        ctx,
        cases.NewCase(name=name, rights=["access"], received=date(2026, 1, 20), channel="post"),
    ).reference


@pytest.fixture
def edited(qtbot, app_ctx: AppContext, english: None) -> RecipientDialog:
    """A recipient open for editing, the user's text typed, and meanwhile Bob's save."""
    registers.add_recipient(app_ctx.ctx, registers.NewRecipient("Payroll", "internal", "pays"))
    dialog = RecipientDialog(app_ctx, existing=registers.get_recipient(app_ctx.ctx, "Payroll"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.service.setFocus()
    qtbot.keyClick(dialog.service, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.service, " wages and expenses")
    bob = other_desk(app_ctx, "bob")
    registers.update_recipient(bob, "Payroll", registers.NewRecipient("Payroll", "processor", "HR"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict.isVisible())
    return dialog


def test_a_conflict_keeps_the_typed_text_and_names_the_other_change(
    qtbot, edited: RecipientDialog, app_ctx: AppContext
) -> None:
    text = edited.conflict.message.text()
    assert "bob saved this recipient at" in text
    assert "category, service" in text
    assert edited.isVisible() and edited.result() == 0  # the dialog is still open
    assert edited.service.toPlainText() == "pays wages and expenses"
    stored = registers.get_recipient(app_ctx.ctx, "Payroll")
    assert (stored.category, stored.service) == ("processor", "HR")  # Bob's change kept
    # "Keep my text", then save again: mine replaces Bob's, knowingly
    qtbot.mouseClick(edited.conflict.keep_button, Qt.MouseButton.LeftButton)
    assert not edited.conflict.isVisible()
    assert edited.service.toPlainText() == "pays wages and expenses"
    qtbot.mouseClick(edited.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not edited.isVisible())
    stored = registers.get_recipient(app_ctx.ctx, "Payroll")
    assert (stored.category, stored.service) == ("internal", "pays wages and expenses")


def test_reload_their_version_fills_the_form_with_what_is_stored(
    qtbot, edited: RecipientDialog
) -> None:
    qtbot.mouseClick(edited.conflict.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: edited.service.toPlainText() == "HR")
    assert edited.category.currentData() == "processor"
    assert not edited.conflict.isVisible()


def test_assign_dialog_conflict_keeps_the_name(qtbot, app_ctx: AppContext, english: None) -> None:
    ref = new_case(app_ctx.ctx)
    dialog = AssignDialog(app_ctx, cases.get_case(app_ctx.ctx, ref))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.person, "alice")
    collab.assign_case(other_desk(app_ctx, "bob"), ref, "bob")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict.isVisible())
    assert "bob saved this case" in dialog.conflict.message.text()
    assert "(changed: assigned to)" in dialog.conflict.message.text()
    assert dialog.person.text() == "alice"
    assert cases.get_case(app_ctx.ctx, ref).summary.assigned_to == "bob"


def test_approve_in_the_letters_tab(qtbot, app_ctx: AppContext, english: None) -> None:
    dpo = as_person(app_ctx, "erin", TeamRole.DPO)
    settings.save(dpo.ctx, profile={"name": "Mairie de Lyon"}, settings={"four_eyes": True})
    carol = other_desk(app_ctx, "carol", TeamRole.ASSISTANT)
    ref = new_case(carol)
    drafted = letters.generate(carol, ref, "acknowledgement", "en")
    tab = CaseLettersWidget(dpo)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.set_case(ref)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, REVIEW_COLUMN).text() == "To approve"
    tab.table.selectRow(0)
    settle(qtbot)
    assert not tab.sent_button.isEnabled()  # four-eyes: not before approval
    assert "must approve this letter first" in tab.sent_button.toolTip()
    assert tab.approve_button.isEnabled()
    qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.item(0, REVIEW_COLUMN).text() == "Approved by erin")
    assert "Drafted by carol" in tab.table.item(0, REVIEW_COLUMN).toolTip()
    tab.table.selectRow(0)
    settle(qtbot)
    assert tab.sent_button.isEnabled()
    assert not tab.approve_button.isEnabled()
    assert "already approved by erin" in tab.approve_button.toolTip()
    assert letters.letters_of(carol, ref)[0].approved_by == "erin"
    assert drafted.document_id == letters.letters_of(carol, ref)[0].id


def test_approve_is_disabled_with_its_reason(qtbot, app_ctx: AppContext, english: None) -> None:
    ref = new_case(app_ctx.ctx)
    letters.generate(app_ctx.ctx, ref, "acknowledgement", "en")
    tab = CaseLettersWidget(app_ctx)  # the solo desk
    qtbot.addWidget(tab)
    tab.show()
    tab.set_case(ref)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    tab.table.selectRow(0)
    settle(qtbot)
    assert not tab.approve_button.isEnabled()
    assert "for a team server" in tab.approve_button.toolTip()
    assert tab.sent_button.isEnabled()  # no four-eyes on a solo desk
    own = CaseLettersWidget(as_person(app_ctx, "test-dpo", TeamRole.DEPUTY))
    qtbot.addWidget(own)
    own.show()
    own.set_case(ref)
    qtbot.waitUntil(lambda: own.table.rowCount() == 1)
    own.table.selectRow(0)
    settle(qtbot)
    assert "you drafted letter" in own.approve_button.toolTip()
    assert not own.approve_button.isEnabled()


def test_my_cases_and_the_assigned_column(qtbot, app_ctx: AppContext, english: None) -> None:
    mine, theirs = new_case(app_ctx.ctx, "Anne Mine"), new_case(app_ctx.ctx, "Bruno Autre")
    collab.assign_case(app_ctx.ctx, mine, app_ctx.ctx.actor)
    collab.assign_case(app_ctx.ctx, theirs, "bob")
    page = CasesPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.mouseClick(page.mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    column = page.model.columnCount() - 1
    qtbot.waitUntil(lambda: page.model.index(0, column).data() == app_ctx.ctx.actor)
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "Assigned to"
    assert page.model.index(0, 0).data() == mine
    qtbot.mouseClick(page.mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
