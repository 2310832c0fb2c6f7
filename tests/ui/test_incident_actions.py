"""Close an incident and export the incident register from the Incidents page, as a DPO
would: a refused close says why in a message box and keeps what was typed; the export
asks where to write (the save dialog is replaced) and writes CSV, XLSX or PDF."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from dpo_desk.services import incidents, organisation
from dpo_desk.ui.pages.incidents import IncidentsPage
from tests.ui._wait import settle

AWARE = datetime(2026, 1, 30, 23, 59, tzinfo=ZoneInfo("Europe/Paris"))


def _page_with_incident(window, qtbot, title: str = "Clé USB perdue") -> IncidentsPage:
    organisation.update_profile(window.app.ctx, {"name": "Acme SAS"})
    incidents.add_incident(
        window.app.ctx,
        incidents.NewIncident(
            title=title,
            aware_at=AWARE,
            origin="device-lost-or-stolen",
            people_count=12,
            data_categories=["identity"],
        ),
    )
    page = window.show_page("incidents")
    assert isinstance(page, IncidentsPage)
    page.refresh()
    settle(qtbot)
    assert page.table.rowCount() == 1
    rect = page.table.visualRect(page.table.model().index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.view.detail is not None
    return page


def test_a_refused_close_says_why_and_keeps_the_form(qtbot, window, type_text) -> None:
    page = _page_with_incident(window, qtbot)
    view, actions = page.view, page.action_bar
    ref = view.detail.reference
    assert actions.close_button.isEnabled()
    view.setCurrentIndex(1)
    type_text(view.reasons, "Clé chiffrée, mot de passe non divulgué")
    qtbot.mouseClick(actions.close_button, Qt.MouseButton.LeftButton)
    box = actions.refusal_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == (f"{ref}: record the notice or the decision not to notify before closing")
    box.button(QMessageBox.StandardButton.Ok).click()
    assert view.reasons.toPlainText() == "Clé chiffrée, mot de passe non divulgué"
    assert incidents.get_incident(window.app.ctx, ref).summary.status == "open"
    assert page.table.item(0, 4).text() == "open"

    # the decision not to notify, then Close is accepted
    type_text(view.decision_reasons, "Encrypted key: no risk")
    qtbot.mouseClick(view.no_notify_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(actions.close_button, Qt.MouseButton.LeftButton)
    assert actions.status.text() == f"{ref} closed; its entry stays in the register."
    assert incidents.get_incident(window.app.ctx, ref).summary.status == "closed"
    assert page.table.item(0, 4).text() == "closed"
    assert not actions.close_button.isEnabled()


def test_export_writes_each_format_where_the_dpo_chose(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page_with_incident(window, qtbot, "Courriel au mauvais destinataire")
    actions = page.action_bar
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []
    chosen = {"name": ""}

    def save_as(parent, caption, directory, filter_):  # noqa: ANN001, ANN202
        asked.append(filter_)
        return chosen["name"], filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    # Cancelled in the dialog: nothing is written.
    qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    assert actions.status.text() == "Export cancelled; nothing written."
    assert list(out.iterdir()) == []

    actions.export_format.setCurrentIndex(actions.export_format.findData("csv"))
    chosen["name"] = str(out / "register")  # no suffix typed: added
    qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    csv = out / "register.csv"
    assert "INC-2026-0001" in csv.read_text(encoding="utf-8")
    assert "Courriel au mauvais destinataire" in csv.read_text(encoding="utf-8")
    assert actions.status.text() == f"1 incident exported to {csv}."

    actions.export_format.setCurrentIndex(actions.export_format.findData("xlsx"))
    chosen["name"] = str(out / "register.xlsx")
    qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    assert (out / "register.xlsx").read_bytes()[:2] == b"PK"

    actions.export_format.setCurrentIndex(actions.export_format.findData("pdf"))
    chosen["name"] = str(out / "register.pdf")
    qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(io.BytesIO((out / "register.pdf").read_bytes()))
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    assert "INC-2026-0001" in text and "Register of breaches" in text  # the window's language
    assert asked == ["CSV (*.csv)", "CSV (*.csv)", "XLSX (*.xlsx)", "PDF (*.pdf)"]


def test_in_french_the_buttons_the_refusal_and_the_settings_speak_french(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from dpo_desk.ui import i18n

    window.lang_actions["fr"].trigger()
    try:
        page = _page_with_incident(window, qtbot)
        bar = page.action_bar
        assert "<b>Les 72 heures expliquées</b>" in page.view.overview.text()
        assert bar.close_button.text() == "C&lore l'incident"
        assert bar.export_button.text() == "E&xporter le registre…"
        qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
        box = bar.refusal_box
        assert box is not None and box.text() == (
            "INC-2026-0001 : consignez la notification ou la décision de ne pas notifier "
            "avant de clore"
        )
        box.button(QMessageBox.StandardButton.Ok).click()
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "registre.pdf"), "")
        )
        bar.export_format.setCurrentIndex(bar.export_format.findData("pdf"))
        qtbot.mouseClick(bar.export_button, Qt.MouseButton.LeftButton)
        assert bar.status.text().startswith("1 incident exporté vers ")
        reader = PdfReader(io.BytesIO((tmp_path / "registre.pdf").read_bytes()))
        assert "Registre des violations" in (reader.pages[0].extract_text() or "")
        settings = window.show_page("settings")
        combo = settings.fields["breach_hours"]
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Heures écoulées depuis la prise de connaissance (par défaut, la plus prudente)",
            "Règlement 1182/71, art. 3(1) : l'heure de la prise de connaissance non comptée",
        ]
        assert "72 heures de temps écoulé" in settings.explain["breach_hours"].text()
        # The new buttons take no Alt letter another button of their page already has.
        for key in ("incidents", "backups"):
            shown = window.show_page(key)
            keys = [
                b.text().replace("&&", "").split("&")[1][0].lower()
                for b in shown.findChildren(QPushButton)
                if b.isVisible() and "&" in b.text().replace("&&", "")
            ]
            assert len(keys) == len(set(keys)), (key, keys)
    finally:
        i18n.install("en")
