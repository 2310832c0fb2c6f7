"""Dialogs of the recipients register: a recipient, and a transfer to a third country
with its Chapter V safeguard."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from dpo_desk.domain.registers import ADEQUACY_STATUSES, RECIPIENT_CATEGORIES, SAFEGUARDS
from dpo_desk.services import registers
from dpo_desk.services.registers.dto import RecipientView, TransferView
from dpo_desk.ui.context import AppContext
from dpo_desk.ui.dialogs.register_common import FormDialog, OptionalDateEdit
from dpo_desk.ui.dialogs.register_directive import pick, text_edit


class RecipientDialog(FormDialog):
    """Add a recipient, or edit one."""

    aliases = {
        "name": "name",
        "category": "category",
        "service": "service",
        "country": "country",
        "a recipient named": "name",
    }

    def __init__(
        self, app: AppContext, parent: QWidget | None = None, existing: RecipientView | None = None
    ) -> None:
        super().__init__(app, parent)
        self.existing = existing
        self.setWindowTitle(self.tr("Edit a recipient") if existing else self.tr("Add a recipient"))
        self.setMinimumWidth(480)
        self.name = self.add_row(
            "name",
            self.tr("&Name"),
            QLineEdit(self),
            self.tr("The department, processor or third party"),
        )
        self.category = QComboBox(self)
        for key, pair in RECIPIENT_CATEGORIES.items():
            self.category.addItem(pick(pair), key)
        self.add_row(
            "category",
            self.tr("&Category"),
            self.category,
            self.tr("Internal department, processor (Art. 28) or third party"),
        )
        self.service = self.add_row(
            "service",
            self.tr("&What it does"),
            text_edit(self, 2),
            self.tr("The service provided or why it receives data"),
        )
        self.country = self.add_row(
            "country",
            self.tr("C&ountry"),
            QLineEdit(self),
            self.tr(
                "Two-letter ISO code (FR, US, MA…); outside the EEA, a transfer safeguard is needed"
            ),
        )
        self.country.setMaxLength(2)
        self.country.setText("FR")
        self.name_fr = self.add_row(
            "name_fr", self.tr("Name (FR)"), QLineEdit(self), self.tr("French name in letters")
        )
        self.service_fr = self.add_row(
            "service_fr",
            self.tr("What it does (FR)"),
            text_edit(self, 2),
            self.tr("French text in letters"),
        )
        for edit in (self.name_fr, self.service_fr):
            edit.setPlaceholderText(self.tr("empty: the English text is used"))
        if existing is not None:
            self.fill(existing)

    def fill(self, existing: RecipientView) -> None:
        """The fields as stored in ``existing``, and its version (issue 16)."""
        self.existing = existing
        self.version = existing.version
        self.name.setText(existing.name)
        self.category.setCurrentIndex(max(0, self.category.findData(existing.category)))
        self.service.setPlainText(existing.service)
        self.country.setText(existing.country)
        self.name_fr.setText(existing.texts_fr.get("name", ""))
        self.service_fr.setPlainText(existing.texts_fr.get("service", ""))

    def reload_theirs(self) -> Callable[[], object] | None:
        if self.existing is None:
            return None
        ctx, rid = self.app.ctx, self.existing.id

        def stored() -> RecipientView | None:
            return next((r for r in registers.list_recipients(ctx) if r.id == rid), None)

        def refill(view: RecipientView | None) -> None:
            if view is not None:
                self.fill(view)

        return lambda: self.app.tasks.run(stored, refill, self._failed)

    def operation(self) -> Callable[[], Any] | None:
        new = registers.NewRecipient(
            name=self.name.text(),
            category=str(self.category.currentData()),
            service=self.service.toPlainText(),
            country=self.country.text().upper(),
            texts_fr={"name": self.name_fr.text(), "service": self.service_fr.toPlainText()},
        )
        ctx = self.app.ctx
        if self.existing is None:
            return lambda: registers.add_recipient(ctx, new)
        old, version = self.existing.name, self.version
        return lambda: registers.update_recipient(ctx, old, new, version=version)


class TransferDialog(FormDialog):
    """Add or edit a transfer of a recipient to a third country."""

    aliases = {
        "country": "country",
        "safeguard": "safeguard",
        "adequacy status": "adequacy_status",
        "adequacy checked on": "adequacy_checked_on",
        "scc module": "scc_module",
        "safeguard document": "safeguard_document",
        "valid from": "valid_from",
        "valid until": "valid_until",
        "notes": "notes",
        "safeguard adequacy": "safeguard",
        "tia date": "tia_on",
        "tia conclusion": "tia_conclusion",
    }

    def __init__(
        self,
        app: AppContext,
        recipient: RecipientView,
        parent: QWidget | None = None,
        existing: TransferView | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.recipient = recipient
        self.existing = existing
        self.setWindowTitle(self.tr("Transfer of {0}").format(recipient.name))
        self.setMinimumWidth(520)
        self.country = self.add_row(
            "country",
            self.tr("&Country"),
            QLineEdit(self),
            self.tr("The third country the data goes to (two-letter ISO code)"),
        )
        self.country.setMaxLength(2)
        self.country.setText(recipient.country)
        self.status = QComboBox(self)
        names = {
            "adequate": self.tr("Adequate"),
            "partial": self.tr("Partially adequate"),
            "not-adequate": self.tr("Not adequate"),
        }
        for key in ADEQUACY_STATUSES:
            self.status.addItem(names.get(key, key), key)
        self.status.setCurrentIndex(self.status.findData("not-adequate"))
        self.add_row(
            "adequacy_status",
            self.tr("&Adequacy status"),
            self.status,
            self.tr(
                "As read on the European Commission's list of adequacy decisions (GDPR Art. 45)"
            ),
        )
        self.checked = OptionalDateEdit(self.tr("checked on"), self, app.ctx.today())
        self.checked.set_value(app.ctx.today())
        self.add_row(
            "adequacy_checked_on",
            self.tr("Adequacy c&hecked"),
            self.checked,
            self.tr("The day the Commission's list was read; check again every year"),
        )
        self.safeguard = QComboBox(self)
        for key, triple in SAFEGUARDS.items():
            self.safeguard.addItem(f"{pick(triple)} — {triple[2]}", key)
        self.add_row(
            "safeguard",
            self.tr("&Safeguard"),
            self.safeguard,
            self.tr("The Chapter V tool that covers the transfer"),
        )
        self.module = QComboBox(self)
        for key, label in (
            ("", self.tr("(not SCC)")),
            ("1", self.tr("Module 1: controller to controller")),
            ("2", self.tr("Module 2: controller to processor")),
            ("3", self.tr("Module 3: processor to processor")),
            ("4", self.tr("Module 4: processor to controller")),
        ):
            self.module.addItem(label, key)
        self.add_row(
            "scc_module",
            self.tr("SCC &module"),
            self.module,
            self.tr("Standard contractual clauses of Decision 2021/914 come in four modules"),
        )
        self.document = self.add_row(
            "safeguard_document",
            self.tr("&Document"),
            QLineEdit(self),
            self.tr(
                "The signed clauses, the decision, the BCR "
                "approval: what a person may ask a copy of "
                "(Art. 15(2))"
            ),
        )
        self.valid_from = OptionalDateEdit(self.tr("from"), self)
        self.add_row("valid_from", self.tr("Valid &from"), self.valid_from)
        self.valid_until = OptionalDateEdit(self.tr("until"), self)
        self.add_row(
            "valid_until",
            self.tr("Valid &until"),
            self.valid_until,
            self.tr("Leave empty when the safeguard has no end date"),
        )
        self.notes = self.add_row("notes", self.tr("No&tes"), text_edit(self, 2))
        self.document_fr = self.add_row(
            "document_fr",
            self.tr("Document (FR)"),
            QLineEdit(self),
            self.tr("French text in letters"),
        )
        self.document_fr.setPlaceholderText(self.tr("empty: the English text is used"))
        self.tia_on = OptionalDateEdit(self.tr("assessed on"), self)
        self.add_row(
            "tia_on",
            self.tr("Transfer &impact assessment"),
            self.tia_on,
            self.tr(
                "When the TIA was made (CJEU C-311/18 'Schrems II'; EDPB Recommendations 01/2020)"
            ),
        )
        self.tia_conclusion = self.add_row(
            "tia_conclusion",
            self.tr("TIA c&onclusion"),
            text_edit(self, 2),
            self.tr("What the assessment concluded, e.g. the supplementary measures"),
        )
        if existing is not None:
            self._fill(existing)
            self.version = existing.version

    def _fill(self, t: TransferView) -> None:
        self.country.setText(t.country)
        self.status.setCurrentIndex(max(0, self.status.findData(t.adequacy_status)))
        self.checked.set_value(t.adequacy_checked_on)
        self.safeguard.setCurrentIndex(max(0, self.safeguard.findData(t.safeguard)))
        self.module.setCurrentIndex(max(0, self.module.findData(t.scc_module)))
        self.document.setText(t.safeguard_document)
        self.valid_from.set_value(t.valid_from)
        self.valid_until.set_value(t.valid_until)
        self.notes.setPlainText(t.notes)
        self.document_fr.setText(t.texts_fr.get("safeguard_document", ""))
        self.tia_on.set_value(t.tia_on)
        self.tia_conclusion.setPlainText(t.tia_conclusion)

    def new_transfer(self) -> registers.NewTransfer:
        return registers.NewTransfer(
            country=self.country.text().upper(),
            safeguard=str(self.safeguard.currentData()),
            adequacy_status=str(self.status.currentData()),
            adequacy_checked_on=self.checked.value(),
            scc_module=str(self.module.currentData()),
            safeguard_document=self.document.text(),
            valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(),
            notes=self.notes.toPlainText(),
            texts_fr={"safeguard_document": self.document_fr.text()},
            tia_on=self.tia_on.value(),
            tia_conclusion=self.tia_conclusion.toPlainText(),
        )

    def operation(self) -> Callable[[], Any] | None:
        new = self.new_transfer()
        ctx = self.app.ctx
        if self.existing is None:
            name = self.recipient.name
            return lambda: registers.add_transfer(ctx, name, new)
        ident, version = self.existing.id, self.version
        return lambda: registers.update_transfer(ctx, ident, new, version=version)
