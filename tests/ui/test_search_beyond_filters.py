"""A DPO types the reference of a closed case while the list shows the open cases: the
list is empty, and the page says that the search matches a case the filters hide, with
one button that lifts them (the search kept) and opens that case. A search that matches
nothing anywhere says only "0 cases"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dpo_desk.services import case_list, cases, workflow
from dpo_desk.services.case_list import ListQuery
from dpo_desk.services.cases import CaseFilter
from dpo_desk.services.demo import load_demo
from dpo_desk.ui import i18n
from tests.ui._wait import settle

pytestmark = pytest.mark.gui


def _closed_reference(app) -> str:  # type: ignore[no-untyped-def]
    found = [s for s in cases.list_cases(app.ctx) if s.status == "closed"]
    if found:
        return found[0].reference
    ref = cases.list_cases(app.ctx, CaseFilter(open_only=True))[0].reference
    workflow.transition(app.ctx, ref, "withdrawn", "The person withdrew by phone")
    return ref


def _search(qtbot, page, text: str, type_text) -> None:  # type: ignore[no-untyped-def]
    page.search.setFocus()
    page.search.selectAll()
    type_text(page.search, text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settle(qtbot)


def test_a_closed_case_searched_among_open_ones_is_offered(qtbot, window, type_text) -> None:
    load_demo(window.app.ctx)
    ref = _closed_reference(window.app)
    page = window.show_page("cases")
    assert page.status.currentData() == "__open__"  # the list opens on the open cases
    _search(qtbot, page, ref, type_text)
    assert page.model.rowCount() == 0
    assert page.count.text() == f"No case with these filters; without them, 1 case matches “{ref}”."
    assert page.elsewhere.isVisible() and page.elsewhere.text() == "Show 1 case"
    qtbot.mouseClick(page.elsewhere, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.status.currentData() is None  # all statuses
    assert page.search.text() == ref  # the search is kept
    assert page.model.rowCount() == 1
    assert page.view.reference == ref  # the single match is opened
    assert page.count.text() == "1 case" and not page.elsewhere.isVisible()


def test_a_search_that_matches_nothing_anywhere_offers_nothing(qtbot, window, type_text) -> None:
    load_demo(window.app.ctx)
    page = window.show_page("cases")
    _search(qtbot, page, "Zzyzx-nobody", type_text)
    assert page.model.rowCount() == 0
    assert page.count.text() == "0 cases" and not page.elsewhere.isVisible()


def test_markup_in_the_search_is_quoted_as_text(qtbot, window, type_text) -> None:
    load_demo(window.app.ctx)
    page = window.show_page("cases")
    page.due.setCurrentIndex(page.due.findData("overdue"))
    _search(qtbot, page, "<Lefèvre>", type_text)  # as pasted from a mail header
    if page.model.rowCount():  # a demo case is overdue for this name: hide it too
        page.right.setCurrentIndex(page.right.findData("portability"))
        page.apply_filters()
        settle(qtbot)
    assert page.model.rowCount() == 0
    assert page.count.textFormat() == Qt.TextFormat.PlainText
    assert "“<Lefèvre>”" in page.count.text()
    assert page.elsewhere.isVisible()


def test_the_offer_in_french_and_after_a_change_of_language(qtbot, window, type_text) -> None:
    load_demo(window.app.ctx)
    ref = _closed_reference(window.app)
    page = window.show_page("cases")
    _search(qtbot, page, ref, type_text)
    window.lang_actions["fr"].trigger()
    try:
        assert page.count.text() == (
            f"Aucun dossier avec ces filtres ; sans eux, 1 dossier correspond à « {ref} »."
        )
        assert page.elsewhere.text() == "Afficher 1 dossier"
        qtbot.mouseClick(page.elsewhere, Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert page.count.text() == "1 dossier" and page.view.reference == ref
    finally:
        i18n.install("en")


def test_matches_elsewhere_counts_only_what_the_filters_hid(demo_ctx) -> None:
    ctx = demo_ctx.ctx
    ref = _closed_reference(demo_ctx)
    open_only = ListQuery(CaseFilter(open_only=True, text=ref))
    assert case_list.narrowed(open_only)
    assert case_list.matches_elsewhere(ctx, open_only) == 1
    everywhere = ListQuery(CaseFilter(text=ref))
    assert not case_list.narrowed(everywhere)
    assert case_list.matches_elsewhere(ctx, everywhere) == 0  # nothing else to lift
    assert case_list.matches_elsewhere(ctx, ListQuery(CaseFilter(open_only=True))) == 0
    queue = ListQuery(CaseFilter(text=ref), queue="overdue")
    assert case_list.narrowed(queue)
