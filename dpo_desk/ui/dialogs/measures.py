"""The company's list of security measures (GDPR Art. 32) that the DPO keeps: the
register's activities tick measures from it (Art. 30(1)(g)). Add, edit, remove; a
measure still applied to an activity cannot be removed (the service says which)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.registers import MEASURE_CATEGORIES
from dpo_desk.services import registers
from dpo_desk.services.registers.dto import MeasureView
from dpo_desk.ui import crash
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import (
    FormDialog,
    StatusLine,
    explanation,
    make_table,
    selected_row,
)
from dpo_desk.ui.dialogs.register_directive import pick, text_edit
from dpo_desk.ui.models.register_common import Column, RecordTableModel


class MeasureForm(FormDialog):
    """One measure: name, category, description, in English and French."""

    aliases = {
        "name": "name",
        "category": "category",
        "description": "description",
        "a security measure named": "name",
    }

    def __init__(
        self, app: AppContext, parent: QWidget | None = None, existing: MeasureView | None = None
    ) -> None:
        super().__init__(app, parent)
        self.existing = existing
        self.setWindowTitle(
            self.tr("Edit a security measure") if existing else self.tr("Add a security measure")
        )
        self.setMinimumWidth(560)
        self.name = self.add_row("name", self.tr("&Name"), QLineEdit(self))
        self.name_fr = self.add_row(
            "name_fr",
            self.tr("Name in &French"),
            QLineEdit(self),
            self.tr("Empty: the English name is printed"),
        )
        self.category = self.add_row("category", self.tr("&Category"), QComboBox(self))
        self.category.setEditable(True)
        self.category.addItem("", "")
        for key, pair in MEASURE_CATEGORIES.items():
            self.category.addItem(pick(pair), key)
        self.description = self.add_row("description", self.tr("&Description"), text_edit(self, 3))
        self.description_fr = self.add_row(
            "description_fr", self.tr("Description in F&rench"), text_edit(self, 3)
        )
        if existing is not None:
            self.name.setText(existing.name)
            self.name_fr.setText(existing.texts_fr.get("name", ""))
            index = self.category.findData(existing.category)
            if index >= 0:
                self.category.setCurrentIndex(index)
            else:
                self.category.setEditText(existing.category)
            self.description.setPlainText(existing.description)
            self.description_fr.setPlainText(existing.texts_fr.get("description", ""))

    def category_value(self) -> str:
        data = self.category.currentData()
        typed = self.category.currentText()
        return (
            str(data)
            if data is not None and typed == self.category.itemText(self.category.currentIndex())
            else typed
        )

    def operation(self) -> Callable[[], Any] | None:
        new = registers.NewMeasure(
            name=self.name.text(),
            category=self.category_value(),
            description=self.description.toPlainText(),
            texts_fr={
                "name": self.name_fr.text(),
                "description": self.description_fr.toPlainText(),
            },
        )
        ctx = self.app.ctx
        if self.existing is None:
            return lambda: registers.add_measure(ctx, new)
        old = self.existing.name
        return lambda: registers.update_measure(ctx, old, new)


class MeasuresDialog(QDialog):
    """The measures list: table, add, edit, remove. ``changed`` tells the caller to
    reload (the activity dialog's check list, the register page)."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.changed = False
        self.setWindowTitle(self.tr("Security measures (GDPR Art. 32)"))
        self.setMinimumSize(760, 420)
        self.model: RecordTableModel[MeasureView] = RecordTableModel(
            [
                Column(lambda: self.tr("Measure"), lambda m: m.name),
                Column(
                    lambda: self.tr("Category"),
                    lambda m: pick(MEASURE_CATEGORIES.get(m.category, (m.category,))),
                ),
                Column(lambda: self.tr("Activities"), lambda m: str(m.activities)),
                Column(lambda: self.tr("Description"), lambda m: m.description),
            ]
        )
        self.model.retranslate()
        self.table = make_table(self.model, self.tr("Security measures"), self)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.status = StatusLine(self)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "The company's security measures. Each activity of the register ticks the ones "
                    "that protect it; the printed register lists them on the activity's sheet."
                ),
                self,
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.app.ctx
        self.app.tasks.run(
            lambda: registers.list_measures(ctx),
            self.model.set_rows,
            lambda exc: self.status.error(crash.describe(exc)),
        )

    def current(self) -> MeasureView | None:
        return self.model.row_at(selected_row(self.table))

    def _saved(self, text: str) -> None:
        self.changed = True
        self.status.ok(text)
        self.refresh()

    def add(self) -> None:
        form = MeasureForm(self.app, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._saved(self.tr("Measure {0} added.").format(form.result_value.name))

    def edit(self) -> None:
        m = self.current()
        if m is None:
            return
        form = MeasureForm(self.app, self, m)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._saved(self.tr("Measure {0} saved.").format(form.result_value.name))

    def remove(self) -> None:
        m = self.current()
        if m is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove a measure"),
            self.tr("Remove {0} from the measures list?").format(m.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, name = self.app.ctx, m.name
        self.app.tasks.run(
            lambda: registers.delete_measure(ctx, name),
            lambda _r: self._saved(self.tr("Measure {0} removed.").format(name)),
            lambda exc: self.status.error(crash.describe(exc)),
        )
