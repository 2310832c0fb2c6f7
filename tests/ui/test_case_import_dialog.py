"""The import of a web-form export from the Cases page, as a DPO uses it: choose the file,
see the first rows and the mapping, check, read the refusals with their lines, import,
cancel. Run with the real threaded task runner, as in the program."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from dpo_desk.services.context import Context
from dpo_desk.store.models import Case
from dpo_desk.ui.context import AppContext, AppSignals
from dpo_desk.ui.dialogs.case_import import CaseImportDialog
from dpo_desk.ui.pages.cases import CasesPage
from dpo_desk.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

HEADER = "Submitted at,Full name,Email address,Request type,Comments\n"


@pytest.fixture
def threaded(ctx: Context, qapp: object) -> Iterator[AppContext]:
    tasks = TaskRunner()
    yield AppContext(ctx=ctx, tasks=tasks, signals=AppSignals())
    tasks.shutdown()


@pytest.fixture
def page(qtbot, threaded: AppContext, english: None) -> CasesPage:
    page = CasesPage(threaded)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: not threaded.tasks._pending, timeout=10_000)
    return page


def _cases(ctx: Context) -> int:
    with ctx.db.read() as s:
        return int(s.scalar(select(func.count(Case.id))) or 0)


def _open(qtbot, page: CasesPage, monkeypatch: pytest.MonkeyPatch, path: Path) -> CaseImportDialog:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.rowCount() > 0, timeout=10_000)
    return dialog


def test_refusals_are_listed_by_line_then_a_corrected_file_imports(
    qtbot, page: CasesPage, threaded: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "form.csv"
    bad.write_text(
        HEADER + "2025-01-31,Ann Lee,ann@x.org,access,hi\n"
        "2025-01-31,Bob <b>Ray</b>,bob@x.org,access,\n"
        "yesterday,Cy Bo,cy@x.org,erasure,\n",
        encoding="utf-8",
    )
    dialog = _open(qtbot, page, monkeypatch, bad)
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.item(0, 1).text() == "Ann Lee"
    # The mapping guessed from English headers, shown in the boxes.
    assert dialog.combos["name"].currentText() == "Full name"
    assert dialog.combos["received"].currentText() == "Submitted at"
    assert dialog.combos["rights"].currentText() == "Request type"
    assert dialog.combos["notes"].currentText() == "Comments"
    assert dialog.combos["channel"].currentText() == "(none)"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.refusals.rowCount() == 2, timeout=10_000)
    assert dialog.refusals.isVisible()
    assert [dialog.refusals.item(r, 0).text() for r in range(2)] == ["line 3", "line 4"]
    assert "markup" in dialog.refusals.item(0, 1).text()
    assert "not a date" in dialog.refusals.item(1, 1).text()
    assert "2 row(s) refused; nothing was imported" in dialog.refusals_label.text()
    assert _cases(threaded.ctx) == 0
    good = tmp_path / "fixed.csv"
    good.write_text(
        HEADER + "2025-01-31,Ann Lee,ann@x.org,access,hi\n2025-01-31,Bob Ray,bob@x.org,access,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), ""))
    )
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 2, timeout=10_000)
    assert not dialog.refusals.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2 requests imported" in dialog.status.text(), timeout=10_000)
    assert _cases(threaded.ctx) == 2
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # "Close"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)


def test_a_mapping_chosen_by_hand_is_used(
    qtbot, page: CasesPage, threaded: AppContext, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("A,B,C\nZoé Martin,2025-01-31,erasure\n", encoding="utf-8")
    dialog = _open(qtbot, page, monkeypatch, path)
    assert dialog.combos["name"].currentText() == "(none)"
    for field, header in (("name", "A"), ("received", "B"), ("rights", "C")):
        combo = dialog.combos[field]
        combo.setFocus()
        combo.setCurrentIndex(combo.findText(header))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "all can be imported" in dialog.status.text(), timeout=10_000)
    assert _cases(threaded.ctx) == 0  # a check writes nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 requests imported" in dialog.status.text(), timeout=10_000)
    assert _cases(threaded.ctx) == 1


def test_cancel_during_the_import_imports_nothing(
    qtbot, page: CasesPage, threaded: AppContext, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        HEADER
        + "".join(
            f"2025-01-{1 + i % 28:02d},Person {i},p{i}@x.org,access,\n" for i in range(40_000)
        ),
        encoding="utf-8",
    )
    dialog = _open(qtbot, page, monkeypatch, path)
    dialog.import_button.clicked.emit()  # a click that does not wait: the user acts meanwhile
    assert dialog.cancel_button.text() == "Cancel"
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 1, timeout=10_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing was imported" in dialog.status.text(), timeout=30_000)
    assert _cases(threaded.ctx) == 0
    assert dialog.import_button.isEnabled() and dialog.cancel_button.text() == "Close"
