"""A refusal shows at its field in the form's words, whole, and goes when fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dpo_desk.ui.dialogs.register_death import NotifyDeathDialog
from dpo_desk.ui.widgets.field_errors import split_field


def test_split_field_finds_the_longest_service_word():
    words = {"e-mail": "email", "scc module": "scc"}
    got = split_field("e-mail: 'x' is not an address", words)
    assert got == ("email", " 'x' is not an address")
    assert split_field("scc module: missing", words) == ("scc", " missing")
    assert split_field("no field here", words) == (None, "no field here")


def test_register_dialog_names_the_field_as_the_form_does(qtbot, app_ctx, english):
    dialog = NotifyDeathDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    shown = [e.text() for _w, e in dialog.rows.values() if e.isVisible() and e.text()]
    assert shown, "a refusal was expected for the empty form"
    assert all(not t.split(":", 1)[0].islower() for t in shown), shown  # "Deceased: ..."
    assert dialog.result_value is None
