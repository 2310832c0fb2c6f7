"""A French DPO reads the services' refusals in French, at the widget that caused them.

The window is switched to French with its own Language menu, then a refusal is provoked
by typing and clicking as the DPO would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dpo_desk.services import cases
from dpo_desk.ui import i18n
from dpo_desk.ui.dialogs.intake import IntakeDialog
from tests.ui._wait import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def french(window):
    window.lang_actions["fr"].trigger()
    assert i18n.current() == "fr"
    yield window
    i18n.install("en")


def test_intake_refusal_is_french(qtbot, french, type_text) -> None:
    qtbot.keyClick(french, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = french.intake
    assert isinstance(dialog, IntakeDialog)
    type_text(dialog.name, "Jean Dupont")
    qtbot.keyClicks(dialog.email, "jean dupont.fr")
    dialog.rights["access"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # The refusal lands under the e-mail field (named as the form names it), in French.
    shown = dialog.field_errors.shown()
    assert list(shown) == ["email"]
    assert shown["email"].endswith(
        " : « jean dupont.fr » n'est pas une adresse (attendu : nom@domaine)"
    )
    assert "not an address" not in shown["email"]
    assert cases.list_cases(french.app.ctx) == []


def test_settings_refusals_are_french_next_to_their_fields(qtbot, french) -> None:
    page = french.show_page("settings")
    assert page is not None
    email = page.fields["dpo_email"]
    email.clear()
    qtbot.keyClicks(email, "pas une adresse")
    page.fields["name"].clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "n'est pas une adresse" in page.errors["dpo_email"].text()
    assert "not an address" not in page.errors["dpo_email"].text()
    # the field's own label says "nom": its message does not repeat the internal key
    assert page.errors["name"].text() == "obligatoire"


def test_register_refusal_is_french_under_its_field(qtbot, app_ctx, type_text) -> None:
    """A service refusal in a register dialog: French text, placed under the field the
    service named (found from the English template's key, not from the French words)."""
    from PySide6.QtWidgets import QDialog

    from dpo_desk.ui.pages.directives import DirectivesPage
    from tests.ui._dialogs import in_dialog

    i18n.install("fr")
    seen: dict[str, str] = {}
    try:
        page = DirectivesPage(app_ctx)
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        settle(qtbot)

        def fill(dialog: QDialog) -> None:
            type_text(dialog.person, "Thérèse Lambert")
            dialog.action.setCurrentIndex(dialog.action.findData("communicate"))
            type_text(dialog.consent, "Formulaire signé reçu le 3 mars")
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            error = dialog.rows["designated_person"][1]
            seen["field"] = error.text() if not error.isHidden() else ""
            seen["top"] = dialog.general_error.text() if not dialog.general_error.isHidden() else ""
            dialog.reject()

        in_dialog(fill)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    finally:
        i18n.install("en")
    assert seen["field"] == (
        "personne désignée : obligatoire pour communiquer les données (à qui ?)"
    )
    assert seen["top"] == ""
