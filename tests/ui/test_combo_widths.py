"""Filter and choice boxes show their whole text in both languages ("Tout stat" was cut).

The window is 1366 px wide (a small laptop), switched to French with its Language menu.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from dpo_desk.ui import i18n

pytestmark = pytest.mark.gui


def _cut(combo: QComboBox) -> list[str]:
    """Items whose text is wider than the box can show (frame and arrow included)."""
    metrics = combo.fontMetrics()
    widths = [metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())]
    probe = QComboBox()  # a fresh box measures the frame, padding and arrow
    probe.setFont(combo.font())
    probe.addItem("MMMMMMMMMMMMMMMMMMMM")
    chrome = probe.sizeHint().width() - metrics.horizontalAdvance("MMMMMMMMMMMMMMMMMMMM")
    room = combo.width() - chrome
    return [combo.itemText(i) for i, w in enumerate(widths) if w > room + 2]  # rounding


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_case_filters_are_not_cut(qtbot, window, lang) -> None:
    window.resize(1366, 800)
    window.lang_actions[lang].trigger()
    try:
        page = window.show_page("cases")
        qtbot.wait(20)
        for combo in (page.queue, page.status, page.right, page.jurisdiction, page.due):
            assert combo.isVisible()
            assert _cut(combo) == [], combo.accessibleName()
        if lang == "fr":
            assert page.status.findText("Tous les statuts") >= 0  # not "Tout stat"
    finally:
        i18n.install("en")


def test_settings_choices_follow_the_language(qtbot, window) -> None:
    window.resize(1366, 800)
    page = window.show_page("settings")
    qtbot.wait(20)
    window.lang_actions["fr"].trigger()
    try:
        qtbot.wait(20)
        boxes = [w for w in page.fields.values() if isinstance(w, QComboBox) and w.isVisible()]
        assert len(boxes) >= 5
        for combo in boxes:
            if combo.isEditable():
                continue  # the time zone: typed, with completion
            assert _cut(combo) == [], combo.accessibleName()
    finally:
        i18n.install("en")


def test_intake_right_boxes_are_not_cut_in_french(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    window.lang_actions["fr"].trigger()
    try:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        dialog = window.intake
        qtbot.wait(20)
        for value, box in dialog.rights.items():
            assert box.width() >= box.sizeHint().width(), (value, box.text())
            right_edge = box.mapTo(dialog, box.rect().topRight()).x()
            assert right_edge <= dialog.rect().right(), (value, box.text())
        assert dialog.rights["human-review"].text() == "Intervention humaine"
    finally:
        i18n.install("en")
