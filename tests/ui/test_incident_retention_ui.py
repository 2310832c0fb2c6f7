"""The Backups page's retention box lists the Quebec incident register entries whose five
years from awareness have passed (closed ones only) and removes the ticked ones after a
confirmation; a cancelled confirmation changes nothing."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from dpo_desk.errors import NotFound
from dpo_desk.services import incident_actions, incidents, organisation
from dpo_desk.ui.pages.backups import BackupsPage

PARIS = ZoneInfo("Europe/Paris")


def _closed_quebec(ctx, title: str, aware: datetime) -> str:
    d = incidents.add_incident(
        ctx, incidents.NewIncident(title=title, aware_at=aware, quebec_people=3, people_count=3)
    )
    incident_actions.decide(ctx, d.reference, False, "encrypted, no risk")
    incident_actions.close(ctx, d.reference)
    return d.reference


def _answer(page: BackupsPage, text: str) -> str:
    box = page.confirm_box
    assert box is not None and box.isVisible()
    asked = box.text() + "\n" + box.informativeText()
    next(b for b in box.buttons() if b.text() == text).click()
    return asked


def test_expired_incident_entries_are_listed_and_removed_after_asking(qtbot, window) -> None:
    ctx = window.app.ctx
    organisation.update_profile(ctx, {"name": "Acme SAS"})
    old = _closed_quebec(ctx, "Dossier papier égaré", datetime(2020, 3, 2, 9, 0, tzinfo=PARIS))
    kept = _closed_quebec(ctx, "Courriel mal adressé", datetime(2020, 9, 1, 9, 0, tzinfo=PARIS))
    recent = _closed_quebec(ctx, "Clé USB perdue", datetime(2025, 1, 6, 9, 0, tzinfo=PARIS))
    page = window.show_page("backups")
    assert isinstance(page, BackupsPage)
    box = page.expired_incidents
    assert box.isVisible() and box.count() == 2  # the recent one is not due yet
    assert [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)] == [old, kept]
    assert box.item(0).text().startswith(f"{old} — Dossier papier égaré — kept until ")
    label = page.expired_incidents_label.text()
    assert label.startswith("2 closed incident register entries kept five years")
    assert page.remove_incidents_button.isEnabled()

    # The DPO keeps the second one (untick it), then asks to remove; first cancels.
    rect = box.visualItemRect(box.item(1))
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # selects only
    qtbot.keyClick(box, Qt.Key.Key_Space)  # unticks
    assert box.item(1).checkState() == Qt.CheckState.Unchecked
    qtbot.mouseClick(page.remove_incidents_button, Qt.MouseButton.LeftButton)
    asked = _answer(page, "Cancel")
    assert "Remove 1 incident register entry?" in asked and old in asked
    assert kept not in asked
    assert page.status.text() == "Cancelled; nothing changed."
    assert incidents.get_incident(ctx, old)

    qtbot.mouseClick(page.remove_incidents_button, Qt.MouseButton.LeftButton)
    _answer(page, "Remove")
    assert page.status.text() == "1 incident register entry removed."
    with pytest.raises(NotFound):
        incidents.get_incident(ctx, old)
    assert incidents.get_incident(ctx, kept) and incidents.get_incident(ctx, recent)
    assert [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())] == [kept]


def test_nothing_expired_says_so_and_remove_is_off(window) -> None:
    ctx = window.app.ctx
    organisation.update_profile(ctx, {"name": "Acme SAS"})
    _closed_quebec(ctx, "Clé USB perdue", datetime(2025, 1, 6, 9, 0, tzinfo=PARIS))
    page = window.show_page("backups")
    assert isinstance(page, BackupsPage)
    assert page.expired_incidents.count() == 0 and not page.expired_incidents.isVisible()
    assert "no closed entry has passed" in page.expired_incidents_label.text()
    assert not page.remove_incidents_button.isEnabled()
