"""The dashboard: counters that open the filtered list, the chart, the coming deadlines."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dpo_desk.services import dashboard
from tests.ui._wait import settle


def test_counter_click_opens_the_filtered_case_list(qtbot, demo_ctx, window):
    page = window.show_page("dashboard")
    expected = dashboard.dashboard(demo_ctx.ctx).counts
    for queue, button in page.counters.items():
        assert button.count == expected[queue]
        assert button.number.text() == str(expected[queue])
        assert button.accessibleName()
    button = page.counters["awaiting-identity"]
    assert button.count > 0
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    cases_page = window.cases_page
    assert window.current_page() is cases_page
    assert cases_page.queue.currentData() == "awaiting-identity"
    assert cases_page.model.rowCount() == expected["awaiting-identity"]
    statuses = {cases_page.model.summary_at(r).status for r in range(cases_page.model.rowCount())}
    assert statuses == {"awaiting-identity"}


def test_chart_and_coming_deadlines(qtbot, demo_ctx, window):
    page = window.show_page("dashboard")
    series = page.chart.series()
    assert len(series) == 1 and series[0].count() >= 1
    assert len(page.chart.axes()) == 2
    table = page.upcoming
    assert table.rowCount() > 0
    ref = table.item(0, 1).text()
    rect = table.visualItemRect(table.item(0, 1))
    # a double-click is a click then a double-click event (QTest sends only the second)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.cases_page
    assert window.cases_page.view.reference == ref


def test_late_cases_lead_the_deadline_list(qtbot, app_ctx, window):
    from datetime import date

    from dpo_desk.services import cases
    from dpo_desk.ui.widgets.deadline import COLOURS, Urgency

    ctx = app_ctx.ctx
    soon = cases.add_case(
        ctx,
        cases.NewCase(name="Soon", rights=["access"], received=date(2026, 1, 20), channel="post"),
    )
    late = cases.add_case(
        ctx,
        cases.NewCase(name="Late", rights=["access"], received=date(2025, 12, 15), channel="post"),
    )
    page = window.show_page("dashboard")
    page.refresh()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.upcoming.rowCount() == 2)
    assert [page.upcoming.item(r, 1).text() for r in range(2)] == [late.reference, soon.reference]
    assert page.upcoming.item(0, 0).background().color().name() == COLOURS[Urgency.OVERDUE][0]
