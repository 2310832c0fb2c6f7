"""The Letters screen: the templates (shipped or edited by the DPO) and recent letters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.team import Action
from dpo_desk.letters.kinds import KINDS, LANGS
from dpo_desk.letters.templates import export_template_for_editing, template_path
from dpo_desk.services.letters.recent import RecentLetter, recent_letters
from dpo_desk.ui import crash, roles
from dpo_desk.ui.background import BackgroundOp, Lane
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.letters.case_letters import lock_icon
from dpo_desk.ui.letters.form import kind_label
from dpo_desk.ui.letters.pdf_view import PdfView
from dpo_desk.ui.letters.template_editor import (
    TemplateEditor,
    render_sample,
    user_template_path,
    write_template,
)
from dpo_desk.ui.page import Page
from dpo_desk.ui.widgets import labels

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class LettersPage(Page):
    """Templates of every kind and language, their editor and preview; recent letters."""

    key = "letters"

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.current: tuple[str, str] | None = None
        self.edited: dict[tuple[str, str], bool] = {}
        self.recent: list[RecentLetter] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        templates = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        self.templates_title = QLabel()
        col.addWidget(self.templates_title)
        self.templates = QTreeWidget()
        self.templates.setColumnCount(2)
        self.templates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.templates.setAlternatingRowColors(True)
        self.templates.setUniformRowHeights(True)
        header = self.templates.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.templates_title.setBuddy(self.templates)
        col.addWidget(self.templates, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton()
        self.restore_button = QPushButton()
        roles.show_if(self.app, Action.DRAFT, self.edit_button, self.restore_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        col.addLayout(row)
        templates.addWidget(left)
        self.editor = TemplateEditor()
        templates.addWidget(self.editor)
        self.pdf = PdfView()
        templates.addWidget(self.pdf)
        templates.setStretchFactor(0, 0)
        templates.setStretchFactor(1, 3)
        templates.setStretchFactor(2, 2)
        self.splitter = templates
        self._sized = False
        self.tabs.addTab(templates, "")

        recent = QWidget()
        col = QVBoxLayout(recent)
        self.recent_table = self._table(7)
        col.addWidget(self.recent_table, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton()
        row.addWidget(self.open_button)
        row.addStretch(1)
        col.addLayout(row)
        self.tabs.addTab(recent, "")

        self.templates.itemSelectionChanged.connect(self._template_selected)
        self.edit_button.clicked.connect(self.edit_template)
        self.restore_button.clicked.connect(self.restore_template)
        self.editor.save_requested.connect(self.save_template)
        self.editor.preview_requested.connect(self.preview_template)
        self.recent_table.itemSelectionChanged.connect(self._update_buttons)
        self.recent_table.activated.connect(lambda _i: self.open_selected_case())
        self.open_button.clicked.connect(self.open_selected_case)
        app.signals.case_changed.connect(self._case_changed)
        self._fill_templates()
        self.retranslate()

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._sized:  # first show: share the real width (list, editor, preview)
            self._sized = True
            width = max(self.width(), 900)
            self.splitter.setSizes([width * 22 // 100, width * 48 // 100, width * 30 // 100])
        super().showEvent(event)

    # -- Page ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Letters")

    def refresh(self) -> None:
        self.load_states()
        self.load_recent()

    # -- templates ----------------------------------------------------------------

    def _fill_templates(self) -> None:
        self.templates.clear()
        for kind in KINDS:
            parent = QTreeWidgetItem(self.templates, [kind_label(kind), ""])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setData(0, KEY_ROLE, kind)
            parent.setFirstColumnSpanned(True)
            for lang in LANGS:
                child = QTreeWidgetItem(parent, [LANGUAGE_NAMES[lang], ""])
                child.setData(0, KEY_ROLE, (kind, lang))
        self.templates.expandAll()
        self._show_states()

    def _template_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.templates.topLevelItemCount()):
            parent = self.templates.topLevelItem(i)
            if parent is not None:
                out.extend(
                    c for j in range(parent.childCount()) if (c := parent.child(j)) is not None
                )
        return out

    def _show_states(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for item in self._template_items():
            edited = self.edited.get(tuple(item.data(0, KEY_ROLE)), False)
            item.setText(1, self.tr("Edited") if edited else self.tr("Shipped"))
            item.setFont(1, bold if edited else self.font())
            item.setToolTip(
                1,
                self.tr("Your copy in the data folder is used for new letters")
                if edited
                else self.tr("The template shipped with DPO Desk"),
            )

    def load_states(self) -> None:
        """Which templates the DPO has edited (files in the data folder)."""
        data_dir = self.app.ctx.data_dir

        def op() -> dict[tuple[str, str], bool]:
            return {
                (k, lang): user_template_path(data_dir, k, lang).is_file()
                for k in KINDS
                for lang in LANGS
            }

        def done(states: dict[tuple[str, str], bool]) -> None:
            self.edited = states
            self._show_states()
            self._update_buttons()
            if self.current is None:  # never show an empty editor
                self.select_template(next(iter(KINDS)), labels.language())

        self.app.tasks.run(op, done, parent=self)

    def _selected_key(self) -> tuple[str, str] | None:
        items = self.templates.selectedItems()
        key = items[0].data(0, KEY_ROLE) if items else None
        return (str(key[0]), str(key[1])) if isinstance(key, tuple | list) else None

    def select_template(self, kind: str, lang: str) -> None:
        for item in self._template_items():
            if tuple(item.data(0, KEY_ROLE)) == (kind, lang):
                self.templates.setCurrentItem(item)
                return

    def _template_selected(self) -> None:
        key = self._selected_key()
        if key is None or key == self.current:
            return
        if self.editor.is_modified() and self.current is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved template"),
                self.tr("Your changes to this template are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                self.templates.blockSignals(True)
                self.select_template(*self.current)
                self.templates.blockSignals(False)
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_template()
        self.current = key
        self.pdf.clear()
        self.load_template()

    def load_template(self) -> None:
        """Show the template in use for the selected kind and language."""
        if self.current is None:
            return
        kind, lang = self.current
        data_dir = self.app.ctx.data_dir

        def op() -> tuple[str, bool, Path]:
            path = template_path(kind, lang, data_dir)
            edited = user_template_path(data_dir, kind, lang).is_file()
            return path.read_text(encoding="utf-8", errors="replace"), edited, path

        def done(result: tuple[str, bool, Path]) -> None:
            text, edited, path = result
            if self.current != (kind, lang):
                return
            self.edited[(kind, lang)] = edited
            self.editor.set_text(text, editable=edited)
            name = f"<b>{kind_label(kind)}</b> ({lang.upper()})"
            self.editor.title.setText(
                self.tr("%1 — your copy: %2").replace("%1", name).replace("%2", str(path))
                if edited
                else self.tr(
                    "%1 — shipped version (read only): press “Edit template” to make your own copy."
                ).replace("%1", name)
            )
            self._show_states()
            self._update_buttons()

        self.app.tasks.run(op, done, parent=self)

    def edit_template(self) -> None:
        """Copy the shipped template into the data folder (once) and edit the copy."""
        if self.current is None:
            return
        kind, lang = self.current
        data_dir = self.app.ctx.data_dir

        def done(path: Path) -> None:
            self.status.setText(self.tr("Editing your copy: %1").replace("%1", str(path)))
            self.load_template()
            self.editor.text.setFocus()

        self.app.tasks.run(
            lambda: export_template_for_editing(kind, lang, data_dir), done, parent=self
        )

    def save_template(self) -> None:
        if self.current is None or self.editor.text.isReadOnly():
            return
        kind, lang = self.current
        text, data_dir = self.editor.text.toPlainText(), self.app.ctx.data_dir

        def done(path: Path) -> None:
            if self.current == (kind, lang):
                self.editor.mark_saved()
            self.status.setText(self.tr("Template saved: %1").replace("%1", str(path)))

        self.app.tasks.run(lambda: write_template(data_dir, kind, lang, text), done, parent=self)

    def preview_template(self) -> None:
        """Render the sample letter with the text in the editor (saved or not)."""
        if self.current is None:
            return
        kind, lang = self.current
        text = self.editor.text.toPlainText()
        self.status.setText(self.tr("Rendering the sample letter…"))

        def done(pdf: bytes) -> None:
            self.status.clear()
            try:
                self.pdf.set_pdf(pdf)
            except ValueError as exc:
                crash.show_refusal(exc, self)

        BackgroundOp(self, lambda _h: render_sample(kind, lang, text)).finally_(
            self.status.clear
        ).success(done).run_in(Lane.POOL, self.app.tasks)

    def restore_template(self) -> None:
        """Delete the DPO's copy after confirmation; the shipped version applies again."""
        if self.current is None or not self.edited.get(self.current):
            return
        kind, lang = self.current
        answer = QMessageBox.question(
            self,
            self.tr("Restore the shipped version"),
            self.tr(
                "Delete your edited copy of “%1” (%2)? New letters will use the shipped "
                "template again. Letters already generated do not change."
            )
            .replace("%1", kind_label(kind))
            .replace("%2", lang.upper()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = user_template_path(self.app.ctx.data_dir, kind, lang)

        def done(_r: object) -> None:
            self.status.setText(self.tr("Shipped version restored."))
            self.editor.mark_saved()
            self.load_states()
            self.load_template()

        self.app.tasks.run(lambda: path.unlink(missing_ok=True), done, parent=self)

    # -- recent letters -----------------------------------------------------------

    def _case_changed(self, _reference: str) -> None:
        if self.isVisible():  # otherwise refresh() reloads when the page is shown
            self.load_recent()

    def load_recent(self) -> None:
        ctx = self.app.ctx
        self.app.tasks.run(lambda: recent_letters(ctx), self._fill_recent, parent=self)

    def _fill_recent(self, found: list[RecentLetter]) -> None:
        self.recent = found
        lock = lock_icon()
        self.recent_table.setRowCount(len(found))
        for r, letter in enumerate(found):
            sent = labels.fmt_datetime(letter.sent_at) if letter.sent_at else self.tr("Draft")
            cells = [
                letter.reference,
                letter.subject_name,
                kind_label(letter.letter_kind),
                letter.lang.upper(),
                labels.fmt_datetime(letter.created_at),
                sent,
                letter.sha256[:10],
            ]
            items = [QTableWidgetItem(text) for text in cells]
            if letter.sent_at:
                items[5].setIcon(lock)
            items[6].setToolTip(letter.sha256)
            for c, item in enumerate(items):
                item.setData(KEY_ROLE, letter.reference)
                self.recent_table.setItem(r, c, item)
        self.recent_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.recent_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def open_selected_case(self) -> None:
        items = self.recent_table.selectedItems()
        if items:
            self.app.signals.open_case.emit(str(items[0].data(KEY_ROLE)))

    # -- state and language -------------------------------------------------------

    def _update_buttons(self) -> None:
        key = self.current
        self.edit_button.setEnabled(key is not None and not self.edited.get(key, False))
        self.restore_button.setEnabled(key is not None and self.edited.get(key, False))
        self.open_button.setEnabled(bool(self.recent_table.selectedItems()))
        self.editor.preview_button.setEnabled(key is not None)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Templates"))
        self.tabs.setTabText(1, self.tr("Recent &letters"))
        self.tabs.setAccessibleName(self.tr("Letters"))
        self.templates_title.setText(self.tr("Letter te&mplates"))
        self.templates.setHeaderLabels([self.tr("Letter"), self.tr("Version")])
        self.templates.setAccessibleName(self.tr("Letter templates"))
        self.templates.setToolTip(
            self.tr("Each kind of letter in each language; “Edited” means your copy is used")
        )
        self.recent_table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Person"),
                self.tr("Letter"),
                self.tr("Language"),
                self.tr("Created"),
                self.tr("Sent"),
                self.tr("SHA-256"),
            ]
        )
        self.recent_table.setAccessibleName(self.tr("Recent letters"))
        self.recent_table.setToolTip(
            self.tr("Letters of every case, newest first; press Enter to open the case")
        )
        buttons = {
            self.edit_button: (
                self.tr("&Edit template"),
                self.tr("Edit template"),
                self.tr("Copy the shipped template into your data folder and edit the copy"),
            ),
            self.restore_button: (
                self.tr("&Restore shipped version…"),
                self.tr("Restore shipped version"),
                self.tr("Delete your copy; the shipped template applies again"),
            ),
            self.open_button: (
                self.tr("&Open case"),
                self.tr("Open case"),
                self.tr("Show the case of the selected letter"),
            ),
        }
        for button, (text, name, tip) in buttons.items():
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(tip)
        self.status.setAccessibleName(self.tr("Letters status"))
        self.pdf.set_placeholder(
            self.tr(
                "Select a template and press “Preview with sample "
                "data” to see a letter made with it."
            )
        )
        self.editor.retranslate()
        self.pdf.retranslate()
        for i in range(self.templates.topLevelItemCount()):
            parent = self.templates.topLevelItem(i)
            if parent is not None:
                parent.setText(0, kind_label(str(parent.data(0, KEY_ROLE))))
                parent.setToolTip(
                    0,
                    self.tr("Legal basis: %1").replace(
                        "%1", KINDS[str(parent.data(0, KEY_ROLE))].basis
                    ),
                )
        self._show_states()
        if self.recent:
            self._fill_recent(self.recent)
        self._update_buttons()
