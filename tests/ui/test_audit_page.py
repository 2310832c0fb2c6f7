"""The audit page: the chain shown intact, then broken after an entry is tampered with
in SQL; filters by operation, record and date; pages loaded lazily."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from sqlalchemy import text

from dpo_desk.services import audit_log
from dpo_desk.services.audit_log import AuditFilter
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.pages.audit import AuditPage
from tests.ui._wait import closed, settle

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_ctx: AppContext, english: None) -> AuditPage:
    page = AuditPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot)
    return page


def test_intact_then_broken(qtbot, page: AuditPage, demo_ctx: AppContext) -> None:
    total = audit_log.count_entries(demo_ctx.ctx)
    assert page.chain_label.text().startswith(f"✔ Chain intact: {total} entries, head ")
    with demo_ctx.ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET summary = '{}' WHERE id = 7"))
    qtbot.mouseClick(page.recheck_button, Qt.MouseButton.LeftButton)
    label = page.chain_label.text()
    assert "Broken at entry 7" in label
    assert "modified after it was written" in label
    assert "6 entries before it are intact" in label
    assert "#b3261e" in page.chain_label.styleSheet()


def test_filters_and_lazy_pages(qtbot, page: AuditPage, demo_ctx: AppContext) -> None:
    total = audit_log.count_entries(demo_ctx.ctx)
    assert page.model.rowCount() == min(total, 200)
    assert f"{total} matching entries" in page.count_label.text()

    op = page.operation
    op.setCurrentIndex(op.findData("case.create"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    rows = page.model.entries
    assert rows and all(e.operation == "case.create" for e in rows)
    assert page.model.data(page.model.index(0, 2)).startswith("Request registered")

    ref = rows[-1].record_ref
    op.setCurrentIndex(op.findData("case."))
    qtbot.keyClicks(page.record, ref.lower())
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert {e.record_ref for e in page.model.entries} == {ref}
    assert all(e.operation.startswith("case.") for e in page.model.entries)

    page.since.set_value(date(2030, 1, 1))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    page.until.set_value(date(2029, 1, 1))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert "reversed" in page.status.text()

    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == min(total, 200)


def test_service_paging(demo_ctx: AppContext) -> None:
    ctx = demo_ctx.ctx
    first = audit_log.list_entries(ctx, limit=10)
    second = audit_log.list_entries(ctx, offset=10, limit=10)
    assert first.more and len(first.entries) == 10
    assert first.entries[-1].id == second.entries[0].id + 1
    assert "case.create" in audit_log.operations(ctx)
    assert audit_log.count_entries(ctx, AuditFilter(actor="nobody")) == 0


def test_a_cut_end_is_shown_with_the_anchor_it_was_compared_with(
    qtbot, page: AuditPage, demo_ctx: AppContext
) -> None:
    """Issue 13: deleting the newest entries left a linked chain; the page now compares
    it with the newest sealed anchor and says how many entries are missing."""
    from sqlalchemy import delete, func, select

    from dpo_desk.services import audit
    from dpo_desk.store.models import AuditEvent

    anchor = audit.checkpoint(demo_ctx.ctx.db, "test anchor")
    assert anchor is not None
    qtbot.mouseClick(page.recheck_button, Qt.MouseButton.LeftButton)
    assert f"Its end matches the anchor of {anchor.when()} (test anchor" in (
        page.chain_label.text()
    )
    with demo_ctx.ctx.db.write() as session:
        top = session.scalar(select(func.max(AuditEvent.id)))
        session.execute(delete(AuditEvent).where(AuditEvent.id > top - 4))
    qtbot.mouseClick(page.recheck_button, Qt.MouseButton.LeftButton)
    label = page.chain_label.text()
    assert label.startswith(
        "✖ The end of the trail was cut: 4 entries recorded up to the "
        f"anchor of {anchor.when()} (test anchor"
    )
    assert "#b3261e" in page.chain_label.styleSheet()


def _gated(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The real ``chain_status``, whose progress waits (≤ 20 s) until the check is
    cancelled: the walk is still running when the test acts, as at a million cases."""
    real = audit_log.chain_status
    seen: list[tuple[int, int]] = []

    def slow(ctx, *, progress=None, cancelled=None):
        def gate(done: int, total: int) -> None:
            seen.append((done, total))
            progress(done, total)
            deadline = time.monotonic() + 20
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)

        return real(ctx, progress=gate, cancelled=cancelled)

    monkeypatch.setattr(audit_log, "chain_status", slow)
    return seen


def test_check_shows_progress_and_the_button_stops_it(
    qtbot, page: AuditPage, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = audit_log.count_entries(demo_ctx.ctx)
    seen = _gated(monkeypatch)
    page.check_chain()  # the check made on every visit: no dialog
    qtbot.waitUntil(lambda: "Checking the audit chain:" in page.chain_label.text())
    assert f"{total:,} of {total:,} entries (100 %)" in page.chain_label.text()
    assert seen == [(total, total)]
    assert page.recheck_button.text() == "&Stop the check"
    assert page.findChild(QProgressDialog) is None
    qtbot.mouseClick(page.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was stopped before the end" in page.chain_label.text())
    assert "nothing was concluded" in page.chain_label.text()
    assert page.recheck_button.text() == "&Check the chain again"
    assert page.chain is None and not page.checking


def test_check_again_has_a_progress_dialog_whose_cancel_stops_it(
    qtbot, page: AuditPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _gated(monkeypatch)
    page.recheck_button.clicked.emit()  # a click that does not wait: the user acts meanwhile
    dialog = page.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)  # after its short delay
    qtbot.waitUntil(lambda: "Checking the audit chain:" in dialog.labelText())
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was stopped before the end" in page.chain_label.text())
    assert closed(dialog)
    # and a full check afterwards still concludes
    monkeypatch.undo()
    qtbot.mouseClick(page.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chain_label.text().startswith("✔ Chain intact"))


def test_counts_read_as_numbers_in_english_and_french(qtbot, page: AuditPage) -> None:
    """At a million cases the trail holds 6.7 million entries: "6738714 matching
    entries" was hard to read, and the check's progress grouped with commas in French."""
    from dpo_desk.services.audit_log import ChainStatus
    from dpo_desk.ui import i18n

    page._counted(6_738_714)
    loaded = len(page.model.entries)  # the demo's whole trail, less than a page
    assert page.count_label.text() == (
        f"6,738,714 matching entries ({loaded} loaded; scroll for more)"
    )
    page.chain = ChainStatus(True, 6_738_714, "ab" * 32, None, "")
    page.checking = False
    page._show_chain()
    assert page.chain_label.text().startswith("✔ Chain intact: 6,738,714 entries, head ")
    i18n.install("fr")
    try:
        page._counted(6_738_714)
        text = page.count_label.text().replace("\u202f", " ").replace("\xa0", " ")
        assert text.startswith(f"Entrées correspondantes : 6 738 714 ({loaded} chargées")
    finally:
        i18n.install("en")
