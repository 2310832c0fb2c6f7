"""The kind of every file is said where it enters (Documents tab, identity tab, intake),
so verifying identity really destroys the ID copy (EDPB Guidelines 01/2022 §78): the
vault file is gone, the next backup lacks it, the audit names it. Attachments can be
opened in the desk, exported and deleted, each audited."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from dpo_desk import backup
from dpo_desk.backup.verification import verify_into
from dpo_desk.services import cases
from dpo_desk.store.models import AuditEvent, Document
from tests.ui._dialogs import in_dialog
from tests.ui._wait import settle


def _case(ctx) -> str:
    return cases.add_case(
        ctx,
        cases.NewCase(name="Ann Lee", rights=["access"], received=date(2026, 1, 5), channel="post"),
    ).reference


def _drop(widget, paths: list[Path]) -> None:
    """A real drop of local files, delivered by Qt."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)


def _choose(qtbot, combo, text: str) -> None:
    """Pick ``text`` in a combo box with the keyboard, as a user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count() + 1):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in the list")


def _events(ctx, operation: str) -> list[dict]:
    with ctx.db.read() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.operation == operation))
        return [json.loads(e.summary) if e.summary else {} for e in rows]


def _open_case(qtbot, window, ref: str):
    window.open_case(ref)
    view = window.cases_page.view
    qtbot.waitUntil(lambda: view.reference == ref)
    return view


def test_id_copy_dropped_on_documents_is_destroyed_by_verification(
    qtbot, window, app_ctx, tmp_path
):
    ctx = app_ctx.ctx
    ref = _case(ctx)
    view = _open_case(qtbot, window, ref)
    view.tabs.setCurrentWidget(view.documents)
    scan = tmp_path / "passport.txt"
    scan.write_text("PASSPORT of Ann Lee, no 12AB34567")
    other = tmp_path / "request.txt"
    other.write_text("I want my data")

    _drop(view.documents, [scan])  # the kind is not said yet: nothing enters
    settle(qtbot)
    assert view.detail.documents == []
    assert view.documents.error.isVisible()
    _choose(qtbot, view.documents.kind, "Identity evidence")
    assert not view.documents.error.isVisible()
    _drop(view.documents, [scan])
    settle(qtbot)
    _choose(qtbot, view.documents.kind, "Attachment")
    _drop(view.documents, [other])
    settle(qtbot)
    kinds = {d.original_name: d.kind for d in view.detail.documents}
    assert kinds == {"passport.txt": "id-evidence", "request.txt": "attachment"}
    id_doc = next(d for d in view.detail.documents if d.kind == "id-evidence")
    with ctx.db.read() as session:
        stored = session.get(Document, id_doc.id).stored_name
    vault_file = ctx.data_dir / "documents" / stored
    assert vault_file.exists()

    view.tabs.setCurrentWidget(view.identity)

    def verify(dialog: QDialog) -> None:
        _choose(qtbot, dialog.method, dialog.method.itemText(dialog.method.count() - 1))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    in_dialog(verify)
    qtbot.mouseClick(view.identity.buttons["verify"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(c.outcome == "verified" for c in view.detail.identity))

    assert not vault_file.exists()
    (verified,) = _events(ctx, "identity.verify")
    assert verified["purged"] == 1 and verified["purged_documents"] == [id_doc.id]
    info = backup.create(ctx)
    members = verify_into(info.path, tmp_path / "staging").manifest["members"]
    assert f"documents/{stored}" not in members
    assert any(m.startswith("documents/") for m in members)  # the plain attachment stays
    row = next(
        r
        for r in range(view.documents.table.rowCount())
        if "destroyed" in view.documents.table.item(r, 0).text()
    )
    assert view.documents.table.item(row, 1).text() == "Identity evidence"
    assert not view.identity.attach_id.isEnabled()  # no more ID copies once verified


def test_attachment_is_opened_exported_and_deleted_with_audit(qtbot, window, app_ctx, tmp_path):
    ctx = app_ctx.ctx
    ref = _case(ctx)
    view = _open_case(qtbot, window, ref)
    tab = view.documents
    view.tabs.setCurrentWidget(tab)
    note = tmp_path / "letter.txt"
    note.write_text("Dear DPO, please send me my data.")
    _choose(qtbot, tab.kind, "Attachment")
    _drop(tab, [note])
    settle(qtbot)
    assert not tab.open_button.isEnabled()  # nothing selected yet
    tab.table.selectRow(0)
    doc_id = tab.selected().id

    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.viewer is not None and view.viewer.isVisible())
    assert "please send me my data" in view.viewer.content.toPlainText()
    view.viewer.close()
    assert _events(ctx, "document.view")[0]["kind"] == "attachment"

    target = tmp_path / "out" / "copy.txt"
    target.parent.mkdir()
    tab.table.selectRow(0)
    view.export_document(doc_id, target)  # the save dialog's answer, given directly
    settle(qtbot)
    assert target.read_text() == "Dear DPO, please send me my data."
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert _events(ctx, "document.export") == [
        {"kind": "attachment", "case": ref, "to": "copy.txt"}
    ]

    with ctx.db.read() as session:
        vault_file = ctx.data_dir / "documents" / session.get(Document, doc_id).stored_name
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = view.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.defaultButton().text() == "Keep it"  # Enter never destroys
    yes = next(b for b in box.buttons() if b.text() == "Delete the file")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.documents[0].purged_at is not None)
    assert not vault_file.exists()
    assert _events(ctx, "document.delete")[0]["case"] == ref
    tab.table.selectRow(0)
    assert not tab.open_button.isEnabled() and not tab.delete_button.isEnabled()


def test_intake_says_what_each_file_is(qtbot, window, app_ctx, tmp_path, type_text):
    dialog = window.new_request()
    qtbot.waitUntil(lambda: dialog.profile is not None)
    type_text(dialog.name, "Zoe Park")
    box = dialog.rights["access"]  # a click on the box itself, left of the label
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    scan = tmp_path / "id-card.txt"
    scan.write_text("ID CARD Zoe Park")
    _drop(dialog.files, [scan])
    settle(qtbot)
    assert dialog.attachments == [] and dialog.error.isVisible()
    _choose(qtbot, dialog.file_kind, "Identity evidence")
    _drop(dialog.files, [scan])
    settle(qtbot)
    assert dialog.files.item(0).text() == "id-card.txt — Identity evidence"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert [d.kind for d in dialog.detail.documents] == ["id-evidence"]


def test_identity_tab_attaches_the_id_copy_as_such(qtbot, window, app_ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    ctx = app_ctx.ctx
    ref = _case(ctx)
    view = _open_case(qtbot, window, ref)
    view.tabs.setCurrentWidget(view.identity)
    scan = tmp_path / "passport-scan.txt"
    scan.write_text("PASSPORT")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(scan)], ""))
    )
    qtbot.mouseClick(view.identity.attach_id, Qt.MouseButton.LeftButton)
    assert [(d.original_name, d.kind) for d in view.detail.documents] == [
        ("passport-scan.txt", "id-evidence")
    ]
