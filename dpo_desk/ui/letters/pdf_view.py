"""A PDF viewer for letters: Qt PDF when it is installed, the system viewer otherwise.

With Qt PDF (``PySide6-Addons``) the document is loaded from memory (a ``QBuffer``): the
letter never touches the disk. Without it, the bytes go to an owner-only temporary file
that the system viewer opens; the file is deleted when the viewer widget goes away or the
program quits, and the widget says so.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # PySide6-Essentials alone: no Qt PDF
    HAVE_QTPDF = False

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0


def _delete_all(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    paths.clear()


def write_private_temp(data: bytes, prefix: str = "dpo-desk-letter-") -> Path:
    """Write ``data`` to a new temporary ``.pdf`` readable by the owner only (0600)."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".pdf")  # created 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


class PdfView(QWidget):
    """Shows one PDF at a time, fitted to the width, with page navigation and zoom.

    Args:
        parent: the parent widget.
        use_qtpdf: force (True) or refuse (False) Qt PDF; None uses it when installed.
    """

    def __init__(self, parent: QWidget | None = None, use_qtpdf: bool | None = None) -> None:
        super().__init__(parent)
        self.embedded = HAVE_QTPDF if use_qtpdf is None else (use_qtpdf and HAVE_QTPDF)
        self.temp_files: list[Path] = []
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        style = self.style()
        self.prev_button = self._tool(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.next_button = self._tool(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.page_spin = QSpinBox()
        self.page_spin.setMinimum(1)
        self.page_spin.setMaximum(1)
        self.page_total = QLabel()
        self.zoom_out_button = self._tool(None, "−")
        self.zoom_in_button = self._tool(None, "+")
        self.fit_button = self._tool(None)
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        for w in (self.prev_button, self.page_spin, self.page_total, self.next_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(w)
        layout.addLayout(bar)
        self.stack = QStackedWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.stack.addWidget(self.message)
        self.document: QPdfDocument | None = None
        self.view: QPdfView | None = None
        if self.embedded:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setPageSpacing(12)
            self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.stack.addWidget(self.view)
            self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        layout.addWidget(self.stack, 1)
        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_spin.editingFinished.connect(lambda: self.go_to(self.page_spin.value() - 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.prev_button.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp))
        self.next_button.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        paths = self.temp_files  # the list, not self: the wrapper may be gone by then
        self.destroyed.connect(lambda *_: _delete_all(paths))
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cleanup)
        self._placeholder = ""
        self.retranslate()
        self.clear()

    def _tool(self, icon: object, text: str = "") -> QToolButton:
        button = QToolButton()
        if icon is not None:
            button.setIcon(icon)  # type: ignore[arg-type]
        if text:
            button.setText(text)
        button.setAutoRaise(True)
        return button

    # -- content ------------------------------------------------------------------

    def set_placeholder(self, text: str) -> None:
        """What the empty viewer says (e.g. how to get a preview)."""
        self._placeholder = text
        if self.page_count() == 0 and not self.temp_files:
            self.message.setText(text)

    def clear(self) -> None:
        """Show nothing (the placeholder)."""
        if self.document is not None:
            self.document.close()
        self._buffer = None
        self._bytes = QByteArray()
        self.message.setText(self._placeholder or self.tr("No document to show."))
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def set_pdf(self, data: bytes) -> int:
        """Show the PDF ``data``; returns its number of pages (0 if it opened outside).

        Raises:
            ValueError: the bytes are not a PDF Qt can read.
        """
        if self.document is None or self.view is None:
            self._open_outside(data)
            return 0
        self.document.close()
        self._bytes = QByteArray(data)
        buffer = QBuffer(self._bytes, self.document)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self.document.status() != QPdfDocument.Status.Ready:
            self.clear()
            raise ValueError(
                self.tr("This PDF cannot be shown (error %1).").replace(
                    "%1", str(self.document.error().name)
                )
            )
        self.stack.setCurrentWidget(self.view)
        self.fit_width()
        self.go_to(0)
        self._update_controls()
        return self.document.pageCount()

    def _open_outside(self, data: bytes) -> None:
        path = write_private_temp(data)
        self.temp_files.append(path)
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if opened:
            text = self.tr(
                "Qt PDF is not installed, so the letter opened in your PDF "
                "viewer. Its temporary copy (readable by you only) is deleted "
                "when DPO Desk closes."
            )
        else:
            text = self.tr(
                "Qt PDF is not installed and no PDF viewer could be started. "
                "Use “Save as PDF” to keep the letter and open it yourself."
            )
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def cleanup(self) -> None:
        """Delete the temporary files written for the system viewer."""
        _delete_all(self.temp_files)

    # -- navigation ---------------------------------------------------------------

    def page_count(self) -> int:
        if self.document is None or self.document.status() != QPdfDocument.Status.Ready:
            return 0
        return self.document.pageCount()

    def current_page(self) -> int:
        if self.view is None:
            return 0
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Show page ``page`` (from 0), clamped to the document."""
        if self.view is None or self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        nav = self.view.pageNavigator()
        nav.jump(page, QPointF(), nav.currentZoom())
        self._page_changed(page)

    def zoom(self, factor: float) -> None:
        if self.view is None:
            return
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, current * factor)))
        self.fit_button.setChecked(False)

    def fit_width(self) -> None:
        if self.view is None:
            return
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_button.setChecked(True)

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count()
        page = self.current_page()
        self.page_spin.setMaximum(max(1, count))
        self.page_total.setText(self.tr("/ %1").replace("%1", str(count)) if count else "")
        self.page_spin.setEnabled(count > 1)
        self.prev_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(count > 0)

    # -- language -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.fit_button.setText(self.tr("Fit width"))
        tips = {
            self.prev_button: (self.tr("Previous page"), self.tr("Previous page (Ctrl+PgUp)")),
            self.next_button: (self.tr("Next page"), self.tr("Next page (Ctrl+PgDown)")),
            self.page_spin: (self.tr("Page number"), self.tr("Type a page number and press Enter")),
            self.zoom_out_button: (self.tr("Zoom out"), self.tr("Zoom out (Ctrl+-)")),
            self.zoom_in_button: (self.tr("Zoom in"), self.tr("Zoom in (Ctrl++)")),
            self.fit_button: (self.tr("Fit width"), self.tr("Fit the page to the width")),
        }
        for widget, (name, tip) in tips.items():
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        self.message.setAccessibleName(self.tr("Document viewer message"))
        if self.view is not None:
            self.view.setAccessibleName(self.tr("Document viewer"))
        self._update_controls()
