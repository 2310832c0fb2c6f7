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
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "e-mail : « jean dupont.fr » n'est pas une adresse (attendu : nom@domaine)"
    )
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
