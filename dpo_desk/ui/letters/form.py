"""The "New letter" form: kind, language, and what the chosen kind lets the DPO add."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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

from dpo_desk.letters.kinds import KINDS, REFUSAL_REASONS, refusal_label
from dpo_desk.services.letters.build import read_data_copy
from dpo_desk.ui.widgets import labels

LANGUAGES = (("fr", "Français"), ("en", "English"))

#: Short names of the refusal grounds for the combo (the letter's wording is the tooltip).
GROUNDS: dict[str, object] = {
    "manifestly-unfounded": QT_TRANSLATE_NOOP("LetterForm", "Manifestly unfounded"),
    "excessive": QT_TRANSLATE_NOOP("LetterForm", "Excessive (repetitive)"),
    "identity-not-established": QT_TRANSLATE_NOOP("LetterForm", "Identity not established"),
    "no-data": QT_TRANSLATE_NOOP("LetterForm", "No data held"),
    "legal-obligation": QT_TRANSLATE_NOOP("LetterForm", "Legal obligation to keep the data"),
    "legal-claims": QT_TRANSLATE_NOOP("LetterForm", "Legal claims"),
    "compelling-grounds": QT_TRANSLATE_NOOP("LetterForm", "Compelling legitimate grounds"),
    "rights-of-others": QT_TRANSLATE_NOOP("LetterForm", "Rights and freedoms of others"),
    "other": QT_TRANSLATE_NOOP("LetterForm", "Other (explain below)"),
}


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
        #: Art. 15(3): the copy is part of the reply; without a file, the DPO says that
        #: it is sent separately (the letter then says so, with the due date).
        self.copy_separately = QCheckBox()
        self.format_help = QLabel()
        self.format_help.setWordWrap(True)
        self.format_help.setTextFormat(Qt.TextFormat.PlainText)
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setTabChangesFocus(True)
        self.actions_edit.setFixedHeight(72)
        self.ground = QComboBox()
        self.ground.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ground.setMinimumContentsLength(18)
        self.refusal_text = QLineEdit()
        for field in (
            self.kind,
            self.lang,
            self.free_text,
            file_row,
            self.format_help,
            self.copy_separately,
            self.actions_edit,
            self.ground,
            self.refusal_text,
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
        if kind == "refusal":
            out["refusal_code"] = str(self.ground.currentData() or "")
            out["refusal_text"] = self.refusal_text.text().strip()
        return out

    def pick_data_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Copy of the data (JSON or CSV)"),
            self.data_file.text(),
            self.tr("Data copy (*.json *.csv);;All files (*)"),
        )
        if path:
            self.data_file.setText(path)

    # -- visibility ---------------------------------------------------------------

    def _kind_changed(self, _index: int = 0) -> None:
        kind = self.current_kind()
        found = KINDS.get(kind)
        self.kind.setToolTip(self.tr("Legal basis: %1").replace("%1", found.basis) if found else "")
        self.form.setRowVisible(self.file_row, kind == "access-reply")
        self.form.setRowVisible(self.format_help, kind == "access-reply")
        self.form.setRowVisible(self.copy_separately, kind == "access-reply")
        self.form.setRowVisible(self.actions_edit, kind == "confirmation")
        self.form.setRowVisible(self.ground, kind == "refusal")
        self.form.setRowVisible(self.refusal_text, kind == "refusal")
        self.changed.emit()

    def _lang_changed(self, _index: int = 0) -> None:
        self._fill_grounds()
        self.changed.emit()

    def _fill_grounds(self) -> None:
        current = self.ground.currentData()
        self.ground.clear()
        for code in REFUSAL_REASONS:
            self.ground.addItem(QCoreApplication.translate("LetterForm", str(GROUNDS[code])), code)
            wording = refusal_label(code, self.current_lang())
            if wording:
                self.ground.setItemData(
                    self.ground.count() - 1, wording, Qt.ItemDataRole.ToolTipRole
                )
        index = self.ground.findData(current)
        self.ground.setCurrentIndex(max(index, 0))

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
        self._fill_grounds()
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
                self.ground,
                self.tr("Grou&nd:"),
                self.tr("Ground of refusal"),
                self.tr("The ground quoted in the letter (hover an item for its wording)"),
            ),
            (
                self.refusal_text,
                self.tr("E&xplanation:"),
                self.tr("Explanation of the refusal"),
                self.tr("Why the ground applies here, in the letter's language"),
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
                "section, field, value. JSON: {\"sections\": [{\"title\": \"Orders\", "
                "\"rows\": [[\"Order\", \"A-1024\"]]}]}. Each section becomes a table "
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
