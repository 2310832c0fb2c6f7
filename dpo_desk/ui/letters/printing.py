"""Printing a letter's PDF: each page rendered by Qt PDF to an image, drawn on the printer.

:func:`print_pdf` touches no widget, so it runs on the task runner's worker: painting on
a ``QPrinter`` and rendering with ``QPdfDocument`` are allowed outside the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from dpo_desk.errors import UserError

try:
    from PySide6.QtPdf import QPdfDocument

    HAVE_QTPDF = True
except ImportError:
    HAVE_QTPDF = False

# Pages are rendered at the printer's resolution, but never above this (an A4 page at
# 1200 dpi would be a 550 MB image; 300 dpi is what office printers really resolve).
MAX_DPI = 300


def new_printer(doc_name: str) -> QPrinter:
    """A high-resolution printer on A4 paper, the letters' size."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(doc_name)
    return printer


def _fit(image_size: QSize, target: QRectF) -> QRectF:
    """``target`` shrunk to the image's proportions, centred."""
    if image_size.isEmpty() or target.isEmpty():
        return target
    scale = min(target.width() / image_size.width(), target.height() / image_size.height())
    w, h = image_size.width() * scale, image_size.height() * scale
    return QRectF(
        target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h
    )


def print_pdf(
    data: bytes,
    printer: QPrinter,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Print ``data`` (a PDF) on ``printer``, page by page.

    Args:
        data: the PDF's bytes.
        printer: a configured printer (a physical one, or PDF output in tests).
        progress: called after each page with (pages done, total).
        cancelled: polled before each page; True stops the job (the printer aborts).

    Returns:
        The number of pages sent to the printer.

    Raises:
        UserError: Qt PDF is missing, the PDF is unreadable, or the printer refused.
    """
    if not HAVE_QTPDF:
        raise UserError(
            "printing needs Qt PDF (PySide6-Addons); save the letter as PDF "
            "and print it from your PDF viewer"
        )
    document = QPdfDocument()
    raw = QByteArray(data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise UserError("the letter's PDF could not be read for printing")
        return _paint(document, printer, progress, cancelled)
    finally:
        document.close()
        buffer.close()


def _paint(
    document: QPdfDocument,
    printer: QPrinter,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    total = document.pageCount()
    printer.setFullPage(True)  # the letter's own margins place the envelope window
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            "the printer could not be started; check that it is connected and try again"
        )
    done = 0
    try:
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        target.moveTo(0, 0)
        for page in range(total):
            if cancelled is not None and cancelled():
                printer.abort()
                break
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            if image.isNull():
                raise UserError("page {page} of the letter could not be rendered", page=page + 1)
            if image.hasAlphaChannel():
                opaque = QImage(image.size(), QImage.Format.Format_RGB32)
                opaque.fill(0xFFFFFFFF)
                flatten = QPainter(opaque)
                flatten.drawImage(0, 0, image)
                flatten.end()
                image = opaque
            painter.drawImage(_fit(image.size(), target), image)
            done += 1
            if progress is not None:
                progress(done, total)
    finally:
        painter.end()
    return done
