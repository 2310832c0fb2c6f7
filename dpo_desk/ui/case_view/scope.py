"""Scope tab: which processing activities, recipients and transfers concern this person.

The access reply tells only what is ticked here (GDPR Art. 15(1); EDPB Guidelines 01/2022
§4.3; CJEU C-154/21 on the actual recipients). The DPO ticks the person's relationship
(customer, prospect...), the tab suggests the matching register lines with the reason,
and nothing is kept until "Save the scope": the suggestion is a help, never a decision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services.dto import CaseDetail
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.widgets import labels

if TYPE_CHECKING:  # imported where used: not needed to paint the first cases (issue 19)
    from dpo_desk.services.registers import scope

# Where an item's (kind, id) is kept on its tree row.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ScopeTab(QWidget):
    """The scope of the case shown, as a tree of checkable register lines."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.reference: str | None = None
        self.view: scope.ScopeView | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.relationship_label = QLabel()
        layout.addWidget(self.relationship_label)
        # A grid, three boxes a row: long category names must not widen the window.
        self.relationship_grid = QGridLayout()
        self.relationship_boxes: dict[str, QCheckBox] = {}
        layout.addLayout(self.relationship_grid)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(self.tick_suggestion)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Tick what concerns this person: the access reply describes only these "
                "processing activities, recipients and transfers (GDPR Art. 15; EDPB "
                "Guidelines 01/2022; CJEU C-154/21, the recipients actually involved)."
            )
        )
        self.relationship_label.setText(self.tr("The person is one of our:"))
        self.tree.setHeaderLabels([self.tr("Register line"), self.tr("Why it is suggested")])
        self.tree.setAccessibleName(self.tr("Scope of the access reply"))
        self.suggest_button.setText(self.tr("&Tick the suggestion"))
        self.suggest_button.setToolTip(
            self.tr("Tick every suggested line; untick what does not concern the person")
        )
        self.save_button.setText(self.tr("&Save the scope"))
        self.save_button.setToolTip(self.tr("Keep the ticked lines with the case (audited)"))

    # -- loading ------------------------------------------------------------------

    def set_detail(self, detail: CaseDetail) -> None:
        if detail.reference != self.reference:
            self.reference = detail.reference
            self.view = None
            for box in self.relationship_boxes.values():
                box.setChecked(False)
            self.status.clear()
        self.reload(keep_ticks=False)

    def _relationships(self) -> list[str]:
        return [name for name, box in self.relationship_boxes.items() if box.isChecked()]

    def reload(self, keep_ticks: bool = True) -> None:
        """Re-read the scope and the suggestion for the ticked relationships."""
        if not self.reference:
            return
        ctx, ref, rels = self.app.ctx, self.reference, self._relationships()
        ticked = self._ticked() if keep_ticks and self.view is not None else None
        from dpo_desk.services.registers import scope

        self.app.tasks.run(
            lambda: scope.scope_of(ctx, ref, rels),
            lambda view: self._show(view, ticked),
            parent=self,
        )

    def _show(self, view: scope.ScopeView, ticked: set[tuple[str, int]] | None) -> None:
        if view.reference != self.reference:
            return
        self.view = view
        self._relationship_boxes(view.relationships, view.relationships_fr)
        self.tree.clear()
        parents: dict[tuple[str, int], QTreeWidgetItem] = {}
        bold = QFont()
        bold.setBold(True)
        for item in view.items:
            parent_kind = {"recipient": "activity", "transfer": "recipient"}.get(item.kind)
            parent = parents.get((parent_kind, item.parent_id or 0)) if parent_kind else None
            french = labels.language() == "fr" and item.label_fr
            row = QTreeWidgetItem([item.label_fr if french else item.label, self._why(item.why)])
            row.setData(0, KEY_ROLE, (item.kind, item.item_id))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = (item.kind, item.item_id) in ticked if ticked is not None else item.chosen
            row.setCheckState(0, Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            if item.suggested and item.kind == "activity":
                row.setFont(0, bold)
            if not view.editable:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            if parent is None:
                self.tree.addTopLevelItem(row)
            else:
                parent.addChild(row)
            parents[(item.kind, item.item_id)] = row
        self.tree.expandAll()
        for widget in (self.suggest_button, self.save_button):
            widget.setEnabled(view.editable)
        if not view.editable:
            self.status.setText(self.tr("The access reply was sent: this scope is final."))
        elif not view.chosen and ticked is None:
            self.status.setText(
                self.tr("No scope saved yet: the access reply cannot be written before.")
            )

    def _why(self, why: str) -> str:
        """The service's reasons, worded in the program's language."""
        if not why:
            return ""
        words = {
            "persons": self.tr("persons"),
            "right exercised": self.tr("right exercised"),
            "channel": self.tr("channel"),
            "recipient of a suggested activity": self.tr("recipient of a suggested activity"),
            "transfer of a suggested recipient": self.tr("transfer of a suggested recipient"),
        }
        values = {"right exercised": labels.right, "channel": labels.channel}
        french = self.view.relationships_fr if self.view and labels.language() == "fr" else {}
        parts = []
        for part in why.split("; "):
            head, sep, tail = part.partition(": ")
            shown = values[head](tail) if head in values else french.get(tail, tail)
            colon = " : " if labels.language() == "fr" else sep
            parts.append(words.get(head, head) + (colon + shown if sep else ""))
        return (" ; " if labels.language() == "fr" else "; ").join(parts)

    def _relationship_boxes(self, names: tuple[str, ...], french: dict[str, str]) -> None:
        for name in names:
            shown = french.get(name, name) if labels.language() == "fr" else name
            if name in self.relationship_boxes:  # kept ticked; worded in today's language
                old = self.relationship_boxes[name]
                old.setText(shown)
                old.setAccessibleName(self.tr("Relationship: %1").replace("%1", shown))
                continue
            box = QCheckBox(shown)
            box.setAccessibleName(self.tr("Relationship: %1").replace("%1", shown))
            box.toggled.connect(lambda _on: self.reload())
            count = len(self.relationship_boxes)
            self.relationship_boxes[name] = box
            self.relationship_grid.addWidget(box, count // 3, count % 3)

    # -- acting -------------------------------------------------------------------

    def _rows(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            row = stack.pop(0)
            if row is None:
                continue
            out.append(row)
            stack[0:0] = [row.child(i) for i in range(row.childCount())]
        return out

    def _ticked(self) -> set[tuple[str, int]]:
        return {
            tuple(row.data(0, KEY_ROLE))
            for row in self._rows()
            if row.checkState(0) == Qt.CheckState.Checked
        }

    def tick_suggestion(self) -> None:
        """Tick every suggested line (the DPO then unticks what does not apply)."""
        if self.view is None:
            return
        suggested = {(i.kind, i.item_id) for i in self.view.items if i.suggested}
        for row in self._rows():
            if tuple(row.data(0, KEY_ROLE)) in suggested:
                row.setCheckState(0, Qt.CheckState.Checked)

    def save(self) -> None:
        """Keep the ticked lines as the case's scope (the service checks and audits)."""
        if not self.reference:
            return
        ticked = self._ticked()
        ctx, ref = self.app.ctx, self.reference

        def ids(kind: str) -> list[int]:
            return sorted(i for k, i in ticked if k == kind)

        def done(view: scope.ScopeView) -> None:
            self.status.setText(
                self.tr(
                    "Scope saved: %n line(s) will be told in the access reply.",
                    "",
                    len(view.chosen),
                )
            )
            self.reload(keep_ticks=False)
            self.app.signals.case_changed.emit(ref)

        from dpo_desk.services.registers import scope

        self.app.tasks.run(
            lambda: scope.set_scope(ctx, ref, ids("activity"), ids("recipient"), ids("transfer")),
            done,
            parent=self,
        )
