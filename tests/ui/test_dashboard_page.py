"""The dashboard: counters that open the filtered list, the chart, the coming deadlines."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dpo_desk.services import dashboard


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
