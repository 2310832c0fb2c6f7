"""The register complete and the inspection pack driven as a DPO: the measures list
edited in its own dialog, the activity's register tab (measures, processor, WP248
screening), the pack written after the personal-data warning, and a cancelled pack."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from dpo_desk.services import inspection, registers
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.inspection import InspectionDialog
from dpo_desk.ui.dialogs.measures import MeasureForm, MeasuresDialog
from dpo_desk.ui.dialogs.register_activity import ActivityDialog
from dpo_desk.ui.pages.processing import ProcessingPage
from tests.ui._dialogs import in_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_ctx: AppContext, english: None) -> ProcessingPage:
    page = ProcessingPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 0)
    return page


def _select(qtbot, page: ProcessingPage, name: str) -> None:
    model = page.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    rect = page.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_measures_list_edited_as_a_user(qtbot, page: ProcessingPage) -> None:
    def in_form(form: QDialog) -> None:
        assert isinstance(form, MeasureForm)
        qtbot.keyClicks(form.name, "Clean desk policy")
        qtbot.keyClicks(form.description, "Nothing left on desks at night")
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    def in_list(dialog: QDialog) -> None:
        assert isinstance(dialog, MeasuresDialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)
        in_dialog(in_form)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 6)
        assert "Clean desk policy added." in dialog.status.text()
        # a measure in use cannot be removed: the reason is shown, nothing changes
        used = next(r for r in range(6) if dialog.model.row_at(r).activities > 0)
        dialog.table.selectRow(used)
        in_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "remove it there first" in dialog.status.text())
        dialog.reject()

    in_dialog(in_list)
    qtbot.mouseClick(page.measures_button, Qt.MouseButton.LeftButton)
    names = [m.name for m in registers.list_measures(page.app.ctx)]
    assert "Clean desk policy" in names and len(names) == 6
    assert "Clean desk policy" in [m.name for m in page.measures]  # the page reloaded


def test_register_tab_of_an_activity(qtbot, page: ProcessingPage) -> None:
    name = "Customer reviews"
    _select(qtbot, page, name)
    seen: list[str] = []

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, ActivityDialog)
        dialog.tabs.setCurrentIndex(1)
        extra = dialog.extra
        qtbot.keyClicks(extra.department, "Marketing")
        extra.measures.item(0).setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(extra.parties.add_button, Qt.MouseButton.LeftButton)
        table = extra.parties.table
        table.item(0, 1).setText("AvisVérifiés Partenaire")
        table.item(0, 2).setText("2024-02-30")  # no such day: refused, the form stays
        for key in ("evaluation", "large-scale"):
            row = list(
                extra.criteria.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(extra.criteria.count())
            ).index(key)
            extra.criteria.item(row).setCheckState(Qt.CheckState.Checked)
        seen.append(extra.verdict.text())
        dialog.tabs.setCurrentIndex(0)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.tabs.currentIndex() == 1)  # the error's tab
        error = dialog.rows["parties"][1]
        seen.append(error.text())
        table.item(0, 2).setText("2024-02-29")
        table.item(0, 3).setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    in_dialog(edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert seen[0] == "Criteria met: 2. A DPIA is likely needed (WP248: two or more)."
    assert "2024-02-30" in seen[1] and "date" in seen[1]
    act = registers.get_activity(page.app.ctx, name)
    assert act.department == "Marketing"
    assert len(act.measures) == 1
    assert act.parties == (
        {
            "role": "processor",
            "name": "AvisVérifiés Partenaire",
            "contract_on": "2024-02-29",
            "clauses_checked": True,
        },
    )
    assert act.dpia_likely_needed
    qtbot.waitUntil(lambda: "likely needed" in page.detail.toPlainText())


def test_inspection_pack_after_the_warning(qtbot, page: ProcessingPage, tmp_path: Path) -> None:
    target = tmp_path / "pack"
    warned: list[str] = []

    def in_pack(dialog: QDialog) -> None:
        assert isinstance(dialog, InspectionDialog)
        dialog.folder.clear()
        qtbot.keyClicks(dialog.folder, str(target))
        dialog.sheets.setCurrentIndex(1)  # XLSX only

        def warn(box: QDialog) -> None:
            assert isinstance(box, QMessageBox)
            warned.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

        in_dialog(warn, QMessageBox)
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.pack_result is not None, timeout=20000)
        warned.append(dialog.status.text())
        # the folder's label is its field's buddy: Alt+F goes there, and no "&" shows
        # (the row of a layout got a plain label, which printed "&Folder")
        form = dialog.folder.parentWidget().layout().itemAt(1).layout()
        label = form.labelForField(form.itemAt(0, form.ItemRole.FieldRole).layout())
        warned.append("folder" if label.buddy() is dialog.folder else "no buddy")
        dialog.reject()

    in_dialog(in_pack)
    qtbot.mouseClick(page.inspection_button, Qt.MouseButton.LeftButton)
    assert warned[2:] == ["folder"]
    assert "pseudonyms instead of names" in warned[0]
    assert "32 requests" in warned[0]
    assert warned[1].startswith(f"Pack written to {target}")
    check = inspection.verify_pack(target)
    assert check.ok and check.files == 7
    assert check.fingerprint in warned[1]


def test_declining_the_warning_writes_nothing(qtbot, page: ProcessingPage, tmp_path: Path) -> None:
    target = tmp_path / "pack"
    dialog = InspectionDialog(page.app, page)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(target))
    dialog.names.setChecked(True)
    texts: list[str] = []

    def decline(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    in_dialog(decline, QMessageBox)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing was written.")
    assert "with the persons' names" in texts[0]
    assert not target.exists()


def _refused_before_the_warning(qtbot, page: ProcessingPage, target: Path) -> tuple[str, list[str]]:
    """Ask for a pack in ``target``, click "Write" and wait for the refusal; any warning
    box that shows meanwhile is recorded and declined (so a regression fails here
    instead of hanging on the box)."""
    dialog = InspectionDialog(page.app, page)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(target))
    boxes: list[str] = []

    def decline_any() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()

    watch = QTimer()
    watch.timeout.connect(decline_any)
    watch.start(10)
    try:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.write_button.isEnabled() and bool(dialog.status.text()))
    finally:
        watch.stop()
    return dialog.status.text(), boxes


def test_a_folder_in_use_is_refused_before_the_warning(
    qtbot, page: ProcessingPage, tmp_path: Path
) -> None:
    """The DPO is not asked to confirm handing personal data over for a pack that cannot
    be written: the refusal comes first, the folder is left as it was."""
    target = tmp_path / "pack"
    target.mkdir()
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    said, boxes = _refused_before_the_warning(qtbot, page, target)
    assert boxes == []
    assert "already exists and is not an empty folder" in said
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_no_key_to_sign_with_is_said_before_the_warning(
    qtbot, page: ProcessingPage, tmp_path: Path, monkeypatch
) -> None:
    """A plain store on a workstation without a secure keyring cannot sign a pack
    (reliability.md F8): said before the personal-data warning, and nothing written."""
    from dpo_desk.services.inspection import signing

    monkeypatch.setattr(signing, "secure_keyring", lambda: None)
    target = tmp_path / "pack"
    said, boxes = _refused_before_the_warning(qtbot, page, target)
    assert boxes == []
    assert "no secure keyring to keep the pack signing key" in said
    assert not target.exists()


def test_the_warning_counts_with_the_language_s_separators(
    qtbot, page: ProcessingPage, monkeypatch
) -> None:
    """A large store's count reads "100,000 requests" in English, "100 000 demandes" in
    French (the progress already did; the warning said "100000")."""
    from dpo_desk.ui import i18n

    preview = inspection.PackPreview(requests=100000, directives=1200, incidents=3, activities=14)
    dialog = InspectionDialog(page.app, page)
    qtbot.addWidget(dialog)
    english = dialog.warning_text(preview)
    i18n.install("fr")
    try:
        french = dialog.warning_text(preview)
    finally:
        i18n.install("en")
    assert "100,000 requests" in english and "post-mortem directives: 1,200" in english
    assert "100\u202f000 demandes" in french.replace("\xa0", "\u202f")
    assert "1\u202f200" in french.replace("\xa0", "\u202f")


def _progress_text(dialog: InspectionDialog) -> str:
    """What the pack's progress dialog says ("" before it exists or once it is gone)."""
    return dialog.progress.labelText() if dialog.progress is not None else ""


