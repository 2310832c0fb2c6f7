"""The intake's Save is one transaction (issue 15): a file that cannot be read any more
when the DPO saves keeps nothing, neither the case nor the other file; the dialog stays
open with everything typed, and saving again without that file works."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from dpo_desk.services import cases
from tests.ui._wait import closed

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _vault_files(ctx) -> list[str]:
    folder = ctx.data_dir / "documents"
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


def test_a_file_gone_before_save_saves_nothing_then_saving_without_it_works(
    qtbot, window, tmp_path, type_text
):
    ctx = window.app.ctx
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.intake
    type_text(dialog.name, "Hélène Lefèvre")
    box = dialog.rights["access"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    letter, scan = tmp_path / "letter.pdf", tmp_path / "id-scan.pdf"
    letter.write_bytes(PDF)
    scan.write_bytes(PDF)
    dialog.add_attachments([letter], "attachment")
    dialog.add_attachments([scan], "id-evidence")
    assert dialog.files.count() == 2
    scan.unlink()  # moved away between choosing it and saving
    before = _vault_files(ctx)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=3000)
    assert dialog.error.text().startswith("Nothing was saved: ")
    assert "id-scan.pdf" in dialog.error.text()
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert cases.list_cases(ctx) == []  # no case...
    assert _vault_files(ctx) == before  # ...and the letter, sealed first, was deleted
    assert dialog.name.text() == "Hélène Lefèvre" and dialog.files.count() == 2

    dialog.files.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_file, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=3000)
    stored = cases.get_case(ctx, dialog.detail.reference)
    assert [d.original_name for d in stored.documents] == ["letter.pdf"]
    assert len(_vault_files(ctx)) == 1
