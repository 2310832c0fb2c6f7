"""The Documents tab: an attached file's name is shown so it cannot disguise itself."""

from __future__ import annotations

from datetime import date

from dpo_desk.services import cases, documents
from dpo_desk.ui.case_view.documents import DocumentsTab


def test_direction_override_in_a_file_name_is_shown_escaped(qtbot, app_ctx, tmp_path):
    ctx = app_ctx.ctx
    ref = cases.add_case(
        ctx, cases.NewCase(name="A B", rights=["access"], received=date(2026, 1, 5), channel="post")
    ).reference
    sneaky = tmp_path / "scan\u202efdp.txt"  # reads "scanpdf.txt" backwards-disguised
    sneaky.write_text("a scanned letter, as text")
    detail = documents.attach(ctx, ref, sneaky)
    tab = DocumentsTab()
    qtbot.addWidget(tab)
    tab.set_detail(detail)
    shown = tab.table.item(0, 0).text()
    assert "\u202e" not in shown and "\\u202e" in shown
    assert detail.documents[0].original_name == "scan\u202efdp.txt"  # kept as typed


def test_dropping_files_on_the_tab_asks_to_attach_them(qtbot, tmp_path):
    """A real drop event, delivered by Qt, reaches the shared drop handling."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    tab = DocumentsTab()
    qtbot.addWidget(tab)
    tab.show()
    scan = tmp_path / "letter.txt"
    scan.write_text("hello")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan)), QUrl("https://example.invalid/x")])
    got: list[tuple] = []
    tab.attach_files.connect(lambda paths, kind: got.append((paths, kind)))
    tab.kind.setCurrentIndex(tab.kind.findData("attachment"))
    enter = QDragEnterEvent(
        tab.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(tab.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, drop)
    assert got == [([scan], "attachment")]  # the web address is not a file: left out
