"""Dialog of the register of processing (GDPR Art. 30(1)): add or edit an activity."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.registers import LEGAL_BASES
from dpo_desk.services import registers
from dpo_desk.services.registers.dto import ActivityView, MeasureView
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_activity_details import DetailFields
from dpo_desk.ui.dialogs.register_common import FormDialog
from dpo_desk.ui.dialogs.register_directive import pick, text_edit

# Row keys whose service field has another name, and the list fields.
_FR_KEY = {"automated": "automated_decision"}
_LISTS = ("data_categories", "subject_categories")
E = TypeVar("E", QLineEdit, QPlainTextEdit)


def split_items(text: str) -> list[str]:
    """One item per line or per semicolon, blanks dropped."""
    parts = [p.strip() for line in text.splitlines() for p in line.split(";")]
    return [p for p in parts if p]


class ActivityDialog(FormDialog):
    """Every field of an activity; the machine retention rule of an edited activity is
    kept as it is (it is set by import)."""

    aliases = {
        "name": "name",
        "purposes": "purposes",
        "legal basis": "legal_basis",
        "data categories": "data_categories",
        "subject categories": "subject_categories",
        "sources": "sources",
        "retention": "retention",
        "automated decision": "automated",
        "logic of the automated decision": "ad_logic",
        "significance of the automated decision": "ad_significance",
        "consequences of the automated decision": "ad_consequences",
        "recipients": "recipients",
        "recipient": "recipients",
        "active": "active",
        "a processing activity named": "name",
        "department": "department",
        "security measures": "measures",
        "security measure": "measures",
        "party role": "parties",
        "party name": "parties",
        "contract date": "parties",
        "a joint controller or processor": "parties",
        "dpia screening criterion": "dpia_criteria",
        "dpia date": "dpia_done_on",
        "dpia link": "dpia_link",
        "last review": "last_review_on",
        "next review": "next_review_on",
    }

    def __init__(
        self,
        app: AppContext,
        recipients: Sequence[str],
        parent: QWidget | None = None,
        existing: ActivityView | None = None,
        measures: Sequence[MeasureView] = (),
    ) -> None:
        super().__init__(app, parent)
        self.existing = existing
        self.tabs = QTabWidget(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.tabs)  # the form of FormDialog stays empty
        self.form = self._tab(self.tr("&Activity"))
        self.setWindowTitle(
            self.tr("Edit a processing activity")
            if existing
            else self.tr("Add a processing activity")
        )
        self.setMinimumWidth(940)
        self.fr: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.language_note = QLabel(
            self.tr(
                "Each text has an English (EN) and a French (FR) field: letters use the "
                "text of their language, and the other one when it is empty."
            ),
            self,
        )
        self.language_note.setWordWrap(True)
        self.form.addRow(self.language_note)
        self.name = self.bilingual("name", self.tr("&Name"), QLineEdit(self), QLineEdit(self))
        self.purposes = self.bilingual(
            "purposes",
            self.tr("&Purposes"),
            text_edit(self, 3),
            text_edit(self, 3),
            self.tr("Why the data are processed (Art. 30(1)(b))"),
        )
        self.basis = QComboBox(self)
        for key, triple in LEGAL_BASES.items():
            self.basis.addItem(f"{pick(triple)} — {triple[2]}", key)
        self.add_row(
            "legal_basis",
            self.tr("&Legal basis"),
            self.basis,
            self.tr(
                "GDPR Art. 6(1): the basis decides which rights apply (e.g. "
                "portability for consent and contract)"
            ),
        )
        self.data = self.bilingual(
            "data_categories",
            self.tr("&Data categories"),
            text_edit(self, 2),
            text_edit(self, 2),
            self.tr("One per line or separated by semicolons"),
        )
        self.subjects = self.bilingual(
            "subject_categories",
            self.tr("Data s&ubjects"),
            text_edit(self, 2),
            text_edit(self, 2),
            self.tr("Categories of people, one per line"),
        )
        self.sources = self.bilingual(
            "sources",
            self.tr("&Sources"),
            QLineEdit(self),
            QLineEdit(self),
            self.tr("Where the data come from (Art. 15(1)(g))"),
        )
        self.retention = self.bilingual(
            "retention",
            self.tr("&Retention"),
            QLineEdit(self),
            QLineEdit(self),
            self.tr("How long the data are kept, or the criteria (Art. 15(1)(d))"),
        )
        self.recipients = QListWidget(self)
        for name in recipients:
            item = QListWidgetItem(name, self.recipients)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.recipients.setMaximumHeight(110)
        self.add_row(
            "recipients",
            self.tr("Re&cipients"),
            self.recipients,
            self.tr("Tick who receives the data (Recipients page)"),
        )
        self.automated = self.bilingual(
            "automated",
            self.tr("&Automated decision"),
            text_edit(self, 2),
            text_edit(self, 2),
            self.tr(
                "Leave empty when there is none; otherwise what is decided and how to get "
                "human review (Art. 22)"
            ),
        )
        self.ad_logic = self.bilingual(
            "ad_logic",
            self.tr("Its lo&gic"),
            text_edit(self, 2),
            text_edit(self, 2),
            self.tr(
                "The procedure and principles actually applied, in words the person "
                "understands (Art. 15(1)(h); CJEU C-203/22)"
            ),
        )
        self.ad_significance = self.bilingual(
            "ad_significance",
            self.tr("Its significa&nce"),
            text_edit(self, 2),
            text_edit(self, 2),
            self.tr("What the decision decides for the person (Art. 15(1)(h))"),
        )
        self.ad_consequences = self.bilingual(
            "ad_consequences",
            self.tr("Its c&onsequences"),
            text_edit(self, 2),
            text_edit(self, 2),
            self.tr("The envisaged consequences for the person (Art. 15(1)(h))"),
        )
        self.active = self.add_row(
            "active",
            self.tr("In use"),
            QCheckBox(self.tr("active"), self),
            self.tr("Untick to keep a finished activity for history"),
        )
        self.active.setChecked(True)
        self.form = self._tab(self.tr("&Register (Art. 30)"))
        self.extra = DetailFields(self, measures)
        if existing is not None:
            self.fill(existing)

    def fill(self, existing: ActivityView) -> None:
        """The fields as stored in ``existing``, and its version (issue 16)."""
        self.existing = existing
        self.version = existing.version
        self._fill(existing)
        self.extra.fill(existing)

    def reload_theirs(self) -> Callable[[], object] | None:
        if self.existing is None:
            return None
        ctx, aid = self.app.ctx, self.existing.id

        def stored() -> ActivityView | None:
            return next((a for a in registers.list_activities(ctx) if a.id == aid), None)

        def refill(view: ActivityView | None) -> None:
            if view is not None:
                self.fill(view)

        return lambda: self.app.tasks.run(stored, refill, self._failed)

    def _tab(self, title: str) -> QFormLayout:
        """A scrolled tab whose form the next ``add_row`` calls fill."""
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, title)
        return form

    def show_error(self, message: str, key: str | None = None) -> None:
        """The error under its field, on the tab that holds it."""
        super().show_error(message, key)
        for widget, error in self.rows.values():
            if not error.isHidden():
                for i in range(self.tabs.count()):
                    page = self.tabs.widget(i)
                    if page is not None and page.isAncestorOf(widget):
                        self.tabs.setCurrentIndex(i)
                        return

    def bilingual(
        self, key: str, label: str, en: E, fr: QLineEdit | QPlainTextEdit, tooltip: str = ""
    ) -> E:
        """A row with the English field and the French one side by side, each marked;
        returns the English field (the French one is ``self.fr[key]``)."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for tag, widget in (("EN", en), ("FR", fr)):
            mark = QLabel(tag, box)
            mark.setStyleSheet("color: #555; font-weight: 600;")
            mark.setBuddy(widget)
            row.addWidget(mark)
            row.addWidget(widget, 1)
        plain = label.replace("&", "")
        en.setAccessibleName(self.tr("%1 (English)").replace("%1", plain))
        fr.setAccessibleName(self.tr("%1 (French)").replace("%1", plain))
        fr.setPlaceholderText(self.tr("empty: the English text is used"))
        if tooltip:
            en.setToolTip(tooltip)
            fr.setToolTip(tooltip)
        self.add_row(key, label, box, tooltip)
        box.setAccessibleName(plain)
        self.rows[key] = (en, self.rows[key][1])
        self.fr[key] = fr
        return en

    def _fill(self, a: ActivityView) -> None:
        self.name.setText(a.name)
        self.purposes.setPlainText(a.purposes)
        self.basis.setCurrentIndex(max(0, self.basis.findData(a.legal_basis)))
        self.data.setPlainText("\n".join(a.data_categories))
        self.subjects.setPlainText("\n".join(a.subject_categories))
        self.sources.setText(a.sources)
        self.retention.setText(a.retention)
        for i in range(self.recipients.count()):
            item = self.recipients.item(i)
            if item.text() in a.recipients:
                item.setCheckState(Qt.CheckState.Checked)
        self.automated.setPlainText(a.automated_decision)
        self.ad_logic.setPlainText(a.ad_logic)
        self.ad_significance.setPlainText(a.ad_significance)
        self.ad_consequences.setPlainText(a.ad_consequences)
        for key, widget in self.fr.items():
            text = a.texts_fr.get(_FR_KEY.get(key, key), "")
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            else:
                widget.setPlainText(text.replace("; ", "\n") if key in _LISTS else text)
        self.active.setChecked(a.active)

    def texts_fr(self) -> dict[str, str]:
        """The French fields, keyed as the service stores them (lists joined by "; ")."""
        out: dict[str, str] = {}
        for key, widget in self.fr.items():
            text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            if key in _LISTS:
                text = "; ".join(split_items(text))
            out[_FR_KEY.get(key, key)] = text.strip()
        return out

    def checked_recipients(self) -> list[str]:
        return [
            self.recipients.item(i).text()
            for i in range(self.recipients.count())
            if self.recipients.item(i).checkState() == Qt.CheckState.Checked
        ]

    def operation(self) -> Callable[[], Any] | None:
        new = registers.NewActivity(
            name=self.name.text(),
            purposes=self.purposes.toPlainText(),
            legal_basis=str(self.basis.currentData()),
            data_categories=split_items(self.data.toPlainText()),
            subject_categories=split_items(self.subjects.toPlainText()),
            sources=self.sources.text(),
            retention=self.retention.text(),
            retention_rule=dict(self.existing.retention_rule) if self.existing else None,
            recipients=self.checked_recipients(),
            automated_decision=self.automated.toPlainText(),
            active=self.active.isChecked(),
            ad_logic=self.ad_logic.toPlainText(),
            ad_significance=self.ad_significance.toPlainText(),
            ad_consequences=self.ad_consequences.toPlainText(),
            texts_fr=self.texts_fr(),
            details=self.extra.details(),
        )
        ctx = self.app.ctx
        if self.existing is None:
            return lambda: registers.add_activity(ctx, new)
        old, version = self.existing.name, self.version
        return lambda: registers.update_activity(ctx, old, new, version=version)
