"""The Scope tab as a DPO uses it: tick the relationship, look at the suggestion, tick
and untick lines with the mouse, save; the access reply then tells only those."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from dpo_desk.services import cases, letters
from dpo_desk.services.registers import scope
from dpo_desk.ui.case_view.scope import ScopeTab
from dpo_desk.ui.case_view.view import CaseView
from dpo_desk.ui.context import AppContext

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, demo_ctx: AppContext, english: None) -> CaseView:
    w = CaseView(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _row(tab: ScopeTab, label: str) -> QTreeWidgetItem:
    for row in tab._rows():
        if row.text(0).startswith(label):
            return row
    raise AssertionError(label)


def _click_check(qtbot, tab: ScopeTab, row: QTreeWidgetItem) -> None:
    """Click the row's check box as a user would (the first thing in the cell)."""
    tab.tree.scrollToItem(row)
    rect = tab.tree.visualItemRect(row)
    pos = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_scope_tab_suggests_ticks_and_saves(qtbot, view: CaseView, demo_ctx: AppContext):
    ctx = demo_ctx.ctx
    new = cases.NewCase(
        name="Bérénice Aubry",
        rights=["access"],
        received=ctx.today(),
        channel="email",
        email="b@example.fr",
    )
    ref = cases.add_case(ctx, new).reference
    view.show_case(ref)
    tab = view.scope
    qtbot.mouseClick(
        view.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=view.tabs.tabBar().tabRect(view.tabs.indexOf(tab)).center(),
    )
    assert view.tabs.currentWidget() is tab
    assert "cannot be written before" in tab.status.text()
    assert tab.tree.topLevelItemCount() == 7  # every active activity is offered

    box = tab.relationship_boxes["prospects"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    prospecting = _row(tab, "Prospecting and newsletters")
    assert "persons: prospects" in prospecting.text(1)
    assert _row(tab, "Customer orders").text(1) == ""
    assert prospecting.checkState(0) == Qt.CheckState.Unchecked  # a suggestion ticks nothing

    qtbot.mouseClick(tab.suggest_button, Qt.MouseButton.LeftButton)
    assert prospecting.checkState(0) == Qt.CheckState.Checked
    adreach = _row(tab, "AdReach Network")
    assert adreach.checkState(0) == Qt.CheckState.Checked
    _click_check(qtbot, tab, adreach)  # the person never consented to advertising
    assert adreach.checkState(0) == Qt.CheckState.Unchecked
    transfer = _row(tab, "AdReach Network → US")
    _click_check(qtbot, tab, transfer)
    assert transfer.checkState(0) == Qt.CheckState.Unchecked

    with qtbot.waitSignal(demo_ctx.signals.case_changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Scope saved" in tab.status.text()
    saved = scope.scope_of(ctx, ref)
    assert {i.label for i in saved.chosen} == {
        "Prospecting and newsletters",
        "Marketing department (internal) (FR)",
        "CloudMail Inc. (US)",
        "CloudMail Inc. → US: Adequacy decision",
    }
    text = " ".join(
        "\n".join(
            p.extract_text()
            for p in PdfReader(
                io.BytesIO(
                    letters.generate(ctx, ref, "access-reply", "en", copy_separately=True).pdf
                )
            ).pages
        ).split()
    )
    assert "CloudMail Inc." in text and "AdReach" not in text
    assert "Customer orders and delivery" not in text


def test_relationships_follow_a_switch_to_french(qtbot, window, demo_ctx) -> None:
    from dpo_desk.ui import i18n

    ctx = window.app.ctx  # the demo register (demo_ctx) is in this window's store
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Bérénice Aubry",
            rights=["access"],
            received=ctx.today(),
            channel="email",
            email="b@example.fr",
        ),
    ).reference
    window.open_case(ref)
    view = window.cases_page.view
    qtbot.waitUntil(lambda: view.reference == ref, timeout=3000)
    view.tabs.setCurrentWidget(view.scope)
    qtbot.waitUntil(lambda: "customers" in view.scope.relationship_boxes, timeout=3000)
    view.scope.relationship_boxes["customers"].click()  # ticked before the switch
    window.lang_actions["fr"].trigger()
    try:
        box = view.scope.relationship_boxes["customers"]
        qtbot.waitUntil(lambda: box.text() == "clients", timeout=3000)
        assert box.isChecked()  # the choice survives the switch
        assert view.scope.relationship_boxes["staff"].text() == "personnel"
    finally:
        i18n.install("en")
