"""The dashboard: counters that open the filtered list, the chart, the coming deadlines."""

from __future__ import annotations

import pytest
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


def _click_nav(qtbot, window, key: str) -> None:
    row = next(
        r
        for r in range(window.nav.count())
        if window.nav.item(r).data(Qt.ItemDataRole.UserRole) == key
    )
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def test_each_visit_reads_the_store_once_and_a_change_reads_it_again(
    qtbot, demo_ctx, settings, english, monkeypatch
):
    """A DPO whose window reopens on the case list, then clicks "Dashboard": its first
    visit read everything twice, the page's show event asking, then the navigation
    (issue 19: 2 x 90 ms at a million cases)."""
    from datetime import date

    from dpo_desk.services import cases
    from dpo_desk.ui.main_window import build_main_window

    reads: list[int] = []
    real = dashboard.dashboard

    def counted(ctx):
        reads.append(1)
        return real(ctx)

    monkeypatch.setattr(dashboard, "dashboard", counted)
    settings.setValue("window/page", "cases")
    window = build_main_window(demo_ctx, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    assert window.current_page() is window.cases_page
    assert reads == []
    _click_nav(qtbot, window, "dashboard")
    page = window.current_page()
    assert page is not None and page.key == "dashboard"
    assert len(reads) == 1
    before = real(demo_ctx.ctx).counts
    assert {q: b.count for q, b in page.counters.items()} == before

    _click_nav(qtbot, window, "cases")
    _click_nav(qtbot, window, "dashboard")
    assert window.current_page() is page
    assert len(reads) == 2  # a visit reads once: another window may have changed things

    ref = cases.add_case(
        demo_ctx.ctx,
        cases.NewCase(
            name="Due Soon", rights=["access"], received=date(2026, 1, 5), channel="post"
        ),
    )
    demo_ctx.signals.case_changed.emit(ref)
    settle(qtbot)
    assert len(reads) == 3
    after = real(demo_ctx.ctx).counts
    assert after["due-soon"] == before["due-soon"] + 1
    assert {q: b.count for q, b in page.counters.items()} == after


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_legend_names_every_right_in_the_chart_on_a_small_screen(qtbot, app_ctx, window, lang):
    """Twelve rights in the chart, and the legend had room for eleven at 1400 x 860
    (about nine at 1280 x 720): the last names ("Withdrawal of consent", "Réclamation") were
    cut while their colours were in the bars."""
    from datetime import date

    from dpo_desk.domain.rights import Right
    from dpo_desk.services import cases
    from dpo_desk.ui import i18n
    from dpo_desk.ui.pages.dashboard import legend_row

    for n, right in enumerate(Right):
        cases.add_case(
            app_ctx.ctx,
            cases.NewCase(
                name=f"Person {n}",
                rights=[right.value],
                received=date(2026, 1, 5 + n),
                channel="post",
            ),
        )
    i18n.install(lang)
    app_ctx.signals.language_changed.emit(lang)
    window.resize(1280, 720)
    _click_nav(qtbot, window, "cases")
    _click_nav(qtbot, window, "dashboard")
    page = window.current_page()
    qtbot.wait(50)  # the chart lays its legend out on the next turn of the event loop
    chart = page.chart
    names = [bar.label() for bar in chart.series()[0].barSets()]
    assert len(names) == len(Right)
    legend = chart.legend()
    assert legend.isVisible()
    assert legend.geometry().height() >= len(names) * legend_row(chart), (
        legend.geometry().height(),
        legend_row(chart),
    )


def test_a_count_not_read_yet_is_not_shown_as_zero(qtbot, demo_ctx, english) -> None:
    """The window is painted before its store is open (issue 19): until the counts are
    read, each tile says "…", never a 0 the DPO could believe ("0 overdue")."""
    from dpo_desk.ui.pages.dashboard import DashboardPage

    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    tiles = [*page.counters.values(), page.incident_clocks]
    assert [tile.number.text() for tile in tiles] == ["…"] * len(tiles)
    assert page.counters["overdue"].accessibleName() == "Overdue: …"
    page.refresh()
    settle(qtbot)
    expected = dashboard.dashboard(demo_ctx.ctx).counts
    assert [page.counters[q].number.text() for q in page.counters] == [
        str(expected.get(q, 0)) for q in page.counters
    ]
    assert page.incident_clocks.number.text() != "…"
