"""An in-app viewer for an attached file: the decrypted bytes stay in memory (PDF through
Qt PDF, images as a picture, text read-only), so opening an ID copy leaves no plain copy
on the disk. Without Qt PDF, ``PdfView`` falls back to an owner-only temporary file that
is deleted when the viewer closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.text import show_controls
from dpo_desk.ui.letters.pdf_view import PdfView


class DocumentViewer(QDialog):
    """Shows one document's bytes; ``media_type`` says how (as sniffed when attached)."""

    def __init__(
        self, name: str, media_type: str, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Document — %1").replace("%1", show_controls(name)))
        self.resize(900, 760)
        layout = QVBoxLayout(self)
        self.content: QWidget
        if media_type == "application/pdf":
            view = PdfView(self)
            view.set_pdf(data)
            self.content = view
        elif media_type.startswith("image/"):
            picture = QLabel()
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                picture.setPixmap(pixmap)
            else:
                picture.setText(self.tr("This picture cannot be shown."))
            scroll = QScrollArea()
            scroll.setWidget(picture)
            scroll.setWidgetResizable(True)
            self.content = scroll
        else:
            text = QPlainTextEdit()
            text.setReadOnly(True)
            text.setPlainText(data.decode("utf-8", errors="replace"))
            self.content = text
        self.content.setAccessibleName(self.tr("Document content"))
        layout.addWidget(self.content, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if isinstance(self.content, PdfView):
            self.content.cleanup()
        super().closeEvent(event)
