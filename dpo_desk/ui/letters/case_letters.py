"""A case's letters: the kept ones (drafts and sent), a form for a new one, and the PDF.

Every render, read, print and export runs on the task runner's worker; the form keeps its
content whatever happens. A sent letter is frozen by the service: its row shows a lock,
it cannot be marked sent again, and "Regenerate" always makes a new draft beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from dpo_desk.services import documents, letters, settings
from dpo_desk.services.dto import CaseDetail, DocumentInfo
from dpo_desk.services.organisation import get_profile
from dpo_desk.ui import crash
from dpo_desk.ui.background import BackgroundOp, Lane, OpHandle
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.dispatch import DeliveryDialog, MarkSentDialog, sent_cell
from dpo_desk.ui.letters import approval
from dpo_desk.ui.letters.case_letters_layout import (
    ID_ROLE,
    CaseLettersLayout,
    fill_letters,
    local_date,
)
from dpo_desk.ui.letters.case_letters_words import set_words
from dpo_desk.ui.letters.email_reply import EmailReplyDialog
from dpo_desk.ui.letters.form import kind_label, load_options
from dpo_desk.ui.letters.printing import new_printer, print_pdf
from dpo_desk.ui.widgets import labels
from dpo_desk.ui.widgets.icons import lock_icon

__all__ = ["CaseLettersWidget", "lock_icon"]

# Below this width the list and the preview are stacked instead of side by side.
SIDE_BY_SIDE_MIN = 900


class CaseLettersWidget(QWidget, CaseLettersLayout):
    """The letters of one case. Call :meth:`set_case` with the case shown.

    Its widgets are made by :class:`CaseLettersLayout`; every word is set here.

    Args:
        app: the services context, task runner and app-wide signals.
        parent: the parent widget.
    """

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.reference: str | None = None
        self.letters: list[DocumentInfo] = []
        self.shown_id: int | None = None
        self._cache: dict[int, bytes] = {}
        self._busy = 0  # pieces of work under way: the buttons wait for them
        self._lock = lock_icon()
        self.four_eyes = False  # the setting, read with the letters (issue 16)
        self.setup_ui(self)
        self._wide: bool | None = None

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.preview_button.clicked.connect(self.preview)
        self.generate_button.clicked.connect(lambda: self.generate())
        self.regenerate_button.clicked.connect(self.regenerate)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.sent_button.clicked.connect(self.mark_sent_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.email_button.clicked.connect(self.email_selected)
        self.delivered_button.clicked.connect(self.record_delivery_selected)
        self.form.changed.connect(self._form_changed)
        self.set_tab_order(self)
        self.retranslate()

    # -- the case -----------------------------------------------------------------

    def set_case(self, reference: str | None) -> None:
        """Show the letters of ``reference`` (None: no case); the form shows that case's
        drafts (what was typed for another case stays with it)."""
        if reference != self.reference:
            self.reference = reference
            self.form.set_case(reference)
            self.letters = []
            self.shown_id = None
            self._cache.clear()
            self.table.setRowCount(0)
            self.pdf.clear()
            self.caption.clear()
            self.status.clear()
        self.reload()

    def set_detail(self, detail: CaseDetail) -> None:
        """Same as ``set_case(detail.reference)``, for the case view's tabs."""
        self.set_case(detail.reference)

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the case's letters; keep (or move) the selection."""
        self._update_buttons()
        if not self.reference:
            return
        ctx, ref = self.app.ctx, self.reference
        keep = select_id if select_id is not None else self._selected_id()

        def op() -> tuple[list[DocumentInfo], str, list[str], bool]:
            return (
                letters.letters_of(ctx, ref),
                get_profile(ctx).language,
                letters.available_kinds(ctx, ref),
                settings.get_settings(ctx).four_eyes,
            )

        def done(result: tuple[list[DocumentInfo], str, list[str], bool]) -> None:
            if ref != self.reference:
                return  # another case was chosen meanwhile
            found, org_lang, available, self.four_eyes = result
            self.form.set_default_lang(org_lang or "fr")
            self.form.set_available(available)
            self._fill(found, keep)

        self._run(op, done)

    def _fill(self, found: list[DocumentInfo], select_id: int | None) -> None:
        self.letters = sorted(found, key=lambda d: d.id, reverse=True)
        fill_letters(
            self.table,
            self.letters,
            self._lock,
            self._sent_cell,
            lambda doc: approval.review_cell(doc, self.four_eyes),
        )
        self.table.clearSelection()
        for r, doc in enumerate(self.letters):
            if doc.id == select_id:
                self.table.selectRow(r)
                break
        self._update_buttons()

    def _sent_cell(self, doc: DocumentInfo) -> tuple[str, str]:
        """The "Sent" cell of ``doc`` and its tooltip."""
        late = "late" in (doc.flags or "").split()
        if not doc.sent_at:
            if late:
                return self.tr("Draft, late"), self.tr("Draft written after its date")
            return self.tr("Draft"), self.tr("Draft: not sent yet")
        days_late = self.tr("%n day(s) late", "", doc.days_late or 0)
        return sent_cell(doc, local_date(doc.sent_at), days_late)

    # -- selection ----------------------------------------------------------------

    def _selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(ID_ROLE)) if items else None

    def selected_letter(self) -> DocumentInfo | None:
        wanted = self._selected_id()
        return next((d for d in self.letters if d.id == wanted), None)

    def _selection_changed(self) -> None:
        self._update_buttons()
        doc = self.selected_letter()
        if doc is None or doc.id == self.shown_id:
            return
        self._with_bytes(doc, lambda data: self._show(doc.id, data))

    def _with_bytes(self, doc: DocumentInfo, then: Callable[[bytes], None]) -> None:
        """Call ``then`` with the kept letter's bytes (read on the worker, then cached)."""
        if doc.id in self._cache:
            then(self._cache[doc.id])
            return
        ctx = self.app.ctx

        def done(data: bytes) -> None:
            self._cache[doc.id] = data
            then(data)

        self._run(lambda: documents.read_document(ctx, doc.id)[1], done)

    def _show(self, document_id: int | None, data: bytes) -> None:
        try:
            pages = self.pdf.set_pdf(data)
        except ValueError as exc:
            crash.show_refusal(exc, self)
            return
        self.shown_id = document_id
        doc = next((d for d in self.letters if d.id == document_id), None)
        if document_id is None:
            text = self.tr("<b>Preview</b>, not kept: “Generate” keeps it as a draft.")
        elif doc is not None and doc.sent_at:
            text = (
                self.tr("<b>%1</b>, sent on %2 — frozen. SHA-256 %3")
                .replace("%1", kind_label(doc.letter_kind))
                .replace(
                    "%2",
                    labels.fmt_date(doc.sent_on) if doc.sent_on else local_date(doc.sent_at),
                )
                .replace("%3", doc.sha256)
            )
        else:
            text = (
                self.tr("<b>%1</b>, draft of %2.")
                .replace("%1", kind_label(doc.letter_kind) if doc else "")
                .replace("%2", labels.fmt_datetime(doc.created_at) if doc else "")
            )
        if pages > 1:
            text += " " + self.tr("%1 pages.").replace("%1", str(pages))
        self.caption.setText(text)

    def _form_changed(self) -> None:
        if self.shown_id is None and self.pdf.page_count():
            self.caption.setText(
                self.tr(
                    "<b>Preview</b>, not kept — the form changed since: "
                    "preview again to see the letter as it is now."
                )
            )

    # -- actions ------------------------------------------------------------------

    def preview(self) -> None:
        """Render the form's letter without keeping it, and show it."""
        if not self.reference:
            return
        ctx, (ref, kind, lang, options) = self.app.ctx, self._form_letter()
        self.status.setText(self.tr("Rendering the preview…"))

        def done(pdf: bytes) -> None:
            self.table.clearSelection()
            self._show(None, pdf)
            self.status.clear()

        self._run(lambda: letters.preview(ctx, ref, kind, lang, **load_options(options)), done)

    def generate(self) -> None:
        """Render the form's letter and keep it as a new draft (never replacing one)."""
        if not self.reference:
            return
        ctx, (ref, kind, lang, options) = self.app.ctx, self._form_letter()
        self.status.setText(self.tr("Generating the letter…"))

        def done(letter: letters.GeneratedLetter) -> None:
            self._cache[letter.document_id] = letter.pdf
            self.shown_id = None
            self.status.setText(self.tr("Draft kept. Print it or save it, then mark it as sent."))
            self.reload(select_id=letter.document_id)
            self.app.signals.case_changed.emit(ref)

        self._run(lambda: letters.generate(ctx, ref, kind, lang, **load_options(options)), done)

    def _form_letter(self) -> tuple[str, str, str, dict[str, Any]]:
        """The case and the form's letter: reference, kind, language, raw options (read
        with ``load_options`` on the worker: a data copy may be a large file)."""
        form = self.form
        return self.reference or "", form.current_kind(), form.current_lang(), form.options()

    def regenerate(self) -> None:
        """A new draft of the selected letter's kind and language, from the form."""
        doc = self.selected_letter()
        if doc is None:
            return
        self.form.set_kind(doc.letter_kind)
        self.form.set_lang(doc.lang)
        self.generate()

    def print_selected(self) -> None:
        doc = self.selected_letter()
        if doc is not None:
            name = doc.original_name.removesuffix(".pdf") or f"letter-{doc.id}"
            self._with_bytes(doc, lambda data: self.print_pdf(data, name))

    def print_pdf(self, data: bytes, name: str) -> None:
        """Ask for a printer, then print ``data`` on the worker with a progress dialog."""
        printer = new_printer(name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the letter"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return

        def finish(pages: int) -> None:
            where = printer.printerName() or printer.outputFileName()
            self.status.setText(
                self.tr("Printing stopped after %1 page(s).").replace("%1", str(pages))
                if handle.cancelled
                else self.tr("%1 page(s) sent to %2.")
                .replace("%1", str(pages))
                .replace("%2", where)
            )

        def step(done: int, total: int, _text: str) -> None:
            if op.dialog is not None:
                op.dialog.setLabelText(
                    self.tr("Printing page %1 of %2…")
                    .replace("%1", str(done))
                    .replace("%2", str(total))
                )

        # the printer is not the store: the pool, so a long job holds up no page
        op = (
            BackgroundOp(self, lambda h: print_pdf(data, printer, h.report, lambda: h.cancelled))
            .success(finish)
            .progress(step)
            .with_progress(
                self.tr("Printing…"), cancellable=True, title=self.tr("Print the letter")
            )
        )
        handle = self._start(op, Lane.POOL)

    def save_selected(self) -> None:
        doc = self.selected_letter()
        if doc is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the letter as PDF"),
            str(Path(folder) / doc.original_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        out = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        ctx, ref = self.app.ctx, self.reference or ""

        def done(written: Path) -> None:
            self.status.setText(self.tr("Saved to %1").replace("%1", str(written)))
            self.app.signals.case_changed.emit(ref)

        self._run(lambda: letters.export_pdf(ctx, doc.id, out), done)

    def mark_sent_selected(self) -> None:
        """Ask when and how the selected draft left, then freeze it as sent."""
        doc = self.selected_letter()
        if doc is None or doc.sent_at is not None:
            return
        dialog = MarkSentDialog(self.app, doc, self)
        ref = self.reference or ""

        def done(info: DocumentInfo) -> None:
            self.shown_id = None  # re-caption the letter as sent
            self.status.setText(self.tr("Marked as sent and archived."))
            self.reload(select_id=info.id)
            self.app.signals.case_changed.emit(ref)

        dialog.succeeded.connect(done)
        dialog.exec()

    def approve_selected(self) -> None:
        """Approve the selected draft as its second reader (four-eyes review)."""
        doc = self.selected_letter()
        if doc is None:
            return
        ctx, ref = self.app.ctx, self.reference or ""

        def done(info: DocumentInfo) -> None:
            self.status.setText(self.tr("Approved: it can now be marked as sent."))
            self.reload(select_id=info.id)
            self.app.signals.case_changed.emit(ref)

        self._run(lambda: letters.approve_letter(ctx, doc.id), done)

    def email_selected(self) -> EmailReplyDialog | None:
        """Reply by e-mail with the selected draft (issue 17); recorded as sent there."""
        doc = self.selected_letter()
        if doc is None or doc.sent_at is not None or not self.reference:
            return None
        dialog = EmailReplyDialog(self.app, doc, self.reference, self)
        dialog.sent.connect(lambda info: self.reload(select_id=info.id))
        dialog.sent.connect(lambda _i: self.app.signals.case_changed.emit(dialog.reference))
        self.email_dialog = dialog
        dialog.open()
        return dialog

    def record_delivery_selected(self) -> None:
        """Record the delivery (and its proof) of the selected sent letter."""
        doc = self.selected_letter()
        if doc is None or doc.sent_at is None or doc.delivered_on is not None:
            return
        dialog = DeliveryDialog(self.app, doc, self)
        ref = self.reference or ""

        def done(info: DocumentInfo) -> None:
            self.status.setText(self.tr("Delivery recorded."))
            self.reload(select_id=info.id)
            self.app.signals.case_changed.emit(ref)

        dialog.succeeded.connect(done)
        dialog.exec()

    # -- plumbing -----------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``fn`` (a store read or write) on the DB lane; ``done`` with its result."""
        self._start(BackgroundOp(self, lambda _h: fn()).success(done), Lane.DB)

    def _start(self, op: BackgroundOp[Any], lane: Lane) -> OpHandle:
        """Run ``op`` with a busy cursor, the buttons waiting; a refusal in a message box
        (the form keeps its content whatever happens)."""
        self._busy += 1
        self._update_buttons()

        def end() -> None:
            self._busy -= 1
            self._update_buttons()

        return (
            op.finally_(end).refusal(self._refused).with_busy_cursor().run_in(lane, self.app.tasks)
        )

    def _refused(self, text: str) -> None:
        self.status.clear()
        crash.show_refusal(text, self)

    def _update_buttons(self) -> None:
        has_case = bool(self.reference)
        idle = self._busy == 0
        doc = self.selected_letter()
        for button in (self.preview_button, self.generate_button):
            button.setEnabled(has_case and idle)
        for button in (self.print_button, self.save_button, self.regenerate_button):
            button.setEnabled(has_case and idle and doc is not None)
        self.sent_button.setEnabled(has_case and idle and doc is not None and doc.sent_at is None)
        self.email_button.setEnabled(self.sent_button.isEnabled())
        self.delivered_button.setEnabled(
            has_case
            and idle
            and doc is not None
            and doc.sent_at is not None
            and doc.delivered_on is None
        )
        if doc is not None and doc.sent_at is not None:
            self.sent_button.setToolTip(
                self.tr(
                    "Already sent on %1: a sent letter is final. Use “Regenerate” for a new draft."
                ).replace("%1", labels.fmt_datetime(doc.sent_at))
            )
        else:
            self.sent_button.setToolTip(
                self.tr(
                    "Freeze the selected draft as sent: it is "
                    "archived with its SHA-256 and can never "
                    "change"
                )
            )
        approval.update_buttons(
            self.app.ctx,
            doc,
            self.four_eyes,
            has_case and idle,
            self.approve_button,
            self.sent_button,
        )
        self.email_button.setEnabled(self.sent_button.isEnabled())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        wide = event.size().width() >= SIDE_BY_SIDE_MIN
        if wide != self._wide:
            self._wide = wide
            self.splitter.setOrientation(
                Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
            )
            total = event.size().width() if wide else event.size().height()
            self.splitter.setSizes([total * 45 // 100, total * 55 // 100])
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1000, 640)

    # -- language -----------------------------------------------------------------

    def retranslate(self) -> None:
        set_words(self)
        self.form.retranslate()
        self.pdf.retranslate()
        if self.letters:
            self._fill(self.letters, self._selected_id())
        self._update_buttons()
