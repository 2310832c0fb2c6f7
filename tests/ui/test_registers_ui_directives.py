"""The directives page driven through its widgets: register a directive in the dialog
(refused without consent evidence, then accepted), find it, revoke it, and the death
notifications workflow buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from dpo_desk.services import registers
from dpo_desk.store.models import PostMortemDirective
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_directive import DirectiveDialog
from dpo_desk.ui.pages.directives import DirectivesPage
from tests.ui._dialogs import in_dialog
from tests.ui._wait import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, app_ctx: AppContext, english: None) -> DirectivesPage:
    page = DirectivesPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot)
    return page


def test_add_directive_through_the_dialog(
    qtbot, page: DirectivesPage, app_ctx: AppContext, type_text
) -> None:
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, DirectiveDialog)
        type_text(dialog.person, "Thérèse Lambert")
        qtbot.keyClicks(dialog.email, "therese@example.fr")
        dialog.action.setCurrentIndex(dialog.action.findData("delete"))
        # no consent evidence: refused next to the field, the dialog stays open
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        error = dialog.rows["consent_evidence"][1]
        seen["error"] = error.text() if not error.isHidden() else ""
        seen["kept"] = dialog.person.text()
        qtbot.keyClicks(dialog.consent, "Signed form received by post on 3 March")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    in_dialog(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert "consent" in seen["error"].lower()
    assert seen["kept"] == "Thérèse Lambert"
    model = page.directive_model
    assert [d.person_name for d in model.rows] == ["Thérèse Lambert"]
    assert model.data(model.index(0, 4)) == "No, in force"
    with app_ctx.ctx.db.read() as session:
        stored = session.scalars(select(PostMortemDirective)).one()
        assert stored.action == "delete"
        assert stored.consent_evidence.startswith("Signed form")
    assert "registered" in page.status.text()


def test_find_and_revoke(qtbot, page: DirectivesPage, app_ctx: AppContext) -> None:
    for name in ("Marcel Dufour", "Élodie Lefèvre"):
        registers.add_directive(
            app_ctx.ctx,
            registers.NewDirective(
                person_name=name, action="delete", consent_evidence="Dedicated online form"
            ),
        )
    page.refresh()
    settle(qtbot)
    assert len(page.directive_model.rows) == 2

    qtbot.keyClicks(page.find_name, "ELODIE LEFEVRE")
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert [d.person_name for d in page.directive_model.rows] == ["Élodie Lefèvre"]

    page.directive_table.selectRow(0)

    def revoke(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.note, "Letter of 2 Feb")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    in_dialog(revoke)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    row = page.directive_model.rows[0]
    assert row.revoked_on is not None
    assert page.directive_model.data(page.directive_model.index(0, 4)).startswith("Revoked")

    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    assert len(page.directive_model.rows) == 2


def test_death_workflow_buttons(
    qtbot, page: DirectivesPage, app_ctx: AppContext, monkeypatch
) -> None:
    ctx = app_ctx.ctx
    registers.add_directive(
        ctx,
        registers.NewDirective(
            person_name="Marcel Dufour", action="delete", consent_evidence="Signed form"
        ),
    )
    registers.notify_death(
        ctx,
        registers.DeathNotice(
            deceased_name="Marcel Dufour",
            notifier_name="Anne Dufour",
            capacity="heir",
            requests=["close-accounts"],
        ),
    )
    page.refresh()
    settle(qtbot)
    assert page.death_model.rows[0].directive_ids
    page.death_table.selectRow(0)

    # answering before any action is refused, and said so
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    assert "record what was done" in page.status.text()

    def act(dialog: QDialog) -> None:
        dialog.action.setCurrentIndex(dialog.action.findData("closed-accounts"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    in_dialog(act)
    qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    assert page.death_model.data(page.death_model.index(0, 6)).startswith("1 action")

    page.death_table.selectRow(0)
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    assert page.death_model.rows[0].answered_on is not None

    monkeypatch.setattr(page, "confirm", lambda _text: True)
    page.death_table.selectRow(0)
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert page.death_model.rows[0].evidence_purged_at is not None
    assert page.death_model.data(page.death_model.index(0, 6)) == "Answered, evidence purged"


def test_accessible_names(page: DirectivesPage) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView

    for edit in page.findChildren(QLineEdit) + page.findChildren(QTableView):
        assert edit.accessibleName(), edit
    for button in page.findChildren(QPushButton):
        assert button.text() and button.toolTip(), button


def test_missing_consent_is_shown_under_its_field_in_french(
    qtbot, page: DirectivesPage, type_text
) -> None:
    from dpo_desk.ui import i18n

    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        type_text(dialog.person, "Thérèse Lambert")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        error = dialog.rows["consent_evidence"][1]
        seen["field"] = error.text() if not error.isHidden() else ""
        seen["top"] = dialog.general_error.text() if not dialog.general_error.isHidden() else ""
        dialog.reject()

    i18n.install("fr")
    try:
        in_dialog(fill)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    finally:
        i18n.install("en")
    assert "consentement" in seen["field"] and seen["top"] == ""
