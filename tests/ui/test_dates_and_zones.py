"""Dates typed in the window are read whole and never replaced by another date; instants
are shown in the organisation's zone whatever the machine's zone."""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from dpo_desk.services import cases
from dpo_desk.ui.dialogs.identity import RequestIdentityDialog
from dpo_desk.ui.dialogs.register_death import NotifyDeathDialog
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.dates import DateField, parse_date


def _retype(qtbot, field: DateField, text: str) -> None:
    """Select what the field holds and type ``text`` over it, then leave the field."""
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)


def _intake(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.intake
    qtbot.waitUntil(lambda: dialog.profile is not None)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_parse_date_reads_the_whole_text():
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    assert parse_date("29/02/2024") == date(2024, 2, 29)
    assert parse_date("  ") is None
    for bad in ("1950-02-31", "29/02/2025", "2026-13-01", "tomorrow", "31/12"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_an_impossible_receipt_date_is_refused_at_the_field_and_kept(
    qtbot, window, app_ctx, type_text
):
    dialog = _intake(qtbot, window)
    type_text(dialog.name, "Ann Lee")
    dialog.rights["access"].setChecked(True)
    _retype(qtbot, dialog.received, "1950-02-31")
    assert dialog.received.line.text() == "1950-02-31"  # as typed, not 2026-02-03
    assert dialog.received.error.isVisible()
    assert "does not exist" in dialog.received.error.text()
    assert dialog.due.text().startswith("No deadline")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.detail is None
    assert dialog.received.line.text() == "1950-02-31"
    assert cases.list_cases(app_ctx.ctx) == []
    _retype(qtbot, dialog.received, "31/01/2026")  # corrected: the error goes
    assert not dialog.received.error.isVisible()
    assert "2 March 2026" in dialog.due.text() or "Reply due" in dialog.due.text()


def test_a_future_receipt_date_is_refused_not_replaced_by_today(qtbot, window, app_ctx, type_text):
    dialog = _intake(qtbot, window)
    type_text(dialog.name, "Ann Lee")
    dialog.rights["access"].setChecked(True)
    _retype(qtbot, dialog.received, "10/03/2026")  # the clock says 2 Feb 2026
    assert dialog.received.line.text() == "10/03/2026"
    assert "future" in dialog.received.error.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.detail is None and dialog.received.line.text() == "10/03/2026"
    assert "future" in dialog.error.text()


def test_identity_request_date_in_the_future_is_refused_at_the_field(qtbot, app_ctx, english):
    ctx = app_ctx.ctx
    detail = cases.add_case(
        ctx, cases.NewCase(name="A B", rights=["access"], received=date(2026, 1, 5), channel="post")
    )
    dialog = RequestIdentityDialog(app_ctx, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.doubt, "Signature differs")
    _retype(qtbot, dialog.asked, "2026-02-30")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "does not exist" in dialog.asked.error.text()
    assert cases.get_case(ctx, detail.reference).identity == []


def test_register_death_date_is_kept_as_typed(qtbot, app_ctx, english):
    dialog = NotifyDeathDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(
        dialog.death_date.check,
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, dialog.death_date.check.height() // 2),
    )
    assert dialog.death_date.check.isChecked()
    _retype(qtbot, dialog.death_date.edit, "1950-02-31")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.death_date.edit.line.text() == "1950-02-31"
    assert "does not exist" in dialog.death_date.edit.error.text()
    assert dialog.result_value is None


@pytest.fixture
def machine_in_new_york():
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_receipt_time_is_shown_in_the_organisation_zone(
    qtbot, machine_in_new_york, window, app_ctx
):
    ctx = app_ctx.ctx
    assert ctx.timezone == "Europe/Paris"
    received = datetime(2026, 1, 5, 18, 29, tzinfo=UTC)  # 19:29 in Paris, 13:29 in New York
    ref = cases.add_case(
        ctx, cases.NewCase(name="A B", rights=["access"], received=received, channel="post")
    ).reference
    window.open_case(ref)
    view = window.cases_page.view
    qtbot.waitUntil(lambda: view.reference == ref)
    shown = view.overview.values["received"].text()
    assert "19:29" in shown and "Europe/Paris" in shown, shown
    assert "13:29" not in shown
    assert "19:29" in labels.fmt_datetime(received)  # every other instant too


def test_cli_show_labels_the_receipt_in_its_own_zone():
    from dpo_desk.cli._base import local_moment

    moment = datetime(2026, 1, 5, 18, 29, tzinfo=UTC)
    assert local_moment(moment, "Europe/Paris") == "2026-01-05 19:29 +01:00"
