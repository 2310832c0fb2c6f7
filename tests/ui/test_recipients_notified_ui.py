"""The case view records the recipients told (GDPR Art. 19); the confirmation names them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dpo_desk.services import cases, letters, workflow
from dpo_desk.services.registers.notices import recipient_notices
from dpo_desk.services.registers.recipients import NewRecipient, add_recipient
from dpo_desk.ui.dialogs.recipient_notices import RecipientNoticesDialog
from tests.letters._pdf import flat, pdf_text
from tests.ui._wait import closed


def test_tick_the_recipients_told_and_the_letter_names_only_them(qtbot, window):
    ctx = window.app.ctx
    add_recipient(ctx, NewRecipient(name="Colis Express SARL", category="processor"))
    add_recipient(ctx, NewRecipient(name="Banque Nord SA", category="third-party"))
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Marc Lenoir",
            rights=["erasure"],
            received=date(2026, 1, 26),
            channel="post",
            address="4 rue Neuve\n75010 Paris",
        ),
    ).reference
    view = window.cases_page.view
    view.show_case(ref)
    qtbot.waitUntil(
        lambda: view.reference == ref and "notified" in view.action_buttons, timeout=3000
    )
    qtbot.mouseClick(view.action_buttons["notified"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, RecipientNoticesDialog)
    rows = {dialog.list.item(i).text(): dialog.list.item(i) for i in range(dialog.list.count())}
    assert set(rows) == {"Colis Express SARL (FR)", "Banque Nord SA (FR)"}
    rows["Colis Express SARL (FR)"].setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=3000)
    assert [i.name for i in recipient_notices(ctx, ref).notified] == ["Colis Express SARL"]
    workflow.transition(ctx, ref, "in-progress")
    text = flat(pdf_text(letters.generate(ctx, ref, "confirmation", "fr").pdf))
    assert "Colis Express SARL" in text and "Banque Nord SA" not in text


def test_no_button_for_a_right_art_19_does_not_cover(qtbot, window):
    ctx = window.app.ctx
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Marc Lenoir", rights=["access"], received=date(2026, 1, 26), channel="post"
        ),
    ).reference
    view = window.cases_page.view
    view.show_case(ref)
    qtbot.waitUntil(lambda: view.reference == ref, timeout=3000)
    assert "notified" not in view.action_buttons
