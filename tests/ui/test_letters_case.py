"""A case's letters as a DPO uses them: preview, generate, mark as sent, save, print."""

from __future__ import annotations

import hashlib
import io
import json
import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QMessageBox

from dpo_desk.services import cases, documents, letters, workflow
from dpo_desk.services.registers import scope
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.dispatch import DeliveryDialog, MarkSentDialog
from dpo_desk.ui.letters import case_letters, pdf_view
from dpo_desk.ui.letters.case_letters import CaseLettersWidget
from dpo_desk.ui.letters.pdf_view import PdfView
from tests.ui._dialogs import in_dialog
from tests.ui._wait import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def widget(qtbot, demo_ctx: AppContext, english: None) -> CaseLettersWidget:
    w = CaseLettersWidget(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def reference(demo_ctx: AppContext) -> str:
    """An access request in progress, on time: every letter it can have is offered."""
    ref = cases.add_case(
        demo_ctx.ctx,
        cases.NewCase(
            name="Hélène Lefèvre",
            rights=["access"],
            received=date(2026, 1, 20),
            channel="post",
            address="3 rue Neuve\n69001 Lyon",
        ),
    ).reference
    workflow.transition(demo_ctx.ctx, ref, "in-progress")
    return ref


@pytest.fixture
def scoped(demo_ctx: AppContext, reference: str) -> str:
    """``reference`` with an access scope (every activity suggested for customers), so
    that an access reply can be written for it."""
    view = scope.scope_of(demo_ctx.ctx, reference, ["customers"])
    scope.set_scope(
        demo_ctx.ctx,
        reference,
        [i.item_id for i in view.items if i.suggested and i.kind == "activity"],
    )
    return reference


def choose(qtbot, combo: QComboBox, data: str) -> None:
    """Move a combo to the item holding ``data`` with the arrow keys, as a user would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):  # a greyed-out kind is skipped by the keys: never loop
        if combo.currentIndex() == target:
            return
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target, f"{data} cannot be chosen (greyed out?)"


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, w: CaseLettersWidget, row: int) -> None:
    rect = w.table.visualRect(w.table.model().index(row, 0))
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_preview_generate_send_and_regenerate(
    qtbot, widget, reference, demo_ctx, monkeypatch, tmp_path
):
    ctx = demo_ctx.ctx
    widget.set_case(reference)
    settle(qtbot)
    assert widget.table.rowCount() == 0
    assert widget.form.current_lang() == "fr"  # the demo organisation writes in French
    choose(qtbot, widget.form.kind, "acknowledgement")
    choose(qtbot, widget.form.lang, "en")
    click(qtbot, widget.preview_button)
    assert widget.pdf.document is not None and widget.pdf.document.pageCount() >= 1
    assert "not kept" in widget.caption.text()
    assert letters.letters_of(ctx, reference) == []  # a preview keeps nothing

    with qtbot.waitSignal(demo_ctx.signals.case_changed) as changed:
        click(qtbot, widget.generate_button)
    assert changed.args == [reference]
    assert widget.table.rowCount() == 1
    assert widget.table.item(0, 3).text() == "Draft"
    assert widget.table.item(0, 1).text() == "EN"
    kept = letters.letters_of(ctx, reference)
    assert len(kept) == 1 and kept[0].sent_at is None and kept[0].lang == "en"
    assert widget.pdf.page_count() >= 1

    click_row(qtbot, widget, 0)
    assert not widget.delivered_button.isEnabled()  # a draft was not delivered
    seen: list[str] = []

    def send_by_registered_post(dialog: QDialog) -> None:
        assert isinstance(dialog, MarkSentDialog)
        seen.append(dialog.intro.text())
        choose(qtbot, dialog.channel, "registered-post")
        assert dialog.tracking.isEnabled()
        click(qtbot, dialog.ok_button)  # no number: refused inside the dialog
        qtbot.waitUntil(lambda: dialog.error.isVisible())
        seen.append(dialog.error.text())
        qtbot.keyClicks(dialog.tracking, "1A 234 567")
        click(qtbot, dialog.ok_button)

    in_dialog(send_by_registered_post)
    with qtbot.waitSignal(demo_ctx.signals.case_changed):
        click(qtbot, widget.sent_button)
    assert "SHA-256" in seen[0] and kept[0].sha256 in seen[0].replace("\n", "")
    assert "registered post needs its number" in seen[1]
    sent = letters.letters_of(ctx, reference)[0]
    assert sent.sent_at is not None and sent.sha256 == kept[0].sha256
    assert (sent.dispatch_channel, sent.tracking_number) == ("registered-post", "1A 234 567")
    assert sent.sent_on == ctx.today()
    cell = widget.table.item(0, 3).text()
    assert "Registered post 1A 234 567" in cell and ("on time" in cell or "late" in cell)

    def delivered(dialog: QDialog) -> None:
        assert isinstance(dialog, DeliveryDialog)
        dialog.proof.setFocus()
        qtbot.keyClicks(dialog.proof, str(slip))
        click(qtbot, dialog.ok_button)

    slip = tmp_path / "avis.pdf"
    slip.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    click_row(qtbot, widget, 0)
    in_dialog(delivered)
    with qtbot.waitSignal(demo_ctx.signals.case_changed):
        click(qtbot, widget.delivered_button)
    got = letters.letters_of(ctx, reference)[0]
    assert got.delivered_on == ctx.today() and got.delivery_proof_id is not None
    assert "delivered" in widget.table.item(0, 3).text()
    assert not widget.delivered_button.isEnabled()
    assert not widget.table.item(0, 3).icon().isNull()  # the lock
    assert not widget.sent_button.isEnabled()  # a sent letter cannot be sent again

    click(qtbot, widget.regenerate_button)
    assert widget.table.rowCount() == 2
    after = {d.id: d for d in letters.letters_of(ctx, reference)}
    assert after[sent.id].sha256 == sent.sha256 and after[sent.id].sent_at == sent.sent_at
    new = next(d for d in after.values() if d.id != sent.id)
    assert new.sent_at is None and new.letter_kind == "acknowledgement" and new.lang == "en"
    assert widget.selected_letter() is not None and widget.selected_letter().id == new.id
    assert widget.sent_button.isEnabled()


def test_save_as_pdf_writes_the_kept_bytes(
    qtbot, widget, reference, demo_ctx, tmp_path, monkeypatch
):
    widget.set_case(reference)
    settle(qtbot)
    click(qtbot, widget.generate_button)
    click_row(qtbot, widget, 0)
    out = tmp_path / "exported"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(out), "PDF documents (*.pdf)")),
    )
    click(qtbot, widget.save_button)
    written = out.with_suffix(".pdf")
    doc = letters.letters_of(demo_ctx.ctx, reference)[0]
    assert written.read_bytes() == documents.read_document(demo_ctx.ctx, doc.id)[1]
    assert hashlib.sha256(written.read_bytes()).hexdigest() == doc.sha256
    assert str(written) in widget.status.text()


def test_print_renders_every_page(qtbot, widget, scoped, demo_ctx, tmp_path, monkeypatch):
    reference = scoped
    out = tmp_path / "printed.pdf"

    class PdfPrintDialog:
        """Stands for the print dialog: the user picks "print to file" and accepts."""

        def __init__(self, printer: QPrinter, _parent=None) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def setWindowTitle(self, _title: str) -> None:  # noqa: N802
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(case_letters, "QPrintDialog", PdfPrintDialog)
    widget.set_case(reference)
    settle(qtbot)
    choose(qtbot, widget.form.kind, "access-reply")
    box = widget.form.copy_separately
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()
    click(qtbot, widget.generate_button)
    click_row(qtbot, widget, 0)
    doc = letters.letters_of(demo_ctx.ctx, reference)[0]
    pages = len(PdfReader(io.BytesIO(documents.read_document(demo_ctx.ctx, doc.id)[1])).pages)
    assert pages > 1
    click(qtbot, widget.print_button)
    assert len(PdfReader(str(out)).pages) == pages
    assert f"{pages} page(s)" in widget.status.text()


def test_data_copy_file_goes_into_the_annex(qtbot, widget, scoped, demo_ctx, tmp_path, monkeypatch):
    reference = scoped
    data = tmp_path / "copy.json"
    data.write_text(
        json.dumps(
            {"sections": [{"title": "Loyalty programme", "rows": [["Card number", "LOY-771234"]]}]}
        )
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(data), ""))
    )
    widget.set_case(reference)
    settle(qtbot)
    choose(qtbot, widget.form.kind, "access-reply")
    assert widget.form.browse.isVisible() and not hasattr(widget.form, "ground")
    click(qtbot, widget.form.browse)
    click(qtbot, widget.generate_button)
    doc = letters.letters_of(demo_ctx.ctx, reference)[0]
    text = "".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(documents.read_document(demo_ctx.ctx, doc.id)[1])).pages
    )
    assert "LOY-771234" in text


def test_refusal_is_shown_and_the_form_keeps_its_content(qtbot, widget, demo_ctx, type_text):
    # A reply written after its deadline: refused without a reason, then marked late.
    ctx = demo_ctx.ctx
    late = cases.add_case(
        ctx,
        cases.NewCase(
            name="Marc Petit",
            rights=["access"],
            received=date(2025, 11, 3),
            channel="post",
            address="8 rue Basse\n69002 Lyon",
        ),
    ).reference
    workflow.transition(ctx, late, "in-progress")
    view = scope.scope_of(ctx, late, ["customers"])
    scope.set_scope(
        ctx, late, [i.item_id for i in view.items if i.suggested and i.kind == "activity"]
    )
    widget.set_case(late)
    settle(qtbot)
    choose(qtbot, widget.form.kind, "access-reply")
    type_text(widget.form.free_text, "Paragraph kept")
    click(qtbot, widget.generate_button)
    boxes = open_boxes()
    assert len(boxes) == 1 and "this letter is late (due by 2025-12-03)" in boxes[0].text()
    boxes[0].close()
    assert widget.form.free_text.toPlainText() == "Paragraph kept"
    assert widget.form.current_kind() == "access-reply"
    assert widget.generate_button.isEnabled()
    assert QApplication.overrideCursor() is None  # the busy cursor was restored
    assert letters.letters_of(ctx, late) == []
    qtbot.keyClicks(widget.form.late_reason, "archives were on a remote site")
    box = widget.form.copy_separately
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    click(qtbot, widget.generate_button)
    assert [b.text() for b in open_boxes()] == []
    assert widget.table.rowCount() == 1
    assert widget.table.item(0, 3).text() == "Draft, late"
    (doc,) = letters.letters_of(ctx, late)
    assert "late" in doc.flags


def test_kind_tooltip_and_refusal_takes_its_ground_from_the_case(qtbot, widget, demo_ctx):
    ctx = demo_ctx.ctx
    ref = cases.add_case(
        ctx,
        cases.NewCase(
            name="Paul Roy", rights=["access"], received=date(2026, 1, 20), channel="post"
        ),
    ).reference
    widget.set_case(ref)
    settle(qtbot)
    refusal = widget.form.kind.model().item(widget.form.kind.findData("refusal"))
    assert not refusal.isEnabled()  # not refused: no refusal letter
    workflow.transition(ctx, ref, "refused", "excessive", facts="Twelve requests in a week")
    widget.set_case(None)
    settle(qtbot)
    widget.set_case(ref)
    settle(qtbot)
    qtbot.waitUntil(lambda: refusal.isEnabled(), timeout=3000)
    choose(qtbot, widget.form.kind, "refusal")
    assert "Art. 12(4)" in widget.form.kind.toolTip()
    assert not hasattr(widget.form, "ground") and not widget.form.browse.isVisible()
    click(qtbot, widget.preview_button)
    assert widget.pdf.page_count() >= 1


def test_fallback_viewer_writes_a_private_temp_file(qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(
        pdf_view.QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    view = PdfView(use_qtpdf=False)
    qtbot.addWidget(view)
    assert view.set_pdf(b"%PDF-1.4 test") == 0
    path = Path(opened[0])
    assert path.read_bytes() == b"%PDF-1.4 test"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "PDF viewer" in view.message.text()
    view.cleanup()
    assert not path.exists()


def test_no_case_disables_everything(qtbot, widget):
    widget.set_case(None)
    settle(qtbot)
    for button in (
        widget.preview_button,
        widget.generate_button,
        widget.print_button,
        widget.save_button,
        widget.sent_button,
    ):
        assert not button.isEnabled()
    assert widget.pdf.page_count() == 0
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_each_letter_kind_and_case_starts_from_its_own_draft(qtbot, widget, demo_ctx, reference):
    """The paragraph typed for the acknowledgement is not in the access reply, nor in another
    person's letter; it is still there when the DPO comes back to the acknowledgement."""
    first = reference
    second = next(c.reference for c in cases.list_cases(demo_ctx.ctx) if c.reference != first)
    widget.set_case(first)
    settle(qtbot)
    form = widget.form
    choose(qtbot, form.kind, "acknowledgement")
    qtbot.keyClicks(form.free_text, "Please send a copy of your ID card.")
    choose(qtbot, form.kind, "access-reply")
    assert form.free_text.toPlainText() == ""
    assert form.options()["free_text"] == ""
    qtbot.keyClicks(form.free_text, "Your data is attached.")
    choose(qtbot, form.kind, "acknowledgement")
    assert form.free_text.toPlainText() == "Please send a copy of your ID card."
    widget.set_case(second)
    settle(qtbot)
    assert form.free_text.toPlainText() == ""
    widget.set_case(first)
    settle(qtbot)
    assert form.free_text.toPlainText() == "Please send a copy of your ID card."
    choose(qtbot, form.kind, "access-reply")
    assert form.free_text.toPlainText() == "Your data is attached."
