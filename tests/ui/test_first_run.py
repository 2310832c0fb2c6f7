"""The first start on an empty desk: the dialog that offers the demonstration data, clicked
as a new DPO would (the demo loads on the click, not at every start: issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from dpo_desk.services import cases
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.first_run import FirstRunDialog, needs_first_run

pytestmark = pytest.mark.gui


def test_the_demo_button_loads_the_demonstration_desk(qtbot, app_ctx: AppContext, english) -> None:
    assert needs_first_run(app_ctx.ctx)
    window = QWidget()  # the main window, in the program
    qtbot.addWidget(window)
    changed: list[str] = []
    app_ctx.signals.case_changed.connect(changed.append)
    dialog = FirstRunDialog(app_ctx, window)
    dialog.show()
    qtbot.mouseClick(dialog.demo, Qt.MouseButton.LeftButton)
    assert not dialog.demo.isEnabled()  # one click, one demo
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert len(cases.list_cases(app_ctx.ctx, cases.CaseFilter(limit=100))) == 32
    assert changed == [""]  # the screens reload
    assert not needs_first_run(app_ctx.ctx)
