"""The Letters screen: editing a template (never the shipped file), its preview, restoring
the shipped version, and the recent letters across cases."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from dpo_desk.letters.resources import shipped_templates_dir
from dpo_desk.services import cases, letters
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.pages import PAGES
from dpo_desk.ui.pages.letters import LettersPage
from tests.ui._wait import settle

pytestmark = pytest.mark.gui

EDIT = "Our DPO answers within one week."


@pytest.fixture
def page(qtbot, demo_ctx: AppContext, english: None) -> LettersPage:
    p = LettersPage(demo_ctx)
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitExposed(p)
    p.refresh()
    settle(qtbot)
    return p


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_template(qtbot, page: LettersPage, kind: str, lang: str) -> None:
    item = next(i for i in page._template_items() if tuple(i.data(0, 0x101)) == (kind, lang))
    page.templates.scrollToItem(item)
    rect = page.templates.visualItemRect(item)
    qtbot.mouseClick(page.templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_lines(qtbot, type_text, editor, *lines: str) -> None:
    """Type each line and press Enter after it (QTest cannot type "\\n")."""
    for line in lines:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        type_text(editor, line)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_registered_under_its_key():
    assert ("letters", "dpo_desk.ui.pages.letters", "LettersPage") in PAGES
    assert LettersPage.key == "letters"


def test_edit_save_preview_and_restore(qtbot, page, demo_ctx, monkeypatch, type_text):
    shipped = shipped_templates_dir() / "acknowledgement.en.txt"
    shipped_bytes = shipped.read_bytes()
    user_copy = demo_ctx.ctx.data_dir / "letters" / "acknowledgement.en.txt"

    click_template(qtbot, page, "acknowledgement", "en")
    assert page.editor.text.isReadOnly()  # the shipped version is only shown
    assert page.editor.text.toPlainText() == shipped_bytes.decode("utf-8")
    assert not page.restore_button.isEnabled()
    click(qtbot, page.edit_button)
    assert user_copy.is_file()
    assert not page.editor.text.isReadOnly()
    assert not page.edit_button.isEnabled() and page.restore_button.isEnabled()
    version = next(
        i for i in page._template_items() if tuple(i.data(0, 0x101)) == ("acknowledgement", "en")
    ).text(1)
    assert version == "Edited"

    page.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    type_lines(qtbot, type_text, page.editor.text, EDIT)
    assert page.editor.is_modified()
    click(qtbot, page.editor.save_button)
    assert not page.editor.is_modified()
    assert EDIT in user_copy.read_text(encoding="utf-8")
    assert shipped.read_bytes() == shipped_bytes  # the shipped file is never written
    assert not list(user_copy.parent.glob(".*.tmp"))  # the atomic write left nothing

    click(qtbot, page.editor.preview_button)
    doc = page.pdf.document
    assert doc is not None and doc.pageCount() >= 1
    shown = " ".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    assert EDIT in " ".join(shown.split())

    # the services use the edited copy for real letters too
    ref = cases.list_cases(demo_ctx.ctx)[0].reference
    pdf = letters.preview(demo_ctx.ctx, ref, "acknowledgement", "en")
    text = " ".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert EDIT in text

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    click(qtbot, page.restore_button)
    assert asked and not user_copy.exists()
    assert page.editor.text.isReadOnly()
    assert page.editor.text.toPlainText() == shipped_bytes.decode("utf-8")
    assert shipped.read_bytes() == shipped_bytes


def test_preview_shows_unsaved_text_and_switching_asks(
    qtbot, page, demo_ctx, monkeypatch, type_text
):
    click_template(qtbot, page, "extension", "fr")
    click(qtbot, page.edit_button)
    page.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    type_lines(qtbot, type_text, page.editor.text, "Unsaved line for the preview")
    click(qtbot, page.editor.preview_button)
    doc = page.pdf.document
    assert doc is not None
    shown = " ".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    assert "Unsaved line for the preview" in " ".join(shown.split())

    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_template(qtbot, page, "refusal", "en")
    assert asked and page.current == ("extension", "fr")  # cancelled: still editing
    assert page.editor.is_modified()

    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    click_template(qtbot, page, "refusal", "en")
    assert page.current == ("refusal", "en")
    user_copy = demo_ctx.ctx.data_dir / "letters" / "extension.fr.txt"
    assert "Unsaved line" not in user_copy.read_text(encoding="utf-8")


def test_insert_a_field_from_the_list(qtbot, page):
    click_template(qtbot, page, "acknowledgement", "fr")
    click(qtbot, page.edit_button)
    page.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    root = page.editor.fields_root
    item = next(
        root.child(i) for i in range(root.childCount()) if root.child(i).text(0) == "{due_date}"
    )
    page.editor.tokens.setCurrentItem(item)
    page.editor.tokens.setFocus()
    qtbot.keyClick(page.editor.tokens, Qt.Key.Key_Return)
    assert page.editor.text.toPlainText().endswith("{due_date}")


def test_recent_letters_open_their_case(qtbot, page, demo_ctx):
    refs = [c.reference for c in cases.list_cases(demo_ctx.ctx)[:2]]
    first = letters.generate(demo_ctx.ctx, refs[0], "acknowledgement", "fr")
    letters.mark_sent(demo_ctx.ctx, first.document_id)
    letters.generate(demo_ctx.ctx, refs[1], "acknowledgement", "en")
    page.refresh()
    settle(qtbot)
    assert page.recent_table.rowCount() == 2
    assert page.recent_table.item(0, 0).text() == refs[1]  # newest first
    assert page.recent_table.item(1, 5).text() != "Draft"
    assert page.recent_table.item(0, 5).text() == "Draft"
    rect = page.recent_table.visualRect(page.recent_table.model().index(1, 0))
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.recent_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(demo_ctx.signals.open_case) as opened:
        click(qtbot, page.open_button)
    assert opened.args == [refs[0]]
