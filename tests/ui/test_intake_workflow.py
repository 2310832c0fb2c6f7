"""A request's life driven through the real widgets, as a DPO would, then checked in the
store through the services."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from dpo_desk.services import audit, cases
from dpo_desk.services.case_list import timeline
from dpo_desk.ui.dialogs.case_actions import ExtendDialog, TransitionDialog
from dpo_desk.ui.dialogs.identity import VerifyIdentityDialog
from dpo_desk.ui.dialogs.intake import IntakeDialog
from tests.ui._wait import closed


def _intake(qtbot, window) -> IntakeDialog:
    window.activateWindow()  # back to the window after a dialog closed, as a user is
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.intake
    assert isinstance(dialog, IntakeDialog) and dialog.isVisible()
    return dialog


def test_request_from_intake_to_answer(qtbot, window, tmp_path, type_text):
    app = window.app
    # -- intake: typed, ticked, with an attachment; the deadline shows before saving
    dialog = _intake(qtbot, window)
    type_text(dialog.name, "Hélène Lefèvre")
    qtbot.keyClicks(dialog.email, "helene@example.fr")
    for right in ("access", "erasure"):  # a click on the box itself, left of the label
        box = dialog.rights[right]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert "2 March 2026" in dialog.due.text()  # received Mon 2 Feb 2026 + 1 month
    letter = tmp_path / "letter.txt"
    letter.write_text("Please send me a copy of my data.\n", encoding="utf-8")
    dialog.add_attachments([letter], "attachment")
    assert dialog.files.count() == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert closed(dialog), dialog.error.text()
    (ref,) = [c.reference for c in cases.list_cases(app.ctx)]
    stored = cases.get_case(app.ctx, ref)
    assert stored.summary.subject_name == "Hélène Lefèvre"
    assert stored.summary.rights == ("access", "erasure")
    assert [d.original_name for d in stored.documents] == ["letter.txt"]

    # -- find it by typing in the search box (accents ignored)
    page = window.cases_page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "lefevre")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: page.view.reference == ref, timeout=2000)

    # -- verify identity from the Identity tab
    view = page.view
    view.tabs.setCurrentWidget(view.identity)
    qtbot.mouseClick(view.identity.buttons["verify"], Qt.MouseButton.LeftButton)
    verify = view.dialog
    assert isinstance(verify, VerifyIdentityDialog)
    verify.method.setCurrentIndex(verify.method.findData("email-match"))
    qtbot.mouseClick(verify.ok_button, Qt.MouseButton.LeftButton)
    assert closed(verify)
    detail = cases.get_case(app.ctx, ref)
    assert detail.summary.status == "in-progress"
    assert detail.identity[0].outcome == "verified"
    assert detail.identity[0].method == "email-match"

    # -- extend: refused without reasons (the dialog keeps what was typed), then done
    qtbot.mouseClick(view.action_buttons["extend"], Qt.MouseButton.LeftButton)
    extend = view.dialog
    assert isinstance(extend, ExtendDialog)
    assert "4 May 2026" in extend.new_due.text()  # shown before confirming
    assert "2 March 2026" in extend.notice.text()
    qtbot.mouseClick(extend.ok_button, Qt.MouseButton.LeftButton)
    assert extend.isVisible() and extend.error.isVisible()
    qtbot.keyClicks(extend.reasons, "Archives on two sites to search")
    qtbot.mouseClick(extend.ok_button, Qt.MouseButton.LeftButton)
    assert closed(extend)
    detail = cases.get_case(app.ctx, ref)
    assert detail.summary.status == "extended"
    assert detail.extension_reason == "Archives on two sites to search"
    assert str(detail.extended_due_date) == "2026-05-04"

    # -- answer, confirmed in its dialog
    qtbot.mouseClick(view.action_buttons["answered"], Qt.MouseButton.LeftButton)
    confirm = view.dialog
    assert isinstance(confirm, TransitionDialog)
    qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    detail = cases.get_case(app.ctx, ref)
    assert detail.summary.status == "answered"
    assert str(detail.answered_on) == "2026-02-02"
    assert view.badge.text().startswith("Answered")

    # -- the timeline lists every step, in order; the audit chain holds
    ops = [e.operation for e in timeline(app.ctx, ref) if e.source == "audit"]
    assert ops[0] == "case.create" and "identity.verify" in ops and "case.extend" in ops
    assert ops[-1] == "case.transition"
    assert view.timeline.tree.topLevelItemCount() >= len(ops)
    with app.ctx.db.read() as session:
        chain = audit.verify(session)
    assert chain.ok and chain.count >= len(ops)


def test_refused_value_is_shown_and_nothing_is_lost(qtbot, window):
    dialog = _intake(qtbot, window)
    qtbot.keyClicks(dialog.name, "Jean Dupont")
    qtbot.keyClicks(dialog.email, "not an address")
    qtbot.keyClicks(dialog.notes, "Called twice")
    dialog.rights["access"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    at_field = dialog.field_error_labels["email"]  # under the field, in the form's words
    assert at_field.isVisible() and not dialog.error.isVisible()
    assert at_field.text().startswith("E-mail: ") and "not an address" in at_field.text()
    assert at_field.wordWrap()  # the whole text, never cut
    assert dialog.name.text() == "Jean Dupont"
    assert dialog.notes.toPlainText() == "Called twice"
    assert cases.list_cases(window.app.ctx) == []
    dialog.email.selectAll()
    qtbot.keyClicks(dialog.email, "jean@example.fr")
    assert not at_field.isVisible()  # a stale error goes as soon as the field is edited
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert closed(dialog)
    assert len(cases.list_cases(window.app.ctx)) == 1


def test_known_person_is_offered_before_a_duplicate(qtbot, window, type_text):
    first = _intake(qtbot, window)
    type_text(first.name, "Élodie Lefèvre")
    first.rights["access"].setChecked(True)
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    second = _intake(qtbot, window)
    qtbot.keyClicks(second.name, "elodie")
    qtbot.waitUntil(lambda: second.matches.count() == 1, timeout=2000)
    assert "Élodie Lefèvre" in second.matches.item(0).text()
    qtbot.mouseClick(second.use_match, Qt.MouseButton.LeftButton)
    assert "Élodie Lefèvre" in second.chosen.text()
    second.rights["erasure"].setChecked(True)
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    both = cases.list_cases(window.app.ctx)
    assert len(both) == 2
    assert len({cases.get_case(window.app.ctx, c.reference).subject_id for c in both}) == 1
    QApplication.processEvents()


def test_each_field_shows_its_own_error_and_old_ones_go(qtbot, window):
    dialog = _intake(qtbot, window)
    dialog.rights["access"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    name_error = dialog.field_error_labels["name"]
    assert name_error.isVisible() and "name is required" in name_error.text()
    qtbot.keyClicks(dialog.name, "Jean Dupont")
    assert not name_error.isVisible()
    qtbot.keyClicks(dialog.email, "nope")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = {k: v.text() for k, v in dialog.field_error_labels.items() if v.isVisible()}
    assert list(shown) == ["email"]  # one error, at its field; the name's is gone
    assert "e-mail:" not in shown["email"]  # the service's internal word is not shown


def test_escape_does_not_throw_away_what_was_typed(qtbot, window):
    dialog = _intake(qtbot, window)
    qtbot.keyClicks(dialog.name, "Jean Dupont")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.confirm_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    assert box.defaultButton().text() == "Keep editing"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter keeps the form
    assert dialog.isVisible() and dialog.name.text() == "Jean Dupont"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.confirm_box
    discard = next(b for b in box.buttons() if b.text() == "Discard")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert closed(dialog)
    assert cases.list_cases(window.app.ctx) == []
