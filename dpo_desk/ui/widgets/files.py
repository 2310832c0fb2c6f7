"""Widgets that take files: by a button (file dialog) or by drag-and-drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QListWidget, QWidget

from dpo_desk.domain.files import KINDS
from dpo_desk.ui.widgets import labels


def local_files(mime: QMimeData) -> list[Path]:
    """The local files in a drop (URLs that are not files are ignored)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class AcceptsFileDrops:
    """Mixin (before the Qt class) for a widget that takes local files dropped on it:
    one place decides what a drop of files is; the widget says what to do with them in
    ``files_dropped_here``."""

    def files_dropped_here(self, paths: list[Path]) -> None:
        raise NotImplementedError

    def _judge(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._judge(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._judge(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped_here(paths)
        else:
            event.ignore()


class FileDropList(AcceptsFileDrops, QListWidget):
    """A list that accepts files dropped on it.

    Signals:
        files_dropped(list): the paths of the dropped files.
    """

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)

    def files_dropped_here(self, paths: list[Path]) -> None:
        self.files_dropped.emit(paths)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return ["text/uri-list"]


def kind_box() -> QComboBox:
    """A choice of what a file is, with no answer chosen yet (the DPO must say)."""
    box = QComboBox()
    # Wide enough for the longest choice and the placeholder, in either language.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(30)
    for kind in KINDS:
        box.addItem(labels.operation(kind), kind)
    box.setCurrentIndex(-1)
    return box


def retranslate_kinds(box: QComboBox, placeholder: str) -> None:
    for i in range(box.count()):
        box.setItemText(i, labels.operation(str(box.itemData(i))))
    box.setPlaceholderText(placeholder)
