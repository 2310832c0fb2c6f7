"""A plain-text editor for one letter template, with the allowed fields and blocks beside.

The DPO's copy is written atomically in ``<data dir>/letters``; the shipped templates are
only ever read. A preview renders the sample letter with the text being edited (saved or
not), so the DPO sees the result before saving.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk import fsio
from dpo_desk.errors import UserError
from dpo_desk.letters import BLOCKS, FIELDS, render_letter_bytes
from dpo_desk.letters.resources import shipped_templates_dir
from dpo_desk.letters.sample import sample_letter
from dpo_desk.letters.templates import template_filename, user_templates_dir

TOKEN_ROLE = Qt.ItemDataRole.UserRole + 1


def user_template_path(data_dir: Path, kind: str, lang: str) -> Path:
    """Where the DPO's edited copy of ``kind``/``lang`` lives (it may not exist)."""
    return user_templates_dir(data_dir) / template_filename(kind, lang)


def write_template(data_dir: Path, kind: str, lang: str, text: str) -> Path:
    """Write the DPO's copy atomically (``fsio.atomic_write``: temporary file, fsync,
    ``os.replace``).

    Raises:
        UserError: the file cannot be written (full disk, permissions...).
    """
    target = user_template_path(data_dir, kind, lang)
    if target.resolve().parent == shipped_templates_dir().resolve():
        raise UserError("the shipped templates are never modified")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        body = text if text.endswith("\n") else text + "\n"
        fsio.atomic_write(target, body.encode("utf-8"))
    except OSError as exc:
        raise UserError(
            "cannot save the template {name}: {reason}",
            name=target.name,
            reason=exc.strerror or exc,
        ) from None
    return target


def render_sample(kind: str, lang: str, text: str) -> bytes:
    """The sample letter of ``kind``/``lang`` rendered with ``text`` as its template."""
    with tempfile.TemporaryDirectory(prefix="dpo-desk-template-") as folder:
        path = Path(folder) / template_filename(kind, lang)
        path.write_text(text, encoding="utf-8")
        return render_letter_bytes(sample_letter(kind, lang), templates_dir=Path(folder))


class TemplateEditor(QWidget):
    """The text of a template and the list of what it may contain.

    Signals:
        save_requested(): Ctrl+S or the Save button.
        preview_requested(): the Preview button.
    """

    save_requested = Signal()
    preview_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.text = QPlainTextEdit()
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setTabChangesFocus(True)
        split.addWidget(self.text)
        self.tokens = QTreeWidget()
        self.tokens.setColumnCount(1)
        self.tokens.setRootIsDecorated(True)
        self.tokens.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tokens.setHeaderHidden(True)
        self.tokens.setIndentation(10)
        self.fields_root = QTreeWidgetItem(self.tokens)
        for name, help_text in FIELDS.items():
            item = QTreeWidgetItem(self.fields_root, [f"{{{name}}}"])
            item.setToolTip(0, help_text)
            item.setData(0, TOKEN_ROLE, f"{{{name}}}")
        self.blocks_root = QTreeWidgetItem(self.tokens)
        for name, help_text in BLOCKS.items():
            item = QTreeWidgetItem(self.blocks_root, [f"[[{name}]]"])
            item.setToolTip(0, help_text)
            item.setData(0, TOKEN_ROLE, f"[[{name}]]")
        self.tokens.expandAll()
        self.tokens.setMinimumWidth(190)
        split.addWidget(self.tokens)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 200])
        layout.addWidget(split, 1)
        self.help = QLabel()
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        row = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.preview_button = QPushButton()
        row.addWidget(self.save_button)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tokens.itemActivated.connect(lambda item, _col: self.insert_token(item))
        self.save_button.clicked.connect(self.save_requested)
        self.preview_button.clicked.connect(self.preview_requested)
        self.text.modificationChanged.connect(lambda _m: self._update_buttons())
        self.retranslate()
        self.set_text("", editable=False)

    def set_text(self, text: str, editable: bool) -> None:
        """Show ``text``; only the DPO's own copy is editable."""
        self.text.setPlainText(text)
        self.text.setReadOnly(not editable)
        self.text.document().setModified(False)
        self._update_buttons()

    def is_modified(self) -> bool:
        return self.text.document().isModified()

    def mark_saved(self) -> None:
        self.text.document().setModified(False)
        self._update_buttons()

    def insert_token(self, item: QTreeWidgetItem) -> None:
        """Insert the field or block of ``item`` at the cursor (a block on its own line)."""
        token = item.data(0, TOKEN_ROLE)
        if not token or self.text.isReadOnly():
            return
        cursor = self.text.textCursor()
        if str(token).startswith("[["):
            if cursor.positionInBlock() > 0:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertText("\n")
            cursor.insertText(f"{token}\n")
        else:
            cursor.insertText(str(token))
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    def _update_buttons(self) -> None:
        editable = not self.text.isReadOnly()
        self.save_button.setEnabled(editable and self.is_modified())
        self.tokens.setEnabled(editable)

    def retranslate(self) -> None:
        self.fields_root.setText(0, self.tr("Fields {…}"))
        self.fields_root.setToolTip(0, self.tr("Values filled in from the case"))
        self.blocks_root.setText(0, self.tr("Blocks [[…]]"))
        self.blocks_root.setToolTip(
            0,
            self.tr("Lists and tables the letter engine writes; a block stands alone on its line"),
        )
        self.tokens.setAccessibleName(self.tr("Allowed fields and blocks"))
        self.tokens.setToolTip(self.tr("Double-click or press Enter to insert at the cursor"))
        self.text.setAccessibleName(self.tr("Template text"))
        self.text.setToolTip(
            self.tr(
                "First line: the subject. Blank line: new paragraph. "
                "“- ” starts a bullet, **bold** is the only formatting. "
                "Lines starting with # are comments."
            )
        )
        self.help.setText(
            self.tr(
                "Anything else in braces prints as typed. Only your copy "
                "in the data folder is edited; the shipped template stays "
                "as it is."
            )
        )
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the template"))
        self.save_button.setToolTip(self.tr("Save your copy of the template (Ctrl+S)"))
        self.preview_button.setText(self.tr("Pre&view with sample data"))
        self.preview_button.setAccessibleName(self.tr("Preview with sample data"))
        self.preview_button.setToolTip(
            self.tr("Render a sample letter with the text above, saved or not")
        )
