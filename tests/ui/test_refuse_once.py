"""Refusing asks the ground and the facts once, in the refuse dialog; the refusal letter
takes both from the case (issue 12: the dialog and the letter form asked the ground twice
and could differ, and no facts were asked)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dpo_desk.services import cases, letters
from dpo_desk.ui.dialogs.case_actions import TransitionDialog
from tests.letters._pdf import flat, pdf_text
from tests.ui._wait import closed


def test_refuse_asks_ground_and_facts_once_and_the_letter_uses_them(qtbot, window):
    ctx = window.app.ctx
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Paul Martin",
            rights=["erasure"],
            received=date(2026, 1, 20),
            channel="post",
            address="1 rue Haute\n75001 Paris",
        ),
    ).reference
    view = window.cases_page.view
    view.show_case(ref)
    qtbot.waitUntil(
        lambda: view.reference == ref and "refused" in view.action_buttons, timeout=3000
    )
    qtbot.mouseClick(view.action_buttons["refused"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, TransitionDialog) and dialog.ground is not None
    dialog.ground.setCurrentIndex(dialog.ground.findData("legal-obligation"))
    # No facts: refused at the field, the dialog stays open, nothing written.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert cases.get_case(ctx, ref).summary.status == "received"
    assert dialog.facts is not None
    qtbot.keyClicks(dialog.facts, "Invoices must be kept 10 years (Code de commerce L123-22)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closed(dialog)
    detail = cases.get_case(ctx, ref)
    assert (detail.summary.status, detail.outcome_reason) == ("refused", "legal-obligation")
    assert detail.refusal_facts.startswith("Invoices must be kept 10 years")
    qtbot.waitUntil(
        lambda: "Invoices must be kept" in view.overview.values["outcome"].text(), timeout=3000
    )  # the case view shows the facts next to the ground

    # The letter form no longer asks a ground: there is nothing to differ.
    form = view.letters.form
    assert not hasattr(form, "ground") and not hasattr(form, "refusal_text")
    text = flat(pdf_text(letters.generate(ctx, ref, "refusal", "fr").pdf))
    assert "obligation légale (art. 17.3.b du RGPD)" in text
    assert "Invoices must be kept 10 years" in text


def test_letter_list_offers_only_the_kinds_true_for_the_case(qtbot, window):
    ctx = window.app.ctx
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Luc Tremblay",
            rights=["access"],
            received=date(2026, 1, 20),
            channel="post",
            jurisdiction="CA-QC",
        ),
    ).reference
    view = window.cases_page.view
    view.show_case(ref)
    qtbot.waitUntil(lambda: view.reference == ref, timeout=3000)
    view.tabs.setCurrentWidget(view.letters)
    form = view.letters.form
    model = form.kind.model()

    def enabled(kind: str) -> bool:
        return bool(model.item(form.kind.findData(kind)).isEnabled())

    qtbot.waitUntil(lambda: form._available is not None, timeout=3000)
    assert enabled("acknowledgement") and enabled("access-reply")
    for kind in ("extension", "refusal", "id-request", "confirmation", "heirs-reply"):
        assert not enabled(kind), kind  # Quebec has no extension; not refused; no ID step
    tip = form.kind.itemData(form.kind.findData("extension"), Qt.ItemDataRole.ToolTipRole)
    assert "Not available" in tip


def test_backdated_extension_asks_for_evidence_and_shows_late(qtbot, window):
    from dpo_desk.services.case_list import timeline
    from dpo_desk.ui.dialogs.case_actions import ExtendDialog

    ctx = window.app.ctx
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Eva Blanc", rights=["access"], received=date(2026, 1, 20), channel="post"
        ),
    ).reference
    view = window.cases_page.view
    view.show_case(ref)
    qtbot.waitUntil(lambda: view.reference == ref and "extend" in view.action_buttons, timeout=3000)
    qtbot.mouseClick(view.action_buttons["extend"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ExtendDialog)
    dialog.decided.line.setFocus()
    dialog.decided.line.selectAll()
    qtbot.keyClicks(dialog.decided.line, "28/01/2026")  # before today (2 Feb 2026)
    qtbot.keyClicks(dialog.reasons, "Three archived systems to search")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "evidence" in dialog.error.text()
    assert cases.get_case(ctx, ref).extended_on is None
    qtbot.keyClicks(dialog.evidence, "minutes of the 28 January meeting")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closed(dialog)
    (entry,) = [e for e in timeline(ctx, ref) if e.operation == "case.extend"]
    assert entry.details["late"] and "28 January" in entry.details["evidence"]
    view.tabs.setCurrentWidget(view.timeline)
    tree = view.timeline.tree
    texts = [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]
    assert any("late, decided on" in t for t in texts)
