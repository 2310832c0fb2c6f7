"""Text DPO Desk puts on the clipboard (a reference, a recovery key...) is cleared after
10 s if the clipboard still holds it (KeePassXC's rule, reliability.md).

The copy also carries the hints clipboard managers honour for passwords, so the text is
not kept in their history: ``x-kde-passwordManagerHint`` (KDE Klipper and others),
``ExcludeClipboardContentFromMonitorProcessing`` (Windows clipboard history and cloud
clipboard) and ``org.nspasteboard.ConcealedType`` (macOS clipboard managers).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 10_000


def _hinted(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    if sys.platform == "win32":
        mime.setData(
            'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
            b"1",
        )
    elif sys.platform == "darwin":
        mime.setData("application/x-nspasteboard-concealed-type", b"secret")
    else:
        mime.setData("x-kde-passwordManagerHint", b"secret")
    return mime


class ClipboardGuard(QObject):
    """``copy(text)`` puts ``text`` on the clipboard and clears it after ``timeout_ms``
    unless something else was copied meanwhile; ``clear_now()`` clears it at once (on
    lock)."""

    def __init__(self, timeout_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        self._clipboard().setMimeData(_hinted(text), QClipboard.Mode.Clipboard)
        self._ours = text
        self._timer.start(self.timeout_ms)

    def holds_ours(self) -> bool:
        return self._ours is not None and self._clipboard().text() == self._ours

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what we put there."""
        self._timer.stop()
        if self.holds_ours():
            self._clipboard().clear(QClipboard.Mode.Clipboard)
        self._ours = None


_GUARD: list[ClipboardGuard] = []


def guard() -> ClipboardGuard:
    """The application's guard (created on first use, owned by the QApplication)."""
    if not _GUARD:
        _GUARD.append(ClipboardGuard(parent=QGuiApplication.instance()))
    return _GUARD[0]


def copy(text: str) -> None:
    """Copy ``text`` for 10 s."""
    guard().copy(text)
