"""A state change after the deadline asks why, is audited late and shows late in the
timeline (issue 11: late actions only with a recorded reason, marked late)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dpo_desk.services import cases
from dpo_desk.services.case_list import timeline
from dpo_desk.ui.dialogs.case_actions import TransitionDialog
from tests.ui._wait import closed


def _open(qtbot, window, ref: str, action: str) -> TransitionDialog:
    view = window.cases_page.view
    view.show_case(ref)
    qtbot.waitUntil(lambda: view.reference == ref and action in view.action_buttons, timeout=3000)
    qtbot.mouseClick(view.action_buttons[action], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, TransitionDialog)
    return dialog


def test_a_late_answer_asks_the_reason_and_shows_late(qtbot, window):
    ctx = window.app.ctx
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Inès Morel",
            rights=["access"],
            received=date(2025, 12, 1),
            channel="post",
            address="3 rue Basse\n69001 Lyon",
        ),
    ).reference
    dialog = _open(qtbot, window, ref, "answered")
    assert dialog.late_since == date(2026, 1, 2)  # 1 Jan is a holiday; today 2 Feb 2026
    assert dialog.late_reason is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "delay" in dialog.error.text()
    assert cases.get_case(ctx, ref).summary.status == "received"
    qtbot.keyClicks(dialog.late_reason, "Reply held by the post strike")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closed(dialog)
    assert cases.get_case(ctx, ref).summary.status == "answered"
    (entry,) = [
        e
        for e in timeline(ctx, ref)
        if e.operation == "case.transition" and e.details.get("to") == "answered"
    ]
    assert entry.details["late"] and entry.details["late_reason"].startswith("Reply held")
    view = window.cases_page.view
    view.tabs.setCurrentWidget(view.timeline)
    tree = view.timeline.tree
    qtbot.waitUntil(
        lambda: any(
            "post strike" in tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())
        ),
        timeout=3000,
    )
    texts = [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]
    assert any("late (deadline" in t and "post strike" in t for t in texts)


def test_an_answer_in_time_asks_no_delay_reason(qtbot, window):
    ctx = window.app.ctx
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Hugo Petit",
            rights=["access"],
            received=date(2026, 1, 20),
            channel="post",
            address="3 rue Basse\n69001 Lyon",
        ),
    ).reference
    dialog = _open(qtbot, window, ref, "answered")
    assert dialog.late_since is None and dialog.late_reason is None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closed(dialog)
    assert cases.get_case(ctx, ref).summary.status == "answered"
