"""The Settings page driven through its widgets: a contested-point reading changed and
saved in one audited call; a bad field refused next to the field with nothing lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from dpo_desk.services import settings as settings_service
from dpo_desk.services.organisation import get_profile
from dpo_desk.store.models import AuditEvent
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.pages.settings import SettingsPage
from tests.ui._wait import settle

pytestmark = pytest.mark.gui

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff"
    b"\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def page(qtbot, demo_ctx: AppContext, english: None) -> SettingsPage:
    page = SettingsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot)
    return page


def test_change_a_reading_and_save(qtbot, page: SettingsPage, demo_ctx: AppContext) -> None:
    ctx = demo_ctx.ctx
    assert page.fields["name"].text() == "Atelier Précieux SAS"
    combo = page.fields["extension_reading"]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("receipt-plus-3"))
    assert "three months after receipt" in page.explain["extension_reading"].text()
    quebec = page.fields["quebec_saturday_is_holiday"]
    quebec.setCurrentIndex(quebec.findData(True))
    page.fields["idle_lock_minutes"].setValue(5)
    with qtbot.waitSignal(demo_ctx.signals.settings_changed, timeout=1000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    readings = get_profile(ctx).readings
    assert readings["extension_reading"] == "receipt-plus-3"
    assert readings["quebec_saturday_is_holiday"] is True
    assert settings_service.get_settings(ctx).idle_lock_minutes == 5
    assert "saved" in page.status.text().lower()
    with ctx.db.read() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None and last.operation == "organisation.update"
        assert "receipt-plus-3" in last.summary


def test_invalid_field_shown_next_to_it_nothing_lost(
    qtbot, page: SettingsPage, demo_ctx: AppContext
) -> None:
    email = page.fields["dpo_email"]
    email.clear()
    qtbot.keyClicks(email, "not an address")
    page.fields["name"].clear()
    qtbot.keyClicks(page.fields["city"], " Est")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.errors["dpo_email"].isHidden()
    assert "not an address" in page.errors["dpo_email"].text()
    assert not page.errors["name"].isHidden()
    assert page.errors["city"].isHidden()
    assert email.text() == "not an address"  # what was typed stays
    assert page.fields["city"].text() == "Lyon Est"
    assert "Nothing was saved" in page.status.text()
    assert get_profile(demo_ctx.ctx).city == "Lyon"


def test_language_and_logo(qtbot, page: SettingsPage, demo_ctx: AppContext, tmp_path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    qtbot.keyClicks(page.logo, str(logo))
    sig = page.fields["letterhead_signature"]
    qtbot.keyClicks(sig, "Claire Martin, DPO")
    lang = page.fields["language"]
    lang.setCurrentIndex(lang.findData("en"))
    with qtbot.waitSignal(demo_ctx.signals.language_changed, timeout=1000) as blocker:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["en"]
    stored = settings_service.get_settings(demo_ctx.ctx)
    assert stored.letterhead_signature == "Claire Martin, DPO"
    assert stored.letterhead_logo.startswith(str(demo_ctx.ctx.data_dir))
    assert page.logo.text() == stored.letterhead_logo


def test_bad_logo_refused(qtbot, page: SettingsPage, tmp_path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    qtbot.keyClicks(page.logo, str(fake))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "PNG or JPEG" in page.errors["letterhead_logo"].text()


def test_leaving_and_coming_back_keeps_unsaved_changes(qtbot, window, demo_ctx) -> None:
    """Going to another screen and back re-reads the settings: what was typed and not
    saved yet must survive it (Revert drops it on purpose)."""
    page = window.show_page("settings")
    field = page.fields["city"]
    saved = field.text()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Villeurbanne")
    window.show_page("dashboard")
    window.show_page("settings")
    assert field.text() == "Villeurbanne"
    assert "not saved" in page.status.text()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert field.text() == saved


def _audited(ctx) -> list[tuple[str, str]]:
    with ctx.db.read() as session:
        return [
            (e.operation, e.summary)
            for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def test_the_reading_of_the_72_hours_is_chosen_explained_and_audited(
    qtbot, page: SettingsPage, demo_ctx: AppContext
) -> None:
    from dpo_desk.services import incidents

    ctx = demo_ctx.ctx
    combo = page.fields["breach_hours"]
    assert combo.currentData() == "elapsed"  # the default, the earlier deadline
    assert "72 hours of elapsed time" in page.explain["breach_hours"].text()
    assert combo.itemText(1) == "Reg. 1182/71 Art. 3(1): the hour of awareness left out"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "reg-1182-71"
    assert "is not counted" in page.explain["breach_hours"].text()
    assert page.unsaved()
    before = len(_audited(ctx))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert incidents.reading_of(ctx) == "reg-1182-71"
    assert "saved" in page.status.text().lower() and not page.unsaved()
    new = _audited(ctx)[before:]
    assert any(op == "organisation.update" and "reg-1182-71" in summary for op, summary in new)
    # Saving something else leaves the reading alone (no second change recorded).
    page.fields["idle_lock_minutes"].setValue(7)
    before = len(_audited(ctx))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert incidents.reading_of(ctx) == "reg-1182-71"
    assert [op for op, _s in _audited(ctx)[before:]] == ["organisation.update"]
    # And back to the default.
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert incidents.reading_of(ctx) == "elapsed"
