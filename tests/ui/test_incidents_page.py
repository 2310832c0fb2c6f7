"""The Incidents page driven as a DPO would: record an incident (the deadline shows before
saving), assess it, produce the CNIL summary and the notice to the persons, mark them
sent, read the PDFs back; the dashboard counts the running clocks."""

from __future__ import annotations

import io

from _dialogs import in_dialog
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import QDialogButtonBox

from dpo_desk.services import incident_docs, incidents
from dpo_desk.services.registers.recipient_rules import NewRecipient
from dpo_desk.services.registers.recipients import add_recipient
from dpo_desk.ui.incidents.intake import IncidentIntakeDialog
from dpo_desk.ui.pages.incidents import RED, IncidentsPage


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split()
    )


def _record(qtbot, page: IncidentsPage, type_text, title: str, wall: str) -> str:
    seen: dict[str, str] = {}

    def fill(dialog) -> None:
        assert isinstance(dialog, IncidentIntakeDialog)
        type_text(dialog.title_edit, title)
        typed = QDateTime.fromString(wall, "yyyy-MM-dd HH:mm")
        dialog.aware_edit.setDateTime(
            QDateTime(typed.date(), typed.time(), QTimeZone(b"Europe/Paris"))
        )
        seen["due"] = dialog.due_label.text()
        dialog.origin.setCurrentIndex(dialog.origin.findData("device-lost-or-stolen"))
        for i in range(dialog.data.count()):
            if dialog.data.item(i).data(Qt.ItemDataRole.UserRole) == "financial":
                dialog.data.item(i).setCheckState(Qt.CheckState.Checked)
        for i in range(dialog.recipients.count()):
            dialog.recipients.item(i).setCheckState(Qt.CheckState.Checked)
        qtbot.keyClick(dialog.people, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.people, "240")
        type_text(dialog.circumstances, "Portable volé dans un véhicule.")
        type_text(dialog.advice, "Surveillez vos relevés bancaires.")
        # what a notice to the persons must say (GDPR Art. 34(2))
        type_text(dialog.consequences, "Usage frauduleux possible des IBAN.")
        type_text(dialog.measures, "Compte désactivé, plainte déposée.")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    in_dialog(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    return seen["due"]


def test_incident_from_intake_to_notices_sent(qtbot, window, type_text) -> None:
    add_recipient(window.app.ctx, NewRecipient(name="PayCloud SAS", category="processor"))
    page = window.show_page("incidents")
    assert isinstance(page, IncidentsPage)
    # FIXED_NOW is Mon 2 Feb 2026 10:00 UTC (11:00 in Paris).
    due = _record(qtbot, page, type_text, "Vol d'un portable", "2026-02-02 08:00")
    assert "2026-02-05 08:00 CET" in due and "69 h 00 min left" not in due
    assert "2 d 21 h 00 min left" in due and "elapsed time" in due
    assert page.table.rowCount() == 1
    ref = page.table.item(0, 0).text()
    assert ref == "INC-2026-0001" and page.view.detail is not None
    assert page.table.item(0, 2).text() == "2 d 21 h 00 min left"
    stored = incidents.get_incident(window.app.ctx, ref)
    assert stored.summary.people_count == 240 and stored.data_categories == ("financial",)
    assert stored.recipients == ("PayCloud SAS",)
    assert "PayCloud SAS" in page.view.overview.text()

    # -- assess on the Assessment tab
    view = page.view
    view.setCurrentIndex(1)
    view.level.setCurrentIndex(view.level.findData("high"))
    type_text(view.reasons, "IBAN de 240 salariés, portable non chiffré")
    qtbot.mouseClick(view.assess_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Assessment recorded."
    assert incidents.get_incident(window.app.ctx, ref).summary.risk_level == "high"

    # -- the CNIL summary in French, marked sent
    view.setCurrentIndex(2)
    view.doc_kind.setCurrentIndex(view.doc_kind.findData("authority-summary"))
    view.doc_lang.setCurrentIndex(view.doc_lang.findData("fr"))
    qtbot.mouseClick(view.produce_button, Qt.MouseButton.LeftButton)
    assert view.docs.rowCount() == 1
    qtbot.mouseClick(view.sent_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Marked sent; the notice is recorded."
    assert view.docs.item(0, 4).text() != ""
    # -- the notice to the persons in English, marked sent
    view.doc_kind.setCurrentIndex(view.doc_kind.findData("persons-notice"))
    view.doc_lang.setCurrentIndex(view.doc_lang.findData("en"))
    qtbot.mouseClick(view.produce_button, Qt.MouseButton.LeftButton)
    assert view.docs.rowCount() == 2 and view.selected_document() is not None
    qtbot.mouseClick(view.sent_button, Qt.MouseButton.LeftButton)

    detail = incidents.get_incident(window.app.ctx, ref)
    assert [(n.addressee, n.kind) for n in detail.notices] == [
        ("authority", "initial"),
        ("persons", ""),
    ]
    docs = incident_docs.documents_of(window.app.ctx, ref)
    assert all(d.sent_at is not None for d in docs)
    summary = _text(incident_docs.read(window.app.ctx, docs[0].id))
    assert "synthèse de notification (notification initiale)" in summary
    assert "Date de prise de connaissance 2 février 2026 à 08 h 00 (CET)" in summary
    assert "Gravité (risque pour les personnes) niveau élevé — IBAN de 240 salariés" in summary
    persons = _text(incident_docs.read(window.app.ctx, docs[1].id))
    assert "What you can do. Surveillez vos relevés bancaires." in persons
    assert page.table.item(0, 2).text() == "—"  # the clock stopped: authority notified


def test_a_clock_under_24_hours_is_red_here_and_on_the_dashboard(qtbot, window, type_text) -> None:
    page = window.show_page("incidents")
    _record(qtbot, page, type_text, "Courriel au mauvais destinataire", "2026-01-30 20:00")
    assert page.table.item(0, 2).text() == "9 h 00 min left"
    assert page.table.item(0, 2).foreground().color().name() == RED
    dashboard = window.show_page("dashboard")
    button = dashboard.incident_clocks
    assert button.count == 1 and button.urgent and button.colour() == RED
    assert button.caption.text() == "Incident clocks running (< 24 h)"
    assert "one is due within 24 hours" in button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page() is page
