"""Importing a register file from the window: off the GUI thread, with a progress dialog
whose Cancel rolls the whole import back (issue 13: a big CSV hung for minutes)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from dpo_desk.services import registers
from dpo_desk.services.context import Context
from dpo_desk.services.registers.activities_io import CSV_COLUMNS
from dpo_desk.ui.background import TaskRunner
from dpo_desk.ui.context import AppContext, AppSignals
from dpo_desk.ui.pages.processing import ProcessingPage

pytestmark = [pytest.mark.gui, pytest.mark.threaded]

ROW = "Activity {i},Payroll,contract,identity,staff,HR,5 years,,,no,yes\r\n"


@pytest.fixture
def threaded_ctx(ctx: Context, qapp: object) -> Iterator[AppContext]:
    """The real runner: the import runs on the DB worker thread, as in the program."""
    tasks = TaskRunner()
    yield AppContext(ctx=ctx, tasks=tasks, signals=AppSignals())
    tasks.shutdown()


@pytest.fixture
def page(qtbot, threaded_ctx: AppContext, english: None) -> ProcessingPage:
    page = ProcessingPage(threaded_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(threaded_ctx.tasks.is_idle, timeout=10_000)
    return page


def _csv(tmp_path: Path, n: int) -> Path:
    path = tmp_path / f"acts-{n}.csv"
    path.write_text(
        ",".join(CSV_COLUMNS) + "\r\n" + "".join(ROW.format(i=i) for i in range(n)),
        encoding="utf-8",
    )
    return path


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_cancel_in_the_progress_dialog_imports_nothing(
    qtbot,
    page: ProcessingPage,
    threaded_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _choose(monkeypatch, _csv(tmp_path, 3000))
    page.import_button.clicked.emit()  # a click that does not wait: the user acts meanwhile
    dialog = page.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.value() >= 50, timeout=30_000)  # it moves
    assert "of 3000 entries" in dialog.labelText()
    cancel = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in page.status.text(), timeout=30_000)
    assert "nothing was imported" in page.status.text()
    assert registers.list_activities(threaded_ctx.ctx) == []
    assert page.findChild(QProgressDialog) is None or not dialog.isVisible()


def test_an_import_shows_its_result_and_closes_the_dialog(
    qtbot,
    page: ProcessingPage,
    threaded_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _choose(monkeypatch, _csv(tmp_path, 120))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "120 created" in page.status.text(), timeout=30_000)
    assert len(registers.list_activities(threaded_ctx.ctx)) == 120
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in page.findChildren(QProgressDialog)))
