"""Names in every script show in the window, not only in the letters."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from dpo_desk.app import make_application


def test_the_window_can_draw_chinese_names_with_the_bundled_font(qapp) -> None:
    make_application()
    han = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert "Droid Sans Fallback" in han
    font = QApplication.font()
    font.setFamilies([font.family(), "Droid Sans Fallback"])
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "王伟李娜張偉")