def _wait_for_cancel(cancelled, seconds: float = 15) -> None:  # noqa: ANN001
    """On the pack's worker: hold it until the user's Cancel is heard (or 15 s pass)."""
    deadline = time.monotonic() + seconds
    while not cancelled() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_cancel_in_the_progress_leaves_no_pack(
    qtbot, page: ProcessingPage, tmp_path: Path, monkeypatch
) -> None:
    """Cancel pressed while the pack is written: the service stops at the next file and
    removes its hidden folder."""
    out = tmp_path / "out"
    out.mkdir()
    target = out / "pack"
    dialog = InspectionDialog(page.app, page)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(target))
    real = inspection.build_pack
    reached = threading.Event()

    def build(ctx, where, options, progress=None, cancelled=None, rows=None):  # noqa: ANN001, ANN202
        def step(done: int, total: int, name: str) -> None:
            if progress is not None:
                progress(done, total, name)
            if done == 2 and not reached.is_set():
                reached.set()  # the third file: wait (on the worker) for the user's Cancel
                _wait_for_cancel(cancelled)

        return real(ctx, where, options, step, cancelled, rows)

    monkeypatch.setattr(inspection, "build_pack", build)
    in_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)
    dialog.write_button.clicked.emit()  # a click that does not wait: the user acts meanwhile
    qtbot.waitUntil(reached.is_set, timeout=20000)
    assert dialog.progress is not None
    button = dialog.progress.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.clicked.emit()  # the user's click on Cancel, on the GUI thread
    qtbot.waitUntil(lambda: "cancelled" in dialog.status.text(), timeout=20000)
    assert not target.exists()
    assert list(out.iterdir()) == []  # no hidden partial folder either
    assert dialog.write_button.isEnabled()


