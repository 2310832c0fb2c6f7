"""The register of processing driven through its form: each text in English and French,
marked; the automated decision's logic, significance and consequences (Art. 15(1)(h))."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from dpo_desk.services import registers
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_activity import ActivityDialog
from dpo_desk.ui.pages.processing import ProcessingPage
from tests.ui._dialogs import in_dialog
from tests.ui._wait import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, app_ctx: AppContext, english: None) -> ProcessingPage:
    page = ProcessingPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot)
    return page


def test_activity_in_two_languages(qtbot, page: ProcessingPage, app_ctx: AppContext) -> None:
    seen: list[str] = []

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, ActivityDialog)
        seen.append(dialog.fr["name"].accessibleName())
        seen.append(dialog.fr["name"].placeholderText())
        qtbot.keyClicks(dialog.name, "Instalment payments")
        qtbot.keyClicks(dialog.fr["name"], "Paiement en plusieurs fois")
        qtbot.keyClicks(dialog.purposes, "Pay in three instalments")
        qtbot.keyClicks(dialog.data, "identity; bank details")
        # QTest cannot type accented letters: pasted, as a DPO often does.
        dialog.fr["data_categories"].setFocus()
        dialog.fr["data_categories"].insertPlainText("identité; coordonnées bancaires")
        qtbot.keyClicks(dialog.automated, "A score accepts or declines the request")
        qtbot.keyClicks(dialog.ad_logic, "Amount and payment history against a threshold")
        dialog.fr["ad_logic"].setFocus()
        dialog.fr["ad_logic"].insertPlainText("Montant et historique comparés à un seuil")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    in_dialog(add)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen == ["Name (French)", "empty: the English text is used"]
    act = registers.get_activity(app_ctx.ctx, "Instalment payments")
    assert act.ad_logic == "Amount and payment history against a threshold"
    assert act.texts_fr == {
        "name": "Paiement en plusieurs fois",
        "data_categories": "identité; coordonnées bancaires",
        "ad_logic": "Montant et historique comparés à un seuil",
    }
    assert act.data_categories == ("identity", "bank details")
