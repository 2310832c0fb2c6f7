"""The "New letter" form: kind, language, and what the chosen kind lets the DPO add."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from dpo_desk.letters.kinds import KINDS
from dpo_desk.services.letters.data_copy import read_data_copy
from dpo_desk.ui.widgets import labels

LANGUAGES = (("fr", "Français"), ("en", "English"))


def kind_label(kind: str) -> str:
    """The kind's name in the program's language."""
    found = KINDS.get(kind)
    return found.label(labels.language()) if found else kind


class LetterForm(QGroupBox):
    """What the next letter says, before it is previewed or generated.

    Signals:
        changed(): the kind or the language changed (the shown preview is out of date).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang_chosen = False
        # What was typed for each letter, by (case, kind): a paragraph written for the ID
        # request must not reappear in the access reply, nor in another person's letter.
        self._drafts: dict[tuple[str | None, str], dict[str, str]] = {}
        self._case: str | None = None
        self._shown_kind = ""
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = form
        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(18)
        self.lang = QComboBox()
        for code, name in LANGUAGES:
            self.lang.addItem(name, code)
        self.free_text = QPlainTextEdit()
        self.free_text.setTabChangesFocus(True)
        self.free_text.setFixedHeight(72)
        self.data_file = QLineEdit()
        self.data_file.setReadOnly(True)
        self.browse = QPushButton()
        self.clear_file = QPushButton()
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.data_file, 1)
        row.addWidget(self.browse)
        row.addWidget(self.clear_file)
        self.file_row = file_row
        # Art. 15(3): the copy is part of the reply; without a file, the DPO says that
        # it is sent separately (the letter then says so, with the due date).
        self.copy_separately = QCheckBox()
        self.format_help = QLabel()
        self.format_help.setWordWrap(True)
        self.format_help.setTextFormat(Qt.TextFormat.PlainText)
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setTabChangesFocus(True)
        self.actions_edit.setFixedHeight(72)
        # Why the letter is late, when it is (the service refuses a late letter without).
        self.late_reason = QLineEdit()
        # The kinds true for the case now (None: not known yet, all offered).
        self._available: set[str] | None = None
        for field in (
            self.kind,
            self.lang,
            self.free_text,
            file_row,
            self.format_help,
            self.copy_separately,
            self.actions_edit,
            self.late_reason,
        ):
            label = QLabel()
            label.setBuddy(field)
            form.addRow(label, field)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lang.currentIndexChanged.connect(self._lang_changed)
        self.lang.activated.connect(lambda _i: setattr(self, "_lang_chosen", True))
        self.browse.clicked.connect(self.pick_data_file)
        self.clear_file.clicked.connect(lambda: self.data_file.clear())
        self.retranslate()

    # -- values -------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData() or "acknowledgement")

    def current_lang(self) -> str:
        return str(self.lang.currentData() or "fr")

    def set_kind(self, kind: str) -> None:
        index = self.kind.findData(kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)

    def set_lang(self, lang: str) -> None:
        index = self.lang.findData(lang)
        if index >= 0:
            self.lang.setCurrentIndex(index)

    def set_default_lang(self, lang: str) -> None:
        """The organisation's language, unless the DPO already picked one."""
        if not self._lang_chosen:
            self.set_lang(lang)

    def options(self) -> dict[str, Any]:
        """What the service needs besides the kind and language (no file is read here).

        The data-copy file, if any, is under ``"data_copy_path"``: read it with
        :func:`load_options` on the worker.
        """
        kind = self.current_kind()
        out: dict[str, Any] = {"free_text": self.free_text.toPlainText().strip()}
        if kind == "access-reply" and self.data_file.text():
            out["data_copy_path"] = Path(self.data_file.text())
        elif kind == "access-reply" and self.copy_separately.isChecked():
            out["copy_separately"] = True
        if kind == "confirmation":
            out["actions"] = tuple(
                line.strip()
                for line in self.actions_edit.toPlainText().splitlines()
                if line.strip()
            )
        if self.late_reason.text().strip():
            out["late_reason"] = self.late_reason.text().strip()
        return out

    def set_available(self, kinds: list[str] | None) -> None:
        """Offer only the kinds true for the case now; the others stay listed, greyed,
        with the reason in their tooltip, so the DPO sees what is missing."""
        self._available = set(kinds) if kinds is not None else None
        model = self.kind.model()
        if not isinstance(model, QStandardItemModel):
            return
        for row in range(self.kind.count()):
            key = str(self.kind.itemData(row))
            item = model.item(row)
            if item is None:
                continue
            enabled = self._available is None or key in self._available
            item.setEnabled(enabled)
            found = KINDS.get(key)
            tip = self.tr("Legal basis: %1").replace("%1", found.basis) if found else ""
            if not enabled:
                tip = self.tr("Not available for this case now (its law or its state)")
            self.kind.setItemData(row, tip, Qt.ItemDataRole.ToolTipRole)
        if self._available is not None and self.current_kind() not in self._available:
            for row in range(self.kind.count()):
                if str(self.kind.itemData(row)) in self._available:
                    self.kind.setCurrentIndex(row)
                    break

    def pick_data_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Copy of the data (JSON or CSV)"),
            self.data_file.text(),
            self.tr("Data copy (*.json *.csv);;All files (*)"),
        )
        if path:
            self.data_file.setText(path)

    # -- drafts -------------------------------------------------------------------

    def _draft_fields(self) -> dict[str, str]:
        return {
            "free_text": self.free_text.toPlainText(),
            "actions": self.actions_edit.toPlainText(),
            "data_file": self.data_file.text(),
            "late_reason": self.late_reason.text(),
        }

    def _keep_draft(self) -> None:
        if self._shown_kind:
            self._drafts[(self._case, self._shown_kind)] = self._draft_fields()

    def _show_draft(self) -> None:
        self._shown_kind = self.current_kind()
        draft = self._drafts.get((self._case, self._shown_kind), {})
        self.free_text.setPlainText(draft.get("free_text", ""))
        self.actions_edit.setPlainText(draft.get("actions", ""))
        self.data_file.setText(draft.get("data_file", ""))
        self.late_reason.setText(draft.get("late_reason", ""))

    def set_case(self, reference: str | None) -> None:
        """Show the drafts of ``reference``'s letters (each case and kind has its own)."""
        if reference == self._case:
            return
        self._keep_draft()
        self._case = reference
        self._show_draft()

    def _kind_changed(self, _index: int = 0) -> None:
        if self.current_kind() != self._shown_kind:
            self._keep_draft()
            self._show_draft()
        kind = self.current_kind()
        found = KINDS.get(kind)
        self.kind.setToolTip(self.tr("Legal basis: %1").replace("%1", found.basis) if found else "")
        self.form.setRowVisible(self.file_row, kind == "access-reply")
        self.form.setRowVisible(self.format_help, kind == "access-reply")
        self.form.setRowVisible(self.copy_separately, kind == "access-reply")
        self.form.setRowVisible(self.actions_edit, kind == "confirmation")
        self.changed.emit()

    def _lang_changed(self, _index: int = 0) -> None:
        self.changed.emit()

    # -- language -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("New letter"))
        current = self.current_kind() if self.kind.count() else "acknowledgement"
        self.kind.blockSignals(True)
        self.kind.clear()
        for key, kind in KINDS.items():
            self.kind.addItem(kind_label(key), key)
            self.kind.setItemData(
                self.kind.count() - 1,
                self.tr("Legal basis: %1").replace("%1", kind.basis),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.set_available(sorted(self._available) if self._available is not None else None)
        rows: list[tuple[QWidget, str, str, str]] = [
            (self.kind, self.tr("&Kind:"), self.tr("Kind of letter"), ""),
            (
                self.lang,
                self.tr("Lang&uage:"),
                self.tr("Language of the letter"),
                self.tr("The letter's language; the default is the organisation's"),
            ),
            (
                self.free_text,
                self.tr("&Free paragraph:"),
                self.tr("Free paragraph"),
                self.tr("Printed where the template has [[free_text]]; leave empty for none"),
            ),
            (
                self.file_row,
                self.tr("Data &copy:"),
                self.tr("Data copy file"),
                self.tr(
                    "The JSON or CSV file with the data extracted from your systems, "
                    "printed as an annex (the copy of Art. 15(3))"
                ),
            ),
            (
                self.actions_edit,
                self.tr("&Actions done:"),
                self.tr("Actions done"),
                self.tr("One action per line; empty: the usual sentence for each right"),
            ),
            (
                self.late_reason,
                self.tr("&Late because:"),
                self.tr("Reason for the delay"),
                self.tr(
                    "Only for a letter written after its date: why it is late. The letter is "
                    "then marked late in the list and the audit log"
                ),
            ),
        ]
        for widget, label, name, tip in rows:
            form_label = self.form.labelForField(widget)
            if isinstance(form_label, QLabel):
                form_label.setText(label)
            widget.setAccessibleName(name)
            if tip:
                widget.setToolTip(tip)
        self.free_text.setPlaceholderText(self.tr("Optional: a paragraph of your own"))
        self.actions_edit.setPlaceholderText(self.tr("One action per line"))
        self.data_file.setAccessibleName(self.tr("Data copy file"))
        self.data_file.setPlaceholderText(self.tr("No file chosen"))
        self.format_help.setText(
            self.tr(
                "CSV (UTF-8, what a spreadsheet exports): one row per item, columns "
                'section, field, value. JSON: {"sections": [{"title": "Orders", '
                '"rows": [["Order", "A-1024"]]}]}. Each section becomes a table '
                "of the annex."
            )
        )
        self.copy_separately.setText(self.tr("No file: the copy is sent &separately"))
        self.copy_separately.setToolTip(
            self.tr("The letter then says that the copy follows, by the due date")
        )
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose a data copy file"))
        self.browse.setToolTip(self.tr("Choose the JSON or CSV file to print as an annex"))
        self.clear_file.setText(self.tr("Clear"))
        self.clear_file.setAccessibleName(self.tr("Remove the data copy file"))
        self.clear_file.setToolTip(self.tr("Remove the chosen file"))
        self._kind_changed()


def load_options(options: dict[str, Any]) -> dict[str, Any]:
    """``options`` ready for the service: the data-copy file read (worker thread only).

    Raises:
        UserError: the data-copy file is unreadable or not in the expected format.
    """
    out = dict(options)
    path = out.pop("data_copy_path", None)
    if path is not None:
        out["data_copy"] = read_data_copy(Path(path))
    return out
