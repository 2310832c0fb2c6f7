"""The second tab of the activity dialog: what the register needs beyond the first form
(GDPR Art. 30(1), the CNIL model): owning department, security measures from the
company's list (Art. 32), joint controllers and processors with their contracts
(Art. 26, 28), the DPIA screening (Art. 35, WP248: two criteria or more, a DPIA is likely
needed), the DPIA's date and link, the last and next review."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import dpia
from dpo_desk.domain.registers import source
from dpo_desk.services import registers
from dpo_desk.services.registers.activity_extra import PARTY_ROLES
from dpo_desk.services.registers.dto import ActivityView, MeasureView
from dpo_desk.ui.dialogs.register_common import OptionalDateEdit
from dpo_desk.ui.dialogs.register_directive import pick
from dpo_desk.ui.widgets import labels

if TYPE_CHECKING:
    from dpo_desk.ui.dialogs.register_common import FormDialog


def check_list(parent: QWidget, items: Sequence[tuple[str, str]], height: int) -> QListWidget:
    """A list of tickable items: (shown text, key kept as the item's data)."""
    widget = QListWidget(parent)
    for text, key in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    widget.setMaximumHeight(height)
    return widget


def ticked(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def tick(widget: QListWidget, keys: Sequence[str]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        on = item.data(Qt.ItemDataRole.UserRole) in keys
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class PartiesTable(QWidget):
    """Joint controllers and processors, one row each: role, name, contract date
    (YYYY-MM-DD, may stay empty), clauses checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Name"), self.tr("Contract date"), self.tr("Clauses checked")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(0, 260)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 120)
        self.table.setColumnWidth(3, 130)
        header.setStretchLastSection(False)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(130)
        self.table.setAccessibleName(self.tr("Joint controllers and processors"))
        self.add_button = QPushButton(self.tr("Add a party"), self)
        self.remove_button = QPushButton(self.tr("Remove the selected party"), self)
        self.add_button.clicked.connect(lambda: self.add_party())
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)

    def add_party(
        self, role: str = "processor", name: str = "", contract: str = "", checked: bool = False
    ) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        combo = QComboBox(self.table)
        for key, triple in PARTY_ROLES.items():
            combo.addItem(f"{pick(triple)} ({source(triple[2], labels.language())})", key)
        combo.setCurrentIndex(max(0, combo.findData(role)))
        combo.setAccessibleName(self.tr("Role"))
        self.table.setCellWidget(r, 0, combo)
        self.table.setItem(r, 1, QTableWidgetItem(name))
        self.table.setItem(r, 2, QTableWidgetItem(contract))
        box = QTableWidgetItem(self.tr("checked"))
        box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        box.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(r, 3, box)
        self.table.setCurrentCell(r, 1)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def parties(self) -> list[registers.Party]:
        """The rows as typed; a date that does not parse goes to the service as text,
        which refuses it with the field's name."""
        out = []
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 0)
            assert isinstance(combo, QComboBox)
            name, when, box = (self.table.item(r, c) for c in (1, 2, 3))
            out.append(
                registers.Party(
                    role=str(combo.currentData()),
                    name=name.text() if name else "",
                    contract_on=(when.text().strip() or None) if when else None,
                    clauses_checked=bool(box and box.checkState() == Qt.CheckState.Checked),
                )
            )
        return out


class DetailFields:
    """The detail rows, added to ``dialog``'s current form."""

    def __init__(self, dialog: FormDialog, measures: Sequence[MeasureView]) -> None:
        self.department = dialog.add_row(
            "department",
            self.tr("Owning &department"),
            QLineEdit(dialog),
            self.tr("The department that runs the activity (CNIL model register)"),
        )
        self.measures = dialog.add_row(
            "measures",
            self.tr("Security &measures"),
            check_list(
                dialog,
                [
                    (
                        m.texts_fr.get("name") or m.name if labels.language() == "fr" else m.name,
                        m.name,
                    )
                    for m in measures
                ],
                130,
            ),
            self.tr(
                "Tick the measures of the company's list that protect this activity "
                "(Art. 32); edit the list with 'Measures list…' on the register page"
            ),
        )
        self.parties = dialog.add_row(
            "parties",
            self.tr("Joint controllers and &processors"),
            PartiesTable(dialog),
            self.tr(
                "Art. 26 arrangement or Art. 28 contract: its date, and whether the "
                "clauses required by Art. 28(3) were checked"
            ),
        )
        lang = labels.language()
        self.criteria = dialog.add_row(
            "dpia_criteria",
            self.tr("DPIA &screening (WP248)"),
            check_list(dialog, [(dpia.label(k, lang), k) for k in dpia.CRITERIA], 170),
            self.tr(
                "The nine criteria of the EDPB-endorsed guidelines WP248 rev.01: two or "
                "more, a DPIA is likely needed (Art. 35)"
            ),
        )
        self.verdict = QLabel(dialog)
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumWidth(560)
        dialog.form.addRow("", self.verdict)
        self.criteria.itemChanged.connect(lambda _i: self.update_verdict())
        self.dpia_done = dialog.add_row(
            "dpia_done_on",
            self.tr("DPIA done on"),
            OptionalDateEdit(self.tr("done"), dialog),
            self.tr("The date of the impact assessment, when one was made"),
        )
        self.dpia_link = dialog.add_row(
            "dpia_link",
            self.tr("DPIA &link"),
            QLineEdit(dialog),
            self.tr("Where the assessment is kept (reference, path or address)"),
        )
        self.last_review = dialog.add_row(
            "last_review_on",
            self.tr("Last review"),
            OptionalDateEdit(self.tr("reviewed"), dialog),
            self.tr("When this sheet of the register was last checked"),
        )
        self.next_review = dialog.add_row(
            "next_review_on",
            self.tr("Next review"),
            OptionalDateEdit(self.tr("planned"), dialog),
            self.tr("When it is to be checked next"),
        )
        self.update_verdict()

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("DetailFields", text)

    def update_verdict(self) -> None:
        n = len(ticked(self.criteria))
        if n >= dpia.THRESHOLD:
            text = self.tr(
                "Criteria met: {0}. A DPIA is likely needed (WP248: two or more)."
            ).format(n)
            self.verdict.setStyleSheet("color: #8a4b00; font-weight: 600;")
        else:
            text = self.tr(
                "Criteria met: {0}. A DPIA is not presumed (WP248: two or more)."
            ).format(n)
            self.verdict.setStyleSheet("color: #4a4a4a;")
        self.verdict.setText(text)

    def fill(self, a: ActivityView) -> None:
        self.department.setText(a.department)
        tick(self.measures, a.measures)
        for p in a.parties:
            self.parties.add_party(
                str(p.get("role", "")),
                str(p.get("name", "")),
                str(p.get("contract_on", "")),
                bool(p.get("clauses_checked")),
            )
        tick(self.criteria, a.dpia_criteria)
        self.dpia_done.set_value(a.dpia_done_on)
        self.dpia_link.setText(a.dpia_link)
        self.last_review.set_value(a.last_review_on)
        self.next_review.set_value(a.next_review_on)
        self.update_verdict()

    def details(self) -> registers.ActivityDetails:
        return registers.ActivityDetails(
            department=self.department.text(),
            parties=self.parties.parties(),
            dpia_criteria=ticked(self.criteria),
            dpia_done_on=self.dpia_done.value(),
            dpia_link=self.dpia_link.text(),
            last_review_on=self.last_review.value(),
            next_review_on=self.next_review.value(),
            measures=ticked(self.measures),
        )
