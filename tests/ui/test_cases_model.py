"""The lazy case list: model contract, SQL sorting on a header click, filters, search."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from dpo_desk.services import cases
from dpo_desk.services.case_list import ListQuery
from dpo_desk.services.cases import CaseFilter
from dpo_desk.ui.models.case_table import DUE_COLUMN, CaseTableModel
from dpo_desk.ui.widgets.deadline import URGENCY_ROLE
from tests.ui._wait import settle, summary


def test_model_contract_and_lazy_pages(qtbot, qtmodeltester, demo_ctx):
    model = CaseTableModel(demo_ctx, page_size=5, cache_rows=12)
    model.set_query(ListQuery(CaseFilter()))
    settle(qtbot)
    total = len(cases.list_cases(demo_ctx.ctx))
    assert model.rowCount() == total > 20
    qtmodeltester.check(model)
    # only a bounded cache is kept however many rows were read
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    assert len(model._cache) <= 12
    # the deadline column carries its urgency for the badge, and words besides colour
    summary(qtbot, model, 0)  # its page fetched on the DB lane
    due = model.index(0, DUE_COLUMN)
    assert due.data(URGENCY_ROLE) in {"overdue", "soon", "ok", "paused", "closed"}
    assert "·" in due.data()


def _header_click(qtbot, page, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_header_click_sorts_in_sql(qtbot, demo_ctx, window):
    page = window.show_page("cases")
    page.status.setCurrentIndex(page.status.findData(None))  # all statuses
    page.apply_filters()
    settle(qtbot)
    _header_click(qtbot, page, 2)  # Requester
    assert page.model.query.order == "name"
    names = [summary(qtbot, page.model, r).subject_name for r in range(page.model.rowCount())]
    from dpo_desk.domain.text import fold

    assert [fold(n) for n in names] == sorted(fold(n) for n in names)
    _header_click(qtbot, page, 2)
    assert page.model.query.descending
    _header_click(qtbot, page, 0)  # Reference
    refs = [summary(qtbot, page.model, r).reference for r in range(page.model.rowCount())]
    assert refs == sorted(refs)


def test_search_is_accent_blind_and_filters_combine(qtbot, demo_ctx, window):
    page = window.show_page("cases")
    page.search.setFocus()
    qtbot.keyClicks(page.search, "lefevre")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=2000)
    found = [summary(qtbot, page.model, r).subject_name for r in range(page.model.rowCount())]
    assert any("Lefèvre" in n for n in found)
    page.search.clear()
    page.apply_filters()
    settle(qtbot)
    open_count = page.model.rowCount()
    page.status.setCurrentIndex(page.status.findData("closed"))
    page.apply_filters()
    settle(qtbot)
    statuses = {summary(qtbot, page.model, r).status for r in range(page.model.rowCount())}
    assert statuses <= {"closed"} and page.model.rowCount() < open_count
    page.status.setCurrentIndex(page.status.findData(None))
    page.right.setCurrentIndex(page.right.findData("erasure"))
    page.apply_filters()
    settle(qtbot)
    rows = range(page.model.rowCount())
    assert all("erasure" in summary(qtbot, page.model, r).rights for r in rows)
    assert page.count.text().endswith("case(s)") or "case" in page.count.text()


def test_next_and_previous_case_shortcuts(qtbot, demo_ctx, window):
    page = window.show_page("cases")
    page.apply_filters()
    settle(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    first = page.view.reference
    assert first == summary(qtbot, page.model, 0).reference
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.view.reference == summary(qtbot, page.model, 1).reference
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.view.reference == first


def test_first_rows_come_before_the_full_list(qtbot, qtmodeltester, demo_ctx):
    """A filter matching many cases shows its first rows at once, then the rest behind
    them, in the same order as one full query."""
    model = CaseTableModel(demo_ctx, page_size=5, cache_rows=12)
    model.first_rows = 4
    seen: list[tuple[str, int]] = []
    model.first_rows_shown.connect(lambda n: seen.append(("first", n)))
    model.loaded.connect(lambda n: seen.append(("all", n)))
    model.rowsInserted.connect(lambda *_: seen.append(("inserted", model.rowCount())))
    model.set_query(ListQuery(CaseFilter()))
    settle(qtbot)
    total = len(cases.list_cases(demo_ctx.ctx))
    assert seen == [("first", 4), ("inserted", total), ("all", total)]
    full = [c.id for c in cases.list_cases(demo_ctx.ctx)]
    assert [model.id_at(r) for r in range(model.rowCount())] == full
    qtmodeltester.check(model)


def test_filters_reuse_cached_rows_and_changes_still_show(qtbot, demo_ctx):
    from dpo_desk.services import workflow

    model = CaseTableModel(demo_ctx, page_size=5, cache_rows=100)
    model.set_query(ListQuery(CaseFilter()))
    settle(qtbot)
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    settle(qtbot)
    cached = len(model._cache)
    model.set_query(ListQuery(CaseFilter(open_only=True)))
    settle(qtbot)
    assert len(model._cache) == cached  # nothing re-read for rows already known
    row = 0
    ref = summary(qtbot, model, row).reference
    before = model.index(row, 4).data()
    workflow.transition(demo_ctx.ctx, ref, "withdrawn", "The person withdrew by phone")
    model.forget(ref)  # what the page does on app.signals.case_changed
    assert summary(qtbot, model, row) is not None
    assert model.index(row, 4).data() != before
    model.clear_cache()
    assert not model._cache


def test_first_rows_arrive_with_their_words_in_one_trip(qtbot, demo_ctx):
    """When the first rows of a filter are shown, the first page's summaries came with
    them (issue 19): the first paint shows cases, not "…" waiting for a second trip."""
    model = CaseTableModel(demo_ctx, page_size=5, cache_rows=100)
    model.first_rows = 4
    at_first: list[object] = []
    model.first_rows_shown.connect(
        lambda _n: at_first.extend(model.index(r, 0).data() for r in range(4))
    )
    model.set_query(ListQuery(CaseFilter()))
    qtbot.waitUntil(lambda: len(at_first) == 4)
    expected = [c.reference for c in cases.list_cases(demo_ctx.ctx)[:4]]
    assert at_first == expected
    settle(qtbot)


def test_row_words_follow_the_clock_and_the_language(qtbot, demo_ctx):
    """The words of a row are formatted once, yet a new day or language shows at once."""
    from datetime import timedelta

    from dpo_desk.ui import i18n

    model = CaseTableModel(demo_ctx, page_size=50, cache_rows=100)
    model.set_query(ListQuery(CaseFilter(open_only=True)))
    settle(qtbot)
    summary(qtbot, model, 0)
    before = model.index(0, DUE_COLUMN).data()
    now = demo_ctx.ctx.now()
    demo_ctx.ctx.clock = lambda: now + timedelta(days=400)  # long past every deadline
    late = model.index(0, DUE_COLUMN).data()
    assert late != before and "late" in late
    assert model.index(0, DUE_COLUMN).data(URGENCY_ROLE) == "overdue"
    try:
        i18n.install("fr")
        model.retranslate()
        assert "retard" in model.index(0, DUE_COLUMN).data()
    finally:
        i18n.install("en")
        model.retranslate()


def test_a_six_digit_reference_is_shown_whole(qtbot, demo_ctx, window):
    """Past 99,999 requests in a year the counter has six digits: the Reference column
    fits it (a fixed 112 px showed "DPO-2026-132…" at a million cases)."""
    from sqlalchemy import text

    with demo_ctx.ctx.db.write() as session:
        first = session.execute(text("SELECT min(id) FROM cases")).scalar()
        session.execute(
            text("UPDATE cases SET reference = 'DPO-2026-132045' WHERE id = :id"), {"id": first}
        )
    page = window.show_page("cases")
    page.status.setCurrentIndex(page.status.findData(None))
    page.apply_filters()
    settle(qtbot)
    _header_click(qtbot, page, 0)  # Reference, ascending
    _header_click(qtbot, page, 0)  # descending: the six-digit one on top
    assert summary(qtbot, page.model, 0).reference == "DPO-2026-132045"
    needed = page.table.sizeHintForColumn(0)
    assert needed > 0 and page.table.columnWidth(0) >= needed
