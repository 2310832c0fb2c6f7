"""Choosing a known person at intake never drops what was typed: the difference with the
details on file is shown, the DPO may make the new details the person's own (the earlier
ones are kept), and the case's letters go to the details typed for it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from dpo_desk.services import cases
from dpo_desk.services.letters.build import build_letter_data
from dpo_desk.store.models import DataSubject, SubjectContact


def _known(ctx) -> str:
    return cases.add_case(
        ctx,
        cases.NewCase(
            name="Ann Lee",
            rights=["access"],
            received=date(2026, 1, 5),
            channel="post",
            email="ann@old.example",
            address="1 Old Street\n75001 Paris",
        ),
    ).reference


def _intake_with_new_details(qtbot, window, type_text):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.intake
    qtbot.waitUntil(lambda: dialog.profile is not None)
    type_text(dialog.name, "Ann Lee")
    qtbot.keyClicks(dialog.email, "ann@new.example")
    qtbot.keyClicks(dialog.address, "2 New Road")
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=2000)
    qtbot.mouseClick(dialog.use_match, Qt.MouseButton.LeftButton)
    box = dialog.rights["erasure"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    return dialog


def test_new_details_are_shown_and_kept_for_the_person(qtbot, window, app_ctx, type_text):
    ctx = app_ctx.ctx
    old_ref = _known(ctx)
    dialog = _intake_with_new_details(qtbot, window, type_text)
    assert dialog.email.text() == "ann@new.example"  # not replaced by the stored one
    assert dialog.address.toPlainText() == "2 New Road"
    shown = dialog.contact_diff.text()
    assert dialog.contact_diff.isVisible()
    assert "ann@old.example" in shown and "ann@new.example" in shown
    assert "1 Old Street" in shown and "2 New Road" in shown
    assert dialog.update_contact.isVisible() and dialog.update_contact.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    new = dialog.detail
    assert new is not None and new.subject_id == cases.get_case(ctx, old_ref).subject_id
    assert new.address == "2 New Road" and new.summary.email == "ann@new.example"
    with ctx.db.read() as session:
        person = session.get(DataSubject, new.subject_id)
        assert (person.email, person.postal_address) == ("ann@new.example", "2 New Road")
        (history,) = session.scalars(select(SubjectContact)).all()
        assert (history.email, history.postal_address) == (
            "ann@old.example",
            "1 Old Street\n75001 Paris",
        )
        assert history.replaced_by_case == new.reference
    letter = build_letter_data(ctx, new.reference, "acknowledgement", "en")
    assert letter.addressee.address == ("2 New Road",)
    assert letter.addressee.email == "ann@new.example"
    # the earlier case keeps the address its letters went to
    earlier = build_letter_data(ctx, old_ref, "acknowledgement", "en")
    assert earlier.addressee.address == ("1 Old Street", "75001 Paris")


def test_new_details_can_stay_with_this_case_only(qtbot, window, app_ctx, type_text):
    ctx = app_ctx.ctx
    _known(ctx)
    dialog = _intake_with_new_details(qtbot, window, type_text)
    qtbot.mouseClick(
        dialog.update_contact,
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, dialog.update_contact.height() // 2),
    )
    assert not dialog.update_contact.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    new = dialog.detail
    assert new.address == "2 New Road"
    with ctx.db.read() as session:
        person = session.get(DataSubject, new.subject_id)
        assert person.postal_address == "1 Old Street\n75001 Paris"
        assert session.scalars(select(SubjectContact)).all() == []
    letter = build_letter_data(ctx, new.reference, "acknowledgement", "en")
    assert letter.addressee.address == ("2 New Road",)
