"""Completing an incident from the window as the facts arrive (GDPR Art. 33(4)): Edit…
opens the intake dialog prefilled with the awareness instant read-only; a refusal is
shown in the dialog and keeps what was typed; the saved consequences and measures reach
the notice to the persons (Art. 34(2); r. 3.1 s. 5), read back from the PDF."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

from _dialogs import in_dialog
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QScrollArea
from sqlalchemy import select

from dpo_desk.services import incident_actions, incident_docs, incidents, organisation
from dpo_desk.store.models import AuditEvent
from dpo_desk.ui.incidents.intake import IncidentIntakeDialog
from dpo_desk.ui.pages.incidents import IncidentsPage
from tests.ui._wait import settle

AWARE = datetime(2026, 1, 30, 23, 59, tzinfo=ZoneInfo("Europe/Paris"))
CONSEQUENCES = "Phishing e-mails using your name are likely."
MEASURES = "We blocked the stolen accounts and reset every password."


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split()
    )


def _open_page(window, qtbot) -> IncidentsPage:
    organisation.update_profile(window.app.ctx, {"name": "Acme SAS"})
    incidents.add_incident(
        window.app.ctx,
        incidents.NewIncident(
            title="Stolen laptop",
            aware_at=AWARE,
            origin="device-lost-or-stolen",
            people_count=12,
            data_categories=["identity"],
            circumstances="A laptop was stolen from a car.",
        ),
    )
    page = window.show_page("incidents")
    assert isinstance(page, IncidentsPage)
    page.refresh()
    settle(qtbot)
    rect = page.table.visualRect(page.table.model().index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.view.detail is not None
    return page


def _save(qtbot, dialog: IncidentIntakeDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_edit_completes_the_facts_and_the_notice_to_persons_has_them(
    qtbot, window, type_text
) -> None:
    page = _open_page(window, qtbot)
    ref = page.view.detail.reference
    bar = page.action_bar
    assert bar.edit_button.isEnabled() and bar.edit_button.text() == "Ed&it…"
    seen: dict[str, object] = {}

    def fill(dialog) -> None:
        assert isinstance(dialog, IncidentIntakeDialog) and dialog.editing is not None
        assert dialog.windowTitle() == f"Complete {ref}"
        # Prefilled; the awareness instant is shown and cannot be changed.
        assert dialog.title_edit.text() == "Stolen laptop" and dialog.people.value() == 12
        assert dialog.circumstances.toPlainText() == "A laptop was stolen from a car."
        assert dialog.aware_edit.isReadOnly()
        assert "2026-02-02 23:59" in dialog.due_label.text()  # the recorded clock
        # Typed with the keyboard: the consequence, Tab to the measures, the measures.
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        type_text(dialog.consequences, CONSEQUENCES)
        qtbot.keyClick(dialog.consequences, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.measures
        qtbot.keyClicks(QApplication.focusWidget(), MEASURES)
        type_text(dialog.advice, "Change your password.")
        # A start after awareness is refused in the dialog; what was typed stays.
        type_text(dialog.occurred_from, "2026-02-01 10:00")
        _save(qtbot, dialog)
        seen["refusal"] = dialog.error.text()
        assert dialog.isVisible()
        assert dialog.consequences.toPlainText() == CONSEQUENCES
        assert dialog.measures.toPlainText() == MEASURES
        assert incidents.get_incident(window.app.ctx, ref).consequences == ""
        # An unreadable date is refused as typed, before anything is sent.
        dialog.occurred_from.clear()
        type_text(dialog.occurred_from, "yesterday")
        _save(qtbot, dialog)
        seen["unreadable"] = dialog.error.text()
        assert dialog.occurred_from.text() == "yesterday"
        dialog.occurred_from.clear()
        type_text(dialog.occurred_from, "2026-01-30 18:00")
        _save(qtbot, dialog)

    def guarded(dialog) -> None:
        try:
            fill(dialog)
        except BaseException as exc:  # a failed check must not leave the dialog open
            seen["failed"] = exc
            dialog.reject()

    in_dialog(guarded)
    qtbot.mouseClick(bar.edit_button, Qt.MouseButton.LeftButton)
    if "failed" in seen:
        raise seen["failed"]  # type: ignore[misc]
    assert seen["refusal"] == (
        "the incident cannot start after the organisation became aware of it"
    )
    assert "'yesterday' is not a valid date-time" in str(seen["unreadable"])
    assert bar.status.text() == f"{ref} updated."
    stored = incidents.get_incident(window.app.ctx, ref)
    assert stored.consequences == CONSEQUENCES and stored.measures_taken == MEASURES
    assert stored.person_advice == "Change your password."
    assert stored.occurred_from == datetime(2026, 1, 30, 18, 0, tzinfo=AWARE.tzinfo)
    assert stored.summary.aware_at == AWARE  # the clock is the intake's
    assert CONSEQUENCES in page.view.overview.text()
    with window.app.ctx.db.read() as session:
        ops = list(
            session.scalars(select(AuditEvent.operation).where(AuditEvent.record_ref == ref))
        )
    assert ops == ["incident.create", "incident.update"]

    # The notice to the persons, produced and read back.
    _info, pdf = incident_docs.produce(window.app.ctx, ref, "persons-notice", "en")
    text = _text(pdf)
    assert f"The likely consequences. {CONSEQUENCES}" in text
    assert f"What we have done. {MEASURES}" in text
    assert "What you can do. Change your password." in text


def test_a_closed_incident_cannot_be_edited(qtbot, window) -> None:
    page = _open_page(window, qtbot)
    ref = page.view.detail.reference
    incident_actions.decide(window.app.ctx, ref, False, "encrypted disk")
    qtbot.mouseClick(page.action_bar.close_button, Qt.MouseButton.LeftButton)
    assert not page.action_bar.edit_button.isEnabled()


def test_the_edit_dialog_in_french(qtbot, window, tmp_path) -> None:
    from dpo_desk.ui import i18n

    window.lang_actions["fr"].trigger()
    try:
        page = _open_page(window, qtbot)
        assert page.action_bar.edit_button.text() == "Modif&ier…"
        dialog = IncidentIntakeDialog(window.app, page, editing=page.view.detail)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == f"Compléter {page.view.detail.reference}"
        assert "Mesures prises" in [w.text() for w in dialog.findChildren(type(dialog.error))]
        # Looked at once: the form scrolls, the buttons and the refusal stay in sight.
        assert dialog.grab().save(str(tmp_path / "edit_fr.png"))
        scroll = dialog.findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        assert dialog.grab().save(str(tmp_path / "edit_fr_bottom.png"))
    finally:
        i18n.install("en")
