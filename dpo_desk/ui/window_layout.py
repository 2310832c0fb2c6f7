"""The layout a DPO leaves the window in (splitters, column widths), saved in the data
directory's settings and put back, for the window and for each screen built later."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget


def saved_blob(settings: QSettings, key: str) -> QByteArray | None:
    """A saved Qt state, or None when there is none (or it is empty)."""
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _splitters(root: QWidget) -> list[QSplitter]:
    return [s for s in root.findChildren(QSplitter) if s.objectName()]


def _headers(root: QWidget) -> list[tuple[str, QHeaderView]]:
    """The column headers of the named tables and lists under ``root``."""
    out = []
    for header in root.findChildren(QHeaderView):
        view = header.parentWidget()
        if (
            view is not None
            and view.objectName()
            and header.orientation() == Qt.Orientation.Horizontal
        ):
            out.append((view.objectName(), header))
    return out


def save_widgets(settings: QSettings, root: QWidget) -> None:
    for splitter in _splitters(root):
        settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
    for name, header in _headers(root):
        settings.setValue(f"columns/{name}", header.saveState())


def restore_widgets(settings: QSettings, root: QWidget) -> None:
    """The saved splitters and column widths of ``root`` (the window, or a screen built
    later: its widgets were not there when the window was restored)."""
    for splitter in _splitters(root):
        if (value := saved_blob(settings, f"splitters/{splitter.objectName()}")) is not None:
            splitter.restoreState(value)
    for name, header in _headers(root):
        if (value := saved_blob(settings, f"columns/{name}")) is not None:
            header.restoreState(value)
