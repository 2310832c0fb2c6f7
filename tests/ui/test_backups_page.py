"""The Backups screen: back up now (progress, Cancel), the list with each backup's
verification, verify a damaged file, restore after the passphrase again (the window keeps
working on the reopened store), the register export, and the retention purge."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from dpo_desk import backup
from dpo_desk.crypto import kdf
from dpo_desk.services import cases, secrets
from dpo_desk.services.cases import NewCase, add_case
from dpo_desk.services.context import Context
from dpo_desk.store.opening import Store, open_store
from dpo_desk.ui.background import TaskRunner
from dpo_desk.ui.context import AppContext, AppSignals
from dpo_desk.ui.main_window import MainWindow, build_main_window
from dpo_desk.ui.pages.backups import BackupsPage
from dpo_desk.ui.security import SecuritySession, start
from tests.ui._wait import backup_line, settle

PASSPHRASE = "correct horse battery staple"
FIXED_NOW = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def enc_window(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: QSettings, english: None
) -> Iterator[tuple[MainWindow, SecuritySession]]:
    monkeypatch.setattr(kdf, "SCRYPT_N", kdf.SCRYPT_N_MIN)
    d = tmp_path / "enc"
    secrets.setup(d, passphrase=PASSPHRASE, use_keyring=False)
    store: Store = open_store(d, key=secrets.key_for_open(d))
    ctx = Context(db=store.db, data_dir=d, actor="test-dpo", clock=lambda: FIXED_NOW)
    app = AppContext(ctx=ctx, tasks=TaskRunner(), signals=AppSignals())
    window = build_main_window(app, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    session = start(window, store)
    yield window, session
    session.shutdown()
    app.tasks.shutdown()
    store.close()
    with secrets._GUARD:
        secrets._UNLOCKED.clear()


def page_of(window: MainWindow) -> BackupsPage:
    page = window.show_page("backups")
    assert isinstance(page, BackupsPage)
    return page


def add(ctx: Context, name: str) -> None:
    add_case(ctx, NewCase(name, ["access"], date(2026, 1, 20), "email"))


def case_count(ctx: Context) -> int:
    return len(cases.list_cases(ctx))


def test_back_up_now_makes_a_verified_backup_and_the_status_bar_follows(window, qtbot) -> None:
    page = page_of(window)
    assert "No verified backup yet" in page.state_label.text()
    assert backup_line(qtbot, window) == "No backup yet"
    stages: list[str] = []
    page._progress.moved.connect(lambda stage, _d, _t: stages.append(stage))
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert {"snapshot", "audit", "archive", "verify"} <= set(stages)
    assert page.progress_dialog is None and page.backup_button.isEnabled()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == "✓ Sound"
    assert page.table.item(0, 3).text() == "0"  # cases in the backup
    assert "Backup made and verified" in page.status.text()
    assert "Last good backup" in page.state_label.text()
    assert window.backup_label.text().startswith("Last backup:")
    info = backup.list_backups(window.app.ctx.data_dir / "backups")[0]
    assert info.ok is True


def test_the_progress_dialog_counts_the_trail_and_the_read_back_in_french(window, qtbot) -> None:
    add(window.app.ctx, "Alice Martin")
    page = page_of(window)
    window.lang_actions["fr"].trigger()
    labels: list[tuple[str, str, int, int]] = []

    def watch(stage: str, _done: int, _total: int) -> None:
        dialog = page.progress_dialog
        if dialog is not None:  # connected after the page's own slot: the updated dialog
            labels.append((stage, dialog.labelText(), dialog.value(), dialog.maximum()))

    page._progress.moved.connect(watch)
    try:
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    finally:
        from dpo_desk.ui import i18n

        i18n.install("en")
    trail = [entry for entry in labels if entry[0] == "audit"]
    assert trail and trail[-1][1].startswith("Vérification du journal d'audit : ")
    done, total = trail[-1][1].split(" : ")[1].split(" entrées sur ")
    assert done == total and int(total.replace("\u202f", "").replace("\xa0", "")) >= 3
    assert trail[-1][2] == trail[-1][3] == 1000  # a full bar once the walk is done
    read = [entry for entry in labels if entry[0] == "verify" and entry[3] == 1000]
    assert read and read[-1][1].startswith("Relecture de la sauvegarde pour la vérifier : ")
    assert " sur " in read[-1][1]
    assert page.status.text().startswith("Sauvegarde effectuée et vérifiée : ")
    assert page.table.rowCount() == 1


def test_back_up_now_during_the_start_up_check_waits_then_backs_up(window, qtbot) -> None:
    from dpo_desk.store.checking import IntegrityGate

    gate = IntegrityGate(window.app.ctx.data_dir / "dpo_desk.sqlite3")
    window.app.ctx.db.gate = gate  # the deferred check of a large store, still running
    page = page_of(window)
    page.backup_button.clicked.emit()  # no waiting for the result: it waits for the gate
    qtbot.waitUntil(
        lambda: (
            page.progress_dialog is not None
            and page.progress_dialog.labelText() == "Waiting for the check of the data to finish…"
        ),
        timeout=5000,
    )
    qtbot.wait(int(1000 * 3.5))  # past the 3 s a write waits at the gate
    assert page.progress_dialog is not None and "still checking" not in page.status.text()
    gate.settle("ok")
    settle(qtbot)
    assert page.progress_dialog is None and page.table.rowCount() == 1
    assert "Backup made and verified" in page.status.text()


def test_progress_past_2_gib_reads_right(window, qtbot) -> None:
    """A store of a million cases is ~6 GB: the byte counts pass Qt's 32-bit int (they
    read "-851.69 MiB of 564.34 MiB" in the window at a million cases)."""
    from dpo_desk.store.checking import IntegrityGate

    window.app.ctx.db.gate = IntegrityGate(window.app.ctx.data_dir / "dpo_desk.sqlite3")
    page = page_of(window)
    page.backup_button.clicked.emit()  # held at the gate: the dialog stays up
    qtbot.waitUntil(
        lambda: (
            page.progress_dialog is not None
            and page.progress_dialog.labelText().startswith("Waiting")
        ),
        timeout=5000,
    )
    dialog = page.progress_dialog
    page._progress.report("archive", 5 * 2**30, 6 * 2**30)  # as the worker does
    qtbot.waitUntil(lambda: dialog.labelText().startswith("Compressing"), timeout=2000)
    assert dialog.labelText() == "Compressing and writing the backup: 5.00 GiB of 6.00 GiB"
    assert dialog.value() == 833
    page._progress.report("verify", 3 * 2**31, 6 * 2**30)
    qtbot.waitUntil(lambda: "Reading" in dialog.labelText(), timeout=2000)
    assert dialog.labelText() == "Reading the backup back to verify it: 6.00 GiB of 6.00 GiB"
    assert dialog.value() == 1000
    dialog.findChild(QPushButton).click()  # Cancel, heard while waiting at the gate
    settle(qtbot)
    assert page.status.text() == "Backup cancelled; nothing was kept."


def test_cancel_during_a_backup_leaves_no_file(window, qtbot) -> None:
    page = page_of(window)

    def cancel_first(stage: str, _done: int, _total: int) -> None:
        dialog = page.progress_dialog
        if stage == "snapshot" and dialog is not None:
            dialog.findChild(QPushButton).click()  # the dialog's Cancel button

    page._progress.moved.connect(cancel_first)
    page.back_up_now()
    settle(qtbot)
    folder = window.app.ctx.data_dir / "backups"
    assert not list(folder.glob("*.dpobak*")) and not list(folder.glob(".snapshot-*"))
    assert page.status.text() == "Backup cancelled; nothing was kept."
    assert page.table.rowCount() == 0 and page.progress_dialog is None


def test_verify_reports_a_bit_flipped_backup_as_damaged(window, qtbot) -> None:
    ctx = window.app.ctx
    info = backup.create(ctx)
    assert info is not None
    raw = bytearray(info.path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    info.path.write_bytes(bytes(raw))
    page = page_of(window)
    assert page.table.item(0, 2).text() == "Not verified yet"  # changed since verified
    page.table.selectRow(0)
    page.verify_button.click()
    assert "is damaged and cannot be restored" in page.status.text()
    assert page.table.item(0, 2).text() == "✗ Damaged: cannot be restored"
    page.table.selectRow(0)
    assert not page.restore_button.isEnabled()
    assert "failed its integrity check" in page.status.text()
    assert "⚠ No verified backup yet" in page.state_label.text()


def _backed_up_then_changed(window: MainWindow, qtbot) -> tuple[Context, BackupsPage]:  # type: ignore[no-untyped-def]
    """One case backed up from the page, then a second case added after the backup."""
    ctx = window.app.ctx
    add(ctx, "Alice Martin")
    page = page_of(window)
    page.back_up_now()
    settle(qtbot)
    add(ctx, "Bruno Petit")
    return ctx, page


def test_restore_after_reauthentication_brings_back_the_earlier_state(qtbot, enc_window) -> None:
    window, session = enc_window
    ctx, page = _backed_up_then_changed(window, qtbot)
    assert case_count(ctx) == 2
    page.refresh()
    settle(qtbot)
    page.table.selectRow(0)
    page.restore_button.click()
    dialog = page.reauth_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.entry.field.setText("wrong passphrase here")
    dialog.confirm()
    settle(qtbot)
    assert dialog.isVisible() and "Wrong passphrase" in dialog.entry.error.text()
    session.lock_state._wall = lambda: 4_000_000_000.0  # the rate-limit wait is over
    dialog.entry.refresh_countdown()
    dialog.entry.field.setText(PASSPHRASE)
    dialog.confirm()
    settle(qtbot)
    box = page.confirm_box
    assert isinstance(box, QMessageBox)
    details = box.informativeText()
    assert ": cases 1, documents 0," in details and "Now: cases 2, documents 0," in details
    assert "The current data are newer than the backup" in details
    old_db = ctx.db
    shown: list[tuple[str, str]] = []
    real_show = page.restore_flow.show_progress

    def watch(busy, stage: str, done: int, total: int) -> None:  # type: ignore[no-untyped-def]
        real_show(busy, stage, done, total)
        shown.append((stage, busy.labelText()))

    page.restore_flow.show_progress = watch  # type: ignore[method-assign]
    next(b for b in box.buttons() if b.text() == "Restore").click()
    assert "Restored the backup" in page.status.text(), page.status.text()
    stages = [stage for stage, _label in shown]
    assert stages[0] == "read" and "pre-restore" in stages and "switch" in stages
    assert shown[0][1].startswith("Reading and checking the backup: ")
    assert any(label.startswith("Saving the current data first") for _s, label in shown)
    assert ("switch", "Putting the restored data in place…") in shown
    assert ctx.db is not old_db and session.store is not None and session.store.db is ctx.db
    assert case_count(ctx) == 1
    # the window keeps working on the reopened store
    add(ctx, "Chloé Durand")
    window.show_page("cases")
    window.cases_page.refresh()
    settle(qtbot)
    assert window.cases_page.table.model().rowCount() == 2
    names = [b.path.name for b in backup.list_backups(ctx.data_dir / "backups")]
    assert any("pre-restore" in n for n in names)
    page = page_of(window)
    page.back_up_now()
    settle(qtbot)
    assert "Backup made and verified" in page.status.text()


def test_restore_cancelled_at_the_confirmation_changes_nothing(qtbot, enc_window) -> None:
    window, session = enc_window
    ctx = window.app.ctx
    add(ctx, "Alice Martin")
    page = page_of(window)
    page.back_up_now()
    settle(qtbot)
    session.lock_state.reauthenticate(PASSPHRASE)  # typed less than 2 minutes ago
    page.table.selectRow(0)
    page.restore_button.click()
    assert page.reauth_dialog is None
    box = page.confirm_box
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Cancel").click()
    assert page.status.text() == "Cancelled; nothing changed."
    assert case_count(ctx) == 1


def test_export_asks_for_the_passphrase_then_writes_the_file(
    qtbot, enc_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _session = enc_window
    ctx = window.app.ctx
    add(ctx, "Alice Martin")
    page = page_of(window)
    target = tmp_path / "register"
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: target)
    page.export_format.setCurrentIndex(page.export_format.findData("xlsx"))
    page.export_button.click()
    assert not (tmp_path / "register.xlsx").exists()
    dialog = page.reauth_dialog
    assert dialog is not None
    dialog.entry.field.setText(PASSPHRASE)
    dialog.confirm()
    settle(qtbot)
    out = tmp_path / "register.xlsx"
    assert out.exists() and out.read_bytes()[:2] == b"PK"
    assert "1 request exported" in page.status.text() or "request(s)" in page.status.text()
    # asked again only after the 2-minute window: a second export goes straight on
    page.export_format.setCurrentIndex(page.export_format.findData("csv"))
    target = tmp_path / "again.csv"
    page.export_button.click()
    assert target.exists() and "Alice" not in target.read_text(encoding="utf-8")


def test_retention_preview_and_purge(window, demo_ctx: AppContext) -> None:
    ctx = window.app.ctx
    ctx.clock = lambda: datetime(2036, 1, 1, tzinfo=UTC)  # ten years on
    page = page_of(window)
    page.preview_button.click()
    eligible = page.candidates.count()
    assert eligible > 0 and page.candidates.isVisible()
    assert "would be anonymised" in page.candidates_label.text()
    page.purge_button.click()  # a plain store: nothing to re-type
    box = page.confirm_box
    assert box is not None and "Anonymise" in box.text()
    next(b for b in box.buttons() if b.text() == "Anonymise").click()
    assert "anonymised" in page.status.text()
    assert page.candidates.count() == 0 and not page.purge_button.isEnabled()


def test_a_store_that_cannot_be_reopened_closes_the_program_not_runs_on(
    qtbot, enc_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.errors import StoreError
    from dpo_desk.ui.security import session as session_module

    window, session = enc_window
    add(window.app.ctx, "Alice Martin")
    page = page_of(window)
    page.back_up_now()
    settle(qtbot)
    session.lock_state.reauthenticate(PASSPHRASE)

    def refuse(*_a: object, **_k: object) -> Store:
        raise StoreError("the disk went away")

    monkeypatch.setattr(session_module, "open_store", refuse)
    page.table.selectRow(0)
    page.restore_button.click()
    box = page.confirm_box
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Restore").click()
    fatal = page.confirm_box
    assert fatal is not None and fatal.windowTitle() == "DPO Desk must close"
    assert "the disk went away" in fatal.informativeText()
    assert not window.isEnabled()
    fatal.finished.disconnect()  # the test keeps its QApplication
    fatal.close()


def test_a_backup_of_another_installation_is_named_in_the_question_then_restored(
    qtbot,
    enc_window,
) -> None:
    """Issue 13: the question says the backup is another installation's; confirming it
    restores (the window passes the confirmation on to the restore)."""
    from dpo_desk.store import installation

    window, session = enc_window
    ctx = window.app.ctx
    add(ctx, "Alice Martin")
    page = page_of(window)
    page.back_up_now()
    settle(qtbot)
    add(ctx, "Bruno Petit")
    installation.adopt(ctx.data_dir, "f" * 32)  # this directory is now another one
    session.lock_state.reauthenticate(PASSPHRASE)
    page.refresh()
    settle(qtbot)
    page.table.selectRow(0)
    page.restore_button.click()
    box = page.confirm_box
    assert isinstance(box, QMessageBox)
    assert "another installation of DPO Desk" in box.text()
    assert "Now: cases 2," in box.informativeText()  # the question says whose backup it is
    next(b for b in box.buttons() if b.text() == "Restore").click()
    assert "Restored the backup" in page.status.text(), page.status.text()
    assert case_count(window.app.ctx) == 1


def test_the_page_says_whether_backups_are_encrypted(window, enc_window, qtbot) -> None:
    """A plain store's backup is sealed with a public key: damage is detected, but
    anyone with the file can read it. The page said "encrypted like the data" for both."""
    plain = page_of(window)
    settle(qtbot)
    assert "not encrypted, nor are their backups" in plain.where_label.text()
    assert "anyone with the file can read it" in plain.where_label.text()
    encrypted = page_of(enc_window[0])
    settle(qtbot)
    assert "Backups are encrypted like the data" in encrypted.where_label.text()


def test_the_restore_question_gives_its_details_in_the_window_language(qtbot, enc_window) -> None:
    """The details under "Replace the current data…?" were the command line's English
    ("backup:  100000 cases, 57081 documents") in a French window (seen at 100,000
    cases); they now follow the language, numbers and date included."""
    from dpo_desk.ui import i18n

    window, session = enc_window
    ctx, page = _backed_up_then_changed(window, qtbot)  # the current data are newer
    session.lock_state.reauthenticate(PASSPHRASE)
    i18n.install("fr")
    try:
        page.table.selectRow(0)
        page.restore_button.click()
        box = page.confirm_box
        assert box is not None
        details = box.detailedText() or box.informativeText() or box.text()
        assert re.search(r"La sauvegarde du \d\d/\d\d/\d{4} \d\d:\d\d : dossiers 1,", details)
        assert "Aujourd'hui : dossiers 2, documents 0, entrées d'audit" in details
        assert "plus récentes que la sauvegarde" in details
        assert "backup:" not in details and "cases" not in details and "T0" not in details
        # The question and its last words, asked by the restore flow, are French too.
        assert box.text().startswith("Remplacer les données actuelles par la sauvegarde du ")
        assert "sauvegardées (sauvegarde « pre-restore »), puis remplacées" in details
        assert {b.text() for b in box.buttons()} >= {"Restaurer", "Annuler"}
        next(b for b in box.buttons() if b.text() == "Annuler").click()
    finally:
        i18n.install("en")
    assert case_count(ctx) == 2


def test_export_shows_its_progress_and_cancel_leaves_no_file(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export runs beside the window with a progress dialog; its Cancel stops it:
    no file, no audit entry, and the page says so. (The rows wait for the test's signal
    so that Cancel is pressed while the export runs.)"""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from dpo_desk.services import exports
    from dpo_desk.services.audit_log import count_entries

    ctx = window.app.ctx
    add(ctx, "Alice Martin")
    page = page_of(window)
    go = threading.Event()
    real_rows = exports.register_rows

    def held_rows(session):
        go.wait(10)
        yield from real_rows(session)

    monkeypatch.setattr(exports, "register_rows", held_rows)
    monkeypatch.setattr(page, "ask_export_path", lambda fmt: tmp_path / "register")
    entries = count_entries(ctx)
    page.export_format.setCurrentIndex(page.export_format.findData("csv"))
    page.export_button.clicked.emit()  # not waiting: the export runs
    dialog = page.findChildren(QProgressDialog)[-1]
    assert dialog.labelText() == "Exporting the request register…"
    qtbot.waitUntil(dialog.isVisible)  # shown once the export takes more than 0.4 s
    dialog.findChild(QPushButton).clicked.emit()  # Cancel, without waiting for the export
    assert dialog.labelText() == "Cancelling…"
    go.set()
    settle(qtbot)
    assert page.status.text() == "the export was cancelled; no file was written"
    assert [p.name for p in tmp_path.iterdir() if "register" in p.name] == []
    assert count_entries(ctx) == entries

    monkeypatch.setattr(exports, "register_rows", real_rows)
    page.export_button.click()
    assert (tmp_path / "register.csv").read_text("utf-8-sig").count("DPO-") == 1
    assert page.status.text() == f"1 request exported to {tmp_path / 'register.csv'}."