def test_the_request_log_counts_its_requests_and_cancel_stops_it(
    qtbot, page: ProcessingPage, tmp_path: Path, monkeypatch
) -> None:
    """The request log of a large store takes minutes: the progress says how many
    requests are written, and Cancel is heard within the log, not after it. (The log
    reports every STEP requests: 1,000 in the program, 10 here for the demo's 32.)"""
    from dpo_desk.services import exports

    monkeypatch.setattr(exports, "STEP", 10)
    target = tmp_path / "pack"
    dialog = InspectionDialog(page.app, page)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(target))
    real = inspection.build_pack
    seen: list[int] = []

    def build(ctx, where, options, progress=None, cancelled=None, rows=None):  # noqa: ANN001, ANN202
        def counted(written: int, cases: int) -> None:
            seen.append(written)
            if rows is not None:
                rows(written, cases)
            if written == 10:  # the log has begun: wait (on the worker) for the user
                _wait_for_cancel(cancelled)

        return real(ctx, where, options, progress, cancelled, counted)

    monkeypatch.setattr(inspection, "build_pack", build)
    in_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)
    dialog.write_button.clicked.emit()  # does not wait: the user watches the progress
    qtbot.waitUntil(lambda: _progress_text(dialog).endswith("\n10 of 32 requests"), timeout=20000)
    assert dialog.progress.labelText().startswith("Writing request-log.")
    dialog.progress.findChild(QPushButton).clicked.emit()  # Cancel
    qtbot.waitUntil(lambda: "cancelled" in dialog.status.text(), timeout=20000)
    assert seen == [10]  # stopped at the log's next thousand (here: ten)
    assert [p.name for p in tmp_path.iterdir() if "pack" in p.name] == []  # nor partial


def test_a_row_count_that_arrives_with_its_file_name_is_not_overwritten(
    qtbot, page: ProcessingPage, tmp_path: Path, monkeypatch
) -> None:
    """The file's name and the log's first count reach the window together (a busy
    machine): the dialog's own setValue() delivered the count inside the name's update,
    which then overwrote it; the request log said nothing until its next thousand (in
    the test above, under two test workers, the first wait timed out in 1 run of 6)."""
    go, emitted, release = threading.Event(), threading.Event(), threading.Event()

    def build(ctx, where, options, progress=None, cancelled=None, rows=None):  # noqa: ANN001, ANN202
        progress(0, 9, "register.pdf")
        go.wait(10)
        progress(3, 9, "request-log.xlsx")
        rows(10, 32)
        emitted.set()
        release.wait(10)
        raise inspection.PackCancelled("the inspection pack was cancelled; nothing was kept")

    monkeypatch.setattr(inspection, "build_pack", build)
    dialog = InspectionDialog(page.app, page)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "pack"))
    in_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)
    dialog.write_button.clicked.emit()
    qtbot.waitUntil(  # the preview, the warning, Yes, then the first file on screen
        lambda: (
            _progress_text(dialog).startswith("Writing register.pdf")
            and dialog.progress.isVisible()
        )
    )
    go.set()
    assert emitted.wait(10)  # both signals are queued before the window sees either
    try:
        qtbot.waitUntil(
            lambda: _progress_text(dialog).endswith("\n10 of 32 requests"), timeout=3000
        )
        assert dialog.progress.labelText().startswith("Writing request-log.xlsx (4 of 9)")
    finally:
        release.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.status.text(), timeout=10000)


def test_transfer_impact_assessment_in_the_transfer_dialog(
    qtbot, demo_ctx: AppContext, english: None
) -> None:
    """The TIA of a transfer, typed in the transfer dialog: a conclusion without its date
    is refused under the date; with the date it is saved with the transfer."""
    from datetime import date

    from dpo_desk.ui.dialogs.register_recipient import TransferDialog

    rec = registers.get_recipient(demo_ctx.ctx, "Atlas Contact Center SARL")
    dialog = TransferDialog(demo_ctx, rec, existing=rec.transfers[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.tia_conclusion, "SCC effective with encryption in transit")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.rows["tia_on"][1].isHidden())
    assert "required with a conclusion" in dialog.rows["tia_on"][1].text()
    assert registers.get_recipient(demo_ctx.ctx, rec.name).transfers[0].tia_on is None
    dialog.tia_on.set_value(date(2026, 1, 15))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None)
    saved = registers.get_recipient(demo_ctx.ctx, rec.name).transfers[0]
    assert saved.tia_on == date(2026, 1, 15)
    assert saved.tia_conclusion == "SCC effective with encryption in transit"
