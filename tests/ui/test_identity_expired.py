"""An identity step unanswered by its day shows as expired in the Identity tab and allows
a refusal for identity not established (issue 11)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dpo_desk.services import cases, identity
from dpo_desk.ui.dialogs.case_actions import TransitionDialog
from dpo_desk.ui.dialogs.identity import RequestIdentityDialog
from tests.ui._wait import closed


def test_expired_step_is_shown_and_allows_the_identity_refusal(qtbot, window):
    ctx = window.app.ctx
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Rose Garnier",
            rights=["access"],
            received=date(2026, 1, 2),
            channel="post",
            address="2 place Bellecour\n69002 Lyon",
        ),
    ).reference
    identity.request_identity(
        ctx,
        ref,
        "The signature differs",
        date(2026, 1, 5),
        document=False,
        answer_by=date(2026, 1, 20),
    )
    view = window.cases_page.view
    view.show_case(ref)
    qtbot.waitUntil(
        lambda: view.reference == ref and "refused" in view.action_buttons, timeout=3000
    )
    view.tabs.setCurrentWidget(view.identity)
    table = view.identity.table
    assert table.item(0, 0).text().startswith("Expired")
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert table.item(0, headers.index("Answer by")).text() != ""
    assert view.identity.state.text().startswith("Expired: nothing was received")

    qtbot.mouseClick(view.action_buttons["refused"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, TransitionDialog) and dialog.ground is not None
    assert dialog.facts is not None
    dialog.ground.setCurrentIndex(dialog.ground.findData("identity-not-established"))
    qtbot.keyClicks(dialog.facts, "No answer to our letter of 5 January")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closed(dialog)
    detail = cases.get_case(ctx, ref)
    assert (detail.summary.status, detail.identity[0].outcome) == ("refused", "expired")


def test_request_dialog_gives_thirty_days_by_default(qtbot, window):
    ctx = window.app.ctx
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Léa Fabre", rights=["access"], received=date(2026, 1, 30), channel="post"
        ),
    ).reference
    dialog = RequestIdentityDialog(window.app, cases.get_case(ctx, ref), window)
    qtbot.addWidget(dialog)
    assert dialog.answer_by.value() == date(2026, 3, 4)  # 2 Feb 2026 + 30 days
